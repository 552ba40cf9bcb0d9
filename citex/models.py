"""All the types citex passes between its stages.

Every found thing keeps its ``(start, end)`` offsets in the cleaned text of its
:class:`Document` and the 1-based ``line`` of the input file it starts on; no stage
rewrites the document text.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Document:
    """A text document after decoding and Unicode clean-up.

    ``text`` has ``\\n`` line ends only; line ``n`` of ``text`` is line ``n`` of the input.
    """

    path: str
    text: str
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    line_starts: tuple[int, ...] = field(default=(), repr=False)
    # Where each line comes from when the input was not plain text ("paragraph 41",
    # "footnote 7", "page 12"); empty for text files, whose line numbers are the locations.
    locations: tuple[str, ...] = field(default=(), repr=False)

    @classmethod
    def from_text(cls, text: str, path: str = "<text>", encoding: str = "utf-8",
                  warnings: tuple[str, ...] = ()) -> "Document":
        starts = [0]
        find = text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        return cls(path=path, text=text, encoding=encoding, warnings=warnings,
                   line_starts=tuple(starts))

    @functools.cached_property
    def lines(self) -> tuple[str, ...]:
        """The text's lines, split once: every stage reads them, some once per footnote."""
        return tuple(self.text.split("\n"))

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_right(self.line_starts, offset)

    def location_of(self, line: int | None) -> str | None:
        if line is None or not self.locations or not 0 < line <= len(self.locations):
            return None
        return self.locations[line - 1] or None

    def line_span(self, line: int) -> tuple[int, int]:
        """(start, end) offsets of a 1-based line, without its newline."""
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return start, end


@dataclass(frozen=True)
class Marker:
    """A footnote reference in the body: ``¹⁰``, ``[^3]``, a PDF's glued ``manusia.12``."""

    label: str          # "12" or a Markdown label such as "note-a"
    line: int
    start: int
    end: int

    @property
    def number(self) -> int | None:
        return int(self.label) if self.label.isdigit() else None


@dataclass(frozen=True)
class Footnote:
    """A footnote (or endnote) text, possibly wrapped over several lines."""

    label: str
    line: int
    start: int
    end: int
    text: str
    chapter: int = 0     # index of the chapter (BAB) it sits in; numbering restarts per chapter
    endnote: bool = False

    @property
    def number(self) -> int | None:
        return int(self.label) if self.label.isdigit() else None


@dataclass(frozen=True)
class Entry:
    """One entry of the reference list, joined from its lines."""

    line: int
    start: int
    end: int
    text: str
    number: int | None = None   # the list's own number: "[3]" or "3."


@dataclass(frozen=True)
class Reference:
    """One reference string parsed into CSL fields.

    ``fields`` uses CSL-JSON names (``author`` is a list of CSL name dicts, dates are
    ``{"date-parts": [[y, m, d]]}``); ``locator`` is a pinpoint page in a note.
    """

    raw: str
    fields: dict[str, Any]
    locator: str | None = None
    warnings: tuple[str, ...] = ()

    @property
    def year(self) -> int | None:
        issued = self.fields.get("issued")
        if issued and issued.get("date-parts"):
            return issued["date-parts"][0][0]
        return None


# --- citation kinds found in notes -------------------------------------------------------

@dataclass(frozen=True)
class FullCite:
    """A complete reference in a note."""

    text: str
    reference: Reference
    locator: str | None = None
    form: str = "full"
    also: bool = field(default=False, repr=False, compare=False)   # after "lihat juga", "see also", "cf."


@dataclass(frozen=True)
class IbidCite:
    """``Ibid.``/``Ibidem``/``Idem``: the work of the note before."""

    text: str
    locator: str | None = None
    form: str = "ibid"
    also: bool = field(default=False, repr=False, compare=False)   # after "lihat juga", "see also", "cf."


@dataclass(frozen=True)
class OpCitCite:
    """``Author, op. cit.``: the author's work cited earlier."""

    text: str
    author: str | None
    locator: str | None = None
    form: str = "opcit"
    also: bool = field(default=False, repr=False, compare=False)   # after "lihat juga", "see also", "cf."


@dataclass(frozen=True)
class LocCitCite:
    """``Author, loc. cit.``: the same place of the author's earlier work."""

    text: str
    author: str | None
    locator: str | None = None
    form: str = "loccit"
    also: bool = field(default=False, repr=False, compare=False)   # after "lihat juga", "see also", "cf."


@dataclass(frozen=True)
class ShortCite:
    """``Author, Hal. 12`` or ``Author, Short Title, 12``."""

    text: str
    author: str
    title: str | None = None
    locator: str | None = None
    form: str = "short"
    also: bool = field(default=False, repr=False, compare=False)   # after "lihat juga", "see also", "cf."


Cite = FullCite | IbidCite | OpCitCite | LocCitCite | ShortCite


@dataclass(frozen=True)
class ResolvedCite:
    """A cite after resolution: which item it points at, or why none."""

    form: str
    id: str | None
    locator: str | None
    reason: str | None = None     # why it stayed unresolved, or was ambiguous


@dataclass(frozen=True)
class InTextPart:
    """One work inside an in-text citation: ``Ryan & Deci, 2020, hlm. 4`` or ``[3]``."""

    author: str | None
    year: str | None            # "2019a", "t.t." or None
    number: int | None = None   # numeric style
    locator: str | None = None
    # a narrative citation's capitalized words before its one-word name: "Laporan Indeks SPBE"
    # of "Laporan Indeks SPBE Nasional (2022)", which may cite a work by its title
    words_before: str | None = None
    # MLA's short title, "Beloved" of "(Morrison, Beloved 43)", for an author with several works
    title: str | None = None


@dataclass(frozen=True)
class InText:
    line: int
    start: int
    end: int
    text: str
    parts: tuple[InTextPart, ...]


@dataclass(frozen=True)
class Problem:
    code: str
    severity: str               # "error" or "warning"
    line: int | None
    message: str
    footnote: int | str | None = None
    id: str | None = None
