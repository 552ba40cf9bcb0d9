"""Parse a list of reference strings, one reference a line, as ``citex parse`` does.

Footnotes pasted in order refer back to each other: "Ibid., h. 47." is the work of the note
before, "Shihab, op. cit., h. 50." and "Shihab, Tafsir Al-Misbah, h. 50." the work of Shihab's
earlier note. Such a line gives that work's fields with its own locator, found by the same
resolution :func:`citex.extract.extract` applies to a document's notes; a short form with
nothing before it to refer to keeps only what it says itself (an author, a locator) and a
warning, never "Ibid" as an author.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .cites import read_cite
from .models import FullCite, IbidCite, LocCitCite, OpCitCite, ShortCite
from .parse import parse_reference
from .resolve import resolve_notes
from .works import WorkRegistry


@dataclass
class ParsedLine:
    """One input line's fields, locator and what the reader should know about them."""

    fields: dict
    locator: str | None = None
    warnings: list[str] = field(default_factory=list)    # the parser's own remarks
    unresolved: str | None = None    # a short form that refers to nothing before it: why


def parse_lines(lines: list[str], contexts: list[str]) -> list[ParsedLine]:
    """Fields for each line; ``contexts[i]`` is ``"note"`` or ``"entry"``."""
    registry = WorkRegistry()
    out: list[ParsedLine] = []
    note_cites, note_lines, note_positions = [], [], []
    for number, (line, context) in enumerate(zip(lines, contexts), start=1):
        cite = read_cite(line) if context == "note" else None
        if isinstance(cite, (IbidCite, OpCitCite, LocCitCite, ShortCite)):
            out.append(ParsedLine(_what_a_short_form_says(cite), cite.locator))
        else:
            # a full citation was parsed as a note already, to tell it from a short form
            reference = cite.reference if isinstance(cite, FullCite) else parse_reference(line, context)
            out.append(ParsedLine(_public(reference.fields), reference.locator, list(reference.warnings)))
        if context == "note":
            note_cites.append([cite] if cite is not None else [])
            note_lines.append(number)
            note_positions.append(len(out) - 1)
    last_place: dict[str, str | None] = {}    # work -> the locator it was last cited at
    for position, cites, resolution in zip(note_positions, note_cites,
                                           resolve_notes(registry, note_cites, note_lines)):
        if not cites:
            continue
        resolved = resolution.cites[0]
        parsed = out[position]
        if isinstance(cites[0], LocCitCite) and parsed.locator is None and resolved.id is not None:
            parsed.locator = last_place.get(resolved.id)     # loc. cit.: the same place
        if resolved.id is not None:
            last_place[resolved.id] = parsed.locator
        if isinstance(cites[0], FullCite):
            continue
        if resolved.id is None:
            parsed.unresolved = resolved.reason or "a short form with no earlier citation to refer to"
            continue
        parsed.fields = _public(registry.works[int(resolved.id)].fields)
        if resolution.ambiguous[0]:
            parsed.warnings.append("the author has several earlier works: the latest was taken")
    return out


def _what_a_short_form_says(cite) -> dict:
    author = getattr(cite, "author", None)
    fields: dict = {"type": "document"}
    if author:
        fields["author"] = [{"literal": author}] if " and " in author else [{"family": author}]
    if isinstance(cite, ShortCite) and cite.title:
        fields["title"] = cite.title
    return fields


def _public(fields: dict) -> dict:
    return {k: v for k, v in fields.items() if not k.startswith("_")}
