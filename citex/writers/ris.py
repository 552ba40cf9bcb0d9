"""RIS, as EndNote, Zotero and Mendeley import it: one ``TAG  - value`` line each, ``ER`` last."""
from __future__ import annotations

from ..dates import csl_date_parts, written_date
from .bibtex import archive_of

# CSL type -> RIS type
RIS_TYPES = {
    "book": "BOOK", "article-journal": "JOUR", "article-newspaper": "NEWS", "article-magazine": "MGZN",
    "chapter": "CHAP", "paper-conference": "CPAPER", "report": "RPRT", "thesis": "THES",
    "webpage": "ELEC", "legislation": "STAT", "interview": "INTV", "personal_communication": "PCOMM", "document": "GEN", "manuscript": "UNPB", "patent": "PAT",
    "software": "COMP", "dataset": "DATA", "motion_picture": "VIDEO", "song": "SOUND", "post-weblog": "BLOG",
    "post": "ELEC", "speech": "CPAPER", "map": "MAP", "graphic": "ART", "standard": "STAND",
}


def _clean(value) -> str:
    """One line: RIS has no escapes, so line breaks become spaces."""
    return " ".join(str(value).split())


def _name(person: dict) -> str:
    if person.get("literal"):
        return person["literal"]
    family = person.get("family", "")
    name = f"{family}, {person['given']}" if person.get("given") else family
    return f"{name}, {person['suffix']}" if person.get("suffix") else name     # RIS: "Last, First, Suffix"


def _ris_date(parts: list[int]) -> str:
    return "/".join([str(parts[0])] + [f"{p:02d}" for p in parts[1:]])


def record(item: dict) -> list[str]:
    lines = [f"TY  - {RIS_TYPES.get(item.get('type', 'document'), 'GEN')}"]

    def put(tag: str, value) -> None:
        if value not in (None, "", []):
            text = _clean(value)
            if text:
                lines.append(f"{tag}  - {text}")

    for person in item.get("author") or []:
        put("AU", _name(person))
    for person in item.get("editor") or []:
        put("A2", _name(person))
    for person in item.get("translator") or []:
        put("A4", _name(person))
    put("TI", item.get("title"))
    put("T2", item.get("container-title"))
    put("T3", item.get("collection-title"))
    issued = csl_date_parts(item.get("issued"))
    if issued:
        put("PY", issued[0])
        if len(issued) > 1:
            put("DA", _ris_date(issued))
    else:
        put("PY", written_date(item.get("issued")))      # "1414 H", a Hijri year as written
    put("PB", item.get("publisher"))
    put("CY", item.get("publisher-place"))
    page = str(item.get("page") or "").replace("–", "-")
    if page:
        first, _, last = page.partition("-")
        put("SP", first)
        put("EP", last)
    put("VL", item.get("volume"))
    put("NV", item.get("number-of-volumes"))
    put("IS", item.get("issue"))
    put("ET", item.get("edition") or item.get("version"))      # (a program's version, as Zotero writes it)
    put("M3", item.get("genre"))
    put("UR", item.get("URL"))
    accessed = csl_date_parts(item.get("accessed"))
    if accessed:
        put("Y2", _ris_date(accessed))
    put("DO", item.get("DOI"))
    put("SN", item.get("ISBN") or item.get("ISSN"))     # (RIS has one tag for either)
    put("AV", archive_of(item))     # RIS's "location in archives"
    put("ID", item.get("id"))
    lines.append("ER  - ")
    return lines


def to_ris(items: list[dict]) -> str:
    """RIS text for CSL items.

    >>> print(to_ris([{"id": "h", "type": "book", "title": "Gelombang", "author": [{"family": "Haris", "given": "A."}],
    ...                "issued": {"date-parts": [[2005]]}, "publisher": "Pustaka"}]).strip())
    TY  - BOOK
    AU  - Haris, A.
    TI  - Gelombang
    PY  - 2005
    PB  - Pustaka
    ID  - h
    ER  -
    """
    return "".join("\n".join(record(item)) + "\n\n" for item in items)
