"""Steps over a finished reference: each takes a :class:`~citex.models.Reference` and returns
one (the same, or a mended copy).

Papers read at meetings, newspapers and sites named first or by their name alone, web pages and their
sites, descriptions in brackets after a title, companies as authors, and a group author's
abbreviation.
"""
from __future__ import annotations

import regex

from .. import lexicon
from ..dates import csl_date_parts, month_number, parse_date
from ..models import Reference
from ..reference_text import reference_text
from ..works import alnum, year_of
from .containers import site_is_the_container


def number_out_of_genre(reference: Reference) -> Reference:
    """"Technical Report SIDL-WP-1997-0059", "Tech. Rep. TR-2015-3", "NBER Working Paper 21156":
    a report's kind and, after it, its number, which is no part of the genre."""
    genre = reference.fields.get("genre")
    if not isinstance(genre, str) or "number" in reference.fields or not any(map(str.isdigit, genre)):
        return reference
    found = _REPORT_KIND_AND_NUMBER_RE.fullmatch(genre)
    if not found:
        return reference
    fields = dict(reference.fields)
    fields["genre"], fields["number"] = found.group(1), found.group(2)
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


# (the series' owner may open it: "NBER Working Paper 21156", "World Bank Policy Research Working Paper 8562")
_REPORT_KIND_AND_NUMBER_RE = regex.compile(
    r"((?:\p{Lu}[\p{L}&.-]{0,20}+[ ]){0,4}?"
    r"(?:Technical|Tech\.|Research|Internal|Working|Discussion|Occasional|Staff)[ ](?:Report|Rep\.?|Paper|Memo(?:randum)?|Note))"
    r"[ ,]++(?:(?:No\.|Number)[ ]?)?+([\p{Lu}\d][\p{L}\d./-]{0,30}+(?:[ ]\d[\d./-]{0,20}+)?)", regex.I)


def paper_presented_at(reference: Reference) -> Reference:
    """UM's "Huda, N. 1991. Penulisan Laporan Penelitian. Makalah disajikan dalam Lokakarya
    Penelitian ..., Pusat Penelitian IKIP Malang, Malang, 12 Juli.", in Malay "Kertas kerja
    dibentangkan di Seminar ..., Universiti Malaya, Kuala Lumpur, 12–13 Mac 2012.": a paper read at a meeting.
    The meeting (to the comma) is its container, then who held it and the town; the labeller,
    short of such lines, cuts them anywhere, so they are read from the text."""
    fields = reference.fields
    title = fields.get("title")
    raw = reference.raw
    if not isinstance(title, str) or ("akalah" not in raw and "dibentangkan" not in raw and "- " not in raw):
        return reference
    text = reference_text(raw)      # (mended: "Makalah disa- jikan dalam", "Kertas kerja dibent- angkan di")
    if "akalah" not in text and "dibentangkan" not in text:
        return reference
    found = _PRESENTED_AT_RE.search(text)
    if not found:
        return reference
    head = alnum(text[:found.start()])
    at = title.find(found.group().strip(" .,"))      # (the labeller may have run the phrase into the title)
    own_title = title[:at].rstrip(" .,") if at > 0 else title
    if not head.endswith(alnum(own_title)):
        return reference          # (the phrase is not right after the title)
    pieces = [piece.strip(" .") for piece in _PRESENTED_PIECES_RE.split(text[found.end():])]
    days = [piece for piece in pieces if _DATE_PIECE_RE.fullmatch(piece)]
    pieces = [piece for piece in pieces if piece and piece not in days]
    if not pieces:
        return reference
    # (the meeting's days, "5–6 Ogos 2020", are no pages)
    dropped = ("publisher", "publisher-place", "container-title") + (
        ("page",) if any(_DASHES_RE.sub("-", day).startswith(str(fields.get("page")) + " ") for day in days) else ())
    fields = {key: value for key, value in fields.items() if key not in dropped}
    fields["title"], fields["container-title"] = own_title, pieces[0]
    # what the paper is (as the rules say of "Makalah disampaikan dalam ..."), "Makalah" or "Kertas kerja"
    fields.setdefault("genre", found.group("kind").capitalize())
    host, town = (pieces[1:3] + [None, None])[:2]
    if host and host.casefold() in lexicon.PUBLISHING_CITIES and not town:
        host, town = None, host       # "..., Bandung, 3-4 Oktober 2018": a town, no host
    if host:
        fields["publisher"] = host
    if town and len(town.split()) <= 3:
        fields["publisher-place"] = town
    if fields.get("type") in ("book", "report", "document", "article-journal", "chapter"):
        fields["type"] = "paper-conference"
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


# ". Makalah disajikan dalam ", "Makalah dipresentasikan pada acara ", "makalah yang disampaikan di ",
# Malay ". Kertas kerja dibentangkan di "
_PRESENTED_AT_RE = regex.compile(
    r"(?:^|[.,][ ]++)(?:(?P<kind>makalah)[ ](?:yang[ ])?(?:disajikan|dipresentasikan|disampaikan|dibacakan)"
    r"|(?P<kind>kertas[ ]kerja)[ ](?:yang[ ])?dibentangkan)[ ](?:dalam|pada|di)(?:[ ]acara)?[ ]++", regex.I)
_DASHES_RE = regex.compile(r"[–—]")
# the meeting, its host, the town and the day, after the phrase
_PRESENTED_PIECES_RE = regex.compile(r",[ ]++|\.[ ]++(?=\p{Lu})|\.$")
# "12 Juli", "12 Mei 2015", "3-4 Oktober 2018", "2015"
_DATE_PIECE_RE = regex.compile(r"(?:\d{1,2}+(?:[-–]\d{1,2}+)?[ ]\p{L}{3,10}+(?:[ ]\d{4})?|\p{L}{3,10}+[ ]\d{4}|\d{4})")


def speech_delivered_at(reference: Reference) -> Reference:
    """An inaugural lecture or a scholarly oration after its title, as Indonesian lists cite them:
    "Suyanto. 2010. Pendidikan Karakter. Pidato Pengukuhan Guru Besar dalam Bidang Ilmu
    Pendidikan, disampaikan di Universitas Negeri Yogyakarta, 12 Mei 2010.", "... Orasi Ilmiah pada
    Wisuda Sarjana STKIP Siliwangi, Bandung, 5 Oktober 2013.", and a note's '"Pendidikan Karakter"
    (Pidato Pengukuhan Guru Besar, Universitas Negeri Yogyakarta, 12 Mei 2010), 7.': a speech; the
    university that heard it, the town and the day follow."""
    fields = reference.fields
    title = fields.get("title")
    raw = reference.raw
    if not isinstance(title, str) or not ("idato " in raw or "rasi " in raw or "naugural " in raw):
        return reference
    text = reference_text(raw)
    found = _SPEECH_DELIVERED_RE.search(text) or _SPEECH_AT_RE.search(text) or _SPEECH_IN_BRACKETS_RE.search(text)
    if not found:
        return reference
    at = title.find(found.group("genre"))
    own_title = title[:at].rstrip(" .,") if at > 0 else title
    if not alnum(text[:found.start()]).endswith(alnum(own_title)):
        return reference          # (the speech's words are not right after the title)
    after = found.group("inside") if found.re is _SPEECH_IN_BRACKETS_RE else text[found.end():]
    pieces = [piece.strip(" .") for piece in _PRESENTED_PIECES_RE.split(after)]
    days = [piece for piece in pieces if _DATE_PIECE_RE.fullmatch(piece)]
    pieces = [piece for piece in pieces if piece and piece not in days]
    fields = {key: value for key, value in fields.items() if key not in ("publisher", "publisher-place", "container-title")}
    fields["title"], fields["genre"], fields["type"] = own_title, found.group("genre"), "speech"
    for piece in pieces[:2]:
        host = _HOST_INSTITUTION_RE.search(piece)
        if host and "publisher" not in fields:
            # ("Leiden University": the word ends the name, which is the whole piece)
            fields["publisher"] = piece if host.end() == len(piece) else piece[host.start():]
        elif piece.casefold() in lexicon.PUBLISHING_CITIES:
            fields["publisher-place"] = piece
    day = parse_date(days[0]) if days else None
    if day and len(day) == 3 and day[0] == year_of(fields):
        fields["issued"] = {"date-parts": [day]}
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


# "Pidato Pengukuhan Guru Besar dalam Bidang ..., disampaikan di ", "Orasi Ilmiah, disampaikan pada ",
# "Inaugural lecture delivered at " (the words before the comma are all the speech's kind) ...
_SPEECH_KIND = r"(?P<genre>(?:Pidato|Orasi)[ ](?:Pengukuhan|Ilmiah|Dies)[^,.;:]{0,100}?|Inaugural[ ](?:[Ll]ecture|[Aa]ddress))"
_SPEECH_DELIVERED_RE = regex.compile(r"(?<=\.[ ])" + _SPEECH_KIND + r",?[ ](?:disampaikan|diucapkan|dibacakan|delivered)"
                                     r"[ ](?:di|pada|dalam|at)[ ]")
# ... or "Orasi Ilmiah pada Wisuda Sarjana STKIP Siliwangi, ..." (then the occasion, then the host)
_SPEECH_AT_RE = regex.compile(r"(?<=\.[ ])" + _SPEECH_KIND + r"[ ](?:pada|di|dalam|at)[ ](?=\p{Lu})")
# ... or a note's bracket after the quoted title, as Chicago cites a lecture: '"Pendidikan Karakter"
# (Pidato Pengukuhan Guru Besar, Universitas Negeri Yogyakarta, 12 Mei 2010), 7.'
_SPEECH_IN_BRACKETS_RE = regex.compile(r"(?<=[”\"'’][ ]?)\(" + _SPEECH_KIND + r",[ ](?P<inside>[^()]{2,160}+)\)")
# the host named in the occasion: "Wisuda Sarjana STKIP Siliwangi" -> "STKIP Siliwangi"
_HOST_INSTITUTION_RE = regex.compile(r"\b(?:Universitas|Institut|Universiti|University|STKIP|STAIN|IAIN|UIN|Sekolah[ ]Tinggi"
                                     r"|Politeknik|Akademi|IKIP)\b")


def company_before_title(reference: Reference) -> Reference:
    """IEEE's "[4] Espressif Systems, ESP32 Series Datasheet, Version 3.3.", "Texas Instruments,
    LM35 Precision Centigrade Temperature Sensors, datasheet, 2017.": a maker's datasheet, its
    company the author; read as a title with no author, the company's name opens it."""
    fields = reference.fields
    title = fields.get("title")
    if fields.get("author") or not isinstance(title, str) or "," not in title[:60]:
        return reference
    found = _COMPANY_HEAD_RE.match(title)
    if not found:
        return reference
    fields = dict(fields)
    fields["author"] = [{"literal": found.group(1)}]
    fields["title"] = title[found.end():]
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


# "Espressif Systems, ", "Texas Instruments, ", "Analog Devices, Inc., ", "Microchip Technology Inc., "
# (the words before the company's word may give back one: bounded, two at most)
_COMPANY_HEAD_RE = regex.compile(
    r"(\p{Lu}[\p{L}&-]{1,20}+(?:[ ]\p{Lu}[\p{L}&-]{1,20}+){0,2}[ ](?:Systems|Instruments|Technologies|Technology|"
    r"Electronics|Semiconductors?|Microsystems|Devices|Corporation|Corp\.|Inc\.|Ltd\.|GmbH|Co\.,[ ]Ltd\.)"
    r"(?:,?[ ](?:Inc|Ltd|Corp)\.)?),[ ]++(?=\S)")


def description_out_of_title(reference: Reference) -> Reference:
    """APA's "Mengenal metode pembelajaran daring [Blog post].", "... [Video]": the work's form
    in brackets after its title is its medium, however the title was read (in it, or left out
    of it: the bracket is then found after the title in the text). A report's kind, "[White
    paper]", is its genre. Some say the work's type ("[Video]" a film, "[Data set]" a dataset,
    "[Computer software]" software, whose "(Version 4.3.1)" before the bracket is its version)."""
    title = reference.fields.get("title")
    found = _description_after(title, reference.raw) if isinstance(title, str) else None
    if not found:
        return reference
    fields = dict(reference.fields)
    fields["title"], description = found
    kind = description.casefold()
    if kind in lexicon.REPORT_DESCRIPTIONS:
        fields.setdefault("genre", description)
        if fields.get("type") in ("book", "webpage", "document"):
            fields["type"] = "report"
        return Reference(reference.raw, fields, reference.locator, reference.warnings)
    fields.setdefault("medium", description)
    if kind in lexicon.DESCRIBED_TYPES:
        fields["type"] = lexicon.DESCRIBED_TYPES[kind]      # "[Video]" a film, "[Data set]" a dataset ...
    if kind in lexicon.SOFTWARE_DESCRIPTIONS:
        version = _VERSION_END_RE.search(fields["title"])
        if version and version.start() > 0:
            fields.setdefault("version", version.group(1))
            fields["title"] = fields["title"][:version.start()]
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


def _description_after(title: str, raw: str) -> tuple[str, str] | None:
    """The title without the bracketed description that ends it, or that follows it in the
    text, and the description."""
    if "[" in title[-42:]:
        found = _DESCRIPTION_END_RE.search(title, max(0, len(title) - 48))      # (the end only: bounded)
        if found and found.start() > 0 and found.group(1).casefold() in _DESCRIPTIONS:
            return title[:found.start()].rstrip(" .,;:"), found.group(1)
    at = raw.find(title) if "[" in raw else -1
    found = _DESCRIPTION_AFTER_RE.match(raw, at + len(title)) if at > 0 else None
    if found and found.group(1).casefold() in _DESCRIPTIONS:
        return title.rstrip(" .,;:"), found.group(1)
    return None


_DESCRIPTIONS = lexicon.TITLE_DESCRIPTIONS | lexicon.REPORT_DESCRIPTIONS
# "[Blog post]", "[Video" (the labeller may leave the bracket's close out of the title)
_DESCRIPTION_END_RE = regex.compile(r"[ ]*+\[([\p{L} -]{2,40}+)\]?\.?$")
# "[White paper]" right after a title the labeller read without it
_DESCRIPTION_AFTER_RE = regex.compile(r"[.,]?[ ]*+\[([\p{L} -]{2,40}+)\]")
# "(Version 4.3.1)", "(Versi 2.0)", "(Ver. 1.2)" ending a program's title
_VERSION_END_RE = regex.compile(r"[ ]*+\((?:version|versi|ver\.)[ ]?+([\w.-]{1,20}+)\)$", regex.I)


def site_of_a_web_page(reference: Reference) -> Reference:
    """A web page's site is its container, however it was read (the rules alone read some), and
    a newspaper's site ("Kompas.com") makes the page its article."""
    fields = reference.fields
    if fields.get("type") != "webpage" or not fields.get("publisher") or fields.get("container-title"):
        return reference
    fields = dict(fields)
    site_is_the_container(fields)
    if str(fields.get("container-title", "")).casefold() in lexicon.NEWSPAPERS:
        fields["type"] = "article-newspaper"
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


def newspaper_cited_by_name(reference: Reference) -> Reference:
    """"Bonor Simanjuntak, Kompas, 12 Maret 2001, hlm. 4.": an article cited by its newspaper
    and day, no title of its own; the "title" read is the paper it appeared in. So is any
    name a list gives with nothing but a day ("Bataviaasch Nieuwsblad, 12 Januari 1920.",
    "Harian Rakjat, 3 Oktober 1965."): no book is dated by its day."""
    fields = reference.fields
    title = fields.get("title")
    if (not isinstance(title, str) or fields.get("container-title") or len(csl_date_parts(fields.get("issued"))) != 3
            or (title.casefold().strip(" .,") not in lexicon.NEWSPAPERS and not _a_paper_and_its_day(reference))):
        return reference
    fields = dict(fields)
    fields["container-title"] = fields.pop("title")
    fields["type"] = "article-newspaper"
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


def periodical_issue_cited_by_name(reference: Reference) -> Reference:
    """"Panji Masyarakat, No. 12, Mei 1970.", "Soeara Moehammadijah, No. 5, Mei 1925, hlm. 12.": a
    magazine's number cited by the magazine's name alone, as history theses cite the press; no
    name of a person, no title."""
    found = _PERIODICAL_ISSUE_RE.fullmatch(reference.raw.strip()) if ", No" in reference.raw else None
    month = month_number(found.group("month")) if found and found.group("month") else None
    if not found or (found.group("month") and not month):
        return reference
    date = [int(found.group("year"))] + ([month] if month else [])
    fields = {"container-title": found.group("name"), "issue": found.group("issue"), "issued": {"date-parts": [date]},
              "type": "article-magazine"}
    page = found.group("page")
    if page and not reference.locator:
        fields["page"] = page
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


# a periodical's name, a few capitalised words ("Bataviaasch Nieuwsblad", "The Straits Times"), and
# the page cited after its date (", hlm. 12", ", 2")
_PAPER_NAME = r"(?:The[ ])?\p{Lu}[\p{L}'’&-]*+(?:[ ]\p{Lu}[\p{L}'’&-]*+){0,4}+"
_PAGE_AFTER_DATE = r"(?:,[ ](?:(?:hlm|hal|h|p)\.[ ]?)?(?P<page>\d{1,4}+))?\.?"
# "Panji Masyarakat, No. 12, Mei 1970.", "Soeara Moehammadijah, No. 5, Mei 1925, hlm. 12."
_PERIODICAL_ISSUE_RE = regex.compile(
    r"(?P<name>" + _PAPER_NAME + r"),[ ](?:No|Nomor)\.?[ ]?(?P<issue>\d{1,4}+),[ ]"
    r"(?:(?P<month>\p{L}{3,10}+)\.?[ ])?(?P<year>(?:1[5-9]|20)\d\d)" + _PAGE_AFTER_DATE)


def _a_paper_and_its_day(reference: Reference) -> bool:
    """The whole reference is a name and a day: "Pewarta Deli, 14 Djanuari 1930." (a page may follow)."""
    if set(reference.fields) - {"title", "issued", "page", "type"}:
        return False
    return bool(_PAPER_AND_DAY_RE.fullmatch(reference.raw.strip()))


# "Bataviaasch Nieuwsblad, 12 Januari 1920.", "Harian Rakjat, 3 Oktober 1965, hlm. 2."
_PAPER_AND_DAY_RE = regex.compile(_PAPER_NAME + r",[ ]\d{1,2}+[ ]\p{L}{3,10}+\.?[ ](?:1[5-9]|20)\d\d" + _PAGE_AFTER_DATE)


def site_named_first(reference: Reference) -> Reference:
    """'Tirto.id, "Sejarah Hari Santri Nasional," https://tirto.id/..., diakses ...': an unsigned
    page cited by its site, named as its address is (or Wikipedia), in a note's or list's comma
    style: the site is the container, no author."""
    name = _sole_author_name(reference.fields)
    at = reference.raw.find(name) if name else -1
    if (0 <= at <= 6 and _site_named_first(name, reference.fields.get("URL"))      # (after a list's number, "[3] ")
            and _NAME_THEN_QUOTED_TITLE_RE.match(reference.raw, at + len(name))):
        return _author_as_container(reference, name)
    return reference


def newspaper_named_first(reference: Reference) -> Reference:
    """"Harian Kompas, "Banjir Rendam Ribuan Rumah", 2 Januari 2020, hlm. 15.", Chicago's
    'Tempo. "Jalan Panjang Reformasi Agraria." 21 September 2019.': an unsigned article, cited by
    the paper it appeared in, then its title and day. The "author" read is that paper (a known
    one, or one its kind names: "Harian", "Koran", "Surat Kabar", "Majalah", "Tabloid")."""
    fields = reference.fields
    name = _sole_author_name(fields)
    if not name:
        return reference
    found = _PRESS_KIND_RE.match(name)
    if name.casefold() not in lexicon.NEWSPAPERS and not (found and name[found.end():].strip()):
        return reference
    if len(csl_date_parts(fields.get("issued"))) < 2 and not ("." in name and fields.get("URL")):
        return reference        # (a news site's own name, "Kompas.com", opens its page undated)
    if fields.get("type") in _NO_ARTICLE_TYPES:
        return reference        # "Tempo. (2020, 14 Oktober). Demo ... [Video]. YouTube.": the paper's own video
    kind = "article-magazine" if found and found.group(1).casefold() == "majalah" else "article-newspaper"
    return _author_as_container(reference, name, kind)


# the types a bracketed description gives ("[Video]", "[Siaran televisi]", "[Foto]"): no article in a paper
_NO_ARTICLE_TYPES = frozenset({"motion_picture", "song", "broadcast", "post", "graphic", "dataset", "software", "map"})


def _sole_author_name(fields: dict) -> str | None:
    """The one author's name as written, of a titled work with no container yet."""
    authors = fields.get("author")
    if not authors or len(authors) != 1 or not fields.get("title") or fields.get("container-title"):
        return None
    return authors[0].get("literal") or f"{authors[0].get('given', '')} {authors[0].get('family', '')}".strip()


def _author_as_container(reference: Reference, name: str, kind: str | None = None) -> Reference:
    """A copy with the "author" ``name`` as the container (and the type ``kind``, if given)."""
    fields = {key: value for key, value in reference.fields.items() if key != "author"}
    fields["container-title"] = name
    if kind:
        fields["type"] = kind
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


def _site_named_first(name: str, url) -> bool:
    """Is ``name`` the site ``url`` is on, by its address ("Tirto.id" for https://tirto.id/...)
    or as Wikipedia (whose pages, unsigned, are cited by its name)?"""
    if not isinstance(url, str) or name.casefold() in lexicon.NEWSPAPERS:
        return False        # (a known paper's site: the newspaper's article, below)
    host = _HOST_RE.search(url)
    if not host:
        return False
    if name.casefold().startswith("wikipedia"):
        return "wikipedia." in host.group(1).casefold()
    return bool(_DOMAIN_NAME_RE.fullmatch(name)) and host.group(1).casefold().endswith(name.casefold())


# ', "' after the site's name: a note's or list's comma style (APA's "DrugAbuse.com. (n.d.).
# Title." names the site as the page's group author, and so does its gold)
_NAME_THEN_QUOTED_TITLE_RE = regex.compile(r",[ ]?[\"“]")
# "Tirto.id", "Detik.com", "Hukumonline.com": a site named by its address
_DOMAIN_NAME_RE = regex.compile(r"[\p{L}\d-]{2,40}+(?:\.[\p{L}]{2,6}+){1,2}+")
_HOST_RE = regex.compile(r"^(?:https?://)?(?:www\.)?([^/\s:]++)", regex.I)


# the kind of paper before its name: "Harian Kompas", "Surat Kabar Pikiran Rakyat", "Majalah Gatra"
_PRESS_KIND_RE = regex.compile(r"(harian|koran|surat[ ]kabar|majalah|tabloid)[ ]", regex.I)


def abbreviation_out_of_author(reference: Reference) -> Reference:
    """APA's group author with its abbreviation, "Kementerian Pendidikan dan Kebudayaan
    [Kemendikbud]": the name is the author; the abbreviation, which the text may cite alone
    ("Kemendikbud (2022)"), is kept apart for matching citations. One in round brackets,
    "National Research Council (NRC)", is kept in the name as well, as written: it is how the
    list names the group (APA's square brackets mark it as added for the text)."""
    authors = reference.fields.get("author")
    literal = authors[0].get("literal") if authors and len(authors) == 1 else None
    if not isinstance(literal, str) or not literal.endswith(("]", ")")):
        return reference
    found = _GROUP_ABBREVIATION_RE.search(literal)
    if not found or (found.group(2) or "").casefold() in _COMPANY_FORMS:
        return reference
    fields = dict(reference.fields)
    if found.group(1):
        fields["author"] = [{"literal": literal[:found.start()].rstrip(" ,")}]
    fields["_abbreviation"] = found.group(1) or found.group(2)
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


# "Badan Pusat Statistik [BPS]", "World Health Organization [WHO]", "Badan Riset dan Inovasi
# Nasional (BRIN)", "Kementerian Kesehatan (Kemenkes)"
_GROUP_ABBREVIATION_RE = regex.compile(r"[ ]?\[(\p{L}[\p{L}\d&-]{1,24}+)\]$|[ ]\((\p{Lu}[\p{L}\d&-]{1,24}+)\)$")
# words in brackets that are part of a company's name, not its abbreviation: "PT Telkom (Persero)"
_COMPANY_FORMS = frozenset({"persero", "tbk", "perum", "perseroan", "ltd", "inc", "plc", "gmbh"})
