"""Journal articles cited without their titles, as physics, chemistry and astronomy write them.

    T. Sterling, J. Greensite, Nucl. Phys. B 220 (1983) 327.        names, journal volume (year) page
    Petric, A. O., & Rupen, M. P. 2007, AJ, 134, 1952                 names year, journal, volume, page
    J. P. COLLMAN. Acc. Chem. Res. 10, 265 (1977).                     names. journal volume, page (year)
    G. Clemens, B. Bird, Spectroscopy Europe, 2014, 26, 14-19.         names, journal, year, volume, pages
    I. G. Savenko, E. B. Magnusson, arXiv:1101.3711, 2010.             names, preprint number, year
    "Fiber-Integrated ...", T. Schröder, O. Benson, Nano. Lett. 11, 198 (2011).   quoted title first
    Michetti, P. & La Rocca, G. C.. Phys. Rev. B 71, (2005), pp115320-115326.    names. journal volume, (year), pages

Nothing but names stands before the journal, so the whole reference is read here at once: the
labeller, trained mostly on references with titles, would take the journal's first word for a
name or the journal for a title.
"""
from __future__ import annotations

import regex

from . import lexicon
from .names import NAME_SUFFIXES, is_institution, looks_like_names, parse_names, without_et_al

# an abbreviated journal: capitalised words with or without stops ("Nucl. Instrum. Methods A",
# "Phys.Rev.D", "J. Instrum.", "A&A", "ApJL", "Physica", "J. Phys. G: Nucl. Part. Phys."); "of",
# "and", "&" between them; a town in brackets after the name ("Ann. Phys. (Leipzig) 17, 891 (1905)")
_JOURNAL = (r"(?:\p{Lu}[\p{L}&]{0,15}+\.?:?[ ]?|(?:of|and|&|de|der|del|della|di|du|des|für)[ ]){1,8}+"
            r"(?:\(\p{Lu}\p{Ll}{2,15}+\)[ ]?)?+")
_YEAR = r"(?:1[6-9]|20)\d\d"
# (Physical Review's rapid communications add "(R)": "031802(R)")
_PAGE = r"[A-Z]{0,2}\d{1,7}+[a-z]?(?:[-–][A-Z]{0,2}\d{1,7}+)?(?:\(R\))?"
# "..., Nucl. Phys. B 220 (1983) 327.", "..., Phys. Rev. Lett., 48 (1982) 1066;", "..., Phys. Rev. D 73
# (2006), 034005.", and with the page before the year: "..., Chem. Phys., 56: 1793 (1972)"
_PHYSICS_TAIL_RE = regex.compile(
    rf",[ ]?(?P<journal>{_JOURNAL}),?[ ]?(?P<volume>\d{{1,5}}+)(?:\((?P<issue>\d{{1,4}}+(?:[-–]\d{{1,4}}+)?)\))?[ ]?"
    rf"(?:\((?P<year>{_YEAR})\),?[ ]?(?:pp?\.[ ]?)?(?P<page>{_PAGE})|:[ ]?(?P<page>{_PAGE})[ ]?\((?P<year>{_YEAR})\))[ ]?[.;]?$")
# "... 2007, AJ, 134, 1952", "... 2011, ApJL, 739, L22"
_ASTRONOMY_TAIL_RE = regex.compile(
    rf"[ ,](?P<year>{_YEAR})[a-z]?,[ ]?(?P<journal>{_JOURNAL}),[ ]?(?P<volume>\d{{1,5}}+),[ ]?(?P<page>{_PAGE})[ ]?[.;]?$")
# RSC and ACS: "..., Spectroscopy Europe, 2014, 26, 14-19.", "..., IEEE Trans. Electron Devices 1984, 31, 711."
_CHEMISTRY_YEAR_FIRST_TAIL_RE = regex.compile(
    rf",[ ]?(?P<journal>{_JOURNAL}),?[ ]?(?P<year>{_YEAR}),[ ]?(?P<volume>\d{{1,5}}+),[ ]?(?:pp?\.[ ]?)?(?P<page>{_PAGE})[ ]?[.;]?$")
# a preprint cited by its number alone: "..., arXiv:1101.3711, 2010.", "... arXiv:hep-th/9901001 (1999)"
_PREPRINT_TAIL_RE = regex.compile(
    rf"[ ,]*+(?P<number>arXiv:[ ]?(?:\d{{4}}\.\d{{4,5}}+|[a-z-]{{2,12}}+(?:\.[A-Z]{{2}})?/\d{{7}}+)(?:v\d{{1,2}}+)?)"
    rf"(?:[ ]?\[[\w.-]{{1,20}}+\])?(?:,?[ ]?\(?(?P<year>{_YEAR})\)?)?[ ]?[.;]?$")
# a quoted title before the names: '"Single defect centres in diamond: A review", F. Jelezko, and ...'
_QUOTED_TITLE_FIRST_RE = regex.compile(r"^[\"“]([^\"“”]{3,300}+)[\"”][ ]?,[ ]")
# "... J. P. COLLMAN. | Acc. Chem. Res. 10, 265 (1977);", "... | Tetrahedron Lett. 3169 (1978);",
# "... and U. K. Mishra, | Appl. Phys. Lett. 77, pp. 250–2 (2000)"
_CHEMISTRY_TAIL_RE = regex.compile(
    rf"(?P<journal>{_JOURNAL})[ ]?,?[ ]?(?:(?P<volume>\d{{1,5}}+),[ ]?)?(?:pp?\.[ ]?)?(?P<page>{_PAGE})[ ]?"
    rf"\((?P<year>{_YEAR})\)[ ]?[.;,]?")
# "... G. C. Sol. State Commn. 135, (2005), pp544-553.": the year in brackets between the volume
# and the pages
_YEAR_BEFORE_PAGES_TAIL_RE = regex.compile(
    rf"(?P<journal>{_JOURNAL})[ ]?(?P<volume>\d{{1,5}}+(?:[-–]\d{{1,5}}+)?),[ ]?\((?P<year>{_YEAR})\),?[ ]?pp?\.?[ ]?"
    rf"(?P<page>{_PAGE})[ ]?[.;]?")
# where inverted names end with their initials and the journal begins: "Whittaker, D. M. | Semicond."
_INITIALS_END_RE = regex.compile(r"(?<=\b\p{Lu}\.\.?)[ ](?=\p{Lu})")
# where names may end and the journal begin: after a stop or a comma (or a collaboration's
# bracketed name: "V. Khachatryan et al. (CMS Collaboration), Phys. Rev. Lett. ...")
_NAMES_END_RE = regex.compile(r"(?:(?<=\p{L}{2})[.,]|(?<=[Cc]ollaborations?\)),)[ ](?=\p{Lu})")
# a name's initials: "J.", "J.-P.", "C.L", or Vancouver's "MM"
_INITIAL_RE = regex.compile(r"\b\p{Lu}\.|\b\p{Lu}{1,3}+\b")
_INITIAL_AND_WORD_RE = regex.compile(r"(?:\p{Lu}\.[ ]?)+(\p{Lu}\p{L}++)")
# a word of two letters or more closing with a stop, then another word (not an initial of two
# letters: "J. Ph. Karr", "Yu. A. Simonov")
_SENTENCE_INSIDE_RE = regex.compile(r"(?:\p{L}{3}|\p{Ll}{2}|\p{Lu}{2})\.[ ]\S")
_NAME_SEPARATOR_RE = regex.compile(r",|;|[ ](?:and|&|et|dan|und)[ ]")
_YEAR_NEAR_END_RE = regex.compile(rf"\({_YEAR}\)|{_YEAR}[a-z]?,")
_YEAR_BRACKET_END_RE = regex.compile(rf"\({_YEAR}\)[ ]?[.;,]?$")
# identifiers after the article: "[arXiv:1205.0084 [hep-lat]]", "[hep-lat/0610029];"
_TRAILING_IDS_RE = regex.compile(r"[ ]?\[[^\[\]]{0,60}+(?:\[[^\[\]]{0,20}+\][ ]?)?\][ ]?[.;]?$")
# a DOI after the article's numbers: ", doi: 10.3847/1538-3881/aabc4f", ". https://doi.org/10.1086/305772"
_TRAILING_DOI_RE = regex.compile(r"[ ,.;]++(?:doi:?[ ]?|https?://(?:dx\.)?doi\.org/)10\.\d{4,9}+/\S{1,80}+$", regex.I)
_INVERTED_START_RE = regex.compile(r"^\p{Lu}[\p{L}'’-]++(?:[ ]\p{Ll}++)?,[ ]")


def read_compact_article(text: str) -> dict | None:
    """CSL fields of an untitled article citation, or None when ``text`` is not one."""
    body = text.strip()
    if body[:1] in "\"“":
        return _titled_first(body)
    if "arXiv:" in body[-50:]:
        preprint = _PREPRINT_TAIL_RE.search(body)
        if preprint:
            return _preprint(body[:preprint.start()].strip(" ,"), preprint)
    if "[" in body:
        body = _TRAILING_IDS_RE.sub("", body)
    if "10." in body[-90:]:
        body = _TRAILING_DOI_RE.sub("", body)    # the rules read it ("..., 156, 123, doi: 10.3847/...")
    # every form here ends with its year and numbers, the year bracketed or before a comma:
    # most references are passed by here
    tail = body[-40:]
    if (body[-1:] not in ").;," and not body[-1:].isdigit()) or not _YEAR_NEAR_END_RE.search(tail):
        return None
    for pattern in (_PHYSICS_TAIL_RE, _ASTRONOMY_TAIL_RE, _CHEMISTRY_YEAR_FIRST_TAIL_RE):
        found = pattern.search(body)
        if found:
            head = body[:found.start()].strip(" ,")
            return _article(head, found)
    if "pp" in tail:
        for boundary in _INITIALS_END_RE.finditer(body):
            found = _YEAR_BEFORE_PAGES_TAIL_RE.fullmatch(body, boundary.end())
            if found and _abbreviated(found.group("journal")) and not _opens_with_a_name(found.group("journal"), 2):
                article = _article(body[:boundary.start()], found)
                if article:
                    return article
    if not _YEAR_BRACKET_END_RE.search(body):
        return None
    # chemistry: the names end with a stop or comma before the journal: the first place where
    # names end and an abbreviated journal, its numbers and the year follow
    for boundary in _NAMES_END_RE.finditer(body):
        found = _CHEMISTRY_TAIL_RE.fullmatch(body, boundary.end())
        if found and _abbreviated(found.group("journal")) and not _opens_with_a_name(found.group("journal")):
            article = _article(body[:boundary.start()], found)
            if article:
                return article
    return None


def _titled_first(body: str) -> dict | None:
    """A quoted title, then what read_compact_article reads: names and the journal."""
    quoted = _QUOTED_TITLE_FIRST_RE.match(body)
    if not quoted or body[quoted.end():quoted.end() + 1] in "\"“":
        return None      # (one title: names follow it, not another quotation)
    fields = read_compact_article(body[quoted.end():])
    if not fields:
        return None
    return {"title": quoted.group(1).strip(" ,"), **fields}


# a collaboration named after its members' names: "T. Aaltonen et al. (CDF Collaboration)", "B. P.
# Abbott et al. (LIGO Scientific Collaboration and Virgo Collaboration)"
_COLLABORATION_RE = regex.compile(r"[ ]?\((?:the[ ])?(?:[\p{L}\d-]{1,20}+[ ]?){1,8}?[Cc]ollaborations?\)")


def _collaboration(head: str) -> tuple[str, str | None]:
    """The names without their collaboration's bracketed name, and that name (kept as a note:
    CSL has no field for it, and the names alone are the authors)."""
    found = _COLLABORATION_RE.search(head) if "ollaboration" in head else None
    if not found:
        return head, None
    return head[:found.start()] + head[found.end():], found.group().strip(" ()")


def _names_read(head: str) -> dict | None:
    """The author fields of the names that open an untitled citation (each name with its
    initials; a collaboration named after them as the note), or None when the head is no such list."""
    head, collaboration = _collaboration(head)
    if not _names_with_initials(head):
        return None
    group, rest = _group_first(head)
    authors = parse_names(rest, inverted_first=bool(_INVERTED_START_RE.match(rest)))
    if group:
        authors = [{"literal": group}, *authors]
    if not authors:
        return None
    return {"author": authors, "note": collaboration} if collaboration else {"author": authors}


def _group_first(head: str) -> tuple[str | None, str]:
    """"Planck Collaboration, Aghanim, N., ...": the group that opens the names, and the persons after it."""
    first, comma, rest = head.partition(",")
    if comma and not _INITIAL_RE.search(first) and is_institution(first):
        return first.strip(), rest.strip()
    return None, head


def _preprint(head: str, found) -> dict | None:
    names = _names_read(head)
    if not names:
        return None
    fields = {"type": "article", **names, "number": found.group("number").replace(" ", "")}
    if found.group("year"):
        fields["issued"] = {"date-parts": [[int(found.group("year"))]]}
    return fields


def _article(head: str, found) -> dict | None:
    journal = found.group("journal").strip()
    names = _names_read(head) if len(journal) >= 2 else None
    if not names:
        return None
    fields = {"type": "article-journal", **names, "container-title": journal.rstrip(" ."),
              "page": found.group("page").replace("–", "-"), "issued": {"date-parts": [[int(found.group("year"))]]}}
    if found.group("volume"):
        fields["volume"] = found.group("volume")
    if found.groupdict().get("issue"):
        fields["issue"] = found.group("issue").replace("–", "-")
    return fields


def _names_with_initials(head: str) -> bool:
    """Names as these styles write them, every one with its initials: "T. Sterling, J.
    Greensite", "Petric, A. O., & Rupen, M. P.", "Carilli C.L." ("Quantum Gravity and World
    Topology" would pass as names without them)."""
    if not head or not looks_like_names(head):
        return False
    pieces = [p.strip(" .") for p in _NAME_SEPARATOR_RE.split(without_et_al(head))]
    pieces = [p for p in pieces if p]
    k = 0
    while k < len(pieces):
        if _SENTENCE_INSIDE_RE.search(pieces[k]):
            return False     # "J. P. COLLMAN. Acc": a name ends at its family name
        if _INITIAL_RE.search(pieces[k]) or pieces[k].casefold() in NAME_SUFFIXES or (k == 0 and is_institution(pieces[k])):
            k += 1      # (a suffix: "Kennicutt R. C., Jr."; a group first: "Planck Collaboration, Aghanim, N.")
        elif len(pieces[k].split()) <= 3 and k + 1 < len(pieces) and _INITIAL_RE.match(pieces[k + 1]):
            k += 2      # "Petric, A. O.", "van der Kruit, P. C.": a family name, then its initials
        else:
            return False
    return bool(pieces)


def _opens_with_a_name(journal: str, words_alone: int = 0) -> bool:
    """"J. Jones. J. Am. Chem. Soc.": an initial and a word no journal abbreviates is the last
    author, not the journal's start ("J. Am." is). Where the numbers follow the journal at once,
    a journal of ``words_alone`` words or fewer is one ("J. Lumin. 119"): no name stands alone
    before a volume."""
    if words_alone and len(journal.split()) <= words_alone:
        return False
    found = _INITIAL_AND_WORD_RE.match(journal)
    return bool(found) and found.group(1).casefold() not in lexicon.JOURNAL_ABBREVIATIONS


def _abbreviated(journal: str) -> bool:
    """A chemistry journal is abbreviated ("Acc. Chem. Res.", "Tetrahedron Lett.", "Synthesis"):
    whole words before its last, or a long word closing a sentence, belong to a title
    ("Quantum Gravity and World Topology. Phys. Rev. Lett.")."""
    words = journal.split()
    whole = [w for w in words[:-1] if len(w) > 3 and not w.endswith(".") and w not in ("and", "of")]
    sentence_end = any(len(w) > 9 and w.endswith(".") for w in words[:-1])
    return bool(words) and len(whole) <= 1 and not sentence_end
