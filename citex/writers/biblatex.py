"""BibLaTeX (for biber): ``date``, ``urldate``, ``journaltitle``, ``location``, ``@online``.

Same escaping and name handling as the BibTeX writer; only the field map differs.
"""
from __future__ import annotations

from collections import OrderedDict

from pybtex.database import BibliographyData, Entry
from pybtex.database.output.bibtex import Writer

from .bibtex import _date, _person, _url_value, escape_latex

ENTRY_TYPES = {
    "book": "book", "article-journal": "article", "article-newspaper": "article",
    "article-magazine": "article", "chapter": "incollection", "paper-conference": "inproceedings",
    "report": "report", "thesis": "thesis", "webpage": "online", "legislation": "legislation",
    "document": "misc",
}


def _iso(parts: list[int]) -> str:
    return "-".join([str(parts[0])] + [f"{p:02d}" for p in parts[1:]])


def entry_for(item: dict) -> Entry:
    kind = item.get("type", "document")
    entry_type = ENTRY_TYPES.get(kind, "misc")
    fields: list[tuple[str, str]] = []

    def put(key: str, value) -> None:
        if value not in (None, "", []):
            fields.append((key, _url_value(str(value)) if key in ("url", "doi") else escape_latex(value)))

    put("title", item.get("title"))
    container = item.get("container-title")
    if entry_type == "article":
        put("journaltitle", container)
        if kind == "article-newspaper":
            put("entrysubtype", "newspaper")
    elif entry_type in ("incollection", "inproceedings"):
        put("booktitle", container)
    elif container:
        put("maintitle" if entry_type == "book" else "organization", container)
    if entry_type == "thesis":
        put("institution", item.get("publisher"))
        put("type", item.get("genre") or "thesis")
    elif entry_type == "report":
        put("institution", item.get("publisher"))
        put("type", "report")
    else:
        put("publisher", item.get("publisher"))
    put("location", item.get("publisher-place"))
    issued = _date(item.get("issued"))
    if issued:
        put("date", _iso(issued))
    put("edition", item.get("edition"))
    put("volume", item.get("volume"))
    put("number", item.get("issue") or item.get("number"))
    put("pages", (item.get("page") or "").replace("-", "--").replace("–", "--"))
    put("url", item.get("URL"))
    accessed = _date(item.get("accessed"))
    if accessed:
        put("urldate", _iso(accessed))
    put("doi", item.get("DOI"))
    persons: OrderedDict = OrderedDict()
    for key in ("author", "editor", "translator"):
        if item.get(key):
            persons[key] = [_person(n) for n in item[key]]
    return Entry(entry_type, fields=fields, persons=persons)


def to_biblatex(items: list[dict]) -> str:
    """BibLaTeX text for CSL items (ids become keys)."""
    data = BibliographyData(entries=OrderedDict((item["id"], entry_for(item)) for item in items))
    return Writer().to_string(data)
