"""The whole pipeline for one document: find → parse → merge → resolve → check.

:func:`extract` is a pure function of the document; :class:`Extraction` holds everything
the report, the writers and ``citex check`` need.
"""
from __future__ import annotations

from dataclasses import dataclass

from .bibliography import repeats_previous_authors, split_entries
from .cites import read_note
from .footnotes import Notes, find_notes
from .intext import BodyRegion, find_intext
from .models import Cite, Document, Entry, InText, Problem, Reference
from .names import parse_names
from .parse import parse_reference
from .resolve import NoteResolution, acronym_of, resolve_intext, resolve_notes
from .sections import Layout, find_layout, is_page_number
from .works import IdMaker, Work, WorkRegistry, alnum, families, year_of


@dataclass
class Extraction:
    document: Document
    layout: Layout
    notes: Notes
    note_cites: list[list[Cite]]
    note_resolutions: list[NoteResolution]
    entries: list[Entry]
    entry_references: list[Reference]
    entry_works: list[int]
    intext: list[InText]
    intext_works: list[list[int | None]]
    registry: WorkRegistry
    ids: list[str]                      # work index -> item id
    items: list[dict]                   # CSL-JSON items, in work order
    problems: list[Problem]

    def item_id(self, index: int | None) -> str | None:
        return None if index is None else self.ids[index]


def extract(document: Document, today_year: int | None = None) -> Extraction:
    """Run the pipeline on a document.

    >>> doc = Document.from_text("Teks.¹\\n\\n¹ Abdul Haris, *Gelombang Migrasi*, Yogyakarta: Pustaka Pelajar, 2005, hal. 94\\n")
    >>> result = extract(doc)
    >>> result.items[0]["id"], result.items[0]["publisher"]
    ('haris2005gelombang', 'Pustaka Pelajar')
    """
    from .check import (
        find_problems,  # check needs Extraction; import here to avoid a cycle
    )

    layout = find_layout(document)
    notes = find_notes(document, layout)
    registry = WorkRegistry()

    note_lines = _note_lines(document, notes)
    entries = split_entries(document, layout, note_lines)
    entry_references: list[Reference] = []
    entry_works: list[int] = []
    previous_authors = None
    for entry in entries:
        reference = parse_reference(entry.text, "entry")
        dashes = repeats_previous_authors(entry.text)
        if dashes and previous_authors:
            fields = dict(reference.fields)
            fields["author"] = previous_authors
            reference = Reference(reference.raw, fields, reference.locator, reference.warnings)
        previous_authors = reference.fields.get("author") or previous_authors
        entry_references.append(reference)
        entry_works.append(registry.add(reference, "entry", entry.line))

    note_cites = [read_note(note.text) for note in notes.footnotes]
    note_resolutions = resolve_notes(registry, note_cites, [n.line for n in notes.footnotes])

    body = _body_region(document, layout, note_lines)
    numbered = {entry.number: work for entry, work in zip(entries, entry_works) if entry.number is not None}
    known = frozenset(f for index in set(entry_works) for f in _names_to_cite_by(registry.works[index].fields))
    listed_years = frozenset((name, year) for index in set(entry_works)
                             for name in _names_to_cite_by(registry.works[index].fields)
                             for year in [year_of(registry.works[index].fields)] if year)
    intext, abbreviations = find_intext(document, body, bool(numbered) and len(numbered) >= len(entries) // 2,
                                        known, listed_years)
    intext_works = resolve_intext(registry, intext, abbreviations, numbered, set(entry_works))
    intext_works = _stub_missing_works(registry, intext, intext_works, abbreviations)

    ids = _assign_ids(registry)
    items = [_csl_item(work.fields, ids[index]) for index, work in enumerate(registry.works)]
    extraction = Extraction(document, layout, notes, note_cites, note_resolutions, entries,
                            entry_references, entry_works, intext, intext_works, registry, ids,
                            items, [])
    extraction.problems = find_problems(extraction, today_year)
    return extraction


def _note_lines(document: Document, notes: Notes) -> frozenset[int]:
    """The lines the footnote texts occupy."""
    return frozenset(line for note in notes.footnotes
                     for line in range(note.line, document.line_of(max(note.start, note.end - 1)) + 1))


def _body_region(document: Document, layout: Layout, note_lines: frozenset[int]) -> BodyRegion:
    lines = []
    for line, text in enumerate(document.lines, start=1):
        if line in note_lines or layout.in_bibliography(line) or layout.in_endnotes(line):
            continue
        if line in layout.bibliography_headings or is_page_number(text):
            continue
        lines.append(line)
    return BodyRegion(tuple(lines))


def _stub_missing_works(registry: WorkRegistry, intext: list[InText], intext_works, abbreviations):
    """A work cited in the text but absent from the list becomes an item carrying what the
    citation gives (author, year), so it can be reported and exported."""
    stubs: dict[tuple[str, str], int] = {}
    out = []
    for citation, works in zip(intext, intext_works):
        fixed = []
        for part, index in zip(citation.parts, works):
            if index is None and part.author:
                author = abbreviations.get(part.author, part.author)
                key = (alnum(author), part.year or "")
                if key not in stubs:
                    names = parse_names(author)
                    fields: dict = {"author": names}
                    if part.year and part.year[:4].isdigit():
                        fields["issued"] = {"date-parts": [[int(part.year[:4])]]}
                        if len(part.year) > 4:
                            fields["_year_suffix"] = part.year[4:]
                    fields["_stub"] = True
                    stub = Work()
                    stub.add(Reference(citation.text, fields), "intext", citation.line)
                    registry.works.append(stub)
                    stubs[key] = len(registry.works) - 1
                index = stubs[key]
            fixed.append(index)
        out.append(fixed)
    return out


def _assign_ids(registry: WorkRegistry) -> list[str]:
    maker = IdMaker()
    return [maker.make(work.fields) for work in registry.works]


def _csl_item(fields: dict, item_id: str) -> dict:
    item = {"id": item_id}
    item["type"] = fields.get("type") or "document"
    for key, value in fields.items():
        if key.startswith("_") or key == "type":
            continue
        item[key] = value
    if fields.get("_year_suffix") and "issued" in item:
        item["year-suffix"] = fields["_year_suffix"]
    return item


def _names_to_cite_by(fields: dict) -> list[str]:
    """A listed work's family names, and a group author's abbreviation ("BRIN (2023) mengungkap"
    opens a sentence and cites Badan Riset dan Inovasi Nasional (BRIN))."""
    names = families(fields)
    authors = fields.get("author") or []
    if len(authors) == 1 and authors[0].get("literal"):
        names += [alnum(short) for short in (fields.get("_abbreviation"), acronym_of(fields)) if short]
    return names
