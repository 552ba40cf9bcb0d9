"""Render extractions in the output formats, and write files atomically."""
from __future__ import annotations

import json
import os
import tempfile

from .extract import Extraction
from .models import Reference
from .report import build_report
from .works import IdMaker, WorkRegistry
from .writers import to_bibtex, to_csl_json

FORMATS = ("bibtex", "csljson", "json")
EXTENSIONS = {"bibtex": ".bib", "csljson": ".json", "json": ".report.json"}


def render(extractions: list[Extraction], fmt: str) -> str:
    """One output for one or more documents; several documents are merged into one
    deduplicated bibliography (bibtex, csljson) or a JSON array of reports (json)."""
    if fmt == "json":
        reports = [build_report(ex) for ex in extractions]
        payload = reports[0] if len(reports) == 1 else reports
        return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
    items = extractions[0].items if len(extractions) == 1 else merge_items(extractions)
    text = to_bibtex(items) if fmt == "bibtex" else to_csl_json(items) + "\n"
    return text


def merge_items(extractions: list[Extraction]) -> list[dict]:
    """Items of several documents, one per distinct work, with fresh unique ids."""
    registry = WorkRegistry()
    for ex in extractions:
        for item in ex.items:
            fields = {k: v for k, v in item.items() if k != "id"}
            registry.add(Reference(raw="", fields=fields), "item", 0)
    maker = IdMaker()
    merged = []
    for work in registry.works:
        fields = work.fields
        item = {"id": maker.make(fields)}
        item.update({k: v for k, v in fields.items() if k != "id"})
        merged.append(item)
    return merged


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
