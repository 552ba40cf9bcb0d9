"""Volume and issue, pages (in a note, the page cited) and the year of publication.
"""
from __future__ import annotations

import regex

from ..dates import month_number, parse_date
from ..names import looks_like_names
from ..patterns import (
    CHAPTER_PAGES_BEFORE_FACTS_RE,
    DASH_SPACED_RE,
    ISSUE_LABEL_RE,
    ISSUE_ONLY_RE,
    NO_YEAR_RE,
    PAGE_LABEL_RE,
    TRAILING_PAGES_RE,
    VOLUME_BEFORE_NO_RE,
    VOLUME_COUNT_RE,
    VOLUME_ISSUE_RE,
    VOLUME_PAGES_RE,
    VOLUME_PAREN_RE,
    YEAR_PAREN_RE,
    YEAR_RE,
    may_say_no_year,
)
from .publishers import plausible_place
from .titles import delimited_spans, within_spans
from .work import HOLE, TWO_LETTERS_RE, Work

_MONTH_AFTER_RE = regex.compile(r",[ ]?(\p{L}{3,10})(?=\.)")
_MONTH_BEFORE_RE = regex.compile(r"(\p{L}{3,10})\.?[ ]?$")
# the day before a month: "3 " of ", 3 Maret 2020", "(12 February 1988)", '"Judul." 21 September
# 2019' (after a comma, an opening bracket, a closing quotation mark or a stop; not after a
# number's abbreviation: "No. 13 Maret")
_DAY_BEFORE_RE = regex.compile(
    r"(?:^|(?<=[,(][ ]?|[\"”’][ ]|(?<!\b(?:[Nn]o|[Nn]r|[Vv]ol|hlm|[Hh]al|[Pp]p?|[Hh]|[Ee]dn?|Cet|[Ss]er|[Pp]t|Juz|Jilid|Bab))\.[ ]))(\d{1,2})[ ]$")
_WORD_BEFORE_RE = regex.compile(r"(\p{L}{3,10})\.?$")

_PUNCTUATION_BEFORE_RE = regex.compile(r"[.,][ ]?$")
_PUNCTUATION_AFTER_RE = regex.compile(r"[a-z]?[.,)]")

_DASH_RE = regex.compile(r"[-–]")

_TAHUN_RE = regex.compile(r"\b(?:tahun|year)[ ]?$", regex.I)


def volume_issue(work: Work, context: str) -> None:
    # (each pattern is tried only on text with the word or bracket it cannot match without)
    count = VOLUME_COUNT_RE.search(work.buf) if work.mentions(("vol", "jil", "bde", "bände", "tomes")) else None
    if count:
        # "2 vols.": how many, not which (left in place: blanked out, it would part the pieces
        # around it, "Lexer, Matthias, Mittelhochdeutsches Handwörterbuch, 3 Bde., Stuttgart")
        work.fields["number-of-volumes"] = count.group(1)
    found = VOLUME_ISSUE_RE.search(work.buf) if work.mentions(("vol", "jil", "juz", "buku", "edisi", "deel", "dl.")) else None
    if found:
        work.fields["volume"] = found.group(1)
        if not found.group(2):
            # "Jilid I", "Juz II", "Vol. 3" alone: a book's volume, no sign of a journal
            work.fields["_book_volume"] = True
        if found.group(2):
            work.fields["issue"] = found.group(2)
        work.take(found.start(), found.end())
        if "issue" not in work.fields:
            _issue_label(work)
        return
    found = VOLUME_PAREN_RE.search(work.buf) if "(" in work.buf else None
    if found and _free_and_plausible_volume(work, found):
        work.fields["volume"] = found.group(1)
        work.fields["issue"] = found.group(2)
        if found.group(3):
            _set_pages(work, found.group(3), context, pinpoint=False)
        work.take(found.start(), found.end())
        return
    found = VOLUME_BEFORE_NO_RE.search(work.buf) if work.mentions(("no",)) else None
    if found and YEAR_RE.fullmatch(found.group(1)) and _dated(work.buf[:found.start()]):
        found = None      # a date's year, a decree's "Besluit 12 Maart 1890 No. 23", no volume
    if found:
        work.fields["volume"] = found.group(1)
        work.take(found.start(1), found.end(1))
        _issue_label(work)
        return
    found = ISSUE_ONLY_RE.search(work.buf) if work.mentions(("no", "bil.")) else None
    if found:
        work.fields["issue"] = found.group(1)
        work.take(found.start(), found.end())
        return
    found = VOLUME_PAGES_RE.search(work.buf)
    if found and not YEAR_RE.fullmatch(found.group(1)):
        work.fields["volume"] = found.group(1)
        _set_pages(work, found.group(2), context, pinpoint=False)
        work.take(found.start() + 1, found.end())


def _dated(before: str) -> bool:
    """Does ``before`` end with a day and a month's name ("Besluit 12 Maart ")?"""
    month = _DAY_MONTH_END_RE.search(before)
    return bool(month and month_number(month.group(1)))


_DAY_MONTH_END_RE = regex.compile(r"\d{1,2}+[ ](\p{L}{3,10}+)\.?[ ]$")


def _free_and_plausible_volume(work: Work, found) -> bool:
    volume = found.group(1)
    # "Statistik 2020 (2)" is rare; "PISA 2018 (Volume I)" is excluded by the digits-only issue.
    issue = found.group(2)
    # "58, no. 1 (1968)": a year in brackets is the date, not an issue
    return work.is_free(found.start(), found.end()) and not YEAR_RE.fullmatch(issue) and not (
        len(volume) == 4 and YEAR_RE.fullmatch(volume) and not found.group(3))


def _issue_label(work: Work) -> None:
    found = ISSUE_LABEL_RE.search(work.buf)
    if found:
        work.fields["issue"] = found.group(1)
        work.take(found.start(), found.end())


def _set_pages(work: Work, value: str, context: str, pinpoint: bool) -> None:
    value = DASH_SPACED_RE.sub("-", value.strip())
    if context == "note" and pinpoint:
        # (after a hadith's number the rules read first: "h. 93, hadis nomor 55" cites "93, no. 55")
        work.locator = f"{value}, {work.locator}" if work.locator and work.locator.startswith("no. ") else value
    elif "page" not in work.fields:
        work.fields["page"] = value


def pages(work: Work, context: str) -> None:
    labelled = [m for m in PAGE_LABEL_RE.finditer(work.buf) if _page_label_ok(work.buf, m)]
    if labelled:
        for found in labelled:
            # In a note the last labelled page is the pinpoint; an article's range in the
            # middle of a note ("pp. 3-20, p. 7") is its pages.
            pinpoint = context == "note" and found is labelled[-1]
            _set_pages(work, found.group(1), context, pinpoint=pinpoint)
            work.take(found.start(), found.end())
        return
    chapter = (CHAPTER_PAGES_BEFORE_FACTS_RE.search(work.buf) if context == "entry" and work.fields.get("editor")
               else None)
    if chapter:
        _set_pages(work, chapter.group(1), context, pinpoint=False)
        work.fields["_chapter_pages"] = True
        work.take(chapter.start(), chapter.end())
        return
    trailing = TRAILING_PAGES_RE.search(work.buf)
    if trailing:
        value = trailing.group(1)
        if YEAR_RE.fullmatch(value.strip()) and "-" not in value and "–" not in value:
            return
        before = work.buf[:trailing.start()].rstrip()
        # '"Bounds Testing," 301.': the closing quotation mark stays, the title still needs it
        separator = work.buf[trailing.start():trailing.start(1)]
        start = trailing.start(1) if any(q in separator for q in "\"”’") else trailing.start()
        # "Journal 16 (3): 289–326" in an entry, or "(Boston: Pearson, 2015), 55–57" in a note.
        if context == "note":
            _set_pages(work, value, context, pinpoint=True)
            work.take(start, trailing.end())
        elif before.endswith(")") or _DASH_RE.search(value):
            _set_pages(work, value, context, pinpoint=False)
            work.take(start, trailing.end())


def _page_label_ok(buf: str, found) -> bool:
    """``h. 5`` and ``p. 9`` are labels only with a period or after a separator, so the
    "h" of a word or an initial "P. Smith" is not read as a page."""
    label = buf[found.start():found.start(1)].strip()
    if label.casefold() in ("h", "p", "s") and "." not in label:
        return False
    before = buf[max(0, found.start() - 2):found.start()]
    if label.casefold().rstrip(".") in ("h", "p") and before and before[-1].isalpha():
        return False
    if len(label.rstrip(".")) == 1 and label[0].isupper() and YEAR_RE.fullmatch(found.group(1).strip()):
        return False   # "Hasan S. 2017.": a name's initial, then the year
    return True


def _set_status(work: Work, mark: str) -> None:
    """A work not yet published says so where its year would be: CSL's status ("in press",
    "forthcoming"; Indonesian "dalam proses" is in press)."""
    status = _STATUS_OF.get(mark.strip().casefold())
    if status:
        work.fields["status"] = status


_STATUS_OF = {"in press": "in press", "forthcoming": "forthcoming", "dalam proses": "in press"}


def year(work: Work, context: str) -> None:
    if work.fields.get("_legislation") and "issued" in work.fields:
        return
    no_year = NO_YEAR_RE.search(work.buf) if may_say_no_year(work.buf) else None
    if no_year:
        work.fields["_no_year"] = True
        _set_status(work, no_year.group())
        work.take(no_year.start(), no_year.end())
    spans = delimited_spans(work.buf)
    paren = YEAR_PAREN_RE.search(work.buf) if "(" in work.buf else None
    if paren and paren.group(1)[:1].isdigit() and not within_spans(paren.start(), spans):
        _set_year(work, paren.group(1), paren.group(0))
        work.fields["_year_at"] = paren.start()
        work.take(paren.start(), paren.end())
        return
    if paren:
        # "(n.d.)", "(t.t.)", "(in press)": no year, but the authors still end there (APA, Harvard)
        _set_status(work, paren.group(1))
        work.fields["_year_at"] = paren.start()
        work.take(paren.start(), paren.end())
        return
    years = list(YEAR_RE.finditer(work.buf))
    candidates = [m for m in years
                  if not within_spans(m.start(), spans) and _publication_year_position(work.buf, m.start())]
    if not candidates and work.mentions(("h",)):
        hijri = HIJRI_YEAR_RE.search(work.buf)
        if hijri:
            # "(Beirut: Dar al-Fikr, 1414 H)": a year of the Hijri calendar, kept as written (CSL's
            # literal date), since converting it would guess between two Gregorian years; with the
            # Gregorian year beside it ("1414 H/1994 M"), that year
            if hijri.group(2):
                work.fields["issued"] = {"date-parts": [[int(hijri.group(2))]]}
            else:
                work.fields["issued"] = {"literal": f"{hijri.group(1)} H"}
            work.take(hijri.start(), hijri.end())
            return
    if not candidates:
        if (len(years) == 1 and ("volume" not in work.fields or work.fields.get("_book_volume"))
                and "issue" not in work.fields
                and _place_and_year_end(work.buf, years[0])):
            # "Typical Battle Scenes in the Iliad, Wiesbaden 1968.": a town and the year end the
            # reference (continental humanities, no publisher named)
            _set_year(work, years[0].group(1) + (years[0].group(2) or ""), None)
            work.fields["_place_before_year"] = True
            work.take(years[0].start(), years[0].end())
        elif context == "entry" and len(years) == 1:
            # A list entry with no other year: "Annual Report IOM 2009 ..." dates itself in its
            # title. (Not in a note, where "Statistik Kopi Indonesia 2020, 15." is a short form.)
            _set_year(work, years[0].group(1), None)
        elif context == "note" and years:
            work.fields["_title_years"] = [int(m.group(1)) for m in years]
        return
    # Author-date lists put the year right after the authors: "Gujarati, Damodar N. 2003."
    first = candidates[0]
    # (Not when nothing follows the year: "Morrison, Toni. Beloved. Alfred A. Knopf, 1987." is MLA.)
    if _PUNCTUATION_BEFORE_RE.match(work.buf[max(0, first.start() - 2):first.start()]) and \
            _PUNCTUATION_AFTER_RE.match(work.buf[first.end():first.end() + 2]) and \
            TWO_LETTERS_RE.search(work.buf[first.end():]) and \
            looks_like_names(work.buf[:first.start()].strip(" .,")) and context == "entry":
        chosen = first
        work.fields["_year_at"] = first.start()
    else:
        chosen = candidates[-1]
    start, end = chosen.start(), chosen.end()
    _set_year(work, chosen.group(1) + (chosen.group(2) or ""), None)
    before = work.buf[max(0, start - 12):start]
    month = _MONTH_BEFORE_RE.search(before) if _ends_with_a_word(before) else None
    if month and month_number(month.group(1)) and work.fields.get("issued"):
        work.fields["issued"]["date-parts"][0].append(month_number(month.group(1)))
        start -= len(month.group(0))
        day = _DAY_BEFORE_RE.search(work.buf, max(0, start - 4), start)
        if day and 1 <= int(day.group(1)) <= 31:
            # "Republika, 3 Maret 2020": the day before the month
            work.fields["issued"]["date-parts"][0].append(int(day.group(1)))
            start = day.start(1)
    after = _MONTH_AFTER_RE.match(work.buf, end) if work.buf[end:end + 1] == "," else None
    if after and month_number(after.group(1)) and work.fields.get("issued") and len(work.fields["issued"]["date-parts"][0]) == 1:
        # "Hendrickson, J. 2022, Oktober. How to ...": the month after the year
        work.fields["issued"]["date-parts"][0].append(month_number(after.group(1)))
        end = after.end()
    window = max(0, start - 8)    # "tahun " and the character before it
    tahun = _TAHUN_RE.search(work.buf[window:start])
    if tahun:
        start = window + tahun.start()
    work.take(start, end)


def _place_and_year_end(buf: str, year) -> bool:
    """Does the year end the reference after one to four capitalised words that follow the
    title's comma ("..., Wiesbaden 1968.", "..., Cambridge Mass. 1960.", "..., Berkeley-Los
    Angeles 1991")?"""
    if buf[year.end():].strip(" .," + HOLE):
        return False      # (pages after the year are read already: "Roma 1985, pp. 271-294.")
    before = buf[:year.start()]
    comma = before.rfind(",")
    # (names and a title come first: in "Mubyarto, Keluarga Pembangunan 1927, hlm. 167." the
    # year ends the title)
    if comma == -1 or HOLE in before[comma:] or before.count(",", 0, comma) < 1:
        return False
    place = before[comma + 1:].strip()
    # not "Spring 1992", "Juillet 1997": a season or month dates an issue
    return plausible_place(place) and not (month_number(place.rstrip(".")) or place.casefold() in _SEASONS)


_SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter", "printemps", "été", "automne", "hiver",
                      "frühjahr", "frühling", "sommer", "herbst"})


def _ends_with_a_word(text: str) -> bool:
    """A cheap test before _MONTH_BEFORE_RE: three letters, then at most a stop and a space, end the text."""
    text = text[:-1] if text.endswith(" ") else text
    text = text[:-1] if text.endswith(".") else text
    return text[-3:].isalpha() and len(text) >= 3


def _publication_year_position(buf: str, start: int) -> bool:
    """A publication year follows punctuation, "Tahun" or a month, or opens the reference;
    a year right after a word belongs to a title ("Statistik Kopi Indonesia 2020")."""
    before = buf[:start].rstrip(" ")
    if not before.strip(HOLE + " "):
        return True
    if before[-1] in ",.(:;" + HOLE or before.endswith(("/", "[")):
        return True
    word = _WORD_BEFORE_RE.search(before[-12:])     # the pattern looks at 11 characters at most
    if word and (month_number(word.group(1)) or word.group(1).casefold() in ("tahun", "year")):
        return True
    # "(5th edn, West Academic Publishing 2021)", "(Oxford: Clarendon Press 1998)": OSCOLA's
    # publisher and year close a bracket that holds a comma or colon (a title's does not)
    if buf[start + 4:start + 5] == ")" and not _DAY_AND_MONTH_END_RE.search(before[-20:]):
        # (not a day's date: "(Arsenali Medicei, 13 settembre 2003 - 9 dicembre 2003)" is when an
        # exhibition was held)
        opening = before.rfind("(", max(0, len(before) - 120))
        return opening != -1 and ")" not in before[opening:] and any(mark in before[opening:] for mark in ",:")
    return False


# "13 settembre", "5 October": a day and a month's name end the text before a year
_DAY_AND_MONTH_END_RE = regex.compile(r"\d{1,2}+[ ]\p{L}{3,12}+$")

# "1414 H", "1379 H.", "1420H", "1414 H/1994 M": a Hijri year (the years of classical Arabic
# books' editions), and the Gregorian year that may follow it
HIJRI_YEAR_RE = regex.compile(
    r"(?<![\d\p{L}])(1[0-4]\d\d)[ ]?H\.?(?:[ ]?/[ ]?((?:1[5-9]|20)\d\d)[ ]?M\.?)?(?![\p{L}\d])")

# "2021, 5 Mei", "2020, March 3": a date written year first
_YEAR_FIRST_DATE_RE = regex.compile(r"^((?:1[5-9]|20)\d\d)[a-z]?,[ ]?(.{3,30}+)$")


def _set_year(work: Work, value: str, paren_text: str | None) -> None:
    year = int(value[:4])
    parts = [year]
    if paren_text:
        # APA "(2020, March 3)", APA-ID "(2021, 5 Mei)": the year first, then the day and month
        inner = paren_text.strip("()")
        year_first = _YEAR_FIRST_DATE_RE.match(inner)
        date = parse_date(f"{year_first.group(2)} {year_first.group(1)}" if year_first else inner)
        if date and date[0] == year:
            parts = date
    work.fields["issued"] = {"date-parts": [parts]}
    if len(value) > 4 and value[4:].isalpha():
        work.fields["_year_suffix"] = value[4:]
