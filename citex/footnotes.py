"""Find footnote texts and their markers, and link each marker to its text.

Three conventions, tried in this order of evidence:

* Markdown/pandoc: ``[^label]`` markers and ``[^label]: text`` definitions (explicit).
* Superscript digits: PDF text keeps ``¹⁴`` in the body and at the start of each note line.
* Plain digits: PDF text that lost the superscripts: ``manusia.12`` in the body and
  ``12 Author, Title ...`` at page bottoms. A plain-digit note line is accepted only when a
  glued marker with that number comes before it, and a marker only when a note backs it.

Notes sit between body paragraphs (page bottoms), in a Markdown definition, or in an
endnotes section. A note may wrap over several lines; a note cut by a page break continues
in the first, unnumbered lines of the next page's note block.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from .models import Document, Footnote, Marker
from .patterns import (
    BRACKET_NOTE_START_RE,
    FOOTNOTE_START_MARKDOWN_RE,
    FOOTNOTE_START_PLAIN_RE,
    FOOTNOTE_START_SUPERSCRIPT_RE,
    IBID_RE,
    MARKER_BRACKET_RE,
    MARKER_MARKDOWN_RE,
    MARKER_PLAIN_RE,
    MARKER_SUPERSCRIPT_RE,
    SUPERSCRIPT_TO_ASCII,
    YEAR_RE,
)
from .sections import Layout, is_page_number, join_wrapped

# Small patterns of this module, compiled once.
_SUPERSCRIPT_RUN_RE = regex.compile(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+")
_SENTENCE_OR_PHRASE_RE = regex.compile(r"\p{Ll}{2,}[.!?:;)][ ]*\p{Lu}|\p{Ll}{3,}[ ]\p{Ll}{3,}[ ]\p{Ll}{3,}")

# "5. Ricklefs, History of Modern Indonesia, 60.", "7. Hasbi, Op. Cit., h. 45.": a short
# note — names, a comma, and a page or "op. cit." at the end (a numbered list's item has none)
_SHORT_NOTE_RE = regex.compile(
    r"\p{Lu}[^,;]{1,60}+,[^;]{0,150}?(?:,[ ]?(?:(?:pp?|hlm|hal|h)\.[ ]?)?\d{1,4}+(?:[ ]?[-–][ ]?\d{1,4}+)?|"
    r"(?:op|loc)\.?[ ]?cit\.?(?:,[^;]{0,30})?)\.?[ ]*+$", regex.I)

# "27R Bagus Bambang Sumantri, ...": a PDF note number glued to the author's initial
_GLUED_INITIAL_START_RE = regex.compile(r"^[ ]{0,8}+(\d{1,3}+)(?=\p{Lu}[ .][ ]?\p{Lu}\p{Ll})")

# A note that ends without one of these was cut by a page break.
_TERMINAL = ".!?)”\"’>]"

# Short units after which superscript digits are exponents, not markers ("m²", "km²").
_UNITS = frozenset({"m", "cm", "mm", "km", "dm", "ha", "ft", "in", "s", "kg", "x", "y", "n", "r"})


@dataclass(frozen=True)
class Notes:
    footnotes: tuple[Footnote, ...]
    markers: tuple[Marker, ...]
    links: dict[int, int]           # marker index -> footnote index
    style: str                      # "markdown", "superscript", "plain" or "none"


@dataclass
class _Start:
    line: int            # 1-based
    label: str
    text_start: int      # offset where the note's own text starts
    endnote: bool


def find_notes(doc: Document, layout: Layout) -> Notes:
    """Find footnotes and markers in ``doc``; ``layout`` tells where the bibliography is.

    >>> from citex.sections import find_layout
    >>> doc = Document.from_text("Teks.¹\\n\\n¹ Haris, Gelombang, 2005.\\n")
    >>> notes = find_notes(doc, find_layout(doc))
    >>> [(n.label, n.line, n.text) for n in notes.footnotes], notes.links
    ([('1', 3, 'Haris, Gelombang, 2005.')], {0: 0})
    """
    lines = doc.lines
    skip = [layout.in_bibliography(i + 1) for i in range(len(lines))]
    markdown = _starts(doc, lines, skip, layout, "markdown")
    superscript = _starts(doc, lines, skip, layout, "superscript")
    if markdown:
        style, starts = "markdown", markdown
    elif superscript:
        style, starts = "superscript", superscript
    else:
        style, starts = "plain", _starts(doc, lines, skip, layout, "plain")
    note_lines = _note_line_ranges(doc, lines, starts, style, layout)
    in_note = set()
    for first, last, _ in note_lines:
        in_note.update(range(first, last + 1))
    # Word's "[1] ..." endnotes go with "[1]" markers in the body
    bracketed = style == "plain" and any(s.endnote and lines[s.line - 1].lstrip()[:1] == "[" for s in starts)
    candidates = _marker_candidates(doc, lines, skip, in_note, style, layout, bracketed)
    if style == "plain":
        starts, note_lines, candidates = _backed_plain(starts, note_lines, candidates)
        if not starts:
            style = "none"
    footnotes = tuple(_footnote(doc, layout, start, first, last, extra)
                      for start, (first, last, extra) in zip(starts, note_lines))
    links = _link(candidates, footnotes, style)
    markers, links = _reported_markers(candidates, links, footnotes, style)
    return Notes(footnotes, markers, links, style if footnotes or markers else "none")


def _starts(doc: Document, lines: list[str], skip: list[bool], layout: Layout,
            style: str) -> list[_Start]:
    found = []
    for i, text in enumerate(lines):
        # superscript-led notes may stand under the list's heading (the bottom of the page
        # the list starts on); a reference-list entry never starts with a superscript
        if (skip[i] and style != "superscript") or not text.strip():
            continue
        line = i + 1
        endnote = layout.in_endnotes(line)
        if style == "markdown":
            match = FOOTNOTE_START_MARKDOWN_RE.match(text)
            label = match.group(1) if match else None
        elif style == "superscript":
            match = FOOTNOTE_START_SUPERSCRIPT_RE.match(text)
            if match and is_author_line(text):
                match = None
            label = match.group(1).translate(SUPERSCRIPT_TO_ASCII) if match else None
        else:
            match = FOOTNOTE_START_PLAIN_RE.match(text)
            if not match and found and text[:1].isdigit():
                match = _glued_initial_start(text, found[-1], line)
            if not match and endnote:
                match = BRACKET_NOTE_START_RE.match(text)      # "[1]Sutrisno, ...", Word's endnotes
            label = str(int(match.group(1))) if match else None
            # "1. Sistem kapitalisme ..." is a numbered list; a PDF note reads "1 Author, ...".
            # With a period the line must read like a citation to count (its year may be on the
            # line it wraps onto: "1. M. C. Ricklefs, A History ... (Stanford: Stanford University"
            # | "Press, 2008), 183.")
            if match and not endnote and match.group(0).rstrip()[-1:] in ".)" and not (
                    YEAR_RE.search(text) or IBID_RE.match(text[match.end():])
                    or _SHORT_NOTE_RE.match(text, match.end()) or _year_on_wrapped_line(lines, i)):
                match = None
        if match and label is not None:
            found.append(_Start(line, label, doc.line_starts[i] + match.end(), endnote))
    return found


def _year_on_wrapped_line(lines: list[str], i: int) -> bool:
    """Does line ``i`` wrap onto a next line (not blank, not a numbered start) with a year?"""
    following = lines[i + 1] if i + 1 < len(lines) else ""
    return bool(following.strip() and not FOOTNOTE_START_PLAIN_RE.match(following) and YEAR_RE.search(following))


def _glued_initial_start(text: str, previous: _Start, line: int) -> regex.Match | None:
    """"27R Bagus Bambang Sumantri, ...": a note number glued to an initial. "3D Printing ..."
    has the same shape, so it counts only as the next number of a note a few lines above."""
    match = _GLUED_INITIAL_START_RE.match(text)
    if match and line - previous.line <= 6 and int(match.group(1)) == int(previous.label) + 1:
        return match
    return None


def is_author_line(text: str) -> bool:
    """"Dewi Lestari¹, Agus Salim²" or "¹Universitas Negeri Malang, ²Universitas Brawijaya":
    superscripts that number authors and affiliations, in a line with no sentence in it."""
    runs = _SUPERSCRIPT_RUN_RE.findall(text)
    if len(runs) < 2 or len(text) > 300:
        return False
    plain = _SUPERSCRIPT_RUN_RE.sub("", text)
    return not _SENTENCE_OR_PHRASE_RE.search(plain) and "," in text


def _block_end(lines: list[str], i: int, layout: Layout) -> bool:
    text = lines[i]
    return not text.strip() or is_page_number(text) or text.strip() in layout.running_lines


def _note_line_ranges(doc, lines, starts, style, layout):
    """For each start, the (first, last) 0-based lines of its note and any lines (0-based
    ranges) carried over from the next page."""
    start_lines = {s.line - 1 for s in starts}
    ranges = []
    for start in starts:
        first = start.line - 1
        last = first
        j = first + 1
        while j < len(lines) and j not in start_lines and not _block_end(lines, j, layout):
            if style == "superscript" and MARKER_SUPERSCRIPT_RE.search(lines[j]):
                break   # body text carrying a marker: the note ended (no blank line between)
            if style == "plain" and lines[last].rstrip()[-1:] in _TERMINAL and _next_marker_in(lines[j], start.label):
                # "... diakses 5 Februari 2022." | "Konsumen sering dirugikan oleh pembatalan
                # sepihak.5 Hal ini ...": the next page's body, carrying the next note's marker
                break
            last = j
            j += 1
        # Markdown definitions continue over blank lines when the next lines are indented.
        if style == "markdown":
            while j + 1 < len(lines) and not lines[j].strip() and lines[j + 1].startswith("    "):
                j += 1
                while j < len(lines) and lines[j].startswith("    "):
                    last = j
                    j += 1
        ranges.append([first, last, []])
    _attach_page_break_continuations(lines, starts, ranges, start_lines, layout)
    return [(first, last, extra) for first, last, extra in ranges]


def _next_marker_in(line: str, label: str) -> bool:
    """Does ``line`` carry the marker of the note after the one ``label`` numbers?"""
    if not label.isdigit() or not any(ch.isdigit() for ch in line):
        return False
    following = str(int(label) + 1)
    return any(found.group(1) == following for found in MARKER_PLAIN_RE.finditer(line))


def _attach_page_break_continuations(lines, starts, ranges, start_lines, layout):
    """Unnumbered lines heading a note block continue the previous note when that note was
    left unfinished (no closing punctuation): a note split by a page break."""
    for index in range(1, len(starts)):
        first = starts[index].line - 1
        j = first - 1
        head = []
        while j >= 0 and not _block_end(lines, j, layout) and j not in start_lines:
            head.append(j)
            j -= 1
        if not head:
            continue
        if j >= 0 and j in start_lines:
            continue
        previous = ranges[index - 1]
        previous_text = lines[previous[1]].rstrip()
        if previous_text and previous_text[-1] not in _TERMINAL and previous[1] < min(head):
            previous[2].extend(sorted(head))


def _footnote(doc: Document, layout: Layout, start: _Start, first: int, last: int,
              extra: list[int]) -> Footnote:
    lines = doc.lines
    parts = [doc.text[start.text_start: doc.line_span(first + 1)[1]].strip()]
    parts += [lines[k].strip() for k in range(first + 1, last + 1)]
    parts += [lines[k].strip() for k in extra]
    end_line = max([last] + extra) + 1
    text = join_wrapped(parts)
    return Footnote(label=start.label, line=start.line, start=doc.line_starts[first],
                    end=doc.line_span(end_line)[1], text=text,
                    chapter=layout.chapter_of(start.line), endnote=start.endnote)


@dataclass(frozen=True)
class _Candidate:
    marker: Marker
    kind: str


def _marker_candidates(doc, lines, skip, in_note, style, layout, bracketed=False) -> list[_Candidate]:
    found = []
    base = doc.line_starts
    for i, text in enumerate(lines):
        if skip[i] or i in in_note or not text.strip():
            continue
        line = i + 1
        if style == "markdown" or "[^" in text:
            for match in MARKER_MARKDOWN_RE.finditer(text):
                found.append(_Candidate(Marker(match.group(1), line, base[i] + match.start(),
                                               base[i] + match.end()), "markdown"))
        if not is_author_line(text):
            for match in MARKER_SUPERSCRIPT_RE.finditer(text):
                if _is_exponent(text, match.start()):
                    continue
                label = match.group(0).translate(SUPERSCRIPT_TO_ASCII)
                found.append(_Candidate(Marker(str(int(label)), line, base[i] + match.start(),
                                               base[i] + match.end()), "superscript"))
        if bracketed and "[" in text:
            for match in MARKER_BRACKET_RE.finditer(text):
                found.append(_Candidate(Marker(str(int(match.group(1))), line, base[i] + match.start(),
                                               base[i] + match.end()), "plain"))
        if style == "plain":
            for match in MARKER_PLAIN_RE.finditer(text):
                if not _plausible_plain_marker(text, match.start()):
                    continue
                found.append(_Candidate(Marker(str(int(match.group(1))), line,
                                               base[i] + match.start(), base[i] + match.end()), "plain"))
    found.sort(key=lambda c: c.marker.start)
    return found


def _is_exponent(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40):pos]   # a bounded look back keeps long lines linear
    word = before.split()[-1] if before.split() else ""
    word = word.strip("(")
    return word.casefold() in _UNITS or (word[-1:].isdigit() if word else False)


def _plausible_plain_marker(text: str, pos: int) -> bool:
    """``2019.6`` is a year and a marker; ``62,4`` and ``1.2`` are decimals and section
    numbers."""
    if pos < 2:
        return False
    sep = text[pos - 1]
    if sep in ".,;:" and text[pos - 2].isdigit():
        k = pos - 2
        while k >= 0 and text[k].isdigit():
            k -= 1
        digits = pos - 2 - k
        return sep == "." and digits == 4 and (k < 0 or not text[k].isdigit() and text[k] != ".")
    return True


def _backed_plain(starts, note_lines, candidates):
    """Keep plain-digit notes that a glued marker before them backs, and markers that a note
    after them backs."""
    kept_starts, kept_ranges = [], []
    numbers_seen: set[str] = set()
    for start, rng in zip(starts, note_lines):
        offset = start.text_start
        backed = any(c.marker.label == start.label and c.marker.start < offset and c.kind == "plain"
                     for c in candidates)
        if backed or start.endnote:
            kept_starts.append(start)
            kept_ranges.append(rng)
            numbers_seen.add(start.label)
    kept_candidates = [c for c in candidates if c.marker.label in numbers_seen or c.kind != "plain"]
    return kept_starts, kept_ranges, kept_candidates


def _link(candidates: list[_Candidate], footnotes: tuple[Footnote, ...], style: str) -> dict[int, int]:
    """Marker index -> footnote index.

    A page-bottom note takes the last unlinked marker with its number before it (numbers
    restart per chapter; a stray earlier superscript, such as an affiliation, stays unlinked).
    A Markdown definition or an endnote takes the first unlinked marker with its label.
    Each search is a bisection over that label's markers, so thousands of notes with one
    number stay fast.
    """
    links: dict[int, int] = {}
    used: set[int] = set()
    by_label: dict[str, list[int]] = {}
    for index, cand in enumerate(candidates):       # candidates are in document order
        by_label.setdefault(cand.marker.label, []).append(index)
    starts = {label: [candidates[i].marker.start for i in pool] for label, pool in by_label.items()}
    first_free: dict[str, int] = {}
    previous_same: dict[str, int] = {}
    for note_index, note in enumerate(footnotes):
        pool = by_label.get(note.label, [])
        positions = starts.get(note.label, [])
        choice = None
        if note.endnote or style == "markdown":
            k = first_free.get(note.label, 0)
            while k < len(pool) and pool[k] in used:
                k += 1
            first_free[note.label] = k
            if k < len(pool) and (style == "markdown" or positions[k] < note.start):
                choice = pool[k]
        else:
            floor = previous_same.get(note.label, -1)
            k = bisect.bisect_left(positions, note.start) - 1
            while k >= 0 and positions[k] > floor and pool[k] in used:
                k -= 1
            if k >= 0 and positions[k] > floor:
                choice = pool[k]
        if choice is not None:
            links[choice] = note_index
            used.add(choice)
        previous_same[note.label] = note.start
    return links


def _reported_markers(candidates, links, footnotes, style):
    """The markers to report: every linked one, plus unlinked Markdown references and
    unlinked superscripts inside the body (after the first linked marker), which are
    markers whose note is missing."""
    if not candidates:
        return (), {}
    first_linked = min((candidates[i].marker.start for i in links), default=None)
    linked = sorted((candidates[i].marker.start, candidates[i].marker.number) for i in links)
    linked_starts = [start for start, _ in linked]
    reported: list[Marker] = []
    new_links: dict[int, int] = {}
    for index, cand in enumerate(candidates):
        keep = index in links
        if not keep and cand.kind == "markdown":
            keep = True
        elif not keep and cand.kind == "superscript" and footnotes and first_linked is not None:
            keep = cand.marker.start > first_linked and _fits_sequence(cand, linked, linked_starts)
        if keep:
            if index in links:
                new_links[len(reported)] = links[index]
            reported.append(cand.marker)
    return tuple(reported), new_links


def _fits_sequence(cand, linked: list[tuple[int, int | None]], linked_starts: list[int]) -> bool:
    """An unlinked superscript is a marker when its number sits between the numbers of the
    linked markers around it."""
    number = cand.marker.number
    if number is None:
        return False
    k = bisect.bisect_left(linked_starts, cand.marker.start)
    low = linked[k - 1][1] if k > 0 and linked[k - 1][1] is not None else 0
    high = linked[k][1] if k < len(linked) and linked[k][1] is not None else low + 2
    return low < number < high or number == low + 1
