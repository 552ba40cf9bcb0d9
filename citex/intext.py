"""Find in-text citations in the body: author-date, author-page (MLA) and numeric.

* Parenthetical author-date: "(Sugiyono, 2013)", "(Santoso, 2015: 42)", "(Pratama dkk., 2021;
  Lim, 2017)", "(OECD, 2019a, 2019b)", "(Badan Pusat Statistik [BPS], 2020)", "(Bank
  Indonesia, t.t.)".
* Narrative: "Tomlinson (2017)", "Ryan dan Deci (2020)", "Santoso (2015:42)", and a group
  author introduced with its abbreviation: "Kementerian ... [Kemendikbudristek] (2022)".
* Author-page (MLA): "(Conrad 8)", "(Conrad 20; Hochschild 143)", and a page alone, "(788)",
  once the document is known to cite that way.
* Numeric: "[1]", "[2]–[4]", "[1, 3]" when the reference list is numbered.

Not citations: equation numbers, "[0, 1]", "(2015 – 2017)", "(n = 32)", "(Tabel 1)".
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass

import regex

from . import lexicon
from .models import Document, InText, InTextPart
from .names import is_institution, looks_like_names
from .patterns import (
    ABBREVIATION_RE,
    AUTHOR_PAGE_RE,
    AUTHOR_TITLE_PAGE_RE,
    DASH_SPACED_RE,
    NARRATIVE_CITE_RE,
    NUMERIC_CITE_RE,
    OTHER_LOCATOR_LABEL,
    PAGE_ONLY_RE,
    PAREN_NUMERIC_CITE_RE,
    PAREN_RE,
    QUOTED_IN,
    QUOTED_IN_WORDS,
)
from .works import alnum

# Small patterns of this module, compiled once.
_COMMA_SPACED_RE = regex.compile(r"[ ]?,[ ]?")
_ANY_DIGIT_RE = regex.compile(r"\d")
_DASH_RE = regex.compile(r"[-–—]")
_COMMAS_SPACES_RE = regex.compile(r"[ ,]*")
_SPACE_RE = regex.compile(r"[ ]")

_YEAR_TOKEN_RE = regex.compile(r"(?<![\d\p{L}])((?:1[5-9]|20)\d{2}[a-z]?|t\.[ ]?th?\.?|n\.[ ]?d\.?)(?![\d\p{L}])", regex.I)
# ", hlm. 12", ": 45", " p. 5" (the comma forgotten before a labelled page)
_LOCATOR_AFTER_RE = regex.compile(
    r"^(?:[ ]*+[,:][ ]*+(?:(?:hlm|hal|h|p|pp|halaman|page)\.?[ ]?)?|[ ]++(?:hlm|hal|h|p|pp|halaman|page)\.[ ]?)"
    r"(" + OTHER_LOCATOR_LABEL + r"?\d{1,5}+(?:[ ]?[-–][ ]?\d{1,5}+|\.\d{1,3}+)?)", regex.I)
_SIGNAL_WORDS_RE = regex.compile(r"^(?:lihat|see|see also|cf\.|e\.g\.,?|misalnya|bdk\.|dalam)[ ]+", regex.I)
_QUOTED_IN_RE = regex.compile(r"(?:,[ ])?(?<!\p{L})" + QUOTED_IN, regex.I)
_BRACKET_ABBREVIATION_RE = regex.compile(r"[ ]?\[([^\]]{1,30})\]")
_LOWERCASE_PREFIX_RE = regex.compile(r"^\p{Ll}{1,2}+-(?=\p{Lu})")
_CAPITALIZED_WORD_RE = regex.compile(r"(?<!\p{L})\p{Lu}[\p{L}-]++")
# how far back a citation's sentence is read for the author it names (a long sentence's start
# is no help, and reading a whole stop-less line for each bracket in it would be quadratic)
_SENTENCE_REACH = 400
# "(2006)", "(1985, 29)", "(2019: 45)", "(2013, hlm. 12)": a year, and a page, alone in brackets
_YEAR_ONLY_RE = regex.compile(
    r"((?:1[5-9]|20)\d\d[a-z]?)(?:[,:][ ]?(?:(?:hlm|hal|h|p|pp)\.[ ]?)?(\d{1,5}+(?:[-–]\d{1,5}+)?))?")


@dataclass(frozen=True)
class BodyRegion:
    """Which lines of the document are body text (not notes, not the reference list)."""

    lines: tuple[int, ...]          # 1-based


def find_intext(doc: Document, body: BodyRegion, numbered_list: bool,
                known_families: frozenset[str], known_years: frozenset[tuple[str, int]] = frozenset(),
                ) -> tuple[list[InText], dict[str, str]]:
    """In-text citations of the body lines, and the abbreviations the text introduces
    (abbreviation -> the long name written before it).

    ``known_families``: case-folded family names of the reference list, which tell
    author-page citations from "(Tabel 1)"; ``known_years``: (family name, year) of its works,
    which tell "Anderson's account of nationalism (2006)" from "the reform era (1998)".

    >>> doc = Document.from_text("Menurut (Sugiyono, 2013, hlm. 5) dan Lim (2017).")
    >>> found, _ = find_intext(doc, BodyRegion((1,)), False, frozenset())
    >>> [(c.text, [(p.author, p.year, p.locator) for p in c.parts]) for c in found]
    [('(Sugiyono, 2013, hlm. 5)', [('Sugiyono', '2013', '5')]), ('Lim (2017)', [('Lim', '2017', None)])]
    """
    found: list[InText] = []
    abbreviations: dict[str, str] = {}
    author_page_mode = False
    pending_page_only = []
    year_cites: list[InText] = []
    lines = doc.lines
    body_lines = frozenset(body.lines)
    for line in body.lines:
        text = lines[line - 1]
        if "(" not in text and "[" not in text:
            continue
        base = doc.line_starts[line - 1]
        line_first = len(found)                # the citations of this line are found[line_first:]
        taken: list[tuple[int, int]] = []      # spans already read, in order of their start
        for match in ABBREVIATION_RE.finditer(text):
            long_name = _long_name_before(text, match.start())
            wrapped = (_long_name_wrapped_before(doc, line, match.start(), long_name)
                       if line - 1 in body_lines and text[:match.start()].strip() == (long_name or "") else None)
            if long_name or wrapped:
                paren_end = text.find(")", match.end())
                end = paren_end + 1 if paren_end != -1 else match.end()
                year = match.group(2)
                if wrapped:
                    long_name, start_line, start = wrapped
                    cited = f"{long_name} {text[match.start():end].strip()}"
                else:
                    start_line, start = line, base + match.start() - len(long_name) - 1
                    cited = text[max(0, start - base):end].strip()
                abbreviations[match.group(1)] = long_name
                found.append(InText(start_line, start, base + end, cited, (InTextPart(long_name, year),)))
                taken.append((match.start(), end))
        for match in PAREN_RE.finditer(text):
            if _inside(taken, match.start()):
                continue
            inner = match.group(1)
            parts = _author_date_parts(inner, abbreviations)
            if parts:
                found.append(InText(line, base + match.start(), base + match.end(), match.group(0), tuple(parts)))
                continue
            parts = _author_page_parts(inner, known_families, author_page_mode)
            if parts:
                author_page_mode = True
                found.append(InText(line, base + match.start(), base + match.end(), match.group(0), tuple(parts)))
                continue
            year_only = _YEAR_ONLY_RE.fullmatch(inner.strip()) if known_years else None
            if year_only:
                named = _named_author_of(text, match.start(), year_only.group(1), known_years)
                if named:
                    year_cites.append(InText(line, base + match.start(), base + match.end(), match.group(0),
                                             (InTextPart(named, year_only.group(1), locator=year_only.group(2)),)))
                continue
            page_only = PAGE_ONLY_RE.match(inner.strip())
            if page_only and not _YEAR_TOKEN_RE.fullmatch(inner.strip()):
                named = _listed_names_before(text, match.start(), known_families)
                part = InTextPart(None, None, locator=page_only.group(1), words_before=named)
                pending_page_only.append(InText(line, base + match.start(), base + match.end(), match.group(0), (part,)))
        for match in NARRATIVE_CITE_RE.finditer(text):
            if _inside(taken, match.start()):
                continue
            group = _group_named_before(doc, line, match, known_families, body_lines)
            if group:
                name, start = group
                found.append(InText(line if start >= base else line - 1, start, base + match.end(),
                                    f"{name} {text[match.end(1):match.end()].lstrip()}", _narrative_parts(match, name)))
                continue
            # (a name opening a line may go on the sentence of the line before: "... oleh laporan |
            # Kemendikbud (2013)")
            goes_on = (not text[:match.start()].strip() and line - 1 in body_lines
                       and not lines[line - 2].rstrip().endswith((".", "!", "?", ":")))
            if _narrative_author(match, text, known_families, abbreviations, goes_on):
                first = (_FIRST_AUTHOR_WRAPPED_RE.search(lines[line - 2][-60:].rstrip())
                         if not text[:match.start()].strip() and line - 1 in body_lines else None)
                if first and first.group(1).casefold() in known_families:     # (a listed author's family)
                    # "... mengikuti Mattjik dan | Sumertajaya (2013)": the first author and "dan"
                    # end the line before (the page's line break inside the citation)
                    name = f"{first.group(1)} {first.group(2)} {match.group(1)}"
                    start = doc.line_starts[line - 2] + len(lines[line - 2].rstrip()) - len(first.group(0))
                    found.append(InText(line - 1, start, base + match.end(), f"{name} {text[match.end(1):match.end()].lstrip()}",
                                        _narrative_parts(match, name)))
                    continue
                before = _capitalized_words_before(text, match.start()) if " " not in match.group(1) else None
                found.append(InText(line, base + match.start(), base + match.end(), match.group(0),
                                    _narrative_parts(match, match.group(1), before)))
        for cite in year_cites:
            # (a year the narrative citation "Anderson (2006)" holds is read with it)
            if not any(other.start <= cite.start < other.end for other in found[line_first:]):
                found.append(cite)
        year_cites.clear()
        if text.lstrip().startswith("(") and line - 1 in body_lines:
            wrapped = _wrapped_narrative(doc, line, known_families, abbreviations)
            if wrapped:
                found.append(wrapped)
        if line + 1 in body_lines and text.rfind("(") > text.rfind(")"):
            wrapped = _wrapped_parenthesis(doc, line, abbreviations)
            if wrapped:
                found.append(wrapped)
        if numbered_list:
            matches = list(NUMERIC_CITE_RE.finditer(text)) if "[" in text else []
            if "(" in text:
                matches += [m for m in PAREN_NUMERIC_CITE_RE.finditer(text) if not _inside(taken, m.start())]
            for match in matches:
                numbers = _numbers(match)
                if numbers:
                    locator = _numeric_locator(match)
                    found.append(InText(line, base + match.start(), base + match.end(), match.group(0),
                                        tuple(InTextPart(None, None, number=n, locator=locator) for n in numbers)))
            if text.startswith("(") and line - 1 in body_lines:
                wrapped_number = _number_opening_the_line(doc.lines[line - 2], text)
                if wrapped_number and _numbers(wrapped_number):
                    found.append(InText(line, base, base + wrapped_number.end() - 1, wrapped_number.group(0),
                                        tuple(InTextPart(None, None, number=n) for n in _numbers(wrapped_number))))
    if author_page_mode:
        found.extend(pending_page_only)
    found.sort(key=lambda c: c.start)
    return found, abbreviations


# a first author and "dan"/"and"/"&" ending a line, the second author and the year opening the next
_FIRST_AUTHOR_WRAPPED_RE = regex.compile(r"(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]{1,30}+)[ ](dan|and|&)$")


def _number_opening_the_line(previous: str, text: str):
    """"... terus meningkat / (7). Menurut ...": a Vancouver citation the line wrap put at the
    start of a line, after the word it follows at the end of the line before. The match is
    made on that word's last character and the line, so its offsets are one past the line's."""
    last = previous.rstrip()[-1:]
    return PAREN_NUMERIC_CITE_RE.match(last + text, 1) if last else None


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Is ``position`` inside one of the (sorted, non-overlapping) spans? A bisection, so
    a line with thousands of citations stays linear."""
    k = bisect.bisect_right(spans, (position, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= position < spans[k][1]


def _long_name_before(text: str, at: int) -> str | None:
    """``Kementerian Pendidikan, Kebudayaan, Riset, dan Teknologi`` before ``[Kemendikbudristek]``:
    the run of capitalised words (with commas and "dan"/"and") that ends at ``at``."""
    words = text[max(0, at - 300):at].rstrip().split(" ")   # a name is never longer than this
    kept: list[str] = []
    for word in reversed(words):
        bare = word.strip(",")
        if not bare:
            break
        if bare[0].isupper() or bare.casefold() in ("dan", "and", "&", "of", "for", "dalam"):
            kept.append(word)
            continue
        break
    while kept and kept[-1].strip(",").casefold() in ("dan", "and", "&", "of", "for"):
        kept.pop()
    name = " ".join(reversed(kept)).strip(" ,")
    return name if len(name) >= 3 else None


def _long_name_wrapped_before(doc: Document, line: int, at: int, on_this_line: str | None) -> tuple[str, int, int] | None:
    """"Kementerian Pendidikan dan Kebudayaan | [Kemendikbud] (2020)": a group's name that the
    line wrap left (all or in part) at the end of the line before its abbreviation. The whole
    name, the line it starts on and where (in the document)."""
    previous = doc.lines[line - 2].rstrip()
    joined = f"{previous} {doc.lines[line - 1][:at]}".rstrip()
    name = _long_name_before(joined, len(joined))
    if not name or len(name) <= len(on_this_line or ""):
        return None
    begins = len(joined) - len(name)
    if begins <= len(previous):
        return name, line - 1, doc.line_starts[line - 2] + begins
    return name, line, doc.line_starts[line - 1] + begins - len(previous) - 1


def _group_named_before(doc: Document, line: int, match, known_families: frozenset[str],
                        body_lines: frozenset[int]) -> tuple[str, int] | None:
    """"Kementerian Pendidikan dan Kebudayaan (2020) menerbitkan ...": a group the list names as
    author, cited by its whole name, whose first words come before the names the pattern reads
    ("Pendidikan dan Kebudayaan"), on this line or at the end of the line before. Its name and
    where it starts in the document."""
    text, base = doc.lines[line - 1], doc.line_starts[line - 1]
    before = text[max(0, match.start() - 120):match.start()]
    start_of_run = match.start()
    if not before.strip() and line - 1 in body_lines:
        # the line begins with the names: the group's first words may end the line before
        previous = doc.lines[line - 2].rstrip()
        before, start_of_run = previous[-120:], None
    run = (_capitalized_words_before(before, len(before)) or "").split()
    for k in range(len(run)):
        name = " ".join(run[k:] + [match.group(1)])
        if alnum(name) in known_families:
            prefix = " ".join(run[k:])
            if start_of_run is None:
                previous = doc.lines[line - 2].rstrip()
                return name, doc.line_starts[line - 2] + len(previous) - len(prefix)
            return name, base + text.rfind(prefix, 0, match.start())
    return None


def _capitalized_words_before(text: str, at: int) -> str | None:
    """"Laporan Indeks SPBE" before "Nasional (2022)": the run of capitalized words (at most
    six) that ends where a narrative citation's name begins."""
    words = text[max(0, at - 120):at].split()
    run: list[str] = []
    for word in reversed(words[-6:]):
        if not word[:1].isupper() or not word.isalnum():
            break
        run.append(word)
    return " ".join(reversed(run)) or None


def _narrative_author(match, text: str, known_families: frozenset[str], abbreviations: dict[str, str],
                      goes_on: bool = False) -> bool:
    """Is NARRATIVE_CITE_RE's name an author ("Zubaedi (2011:15)"), not "Tabel (2019)" or a
    sentence's first word that names no listed author? (``goes_on``: the line opens mid-sentence.)"""
    author = match.group(1)
    if author.split()[0].casefold() in lexicon.NOT_AUTHOR_WORDS:
        return False
    family = _SPACE_RE.split(author)[0].rstrip(",").casefold()
    return (family in known_families or alnum(author) in known_families or author in abbreviations
            or not (_sentence_initial(text, match.start()) and not goes_on))      # (the second: "Mahfud MD (1998)")


def _narrative_parts(match, name: str, words_before: str | None = None) -> tuple[InTextPart, ...]:
    """The works a NARRATIVE_CITE_RE match cites: one, or one a year ("Brown (2017a, 2017b)")."""
    first = InTextPart(name, match.group(2), locator=match.group(3), words_before=words_before)
    if not match.group("more"):
        return (first,)
    more = _YEAR_TOKEN_RE.findall(match.group("more"))
    return (first, *(InTextPart(name, year, words_before=words_before) for year in more))


def _wrapped_narrative(doc: Document, line: int, known_families: frozenset[str],
                       abbreviations: dict[str, str]) -> InText | None:
    """"Menurut Zubaedi | (2011:15), karakter ...": a narrative citation whose name ends the
    line before and whose year opens this one."""
    before, text = doc.lines[line - 2].rstrip(), doc.lines[line - 1]
    lead = len(text) - len(text.lstrip())
    tail = before[-60:]           # (bounded: a name and its connectors fit)
    joined = f"{tail} {text[lead:lead + 40]}"
    for match in NARRATIVE_CITE_RE.finditer(joined):
        if match.start() < len(tail) < match.end() and _narrative_author(match, joined, known_families, abbreviations):
            start = doc.line_starts[line - 2] + len(before) - len(tail) + match.start()
            end = doc.line_starts[line - 1] + lead + match.end() - len(tail) - 1
            return InText(line - 1, start, end, match.group(0), _narrative_parts(match, match.group(1)))
    return None


def _wrapped_parenthesis(doc: Document, line: int, abbreviations: dict[str, str]) -> InText | None:
    """"... penting (Sari dan Utomo 2019; Wahyudi | et al. 2020). Hal ...": a parenthetical
    citation the line's end cut in two."""
    text, after = doc.lines[line - 1], doc.lines[line]
    opening = text.rfind("(")
    closing = after.find(")", 0, 200)
    if closing == -1 or "(" in after[:closing]:
        return None
    first, second = text[opening + 1:].rstrip(), after[:closing].strip()
    inner = first[:-1] + second if first.endswith("-") else f"{first} {second}"
    parts = _author_date_parts(inner, abbreviations)
    if not parts:
        return None
    start = doc.line_starts[line - 1] + opening
    end = doc.line_starts[line] + closing + 1
    return InText(line, start, end, f"({inner})", tuple(parts))


def _author_date_parts(inner: str, abbreviations: dict[str, str]) -> list[InTextPart]:
    parts = []
    for chunk in inner.split(";"):
        chunk = _SIGNAL_WORDS_RE.sub("", chunk.strip())
        quoted_in = _QUOTED_IN_RE.search(chunk) if any(word in chunk for word in QUOTED_IN_WORDS) else None
        if quoted_in:
            # "Piaget, 1952, as cited in Santrock, 2011", "Piaget dalam Santrock, 2011": the
            # source the writer read, and lists, is the second
            chunk = chunk[quoted_in.end():]
        years = list(_YEAR_TOKEN_RE.finditer(chunk))
        if not years:
            if parts:
                continue
            return []
        author = chunk[:years[0].start()].strip(" ,")
        if not author and parts:
            author = parts[-1].author      # "(Sugiyono, 2017; 2019)": the same author's other year
        bracket = _BRACKET_ABBREVIATION_RE.search(author)
        if bracket:
            abbreviations.setdefault(bracket.group(1), author[:bracket.start()].strip(" ,"))
            author = author[:bracket.start()].strip(" ,")
        if not author or not _author_like(author):
            return [] if not parts else parts
        # "2019a, 2019b": consecutive years; what follows the last is the locator
        year_run = [years[0]]
        for later in years[1:]:
            between = chunk[year_run[-1].end():later.start()]
            if _COMMAS_SPACES_RE.fullmatch(between):
                year_run.append(later)
            else:
                break
        locator = _LOCATOR_AFTER_RE.match(chunk[year_run[-1].end():])
        for year in year_run:
            parts.append(InTextPart(author, year.group(1), locator=locator.group(1) if locator else None))
    return parts


def _author_like(author: str) -> bool:
    if len(author.split()) > 10 or _ANY_DIGIT_RE.search(author):
        return False
    # "e-Estonia": a group's name with a short prefix in lower case reads as the name after it
    author = _LOWERCASE_PREFIX_RE.sub("", author)
    first = author.split()[0].strip(".,").casefold()
    if first in lexicon.NOT_AUTHOR_WORDS:
        # (a statistic's letter, "(r 2020)", is no author; a group named after a letter is:
        # "(R Core Team, 2023)")
        return len(first) == 1 and " " in author and is_institution(author)
    return looks_like_names(author) or is_institution(author)


def _author_page_parts(inner: str, known: frozenset[str], mode: bool) -> list[InTextPart]:
    """MLA's "(Conrad 8)", "(Conrad 20; Hochschild 143)", "(Morrison, *Beloved* 43)", "(“Sojourner
    Truth” 3)", "(qtd. in Gates and Appiah 12)", and a listed author alone, "(Library of Congress)"."""
    parts = []
    for chunk in inner.split(";"):
        chunk = chunk.strip()
        quoted_in = _QUOTED_IN_RE.match(chunk) if "qtd." in chunk or "in " in chunk else None
        if quoted_in:
            chunk = chunk[quoted_in.end():]      # the source the writer read, and lists
        part = _author_page_part(chunk, known, mode or bool(parts))
        if part is None:
            return []
        parts.append(part)
    return parts


def _author_page_part(chunk: str, known: frozenset[str], mode: bool) -> InTextPart | None:
    found = AUTHOR_PAGE_RE.match(chunk)
    if found:
        author, title, pages = found.group(1), None, found.group(2)
    elif mode and alnum(chunk) in known and chunk[:1].isupper() and len(chunk.split()) <= 6:
        return InTextPart(chunk, None)           # "(Library of Congress)": a listed author, no page
    else:
        found = AUTHOR_TITLE_PAGE_RE.match(chunk)
        if not found:
            return None
        author, title, pages = found.groups()
        marked = title[0] in "\"“*_"
        if not marked and not (author and author.split()[0].casefold() in known):
            return None      # capitalized words and a number, "(Tabel 1)", are no title of a listed author's
        if not author and not (mode or pages):
            return None
        title = title.strip("\"“”*_ ,")
    if author:
        first = author.split()[0].casefold()
        if first in lexicon.NOT_AUTHOR_WORDS:
            return None
        if first not in known and not mode:
            # an unknown name counts once the document is known to cite author-page
            return None
    return InTextPart(author, None, locator=pages, title=title)


def _named_author_of(text: str, at: int, year: str, known_years: frozenset[tuple[str, int]]) -> str | None:
    """"Anderson's account of nationalism (2006)", "Scott's of everyday resistance (1985, 29)":
    the listed author the sentence names last before a bracketed year, of whom the list holds a
    work of that year."""
    number = int(year[:4])
    names = reversed(_sentence_names_before(text, at))
    return next((word for word in names if (alnum(word), number) in known_years), None)


def _listed_names_before(text: str, at: int, known: frozenset[str]) -> str | None:
    """"For Spillers, the captive body is “...” (67)": the listed authors the sentence names
    before a page-only citation (MLA's signal phrase), which tell whose page it is."""
    names = [word for word in _sentence_names_before(text, at) if alnum(word) in known]
    return " ".join(dict.fromkeys(names)) or None


def _sentence_names_before(text: str, at: int) -> list[str]:
    """The capitalised words of the sentence before ``at``, read back at most _SENTENCE_REACH."""
    sentence = text[max(0, at - _SENTENCE_REACH):at]
    stop = max(sentence.rfind(". "), sentence.rfind("? "), sentence.rfind("! "), sentence.rfind("; "))
    return _CAPITALIZED_WORD_RE.findall(sentence, stop + 1)


def _sentence_initial(text: str, at: int) -> bool:
    before = text[max(0, at - 20):at].rstrip()   # a bounded look back keeps long lines linear
    return not before or before[-1] in ".!?:"


def _numeric_locator(match) -> str | None:
    """IEEE's pinpoint, "[7, hlm. 12]" -> "12" (a page's label dropped), "[3, Fig. 2]" -> "Fig. 2"."""
    locator = match.groupdict().get("locator")
    return _PAGE_LABEL_HEAD_RE.sub("", locator) if locator else None


_PAGE_LABEL_HEAD_RE = regex.compile(r"^(?:hlm|hal|h|pp?|page)\.?[ ]?", regex.I)


def _numbers(match) -> list[int]:
    body = match.group(1)
    numbers: list[int] = []
    for piece in _COMMA_SPACED_RE.split(body):
        if _DASH_RE.search(piece):
            low, high = [int(x) for x in DASH_SPACED_RE.split(piece)[:2]]
            if 0 < low <= high and high - low <= 50:
                numbers.extend(range(low, high + 1))
            else:
                return []
        else:
            numbers.append(int(piece))
    if match.group("through"):
        high = int(match.group("through"))
        low = numbers[-1] if numbers else high
        if low < high <= low + 50:
            numbers.extend(range(low + 1, high + 1))
    if not numbers or min(numbers) < 1:
        return []
    return numbers
