"""Broken-citation checks over one extraction.

Each problem has a code (as in the gold FORMAT.md), a default severity, the line of the input
file it concerns and a message a student understands.
"""
from __future__ import annotations

import bisect
import datetime

import regex

from . import lexicon
from .bibliography import is_subheading
from .dates import written_date
from .models import Problem
from .patterns import (
    CODE_OF_LAW,
    GOOD_DOI_RE,
    GOOD_URL_RE,
    LAW_NUMBER,
    LAW_YEAR,
    LEGISLATION_RE,
    LOWERCASE_PARTICLES,
)
from .works import alnum, year_of

# Small patterns of this module, compiled once.
_LEADING_NON_LETTERS_RE = regex.compile(r"^[\W\d_]+")
_CODE_OF_LAW_RE = regex.compile(CODE_OF_LAW, regex.I)
# "al-", "Al-", "an-", "ar-", "as-", "asy-", "ash-", "at-", "az-", "ad-", "adz-", "el-" before an Arabic name
_ARABIC_ARTICLE_RE = regex.compile(r"(?:al|an|ar|as|asy|ash|at|az|ad|adz|el)-(?=\p{L})", regex.I)
# "van Dijk", "de Vries", "van der Berg": a particle in lower case, which lists sort with the name or
# without it (under V or D)
_LOWERCASE_PARTICLE_RE = regex.compile(LOWERCASE_PARTICLES + r"(?=\p{Lu})")

SEVERITY = {
    "marker-without-footnote": "error",
    "footnote-without-marker": "warning",
    "footnote-numbering": "warning",
    "unresolved-short-cite": "error",
    "ambiguous-short-cite": "warning",
    "missing-entry": "error",
    "uncited-entry": "warning",
    "duplicate-entry": "warning",
    "malformed-url": "error",
    "malformed-doi": "error",
    "missing-year": "warning",
    "future-year": "warning",
    "inconsistent-citation": "warning",
    "bibliography-order": "warning",
    "unparsed-entry": "warning",
    "dead-link": "error",
    "redirected-link": "warning",
}

# An alphabetical list may have this share of its neighbours out of order and still be
# checked; more, and it is not meant to be alphabetical.
ORDER_TOLERANCE = 0.2


def find_problems(extraction, today_year: int | None = None) -> list[Problem]:
    today_year = today_year or datetime.date.today().year
    problems: list[Problem] = []
    problems += _note_problems(extraction)
    problems += _short_cite_problems(extraction)
    problems += _coverage_problems(extraction)
    problems += _entry_problems(extraction)
    problems += _field_problems(extraction, today_year)
    problems.sort(key=lambda p: (p.line or 0, p.code))
    return problems


def _problem(code: str, line, message: str, footnote=None, item_id=None, severity=None) -> Problem:
    if isinstance(footnote, str) and footnote.isdigit():
        footnote = int(footnote)
    return Problem(code, severity or SEVERITY[code], line, message, footnote, item_id)


def _note_problems(ex) -> list[Problem]:
    out = []
    notes = ex.notes
    linked_notes = set(notes.links.values())
    unlinked_marker_labels = set()
    for index, marker in enumerate(notes.markers):
        if index not in notes.links:
            unlinked_marker_labels.add(marker.label)
            out.append(_problem("marker-without-footnote", marker.line,
                                f"footnote marker {marker.label} has no footnote text", footnote=marker.label))
    for index, note in enumerate(notes.footnotes):
        if index not in linked_notes and notes.markers:
            out.append(_problem("footnote-without-marker", note.line,
                                f"footnote {note.label} is never referenced in the text", footnote=note.label))
    if notes.style == "markdown":
        return out  # Markdown labels are names, not a sequence
    previous_chapter, expected = None, None
    for note in notes.footnotes:
        number = note.number
        if number is None:
            continue
        if note.chapter != previous_chapter:
            previous_chapter = note.chapter
            if number == 1 or expected is None or number == expected:
                expected = number + 1
                continue
        if number != expected:
            missing = set(range(expected, number)) if number > expected else set()
            if not (missing and all(str(m) in unlinked_marker_labels for m in missing)):
                what = "repeats an earlier number" if number < expected else f"skips to {number}"
                out.append(_problem("footnote-numbering", note.line,
                                    f"footnote {number} {what}; expected {expected}", footnote=number))
        expected = number + 1
    return out


def _short_cite_problems(ex) -> list[Problem]:
    out = []
    for note, cites, resolution in zip(ex.notes.footnotes, ex.note_cites, ex.note_resolutions):
        for cite, resolved, ambiguous, late in zip(cites, resolution.cites, resolution.ambiguous, resolution.late):
            item_id = ex.item_id(int(resolved.id)) if resolved.id is not None else None
            if resolved.id is None and resolved.reason:
                out.append(_problem("unresolved-short-cite", note.line,
                                    f"footnote {note.label}: {resolved.reason}: {cite.text.strip()!r}",
                                    footnote=note.label))
            elif late:
                out.append(_problem("unresolved-short-cite", note.line,
                                    f"footnote {note.label}: {resolved.reason}", footnote=note.label,
                                    item_id=item_id, severity="warning"))
            elif ambiguous:
                out.append(_problem("ambiguous-short-cite", note.line,
                                    f"footnote {note.label}: the author has several earlier works; "
                                    f"took {item_id}", footnote=note.label, item_id=item_id))
    return out


def _citing_lines(ex) -> dict[int, int]:
    """Work index -> first line where a note or the text cites it."""
    lines: dict[int, int] = {}
    for note, resolution in zip(ex.notes.footnotes, ex.note_resolutions):
        for resolved in resolution.cites:
            if resolved.id is not None:
                lines.setdefault(int(resolved.id), note.line)
    for citation, works in zip(ex.intext, ex.intext_works):
        for index in works:
            if index is not None:
                lines.setdefault(index, citation.line)
    return lines


def _laws_named_in_text(ex) -> set[tuple[str, int]]:
    """The laws the text before the list names by number and year, as legal writing cites
    them ("Standar proses diatur dalam Permendikbud Nomor 22 Tahun 2016", "(UU RI No. 14 Tahun
    2005)"): (number, year) pairs."""
    end = ex.entries[0].line - 1 if ex.entries else len(ex.document.lines)
    text = "\n".join(ex.document.lines[:end])
    return {(found.group(1), int(found.group(2))) for found in _LAW_NUMBER_YEAR_RE.finditer(text)}


def _law_key(fields: dict) -> tuple[str, int | None]:
    return str(fields.get("number") or ""), year_of(fields)


# "Nomor 22 Tahun 2016", "No. 14 Th. 2005": a law's number and year where the text names it
_LAW_NUMBER_YEAR_RE = regex.compile(LAW_NUMBER + r"[ ]?" + LAW_YEAR, regex.I)


def _coverage_problems(ex) -> list[Problem]:
    out = []
    cited = _citing_lines(ex)
    listed = set(ex.entry_works)
    if ex.entries:
        listed_text = alnum(" ".join(entry.text for entry in ex.entries))
        for index, line in sorted(cited.items(), key=lambda kv: kv[1]):
            fields = ex.registry.works[index].fields
            if fields.get("type") in ("interview", "personal_communication"):
                continue    # a personal communication: cited in the text only (APA 8.9), listed by few guides
            title = alnum(fields.get("title"))
            # A title that stands in the list's text is listed, in an entry glued to another.
            if index not in listed and not (len(title) >= 12 and title in listed_text):
                out.append(_problem("missing-entry", line,
                                    f"{_describe(ex, index)} is cited but not in the reference list",
                                    item_id=ex.ids[index]))
    if cited:
        reported = set()
        scripture_cited = None
        laws_named = None
        for entry, index in zip(ex.entries, ex.entry_works):
            if index not in cited and index not in reported:
                if _is_scripture(ex.registry.works[index].fields):
                    if scripture_cited is None:
                        scripture_cited = _cites_scripture(ex)
                    if scripture_cited:
                        continue     # "Al-Qur'an dan Terjemahannya", cited by surah and verse
                if ex.registry.works[index].fields.get("type") == "legislation":
                    if laws_named is None:
                        laws_named = _laws_named_in_text(ex)
                    if _law_key(ex.registry.works[index].fields) in laws_named:
                        continue     # "... diatur dalam Permendikbud Nomor 22 Tahun 2016.": named in the text
                reported.add(index)
                out.append(_problem("uncited-entry", entry.line,
                                    f"{_describe(ex, index)} is listed but never cited", item_id=ex.ids[index]))
    return out


def _is_scripture(fields: dict) -> bool:
    words = str(fields.get("title") or "").split()
    return bool(words) and words[0].casefold().rstrip(".,:") in lexicon.SCRIPTURES


def _cites_scripture(ex) -> bool:
    """Does the text before the reference list cite scripture ("QS. Al-Baqarah (2): 183",
    "(Q.S. 2:183)", "firman Allah dalam Al-Qur'an")? Such citations name no list entry."""
    first_list_line = ex.layout.bibliographies[0][0] if ex.layout.bibliographies else len(ex.document.lines)
    return any(_SCRIPTURE_CITE_RE.search(line) for line in ex.document.lines[:first_list_line])


# "QS. Al-Baqarah", "Q.S. 2:183", "QS 2: 183", "Al-Qur'an", "Alquran"
_SCRIPTURE_CITE_RE = regex.compile(r"\bQ\.?[ ]?S\.?[ ]?(?:\p{Lu}|\d)|\bAl-?Qur['’]?an\b", regex.I)


def _entry_problems(ex) -> list[Problem]:
    out = []
    seen: dict[tuple[int, int], int] = {}
    starts = [first for first, _ in ex.layout.bibliographies]
    for entry, index, reference in zip(ex.entries, ex.entry_works, ex.entry_references):
        # a work listed again in another chapter's list is no duplicate; twice in one list is
        section = bisect.bisect_right(starts, entry.line)
        if (section, index) in seen:
            out.append(_problem("duplicate-entry", entry.line,
                                f"{_describe(ex, index)} is listed twice (first at line {seen[section, index]})",
                                item_id=ex.ids[index]))
        else:
            seen[section, index] = entry.line
        if not any(reference.fields.get(key) for key in ("title", "author", "container-title")):
            out.append(_problem("unparsed-entry", entry.line,
                                f"could not read this entry: {entry.text[:80]!r}", item_id=ex.ids[index]))
    out += _order_problems(ex)
    return out


def _order_problems(ex) -> list[Problem]:
    """Alphabetical order, checked within each reference list (chapters may have their own)."""
    starts = [first for first, _ in ex.layout.bibliographies]
    sections: dict[int, list] = {}
    for entry in ex.entries:
        sections.setdefault(bisect.bisect_right(starts, entry.line), []).append(entry)
    out: list[Problem] = []
    for entries in sections.values():
        out += _order_problems_of(entries, ex.document.lines)
    return out


# numbers in a sort key compare by their value: "Laporan Tahunan 9" before "Laporan Tahunan 10"
_NUMBER_RE = regex.compile(r"\d{1,12}+")


def _padded(number: regex.Match) -> str:
    return number.group().zfill(12)


def _order_problems_of(entries, lines: tuple[str, ...]) -> list[Problem]:
    if not entries or any(e.number is not None for e in entries):
        return []
    keyed = []
    for entry in entries:
        if LEGISLATION_RE.match(entry.text.lstrip()):
            continue    # laws are listed by their rank (UUD, UU, PP, Perpres ...) and number, not by letter
        text = _LEADING_NON_LETTERS_RE.sub("", entry.text)
        key = _NUMBER_RE.sub(_padded, alnum(text))
        if key and not entry.text.lstrip(" “\"‘'*")[:1].isdigit() and not entry.text.lstrip().startswith(("—", "–", "-", "_")):
            # Arabic names sort with or without their article ("Az-Zuhaili" under A or Z), and
            # Dutch ones with or without their particle: either way is in order
            article = _ARABIC_ARTICLE_RE.match(text) or _LOWERCASE_PARTICLE_RE.match(text)
            keys = (key, _NUMBER_RE.sub(_padded, alnum(text[article.end():]))) if article else (key,)
            keyed.append((keys, entry))
    if len(keyed) < 4:
        return []
    # (a sub-heading between two entries, "B. Peraturan Perundang-undangan", starts a list of
    # its own: lines are 1-based, so lines[a.line:b.line - 1] are those after a's first)
    descents = [(a, b) for a, b in zip(keyed, keyed[1:]) if max(b[0]) < min(a[0])
                and not any(is_subheading(line.strip()) for line in lines[a[1].line:b[1].line - 1])]
    if not descents or len(descents) > max(1.0, ORDER_TOLERANCE * (len(keyed) - 1)):
        return []
    return [_problem("bibliography-order", b[1].line,
                     f"entry out of alphabetical order (after line {a[1].line})") for a, b in descents]


def _field_problems(ex, today_year: int) -> list[Problem]:
    out = []
    first_line = _first_lines(ex)
    for index, work in enumerate(ex.registry.works):
        fields = work.fields
        line = first_line.get(index)
        item_id = ex.ids[index]
        url = fields.get("URL")
        if url and (not GOOD_URL_RE.match(url) or url.count("(") != url.count(")")):
            out.append(_problem("malformed-url", line, f"malformed URL {url!r}", item_id=item_id))
        doi = fields.get("DOI")
        if doi and not GOOD_DOI_RE.match(doi):
            out.append(_problem("malformed-doi", line, f"malformed DOI {doi!r}", item_id=item_id))
        if fields.get("_stub"):
            continue
        year = year_of(fields)
        web_with_access = fields.get("accessed") and (fields.get("type") == "webpage" or fields.get("URL"))
        # (the codes, "Kitab Undang-Undang Hukum Perdata", "KUHP", are cited without a year)
        code_of_law = fields.get("type") == "legislation" and _CODE_OF_LAW_RE.match(str(fields.get("title") or ""))
        dated_as_written = bool(written_date(fields.get("issued")))     # "1414 H"
        if year is None and not web_with_access and not code_of_law and not dated_as_written \
                and (fields.get("title") or fields.get("author")):
            out.append(_problem("missing-year", line, f"{_describe(ex, index)} has no year of publication",
                                item_id=item_id))
        elif year is not None and year > today_year + 1:
            out.append(_problem("future-year", line, f"{_describe(ex, index)} has the future year {year}",
                                item_id=item_id))
    for index, what, line in ex.registry.conflicts:
        out.append(_problem("inconsistent-citation", line,
                            f"the footnote and the reference list disagree on the {what} of {_describe(ex, index)}",
                            item_id=ex.ids[index]))
    return out


def _first_lines(ex) -> dict[int, int]:
    lines: dict[int, int] = {}
    for index, work in enumerate(ex.registry.works):
        entry_lines = [line for _, source, line in work.references if source == "entry"]
        all_lines = [line for _, _, line in work.references]
        chosen = min(entry_lines) if entry_lines else (min(all_lines) if all_lines else None)
        if chosen is not None:
            lines[index] = chosen
    return lines


def _describe(ex, index: int) -> str:
    """"Haris (2005) “Gelombang Migrasi ...”", or for a work without author, "“Undang-Undang ...
    tentang Desa” (2014)", or for a newspaper's day, "Bataviaasch Nieuwsblad (1920)": how a
    problem's message names a work."""
    fields = ex.registry.works[index].fields
    names = fields.get("author") or []
    who = names[0].get("family") or names[0].get("literal") if names else ""
    if not who and not fields.get("title"):
        who = str(fields.get("container-title") or "")
    title = _shortened(str(fields.get("title") or ""), 60)
    year = year_of(fields)
    when = f"({year})" if year else ""
    quoted = f"“{title}”" if title else ""
    bits = [b for b in ((who, when, quoted) if who else (quoted, when)) if b]
    return " ".join(bits) or ex.ids[index]


def _shortened(text: str, most: int) -> str:
    """``text``, or its words up to ``most`` characters and an ellipsis."""
    if len(text) <= most:
        return text
    cut = text.rfind(" ", 0, most)
    return text[:cut if cut > most // 2 else most].rstrip(" ,.:;") + "…"


def link_targets(ex) -> list[tuple[str, int | None, str, bool]]:
    """(url, line, item id, is a DOI) for every URL and DOI of the document's works."""
    from .links import doi_url

    first_line = _first_lines(ex)
    targets = []
    for index, work in enumerate(ex.registry.works):
        fields = work.fields
        url = fields.get("URL")
        if url and GOOD_URL_RE.match(url):
            # (MLA writes "www.loc.gov/...": asked for as https)
            targets.append((url if "://" in url else f"https://{url}", first_line.get(index), ex.ids[index], False))
        if fields.get("DOI") and GOOD_DOI_RE.match(fields["DOI"]) and "doi.org" not in (fields.get("URL") or ""):
            targets.append((doi_url(fields["DOI"]), first_line.get(index), ex.ids[index], True))
    return targets


def link_problems(targets, statuses) -> list[Problem]:
    """dead-link and redirected-link problems from the link checker's answers."""
    out = []
    for url, line, item_id, is_doi in targets:
        status = statuses.get(url)
        if status is None:
            continue
        if status.status == "dead":
            out.append(_problem("dead-link", line, f"{'DOI' if is_doi else 'link'} {url} does not answer: "
                                f"{status.detail or status.code}", item_id=item_id))
        elif status.status == "redirected" and not is_doi:
            # doi.org always redirects: only a web link that moved is worth a warning
            out.append(_problem("redirected-link", line, f"link {url} moved to {status.final_url}",
                                item_id=item_id))
    return out
