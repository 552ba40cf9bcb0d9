"""Journal articles cited without their titles, as physics, chemistry and astronomy write them.

    T. Sterling, J. Greensite, Nucl. Phys. B 220 (1983) 327.        names, journal volume (year) page
    Petric, A. O., & Rupen, M. P. 2007, AJ, 134, 1952                 names year, journal, volume, page

Nothing but names stands before the journal, so the whole reference is read here at once: the
labeller, trained mostly on references with titles, would take the journal's first word for a
name or the journal for a title.
"""
from __future__ import annotations

import regex

from .names import looks_like_names, parse_names

# an abbreviated journal: capitalised words with or without stops ("Nucl. Instrum. Methods A",
# "Phys.Rev.D", "J. Instrum.", "A&A", "ApJL", "Physica"); "of", "and", "&" between them
_JOURNAL = r"(?:\p{Lu}[\p{L}&]{0,15}+\.?[ ]?|(?:of|and|&|de|der)[ ]){1,8}+"
_YEAR = r"(?:1[6-9]|20)\d\d"
_PAGE = r"[A-Z]{0,2}\d{1,7}+(?:[-–][A-Z]{0,2}\d{1,7}+)?"
# "..., Nucl. Phys. B 220 (1983) 327."
_PHYSICS_TAIL_RE = regex.compile(
    rf",[ ]?(?P<journal>{_JOURNAL})(?P<volume>\d{{1,5}}+)[ ]?\((?P<year>{_YEAR})\)[ ]?(?P<page>{_PAGE})[ ]?[.;]?$")
# "... 2007, AJ, 134, 1952", "... 2011, ApJL, 739, L22"
_ASTRONOMY_TAIL_RE = regex.compile(
    rf"[ ,](?P<year>{_YEAR})[a-z]?,[ ]?(?P<journal>{_JOURNAL}),[ ]?(?P<volume>\d{{1,5}}+),[ ]?(?P<page>{_PAGE})[ ]?[.;]?$")
# identifiers after the article: "[arXiv:1205.0084 [hep-lat]]", "[hep-lat/0610029];"
_TRAILING_IDS_RE = regex.compile(r"[ ]?\[[^\[\]]{0,60}+(?:\[[^\[\]]{0,20}+\][ ]?)?\][ ]?[.;]?$")
_INVERTED_START_RE = regex.compile(r"^\p{Lu}[\p{L}'’-]++(?:[ ]\p{Ll}++)?,[ ]")


def read_compact_article(text: str) -> dict | None:
    """CSL fields of an untitled article citation, or None when ``text`` is not one."""
    body = _TRAILING_IDS_RE.sub("", text.strip())
    for pattern in (_PHYSICS_TAIL_RE, _ASTRONOMY_TAIL_RE):
        found = pattern.search(body)
        if found:
            break
    else:
        return None
    head = body[:found.start()].strip(" ,")
    journal = found.group("journal").strip()
    if not head or not looks_like_names(head) or len(journal) < 2:
        return None
    authors = parse_names(head, inverted_first=bool(_INVERTED_START_RE.match(head)))
    if not authors:
        return None
    return {"type": "article-journal", "author": authors, "container-title": journal.rstrip(" ."),
            "volume": found.group("volume"), "page": found.group("page").replace("–", "-"),
            "issued": {"date-parts": [[int(found.group("year"))]]}}
