"""Steps that mend the labeller's reading of a reference with what the rules read.

:func:`citex.parse.parse_reference` has a reference read twice, by the trained labeller and by the
rules, and then calls these steps in order. Each module holds the steps about one part of a
reference:

- :mod:`.titles`      titles, and the authors the labeller ran into or out of them
- :mod:`.containers`  journals, newspapers, sites and books that hold the work
- :mod:`.publishers`  publishers and their towns
- :mod:`.editors`     editors, translators and editions
- :mod:`.genres`      theses and other genres
- :mod:`.dates`       years and days of publication and access
- :mod:`.cleanup`     words that belong to no field
- :mod:`.whole`       steps over the finished reference (papers read at meetings, newspapers, sites)

A step takes the labeller's ``fields`` and changes them in place; where it needs them, it also
gets the rules' reading (a :class:`~citex.models.Reference`), :class:`HowRead` and the text both read.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..models import Reference


@dataclass(frozen=True)
class HowRead:
    """What the rules know about how they read a reference (their private fields)."""

    delimited_title: str | bool = False       # "quoted" or "italic": certain at both ends
    delimited_container: str | bool = False
    authors_before_year: bool = False         # APA: everything before "(2022)." is authors
    inverted_head: bool = False               # "Family, Given. Title." read exactly
    title_years: tuple[int, ...] = ()         # years the rules saw inside a note's title
    chapter_pages: bool = False               # Chicago's "..., edited by X, 45-67. Place: ..."
    semicolon_names: bool = False             # ACS's "Grubbs, R. H.; Chang, S. Title" read exactly

    @classmethod
    def take_from(cls, rules: Reference) -> HowRead:
        pop = rules.fields.pop
        return cls(pop("_delimited_title", False), pop("_delimited_container", False),
                   pop("_authors_before_year", False), pop("_inverted_head", False),
                   tuple(pop("_title_years", ())), pop("_chapter_pages", False), pop("_semicolon_names", False))
