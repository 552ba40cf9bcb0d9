"""The ``--format json`` report: the contract of ../shared/gold/FORMAT.md.

``items`` are CSL-JSON; ``footnotes``, ``markers``, ``intext``, ``bibliography`` and
``problems`` point at items by id and at the input by 1-based line.
"""
from __future__ import annotations

from .extract import Extraction
from .models import Problem


def _number(label: str):
    return int(label) if label.isdigit() else label


def problem_dict(problem: Problem, path: str | None = None) -> dict:
    out: dict = {}
    if path is not None:
        out["file"] = path
    out.update({"code": problem.code, "severity": problem.severity, "line": problem.line,
                "message": problem.message})
    if problem.footnote is not None:
        out["footnote"] = problem.footnote
    if problem.id is not None:
        out["id"] = problem.id
    return out


def build_report(ex: Extraction) -> dict:
    """The full JSON report of one extraction."""
    footnotes = []
    for note, resolution in zip(ex.notes.footnotes, ex.note_resolutions):
        cites = []
        for resolved in resolution.cites:
            cite = {"id": ex.item_id(int(resolved.id)) if resolved.id is not None else None,
                    "form": resolved.form}
            if resolved.locator:
                cite["locator"] = resolved.locator
            if resolved.reason:
                cite["note"] = resolved.reason
            cites.append(cite)
        footnotes.append({"number": _number(note.label), "line": note.line, "text": note.text,
                          "cites": cites})
    markers = []
    for index, marker in enumerate(ex.notes.markers):
        entry = {"number": _number(marker.label), "line": marker.line}
        markers.append(entry)
    intext = []
    for citation, works in zip(ex.intext, ex.intext_works):
        entry = {"line": citation.line, "text": citation.text,
                 "ids": [ex.item_id(w) for w in works if w is not None]}
        locators = [p.locator for p in citation.parts if p.locator]
        if locators:
            entry["locator"] = locators[0]
        intext.append(entry)
    bibliography = [{"line": entry.line, "text": entry.text, "id": ex.item_id(work)}
                    for entry, work in zip(ex.entries, ex.entry_works)]
    report = {
        "document": ex.document.path,
        "items": ex.items,
        "footnotes": footnotes,
        "markers": markers,
        "intext": intext,
        "bibliography": bibliography,
        "problems": [problem_dict(p) for p in ex.problems],
    }
    if ex.layout.bibliography_heading:
        report["bibliography_heading"] = ex.layout.bibliography_heading
    if ex.document.warnings:
        report["warnings"] = list(ex.document.warnings)
    if ex.document.locations:
        # .docx and PDF input: say where in the original each line was
        for part in ("footnotes", "markers", "intext", "bibliography", "problems"):
            for entry in report[part]:
                where = ex.document.location_of(entry.get("line"))
                if where:
                    entry["location"] = where
    return report
