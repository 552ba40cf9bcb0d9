"""Render extractions in the output formats, and write files atomically."""
from __future__ import annotations

import json
import os
import tempfile

from .extract import Extraction
from .models import Reference
from .report import build_report
from .works import IdMaker, WorkRegistry
from .writers import to_biblatex, to_bibtex, to_csl_json, to_ris

FORMATS = ("bibtex", "biblatex", "csljson", "ris", "json")
EXTENSIONS = {"bibtex": ".bib", "biblatex": ".bib", "csljson": ".json", "ris": ".ris", "json": ".report.json"}


def render(extractions: list[Extraction], fmt: str) -> str:
    """One output for one or more documents; several documents are merged into one
    deduplicated bibliography (bibtex, csljson) or a JSON array of reports (json)."""
    if fmt == "json":
        return render_reports([build_report(ex) for ex in extractions])
    items = extractions[0].items if len(extractions) == 1 else merge_items(extractions)
    return render_items(items, fmt)


def render_reports(reports: list[dict]) -> str:
    """One document's report, or a JSON array of several."""
    payload = reports[0] if len(reports) == 1 else reports
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def merge_items(extractions: list[Extraction]) -> list[dict]:
    """Items of several documents, one per distinct work, with fresh unique ids."""
    merged = MergedItems()
    for ex in extractions:
        merged.add(ex.items)
    return merged.items()


class MergedItems:
    """A growing, deduplicated set of items from many documents: memory grows with the
    number of distinct works, not of documents."""

    def __init__(self) -> None:
        self.registry = WorkRegistry()

    def add(self, items: list[dict]) -> None:
        for item in items:
            fields = {k: v for k, v in item.items() if k != "id"}
            self.registry.add(Reference(raw="", fields=fields), "item", 0)

    def items(self) -> list[dict]:
        maker = IdMaker()
        out = []
        for work in self.registry.works:
            item = {"id": maker.make(work.fields)}
            item.update({k: v for k, v in work.fields.items() if k != "id"})
            out.append(item)
        return out


def render_items(items: list[dict], fmt: str) -> str:
    """Items in one of the bibliography formats."""
    if fmt == "bibtex":
        return to_bibtex(items)
    if fmt == "biblatex":
        return to_biblatex(items)
    if fmt == "ris":
        return to_ris(items)
    return to_csl_json(items) + "\n"


def write_atomically(path: str, text: str) -> None:
    """Write via a temporary file in the same folder and a rename: a crash leaves either
    the old file or the new one, never half of one."""
    folder = os.path.dirname(os.path.abspath(path)) or "."
    handle, temporary = tempfile.mkstemp(prefix=".citex-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise
