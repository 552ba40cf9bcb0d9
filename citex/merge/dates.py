"""Years and days: of publication, of access, of the Hijri calendar.

The labeller may read an access date as the date of publication (or the reverse), leave a
year after the container, or miss the day after a paper's name.
"""
from __future__ import annotations

import regex

from .. import lexicon
from ..csl_types import CONFERENCE_RE
from ..dates import csl_date_parts, month_number, parse_date
from ..models import Reference
from ..patterns import DASH_SPACED_RE, DATED_EDISI_RE, DAY_MONTH_YEAR_AFTER_RE, YEAR_RE
from ..rules.numbers import HIJRI_YEAR_RE
from ..works import year_of


def original_year_after_title(fields: dict, rules: Reference, text: str) -> None:
    """MLA's republished book, "Gender Trouble: ... Identity. 1990. Routledge, 2006.": the year
    after the title is the first edition's, the one after the publisher this edition's; the
    labeller took the first, the rules the last."""
    mine, theirs = year_of(fields), year_of(rules.fields)
    if not mine or not theirs or mine >= theirs or "original-date" in fields:
        return
    found = _TWO_YEARS_RE.search(text)
    if found and int(found.group(1)) == mine and int(found.group(2)) == theirs:
        fields["issued"], fields["original-date"] = rules.fields["issued"], {"date-parts": [[mine]]}


# ". 1990. Routledge, 2006." at the end: a year on its own after the title, then the publisher's
_TWO_YEARS_RE = regex.compile(r"\.[ ]((?:1[5-9]|20)\d\d)\.[ ][^.]{2,80}?,[ ]((?:1[5-9]|20)\d\d)\.?$")


def vancouver_day(fields: dict, text: str) -> None:
    """Vancouver's "Nature. 1953 Apr 25;171(4356):737-8.": the day after the month, which the
    labeller read with the volume."""
    parts = csl_date_parts(fields.get("issued"))
    if len(parts) != 2 or ";" not in text:
        return
    found = _VANCOUVER_DATE_RE.search(text)
    date = parse_date(found.group(1)) if found else None
    if date and len(date) == 3 and date[:2] == parts:
        fields["issued"] = {"date-parts": [date]}


# "1953 Apr 25;", "1996 Jan 13;": year, month and day before the volume's semicolon
_VANCOUVER_DATE_RE = regex.compile(r"(?<!\d)((?:1[5-9]|20)\d\d[ ]\p{L}{3,9}+\.?[ ]\d{1,2}+);")


def pages_after_year(fields: dict, rules: Reference, text: str) -> None:
    """AMA's book chapter, "... Curran Associates; 2017:5998-6008.": the pages after the year's
    colon, which the labeller read with the date and the rules read as pages."""
    page = rules.fields.get("page")
    if page and "page" not in fields and ":" in text:
        found = _YEAR_COLON_PAGES_RE.search(text)
        if found and DASH_SPACED_RE.sub("-", found.group(1)) == page:
            fields["page"] = page


# "; 2017:5998-6008." at the end (not Vancouver's "2019;35(6):215-22", which has a volume)
_YEAR_COLON_PAGES_RE = regex.compile(r"(?<![\d;])(?:1[5-9]|20)\d\d:[ ]?(\d{1,6}+[ ]?[-–][ ]?\d{1,6}+)\.?$")


def dated_edition(fields: dict, text: str) -> None:
    """Tempo's "Edisi 10-16 September 2012": a magazine's issue named by its days, no edition."""
    if "edition" in fields and "disi " in text:
        found = DATED_EDISI_RE.search(text)
        if found and fields["edition"] == found.group(1):
            fields.pop("edition")


def issued_read_as_accessed(fields: dict, rules: Reference) -> None:
    """'"Banjir Rendam Bekasi." 2 Januari 2020. Diakses 5 Oktober 2020.': the labeller ran the
    day of publication on into the access date, which the rules read apart (theirs replaces the
    labeller's); the rules' date of publication, the one the labeller took, is the work's."""
    if "issued" in fields or not fields.get("accessed"):
        return      # (most references: nothing to look at)
    mine, accessed, issued = (csl_date_parts(fields.get("accessed")), csl_date_parts(rules.fields.get("accessed")),
                              csl_date_parts(rules.fields.get("issued")))
    if mine and accessed and issued and mine != accessed and mine[:len(issued)] == issued:
        fields["issued"] = rules.fields["issued"]


def access_year_read_as_issued(fields: dict, rules: Reference, text: str) -> None:
    """MLA's "... Poetry Foundation, www.poetryfoundation.org/.... Accessed 3 May 2021.": the
    labeller took the year the page was read for the year it was published; the rules read it
    in the access date, and the text gives no other year."""
    accessed = csl_date_parts(rules.fields.get("accessed"))
    year = year_of(fields)
    if not accessed or rules.fields.get("issued") or not year or year != accessed[0] or text.count(str(year)) != 1:
        return
    fields.pop("issued")


def hijri_year(fields: dict, rules: Reference, text: str) -> None:
    """"(Beirut: Dar al-Fikr, 1414 H)", "1414 H/1994 M": the rules read the Hijri year (and the
    Gregorian one beside it), which the labeller took for part of the publisher."""
    found = HIJRI_YEAR_RE.search(text)
    if not found:
        return
    fields["issued"] = rules.fields["issued"]
    publisher, written = fields.get("publisher"), found.group().rstrip(".")
    if isinstance(publisher, str) and written in publisher:
        fields["publisher"] = publisher.replace(written, "").strip(" ,.") or publisher


def year_after_container(fields: dict, text: str) -> None:
    """A year right after the container's name: a conference's when it is not (only) the
    publication date ("Proc. Computing conference 2017. hlm. 751–755." in a 2018 reference), the
    date after a journal's ("Physical Review Letters 2000, 85, (24), 5186")."""
    container = fields.get("container-title")
    if not isinstance(container, str) or not container:
        return
    if not CONFERENCE_RE.search(container):
        # a journal's name takes no year: "Physical Review Letters 2000, 85, (24), 5186" is its date
        trailing = _TRAILING_YEAR_RE.search(container)
        if trailing and trailing.start() > 0 and (not fields.get("issued") or str(year_of(fields)) == trailing.group(1)):
            fields["container-title"] = container[:trailing.start()]
            fields.setdefault("issued", {"date-parts": [[int(trailing.group(1))]]})
        return
    at = text.find(container)
    if at == -1:
        return
    # the meeting's year, after the name the labeller read or at its end
    found = _YEAR_AFTER_NAME_RE.match(text, at + len(container))
    own = found or _TRAILING_YEAR_RE.search(container)
    if not own:
        return
    year = own.group(1)
    date = _NEXT_YEAR_RE.match(text, found.end() if found else at + len(container))
    later = date.group(1) if date and date.group(1) != year else None
    if found and (str(year_of(fields)) != year or text.count(year) > 1 or later):
        fields["container-title"] = f"{container} {year}"
    if later and str(year_of(fields)) == year:
        # MLA's "Proc. Computing conference 2017, 2018, hlm. 751–55": the meeting's year, then
        # the date of the proceedings
        fields["issued"] = {"date-parts": [[int(later)]]}


def day_after_paper(fields: dict, text: str) -> None:
    """Harvard's "(2021) 'Dampak pandemi ...', Kompas, 12 Mei, p. 7.", "The Guardian, September
    20, p. 1": the day and month after a paper's name, its year given after the authors; and any
    periodical cited by its day, with no volume or pages ('"Pemilu 1955 ...", Abadi, 12 Oktober 1955.')."""
    container, parts = fields.get("container-title"), csl_date_parts(fields.get("issued"))
    if (not isinstance(container, str) or len(parts) != 1 or fields.get("issue")
            or (container.rpartition(". ")[2].casefold() not in lexicon.NEWSPAPERS
                and fields.get("type") != "article-newspaper" and (fields.get("volume") or fields.get("page")))):
        return      # (the paper's name may still have the title before it, "... Tantangannya. Kompas")
    at = text.find(container)
    if at == -1 or text[at + len(container):at + len(container) + 2] != ", ":
        return      # (every day this reads follows the paper's name and a comma)
    found = _DAY_MONTH_AFTER_RE.match(text, at + len(container))
    if not found:
        # "Abadi, 12 Oktober 1955.": the day, month and year after the paper's name (the labeller
        # read the year alone, or the day as a volume)
        found = DAY_MONTH_YEAR_AFTER_RE.match(text, at + len(container))
        if found and int(found.group(3)) != parts[0]:
            return
    if not found:
        return
    month = month_number(found.group(2) or found.group(3))
    day = int(found.group(1) or found.group(4))
    volume = fields.get("volume")
    if month and 1 <= day <= 31 and (not volume or volume == str(day)):
        fields["issued"] = {"date-parts": [[parts[0], month, day]]}
        fields.pop("volume", None)      # ("Kompas, 3 Februari": the labeller's volume was the day)


def day_the_title_gave_back(fields: dict, rules: Reference, text: str) -> None:
    """'"Mengenal Sistem Zonasi PPDB." Detik.com, 14 Juni 2021.': the day the labeller ran into
    the title it had to give back, which the rules read as the date, where no other year is
    written (MLA's "Synthese 2012: 673. Edsjsr. Web. 3 Apr. 2017." was read on that day)."""
    issued, accessed = csl_date_parts(rules.fields.get("issued")), csl_date_parts(rules.fields.get("accessed"))
    if len(issued) != 3 or issued == accessed or fields.get("title") != rules.fields.get("title"):
        return
    years = {int(found.group(1)) for found in YEAR_RE.finditer(text)}
    if years <= {issued[0], *accessed[:1]}:
        fields["issued"] = rules.fields["issued"]


def year_the_labeller_left(fields: dict, rules: Reference, text: str) -> None:
    """Chicago's "... Dalam Multimedia technologies. IGI Global, 2008. https://...", "Empat
    Paradigma Pendidikan di Abad 21. 2020. http://...": the labeller read the year standing on
    its own with the words around it as a note and kept none; the rules read it as the date."""
    year = year_of(rules.fields)
    if not year or text.count(str(year)) != 1 or {int(found.group(1)) for found in YEAR_RE.finditer(text)} != {year}:
        return      # (one year written, once: MLA's "Synthese 2012: 673. ... Web. 3 Apr. 2017." was read that day)
    if _YEAR_STANDING_ALONE_RE.search(text, max(0, text.find(str(year)) - 2)) and not any(
            str(year) in value for value in fields.values() if isinstance(value, str)):
        fields["issued"] = rules.fields["issued"]


# a year as a sentence or a clause of its own: ". 2020. ", ", 2008. ", ", 2008." at the end
_YEAR_STANDING_ALONE_RE = regex.compile(r"\G[.,][ ](?:1[5-9]|20)\d\d[.,](?:[ ]|$)")


# ", 12 Mei," / ", September 20," after a paper's name, with no year of its own
_DAY_MONTH_AFTER_RE = regex.compile(
    r",[ ](?:(\d{1,2}+)[ ](\p{L}{3,10}+)\.?|(\p{L}{3,10}+)\.?[ ](\d{1,2}+))(?=[,.;]|$)(?![,.;]?[ ]?(?:1[5-9]|20)\d\d)")

_TRAILING_YEAR_RE = regex.compile(r"[ ,]++((?:1[89]|20)\d\d)$")
_NEXT_YEAR_RE = regex.compile(r"[.,][ ]((?:1[89]|20)\d\d)(?=[.,;]|$)")
_YEAR_AFTER_NAME_RE = regex.compile(r"[ ]((?:1[89]|20)\d\d)(?=[.,;)]|$)")
