"""Dates written by people: "03 Agustus 2017", "April2017", "March 3, 2019", "12/03/2021"."""
from __future__ import annotations

import regex

from .lexicon import MONTHS

_DAY_MONTH_YEAR_RE = regex.compile(r"(\d{1,2}+)[ ./-]?(\p{L}{3,10}+)\.?[ ,/-]?(\d{4}+)")
_MONTH_DAY_YEAR_RE = regex.compile(r"(\p{L}{3,10}+)\.?[ ](\d{1,2}+),?[ ]?(\d{4}+)")
_NUMERIC_RE = regex.compile(r"(\d{1,4}+)[/.-](\d{1,2}+)[/.-](\d{2,4}+)")
_MONTH_YEAR_RE = regex.compile(r"(?<!\p{L})(\p{L}{3,10}+)\.?[ ]?(\d{4}+)(?!\d)")
# Vancouver: "2021 Aug 25", "2022 Jan"
_YEAR_MONTH_DAY_RE = regex.compile(r"(?<!\d)(\d{4}+)[ ](\p{L}{3,10}+)\.?(?:[ ](\d{1,2}+)(?!\d))?")


def month_number(word: str) -> int | None:
    return MONTHS.get(word.casefold().rstrip("."))


def csl_date_parts(value: dict | None) -> list[int]:
    """The numeric ``[year, month, day]`` of a CSL date value; [] when it has none.

    >>> csl_date_parts({"date-parts": [[2017, "8", "?"]]}), csl_date_parts(None)
    ([2017, 8], [])
    """
    first = ((value or {}).get("date-parts") or [[]])[0] or []
    return [int(p) for p in first if str(p).isdigit()]


def written_date(value: dict | None) -> str | None:
    """A CSL date given as written ("1414 H", a Hijri year), where it has no date parts."""
    literal = (value or {}).get("literal") if isinstance(value, dict) else None
    return str(literal) if literal else None


def parse_date(text: str) -> list[int] | None:
    """Date parts ``[year, month, day]`` of a written date, or None.

    >>> parse_date("03 Agustus 2017"), parse_date("28 April2017"), parse_date("March 3, 2019")
    ([2017, 8, 3], [2017, 4, 28], [2019, 3, 3])
    >>> parse_date("12/03/2021"), parse_date("2021-03-12"), parse_date("2022 Jan 10")
    ([2021, 3, 12], [2021, 3, 12], [2022, 1, 10])
    """
    text = text.strip()
    if not any(map(str.isalpha, text)):
        # no month's name to find: only the numeric form can match ("(2005).", "12/03/2021")
        found = _NUMERIC_RE.search(text)
        return _numeric_date(found) if found else None
    found = _DAY_MONTH_YEAR_RE.search(text)
    if found and month_number(found.group(2)):
        return _valid(int(found.group(3)), month_number(found.group(2)), int(found.group(1)))
    found = _MONTH_DAY_YEAR_RE.search(text)
    if found and month_number(found.group(1)):
        return _valid(int(found.group(3)), month_number(found.group(1)), int(found.group(2)))
    found = _NUMERIC_RE.search(text)
    if found:
        return _numeric_date(found)
    found = _YEAR_MONTH_DAY_RE.search(text)
    if found and month_number(found.group(2)):
        return _valid(int(found.group(1)), month_number(found.group(2)), int(found.group(3) or 0) or None)
    found = _MONTH_YEAR_RE.search(text)
    if found and month_number(found.group(1)):
        return _valid(int(found.group(2)), month_number(found.group(1)), None)
    return None


def _numeric_date(found) -> list[int] | None:
    a, b, c = found.groups()
    if len(a) == 4:
        return _valid(int(a), int(b), int(c))
    year = int(c) + (2000 if len(c) == 2 else 0)
    # Indonesian and most non-US writing is day/month/year.
    return _valid(year, int(b), int(a))


def _valid(year: int, month: int | None, day: int | None) -> list[int] | None:
    if not 1000 <= year <= 2999:
        return None
    if month is None:
        return [year]
    if not 1 <= month <= 12:
        return [year]
    if day is None or not 1 <= day <= 31:
        return [year, month]
    return [year, month, day]
