"""Where things are in a document: headings of the reference list, endnotes and chapters.

Works on lines; returns 1-based line numbers.
"""
from __future__ import annotations

from dataclasses import dataclass

from . import lexicon
from .models import Document
from .patterns import (
    CHAPTER_HEADING_RE,
    FOOTNOTE_START_MARKDOWN_RE,
    HEADING_DECORATION_RE,
    PAGE_NUMBER_LINE_RE,
    TOC_LINE_RE,
)

_MAX_HEADING_LENGTH = 60


def _all(table: dict[str, tuple[str, ...]]) -> frozenset[str]:
    return frozenset(word for words in table.values() for word in words)


BIBLIOGRAPHY_HEADINGS = _all(lexicon.BIBLIOGRAPHY_HEADINGS)
ENDNOTE_HEADINGS = _all(lexicon.ENDNOTE_HEADINGS)
AFTER_BIBLIOGRAPHY_HEADINGS = _all(lexicon.AFTER_BIBLIOGRAPHY_HEADINGS)


@dataclass(frozen=True)
class Layout:
    """Line ranges (1-based, end exclusive) of the document's parts."""

    bibliography_heading: int | None
    bibliography: tuple[int, int] | None
    endnotes: tuple[int, int] | None
    chapter_starts: tuple[int, ...]
    running_lines: frozenset[str]     # page headers/footers repeated on many pages

    def in_bibliography(self, line: int) -> bool:
        return self.bibliography is not None and self.bibliography[0] <= line < self.bibliography[1]

    def in_endnotes(self, line: int) -> bool:
        return self.endnotes is not None and self.endnotes[0] <= line < self.endnotes[1]

    def chapter_of(self, line: int) -> int:
        count = 0
        for start in self.chapter_starts:
            if start <= line:
                count += 1
            else:
                break
        return count


def heading_text(line: str) -> str | None:
    """The words of a heading line, without numbering and emphasis; None if not heading-like.

    >>> heading_text("## 5. DAFTAR PUSTAKA")
    'daftar pustaka'
    >>> heading_text("DAFTAR RUJUKAN ........ 12") is None
    True
    """
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_HEADING_LENGTH + 20 or TOC_LINE_RE.search(stripped):
        return None
    found = HEADING_DECORATION_RE.match(stripped)
    words = (found.group(1) if found else stripped).strip(" *_#:.").casefold()
    words = " ".join(words.split())
    return words if 0 < len(words) <= _MAX_HEADING_LENGTH else None


def is_page_number(line: str) -> bool:
    return bool(line.strip()) and PAGE_NUMBER_LINE_RE.match(line) is not None


def find_layout(doc: Document) -> Layout:
    lines = doc.lines
    headings = [(i + 1, heading_text(text)) for i, text in enumerate(lines)]
    # The reference list is the last bibliography heading: earlier ones sit in a table of
    # contents or are cited in the text.
    bib_heading = None
    for number, words in headings:
        if words in BIBLIOGRAPHY_HEADINGS:
            bib_heading = number
    endnote_heading = None
    for number, words in headings:
        if words in ENDNOTE_HEADINGS and (bib_heading is None or number < bib_heading):
            endnote_heading = number
    # An endnotes heading must be followed by numbered lines, or it was a word in the text.
    if endnote_heading is not None and not _numbered_lines_follow(lines, endnote_heading):
        endnote_heading = None
    bibliography = None
    if bib_heading is not None:
        end = len(lines) + 1
        for number, words in headings[bib_heading:]:
            if words in AFTER_BIBLIOGRAPHY_HEADINGS or (words and CHAPTER_HEADING_RE.match(lines[number - 1].strip())):
                end = number
                break
            # Markdown note definitions after the list ("[^1]: ...", as pandoc and Word
            # exports put them) are notes, not entries
            if FOOTNOTE_START_MARKDOWN_RE.match(lines[number - 1]):
                end = number
                break
        bibliography = (bib_heading + 1, end)
    endnotes = None
    if endnote_heading is not None:
        stop = bib_heading if bib_heading and bib_heading > endnote_heading else len(lines) + 1
        endnotes = (endnote_heading + 1, stop)
    chapters = tuple(i + 1 for i, text in enumerate(lines)
                     if len(text) < 100 and CHAPTER_HEADING_RE.match(text.strip()))
    return Layout(bib_heading, bibliography, endnotes, chapters, _running_lines(lines))


def _numbered_lines_follow(lines: list[str], heading: int) -> bool:
    from .patterns import FOOTNOTE_START_PLAIN_RE, FOOTNOTE_START_SUPERSCRIPT_RE
    seen = 0
    for text in lines[heading: heading + 40]:
        if FOOTNOTE_START_PLAIN_RE.match(text) or FOOTNOTE_START_SUPERSCRIPT_RE.match(text):
            seen += 1
    return seen >= 1


def _running_lines(lines: list[str]) -> frozenset[str]:
    """Lines repeated verbatim on three or more pages: running headers of PDF text."""
    counts: dict[str, int] = {}
    for text in lines:
        key = text.strip()
        if 12 <= len(key) <= 150:
            counts[key] = counts.get(key, 0) + 1
    return frozenset(key for key, count in counts.items() if count >= 3)
