"""Labelled tokens -> CSL fields, through the same small normalizers the rule parser uses."""
from __future__ import annotations

import regex

from ..dates import month_number, parse_date
from ..names import parse_names
from ..patterns import BRACKETED_PAGES, DOI_RE, NO_YEAR_RE, TYPEWRITER_QUOTE_MARK_RE, URL_RE, YEAR_RE, may_say_no_year
from ..reference_text import mend_line_end_hyphens
from ..rules.links import clean_url
from ..works import year_of

# Small patterns of this module, compiled once.
_PAGE_LABEL_WORD_RE = regex.compile(r"\b(?:hal|hlm|halaman)\b\.?(?:[ ]?\d[\d–-]*)?", regex.I)
_NAME_HYPHEN_RE = regex.compile(r"(\p{L})- (\p{L})")
_DIGITS_RE = regex.compile(r"\d+")
_LETTERS_RE = regex.compile(r"\p{L}[\p{L}.]{0,20}+(?:[ ]\p{L}[\p{L}.]{0,20}+){0,2}+")
_RANGE_RE = regex.compile(r"\d[-–]\d")
_ARXIV_NUMBER_END_RE = regex.compile(r"\.\d{4}")
# a page, or an article's number, with the letter some journals put before it: "S71" (a supplement),
# "e0229950" (PLOS), "A6" (A&A), "L12" (a letter); not "p" ("p71-102" is "pp. 71-102")
_PAGE = r"(?:(?<![\p{L}\d])[A-OQ-Za-oq-z](?=\d))?+\d++"
_PAGE_NUMBER_RE = regex.compile(_PAGE)
_PAGE_RANGE_RE = regex.compile(rf"({_PAGE})[ ]?[-–—][ ]?({_PAGE})")
_PAGES_IN_VOLUME_RE = regex.compile(r"\b(?:hlm|hal|pp|p)\.?[ ]?(\d{1,6}+(?:[-–]\d{1,6}+)?)", regex.I)
# "7(1):52", "10:2119–2128", "2019;35(6):215-22", "13;312(7023):71-2" (Vancouver's year;vol(issue):pages),
# "72(7–9):1419–1430"
_VOLUME_COLON_PAGES_RE = regex.compile(
    r"(?<![\d(])(?:((?:1[5-9]|20)\d\d)[a-z]?;[ ]?)?(\d{1,4}+)(?:\((\d{1,5}+(?:[-–/]\d{1,5}+)?)\))?:[ ]?(\d{1,6}+(?:[-–]\d{1,6}+)?)")
_INVERTED_NAME_START_RE = regex.compile(r"^\s*(?:\p{Lu}\p{Ll}*[\p{L}'’-]*(?:[ ]\p{Ll}+)?),[ ]")
_ROMAN_WORD_RE = regex.compile(r"\b[IVXLC]+\b")
# a book's or a serial's number after its label: "ISBN 978-602-289-373-3", "ISSN: 0360-1315"
_ISBN_OR_ISSN_RE = regex.compile(r"\b(?:(ISBN|ISSN)(?:-1[03])?:?[ ]?)?(\d[\d -]{6,20}[\dX])", regex.I)
_ROMAN_VOLUME_RE = regex.compile(r"\b(?i:vol(?:ume)?|jilid|juz|tome|bd|deel)\.?[ ]?([IVXLC]{1,6}+)\b")
_EDITION_VALUE_RE = regex.compile(r"\d+|\b[IVXLC]+\b|revisi|revised", regex.I)
# a volume's label ending a journal's name, its number labelled apart: "Jurnal Ilmu Pendidikan, Jilid",
# Malay "Jurnal Syariah, Jil." and "Jurnal Usuluddin, Bil." (bilangan, its issue)
_VOLUME_LABEL_END_RE = regex.compile(r"(?<=\p{L}),?[ ](?:Jilid|Vol\.|Volume|Vol|Jil\.?|Bil\.?)$")
_VOLUME_LABEL_ENDS = ("Jilid", "Vol.", "Volume", "Vol", "Jil", "Jil.", "Bil", "Bil.")
_CONTAINER_INTRO_RE = regex.compile(r"^(?:in|(?:di[ ])?dalam)[: ]+", regex.I)
# "... organizing map. Di dalam:" — the words that introduce the container, run into the title
_TITLE_INTRO_TAIL_RE = regex.compile(r"[.,][ ]++(?:di(?:[ ]++dalam)?|dalam|in):?$", regex.I)
# "... maps. Di dalam: Advances in ..." — a container run into the title, after its "In:"
_TITLE_INTRO_SPLIT_RE = regex.compile(r"[.,][ ]++(?:di[ ]++)?(?:dalam|in):[ ]++", regex.I)

# labeller tag -> CSL field
TAG_FIELDS = {
    "author": "author", "editor": "editor", "translator": "translator", "title": "title",
    "journal": "container-title", "container-title": "container-title",
    "collection-title": "collection-title", "date": "issued", "publisher": "publisher",
    "location": "publisher-place", "pages": "page", "volume": "volume", "url": "URL", "doi": "DOI",
    "edition": "edition", "genre": "genre", "isbn": "ISBN", "accessed": "accessed",
    "locator": "locator", "director": "author", "producer": "author", "medium": "medium",
}

_EDITOR_WORDS_RE = regex.compile(
    r"\((?:eds?|edd|peny|pnyt|hrsg|hg|coords?|comps?|orgs?|dir)\.?\)|\((?:eds?|edd)\.?(?=[ ])|\b(?:eds?\. by|edited by|eds?\.|edd\.|editor(?:s)?|penyunting|"
    r"disunting oleh|trans(?:lated)?\.?(?: by)?|terj(?:emahan)?\.?|penerj\.?|alih bahasa|hrsg\.?|"
    r"herausgegeben von|a cura di|dir\.)|^(?:in|dalam|en)[: ]+", regex.I)
_EDGE = " ,.;:()[]\"“”‘’*"
# the words that open the book a chapter is in
_CONTAINER_INTRO_WORDS = frozenset({"dalam", "di dalam", "in"})
_EDITED_BY_RE = regex.compile(r",?[ ]+(?:disunting oleh|diedit oleh|edited by|ed\. by|eds?\.|penyunting)\b.*$", regex.I)


def segments(text: str, tokens: list[tuple[int, int, str]], labels: list[str]) -> list[tuple[str, str]]:
    """Runs of equal labels as (label, original text from the run's first to last token)."""
    out: list[tuple[str, str]] = []
    start = 0
    for i in range(1, len(tokens) + 1):
        if i == len(tokens) or labels[i] != labels[start]:
            out.append((labels[start], text[tokens[start][0]:tokens[i - 1][1]]))
            start = i
    return out


# "(2012) 114503", "(1983) 327-340": a bracketed year, then the article's pages
_PAGE_AFTER_YEAR_RE = regex.compile(r"\((?:1[5-9]|20)\d\d[a-z]?\)[ ]?+(\d{1,6}+(?:[-–]\d{1,6}+)?)[ ]?[.,;]?$")
# "T. Sterling", "and P.W. Kasteleyn": a name written initials first
_INITIALS_FIRST_RE = regex.compile(r"(?:(?:and|&)[ ])?(?:\p{Lu}\.[ -]?){1,4}+[ ]?\p{Lu}")
# "Nucl.", "Phys.": one abbreviated capitalised word
_ABBREVIATED_WORD_RE = regex.compile(r"\p{Lu}\p{Ll}{1,8}+\.")


def _journal_word_out_of_authors(parts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"T. Sterling, J. Greensite, Nucl. | Phys. B 220": where every name before it has
    initials first, an abbreviated word after the last comma is the journal's first word."""
    if next((label for label, _ in parts if label != "citation-number"), None) != "author":
        return parts     # (names open the reference in the styles this mends)
    for i in range(len(parts) - 1):
        (label, raw), (next_label, next_raw) = parts[i], parts[i + 1]
        if label != "author" or next_label != "journal" or "," not in raw:
            continue
        names, last = raw.rsplit(",", 1)
        if _ABBREVIATED_WORD_RE.fullmatch(last.strip()) and all(
                _INITIALS_FIRST_RE.match(piece.strip()) for piece in names.split(",") if piece.strip()):
            parts = [*parts[:i], (label, names + ","), (next_label, f"{last.strip()} {next_raw}"), *parts[i + 2:]]
        break
    return parts


_LEADING_NUMBER_RE = regex.compile(r"^[ ]*+(\d{1,6}+(?:[ ]?[-–‑][ ]?\d{1,6}+)?)[ ,.;]*+")
_PAGE_LABELS = frozenset({"p", "pp", "pg", "page", "pages", "hlm", "hal", "h", "halaman", "blz"})


def _is_bare_page_label(part: tuple[str, str]) -> bool:
    """A "pages" segment that is a label alone: "p.", "pp.", "hlm." (not "N.p.")."""
    label, raw = part
    return label == "pages" and raw.strip().strip(".,").casefold() in _PAGE_LABELS


def fields_from_segments(parts: list[tuple[str, str]]) -> tuple[dict, str | None]:
    """CSL fields (and a pinpoint locator) from labelled segments."""
    parts = _journal_word_out_of_authors(parts)
    fields: dict = {}
    locator = None
    previous = None
    # pages labelled after a position: the numbers there are no pages ("12 (1973) 4, 38-45")
    last_pages = max((position for position, (label, _) in enumerate(parts) if label == "pages"), default=-1)
    for position, (label, raw) in enumerate(parts):
        field = TAG_FIELDS.get(label)
        if field is None:
            if label == "note" and "container-title" not in fields:
                _container_left_as_note(raw, fields)
            continue
        if (field == "author" and "title" in fields and "editor" not in fields and position
                and parts[position - 1][0] == "note" and parts[position - 1][1].strip(" :").casefold() in _CONTAINER_INTRO_WORDS):
            # Harvard-ID's "... Judul Bab. Dalam Wibowo, A. & Lestari, S. Judul Buku. Yogyakarta: ...":
            # the names after "Dalam" edited the book, its title next (no "(Ed.)" says so)
            field = "editor"
        if field == "title" and previous == "editor" and "title" in fields and "container-title" not in fields:
            # '"Chapter", dalam Abd. Rahim (ed.), Book Title (Makassar: ...)': a second title
            # after the editors is the book the chapter is in
            field = "container-title"
        previous = field
        if field == "author" and "title" in fields and ("author" in fields or "editor" in fields):
            # more names after the title, when names opened the reference, are not its authors:
            # "Greenblatt, Stephen, et al., editors. ... 10th ed., W. W. Norton, 2018." — that is
            # the publisher (a labeller slip on initials)
            if "publisher" not in fields and label == "author":
                fields["publisher"] = _clean(raw)
            continue
        if field in ("author", "editor", "translator"):
            names = parse_names(_names_text(raw), inverted_first=_looks_inverted(raw))
            if names:
                fields.setdefault(field, []).extend(names)
        elif field == "issued":
            dangling = _LEADING_NUMBER_RE.match(raw) if position and _is_bare_page_label(parts[position - 1]) else None
            if dangling and YEAR_RE.search(raw, dangling.end()):
                # "p. | 1903, Aug. 2021": the page after a page label the labeller left alone
                fields.setdefault("page", "-".join(_DIGITS_RE.findall(dangling.group(1))))
                raw = raw[dangling.end():]
            vancouver = _VOLUME_COLON_PAGES_RE.search(raw)
            if vancouver and vancouver.group(1):
                # "2010;3:1-2": the volume and pages labelled with the year they follow
                _set_year_volume_issue_pages(vancouver, fields)
            labelled_pages = _PAGES_IN_VOLUME_RE.search(raw)
            if labelled_pages:
                # "hlm. 1532–1539, 2013." read as the date: the pages are no year
                fields.setdefault("page", labelled_pages.group(1).replace("–", "-"))
                raw = raw[:labelled_pages.start()] + raw[labelled_pages.end():]
            page_after = _PAGE_AFTER_YEAR_RE.search(raw)
            if page_after and position > last_pages:
                # physics "Phys. Rev. D 85 (2012) 114503": the page labelled with the year before it
                # (German "12 (1973) 4, 38-45" has its pages after: the 4 is the issue)
                fields.setdefault("page", page_after.group(1).replace("–", "-"))
            if "issued" not in fields:
                date = _date(raw)
                if date:
                    fields["issued"] = {"date-parts": [date]}
        elif field == "accessed":
            date = parse_date(raw)
            if date:
                fields["accessed"] = {"date-parts": [date]}
        elif field == "page":
            volume_first = _VOLUME_COLON_PAGES_RE.search(raw)
            if volume_first:
                # volume (and issue, and year) labelled with the pages they precede
                _set_year_volume_issue_pages(volume_first, fields)
                continue
            page_range = _PAGE_RANGE_RE.search(raw)
            if page_range:
                # "412, 835–838": the range is the pages, a lone number before it the volume
                before = _DIGITS_RE.findall(raw[:page_range.start()])
                if len(before) == 1 and not YEAR_RE.fullmatch(before[0]):
                    fields.setdefault("volume", before[0])
                fields.setdefault("page", f"{page_range.group(1)}-{page_range.group(2)}")
                continue
            numbers = _PAGE_NUMBER_RE.findall(raw)
            if numbers:
                fields.setdefault("page", "-".join(numbers[:2]))
        elif field == "locator":
            numbers = _DIGITS_RE.findall(raw)
            if numbers:
                locator = "-".join(numbers[:2])
        elif field == "volume":
            _volume(raw, fields, pages_follow=position < last_pages)
        elif field == "URL":
            found = URL_RE.search(raw)
            fields.setdefault("URL", clean_url(found.group(1) if found else raw))
        elif field == "DOI":
            found = DOI_RE.search(raw)
            if found:
                fields.setdefault("DOI", found.group(1).rstrip(".,;)"))
        elif field == "edition":
            year = YEAR_RE.search(raw)
            if year and "issued" not in fields:
                # "edisi ke-2, 2015 (Indianapolis: Wiley)": the year labelled with the edition
                fields["issued"] = {"date-parts": [[int(year.group()[:4])]]}
                raw = raw[:year.start()]
            found = _EDITION_VALUE_RE.search(raw)
            fields.setdefault("edition", found.group() if found else _clean(raw))
        else:
            value = _clean(raw)
            if field == "title":
                split = _TITLE_INTRO_SPLIT_RE.search(value) if ":" in value else None
                if split and "container-title" not in fields:
                    fields["container-title"] = _clean(value[split.end():])
                    value = value[:split.start()]
                elif value.endswith(")") and "container-title" not in fields:
                    value = _container_out_of_title(value, fields)
                if value[-7:].casefold().rstrip(":").endswith(("di", "dalam", "in")):
                    value = _TITLE_INTRO_TAIL_RE.sub("", value)
                value = _clean(value)
            if field == "container-title":
                value = _CONTAINER_INTRO_RE.sub("", value)
                if value.endswith(_VOLUME_LABEL_ENDS):
                    value = _VOLUME_LABEL_END_RE.sub("", value)     # "Jurnal Ilmu Pendidikan, Jilid | 5"
                # "Reforming ... Indonesia, disunting oleh James Alm": the editors are not the title
                value = _EDITED_BY_RE.sub("", value)
            if field == "publisher-place" and value.casefold() == fields.get(field, "").casefold():
                continue       # "Bandung: Widina Bhakti Persada Bandung,": the town once is the place
            if field == "ISBN":
                # ISO 690's "ISBN 978-602-289-373-3", "ISSN 0360-1315": the number without its label
                number = _ISBN_OR_ISSN_RE.search(value)
                if number:
                    field = "ISSN" if (number.group(1) or "").casefold() == "issn" else "ISBN"
                    value = number.group(2)
            if value:
                fields[field] = f"{fields[field]} {value}" if field in fields and field != "title" else fields.get(field, value)
    return fields, locator


def _container_left_as_note(raw: str, fields: dict) -> None:
    """APA-ID's "Dalam Prosiding Seminar Nasional Teknologi Informasi (hlm. 55–62).": a book
    or proceedings after its "Dalam"/"In" with the chapter's pages in brackets, which the labeller,
    short of such lines after long titles, left as a note."""
    if _CONTAINER_INTRO_RE.match(raw):
        _container_with_pages(raw, 0, fields)


def _container_out_of_title(title: str, fields: dict) -> str:
    """"Rancang bangun ... bergerak. Dalam Prosiding Seminar Nasional Sistem Informasi (hlm.
    101–108)": the book a paper is in, with the pages, run into the title; the title without it."""
    for intro in _CONTAINER_INTRO_IN_TITLE_RE.finditer(title):
        if _container_with_pages(title, intro.end(), fields):
            return title[:intro.start() + 1]
    return title


def _container_with_pages(text: str, at: int, fields: dict) -> bool:
    """Read "Dalam Book (hlm. 55–62)" from ``at`` to the end of ``text`` into the container and
    its pages; False where it is not that."""
    found = _CONTAINER_WITH_PAGES_RE.match(text, at)
    container = _clean(found.group(1)) if found else ""
    if not container:
        return False
    fields["container-title"] = container
    fields.setdefault("page", f"{found.group(2)}-{found.group(3)}" if found.group(3) else found.group(2))
    return True


# "Dalam Prosiding Seminar ... (hlm. 55–62).", "In Handbook of X (pp. 12-30)": a book after
# the word that introduces it, the chapter's pages in brackets at its end
_CONTAINER_WITH_PAGES_RE = regex.compile(r"(?:di[ ]++)?(?:dalam|in):?[ ]++([^()]{3,300}+)" + BRACKETED_PAGES + r"[.,]?$", regex.I)
# where such a book, run into the title, begins: after the title's period
_CONTAINER_INTRO_IN_TITLE_RE = regex.compile(r"[.?!][ ]++(?=(?:di[ ]++)?(?:dalam|in)[ ]++\p{Lu})", regex.I)


def _clean(raw: str) -> str:
    text = " ".join(raw.split()).replace("*", "")
    opening = text[:1]
    if opening == '"' and text[1:2] in _OPENING_QUOTES:
        opening = text[1]      # MLA's '"“Hope” is the thing ..."': a quotation inside the quoted title
    if may_say_no_year(text):
        text = NO_YEAR_RE.sub("", text)
    text = text.strip(_EDGE)
    text = mend_line_end_hyphens(text)      # (a line-end hyphen left by PDF extraction)
    if text.count("(") > text.count(")"):
        text = text.replace("(", "", 1) if text.startswith("(") else text + ")"
    if text.count("[") > text.count("]") and "]" in raw:
        text += "]"      # "Pendidikan karakter [Character education].": a translation's bracket closes
    cleaned = text.strip(_EDGE + " ") if not text.endswith((")", "]")) else text.strip(" ,.;:")
    if (opening == "'" and cleaned.startswith("'") and cleaned.endswith("'") and len(cleaned) > 2
            and not TYPEWRITER_QUOTE_MARK_RE.search(cleaned, 1, len(cleaned) - 1)):
        # Harvard's 'Title of the article', in typewriter quotes (an apostrophe inside stays)
        cleaned = cleaned[1:-1].strip()
    elif opening in _OPENING_QUOTES and _OPENING_QUOTES[opening] in cleaned:
        # '“Bad Future Things” and Liberatory Moments': the quotation opens the title, it does
        # not enclose it — its opening mark stays
        cleaned = opening + cleaned
    return cleaned


_OPENING_QUOTES = {"“": "”", "‘": "’", "«": "»"}


# what each of _EDITOR_WORDS_RE's forms holds: a cheap test before it
_EDITOR_WORD_PARTS = ("ed", "peny", "pnyt", "hrsg", "(hg", "coord", "comp", "dir", "disunting", "trans", "terj", "penerj", "alih",
                      "herausgegeben", "cura", "(org")


# "... Nasional (BRIN": a group's abbreviation, its closing bracket stripped with the stop after it
_OPEN_ABBREVIATION_RE = regex.compile(r"[ ]\(\p{Lu}[\p{L}\d&-]{1,24}+$")


def _names_text(raw: str) -> str:
    lower = raw.casefold()
    may_name_editors = any(part in lower for part in _EDITOR_WORD_PARTS) or lower.startswith(("in", "dalam"))
    text = _EDITOR_WORDS_RE.sub(" ", raw) if may_name_editors else raw
    if may_say_no_year(text):
        text = NO_YEAR_RE.sub(" ", text)
    lower = text.casefold()
    if "hal" in lower or "hlm" in lower:
        text = _PAGE_LABEL_WORD_RE.sub(" ", text)
    if "- " in text:
        text = _NAME_HYPHEN_RE.sub(r"\1-\2", text)
    text = " ".join(text.split()).strip(" ,.;:()")
    # "Badan Pusat Statistik (BPS).": the abbreviation's bracket closes with the name
    return text + ")" if _OPEN_ABBREVIATION_RE.search(text) else text


def _looks_inverted(raw: str) -> bool:
    """"Family, Initials" lists ("Bergk, V., Haefeli, W. E.") rather than "V. Bergk, W. E. Haefeli"."""
    return ", " in raw and bool(_INVERTED_NAME_START_RE.match(raw) or _COMPOUND_FAMILY_NAME_RE.match(raw))


# one name whose family has two words, closed by its stop: "Schulte Nordholt, Henk.", "Vargas
# Llosa, Mario." (not a title's first word run into the names: "Jason Epstein, Book | Business")
_COMPOUND_FAMILY_NAME_RE = regex.compile(r"[ ]?\p{Lu}\p{Ll}++[ ]\p{Lu}\p{Ll}++,[ ][^,.]++\.[ ]*+$")


def _date(raw: str) -> list[int] | None:
    # a year, rather than one end of a number range ("1532–1539, 2013"; "1989-90" alone is a year)
    # (nor the month and year an arXiv number opens with: "arXiv:1901.00001 (2019)")
    years = [m for m in YEAR_RE.finditer(raw) if not _ARXIV_NUMBER_END_RE.match(raw, m.end())]
    found = next((m for m in years if raw[m.start() - 1:m.start()] not in ("-", "–")
                  and not _RANGE_RE.match(raw, m.end() - 1)), years[0] if years else None)
    if not found:
        return None
    parts = [int(found.group(1))]
    full = parse_date(raw)
    if full and full[0] == parts[0]:
        return full
    return parts


_ISSUE_RANGE_RE = regex.compile(r"\b(?:nos?|nomor|issues?|nr)\.?[ ]?(\d{1,4}+[-–/]\d{1,4}+)", regex.I)
# "52(3–4)": a double issue in brackets after the volume
_BRACKETED_ISSUE_RANGE_RE = regex.compile(r"(?<=\d[ ]?)\((\d{1,4}+[-–/]\d{1,4}+)\)")
# Vancouver "2020;16(4):223-37": year; volume (issue): pages (AMA's supplement, "95(suppl 1):S144-S150")
_VANCOUVER_RE = regex.compile(r"(?:(\d{4})[a-z]?;[ ]?)?(\d{1,4})(?:[ ]?\((\d{1,4}(?:[-–]\d{1,4})?|[Ss]uppl\.?[ ]?\d{1,4})\))?"
                              r"(?::[ ]?(S?\d+(?:[-–]S?\d+)?))?")


def _set_year_volume_issue_pages(found, fields: dict) -> None:
    """Fields from a match whose groups are year, volume, issue and pages (any but the
    volume may be missing), where the labeller found none of them yet."""
    year, volume, issue, pages = found.group(1, 2, 3, 4)
    if year:
        fields.setdefault("issued", {"date-parts": [[int(year)]]})
    fields.setdefault("volume", volume)
    if issue:
        fields.setdefault("issue", issue.replace("–", "-"))      # "72(7–9):1419–1430": a triple issue
    if pages:
        fields.setdefault("page", pages.replace("–", "-"))


# "103, 2450": two numbers and nothing else; above MAX_ISSUE the second is no issue (weekly
# journals reach 52)
_BARE_PAIR_RE = regex.compile(r"[ ]?(\d{1,4}+)[ ]?,[ ]?(\d{1,6}+)[ ]?[.,;:]?[ ]?")
MAX_ISSUE = 60


# "46 (2000a)", "103(2001): 87", German "3(1984)1": the year in brackets after a journal's
# volume, not its issue (journals began in the 1660s: "272(1581)" is an issue)
_BRACKETED_YEAR_RE = regex.compile(r"[ ]?\(((?:1[6-9]|20)\d\d)[a-z]?\)")


# AMS "Comm. Math. Phys. 121 (1989), no. 3, 351–399": the issue, labelled apart after the year
_ISSUE_ALONE_RE = regex.compile(r"[ ]?(?:nos?|nr|issue)\.?[ ]?(\d{1,4}+(?:[-–/]\d{1,4}+)?)[ ]?[.,;]?[ ]?", regex.I)
# AMS "Ann. of Math. (2) 167 (2008)": the journal's series in brackets before its volume
_JOURNAL_SERIES_RE = regex.compile(r"[ ]?\((\d)\)[ ](?=\d)")


# a day and its month's name: "12 Oktober"
_DAY_AND_MONTH_RE = regex.compile(r"\d{1,2}+[ ](\p{L}{3,10}+)")


def _volume(raw: str, fields: dict, pages_follow: bool = False) -> None:
    day = _DAY_AND_MONTH_RE.fullmatch(raw.strip(" ,.;"))
    if day and month_number(day.group(1)):
        return      # "Abadi, | 12 Oktober | 1955.": a newspaper's day, no volume (the rules read the date)
    year = _BRACKETED_YEAR_RE.search(raw)
    if year and year_of(fields) in (None, int(year.group(1))):
        fields.setdefault("issued", {"date-parts": [[int(year.group(1))]]})
        raw = f"{raw[:year.start()]} {raw[year.end():]}"
    if "volume" in fields:
        issue = _ISSUE_ALONE_RE.fullmatch(raw)
        if issue:
            fields.setdefault("issue", issue.group(1).replace("–", "-"))
            return
    series = _JOURNAL_SERIES_RE.match(raw)
    if series and isinstance(fields.get("container-title"), str):
        fields["container-title"] += f" ({series.group(1)})"
        raw = raw[series.end():]
    found = _VANCOUVER_RE.search(raw)
    # "2020;16(4):223-37", "18(3):91–93", "10:2119–2128": with a year or an issue before it, or
    # as a range, or above any issue's number with no pages after it ("16:91"; not "83: 330 (1994),
    # 417-428"), the number after the colon is pages ("1:2" alone may be volume and issue)
    if found and (found.group(1) or (found.group(4) and (found.group(3) or _RANGE_RE.search(found.group(4))
                                                         or (int(found.group(4).lstrip("S")) > MAX_ISSUE and not pages_follow
                                                             and not _DIGITS_RE.search(raw, found.end()))))):
        _set_year_volume_issue_pages(found, fields)
        words_before = raw[:found.start()].strip(" .,;")
        if words_before and isinstance(fields.get("container-title"), str) and _LETTERS_RE.fullmatch(words_before):
            # "Nat Rev | Nephrol. 2020;16(4):223-37": the journal's last word came with the numbers
            fields["container-title"] = f"{fields['container-title']} {words_before}"
        return
    labelled_pages = _PAGES_IN_VOLUME_RE.search(raw)
    if labelled_pages:
        # "vol. 46, no. 2, hlm. 186–204": IEEE in Indonesian, read as one volume run
        fields.setdefault("page", labelled_pages.group(1).replace("–", "-"))
        raw = raw[:labelled_pages.start()]
    roman_volume = _ROMAN_VOLUME_RE.search(raw)
    if roman_volume:
        # "Vol. XV, No. 3", "Vol. XLVI (No. 210)": a roman volume; the number after it is the issue
        fields.setdefault("volume", roman_volume.group(1))
        after = _DIGITS_RE.findall(raw[roman_volume.end():])
        if after:
            fields.setdefault("issue", after[0])
        return
    numbers = _DIGITS_RE.findall(raw)
    if not numbers:
        roman = _ROMAN_WORD_RE.search(raw)
        if roman:
            fields.setdefault("volume", roman.group())
        return
    fields.setdefault("volume", numbers[0])
    bare_pair = _BARE_PAIR_RE.fullmatch(raw)
    if (bare_pair and int(bare_pair.group(2)) > MAX_ISSUE and not pages_follow
            and not any(YEAR_RE.fullmatch(number) for number in bare_pair.group(1, 2))):
        # physics and chemistry "J. Am. Chem. Soc. 103, 2450 (1981)": volume, then the first page
        fields.setdefault("page", bare_pair.group(2))
        return
    issue_range = _ISSUE_RANGE_RE.search(raw) or _BRACKETED_ISSUE_RANGE_RE.search(raw)
    if issue_range:
        fields.setdefault("issue", issue_range.group(1).replace("–", "-"))     # "no. 5–6": a double issue
    elif len(numbers) > 1:
        fields.setdefault("issue", numbers[1])
