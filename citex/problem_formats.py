"""How ``citex check`` shows problems: text for people, JSON, GitHub annotations, SARIF 2.1.0."""
from __future__ import annotations

import json

from rich.console import Console
from rich.table import Table
from rich.text import Text

from . import __version__
from .check import SEVERITY

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def as_json(rows: list[dict]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2)


def as_github(rows: list[dict]) -> str:
    """GitHub Actions workflow commands: ``::error file=F,line=N,title=CODE::message``."""
    out = []
    for row in rows:
        level = "error" if row["severity"] == "error" else "warning"
        props = [f"file={_escape_property(row['file'])}"]
        if row.get("line"):
            props.append(f"line={row['line']}")
        props.append(f"title={_escape_property(row['code'])}")
        out.append(f"::{level} {','.join(props)}::{_escape_data(row['message'])}")
    return "\n".join(out)


def _escape_data(text: str) -> str:
    return str(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def as_sarif(rows: list[dict]) -> str:
    """A SARIF 2.1.0 log with one rule per problem code."""
    codes = sorted({row["code"] for row in rows} | set(SEVERITY))
    rules = [{"id": code, "name": code.replace("-", " "),
              "defaultConfiguration": {"level": "error" if SEVERITY.get(code) == "error" else "warning"}}
             for code in codes]
    results = []
    for row in rows:
        location = {"physicalLocation": {"artifactLocation": {"uri": row["file"]}}}
        if row.get("line"):
            location["physicalLocation"]["region"] = {"startLine": row["line"]}
        results.append({"ruleId": row["code"], "ruleIndex": codes.index(row["code"]),
                        "level": "error" if row["severity"] == "error" else "warning",
                        "message": {"text": row["message"]}, "locations": [location]})
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0",
           "runs": [{"tool": {"driver": {"name": "citex", "version": __version__,
                                         "informationUri": "https://pypi.org/project/citex/",
                                         "rules": rules}},
                     "results": results}]}
    return json.dumps(log, ensure_ascii=False, indent=2)


def print_text(rows: list[dict], files: list[str], console: Console) -> None:
    """Grouped by file: line, severity, code, message; then a summary table. Document text
    is printed as plain text, never read as markup."""
    by_file: dict[str, list[dict]] = {f: [] for f in files}
    for row in rows:
        by_file.setdefault(row["file"], []).append(row)
    summary = Table(title="citex check", title_justify="left")
    for column in ("file", "errors", "warnings"):
        summary.add_column(column, justify="right" if column != "file" else "left")
    for path, problems in by_file.items():
        errors = sum(1 for r in problems if r["severity"] == "error")
        warnings = len(problems) - errors
        summary.add_row(Text(path), str(errors), str(warnings))
        if not problems:
            continue
        console.print(Text(path, style="bold underline"))
        for row in sorted(problems, key=lambda r: (r.get("line") or 0, r["code"])):
            style = "red" if row["severity"] == "error" else "yellow"
            line = Text(f"  {row.get('line') or '-':>5}  ")
            line.append(f"{row['severity']:<7}", style=style)
            line.append(f"  {row['code']:<26} ", style="cyan")
            line.append(row["message"])
            console.print(line, soft_wrap=True)
    console.print(summary)
    errors = sum(1 for r in rows if r["severity"] == "error")
    console.print(Text(f"{len(by_file)} file(s) checked: {errors} error(s), {len(rows) - errors} warning(s)",
                       style="bold"))
