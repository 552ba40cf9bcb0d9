"""American legal citations in the Bluebook's form, read whole.

    Cass R. Sunstein, On the Expressive Function of Law, 144 U. Pa. L. Rev. 2021 (1996).
        author, title, volume journal first-page (year)
    Oliver Wendell Holmes, Jr., The Path of the Law, 10 Harv. L. Rev. 457, 461 (1897).
        ... first-page, pinpoint (year)
    Brown v. Board of Education, 347 U.S. 483 (1954).
        parties, volume reporter first-page (year): a case

The volume comes before the journal and the page after it, with nothing between them, which the
labeller (trained on journals named before their volume) reads as a title run on into numbers.
"""
from __future__ import annotations

import regex

from .names import NAME_SUFFIXES, looks_like_names, parse_names

# "144 U. Pa. L. Rev. 2021, 2024 (1996).", "347 U.S. 483 (1954)", "98 F.3d 1234 (9th Cir. 1996)":
# the volume, the abbreviated journal or reporter, its first page, a pinpoint, and the year (after
# the court, for a case)
_TAIL_RE = regex.compile(
    r",[ ](?P<volume>\d{1,4}+)[ ](?P<journal>(?:\p{Lu}[\p{L}&']{0,12}+\.?[ ]?){1,8}?(?:\d[a-z]{1,2}\.?)?)[ ]"
    r"(?P<page>\d{1,5}+)(?:,[ ](?P<pin>\d{1,5}+(?:[-–]\d{1,5}+)?))?[ ]"
    r"\((?P<court>[^()\d]{1,40}?[ ])?(?P<year>(?:1[6-9]|20)\d\d)\)[ ]?\.?$")
# the page cited after the first: "457, 461 (1897)"
BLUEBOOK_PINPOINT_RE = regex.compile(r"[ ]\d{1,5}+,[ ](\d{1,5}+(?:[-–]\d{1,5}+)?)[ ]\([^()]{0,40}+\)[ ]?\.?$")
# what abbreviates a law review or a reporter: "L. Rev.", "L.J.", "J.", "Q.", "U.S.", "F.3d", "S. Ct."
_LEGAL_JOURNAL_RE = regex.compile(r"\bL\.[ ]?(?:Rev|J|Q)\.|\bRev\.|\bJ\.|\bU\.S\.|\bF\.\d?d?|\bS\.[ ]?Ct\.|\bL\.[ ]?Ed\.")
# the parties of a case: "Brown v. Board of Education", "Roe v. Wade"
_PARTIES_RE = regex.compile(r"^[\p{Lu}\d][^,]{0,120}?[ ]v\.?[ ][\p{Lu}\d]")
# the last of several names, joined to the others: "Ryan Steenson & Mark Green"
_JOINED_NAME_RE = regex.compile(r"[ ](?:&|and)[ ]")


def read_bluebook(text: str) -> dict | None:
    """CSL fields of a Bluebook article or case, or None where ``text`` is not one.

    >>> read_bluebook("Brown v. Board of Education, 347 U.S. 483 (1954).")["type"]
    'legal_case'
    """
    if "(" not in text or not text.rstrip(" .").endswith(")"):
        return None
    found = _TAIL_RE.search(text)
    if not found or not _LEGAL_JOURNAL_RE.search(found.group("journal")):
        return None
    head = text[:found.start()].strip()
    fields = {"container-title": found.group("journal").strip(), "volume": found.group("volume"),
              "page": found.group("page"), "issued": {"date-parts": [[int(found.group("year"))]]}}
    if _PARTIES_RE.match(head):
        return {"type": "legal_case", "title": head, **fields}
    names, title = _names_and_title(head)
    if not names or not title:
        return None
    return {"type": "article-journal", "author": names, "title": title, **fields}


def _names_and_title(head: str) -> tuple[list[dict], str]:
    """"Oliver Wendell Holmes, Jr., The Path of the Law", "George Waldbusser, Ryan Steenson & Mark
    Green, Oyster Shell ...": the names up to the comma after the one "&" or "and" joins to them
    (or after the first, and a suffix), then the title."""
    pieces = head.split(", ")
    joined = next((k for k, piece in enumerate(pieces) if _JOINED_NAME_RE.search(piece)), None)
    cut = joined + 1 if joined is not None and looks_like_names(", ".join(pieces[:joined + 1])) else 1
    while cut < len(pieces) and pieces[cut].strip(".").casefold() in NAME_SUFFIXES:
        cut += 1
    names_text, title = ", ".join(pieces[:cut]), ", ".join(pieces[cut:]).strip()
    if not looks_like_names(names_text):
        return [], ""
    return parse_names(names_text), title
