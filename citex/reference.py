"""Parse one reference string — a footnote citation or a reference-list entry — into CSL fields.

The parser works on spans: each stage finds its piece (URL, DOI, access date, genre,
edition, volume and issue, pages, year, title, authors, place and publisher) in what the
earlier stages left, records the field and blanks the span out of a working copy. What is
left at the end becomes publisher or container. The reference always survives with its raw
text; a piece that cannot be read becomes a warning, not an exception.

``context`` is ``"note"`` for a footnote (a trailing page is a pinpoint locator) or
``"entry"`` for a reference-list entry (a page range is the work's pages, and the first
author is written "Family, Given").

The stages live in :mod:`citex.rules`, one module for each kind of piece; the text they read is
:func:`citex.reference_text.reference_text`.
"""
from __future__ import annotations

import regex

from . import lexicon
from .csl_types import decide_type
from .models import Reference
from .patterns import LEADING_NUMBER_RE, repeated_author, signal_at
from .reference_text import reference_text, type_mark
from .rules import contributors, kinds, links, numbers, publishers, titles
from .rules.work import Work


def parse_with_rules(text: str, context: str = "entry") -> Reference:
    """Parse one reference string with the hand-written rules alone.

    >>> ref = parse_with_rules("O. Sinaga, Implementasi Kebijakan Luar Negeri, Bandung: Lepsindo, 2010, Hal. 3-4", "note")
    >>> ref.fields["author"], ref.fields["title"], ref.fields["publisher"], ref.locator
    ([{'family': 'Sinaga', 'given': 'O.'}], 'Implementasi Kebijakan Luar Negeri', 'Lepsindo', '3-4')
    """
    raw = text
    work = Work(reference_text(text))
    number = LEADING_NUMBER_RE.match(work.buf)
    if number:
        work.take(number.start(), number.end())
    signal = signal_at(work.buf, number.end() if number else 0)
    if signal:
        work.take(signal.start(), signal.end())    # "Lihat: Nurcholish Madjid, ...": see this work
    honorifics = _LEADING_HONORIFICS_RE.match(work.buf, signal.end() if signal else number.end() if number else 0)
    if honorifics and context == "note" and (honorifics.group().count(".") > 1 or "Prof" in honorifics.group()):
        # "Prof. Dr. Suharsimi Arikunto, ...": a note's titles before the name are no names (one
        # "Dr." alone may come with degrees after the name, "Dr. Irfansyah, M.Sn", read with it)
        work.take(honorifics.start(), honorifics.end())
    dashes = repeated_author(work.buf)
    if dashes and context == "entry":
        work.take(dashes.start(), dashes.end())  # the authors of the entry before
        work.fields["_authors_given"] = True
    for stage in (links.urls, links.doi, links.accessed, kinds.archival_source, kinds.original_date, kinds.legislation,
                  kinds.interview, kinds.personal_communication, kinds.genre, kinds.described_kind,
                  kinds.platform_description, kinds.meeting_day_and_place, kinds.issn,
                  kinds.report_number, kinds.report_kind, kinds.standard, kinds.patent,
                  contributors.translator, contributors.editor, contributors.edition, kinds.hadith_number,
                  numbers.volume_issue, numbers.pages, numbers.year, titles.title_and_authors,
                  publishers.container_and_publisher):
        stage(work, context)
    work.fields.pop("_place_before_year", None)
    publisher = work.fields.get("publisher")
    if (work.fields.get("_legislation") and isinstance(publisher, str) and "publisher-place" not in work.fields
            and publisher.casefold() in lexicon.PUBLISHING_CITIES):
        # "... tentang Penyelenggaraan Ketertiban Umum. Surabaya.": the town a law was made in
        work.fields["publisher-place"] = work.fields.pop("publisher")
    lead = work.fields.pop("_editors_lead", None)
    if lead and work.fields.get("author") and not work.fields.get("editor") and _names_of(lead, work.fields["author"]):
        work.fields["editor"] = work.fields.pop("author")
    _decide_type(work, context)
    marked = type_mark(raw) if "]" in raw else None
    if marked:
        work.fields["type"] = marked       # GB/T 7714's "[J]", "[M]", "[C]" ...
    fields = {k: v for k, v in work.fields.items() if v not in (None, "", [], {})}
    return Reference(raw=raw, fields=fields, locator=work.locator, warnings=tuple(work.warnings))


# "Prof. Dr. ", "Dr. H. ", "Drs. ", "Ir. ", "K.H. " before the first author's name or initials (a
# lone "H." may be an initial, "H. Erbse": only after another title)
_LEADING_HONORIFICS_RE = regex.compile(
    r"[ ]*+(?:Prof|Dr|Drs|Dra|Ir|KH|K\.H|Hj)\.(?:[ ]?(?:Prof|Dr|Drs|Dra|Ir|H|Hj|KH|K\.H)\.)*+[ ](?=\p{Lu}[\p{Ll}.])")


def _names_of(text: str, names: list[dict]) -> bool:
    """Are ``names`` all the names in ``text``? (Each of its words is in one of them.)"""
    read = {word for name in names for part in ("given", "family", "literal")
            for word in _WORD_RE.findall((name.get(part) or "").casefold())}
    return all(word in read or word in _NAME_CONNECTORS for word in _WORD_RE.findall(text.casefold()))


_WORD_RE = regex.compile(r"\w+")
_NAME_CONNECTORS = {"and", "dan", "und", "et", "al", "dkk"}


def _decide_type(work: Work, context: str) -> None:
    f = work.fields
    chapter = f.pop("_chapter", False)
    f.pop("_authors_given", None)
    legislation = f.pop("_legislation", False)
    if f.pop("_interview", False):
        f["type"] = "interview"
        return
    if f.pop("_personal_communication", False):
        f["type"] = "personal_communication"
        return
    if f.pop("_fieldwork", False) or f.pop("_archival", False):
        f["type"] = "document"      # (a document in an archive too: CSL has no type of its own for it)
        return
    if f.pop("_standard", False):
        f["type"] = "standard"      # "IEEE Std 802.11-2020", "SNI 01-3553-2006"
        return
    if f.get("_described_type"):
        f["type"] = f["_described_type"]      # APA's "[Video]", "[Data set]" ...
        return
    f["type"] = "legal_case" if legislation == "legal_case" else decide_type(f, chapter=chapter,
                                                                            legislation=bool(legislation))
