"""BibLaTeX (for biber): ``date``, ``urldate``, ``journaltitle``, ``location``, ``@online``.

Same escaping and name handling as the BibTeX writer; only the field map differs.
"""
from __future__ import annotations

from collections import OrderedDict

import regex
from pybtex.database import Entry

from ..dates import csl_date_parts, written_date
from .bibtex import Fields, archive_of, arxiv_number, iso_date, persons_of, write

ENTRY_TYPES = {
    "book": "book", "article-journal": "article", "article-newspaper": "article",
    "article-magazine": "article", "chapter": "incollection", "paper-conference": "inproceedings",
    "report": "report", "thesis": "thesis", "webpage": "online", "legislation": "legislation",
    "document": "misc", "manuscript": "unpublished", "patent": "patent", "software": "software",
    "dataset": "dataset",
}

# CSL status -> biblatex pubstate
_PUBSTATES = {"in press": "inpress", "forthcoming": "forthcoming"}


# the number after the word patent: "USA Patent № 5351122", "US patent 4 0054 881", "Paten No. ID P000123"
_PATENT_NUMBER_RE = regex.compile(r"(?<=\bpatent?)[ ]*+(?:no\.|nr\.|№|#)?[ ]*+(\S*\d[\w /.,-]*+)$", regex.I)


def entry_for(item: dict) -> Entry:
    kind = item.get("type", "document")
    entry_type = ENTRY_TYPES.get(kind, "misc")
    if entry_type == "incollection" and item.get("container-author"):
        entry_type = "inbook"       # a chapter of a book with an author of its own (its bookauthor)
    fields = Fields()
    put = fields.put
    put("title", item.get("title"))
    container = item.get("container-title")
    if entry_type == "article":
        put("journaltitle", container)
        if kind == "article-newspaper":
            put("entrysubtype", "newspaper")
    elif entry_type in ("incollection", "inproceedings", "inbook"):
        put("booktitle", container)
    elif container:
        put("maintitle" if entry_type == "book" else "organization", container)
    elif entry_type == "misc":
        put("howpublished", archive_of(item))      # a document in an archive: where it is kept
    if entry_type == "thesis":
        put("institution", item.get("publisher"))
        put("type", item.get("genre") or "thesis")
    elif entry_type == "report":
        put("institution", item.get("publisher"))
        put("type", item.get("genre") or "report")
    elif entry_type == "software" and not container:
        put("organization", item.get("publisher"))     # (biblatex's @software has no publisher)
    else:
        put("publisher", item.get("publisher"))
        if entry_type == "unpublished":
            put("howpublished", item.get("genre"))
    if entry_type == "patent":
        # biblatex's @patent must have its number: "US patent 4 0054 881" is type "US patent",
        # number "4 0054 881"; a patent cited without one is a @misc
        found = _PATENT_NUMBER_RE.search(item.get("genre") or "")
        if found:
            put("type", found.string[:found.start()].strip() or None)
            put("number", found.group(1))
        else:
            entry_type = "misc"
            put("note", item.get("genre"))
    put("location", item.get("publisher-place"))
    issued = csl_date_parts(item.get("issued"))
    if issued:
        put("date", iso_date(issued))
    else:
        put("year", written_date(item.get("issued")))      # "1414 H", a Hijri year as written
    original = csl_date_parts(item.get("original-date"))
    if original:
        put("origdate", iso_date(original))     # APA's "(Karya asli diterbitkan 2009)"
    put("edition", item.get("edition"))
    put("version", item.get("version"))
    put("pubstate", _PUBSTATES.get(item.get("status")))     # biblatex's own keys: "inpress", "forthcoming"
    put("volume", item.get("volume"))
    put("volumes", item.get("number-of-volumes"))
    put("series", item.get("collection-title"))
    put("number", item.get("issue") or (None if arxiv_number(item) else item.get("number"))
        or item.get("collection-number"))      # (a book's number in its series)
    fields.put_pages_and_links(item, archive=("eprinttype", "arxiv"))
    return Entry(entry_type, fields=fields, persons=persons_of(item))


def to_biblatex(items: list[dict]) -> str:
    """BibLaTeX text for CSL items (ids become keys)."""
    return write(OrderedDict((item["id"], entry_for(item)) for item in items))
