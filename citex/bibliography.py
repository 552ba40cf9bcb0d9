"""Split the reference list into entries.

Whether a line opens a new entry is a sum of small named scores (a bullet, a blank line
before, an author-like start, a hanging indent, an unfinished previous line ...), in the
manner of AnyStyle's ``join?``; a positive sum opens an entry. Afterwards two entries glued
into one line by PDF extraction ("... Indonesia Archer. C, *International ...*") are
separated.
"""
from __future__ import annotations

from dataclasses import dataclass

import regex

from . import lexicon
from .models import Document, Entry
from .patterns import (
    ENTRY_START_NAME_RE,
    GLUED_ENTRY_RE,
    LEGISLATION_RE,
    LIST_BULLET_RE,
    LOWERCASE_NAME_START_RE,
    REPEATED_AUTHOR_RE,
    SUBHEADING_RE,
    URL_RE,
    YEAR_FIRST_START_RE,
    YEAR_RE,
)
from .sections import Layout, is_page_number, join_wrapped

# Small patterns of this module, compiled once.
_YEAR_AFTER_SEMICOLON_RE = regex.compile(r"(?<=;[ ])(?=(?:1[5-9]|20)\d{2}[ ]\p{Lu})")
_QUOTED_TITLE_AFTER_YEAR_RE = regex.compile(r"(?<=(?:1[5-9]|20)\d{2}[ ])(?=[“\"]\p{Lu})")

# Scores for "this line opens a new entry".
BULLET = 4
BLANK_LINE_BEFORE = 2
AUTHOR_LIKE_START = 2
LAW_START = 2
NO_AUTHOR_YEAR_HEAD = -2
REPEATED_AUTHOR_DASH = 4
SAME_SHAPE_AS_ENTRY_START = 2
YEAR_FIRST_START = 1
QUOTED_TITLE_START = 1
BASE_INDENT_IN_HANGING_LIST = 1
MORE_INDENTED = -3
PREVIOUS_LINE_UNFINISHED = -2
CONTINUATION_START = -4
ENTRY_WITHOUT_YEAR_YET = -1
PREVIOUS_ENTRY_COMPLETE = 1
NON_BULLET_IN_BULLETED_LIST = -3
LESS_INDENTED_THAN_ENTRIES = -3
MID_SENTENCE_END_WITHOUT_YEAR = -2
INSIDE_QUOTED_TITLE = -4
PLACE_AND_YEAR_ONLY = -4

SUBHEADINGS = frozenset(w for words in lexicon.BIBLIOGRAPHY_SUBHEADINGS.values() for w in words)

# (a bracket continues an entry, "[Internet]. 2020", "[diakses 5 Mei 2021]", but not a group's
# abbreviation before its name, which opens one in IPB's lists: "[BPS] Badan Pusat Statistik. 2020.")
_CONTINUATION_START_RE = regex.compile(
    r"^[ ]*+(?:\p{Ll}|<|https?:|www\.|doi|\(|\[(?!\d)(?!\p{Lu}[\p{L}\d&-]{0,24}+\][ ]\p{Lu})|diakses|Diakses|Retrieved|Accessed|Available|"
    r"Tersedia|Dalam|In:|pp?\.|hlm|Vol\.|No\.|[\d]{1,4}+[-–(:,])")
# "Sugiyono. 2019.", "Hartono, B. (2018).", "Badan Pusat Statistik [BPS]. (2021).": names, then the year
# (or a newspaper's name and the day: "Jawa Pos. 22 April, 1995.")
# (names only: no quotation mark or colon before the year, so the year that ends a Chicago entry's
# quoted title, or its place and publisher, is no such head)
_AUTHOR_YEAR_HEAD_RE = regex.compile(
    r"^[ ]*+[^\d\s“”\":][^\d“”\":]{1,80}?[.,][ ]?\(?(?:\d{1,2}+[ ]\p{L}{3,10}+\.?,?[ ])?(?:1[5-9]|20)\d\d[a-z]?\)?[.,:]")
# "Education, 2014." or "Bandung, 2023.": a publisher's or a town's last word and the year, all a
# line holds; no entry is that short, so it ends the entry before
_PLACE_AND_YEAR_ONLY_RE = regex.compile(r"^[ ]*+\p{Lu}[\p{L}&' -]{0,40}+,[ ]?(?:1[5-9]|20)\d\d[a-z]?[.)]?[ ]*+$")
_ENDS_WITH_LINK_RE = regex.compile(r"(?:https?://|doi:[ ]?10\.|www\.)\S++$", regex.I)
_UNFINISHED_END_RE = regex.compile(r"(?:[,:&]|\b(?:dalam|in|dan|and|of|the|di|pada|untuk|dari|for|on))[ ]*+$", regex.I)


@dataclass(frozen=True)
class _Line:
    index: int          # 0-based line index in the document
    text: str
    indent: int
    bullet: regex.Match | None
    blank_before: bool


def split_entries(doc: Document, layout: Layout, note_lines: frozenset[int] = frozenset()) -> list[Entry]:
    """Entries of the document's reference list, in order.

    >>> from citex.sections import find_layout
    >>> doc = Document.from_text("DAFTAR PUSTAKA\\n\\n- Haris. A, *Gelombang*, 2005\\n- Buzan.B, *People*, 1991,\\n")
    >>> [e.text for e in split_entries(doc, find_layout(doc))]
    ['Haris. A, *Gelombang*, 2005', 'Buzan.B, *People*, 1991,']
    """
    entries: list[Entry] = []
    for first, stop in layout.bibliographies:
        entries += _split_section(doc, layout, first, stop, note_lines)
    return entries


def _split_section(doc: Document, layout: Layout, first: int, stop: int, note_lines: frozenset[int]) -> list[Entry]:
    lines = _lines(doc, layout, first, stop, note_lines)
    if not lines:
        return []
    bulleted = sum(1 for ln in lines if ln.bullet) >= max(2, len(lines) // 3)
    blank_separated = sum(1 for ln in lines[1:] if ln.blank_before) >= max(1, (len(lines) - 1) // 3)
    base_indent = min(ln.indent for ln in lines)
    if not bulleted:
        base_indent = _first_line_indent(lines, base_indent)
    # an author-date list ("Sugiyono. 2019. Metode ...", "Hartono, B. (2018).") opens every
    # entry with names and the year; a line without that head continues the entry before
    author_date = sum(1 for ln in lines if _AUTHOR_YEAR_HEAD_RE.match(ln.text)) * 3 >= len(lines) >= 4
    groups: list[list[_Line]] = []
    dated = False          # the current entry already has a year (or a URL, or "t.t.")
    hanging = False        # ... and an indented continuation line
    for ln in lines:
        if not groups or _opens_entry(ln, groups[-1], bulleted, blank_separated, base_indent, dated, hanging,
                                      author_date):
            groups.append([ln])
            dated, hanging = _dated(ln.text), False
        else:
            groups[-1].append(ln)
            dated = dated or _dated(ln.text)
            hanging = hanging or ln.indent > base_indent
    entries = []
    for group in groups:
        entries.extend(_entries_of(doc, group))
    return entries


def _lines(doc: Document, layout: Layout, first: int, stop: int, note_lines: frozenset[int]) -> list[_Line]:
    out = []
    text_lines = doc.lines
    blank = False
    for index in range(first - 1, min(stop - 1, len(text_lines))):
        text = text_lines[index]
        stripped = text.strip()
        if index + 1 in note_lines:
            blank = True       # a page's notes interrupt the list
            continue
        if not stripped or is_page_number(text) or stripped in layout.running_lines:
            blank = blank or not stripped
            continue
        if is_subheading(stripped):
            blank = True
            continue
        bullet = LIST_BULLET_RE.match(text)
        indent = len(text) - len(text.lstrip(" "))
        out.append(_Line(index, text, indent, bullet, blank))
        blank = False
    return out


def _first_line_indent(lines: list[_Line], least: int) -> int:
    """The indent entries open at: ``least`` in the usual hanging list, or deeper where each
    entry's first line is indented and its wrapped lines are flush left (" Acharya, Amitav.
    Constructing ..." | "Transboundary Haze Pollution."), as a paragraph's indent or a bullet
    glyph the PDF text lost, keeping the space after it, leaves them.

    Told by which lines look like an entry's opening ("Acharya, Amitav."): most of the deeper
    ones and few of the flush-left ones (in a hanging list it is the other way round)."""
    deeper = [ln for ln in lines if ln.indent > least]
    flush = [ln for ln in lines if ln.indent == least]
    if len(deeper) < 3 or len(deeper) < len(flush):
        return least
    opening = [ln for ln in deeper if ENTRY_START_NAME_RE.match(ln.text)]
    flush_opening = sum(1 for ln in flush if ENTRY_START_NAME_RE.match(ln.text))
    if len(opening) * 5 < len(deeper) * 3 or flush_opening * 2 >= len(flush):
        return least
    return min(ln.indent for ln in opening)


def is_subheading(text: str) -> bool:
    """"A. Buku", "B. Peraturan Perundang-undangan": a heading inside a reference list."""
    found = SUBHEADING_RE.match(text)
    if not found:
        return False
    words = found.group(1).strip(" :").casefold()
    return words in SUBHEADINGS


def _dated(text: str) -> bool:
    return bool(YEAR_RE.search(text) or URL_RE.search(text)) or "t.t" in text or "n.d" in text


def _opens_entry(ln: _Line, current: list[_Line], bulleted: bool, blank_separated: bool,
                 base_indent: int, dated: bool, hanging: bool, author_date: bool = False) -> bool:
    body = ln.text[ln.bullet.end():] if ln.bullet else ln.text
    previous = current[-1].text.rstrip()
    head = current[0]
    score = 0
    if ln.bullet:
        score += BULLET
    elif bulleted:
        score += NON_BULLET_IN_BULLETED_LIST
    if ln.blank_before and blank_separated:
        score += BLANK_LINE_BEFORE
    if REPEATED_AUTHOR_RE.match(body):
        score += REPEATED_AUTHOR_DASH
    lowercase_name = bool(LOWERCASE_NAME_START_RE.match(body))
    law = False
    if (ENTRY_START_NAME_RE.match(body) and _first_word(body) not in lexicon.TITLE_LINKING_WORDS) or lowercase_name:
        score += AUTHOR_LIKE_START
    elif body.lstrip()[:1].isupper() and LEGISLATION_RE.match(body.lstrip()):
        score += LAW_START        # "Kitab Undang-Undang Hukum Perdata.", "Undang-Undang Nomor 8 ..."
        law = True
    if (author_date and not ln.bullet and not (ln.blank_before and blank_separated) and not law
            and not _AUTHOR_YEAR_HEAD_RE.match(body)):
        # "Praktik. Jakarta: Rineka Cipta." after "Arikunto, Suharsimi. 2013. Prosedur ...
        # Pendekatan": the rest of a wrapped entry (PDF text keeps no hanging indent); a law
        # has no author and year to open it ("Kitab Undang-Undang Hukum Perdata." | "Undang-Undang
        # Nomor 19 Tahun 2016 ...": two laws)
        score += NO_AUTHOR_YEAR_HEAD
    if YEAR_FIRST_START_RE.match(body):
        score += YEAR_FIRST_START
        head_body = head.text[head.bullet.end():] if head.bullet else head.text
        # "2011 US Department ...;" / "2010 US Department ..." inside one bullet
        if YEAR_FIRST_START_RE.match(head_body) and previous[-1:] not in (",",):
            score += SAME_SHAPE_AS_ENTRY_START + (BULLET if bulleted else 0)
    if body.lstrip().startswith(("“", '"', "*")):
        score += QUOTED_TITLE_START
    if ln.indent > base_indent and not ln.bullet:
        score += MORE_INDENTED
    elif ln.indent < base_indent and not ln.bullet:
        score += LESS_INDENTED_THAN_ENTRIES     # the flush-left rest of an entry (see _first_line_indent)
    elif ln.indent == base_indent and hanging:
        score += BASE_INDENT_IN_HANGING_LIST
    if _UNFINISHED_END_RE.search(previous) or previous.endswith(("-", "–")):
        score += PREVIOUS_LINE_UNFINISHED
    if _CONTINUATION_START_RE.match(body) and not ln.bullet and not lowercase_name:
        score += CONTINUATION_START
    if not ln.bullet and len(current) < 4 and _inside_quotation(current):
        # 'Futri, Resya. "Pengembangan Sistem ... Telur' | 'PT. Vega Nusa ...": the title's
        # quotation is still open, so the line goes on with it (not past a bullet, nor for
        # long: a stray quotation mark must not swallow the list)
        score += INSIDE_QUOTED_TITLE
    if not dated:
        score += ENTRY_WITHOUT_YEAR_YET
        if _PLACE_AND_YEAR_ONLY_RE.match(body):
            score += PLACE_AND_YEAR_ONLY
        if previous[-1:].isalpha() and not ln.bullet and not law and not (ln.blank_before and blank_separated):
            # "... Heroism in Colonial" | "Africa. Houghton Mifflin, 1998.": a line that stops on
            # a word, with no year yet, is a title the line's end broke (not a law's name, which
            # stands without a stop or a year: "Kitab Undang-Undang Hukum Perdata")
            score += MID_SENTENCE_END_WITHOUT_YEAR
    elif (previous.endswith((".", ".)")) or _ENDS_WITH_LINK_RE.search(previous)) and ln.indent == base_indent and not bulleted:
        # one entry a line: the previous one is finished (APA's end with their DOI or link, no
        # stop after it) and this one starts flush left
        score += PREVIOUS_ENTRY_COMPLETE
    return score > 0


def _first_word(text: str) -> str:
    words = text.split(None, 1)
    return words[0].casefold() if words else ""


def _inside_quotation(current: list[_Line]) -> bool:
    """Does the entry so far open a quotation ("...", “...”) it has not closed?"""
    text = current[-1].text if len(current) == 1 else " ".join(ln.text for ln in current)
    if '"' not in text and "“" not in text:
        return False
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”")


def _entries_of(doc: Document, group: list[_Line]) -> list[Entry]:
    head = group[0]
    number = None
    first_text = head.text
    if head.bullet:
        if head.bullet.group(1) or head.bullet.group(2):
            number = int(head.bullet.group(1) or head.bullet.group(2))
        first_text = head.text[head.bullet.end():]
    parts = [first_text.strip()] + [ln.text.strip() for ln in group[1:]]
    text = join_wrapped(parts)
    start = doc.line_starts[head.index]
    end = doc.line_span(group[-1].index + 1)[1]
    # (a numbered item is one entry by its number: IEEE's "in Proc. Y, 2018" is no second one)
    pieces = [(0, text)] if number is not None else _split_glued(text)
    entries = []
    for offset, piece in pieces:
        line = head.index + 1 + _line_offset(parts, offset)
        entries.append(Entry(line=line, start=start, end=end, text=piece,
                             number=number if offset == 0 else None))
    return entries


def _line_offset(parts: list[str], offset: int) -> int:
    """Which of the joined lines holds character ``offset`` of the joined text."""
    position = 0
    for k, part in enumerate(parts):
        position += len(part) + 1
        if offset < position:
            return k
    return len(parts) - 1


def _split_glued(text: str) -> list[tuple[int, str]]:
    """Two entries glued together: split before an author that starts mid-line."""
    cuts = [0]
    for found in GLUED_ENTRY_RE.finditer(text):
        if found.group(3) and found.group(3).casefold() in lexicon.PUBLISHING_CITIES:
            continue        # "2. Jakarta, Balai Pustaka.": a town and its publisher
        at = found.start(next(k for k in (1, 2, 3) if found.group(k)))
        if at - cuts[-1] >= 15 and len(text) - at >= 15:
            cuts.append(at)
    # "...Trafficking in Persons Report; 2010 US Department ..." glued on one line
    for found in _YEAR_AFTER_SEMICOLON_RE.finditer(text):
        if found.start() - cuts[-1] >= 15:
            cuts.append(found.start())
    # "... Tahun 2009 “IOM Indonesia” dalam <...>": a year with no closing punctuation
    # followed by a quoted title opens the next (authorless) entry.
    for found in _QUOTED_TITLE_AFTER_YEAR_RE.finditer(text):
        if found.start() - cuts[-1] >= 15:
            cuts.append(found.start())
    cuts = sorted(set(cuts))
    out = []
    for k, cut in enumerate(cuts):
        end = cuts[k + 1] if k + 1 < len(cuts) else len(text)
        piece = text[cut:end].strip()
        if piece:
            out.append((cut, piece))
    return out


def repeats_previous_authors(entry_text: str) -> regex.Match | None:
    """``———. 2015. Econometrics by Example.`` -> the dashes (authors of the entry before)."""
    return REPEATED_AUTHOR_RE.match(entry_text)
