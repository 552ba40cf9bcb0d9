"""Where things are in a document: headings of the reference list, endnotes and chapters.

Works on lines; returns 1-based line numbers.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from . import lexicon
from .models import Document
from .patterns import (
    BRACKET_NOTE_START_RE,
    CHAPTER_HEADING_RE,
    FOOTNOTE_START_MARKDOWN_RE,
    FOOTNOTE_START_PLAIN_RE,
    FOOTNOTE_START_SUPERSCRIPT_RE,
    HEADING_DECORATION_RE,
    IBID_RE,
    PAGE_NUMBER_LINE_RE,
    TOC_LINE_RE,
    YEAR_RE,
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

    bibliography_heading: int | None          # the last (main) reference list's heading
    bibliography: tuple[int, int] | None
    endnotes: tuple[int, int] | None          # the notes section (the last, where there are several)
    chapter_starts: tuple[int, ...]
    running_lines: frozenset[str]     # page headers/footers repeated on many pages
    # every reference list: a dissertation may close each chapter with its own
    bibliographies: tuple[tuple[int, int], ...] = ()
    bibliography_headings: tuple[int, ...] = ()
    # every notes section: a book may close each chapter with its own ("**Catatan:**", "[1] ...")
    endnote_sections: tuple[tuple[int, int], ...] = ()

    def in_bibliography(self, line: int) -> bool:
        k = bisect.bisect_right(self.bibliographies, (line, float("inf"))) - 1
        return k >= 0 and self.bibliographies[k][0] <= line < self.bibliographies[k][1]

    def in_endnotes(self, line: int) -> bool:
        if self.endnote_sections:
            k = bisect.bisect_right(self.endnote_sections, (line, float("inf"))) - 1
            return k >= 0 and self.endnote_sections[k][0] <= line < self.endnote_sections[k][1]
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


# a link cut at a line's end: after a slash, stop, hyphen or query mark, the rest of it (with a
# mark of its own, which a sentence's next word has not) opens the next line, maybe closed by a
# comma or bracket ("(https://www." + "kompasiana.com/rsetiawan/gamifikasi-123, diakses ...")
_URL_BREAK_ENDS = frozenset("/.-_=?&#%")
_URL_CUT_RE = regex.compile(r"(?:https?://|www\.)[^\s]*+$", regex.I)
_URL_REST_RE = regex.compile(
    r"(?!(?:1[5-9]|20)\d\d\.(?:\s|$))[\w%~-]*+[./_=?&#%][\w./%?=&#~-]*+(?=[,;:)\]>]*+(?:\s|$))"
    # or a line that is nothing but the link's last piece with a digit in it: "view/" + "45678",
    # "jpi-undiksha.v10i2." + "12345" (not a year: "2019.")
    r"|(?!(?:1[5-9]|20)\d\d\.?$)(?=[^\d\s]*+\d)[\w%~-]{2,}+\.?$")


def join_wrapped(parts: list[str]) -> str:
    """Join wrapped lines; a soft hyphen at a line end ("oportu-" + "nitas") is undone when
    the next line starts in lower case."""
    out = ""
    for part in parts:
        if not part:
            continue
        if out[-1:] in _URL_BREAK_ENDS and _URL_CUT_RE.search(out[-300:]) and _URL_REST_RE.match(part):
            out += part         # a link the line's end cut: "https://doi.org/10.1016/" + "j.compedu..."
        elif out.endswith("-") and len(out) > 1 and out[-2].isalpha() and part[:1].islower():
            out = out[:-1] + part
        elif out:
            out += " " + part
        else:
            out = part
    return out


def find_layout(doc: Document) -> Layout:
    lines = doc.lines
    headings = [(i + 1, heading_text(text)) for i, text in enumerate(lines)]
    # The reference list is the last bibliography heading: earlier ones sit in a table of
    # contents or are cited in the text.
    bib_heading = None
    for number, words in headings:
        if words in BIBLIOGRAPHY_HEADINGS:
            bib_heading = number
    # An endnotes heading must be followed by numbered lines, or it was a word in the text.
    endnote_headings = [number for number, words in headings
                        if words in ENDNOTE_HEADINGS and (bib_heading is None or number < bib_heading)
                        and _numbered_lines_follow(lines, number)]
    endnote_heading = endnote_headings[-1] if endnote_headings else None
    bracket_notes = _bracket_endnotes(lines, headings) if endnote_heading is None else None
    bibliography = None
    sections: list[tuple[int, int]] = []
    section_headings: list[int] = []
    if bib_heading is not None:
        # earlier lists count when entries follow their heading (a chapter's references);
        # a heading in a table of contents or in running text has no dated lines after it
        candidates = [n for n, words in headings if words in BIBLIOGRAPHY_HEADINGS and n < bib_heading
                      and _entries_follow(lines, n)] + [bib_heading]
        for k, heading in enumerate(candidates):
            stop = candidates[k + 1] if k + 1 < len(candidates) else len(lines) + 1
            if bracket_notes and heading < bracket_notes[0] < stop:
                stop = bracket_notes[0]          # Word's "[1] ..." endnotes after the list
            sections.append((heading + 1, _section_end(lines, headings, heading, stop)))
            section_headings.append(heading)
        bibliography = sections[-1]
    endnotes = bracket_notes
    endnote_sections: tuple[tuple[int, int], ...] = ()
    if endnote_heading is not None:
        stop = bib_heading if bib_heading and bib_heading > endnote_heading else len(lines) + 1
        endnotes = (endnote_heading + 1, stop)
        if len(endnote_headings) > 1:
            # notes at the end of each chapter: each section runs to the next heading
            breaks = _section_breaks(lines)
            ends = [*endnote_headings[1:], stop]
            endnote_sections = tuple((heading + 1, _notes_end(breaks, heading, min(end, stop)))
                                     for heading, end in zip(endnote_headings, ends))
            endnotes = endnote_sections[-1]
    chapters = tuple(i + 1 for i, text in enumerate(lines)
                     if len(text) < 100 and CHAPTER_HEADING_RE.match(text.strip()))
    return Layout(bib_heading, bibliography, endnotes, chapters, _running_lines(lines),
                  tuple(sections), tuple(section_headings), endnote_sections)


def _section_breaks(lines: list[str]) -> list[int]:
    """Lines (1-based) of Markdown and chapter headings, in order."""
    return [index + 1 for index, text in enumerate(lines)
            if text.lstrip().startswith("#") or (len(text) < 100 and CHAPTER_HEADING_RE.match(text.strip()))]


def _notes_end(breaks: list[int], heading: int, stop: int) -> int:
    """Where a chapter's notes end (1-based, exclusive): the first heading in ``breaks`` after
    the notes' own, or ``stop`` (the next notes heading or the reference list)."""
    k = bisect.bisect_right(breaks, heading)
    return min(breaks[k], stop) if k < len(breaks) else stop


def _bracket_endnotes(lines: list[str], headings) -> tuple[int, int] | None:
    """Lines (1-based, end exclusive) of endnotes a word processor saved as text with no
    heading: "[1]Sutrisno, ...", "[2] Ibid., hlm. 56", ... numbered from 1 up, the last such
    run in the document. An IEEE reference list is numbered the same way, so at least one of
    the notes must be an "Ibid." (no reference list has one), or the run must follow an
    unnumbered reference list."""
    first = None
    for index in range(len(lines) - 1, -1, -1):
        if lines[index][:5].lstrip().startswith("[1]") and BRACKET_NOTE_START_RE.match(lines[index]):
            first = index
            break
    if first is None:
        return None
    expected, ibid = 1, False
    end = first
    for index in range(first, len(lines)):
        if headings[index][1] in BIBLIOGRAPHY_HEADINGS:
            break
        found = BRACKET_NOTE_START_RE.match(lines[index])
        if found:
            if int(found.group(1)) != expected:
                break
            expected += 1
            ibid = ibid or bool(IBID_RE.match(lines[index][found.end():]))
        end = index
    if expected <= 2 or not (ibid or _after_an_unnumbered_list(lines, headings, first)):
        return None
    return first + 1, end + 2


def _after_an_unnumbered_list(lines: list[str], headings, first: int) -> bool:
    """Does an unnumbered reference list come before line ``first`` (0-based), under its
    heading? Then a "[1] ..." run after it is the notes, not the list (IEEE's list is numbered
    from its heading on)."""
    unnumbered = 0
    for index in range(first - 1, max(-1, first - 2000), -1):
        if headings[index][1] in BIBLIOGRAPHY_HEADINGS:
            return unnumbered >= 2
        text = lines[index].strip()
        if text.startswith("["):
            return False
        if text:
            unnumbered += 1
    return False


def _section_end(lines: list[str], headings, heading: int, stop: int) -> int:
    """Where a reference list ends: the next chapter, an appendix-like heading, Markdown note
    definitions ("[^1]: ..." after the list, as pandoc and Word exports put them), or ``stop``."""
    for number, words in headings[heading:stop - 1]:
        if words in AFTER_BIBLIOGRAPHY_HEADINGS or (words and CHAPTER_HEADING_RE.match(lines[number - 1].strip())):
            return number
        if FOOTNOTE_START_MARKDOWN_RE.match(lines[number - 1]):
            return number
    return stop


def _entries_follow(lines: list[str], heading: int) -> bool:
    """Do dated lines (reference-list entries) follow this heading?"""
    following = [text for text in lines[heading: heading + 30] if text.strip()][:6]
    # the first line must read as an entry (a table of contents goes on with headings)
    return bool(following) and bool(YEAR_RE.search(following[0]) or YEAR_RE.search(" ".join(following[:2]))) \
        and not CHAPTER_HEADING_RE.match(following[0].strip()) \
        and sum(1 for text in following if YEAR_RE.search(text)) >= 2


def _numbered_lines_follow(lines: list[str], heading: int) -> bool:
    seen = 0
    for text in lines[heading: heading + 40]:
        if (FOOTNOTE_START_PLAIN_RE.match(text) or FOOTNOTE_START_SUPERSCRIPT_RE.match(text)
                or BRACKET_NOTE_START_RE.match(text)):
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
