"""BibTeX through pybtex, safe for bibtex, biber, pybtex and bibtexparser.

Every value is escaped so nothing in a document can run as a LaTeX command or break out of
its field: ``\\``, ``{``, ``}``, ``$`` and ``^`` here, ``%``, ``#``, ``&``, ``_`` and ``~`` by
pybtex's own LaTeX encoding. Institutions and single names go out braced, so BibTeX reads them as one
family name and never splits "Badan Pusat Statistik" into given and family.
"""
from __future__ import annotations

import codecs
import functools
from collections import OrderedDict

from pybtex.database import BibliographyData, Entry, Person
from pybtex.database.output.bibtex import Writer

from ..dates import csl_date_parts, written_date

# CSL type -> BibTeX entry type.
ENTRY_TYPES = {
    "book": "book", "article-journal": "article", "article-newspaper": "article",
    "article-magazine": "article", "chapter": "incollection", "paper-conference": "inproceedings",
    "report": "techreport", "thesis": "phdthesis", "webpage": "misc", "legislation": "misc",
    "document": "misc", "manuscript": "unpublished", "patent": "misc",
}
# Theses below the doctorate are @mastersthesis, with the genre in "type".
_MASTERS_GENRES = ("skripsi", "tesis", "thesis", "tugas akhir", "master's thesis")

# pybtex's writer already encodes % & # _ ~ through latexcodec; these it leaves alone.
# BibTeX counts braces without regard to backslashes, so "\{" could still unbalance a value:
# document braces become \textbraceleft{} and \textbraceright{}, which are balanced.
_LATEX_SPECIALS = {"\\": r"\textbackslash{}", "{": r"\textbraceleft{}", "}": r"\textbraceright{}",
                   "$": r"\$", "^": r"\^{}"}


def escape_latex(text: str) -> str:
    r"""Make text safe inside a braced BibTeX value.

    >>> print(escape_latex(r"$5 of \input{x}"))
    \$5 of \textbackslash{}input\textbraceleft{}x\textbraceright{}
    """
    return "".join(_LATEX_SPECIALS.get(ch, ch) for ch in str(text))


def _url_value(url: str) -> str:
    """URLs stay verbatim but for characters that would break the BibTeX value."""
    replace = {"{": "%7B", "}": "%7D", "\\": "%5C", " ": "%20", '"': "%22"}
    return "".join(replace.get(ch, ch) for ch in url)


class Fields(list):
    """An entry's fields in order; ``put`` skips empty values and makes the others safe."""

    def put(self, key: str, value) -> None:
        if value not in (None, "", []):
            self.append((key, field_value(key, value)))

    def put_pages_and_links(self, item: dict, archive: tuple[str, str] = ("archiveprefix", "arXiv")) -> None:
        """What BibTeX and BibLaTeX write alike at an entry's end: pages, URL, access date, DOI, ISBN, ISSN,
        an arXiv number as the eprint, with its ``archive`` field and value (BibTeX styles read
        archivePrefix = arXiv, biblatex eprinttype = arxiv), and the note."""
        self.put("pages", page_range(item))
        self.put("url", item.get("URL"))
        accessed = csl_date_parts(item.get("accessed"))
        if accessed:
            self.put("urldate", iso_date(accessed))
        self.put("doi", item.get("DOI"))
        self.put("isbn", item.get("ISBN"))      # (BibTeX's styles pass them by; biblatex and reference managers read them)
        self.put("issn", item.get("ISSN"))
        preprint = arxiv_number(item)
        if preprint:
            self.put("eprint", preprint)
            self.put(*archive)
        self.put("note", item.get("note"))      # e.g. a collaboration: "CMS Collaboration"


def archive_of(item: dict) -> str | None:
    """Where an archival document is kept, the archive and the fonds: "Arsip Nasional Republik
    Indonesia, Algemeene Secretarie" (no field of BibTeX's or biblatex's holds it; @misc's
    howpublished says it)."""
    if not item.get("archive"):
        return None
    return ", ".join(str(item[key]) for key in ("archive", "archive_collection") if item.get(key))


def arxiv_number(item: dict) -> str | None:
    """"1101.3711" of a CSL number "arXiv:1101.3711", or None."""
    number = str(item.get("number") or "")
    return number[6:].strip() or None if number.casefold().startswith("arxiv:") else None


def field_value(key: str, value) -> str:
    """A field's value made safe: URLs and DOIs verbatim but percent-escaped, the rest escaped."""
    return _url_value(str(value)) if key in ("url", "doi") else escape_latex(value)


def page_range(item: dict) -> str:
    """CSL "12-30" or "12–30" as BibTeX's "12--30"."""
    return (item.get("page") or "").replace("-", "--").replace("–", "--")


def iso_date(parts: list[int]) -> str:
    return "-".join([str(parts[0])] + [f"{p:02d}" for p in parts[1:]])


def persons_of(item: dict) -> OrderedDict[str, list[Person]]:
    """The item's authors, editors and translators as pybtex persons, by role (and the author of
    the book a chapter is in as biblatex's ``bookauthor``, which BibTeX's styles pass over)."""
    persons: OrderedDict[str, list[Person]] = OrderedDict()
    for role, bibtex_role in (("author", "author"), ("editor", "editor"), ("translator", "translator"),
                              ("container-author", "bookauthor")):
        if item.get(role):
            persons[bibtex_role] = [_person(n) for n in item[role]]
    return persons


def write(entries: OrderedDict[str, Entry]) -> str:
    return _Writer().to_string(BibliographyData(entries=entries))


class _Writer(Writer):
    """pybtex's writer, but values with nothing for the LaTeX codec to encode (nearly all of
    them) skip it: the codec goes character by character in Python, and was a fifth of the
    time of a batch conversion to BibTeX."""

    def _encode(self, text):
        if all(_encodes_to_itself(ch, self.encoding) for ch in set(text)):
            return text
        return super()._encode(text)


@functools.lru_cache(maxsize=8192)
def _encodes_to_itself(ch: str, encoding: str) -> bool:
    return codecs.encode(ch, f"ulatex+{encoding}") == ch


def _person(name: dict) -> Person:
    if name.get("literal") or not name.get("given"):
        whole = name.get("literal") or name.get("family") or ""
        return Person(last="{" + escape_latex(whole) + "}")
    family = escape_latex(name.get("family", ""))
    if " " in family:
        family = "{" + family + "}"
    # "Larson, Jr., J. R.": the suffix is the name's lineage
    return Person(first=escape_latex(name.get("given", "")), last=family,
                  lineage=escape_latex(name.get("suffix", "")))


def entry_for(item: dict) -> Entry:
    kind = item.get("type", "document")
    entry_type = ENTRY_TYPES.get(kind, "misc")
    genre = (item.get("genre") or "").casefold()
    if kind == "thesis" and any(g in genre for g in _MASTERS_GENRES):
        entry_type = "mastersthesis"
    fields = Fields()
    put = fields.put
    put("title", item.get("title"))
    container = item.get("container-title")
    if entry_type == "article":
        put("journal", container)
    elif entry_type in ("incollection", "inproceedings"):
        put("booktitle", container)
    elif container:
        put("howpublished", container)
    else:
        put("howpublished", archive_of(item))      # a document in an archive: where it is kept
    publisher = item.get("publisher")
    if entry_type in ("phdthesis", "mastersthesis"):
        put("school", publisher)
        put("type", item.get("genre"))
    elif entry_type == "techreport":
        put("institution", publisher)
        put("type", item.get("genre"))          # "Technical Report", "Working Paper"
    else:
        put("publisher", publisher)
    put("address", item.get("publisher-place"))
    issued = csl_date_parts(item.get("issued"))
    if issued:
        put("year", str(issued[0]))
        if len(issued) > 1:
            put("month", str(issued[1]))
    else:
        put("year", written_date(item.get("issued")))      # "1414 H", a Hijri year as written
    put("edition", item.get("edition"))
    put("volume", item.get("volume"))
    put("series", item.get("collection-title"))
    # a report's own number ("Report No. 2020-009") where no journal issue takes the field, or a
    # book's number in its series
    put("number", item.get("issue") or (item.get("number") if entry_type == "techreport" else None)
        or item.get("collection-number"))
    if (entry_type == "unpublished" or kind == "patent") and not item.get("note"):
        put("note", item.get("genre"))          # BibTeX's @unpublished wants a note: "Unpublished manuscript"
    elif not item.get("note"):
        put("note", item.get("status"))         # "in press", "forthcoming": BibTeX has no field of its own
    fields.put_pages_and_links(item)
    return Entry(entry_type, fields=fields, persons=persons_of(item))


def to_bibtex(items: list[dict]) -> str:
    r"""BibTeX text for a list of CSL items (ids become keys).

    >>> print(to_bibtex([{"id": "bps2021", "type": "report", "title": "Statistik 100%",
    ...                   "author": [{"literal": "Badan Pusat Statistik"}],
    ...                   "issued": {"date-parts": [[2021]]}}]).strip())
    @techreport{bps2021,
        author = "{Badan Pusat Statistik}",
        title = "Statistik 100\%",
        year = "2021"
    }
    """
    return write(OrderedDict((item["id"], entry_for(item)) for item in items))
