"""Theses and other genres: "Skripsi", "Tesis", "Disertasi", "PhD thesis" and their universities.
"""
from __future__ import annotations

import regex

from .. import lexicon
from ..models import Reference
from ..works import alnum, word_bag


def thesis_description_in_brackets(fields: dict, rules: Reference) -> None:
    """APA 7's "Sistem informasi akademik berbasis web [Skripsi, Universitas Negeri Malang].":
    the labeller split the title inside and the genre and university across the bracket; the
    rules read the description whole."""
    genre = fields.get("genre")
    title, rule_title, rule_genre = fields.get("title"), rules.fields.get("title"), rules.fields.get("genre")
    if (not genre and isinstance(title, str) and isinstance(rule_title, str) and isinstance(rule_genre, str)
            and title.startswith((f"{rule_title} ({rule_genre})", f"{rule_title} [{rule_genre}]"))):
        # "... pasien hipertensi (Karya Tulis Ilmiah). Poltekkes Kemenkes Yogyakarta.": the labeller
        # read it all as the title; the rules read the description in brackets and what follows
        for key in ("title", "genre", "publisher", "publisher-place"):
            if rules.fields.get(key):
                fields[key] = rules.fields[key]
        return
    if not isinstance(genre, str) or not rule_genre:
        return
    # APA 6's "... berbasis web (Tesis magister). Institut Teknologi Sepuluh Nopember, Surabaya.":
    # the title's last words went into the genre before its bracket
    words_before = "(" in genre and not genre.startswith("(") and genre.endswith(")")
    if "[" not in genre and not words_before:
        return
    read_as_place = f"{fields.get('publisher-place', '')} {fields.get('publisher', '')}".strip()
    for key in ("title", "genre", "publisher"):
        if rules.fields.get(key):
            fields[key] = rules.fields[key]
    publisher = rules.fields.get("publisher")
    if words_before and isinstance(publisher, str) and fields.get("publisher-place") and read_as_place.startswith(publisher):
        # the labeller cut the university's name into a place and a publisher: the town is what follows it
        town = read_as_place[len(publisher):].strip(" ,.")
        if town.casefold() in lexicon.PUBLISHING_CITIES:
            fields["publisher-place"] = town
        else:
            fields.pop("publisher-place")


def title_run_into_the_genre(fields: dict, rules: Reference) -> None:
    """"Essays on trade (Doctor of | Philosophy thesis).": the labeller ran the title into the first
    words of the bracketed description the rules read whole; the rules' title ends before it."""
    title, rule_title, rule_genre = fields.get("title"), rules.fields.get("title"), rules.fields.get("genre")
    if not (isinstance(title, str) and isinstance(rule_title, str) and isinstance(rule_genre, str)
            and len(title) > len(rule_title) and title.startswith(rule_title)):
        return
    left = set(word_bag(title[len(rule_title):]))
    if left and left <= set(word_bag(rule_genre)):
        fields["title"] = rule_title


def genre_the_rules_read(fields: dict, rules: Reference) -> None:
    """"... terhadap Kinerja. Tesis Magister tidak dipublikasikan. Yogyakarta: UGM.": the
    labeller ran the title on into the thesis's description, or cut the description and put its
    last word before the town ("Magister. Yogyakarta"); the rules read the description whole."""
    genre, rule_genre = fields.get("genre"), rules.fields.get("genre")
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if not isinstance(rule_genre, str) or genre == rule_genre:
        return
    if (isinstance(title, str) and isinstance(rule_title, str) and title.startswith(rule_title)
            and alnum(title[len(rule_title):]) == alnum(rule_genre)):
        fields["title"], fields["genre"] = rule_title, rule_genre
        return
    if not isinstance(genre, str) or not rule_genre.startswith(genre):
        return
    rest = rule_genre[len(genre):].strip()
    for key in ("publisher-place", "publisher"):
        # "(Tesis Sarjana). Universiti ...": the description's last word before its bracket closes
        value = fields.get(key)
        after = _GENRE_REST_END_RE.match(value, len(rest)) if rest and isinstance(value, str) and value.startswith(rest) else None
        if after and after.end() < len(value):
            fields["genre"] = rule_genre
            fields[key] = value[after.end():]
            return


# where the end of a thesis's description the labeller cut off stops: its stop, or the bracket
# that closes it, and the blank after
_GENRE_REST_END_RE = regex.compile(r"(?:[)\]][.,]?|[.,])[ ]")


def thesis_granted_at(fields: dict, rules: Reference) -> None:
    """"Skripsi pada Jurusan ... Universitas Negeri Semarang: Tidak Diterbitkan.": the labeller
    kept "pada" in the publisher and took the university's town for a place before "Tidak
    Diterbitkan"; the rules read the department whole, and the description."""
    publisher, rule_publisher = fields.get("publisher"), rules.fields.get("publisher")
    if (not isinstance(publisher, str) or not isinstance(rule_publisher, str) or not rules.fields.get("genre")
            or not publisher.startswith(("pada ", "di ")) or publisher == rule_publisher):
        return
    place = fields.get("publisher-place")
    if not set(word_bag(rule_publisher)) <= set(word_bag(f"{publisher} {place or ''}")):
        return
    fields["publisher"], fields["genre"] = rule_publisher, rules.fields["genre"]
    if isinstance(place, str) and alnum(place) in alnum(rule_publisher) and not rules.fields.get("publisher-place"):
        fields.pop("publisher-place")


def genre_that_is_no_genre(fields: dict, rules: Reference) -> None:
    """IEEE's "Bell Syst. Tech. J.": a "genre" the labeller read in a journal's abbreviated name
    names no kind of work (thesis, report, ...); it belongs to the journal the rules read."""
    genre = fields.get("genre")
    if not isinstance(genre, str) or rules.fields.get("genre"):
        return
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if isinstance(title, str) and isinstance(rule_title, str) and (
            alnum(rule_title) == alnum(genre) + alnum(title)
            or (alnum(rule_title).startswith(alnum(title) + alnum(genre)) and len(alnum(title)) > 3
                and _JOINING_WORD_END_RE.search(title))):
        # "Pedoman Penulisan Skripsi Fakultas Syariah dan Hukum": a guide to writing theses,
        # whose title's first words the labeller took for the genre; "Metode Penelitian Untuk |
        # Skripsi Dan Tesis | Bisnis": a title naming theses, cut at them; the rules read it whole
        fields["title"] = rule_title
        fields.pop("genre")
        if fields.get("type") == "thesis" and rules.fields.get("type") != "thesis":
            fields["type"] = rules.fields.get("type")
        return
    if _GENRE_WORD_RE.search(genre):
        return
    fields.pop("genre")
    container = rules.fields.get("container-title")
    if not fields.get("container-title") and isinstance(container, str) and alnum(genre) in alnum(container):
        fields["container-title"] = container


# a title's last word that joins it to what it names: "Metode Penelitian untuk | Skripsi dan Tesis"
_JOINING_WORD_END_RE = regex.compile(r"(?:^|[ ])(?:untuk|dan|tentang|bagi|for|and|of|on|about)$", regex.I)
_GENRE_WORD_RE = regex.compile(
    r"thes|dissert|disert|skripsi|tesis|report|\brep\b|laporan|paper|manuscript|naskah|patent|paten|memo|"
    r"standard|standar|brief|tugas|abstract|review|preprint|working|lecture|slides|map|film|video|software|dataset",
    regex.I)


def report_kind_in_container(fields: dict) -> None:
    """IEEE's "..., "LoRaWAN specification," LoRa Alliance, Tech. Rep., 2015.": a technical
    report's institution and kind, which the labeller read as a journal; the kind is the genre
    (which makes it a report), the institution its publisher."""
    container = fields.get("container-title")
    if not isinstance(container, str) or fields.get("genre") or "Rep" not in container:
        return
    found = _REPORT_KIND_END_RE.search(container)
    if not found or found.start() == 0:
        return
    fields["genre"] = found.group(1)
    institution = fields.pop("container-title")[:found.start()].strip(" ,.")
    if not fields.get("publisher"):
        fields["publisher"] = institution


# ", Tech. Rep", ", Tech. Rep. TR-2015-3", ". Technical Report" ending a "journal"
_REPORT_KIND_END_RE = regex.compile(r"[,.][ ]*+(Tech(?:nical|\.)?[ ]Rep(?:ort|\.)?(?:[ ][A-Z]{0,4}[-\d][\w-]{0,20}+)?)\.?$")


def patent_is_no_journal(fields: dict, rules: Reference) -> None:
    """IEEE's "U.S. Patent 3 624 125, Jul. 16, 1990.": the patent the rules read (its genre and
    number) is no journal, and its number no volume, issue or pages the labeller took it for."""
    if rules.fields.get("type") != "patent" or not rules.fields.get("genre"):
        return      # (GB/T 7714's "[P]" names a patent without a genre)
    patent = alnum(rules.fields["genre"])
    for key in ("container-title", "volume", "issue", "page"):
        value = fields.get(key)
        if isinstance(value, str) and alnum(value) and alnum(value) in patent:
            del fields[key]
