"""One item per distinct work: references that describe the same work are merged.

A work cited in a footnote and listed in the bibliography is one item; its fields are
merged keeping the better-formed value ("Pustaka Pelajar" over "PustakaPelajar"). Matching
looks only at works sharing an author key, a title prefix or a URL, so the cost stays
linear in the number of references.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from difflib import SequenceMatcher

import regex

from .dates import csl_date_parts
from .models import Reference

# Small patterns of this module, compiled once.
_DIGITS_RE = regex.compile(r"\d+")
_LETTERS_RE = regex.compile(r"\p{L}+")
_URL_SCHEME_RE = regex.compile(r"^https?[:;]?//", regex.I)
_NON_LETTER_RE = regex.compile(r"[^\p{L}]")

# Particles written into a family name or left out: "al-Zuhaili" / "Zuhaili", "van Dijk" / "Dijk".
_FAMILY_PREFIXES = ("al", "el", "de", "van", "von")

# Decisions on "same work".
TITLE_SIMILAR = 0.78
TITLE_SIMILAR_WITHOUT_AUTHORS = 0.86
TITLE_CONTAINED_MIN_LENGTH = 12
FAMILY_SIMILAR = 0.8

# How many works of one bucket (an author, a title prefix) are compared with a new reference.
BUCKET_LIMIT = 40

# Which type wins when merged references disagree: the more specific first.
_TYPE_PRIORITY = ("thesis", "legislation", "article-journal", "article-newspaper", "chapter",
                  "paper-conference", "report", "webpage", "book", "document")


def alnum(text) -> str:
    """Letters and digits only, case-folded: the key every comparison of names and titles uses."""
    return _alnum(str(text or ""))


@functools.lru_cache(maxsize=16384)
def _alnum(text: str) -> str:
    # cached: the same titles and names are compared again with every new reference
    text = unicodedata.normalize("NFKC", text)
    return "".join(filter(str.isalnum, text.casefold()))


def ascii_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed.casefold() if ch.isascii() and ch.isalnum())


def families(fields: dict) -> list[str]:
    out = []
    for name in fields.get("author") or []:
        out.append(alnum(name.get("family") or name.get("literal") or ""))
    return [f for f in out if f]


def similar_family(a: str, b: str) -> bool:
    """Equal, or a misspelling of a long enough name ("Kagle" for "Kagley")."""
    if not a or not b:
        return False
    if a == b:
        return True
    # "alzuhaili" and "zuhaili": a particle written or not
    for particle in _FAMILY_PREFIXES:
        if a == particle + b or b == particle + a:
            return True
    if min(len(a), len(b)) < 4 or a[0] != b[0] or abs(len(a) - len(b)) > 2:
        return False   # a misspelling keeps the first letter and about the length
    return SequenceMatcher(None, a, b).ratio() >= FAMILY_SIMILAR


def title_similarity(a: str, b: str, floor: float = 0.0) -> float:
    """0..1; titles whose numbers differ ("... 2021" and "... 2022") are different works.

    Below ``floor`` the exact figure does not matter to the caller: 0.0 is returned as soon
    as a cheap upper bound shows the similarity is lower.
    """
    a, b = alnum(a), alnum(b)
    if not a or not b:
        return 0.0
    numbers_a, numbers_b = _DIGITS_RE.findall(a), _DIGITS_RE.findall(b)
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return 0.0
    if a == b:
        return 1.0
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) >= TITLE_CONTAINED_MIN_LENGTH and shorter in longer:
        return 0.9
    matcher = _matcher_against(b)
    matcher.set_seq1(a)
    if floor and (matcher.real_quick_ratio() < floor or matcher.quick_ratio() < floor):
        return 0.0
    return matcher.ratio()


@functools.lru_cache(maxsize=256)
def _matcher_against(title: str) -> SequenceMatcher:
    """A matcher whose second sequence is ``title``: a new reference's title is compared with
    every candidate work's, and the matcher's index of its characters is built once for all of
    them. (Each caller sets the first sequence before asking; nothing else holds the matcher.)"""
    return SequenceMatcher(None, "", title, autojunk=False)


def year_of(fields: dict) -> int | None:
    issued = fields.get("issued")
    if issued and issued.get("date-parts"):
        return issued["date-parts"][0][0]
    return None


@dataclass
class Work:
    """A cluster of references to one work; ``fields`` is their merge, kept up to date."""

    references: list[tuple[Reference, str, int]] = field(default_factory=list)  # (ref, source, line)
    id: str = ""
    fields: dict = field(default_factory=dict)
    listed_authors: list | None = None       # the names as the reference list gives them

    def add(self, reference: Reference, source: str, line: int) -> None:
        self.references.append((reference, source, line))
        self.fields = merge_fields([self.fields, reference.fields]) if self.fields else dict(reference.fields)
        if source == "entry" and self.listed_authors is None and reference.fields.get("author"):
            self.listed_authors = reference.fields["author"]
        merged, listed = self.fields.get("author"), self.listed_authors
        if merged and listed and merged is not listed and name_words(merged) == name_words(listed):
            # the same words split into other names ("Yoraeni, Ani, dkk." in a note read as two
            # names): the list entry, where the writer inverts the first name, reads them right
            self.fields["author"] = listed


class WorkRegistry:
    """Adds references and returns the index of the work each belongs to."""

    def __init__(self) -> None:
        self.works: list[Work] = []
        self._by_family: dict[str, list[int]] = {}
        self._by_title: dict[str, list[int]] = {}
        self._by_url: dict[str, list[int]] = {}
        self._by_exact: dict[str, list[int]] = {}
        self._exact_seen: set[tuple[str, int]] = set()
        # who wrote what, for short forms and in-text citations: first family names, and the
        # word a list entry starts with ("Ngũgĩ" for "Ngũgĩ wa Thiong'o")
        self._by_name: dict[str, set[int]] = {}
        self._by_name_shape: dict[tuple[str, int], set[str]] = {}
        self._fuzzy_cache: dict[str, tuple[str, ...]] = {}
        self.conflicts: list[tuple[int, str, int]] = []   # (work index, field, line)

    def add(self, reference: Reference, source: str, line: int) -> int:
        fields = reference.fields
        index = self.find(fields)
        if index is not None and source == "entry" and self._listed_in_another_year(index, fields):
            index = None    # the list's two entries of one title, 2020 and 2021: two editions
        if index is None:
            index = len(self.works)
            self.works.append(Work())
        else:
            self._note_conflicts(index, fields, line)
        self.works[index].add(reference, source, line)
        self._index(index, fields)
        self._index_name(index, families(fields)[:1])
        if source == "entry" and reference.raw.split():
            self._index_name(index, [alnum(reference.raw.split()[0])])
        return index

    def _listed_in_another_year(self, index: int, fields: dict) -> bool:
        """Does the reference list already give this work with another year? A writer who lists
        a title twice, "(2020)" and "(2021) ... edisi revisi", means two editions; a note's
        other year is a slip to report (see ``_note_conflicts``)."""
        year = year_of(fields)
        return bool(year) and any(source == "entry" and year_of(listed.fields) not in (None, year)
                                  for listed, source, _ in self.works[index].references)

    def _index_name(self, index: int, names: list[str]) -> None:
        for name in names:
            if not name:
                continue
            if name not in self._by_name:
                self._by_name[name] = set()
                self._by_name_shape.setdefault((name[:1], len(name)), set()).add(name)
                self._fuzzy_cache.clear()
            self._by_name[name].add(index)

    def by_name(self, wanted: str) -> set[int]:
        """Works whose first family name (or list entry's first word) is ``wanted``, written
        with or without a particle, or misspelt a little ("Kagle" for "Kagley")."""
        found = set(self._by_name.get(wanted, ()))
        for particle in _FAMILY_PREFIXES:
            found |= self._by_name.get(particle + wanted, set())
            if wanted.startswith(particle):
                found |= self._by_name.get(wanted[len(particle):], set())
        if found:
            return found
        if wanted not in self._fuzzy_cache:
            near = [name for size in range(len(wanted) - 2, len(wanted) + 3)
                    for name in self._by_name_shape.get((wanted[:1], size), ())
                    if similar_family(wanted, name)]
            self._fuzzy_cache[wanted] = tuple(near)
        for name in self._fuzzy_cache[wanted]:
            found |= self._by_name[name]
        return found

    def find(self, fields: dict) -> int | None:
        """The existing work these fields describe, or None."""
        best, best_score = None, 0.0
        for index in self._candidates(fields):
            score = same_work_score(self.works[index].fields, fields)
            if score > best_score:
                best, best_score = index, score
        return best if best_score > 0 else None

    def _candidates(self, fields: dict) -> list[int]:
        """Works sharing a key with these fields; each bucket gives at most its latest
        ``BUCKET_LIMIT`` works, so one prolific author cannot make matching quadratic."""
        found: set[int] = set()
        title = _title_key(fields)
        # Cross look-ups catch a title that begins with the author's name, as in
        # "US Department of State Trafficking in Persons Report" without italics.
        for fam in families(fields)[:1]:
            found.update(self._by_family.get(fam[:4], ())[-BUCKET_LIMIT:])
            found.update(self._by_title.get(fam[:4], ())[-BUCKET_LIMIT:])
        if title:
            found.update(self._by_title.get(title[:4], ())[-BUCKET_LIMIT:])
            found.update(self._by_family.get(title[:4], ())[-BUCKET_LIMIT:])
            # (bounded too: a merged bibliography may hold thousands of works titled alike)
            found.update(self._by_exact.get(title, ())[-BUCKET_LIMIT:])
        url = _url_key(fields.get("URL"))
        if url:
            found.update(self._by_url.get(url, ())[-BUCKET_LIMIT:])
        paper = _paper_key(fields)
        if paper and paper != title:
            found.update(self._by_title.get(paper[:4], ())[-BUCKET_LIMIT:])
        return sorted(found)

    def _index(self, index: int, fields: dict) -> None:
        for fam in families(fields)[:1]:
            self._by_family.setdefault(fam[:4], []).append(index)
        title = _title_key(fields)
        if title:
            self._by_title.setdefault(title[:4], []).append(index)
            if (title, index) not in self._exact_seen:
                self._exact_seen.add((title, index))
                self._by_exact.setdefault(title, []).append(index)
        url = _url_key(fields.get("URL"))
        if url:
            self._by_url.setdefault(url, []).append(index)
        paper = _paper_key(fields)
        if paper and paper != title:
            self._by_title.setdefault(paper[:4], []).append(index)

    def _note_conflicts(self, index: int, fields: dict, line: int) -> None:
        merged = self.works[index].fields
        y1, y2 = year_of(merged), year_of(fields)
        if y1 and y2 and y1 != y2:
            self.conflicts.append((index, "year", line))
        p1, p2 = alnum(merged.get("publisher")), alnum(fields.get("publisher"))
        if p1 and p2 and p1 != p2 and p1 not in p2 and p2 not in p1:
            self.conflicts.append((index, "publisher", line))


def _title_key(fields: dict) -> str:
    """What a work is found by besides its authors: its title, or for a newspaper cited by its day
    alone (no title, no author), the paper's name."""
    title = alnum(fields.get("title"))
    if title or fields.get("author"):
        return title
    return alnum(fields.get("container-title"))


def _paper_key(fields: dict) -> str:
    """An unsigned article's paper, which a note citing the article by its headline and a list
    giving the paper's day alone share (see same_work_score); "" for any other work."""
    if fields.get("author") or not fields.get("title") or fields.get("type") not in _PRESS_TYPES:
        return ""
    return alnum(fields.get("container-title"))


_PRESS_TYPES = frozenset({"article-newspaper", "article-magazine"})


def _url_key(url) -> str:
    if not url:
        return ""
    text = _URL_SCHEME_RE.sub("", str(url).strip()).rstrip("/")
    return text.casefold()


def same_work_score(a: dict, b: dict) -> float:
    """> 0 when the two field sets describe the same work; higher is surer."""
    suffix_a, suffix_b = a.get("_year_suffix"), b.get("_year_suffix")
    if suffix_a and suffix_b and suffix_a != suffix_b:
        return 0.0
    if (not any(f.get(key) for f in (a, b) for key in ("author", "URL")) and not (a.get("title") and b.get("title"))
            and a.get("container-title") and b.get("container-title")):
        # a newspaper cited by its day alone, or a magazine by its number, twice: the same paper on
        # the same day, the same number (a note may give the unsigned article's headline where the
        # list gives the paper's day: '"Pemogokan Buruh di Semarang," Sinar Hindia, 3 Mei 1920.')
        day, paper = csl_date_parts(a.get("issued")), alnum(a.get("container-title"))
        same = (bool(day) and day == csl_date_parts(b.get("issued")) and bool(paper) and paper == alnum(b.get("container-title"))
                and (len(day) == 3 or (a.get("issue") and a.get("issue") == b.get("issue"))))
        return 1.0 if same else 0.0
    url_a, url_b = _url_key(a.get("URL")), _url_key(b.get("URL"))
    fa, fb = families(a), families(b)
    authors_agree = bool(fa and fb and (similar_family(fa[0], fb[0]) or _one_name_split_otherwise(a, b)))
    if fa and fb and not authors_agree and not (url_a and url_b):
        if _same_article_place(a, b) and title_similarity(a.get("title"), b.get("title"), floor=0.95) >= 0.95:
            # the same long title in the same volume, issue or pages and year: one article whose
            # authors a reference manager garbled in one of the two ("Sistem Informasi and
            # Universitas Pelita Harapan" for "Tim Penulis Universitas Pelita Harapan")
            return 1.0
        return 0.0     # different authors: the titles need no comparing
    # the lowest similarity any decision below takes: under it, the exact figure is not needed
    if url_a and url_a == url_b:
        floor = 0.6
    elif authors_agree:
        floor = TITLE_SIMILAR
    else:
        floor = TITLE_SIMILAR_WITHOUT_AUTHORS
    title = title_similarity(a.get("title"), b.get("title"), floor=floor)
    ya, yb = year_of(a), year_of(b)
    years_agree = ya is None or yb is None or ya == yb
    if url_a and url_a == url_b and (title >= 0.6 or not a.get("title") or not b.get("title")):
        return 3.0 + title
    if url_a and url_b and url_a != url_b and title < 0.95:
        return 0.0
    if authors_agree:
        if title >= TITLE_SIMILAR and years_agree:
            return 2.0 + title
        if title >= 0.95:
            return 1.5  # same work, different years: an inconsistency to report
        return 0.0
    if fa and fb:
        return 0.0
    # One or both without authors: the title must carry it.
    if title >= TITLE_SIMILAR_WITHOUT_AUTHORS and years_agree and (ya or yb or title >= 0.95):
        return 1.0 + title
    # "US Department of State Trafficking in Persons Report" (no italics to tell author from
    # title) against author "US Department of State", title "Trafficking in Persons Report".
    if (fa or fb) and ya and ya == yb:
        named = a if fa else b
        other = b if fa else a
        combined = alnum((named.get("author") or [{}])[0].get("literal", "")) + alnum(named.get("title"))
        if combined and combined == alnum(other.get("title")):
            return 1.0
    return 0.0


def _one_name_split_otherwise(a: dict, b: dict) -> bool:
    """The first authors are one person whose words a note and a list split apart differently:
    "C. Snouck Hurgronje" (family Hurgronje) and "Snouck Hurgronje, C." (family Snouck Hurgronje)."""
    first_a, first_b = (a.get("author") or [{}])[0], (b.get("author") or [{}])[0]
    family_a, family_b = first_a.get("family") or "", first_b.get("family") or ""
    if first_a.get("literal") or first_b.get("literal") or family_a == family_b:
        return False
    if family_a not in family_b and family_b not in family_a:
        return False      # (a cheap test first: one family holds the other, "Snouck Hurgronje" and "Hurgronje")
    return len(name_words([first_a])) >= 2 and sorted(name_words([first_a])) == sorted(name_words([first_b]))


def _same_article_place(a: dict, b: dict) -> bool:
    """Both give a title of some length and the same year, volume and issue or pages (a
    note's pages may be its pinpoint, so either of the two will do)."""
    if not (a.get("volume") and year_of(a) and len(alnum(a.get("title"))) >= 30):
        return False
    if alnum(a.get("volume")) != alnum(b.get("volume")) or year_of(a) != year_of(b):
        return False
    return any(a.get(key) and alnum(a.get(key)) == alnum(b.get(key)) for key in ("issue", "page"))


def merge_fields(all_fields: list[dict]) -> dict:
    """Merge several references' fields, keeping the better-formed value of each."""
    merged: dict = {}
    for fields in all_fields:
        for key, value in fields.items():
            if key not in merged:
                merged[key] = value
                continue
            merged[key] = _better(key, merged[key], value)
    return merged


def _better(key: str, current, new):
    if key == "type":
        return min((current, new), key=lambda t: _TYPE_PRIORITY.index(t) if t in _TYPE_PRIORITY else 99)
    if key in ("author", "container-author", "editor", "translator"):
        if len(new) != len(current):
            return current if len(current) > len(new) else new
        return new if _given_letters(new) > _given_letters(current) else current
    if key in ("issued", "accessed"):
        a = (current.get("date-parts") or [[]])[0]
        b = (new.get("date-parts") or [[]])[0]
        return new if len(b) > len(a) and b[:len(a)] == a else current
    if isinstance(current, str) and isinstance(new, str):
        if alnum(current) == alnum(new):
            return new if _words(new) > _words(current) else current
        return current
    return current


def names_text(names: list[dict]) -> str:
    """The words of CSL names as one string: "Family Given Family ...", literals as written."""
    return " ".join(str(part) for name in names for part in name.values())


def word_bag(text: str) -> list[str]:
    """The words of ``text``, letters and digits only, sorted: two readings of the same words."""
    return sorted(key for key in (alnum(word) for word in text.split()) if key)


def name_words(names: list[dict]) -> list[str]:
    """The words of CSL names, as :func:`word_bag` gives them."""
    return word_bag(names_text(names))


def _given_letters(names: list[dict]) -> int:
    return sum(len(_NON_LETTER_RE.sub("", n.get("given", ""))) for n in names)


def _words(text: str) -> int:
    return len(_LETTERS_RE.findall(text))


class IdMaker:
    """Readable unique keys: ``haris2005gelombang``, then ``haris2005gelombanga`` ..."""

    def __init__(self) -> None:
        self.taken: set[str] = set()
        self.next_suffix: dict[str, int] = {}

    def make(self, fields: dict) -> str:
        base = _id_base(fields)
        key = base
        suffix = self.next_suffix.get(base, 0)
        while key in self.taken:
            suffix += 1
            key = f"{base}{_letters(suffix)}"
        self.next_suffix[base] = suffix
        self.taken.add(key)
        return key


def _id_base(fields: dict) -> str:
    names = fields.get("author") or fields.get("editor") or []
    who = ""
    if names:
        first = names[0]
        who = ascii_key(first.get("family") or first.get("literal") or "")
        if first.get("literal") and len(who) > 12:
            who = "".join(ascii_key(w)[:1] for w in first["literal"].split()) or who[:12]
    year = year_of(fields)
    # (a newspaper cited by its day alone, no author or title, is named by the paper: "bataviaasch1920")
    named_by = fields.get("title") or ("" if who else fields.get("container-title")) or ""
    words = [ascii_key(w) for w in _LETTERS_RE.findall(named_by)]
    word = next((w for w in words if w and w not in _ID_STOP_WORDS), "")
    base = (who or word or "ref") + (str(year) if year else "") + (word if who else "")
    return base[:40] or "ref"


_ID_STOP_WORDS = frozenset({"the", "a", "an", "of", "on", "in", "and", "dan", "di", "ke", "dari", "yang", "untuk", "dalam"})


def _letters(n: int) -> str:
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(97 + rem) + out
    return out


def abbreviates(short: str, name: str) -> bool:
    """Is ``short`` an abbreviation of the group's ``name`` made of each word's opening letters,
    in order, one at least from each word but the connectives? (The first word gives its opening
    letters; the others may give a syllable of their root, as Indonesian's syllabic abbreviations
    take it after the word's prefix: "Kemendikbud" for Kementerian Pen·dik·an dan Ke·bud·ayaan.)

    >>> abbreviates("Kemenkes RI", "Kementerian Kesehatan Republik Indonesia")
    True
    >>> abbreviates("Kemenkes RI", "Kementerian Keuangan Republik Indonesia")
    False
    >>> abbreviates("Kemendikbud", "Kementerian Pendidikan dan Kebudayaan")
    True
    """
    letters = alnum(short)
    words = [alnum(w) for w in name.split() if w.casefold() not in _NAME_CONNECTIVES and alnum(w)]
    if len(letters) < 3 or len(words) < 2 or len(letters) >= len(alnum(name)):
        return False
    reached = {0}          # how many of the letters the words so far can make
    for number, word in enumerate(words):
        reached = {at + k for at in reached for k in range(1, len(word) + 1)
                   if (letters[at:at + k] == word[:k] if number == 0 else letters[at:at + k] in word)}
        if not reached:
            return False
    return len(letters) in reached


# words a group's abbreviation passes over: "Kementerian Pendidikan dan Kebudayaan"
_NAME_CONNECTIVES = frozenset({"dan", "and", "of", "for", "the", "&", "di", "ke", "untuk"})
