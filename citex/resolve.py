"""Resolve short forms and in-text citations to works.

* ``Ibid.`` is the work of the note before; after a note citing several works it is
  ambiguous and stays unresolved, unless all but one came after "lihat juga", "see also" or
  "cf." (further sources beside the note's own).
* ``Author, op. cit.``, ``Author, loc. cit.`` and ``Author, Hal. 12`` are the author's work
  cited in full earlier (a misspelt name still matches: "Kagle" for "Kagley"). With several
  earlier works by that author, a short title decides, else the latest is taken and the
  cite is marked ambiguous. With no earlier full citation, a reference-list entry by that
  author is taken but the cite is still reported.
* In-text "(Author, Year)" and "[n]" are looked up in the reference list.

Every unresolved or doubtful cite keeps its reason, so :mod:`citex.check` can report it.
"""
from __future__ import annotations

import itertools
from dataclasses import dataclass

import regex

from . import lexicon
from .models import (
    Cite,
    FullCite,
    IbidCite,
    InText,
    LocCitCite,
    OpCitCite,
    ResolvedCite,
    ShortCite,
)
from .names import parse_names
from .patterns import YEAR_RE
from .works import (
    TITLE_SIMILAR,
    WorkRegistry,
    abbreviates,
    alnum,
    families,
    title_similarity,
    year_of,
)

# "BPS", "WHO": an institution cited by its acronym
_ACRONYM_RE = regex.compile(r"\p{Lu}{2,10}")


@dataclass(frozen=True)
class NoteResolution:
    cites: tuple[ResolvedCite, ...]
    ambiguous: tuple[bool, ...]     # per cite: resolved, but more than one work was possible
    late: tuple[bool, ...]          # per cite: resolved only to a reference-list entry


def resolve_notes(registry: WorkRegistry, notes_cites: list[list[Cite]], note_lines: list[int]) -> list[NoteResolution]:
    """Resolve every cite of every note, in document order; full cites join the registry."""
    results: list[NoteResolution] = []
    cited_in_full: dict[int, int] = {}      # work -> when it was last cited in full
    clock = itertools.count(1)
    previous: list[int | None] = []         # the works of the last note that cited anything
    for cites, line in zip(notes_cites, note_lines):
        resolved, ambiguous, late = [], [], []
        current: list[int | None] = []
        for cite in cites:
            index, reason, is_ambiguous, is_late = _resolve_one(registry, cite, line, cited_in_full, previous)
            if isinstance(cite, FullCite) and index is not None:
                cited_in_full[index] = next(clock)
            current.append(index)
            resolved.append(ResolvedCite(cite.form, None if index is None else str(index), cite.locator, reason))
            ambiguous.append(is_ambiguous)
            late.append(is_late)
        if cites:
            # ("X, 1620; lihat juga Y, 165.": the note's own work is X, the one "Ibid." means)
            own = [index for cite, index in zip(cites, current) if not cite.also]
            previous = own if len(own) == 1 else current
        results.append(NoteResolution(tuple(resolved), tuple(ambiguous), tuple(late)))
    return results


def _resolve_one(registry, cite, line, cited_in_full, previous):
    if isinstance(cite, FullCite):
        return registry.add(cite.reference, "note", line), None, False, False
    if isinstance(cite, IbidCite):
        if not previous:
            return None, "Ibid. with no citation before it", False, False
        if len(previous) > 1:
            return None, "Ibid. after a note citing several works: ambiguous", False, False
        if previous[0] is None:
            return None, "Ibid. refers to a citation that is itself unresolved", False, False
        return previous[0], None, False, False
    if isinstance(cite, (OpCitCite, LocCitCite)) and not cite.author:
        if previous and len(previous) == 1 and previous[0] is not None:
            return previous[0], None, False, False
        return None, f"{cite.form} without an author to tell which work", False, False
    author = cite.author
    title = cite.title if isinstance(cite, ShortCite) else None
    year = _year_written(cite.text)
    wanted = _cite_families(author)
    if not wanted:
        return None, f"cannot read the author of {cite.text!r}", False, False
    written = registry.by_name(wanted[0])
    # the author's works cited in full so far, the latest first
    matches = sorted((i for i in written if i in cited_in_full), key=lambda i: -cited_in_full[i])
    if matches:
        choice, ambiguous = _choose(registry, matches, title, year)
        return choice, None, ambiguous, False
    late = sorted(written)
    if late:
        choice, ambiguous = _choose(registry, late, title, year)
        # In a notes style that never gives full references (MLA, Chicago short notes) the
        # list is where short forms point; elsewhere it is worth a warning.
        reason = f"no earlier full citation of {author}; matched a reference-list entry" if cited_in_full else None
        return choice, reason, ambiguous, bool(cited_in_full)
    return None, f"no full citation of {author} anywhere in the document", False, False


def _cite_families(author: str) -> list[str]:
    names = parse_names(author)
    return families({"author": names}) or [alnum(author)]


def _year_written(text: str) -> int | None:
    """The one year a short form gives to tell an author's works apart ("T.R.R. Nitibaskara,
    Op.cit., 2009, hlm 45"), if it gives one."""
    years = [m.group(1) for m in YEAR_RE.finditer(text)] if any(ch.isdigit() for ch in text) else []
    return int(years[0]) if len(years) == 1 else None


def _choose(registry: WorkRegistry, matches: list[int], title: str | None,
            year: int | None = None) -> tuple[int, bool]:
    """The latest matching work, or the one whose title the short title starts, or the one of
    the year the short form gives."""
    distinct = list(dict.fromkeys(matches))
    if len(distinct) == 1:
        return distinct[0], False
    if year is not None:
        of_year = [i for i in distinct if year_of(registry.works[i].fields) == year]
        if len(of_year) == 1:
            return of_year[0], False
    if title:
        # a title the short title begins wins outright (the first such); only without one are
        # the others' similarities (costly) needed
        short = alnum(title)
        for index in distinct:
            if short and alnum(registry.works[index].fields.get("title")).startswith(short):
                return index, False
        scored = sorted(distinct, key=lambda i: -_short_title_score(title, registry.works[i].fields.get("title")))
        return scored[0], False
    return distinct[0], True


def _short_title_score(short: str, full) -> float:
    a, b = alnum(short), alnum(full)
    if a and b.startswith(a):
        return 2.0
    return title_similarity(short, full or "")


def resolve_intext(registry: WorkRegistry, citations: list[InText], abbreviations: dict[str, str],
                   numbered: dict[int, int], entry_works: set[int]) -> list[list[int | None]]:
    """For each in-text citation, the work index of each part (None: no such work)."""
    out: list[list[int | None]] = []
    last_cited: int | None = None
    ranges = [(index, work.fields["page"]) for index, work in enumerate(registry.works) if work.fields.get("page")]
    by_page: dict[str, int | None] = {}        # a page's work, found once
    by_author: dict[tuple[str, str | None], int | None] = {}
    for citation in citations:
        ids: list[int | None] = []
        for part in citation.parts:
            if part.number is not None:
                index = numbered.get(part.number)
            elif part.author is None and part.title is None:
                if part.locator not in by_page:
                    by_page[part.locator] = _page_holders(ranges, part.locator)
                holders = by_page[part.locator]
                named = _works_named(registry, part.words_before, entry_works)
                # "For Spillers, ... (67)": the work that holds the page, of those the sentence
                # names first (two may hold it); with none holding it, the named one cited last,
                # or the sole one named ("Conrad, he declared, was ... (788)" is Achebe's page)
                index = next((i for i in holders if i in named), holders[0] if holders else None)
                if index is None and named:
                    index = last_cited if last_cited in named else (named[0] if len(named) == 1 else None)
                if index is None:
                    index = last_cited     # "(8)" right after "(Conrad 8)": the work cited last
            else:
                key = (part.author, part.year, part.words_before, part.title)
                if key not in by_author:
                    by_author[key] = (_author_year(registry, part.author, part.year, abbreviations, entry_works,
                                                   part.words_before, part.title) if part.author
                                      else _titled(registry, sorted(entry_works), part.title))
                index = by_author[key]
            ids.append(index)
            if index is not None:
                last_cited = index
        out.append(ids)
    return out


def _page_holders(ranges: list[tuple[int, str]], locator: str | None) -> list[int]:
    """"(788)": the works whose page range holds that page."""
    if not locator:
        return []
    first = int(locator.replace("–", "-").split("-")[0].split(",")[0])
    return [index for index, page in ranges if _in_range(first, page)]


def _works_named(registry, names: str | None, entry_works: set[int]) -> list[int]:
    """The listed works of the authors ``names`` gives (the names a sentence mentions)."""
    if not names:
        return []
    return sorted({index for name in names.split() for index in registry.by_name(alnum(name)) if index in entry_works})


def _titled(registry, candidates: list[int], title: str | None) -> int | None:
    """"(Morrison, *Beloved* 43)", "(“Sojourner Truth” 3)": of the works, the one whose title the
    short title begins or resembles most."""
    if not title:
        return candidates[0] if candidates else None
    scored = [(_short_title_score(title, registry.works[i].fields.get("title")), i) for i in candidates]
    best = max(scored, default=(0.0, None))
    return best[1] if best[0] >= TITLE_SIMILAR else None


def _in_range(number: int, page: str) -> bool:
    parts = page.replace("–", "-").split("-")
    try:
        low = int(parts[0])
        high = int(parts[1]) if len(parts) > 1 else low
    except ValueError:
        return False
    if high < low:  # "782-94"
        high = int(str(low)[: len(str(low)) - len(str(high))] + str(high))
    return low <= number <= high


def _author_year(registry, author, year, abbreviations, entry_works, words_before=None, title=None) -> int | None:
    long_name = abbreviations.get(author)
    wanted = [alnum(long_name)] if long_name else _cite_families(author)
    year_number = int(year[:4]) if year and year[:4].isdigit() else None
    suffix = year[4:] if year and len(year) > 4 else None
    candidates = []
    written = registry.by_name(wanted[0]) | (registry.by_name(alnum(author)) if long_name else set())
    for index in sorted(written):
        fields = registry.works[index].fields
        if year_number is not None and year_of(fields) not in (year_number, None):
            continue
        if year_number is None and year_of(fields) is not None and year:
            continue
        if suffix and fields.get("_year_suffix") not in (None, suffix):
            continue
        candidates.append(index)
    if not candidates and author:
        # "Kemendikbud (2022)": the abbreviation the list gives its group author
        wanted_short = alnum(author)
        candidates = [i for i, work in enumerate(registry.works)
                      if alnum(work.fields.get("_abbreviation") or "") == wanted_short
                      and _year_fits(work.fields, year_number)]
    if not candidates and _ACRONYM_RE.fullmatch(author or ""):
        # "(BPS, 2021)" for Badan Pusat Statistik: an acronym of an institution's name
        candidates = [i for i, work in enumerate(registry.works)
                      if acronym_of(work.fields) == author and _year_fits(work.fields, year_number)]
    if not candidates and author and not _ACRONYM_RE.fullmatch(author) and _group_short_form(author):
        # "(Kemenkes RI, 2018)" for Kementerian Kesehatan Republik Indonesia: a group's syllabic
        # abbreviation, its letters the opening letters of each word of the listed name
        candidates = [i for i, work in enumerate(registry.works)
                      if _year_fits(work.fields, year_number) and abbreviates(author, _group_name(work.fields))]
    if not candidates and author:
        # "(Jawa Pos, 2018)", "(Kompas, 2021)": an unsigned article cited by the paper it is in
        paper = alnum(author)
        candidates = [i for i, work in enumerate(registry.works)
                      if not work.fields.get("author") and alnum(work.fields.get("container-title") or "") == paper
                      and _year_fits(work.fields, year_number)]
    if not candidates and author and year_number is not None and len(author) >= 4 and " " not in author:
        candidates = _cited_by_title(registry, author, year_number, entry_works, words_before)
    if not candidates:
        return None
    preferred = [i for i in candidates if i in entry_works] or candidates
    return _titled(registry, preferred, title) if title else preferred[0]


def _cited_by_title(registry, name: str, year: int, entry_works, words_before: str | None) -> list[int]:
    """"Menurut Scrum Guide (2020)", "Laporan Indeks SPBE Nasional (2022)": a work cited by its
    title. The capitalized words before the name, with it, are a phrase of one listed title of
    that year (the longest run of them that is, as "Menurut" opens the sentence); with no word
    before it, the name alone ends one such title of some length."""
    titles = {i: alnum(registry.works[i].fields.get("title")) for i in entry_works
              if year_of(registry.works[i].fields) == year and len(str(registry.works[i].fields.get("title") or "").split()) >= 2}
    words = (words_before.split() if words_before else []) + [name]
    for first in range(len(words) - 1):
        phrase = alnum(" ".join(words[first:]))
        found = [i for i, title in titles.items() if phrase in title]
        if found:
            return found if len(found) == 1 else []
    if len(words) > 1:
        return []      # the words before it name no title: the last word alone is no evidence
    key = alnum(name)
    found = [i for i, title in titles.items() if title.endswith(key)]
    return found if len(found) == 1 else []


_CONNECTIVES = frozenset({"dan", "and", "of", "for", "the", "&", "di", "ke", "untuk"})


def acronym_of(fields: dict) -> str:
    """"BRIN" for Badan Riset dan Inovasi Nasional: the initials of a group author's words."""
    names = fields.get("author") or []
    literal = names[0].get("literal", "") if names else ""
    return "".join(w[0] for w in literal.replace(",", " ").split() if w.casefold() not in _CONNECTIVES and w[:1].isupper())


def _group_short_form(author: str) -> bool:
    """Could ``author`` be a group's short name ("Kemenkes RI", "Bappenas", "Dinkes Kota
    Semarang")? (A person's family name, "Smith", could be spelt from the opening letters of
    many a group's words: such names are no short forms unless a word of them is known to be.)"""
    words = author.split()
    return words[0].strip(".,").casefold() in lexicon.GROUP_SHORT_NAMES or any(
        len(w) >= 2 and w.isupper() for w in words[1:])


def _group_name(fields: dict) -> str:
    names = fields.get("author") or []
    return names[0].get("literal", "") if len(names) == 1 else ""


def _year_fits(fields: dict, year: int | None) -> bool:
    return year is None or year_of(fields) in (year, None)
