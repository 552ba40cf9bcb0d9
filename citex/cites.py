"""Read the citations in one footnote text: full references and short forms.

A note may cite several works ("...; ...") and may be commentary with a cite after a signal
("Lihat ...", "see especially Said 19–31"). Each cite becomes one of the kinds in
:mod:`citex.models`; which work a short form means is decided later, in :mod:`citex.resolve`.
"""
from __future__ import annotations

import dataclasses

import regex

from . import lexicon
from .models import Cite, FullCite, IbidCite, LocCitCite, OpCitCite, ShortCite
from .names import looks_like_names
from .parse import parse_reference
from .patterns import (
    AND_WORD_START_RE,
    DASH_SPACED_RE,
    IBID_RE,
    ITALIC_RE,
    LOCCIT_RE,
    OPCIT_RE,
    PAGE_LABEL_RE,
    QUOTED_IN,
    QUOTED_IN_WORDS,
    QUOTED_RE,
    SIGNAL_RE,
    TRAILING_PAGES_RE,
)
from .reference_text import reference_text

# Small patterns of this module, compiled once.
_FOUR_DIGITS_RE = regex.compile(r"\d{4}")

# "Said 19–31 on the double vision", "Watt 175 introduces the term" (author-page in a note)
_AUTHOR_PAGE_START_RE = regex.compile(
    r"^(\p{Lu}[\p{L}'’-]{1,40}+(?:[ ](?:and|&|dan)[ ]\p{Lu}[\p{L}'’-]{1,40}+)?)[ ,]+"
    r"(\d{1,5}+(?:[-–]\d{1,5}+)?)\b")
_LOCATOR_ONLY_RE = regex.compile(r"^[ ,.;:]*+(?:(?:halaman|hlmn?|hal|h|pp?|pg)\.?[ ]?|at[ ])?"
                                 r"(\d{1,5}+(?:[ ]?[-–—][ ]?\d{1,5}+)?|[ivxlc]{1,6}+)?[ .,;]*+$", regex.I)


def read_note(text: str) -> list[Cite]:
    """The citations in a footnote text, in order.

    >>> [c.form for c in read_note("2011 US Department of State *Trafficking in Persons Report*; 2010 US Department of State *Human Rights Report*")]
    ['full', 'full']
    >>> read_note("Ibid., h. 519.")[0]
    IbidCite(text='Ibid., h. 519.', locator='519', form='ibid')
    """
    cites: list[Cite] = []
    for part in _parts(text):
        for piece, signal in _pieces(part.strip()):
            cite = _secondary_source(piece) or read_cite(piece)
            if cite is None or _commentary(piece):
                # "Secara bahasa ... (Ramayulis, Sejarah Pendidikan..., hlm. 225)", "... yang
                # baik-baik. Ibid., hlm. 99": commentary whose cite closes it
                closing = _cites_after_commentary(piece)
                if closing:
                    cites.extend(closing)
                    continue
                if (isinstance(cite, FullCite) and not any(cite.reference.fields.get(k) for k in ("author", "issued", "URL", "DOI"))
                        and _commentary(str(cite.reference.fields.get("title") or ""))):
                    # "Kareel mengutip dari Amir Hamzah ..., Pembaharuan": a sentence, no work (but
                    # "Quoted from this interview https://...": a sentence that gives its source's link)
                    continue
            if isinstance(cite, FullCite) and _prose_without_a_source(piece, cite):
                continue        # "Untuk lebih tepatnya, aplikasi penting dari ...": a remark, no work
            if cite is not None:
                if cites and signal is not None and _ALSO_SIGNAL_RE.match(signal.group()):
                    # "X, 1620; lihat juga Sabiq, 165": a further source beside the note's own
                    cite = dataclasses.replace(cite, also=True)
                cites.append(cite)
    return cites


def _parts(text: str) -> list[str]:
    """The note's sources, which ";" separates; but "New York: W.W. Norton; 2015" and Vancouver's
    "J Clin Oncol. 2010;28(3):398-404" go on past it with the year or the volume and pages."""
    parts: list[str] = []
    for part in split_top_level(text, ";"):
        if parts and _FACTS_ONLY_RE.match(part.strip()):
            parts[-1] += ";" + part
        else:
            parts.append(part)
    return parts


# a year, or a volume (issue) and pages, and nothing else: "2015", "28(3): 398-404.", "2015, p. 4"
_FACTS_ONLY_RE = regex.compile(
    r"^(?:(?:1[5-9]|20)\d\d[a-z]?|\d{1,4}+(?:[ ]?\(\d{1,4}+\))?(?::[ ]?\d{1,6}+(?:[-–]\d{1,6}+)?)?)"
    r"(?:,[ ]?(?:(?:pp?|hlm|hal|h)\.[ ]?)?\d{1,5}+(?:[-–]\d{1,5}+)?)?\.?$")


def _pieces(part: str) -> list[tuple[str, regex.Match | None]]:
    """A note's part split where a signal or "atau" brings in another source: "Ibid., hlm. 15
    atau lihat Mukti Ali, ...", "..., hlm. 126. Lihat tim penyusun, ...". Each piece comes with
    the signal before it; text before the first signal is a piece of its own, which may cite
    the note's own source or be commentary."""
    cuts: list[tuple[int, int, regex.Match | None]] = []      # (piece start, text start, signal)
    for found in _SOURCE_JOIN_RE.finditer(part) if ("atau" in part or " or " in part) else ():
        cuts.append((found.start(), found.end(), None))
    for found in _PAGE_THEN_SOURCE_RE.finditer(part):
        cuts.append((found.start(), found.end(), None))
    for found in SIGNAL_RE.finditer(part):
        cuts.append((found.start(), found.end(), found))
    if not cuts:
        return [(part, None)] if part else []
    cuts.sort(key=lambda cut: cut[0])
    pieces: list[tuple[str, regex.Match | None]] = []
    position, signal = 0, None
    for start, end, found in cuts:
        if start < position:
            if found is not None:
                signal = found          # "atau lihat": the signal after the join
            position = max(position, end)
            continue
        head = part[position:start].strip(" ,.")
        if head:
            pieces.append((head, signal))
        position, signal = end, found
    tail = part[position:].strip()
    if tail:
        pieces.append((tail, signal))
    return pieces


# "..., hlm. 317 atau Ramayulis, ...", "... 1985) or Smith, ...": "or" between two sources (after a
# page or a closing bracket, before a capital or a bracket)
_SOURCE_JOIN_RE = regex.compile(r"(?<=\d|\))[ .,]*+(?:atau|or)[ ]++(?=[\p{Lu}(“\"]|lihat|see)")


# "Wirjosukarto, Pembaharuan, hlm. 40, H. Aboebakar, Wahid Hasjim, hlm. 43, ...": sources strung
# with commas, each ending with its labelled page
_PAGE_THEN_SOURCE_RE = regex.compile(
    r"(?<=(?<!\p{L})(?:hlm|hal|h|pp?)\.[ ]?\d{1,5}+(?:[-–]\d{1,5}+)?),[ ](?=\p{Lu}\p{L}*+\.?[ ]\p{Lu})")


def _prose_without_a_source(piece: str, cite: FullCite) -> bool:
    """A note of remarks, no source in it: no author, year, publisher or link was read, and the
    words run in lower case like sentences (a reference's names and title words are capitalized)."""
    fields = cite.reference.fields
    if any(fields.get(key) for key in ("author", "issued", "publisher", "URL", "DOI", "number")):
        return False
    words = piece.split()
    if len(words) < 10:
        return False
    lower = sum(1 for w in words if w[:1].islower())
    return lower >= 0.6 * len(words)


def _commentary(piece: str) -> bool:
    """Does the piece open with a sentence rather than names? ("Manfred Ziemek mengutip
    pendapat Hamid A, ...", "Secara bahasa kata Surau berarti ...": words in lower case
    before the first comma that no name holds)."""
    head = piece.split(",", 1)[0]
    words = head.split()
    if len(words) < 4:
        return False
    lower = [w for w in words if w[:1].islower() and w.strip(".").casefold() not in _NAME_SMALL_WORDS]
    return len(lower) >= 2


# small words names and titles of laws hold: the particles ("bin", "van"), "dan", "dkk.", "tentang"
_NAME_SMALL_WORDS = frozenset(p for p in lexicon.NAME_PARTICLES if " " not in p) | frozenset(
    {"dan", "and", "&", "dkk", "et", "al.", "tentang", "nomor", "tahun"})


def _cites_after_commentary(piece: str) -> list[Cite]:
    """The cites that close or interrupt commentary: a short form or a reference after a
    sentence's end ("... baik-baik. Ibid., hlm. 99", "... alim. Zamakhsari Dhofier, Tradisi
    Pesantren…hlm. 93") or in brackets ("... Islam (Ramayulis, Sejarah Pendidikan..., hlm.
    225)"). Each candidate must read as a cite: Ibid., op. cit., or names and a page."""
    found: list[Cite] = []
    position = 0
    for start in _cite_starts(piece):
        if start < position:
            continue
        end = len(piece)
        if piece[start - 1:start] == "(":
            closing = _matching_bracket(piece, start - 1)
            end = closing if closing is not None else end
        page = PAGE_LABEL_RE.search(piece, start, end)
        if page:
            end = page.end()       # a cite ends with its page: commentary may go on after it
        chunk = piece[start:end].strip(" .,")
        if not chunk or not _reads_as_cite(chunk):
            continue
        cite = read_cite(chunk)
        if cite is not None and not _commentary(chunk):
            found.append(cite)
            position = end
    return found


# where a cite may begin inside commentary: after a sentence's end, or inside a bracket
_CITE_START_RE = regex.compile(r"(?:(?<=[.!?”\"][ ])|(?<=\())(?=\p{Lu})")


def _cite_starts(piece: str) -> list[int]:
    return [m.start() for m in _CITE_START_RE.finditer(piece)][:_MAX_CITE_STARTS]


# (bounded: a long note of commentary tries its first few sentence starts only)
_MAX_CITE_STARTS = 24


def _matching_bracket(text: str, opening: int) -> int | None:
    depth = 0
    for index in range(opening, min(len(text), opening + 600)):
        if text[index] == "(":
            depth += 1
        elif text[index] == ")":
            depth -= 1
            if depth == 0:
                return index
    return None


def _reads_as_cite(chunk: str) -> bool:
    if IBID_RE.match(chunk) or OPCIT_RE.search(chunk) or LOCCIT_RE.search(chunk):
        return True
    head = chunk.split(",", 1)[0]
    return "," in chunk and looks_like_names(head) and bool(PAGE_LABEL_RE.search(chunk) or _YEAR_IN_BRACKETS_RE.search(chunk))


# "(Jakarta: Kalam Mulia, 2012)": a full reference's publication facts
_YEAR_IN_BRACKETS_RE = regex.compile(r"\([^()]{0,80}?(?:1[5-9]|20)\d\d\)")


def _secondary_source(text: str) -> Cite | None:
    """"Soerjono Soekanto, sebagaimana dikutip oleh Ahmad Fauzi, Metode Penelitian Hukum
    (Jakarta: Kencana, 2010), hlm. 5.", "Max Weber dalam Anthony Giddens, Kapitalisme ...":
    an author quoted in another's work; the work the writer read, and lists, is the other's."""
    if not any(word in text for word in QUOTED_IN_WORDS):
        return None
    found = _QUOTED_IN_RE.match(text)
    if not found or not looks_like_names(found.group(1)):
        return None
    cite = read_cite(text[found.end():])
    return cite if isinstance(cite, FullCite) and cite.reference.fields.get("author") else None


# the quoted author's names, then the phrase that introduces the work quoting them
_QUOTED_IN_RE = regex.compile(r"^([^,;()\"“”]{2,60}?),?[ ]" + QUOTED_IN, regex.I)


# the signals that add a source to the one a note cites ("lihat" alone names the source)
_ALSO_SIGNAL_RE = regex.compile(r"(?:lihat[ ](?:juga|pula)|see[ ]also|cf\.|bandingkan|bdk\.)", regex.I)


# "QS. Al-Baqarah/2: 183", "Q.S. 2:183", "HR. Bukhari": scripture, not a bibliographic work
_SCRIPTURE_RE = regex.compile(r"^(?:Q\.?[ ]?S\.?|Al-Qur'?an|HR\.|H\.R\.)[ ]", regex.I)


def read_cite(text: str) -> Cite | None:
    """One citation: a short form, a full reference, or None for commentary."""
    if " ." in text or " ," in text:
        text = reference_text(text)       # as PDF text spaces it: "Ibid ., hlm . 47 ."
    if _SCRIPTURE_RE.match(text.strip()):
        return None
    ibid = IBID_RE.match(text)
    if ibid:
        return IbidCite(text, _locator(text[ibid.end():]))
    for pattern, kind in ((OPCIT_RE, OpCitCite), (LOCCIT_RE, LocCitCite)):
        found = pattern.search(text)
        if found:
            author = text[:found.start()].strip(" ,.;*_")     # ("Marzuki, *op. cit.*": in italics)
            author = _strip_title(author)
            return kind(text, author or None, _locator(text[found.end():]))
    author_page = _AUTHOR_PAGE_START_RE.match(text)
    if author_page and author_page.group(1).casefold() not in lexicon.NOT_AUTHOR_WORDS \
            and not _FOUR_DIGITS_RE.match(author_page.group(2)):
        return ShortCite(text, author_page.group(1), None, author_page.group(2).replace("–", "-"))
    reference = parse_reference(text, "note")
    fields = reference.fields
    # what a short form never has: the publication facts, a translator or an edition, or the
    # "t.th." that stands for a missing year
    substance = any(fields.get(k) for k in ("issued", "publisher", "publisher-place", "URL",
                                            "container-title", "DOI", "genre", "translator", "editor",
                                            "edition", "_no_year"))
    # A quoted or italic title cites a work when nothing but names stands before it;
    # "Said's argument recurs in *Culture and Imperialism*" is commentary.
    delimited_title = bool(QUOTED_RE.search(text) or ITALIC_RE.search(text)) and not any(
        w.startswith("text before the title") for w in reference.warnings)
    # (a newspaper article cited by its paper and day, or a magazine's number by its name, has no
    # title of its own)
    title = fields.get("title") or (fields.get("container-title")
                                    if fields.get("type") in ("article-newspaper", "article-magazine") else None)
    short_enough = reference.locator is not None or len(text.split()) <= 8   # not a sentence of commentary
    if delimited_title and title and fields.get("author") and short_enough and not substance:
        # 'Pesaran, Shin, dan Smith, "Bounds Testing Approaches," 301.': names, a short title, a page
        return ShortCite(text, _family_names(fields["author"]), title, reference.locator)
    if fields.get("type") == "personal_communication":
        return FullCite(text, reference, reference.locator)     # a person and a day: no title to cite by
    if title and (substance or delimited_title or fields.get("type") in ("legislation", "legal_case")):
        return FullCite(text, reference, reference.locator)
    if not fields.get("author") and title and short_enough and not substance and looks_like_names(title) \
            and title.split()[0].casefold().strip(".") not in lexicon.NOT_AUTHOR_WORDS:
        # "Abdul Haris, Hal. 91": a name and a page
        return ShortCite(text, title, None, reference.locator)
    if fields.get("author") and short_enough and not any(fields.get(k) for k in ("URL", "publisher", "container-title")):
        return ShortCite(text, _family_names(fields["author"]), fields.get("title"), reference.locator)
    if fields.get("issued") and fields.get("title"):
        return FullCite(text, reference, reference.locator)
    return None


def _family_names(names: list[dict]) -> str:
    return " and ".join(n.get("family") or n.get("literal") or "" for n in names)


def _strip_title(author: str) -> str:
    """``Krugman, International Economics`` before "op. cit." -> the author part only."""
    pieces = [p.strip() for p in author.split(",") if p.strip()]
    kept = []
    for piece in pieces:
        if looks_like_names(piece) or AND_WORD_START_RE.match(piece):
            kept.append(piece)
        else:
            break
    return ", ".join(kept) if kept else author


def _locator(rest: str) -> str | None:
    found = PAGE_LABEL_RE.search(rest)
    if found:
        return DASH_SPACED_RE.sub("-", found.group(1))
    bare = _LOCATOR_ONLY_RE.match(rest)
    if bare and bare.group(1):
        return DASH_SPACED_RE.sub("-", bare.group(1))
    trailing = TRAILING_PAGES_RE.search(rest)
    if trailing:
        return trailing.group(1)
    return None


def split_top_level(text: str, separator: str) -> list[str]:
    """Split on ``separator`` outside brackets and quotes.

    >>> split_top_level("A (Cet. II; Bandung: Mizan, 1996); B", ";")
    ['A (Cet. II; Bandung: Mizan, 1996)', ' B']
    """
    parts = []
    depth = 0
    quoted = False
    start = 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif ch in "“":
            quoted = True
        elif ch in "”":
            quoted = False
        elif ch == separator and depth == 0 and not quoted:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts
