"""Parse one reference string: the trained labeller and the rules, each where it is best.

The sequence labeller (:mod:`citex.labeller`) segments the string — authors, title,
container, publisher, place, date, pages — better than rules on unfamiliar styles. The rules
(:mod:`citex.reference`) are exact where a convention is fixed: URLs, DOIs, access dates,
editions, volume and issue, translators, genres, pinpoint pages in notes and Indonesian laws.
Without the model (or without pycrfsuite) the rules alone are used.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from . import lexicon
from .csl_types import CONFERENCE_RE, decide_type, published_by_its_author
from .compact import read_compact_article
from .dates import csl_date_parts, month_number
from .labeller.segments import fields_from_segments, segments
from .labeller.tagger import label, model_available
from .models import Reference
from .names import INITIALS_ONLY_RE, is_institution, looks_like_names, parse_names, without_et_al
from .patterns import (
    AND_WORD_START_RE,
    BRACKETED_PAGES,
    CONTAINER_INTRO_RE,
    EDITOR_RE,
    LEADING_NUMBER_RE,
    NO_PLACE_RE,
    NO_PUBLISHER_RE,
    REPORT_NUMBER_RE,
    REPRINT_NOTE_RE,
    TYPEWRITER_QUOTE_MARK_RE,
    repeated_author,
    signal_at,
)
from .patterns import YEAR_RE as _YEAR_ANYWHERE_RE
from .reference import (
    DOI_IN_URL_RE,
    HADITH_NUMBER_END_RE,
    HIJRI_YEAR_RE,
    JOURNAL_START_RE,
    ORIGINAL_DATE_RE,
    URL_INTRO_RE,
    names_a_publisher,
    parse_with_rules,
    reference_text,
)
from .works import alnum, name_words, names_text, word_bag, year_of

# Fields whose rule reading wins over the labeller's: fixed conventions the rules read exactly.
RULE_FIELDS = ("URL", "accessed", "edition", "translator", "genre", "number", "original-date", "note")
# Fields the rules fill in only where the labeller found nothing.
FALLBACK_FIELDS = ("title", "DOI", "volume", "issue", "editor", "publisher-place")
# Types the rules read whole: laws, decisions, interviews, what a person said.
_RULES_ALONE_TYPES = ("legislation", "legal_case", "interview", "personal_communication")
# Types only the rules can see (from words the labeller does not keep).
RULE_TYPES = ("legislation", "thesis", "article-newspaper", "paper-conference", "chapter")


@dataclass(frozen=True)
class _HowRead:
    """What the rules know about how they read a reference (their private fields)."""

    delimited_title: str | bool = False       # "quoted" or "italic": certain at both ends
    delimited_container: str | bool = False
    authors_before_year: bool = False         # APA: everything before "(2022)." is authors
    inverted_head: bool = False               # "Family, Given. Title." read exactly
    title_years: tuple[int, ...] = ()         # years the rules saw inside a note's title

    @classmethod
    def take_from(cls, rules: Reference) -> _HowRead:
        pop = rules.fields.pop
        return cls(pop("_delimited_title", False), pop("_delimited_container", False),
                   pop("_authors_before_year", False), pop("_inverted_head", False),
                   tuple(pop("_title_years", ())))


# what the rules read outside an untitled article's names, journal and numbers
_IDENTIFIER_FIELDS = ("URL", "DOI", "number", "accessed")


def parse_reference(text: str, context: str = "entry", use_model: bool = True) -> Reference:
    """Parse one reference; ``context`` is ``"note"`` for a footnote, ``"entry"`` for a list entry.

    >>> ref = parse_reference("Haris. A, Gelombang Migrasi, Yogyakarta: Pustaka Pelajar, 2005")
    >>> ref.fields["author"], ref.fields["publisher"], ref.fields["issued"]
    ([{'family': 'Haris', 'given': 'A.'}], 'Pustaka Pelajar', {'date-parts': [[2005]]})

    A string parsed before in this process is not parsed again (theses re-cite a work in full
    in each chapter, and the theses of one repository cite the same textbooks in the same
    words); every call gets its own copy of the fields to change.
    """
    return _copied(_parse_once(text, context, use_model))


def _copied(reference: Reference) -> Reference:
    """A copy whose fields, names and dates can be changed without touching the cached one."""
    fields = {}
    for key, value in reference.fields.items():
        if value.__class__ is list:          # names
            value = [dict(item) if item.__class__ is dict else item for item in value]
        elif value.__class__ is dict:        # dates
            value = {part: [list(date) for date in item] if part == "date-parts" else item for part, item in value.items()}
        fields[key] = value
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


@functools.lru_cache(maxsize=4096)
def _parse_once(text: str, context: str, use_model: bool) -> Reference:
    reference = _read(text, context, use_model)
    for step in (_abbreviation_out_of_author, _newspaper_cited_by_name, _newspaper_named_first, _site_of_a_web_page,
                 _description_out_of_title,
                 _paper_presented_at, _company_before_title):
        reference = step(reference)
    return reference


def _paper_presented_at(reference: Reference) -> Reference:
    """UM's "Huda, N. 1991. Penulisan Laporan Penelitian. Makalah disajikan dalam Lokakarya
    Penelitian ..., Pusat Penelitian IKIP Malang, Malang, 12 Juli.": a paper read at a meeting.
    The meeting (to the comma) is its container, then who held it and the town; the labeller,
    short of such lines, cuts them anywhere, so they are read from the text."""
    fields = reference.fields
    title = fields.get("title")
    if not isinstance(title, str) or "akalah" not in reference.raw:
        return reference
    found = _PRESENTED_AT_RE.search(reference.raw)
    if not found:
        return reference
    head = alnum(reference.raw[:found.start()])
    at = title.find(found.group().strip(" .,"))      # (the labeller may have run the phrase into the title)
    own_title = title[:at].rstrip(" .,") if at > 0 else title
    if not head.endswith(alnum(own_title)):
        return reference          # (the phrase is not right after the title)
    pieces = [piece.strip(" .") for piece in _PRESENTED_PIECES_RE.split(reference.raw[found.end():])]
    pieces = [piece for piece in pieces if piece and not _DATE_PIECE_RE.fullmatch(piece)]
    if not pieces:
        return reference
    fields = {key: value for key, value in fields.items() if key not in ("publisher", "publisher-place", "container-title")}
    fields["title"], fields["container-title"] = own_title, pieces[0]
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


# ". Makalah disajikan dalam ", "Makalah dipresentasikan pada acara ", "makalah yang disampaikan di "
_PRESENTED_AT_RE = regex.compile(
    r"(?:^|[.,][ ]++)makalah[ ](?:yang[ ])?(?:disajikan|dipresentasikan|disampaikan|dibacakan)[ ](?:dalam|pada|di)"
    r"(?:[ ]acara)?[ ]++", regex.I)
# the meeting, its host, the town and the day, after the phrase
_PRESENTED_PIECES_RE = regex.compile(r",[ ]++|\.[ ]++(?=\p{Lu})|\.$")
# "12 Juli", "12 Mei 2015", "3-4 Oktober 2018", "2015"
_DATE_PIECE_RE = regex.compile(r"(?:\d{1,2}+(?:[-–]\d{1,2}+)?[ ]\p{L}{3,10}+(?:[ ]\d{4})?|\p{L}{3,10}+[ ]\d{4}|\d{4})")


def _company_before_title(reference: Reference) -> Reference:
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


def _description_out_of_title(reference: Reference) -> Reference:
    """APA's "Mengenal metode pembelajaran daring [Blog post].", "... [Video]": the work's form
    in brackets after its title is its medium, however the title was read."""
    title = reference.fields.get("title")
    if not isinstance(title, str) or "[" not in title[-42:]:
        return reference
    found = _DESCRIPTION_END_RE.search(title, max(0, len(title) - 48))      # (the end only: bounded)
    if not found or found.start() == 0 or found.group(1).casefold() not in lexicon.TITLE_DESCRIPTIONS:
        return reference
    fields = dict(reference.fields)
    fields["title"] = title[:found.start()].rstrip(" .,;:")
    fields.setdefault("medium", found.group(1))
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


# "[Blog post]", "[Video" (the labeller may leave the bracket's close out of the title)
_DESCRIPTION_END_RE = regex.compile(r"[ ]*+\[([\p{L} -]{2,40}+)\]?\.?$")


def _site_of_a_web_page(reference: Reference) -> Reference:
    """A web page's site is its container, however it was read (the rules alone read some), and
    a newspaper's site ("Kompas.com") makes the page its article."""
    fields = reference.fields
    if fields.get("type") != "webpage" or not fields.get("publisher") or fields.get("container-title"):
        return reference
    fields = dict(fields)
    _site_is_the_container(fields)
    if str(fields.get("container-title", "")).casefold() in lexicon.NEWSPAPERS:
        fields["type"] = "article-newspaper"
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


def _newspaper_cited_by_name(reference: Reference) -> Reference:
    """"Bonor Simanjuntak, Kompas, 12 Maret 2001, hlm. 4.": an article cited by its newspaper
    and day, no title of its own; the "title" read is the paper it appeared in."""
    fields = reference.fields
    title = fields.get("title")
    if (not isinstance(title, str) or fields.get("container-title") or title.casefold().strip(" .,") not in lexicon.NEWSPAPERS
            or len(csl_date_parts(fields.get("issued"))) != 3):
        return reference
    fields = dict(fields)
    fields["container-title"] = fields.pop("title")
    fields["type"] = "article-newspaper"
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


def _newspaper_named_first(reference: Reference) -> Reference:
    """"Harian Kompas, "Banjir Rendam Ribuan Rumah", 2 Januari 2020, hlm. 15.", Chicago's
    'Tempo. "Jalan Panjang Reformasi Agraria." 21 September 2019.': an unsigned article, cited by
    the paper it appeared in, then its title and day. The "author" read is that paper (a known
    one, or one its kind names: "Harian", "Koran", "Surat Kabar", "Majalah", "Tabloid")."""
    fields = reference.fields
    authors = fields.get("author")
    if not authors or len(authors) != 1 or not fields.get("title") or fields.get("container-title"):
        return reference
    name = authors[0].get("literal") or f"{authors[0].get('given', '')} {authors[0].get('family', '')}".strip()
    found = _PRESS_KIND_RE.match(name)
    if name.casefold() not in lexicon.NEWSPAPERS and not (found and name[found.end():].strip()):
        return reference
    if len(csl_date_parts(fields.get("issued"))) < 2 and not ("." in name and fields.get("URL")):
        return reference        # (a news site's own name, "Kompas.com", opens its page undated)
    fields = {key: value for key, value in fields.items() if key != "author"}
    fields["container-title"] = name
    fields["type"] = "article-magazine" if found and found.group(1).casefold() == "majalah" else "article-newspaper"
    return Reference(reference.raw, fields, reference.locator, reference.warnings)


# the kind of paper before its name: "Harian Kompas", "Surat Kabar Pikiran Rakyat", "Majalah Gatra"
_PRESS_KIND_RE = regex.compile(r"(harian|koran|surat[ ]kabar|majalah|tabloid)[ ]", regex.I)


def _abbreviation_out_of_author(reference: Reference) -> Reference:
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


def _read_by_the_rules_alone(rules: Reference) -> bool:
    """Laws, decisions, interviews, what a person said, and fieldwork notes ("Observasi di ...
    pada tanggal ...", the one titled "document" the rules give; untitled ones are "document" too)."""
    kind = rules.fields.get("type")
    return kind in _RULES_ALONE_TYPES or (kind == "document" and bool(rules.fields.get("title")))


def _read(text: str, context: str, use_model: bool) -> Reference:
    rules = parse_with_rules(text, context)
    how = _HowRead.take_from(rules)
    if not use_model or _read_by_the_rules_alone(rules) or not model_available():
        return rules
    if context == "note" and (_short_form(text, rules) or _book_note_read_whole(text, rules, how)):
        return rules
    clean = _without_list_marks(reference_text(text))
    if rules.fields.get("original-date") and "(" in clean:
        clean = ORIGINAL_DATE_RE.sub("", clean).rstrip()    # APA's "(Karya asli diterbitkan 2009)": read
    if rules.fields.get("number") and "(" in clean:
        clean = REPORT_NUMBER_RE.sub("", clean)     # "(Report No. 2020-009)": the rules read it
    if rules.fields.get("note") and "(" in clean:
        # a reprint's town and year, a note the rules took, are not for the labeller to read
        clean = REPRINT_NOTE_RE.sub("", clean)
    if context == "note" and rules.locator and "no. " in rules.locator:
        hadith = HADITH_NUMBER_END_RE.search(clean)     # "..., Kitab al-Iman, no. 8": the rules' locator
        if hadith:
            clean = clean[:hadith.start()]
    compact = read_compact_article(clean)
    if compact:
        # "T. Sterling, J. Greensite, Nucl. Phys. B 220 (1983) 327.": read whole, no labeller
        compact.update({key: rules.fields[key] for key in _IDENTIFIER_FIELDS if key in rules.fields})
        return Reference(raw=text, fields=compact, locator=None, warnings=rules.warnings)
    tokens, labels = label(clean)
    fields, locator = fields_from_segments(segments(clean, tokens, labels))
    if (not fields.get("title") and fields.get("editor") and fields.get("container-title") and not fields.get("author")
            and _EDITOR_MARK_RE.search(clean)):
        fields["title"] = fields.pop("container-title")     # "Lee, Ann, ed. The Handbook ...": the edited book
        place, rule_place = fields.get("publisher-place"), rules.fields.get("publisher-place")
        if (isinstance(place, str) and isinstance(rule_place, str) and not rules.fields.get("publisher")
                and word_bag(f"{place} {fields.get('publisher') or ''}") == word_bag(rule_place)):
            # "..., Columbus Ohio 1987.": a town and its state, not a town and a publisher
            fields["publisher-place"] = rule_place
            fields.pop("publisher", None)
    if not fields.get("title") and (not fields.get("author") or not rules.fields.get("author")
                                    or _labeller_read_only_names_and_dates(fields, rules)):
        return rules       # no title found: the labeller lost its way in this reference
    _authors_in_delimited_title(fields, rules, how)
    _title_and_container(fields, rules, how)
    _quoted_title_before_book(fields, rules, how, clean)
    _title_split_mid_phrase(fields, rules, clean)
    _month_out_of_title(fields, rules)
    _site_out_of_title(fields, rules, clean)
    _authors_and_title(fields, rules, how, context)
    _italic_container(fields, rules, how)
    _journal_name_head(fields, text)
    _authors_run_into_title(fields, rules)
    _title_read_as_authors(fields, rules, clean)
    _title_word_read_as_name(fields, clean)
    _institution_into_title(fields, rules)
    _title_words_read_as_names(fields, rules)
    _journal_run_into_title(fields, rules)
    _drop_status_marks(fields)
    _title_word_run_into_group(fields, rules)
    _translator_out_of_title(fields, rules)
    _container_of_facts_the_rules_read(fields, rules)
    _title_end_read_as_translator(fields, rules)
    _newspaper_is_container(fields)
    _thesis_description_in_brackets(fields, rules)
    _genre_the_rules_read(fields, rules)
    _thesis_granted_at(fields, rules)
    _genre_that_is_no_genre(fields, rules)
    _container_end_read_as_editors(fields, rules)
    _editors_run_on_into_facts(fields, rules)
    _editors_before_container(fields)
    _book_under_its_editors(fields, rules, clean)
    _place_out_of_container(fields, rules, text)
    _pages_out_of_container(fields, rules)
    _pages_out_of_publisher(fields, rules)
    _place_after_publisher(fields)
    _place_without_publisher(fields, text)
    _journal_from_volume_and_issue(fields)
    _journal_at_title_end(fields)
    _journal_with_volume_as_publisher(fields)
    _journal_the_rules_read_as_publisher(fields, rules)
    _journal_words_out_of_title(fields, clean)
    _journal_name_before_its_colon(fields, clean)
    _container_cut_at_its_colon(fields, rules)
    _capitals_journal_split(fields)
    _year_after_container(fields, text)
    _day_after_paper(fields, text)
    if repeated_author(text):
        fields.pop("author", None)       # "———.": the entry before's authors, set by the caller
    _issued_read_as_accessed(fields, rules)
    _title_end_read_as_edition(fields, rules)
    for key in RULE_FIELDS:
        if key in rules.fields:
            fields[key] = rules.fields[key]
    # a name the rules read as translator or editor is not an author
    helpers = {alnum(n.get("family", "")) for key in ("translator", "editor") for n in rules.fields.get(key, [])}
    if helpers and fields.get("author") and not rules.fields.get("author"):
        fields["author"] = [n for n in fields["author"] if alnum(n.get("family", "")) not in helpers] or None
    _publisher_and_helpers(fields, rules)
    _facts_the_labeller_left(fields, rules, clean)
    _publisher_head_in_title(fields)
    _publisher_head_in_bracket(fields, rules)
    for key in FALLBACK_FIELDS:
        if key in rules.fields and key not in fields:
            if key == "title" and (_untitled_article(fields, rules.fields["title"])
                                   or _names_then_book(fields, rules.fields["title"])):
                continue
            fields[key] = rules.fields[key]
    _helpers_and_facts_out_of_title(fields, rules)
    _publisher_run_into_title(fields, rules, how)
    _access_year_read_as_issued(fields, rules, clean)
    if "issued" not in fields:
        _year_in_place_brackets(fields, clean)
    if "issued" not in fields and rules.fields.get("issued") and "H" in clean:
        _hijri_year(fields, rules, clean)
    rule_year = year_of(rules.fields)
    if "issued" not in fields and rule_year and f"[{rule_year}]" in clean:
        fields["issued"] = rules.fields["issued"]   # a law report's "[1999] OJ EPO 609": the rules read it
    if rules.fields.get("page") and fields.get("issue") == rules.fields["page"] and "page" not in fields:
        fields["page"] = fields.pop("issue")     # APA "61, Artikel 101860": an article number
    if rules.fields.get("_year_suffix"):
        fields["_year_suffix"] = rules.fields["_year_suffix"]   # "2019a" and "2019b" are two works
    if rules.fields.get("_no_year"):
        fields["_no_year"] = True
        if "issued" not in rules.fields:
            fields.pop("issued", None)
    if context == "note":
        if year_of(fields) in how.title_years:
            fields.pop("issued")     # "Mubyarto, Keluarga Pembangunan 1927, hlm. 5": a title's year
        locator = rules.locator or locator
        if rules.locator and fields.get("page") == rules.locator:
            fields.pop("page")
    else:
        if locator and "page" not in fields:
            fields["page"] = locator
        locator = None
    _drop_link_words(fields)
    _drop_placeholders(fields)
    _drop_quoted_names(fields, how)
    _typewriter_quoted_title(fields, clean)
    _arxiv_is_no_page(fields, text, rules)
    kind = rules.fields.get("type")
    if kind == "chapter" and CONFERENCE_RE.search(fields.get("container-title") or ""):
        kind = None     # "In: Spencer, B. (Eds.), Proceedings of the 2006 ICEC ...": a conference paper
    if rules.fields.get("_online"):
        fields["_online"] = True      # "[Online]": the medium, which decides the type
    # a container with editors and no volume or issue is the edited book a chapter is in
    # (or, MLA's '"The Death of the Author." Image, Music, Text, ..., Hill and Wang, 1977, pp.
    # 142-48': a quoted title in a book with a publisher, on pages of it)
    in_edited_book = bool((fields.get("editor") or (how.delimited_title == "quoted" and fields.get("publisher")
                                                    and fields.get("page")))
                          and fields.get("container-title") and not fields.get("volume") and not fields.get("issue"))
    fields["type"] = kind if kind in RULE_TYPES else decide_type(fields, chapter=in_edited_book)
    if context == "note" and fields["type"] == "book" and locator is None and fields.get("page"):
        after = _PAGES_AFTER_BRACKET_RE.search(clean)
        if after and after.group(1).replace("–", "-") == fields["page"]:
            # "(2nd edn, Clarendon Press 1994) 45": the pages after a book's facts are those cited
            locator = fields.pop("page")
    fields = {k: v for k, v in fields.items() if v not in (None, "", [], {})}
    return Reference(raw=text, fields=fields, locator=locator, warnings=rules.warnings)


_CLOSING_QUOTE_RE = regex.compile(r"[\"”»]")


def _site_is_the_container(fields: dict) -> None:
    """A web page's site, named between its title and its address ("... feathers (314)." Poetry
    Foundation, www.poetryfoundation.org/...", APA's "... pandemi. Halodoc. https://..."), is the
    container it appears in, as CSL has it; not when a town names a publisher ("Geneva: WHO") or
    the site is its author's own."""
    site = fields.get("publisher")
    if (not isinstance(site, str) or fields.get("container-title") or fields.get("publisher-place")
            or published_by_its_author(fields)):
        return
    fields["container-title"] = fields.pop("publisher")


def _container_cut_at_its_colon(fields: dict, rules: Reference) -> None:
    """IEEE's "in Proc. 2019 Conf. North Amer. Chapter Assoc. Comput. Linguistics: Human Lang.
    Technol. (NAACL-HLT), Minneapolis, MN, USA": the labeller took the colon inside the
    proceedings' name for a town and its publisher; the rules read the name whole, and no
    publisher."""
    container, publisher = fields.get("container-title"), fields.get("publisher")
    rule_container = rules.fields.get("container-title")
    if (not isinstance(container, str) or not isinstance(publisher, str) or not isinstance(rule_container, str)
            or rules.fields.get("publisher") or ":" not in rule_container):
        return
    whole, head = alnum(rule_container), alnum(container)
    if whole == head or not whole.startswith(head) or alnum(publisher) not in whole[len(head):]:
        return
    # the "town" is the word before the name's colon and the real town after it ("Linguistics
    # Minneapolis, MN, USA"); not a town alone ("Oxford", "Ross-on-Wye") before a book's
    # "Oxford: Oxford University Press" that the rules ran into the book's name
    place = fields.get("publisher-place")
    words = place.split() if isinstance(place, str) else []
    if len(words) < 2 or f"{words[0].strip('.,')}:" not in rule_container or words[0].casefold() in lexicon.PUBLISHING_CITIES:
        return
    fields["container-title"] = rule_container
    fields.pop("publisher")
    if rules.fields.get("publisher-place"):
        fields["publisher-place"] = rules.fields["publisher-place"]
    else:
        fields.pop("publisher-place", None)


def _container_of_facts_the_rules_read(fields: dict, rules: Reference) -> None:
    """"Manajemen Pemasaran. Edisi 13 Jilid 1. Terjemahan Bob Sabran. Jakarta: Erlangga.": the
    labeller took the book's edition, volume and translator for a journal; the rules read each
    of them (and no journal), so the "journal" holds nothing else."""
    container = fields.get("container-title")
    if not isinstance(container, str) or rules.fields.get("container-title"):
        return
    known = set(_HELPER_MARK_WORDS)
    for key in ("edition", "volume", "issue", "number"):
        if isinstance(rules.fields.get(key), str):
            known.update(word_bag(rules.fields[key]))
    for key in ("translator", "editor"):
        if rules.fields.get(key):
            known.update(name_words(rules.fields[key]))
    words = set(word_bag(container))
    if len(known) > len(_HELPER_MARK_WORDS) and words <= known and words & _HELPER_MARK_WORDS:
        fields.pop("container-title")


# the words that mark a book's edition, volume, translator or editor
_HELPER_MARK_WORDS = frozenset(word_bag(
    "edisi ed edn edition cetakan cet ke jilid juz vol volume buku terjemahan terj penerjemah penerj alih bahasa "
    "diterjemahkan oleh translated trans by editor editors eds penyunting peny disunting revisi revised"))


def _facts_the_labeller_left(fields: dict, rules: Reference, text: str) -> None:
    """"S. Weinberg, The Quantum Theory of Fields, Vol. 1 (Cambridge University Press, Cambridge,
    1995).": the labeller read the bracket of facts as a note and kept neither the publisher nor
    the year, which the rules read there."""
    publisher, year = rules.fields.get("publisher"), year_of(rules.fields)
    if ("issued" in fields or "publisher" in fields or not isinstance(publisher, str) or not year or "(" not in text
            or not names_a_publisher(publisher)):
        return
    if not any(publisher in inner and str(year) in inner for inner in _BRACKETED_RE.findall(text)):
        return
    read = set(word_bag(" ".join(value for value in fields.values() if isinstance(value, str))))
    if read & set(word_bag(publisher)):
        return      # (the labeller put the "publisher" somewhere: a journal, a title's end)
    fields["publisher"], fields["issued"] = publisher, rules.fields["issued"]
    if rules.fields.get("publisher-place") and "publisher-place" not in fields:
        fields["publisher-place"] = rules.fields["publisher-place"]
    _place_after_publisher(fields)      # "Cambridge University Press, Cambridge"


_BRACKETED_RE = regex.compile(r"\(([^()]{4,300}+)\)")


def _publisher_head_in_title(fields: dict) -> None:
    """Emerald's "Competitive Advantage: ... Performance, Free Press, New York, NY.": the labeller
    ended the title after the publisher's first word and kept "Press" alone as the publisher."""
    title, publisher = fields.get("title"), fields.get("publisher")
    if (not isinstance(title, str) or not isinstance(publisher, str) or " " in publisher
            or publisher.casefold() not in ("press", "books", "publishing", "publishers", "verlag")):
        return
    head = _PUBLISHER_HEAD_RE.search(title)
    if head:
        fields["title"], fields["publisher"] = title[:head.start()], f"{head.group(1)} {publisher}"


def _publisher_head_in_bracket(fields: dict, rules: Reference) -> None:
    """Nature's "Molecular Cloning: A Laboratory Manual 2nd edn (Cold Spring Harbor Laboratory
    Press, 1989).": the labeller ran the bracket's first words into the title; the rules read the
    publisher whole (and the edition before the bracket, which leaves the title too)."""
    title, publisher, whole = fields.get("title"), fields.get("publisher"), rules.fields.get("publisher")
    if (not isinstance(title, str) or not isinstance(publisher, str) or not isinstance(whole, str)
            or not title.endswith(")") or whole == publisher or not whole.endswith(" " + publisher)):
        return
    head = whole[:-len(publisher)].strip()
    at = title.rfind("(" + head)
    if at <= 0 or title[at:] != f"({head})":
        return
    title = title[:at].rstrip(" ,")
    if rules.fields.get("edition"):
        title = _ORDINAL_EDITION_TAIL_RE.sub("", title)
    fields["title"], fields["publisher"] = title, whole


# "2nd edn", "3rd ed.", "5th edition" ending a title the labeller read
_ORDINAL_EDITION_TAIL_RE = regex.compile(r"[ ,.]++\d{1,3}+(?:st|nd|rd|th)[ ]ed(?:n|ition)?\.?$")
# the first word of a publisher's name ending a title: ", Free" (of "Free Press"), ", Basic" (Books)
_PUBLISHER_HEAD_RE = regex.compile(r",[ ](\p{Lu}\p{Ll}++)$")


def _title_end_read_as_edition(fields: dict, rules: Reference) -> None:
    """"... dalam Bahasa Pascal dan C, Edisi ke-4.": the labeller ran the title's last word into
    the edition after it; the rules read the edition apart (theirs replaces the labeller's) and
    the title whole."""
    edition, title, rule_title = fields.get("edition"), fields.get("title"), rules.fields.get("title")
    if (isinstance(edition, str) and isinstance(title, str) and isinstance(rule_title, str) and rules.fields.get("edition")
            and alnum(edition) != alnum(rules.fields["edition"]) and rule_title.endswith(" " + edition.strip(" ,."))
            and alnum(rule_title) == alnum(title + edition)):
        fields["title"] = rule_title


def _issued_read_as_accessed(fields: dict, rules: Reference) -> None:
    """'"Banjir Rendam Bekasi." 2 Januari 2020. Diakses 5 Oktober 2020.': the labeller ran the
    day of publication on into the access date, which the rules read apart (theirs replaces the
    labeller's); the rules' date of publication, the one the labeller took, is the work's."""
    mine, accessed, issued = (csl_date_parts(fields.get("accessed")), csl_date_parts(rules.fields.get("accessed")),
                              csl_date_parts(rules.fields.get("issued")))
    if "issued" not in fields and mine and accessed and issued and mine != accessed and mine[:len(issued)] == issued:
        fields["issued"] = rules.fields["issued"]


def _access_year_read_as_issued(fields: dict, rules: Reference, text: str) -> None:
    """MLA's "... Poetry Foundation, www.poetryfoundation.org/.... Accessed 3 May 2021.": the
    labeller took the year the page was read for the year it was published; the rules read it
    in the access date, and the text gives no other year."""
    accessed = csl_date_parts(rules.fields.get("accessed"))
    year = year_of(fields)
    if not accessed or rules.fields.get("issued") or not year or year != accessed[0] or text.count(str(year)) != 1:
        return
    fields.pop("issued")


def _title_split_mid_phrase(fields: dict, rules: Reference, text: str) -> None:
    """"A mathematical theory of communication. The Bell System Technical | Journal": the
    labeller ended the title where no mark ends anything and cut the journal's name, and the
    same words, split where a stop ends the title, are the rules' title and journal."""
    title, container = fields.get("title"), fields.get("container-title")
    rule_title = rules.fields.get("title")
    if not isinstance(title, str) or not isinstance(container, str) or not isinstance(rule_title, str):
        return
    rule_container = rules.fields.get("container-title")
    if not isinstance(rule_container, str) or not alnum(rule_container).endswith(alnum(container)):
        # only where the labeller cut the journal's name; a book's title in two ("… Las |
        # Vegas: …") may as well be a chapter and its book ("Preface to | The anti-aesthetic")
        return
    if alnum(title + container) != alnum(rule_title + rule_container) or alnum(title) == alnum(rule_title):
        return
    at = text.find(title)
    if at == -1 or text[at + len(title):at + len(title) + 1] != " ":
        return      # a mark ends the labeller's title: its split may be the right one
    fields["title"], fields["container-title"] = rule_title, rule_container


def _month_out_of_title(fields: dict, rules: Reference) -> None:
    """"2022, Oktober. How to Check ...": the labeller began the title with the month that
    follows the year; the rules read it into the date."""
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if not isinstance(title, str) or not isinstance(rule_title, str) or ". " not in title[:12]:
        return
    month, _, rest = title.partition(". ")
    if month_number(month) and rest == rule_title:
        fields["title"] = rule_title
        if rules.fields.get("issued"):
            fields["issued"] = rules.fields["issued"]


def _site_out_of_title(fields: dict, rules: Reference, text: str) -> None:
    """APA's web page "Widodo, J. (2019, 3 Juli). Cara mudah memahami ekonomi digital.
    Kompasiana. https://...": the labeller ran the title on into the site's name, which the
    rules read apart, after the title's stop and before the link; so too with a group that
    published its own work ("Kementerian ... [Kemendikbud]. (2022). Statistik ... Kemendikbud.")."""
    title, rule_title, site = fields.get("title"), rules.fields.get("title"), rules.fields.get("publisher")
    if (not isinstance(title, str) or not isinstance(rule_title, str) or not isinstance(site, str)
            or fields.get("publisher") or fields.get("container-title")):
        return
    if not rules.fields.get("URL") and not published_by_its_author({"author": rules.fields.get("author"), "publisher": site}):
        return
    if title.endswith(site) and title[:-len(site)].rstrip(" ") == rule_title + "." and f"{rule_title}. {site}." in text:
        fields["title"], fields["publisher"] = rule_title, site


def _names_then_book(fields: dict, rule_title) -> bool:
    """Nature's chapters have no title: "Landsteiner, K., Megías, E. & Peña-Benitez, F. in
    Strongly Interacting Matter (eds Kharzeev, D. et al.) 433–468 (Springer, 2013)." The
    "title" the rules read is the last initial, "in" and the book the labeller read."""
    container = fields.get("container-title")
    if not isinstance(rule_title, str) or not isinstance(container, str) or not rule_title.endswith(container):
        return False
    head = rule_title[:-len(container)].rstrip()
    return head.endswith((" in", " In", " dalam")) or head in ("in", "In", "dalam")


def _untitled_article(fields: dict, rule_title) -> bool:
    """Physics and chemistry cite articles without their titles ("T. Tiedje, E. Yablonovitch,
    IEEE Trans. Electron Devices 1984, 31, 711"; "Chen, H., ... 1997, ApJ, 475, 163"): where the
    labeller found authors, a journal and its volume or pages but no title, the "title" the
    rules read is one of those authors or the journal itself."""
    if not (fields.get("author") and fields.get("container-title") and (fields.get("volume") or fields.get("page"))):
        return False
    if fields.get("publisher") and isinstance(rule_title, str) and alnum(rule_title) == alnum(fields["container-title"]):
        # a book's volume from its publisher, read twice: "Knuth, D.E.: The Art of ..., vol. 1" (the
        # rules' title; _helpers_and_facts_out_of_title then drops the labeller's "journal" that repeats it)
        return False
    key = alnum(without_et_al(rule_title)) if isinstance(rule_title, str) else ""
    if fields.get("volume") and key.endswith(alnum(fields["volume"])):
        key = key[:-len(alnum(fields["volume"]))]      # "Physica 27"
    journal = alnum(fields["container-title"])
    if not key or key == journal or (journal.startswith(key) and len(rule_title.split()) <= 3):
        return True      # the journal or its first words ("J. Am" of "J. Am. Chem. Soc.")
    names = "".join(alnum(n.get("family", "")) + alnum(n.get("given", "")) + "|" + alnum(n.get("given", ""))
                    + alnum(n.get("family", "")) + "|" for n in fields["author"])
    return key in names


def _authors_in_delimited_title(fields: dict, rules: Reference, how: _HowRead) -> None:
    """"2011 US Department of State *Trafficking in Persons Report*": the labeller read no
    authors and ran them into the title; the rules read the names before the italic or quoted
    title, which then replaces the labeller's (in _title_and_container)."""
    authors, title = rules.fields.get("author"), fields.get("title")
    if not how.delimited_title or fields.get("author") or not authors or not isinstance(title, str):
        return
    names = alnum(" ".join(n.get("literal") or f"{n.get('given', '')} {n.get('family', '')}" for n in authors))
    if names and alnum(title).startswith(names):
        fields["author"] = authors


def _title_and_container(fields: dict, rules: Reference, how: _HowRead) -> None:
    """Where the labeller ran the title on, or cut it short, the rules know its ends."""
    rule_title = rules.fields.get("title") or ""
    title = fields.get("title") or ""
    container = rules.fields.get("container-title")
    delimited = how.delimited_title
    if delimited and rule_title and title != rule_title and (
            delimited == "italic" or title in rule_title or rule_title in title):
        # a quoted or italic title is certain at both ends: the rules' reading wins, and what
        # the labeller cut off it goes back
        fields["title"] = rule_title
        for key in ("publisher", "publisher-place", "container-title"):
            if isinstance(fields.get(key), str) and fields[key] in rule_title:
                fields.pop(key)
        mine = fields.get("container-title")
        if delimited == "quoted" and isinstance(mine, str) and _CLOSING_QUOTE_RE.search(mine):
            # 'Product Packaging", Advances in Consumer Research': the title's end the labeller
            # ran into the container
            mine = _CLOSING_QUOTE_RE.split(mine)[-1].strip(" ,.;:") or None
            fields["container-title"] = mine
        if (isinstance(container, str) and isinstance(mine, str) and mine != container
                and container.endswith(mine) and alnum(container[:-len(mine)]) and alnum(container[:-len(mine)]) in alnum(title)):
            # '"Zakat Produktif ...", Al-Iqtishad: Jurnal Ilmu Ekonomi Syariah': the journal's
            # first name the labeller left at the end of the title
            fields["container-title"] = container
        head = alnum(mine[:mine.find(container)]) if isinstance(container, str) and isinstance(mine, str) \
            and container in mine else ""
        if head and head in alnum(rule_title):
            # "*... Street Scenarios in a Frenét Frame.* IEEE International Conference ...": the
            # labeller began the container inside the title; the rules read where it begins
            fields["container-title"] = container
        run_on = title[len(rule_title):].lstrip(" .,;:\"”’") if title.startswith(rule_title) else ""
        if (delimited == "quoted" and isinstance(container, str) and "container-title" not in fields
                and run_on != container and alnum(run_on).startswith(alnum(container)) and "," in run_on[len(container):]):
            # MLA's '"The Death of the Author." Image, Music, Text, translated by ...': the rules
            # end the book's name at its first comma; the labeller ran the title on into all of it
            fields["container-title"] = run_on
        elif container and "container-title" not in fields and container in title[len(rule_title):]:
            # the labeller ran a quoted chapter title on into '," dalam Book, ed. ...', or an
            # italic one into "Jurnal Administrasi Publik, pada edisi III": the rules read them
            fields["container-title"] = container
            if fields.get("edition") and fields["edition"] == rules.fields.get("volume") and not rules.fields.get("edition"):
                fields.pop("edition")     # "edisi III, No. 2": the journal's volume
    helpers = ("translator", "editor", "edition")
    if (rule_title and title.startswith(rule_title) and title[len(rule_title):].lstrip().startswith("(")
            and any(rules.fields.get(key) for key in helpers)):
        # "Psikologi pendidikan (T. Wibowo, Penerj.; Edisi ke-2)": the brackets after an APA
        # title hold its translator or edition, which the rules read; the title ends before them
        # (and what the labeller ran on past them is the publisher)
        fields["title"] = rule_title
        if "publisher" not in fields and rules.fields.get("publisher"):
            fields["publisher"] = rules.fields["publisher"]
    if (not delimited and rule_title and container and "container-title" not in fields
            and title.startswith(rule_title) and container in title[len(rule_title):]
            and CONTAINER_INTRO_RE.search(title[len(rule_title):])):
        # "Mining ... clustering. Di dalam: 6th ICT conference" read as one title: the rules
        # saw where the title ends and the container begins
        fields["title"], fields["container-title"] = rule_title, container


def _quoted_title_before_book(fields: dict, rules: Reference, how: _HowRead, text: str) -> None:
    """"B. Hainsworth, ‘Formulas’, in G.S. Kirk, The Iliad: a Commentary. Vol. III, Cambridge
    1993": the labeller ran the names on through the quoted title and "in G.S. Kirk" and took
    the book for the title. The rules' quoted title is the chapter's, their names its authors,
    the labeller's title the book, and the names after "in" the book's."""
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if (how.delimited_title != "quoted" or not isinstance(title, str) or not isinstance(rule_title, str)
            or not rules.fields.get("author") or title in rule_title or rule_title in title):
        return
    quoted_at, book_at = text.find(rule_title), text.find(title)
    if quoted_at == -1 or book_at < quoted_at + len(rule_title):
        return
    between = text[quoted_at + len(rule_title):book_at]
    intro = CONTAINER_INTRO_RE.search(between)
    if not intro:
        return
    book = title
    container = fields.get("container-title")
    if isinstance(container, str) and text.startswith(". " + container, book_at + len(title)):
        book = f"{title}. {container}"       # "The Iliad: a Commentary. Vol. III: books 9-12"
    fields["title"], fields["container-title"], fields["author"] = rule_title, book, rules.fields["author"]
    names = between[intro.end():].strip(" ,.;:")
    if names and not fields.get("editor") and looks_like_names(names):
        fields["editor"] = parse_names(names)


def _authors_and_title(fields: dict, rules: Reference, how: _HowRead, context: str) -> None:
    """Conventions under which the rules' authors (and title) are exact."""
    authors, title = rules.fields.get("author"), rules.fields.get("title")
    if how.authors_before_year and authors:
        labelled_authors = fields.get("author")
        fields["author"] = authors       # APA: everything before "(2022)." is authors
        if rules.fields.get("issued"):
            # ... and that year is the date; a labeller that took it for the title's start
            # ("Rosli NR. 2018. Clustering ...") is put right
            fields["issued"] = rules.fields["issued"]
            if isinstance(fields.get("title"), str):
                fields["title"] = _YEAR_BEFORE_TITLE_RE.sub("", fields["title"]) or fields["title"]
        if (title and labelled_authors and isinstance(fields.get("title"), str)
                and _within_names(fields["title"], authors) and _within_names(names_text(labelled_authors), authors)):
            # "Kementrian Pemberdayaan Perempuan dan Perlindungan Anak. (2023). Laporan ...": the
            # labeller split the group author and took its tail for the title; the title
            # follows the year
            fields["title"] = title
    mine = fields.get("title")
    if (how.inverted_head and authors and title and isinstance(mine, str) and len(mine.split()) >= 3
            and set(word_bag(mine)) <= set(name_words(authors))):
        # "Quinn, R., Advanced C++ Programming Cookbook. United Kingdoms: ...": the rules read
        # the title as one more name (the head ended at its stop); the labeller read it
        return
    if how.inverted_head and authors and title:
        # "Bukhari, Muhammad bin Isma'il al-. Shahih al-Bukhari.": the rules read the
        # "Family, Given." head of a list entry exactly
        question_and_subtitle = (title.endswith(("?", "!")) and isinstance(mine, str) and len(mine) > len(title)
                                 and mine.startswith(title) and not fields.get("container-title")
                                 and not fields.get("URL") and bool(fields.get("publisher") or fields.get("publisher-place")))
        # ("What Does the Future Hold? Exploring Various Views ... Grand Rapids: Baker": the
        # rules stop at a book title's question mark; the labeller read the subtitle after it up
        # to the place and publisher)
        fields["author"], fields["title"] = authors, (mine if question_and_subtitle else title)
        if (not any(fields.get(key) for key in _NOT_A_BOOK_FIELDS) and rules.fields.get("publisher")
                and rules.fields["publisher"] != fields.get("publisher-place")):
            # "Morrison, Toni. Beloved. Alfred A. Knopf, 1987.": the labeller ran it all into
            # the authors; the publisher the rules read after the title stands
            fields["publisher"] = rules.fields["publisher"]
    if context == "note" and authors and title:
        # Footnotes follow the comma conventions the rules were written for: "Given Family,
        # Title, ..." — their reading of authors and title wins when they found both.
        fields["author"], fields["title"] = authors, title


def _within_names(text: str, names: list[dict]) -> bool:
    """Is ``text`` part of the names (a piece of a group author, say)?"""
    key = alnum(text)
    return bool(key) and key in alnum(names_text(names))


# what an entry whose publisher the rules may supply has none of
_NOT_A_BOOK_FIELDS = ("publisher", "container-title", "volume", "issue", "page", "URL", "DOI", "genre")


def _italic_container(fields: dict, rules: Reference, how: _HowRead) -> None:
    """"*Journal*" after the title is the container, and where the title ends."""
    container = rules.fields.get("container-title")
    if how.delimited_container != "italic" or not container:
        return
    fields["container-title"] = container
    rule_title = rules.fields.get("title") or ""
    title = fields.get("title") or ""
    rest = title[len(rule_title):].strip(" .?!,:") if rule_title and title.startswith(rule_title) else None
    if rule_title and (container[:12] in title or (rest and container.startswith(rest))):
        fields["title"] = rule_title     # the labeller ran the title into it


def _journal_name_head(fields: dict, text: str) -> None:
    """"Komputa: Jurnal Ilmiah Komputer": many Indonesian journals are named "Name: Jurnal
    ...", and the labeller leaves the name before the colon at the end of the title."""
    title, container = fields.get("title"), fields.get("container-title")
    if not (isinstance(title, str) and isinstance(container, str) and JOURNAL_START_RE.match(container)):
        return
    head = _TITLE_LAST_WORD_RE.search(title)
    if head and f"{head.group(1)}: {container}" in text:
        fields["title"] = title[:head.start()].rstrip()
        fields["container-title"] = f"{head.group(1)}: {container}"


_YEAR_BEFORE_TITLE_RE = regex.compile(r"^\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,:][ ]*+")
_TITLE_LAST_WORD_RE = regex.compile(r",[ ]+(\p{Lu}[\p{L}\d-]*+)$")


def _journal_words_out_of_title(fields: dict, text: str) -> None:
    """IOP's "Aasi J et al 2015 Advanced LIGO Class. Quantum Grav. 32 074001" sets no stop
    between title and journal: abbreviated journal words ("Class.", "Nucl. Instrum.") the
    labeller left at the title's end open the journal that follows them."""
    title, container = fields.get("title"), fields.get("container-title")
    if not isinstance(title, str) or not isinstance(container, str) or "." not in text:
        return
    if title.rsplit(" ", 1)[-1].rstrip(".").casefold() not in lexicon.JOURNAL_ABBREVIATIONS:
        return      # (most titles: asked before the text is searched)
    at_container = text.find(container)
    if at_container == -1 or "." not in text[at_container:at_container + len(container) + 1]:
        return      # an abbreviated journal goes on abbreviated ("Quantum Grav."); "Urban Water" does not
    at = text.find(title)
    if at == -1:
        return
    words = title.split()
    moved = 0
    end = at + len(title)
    while len(words) - moved > 1:
        word = words[-1 - moved].rstrip(".")      # ("Nucl." inside the title keeps its stop)
        start = end - len(word)
        if (text[end:end + 1] != "." or not word[:1].isupper() or not word[1:].islower()
                or word.casefold() not in lexicon.JOURNAL_ABBREVIATIONS):       # ("SCI." is an acronym)
            break
        moved += 1
        end = text.rfind(" ", at, start) - 1      # the word before ends a character before the space
        if end < at:
            break
    if moved and text[at:].find(container) > len(title):
        head = text[at + len(" ".join(words[:-moved])):at + len(title) + 1].strip()
        fields["title"] = " ".join(words[:-moved])
        fields["container-title"] = f"{head} {container}"


def _journal_from_volume_and_issue(fields: dict) -> None:
    """Volume, issue and pages belong to a journal: with no journal found, the "publisher"
    is it ("BMJ. 1996;312(7023):71-2"), or an abbreviated name run into the title
    ("... di Puskesmas Kota Yogyakarta. Ber Kedokt Masy")."""
    if fields.get("container-title") or not (fields.get("volume") and fields.get("issue") and fields.get("page")):
        return
    if isinstance(fields.get("publisher"), str) and not fields.get("publisher-place"):
        fields["container-title"] = fields.pop("publisher")
        return
    title = fields.get("title")
    tail = _TITLE_JOURNAL_TAIL_RE.search(title) if isinstance(title, str) else None
    if tail:
        fields["title"], fields["container-title"] = title[:tail.start()], tail.group(1)


def _journal_at_title_end(fields: dict) -> None:
    """"2007, The Mediated Moderation Model of Interactivity, Media Psychology, 9:647–672.":
    comma-separated styles run the journal into the title; an article (a volume or issue, and
    pages) needs a journal, and the title's last comma piece, in title case, is it."""
    title = fields.get("title")
    if (fields.get("container-title") or not isinstance(title, str) or ", " not in title
            or not (fields.get("volume") or fields.get("issue")) or not fields.get("page")):
        return
    head, _, last = title.rpartition(", ")
    words = last.split()
    capitalised = [w for w in words if w[:1].isupper()]
    if head and 1 <= len(words) <= 8 and words[0][:1].isupper() and 2 * len(capitalised) > len(words):
        fields["title"], fields["container-title"] = head, last


def _journal_with_volume_as_publisher(fields: dict) -> None:
    """"... the philippines. ETERNAL (English, ... Journal). 7: 52.": a "publisher" that ends
    in a volume and pages ("7: 52", "12(3): 600–610", "Quantum Grav. 32 074001") is a journal
    with them."""
    publisher = fields.get("publisher")
    if fields.get("container-title") or not isinstance(publisher, str) or not publisher.rstrip(".")[-1:].isdigit():
        return
    found = _VOLUME_PAGES_END_RE.search(publisher)
    if found and ":" not in found.group(0) and ":" in publisher:
        return      # "Risk Analysis 7(3): 347 353": the colon marks the pages, a space is no separator
    if not found or not found.group(1) or not publisher[:found.start()].strip(" .,"):
        return
    fields["container-title"] = publisher[:found.start()].strip(" .,")
    fields.pop("publisher")
    fields.setdefault("volume", found.group(1))
    if found.group(2):
        fields.setdefault("issue", found.group(2))
    fields.setdefault("page", found.group(3).replace("–", "-"))


def _hijri_year(fields: dict, rules: Reference, text: str) -> None:
    """"(Beirut: Dar al-Fikr, 1414 H)", "1414 H/1994 M": the rules read the Hijri year (and the
    Gregorian one beside it), which the labeller took for part of the publisher."""
    found = HIJRI_YEAR_RE.search(text)
    if not found:
        return
    fields["issued"] = rules.fields["issued"]
    publisher, written = fields.get("publisher"), found.group().rstrip(".")
    if isinstance(publisher, str) and written in publisher:
        fields["publisher"] = publisher.replace(written, "").strip(" ,.") or publisher


def _typewriter_quoted_title(fields: dict, text: str) -> None:
    """"'The Monkey Selfie: ... AI Works' (2018) 5": a title in typewriter quotes (Harvard's,
    OSCOLA's) loses them; the year in brackets right after it is the year of publication
    (OSCOLA writes a journal's volume after it), which the labeller took into the title."""
    title = fields.get("title")
    if not isinstance(title, str) or not title.startswith("'"):
        return
    closing = _CLOSING_TYPEWRITER_QUOTE_RE.search(title, 1)
    if closing is None or TYPEWRITER_QUOTE_MARK_RE.search(title, 1, closing.start()):
        return
    rest = title[closing.end():].strip(" ,.")
    if rest and not _YEAR_AND_VOLUME_ONLY_RE.match(rest):
        return
    inner = title[1:closing.start()].strip()
    fields["title"] = inner
    year = _YEAR_AFTER_QUOTE_RE.match(text, text.find(inner) + len(inner)) if inner in text else None
    if year and "issued" not in fields:
        fields["issued"] = {"date-parts": [[int(year.group(1))]]}


# the quote that closes a typewriter-quoted title, before what follows it (not an apostrophe)
_CLOSING_TYPEWRITER_QUOTE_RE = regex.compile(r"(?<=\S)'(?=[ ,.]|$)")
# "(2018) 5" after the closing quote: OSCOLA's year and volume
_YEAR_AND_VOLUME_ONLY_RE = regex.compile(r"^\(((?:1[5-9]|20)\d\d)\)(?:[ ]\d{1,4}+)?$")
_YEAR_AFTER_QUOTE_RE = regex.compile(r"'[ ]\(((?:1[5-9]|20)\d\d)\)")


def _year_in_place_brackets(fields: dict, text: str) -> None:
    """"CRC Press (Boca Raton, FL: 2015)", "Fourth Estate (London, 1999)": a publisher, then its
    town and year in brackets; the labeller left the year unlabelled."""
    found = _PLACE_YEAR_BRACKETS_RE.search(text)
    if found:
        fields["issued"] = {"date-parts": [[int(found.group(1))]]}


# "... Clarendon Press 1994) 45.", "... Mizan, 1996), 12-14": the pages a note cites, after the
# bracket that holds a book's facts
_PAGES_AFTER_BRACKET_RE = regex.compile(r"\),?[ ](?:(?:pp?|hlm|hal|h)\.[ ]?)?(\d{1,5}+(?:[-–]\d{1,5}+)?)\.?$")

# "(Boca Raton, FL: 2015)", "(London, 1999)": a town (and a state's code), then the year
_PLACE_YEAR_BRACKETS_RE = regex.compile(
    r"\(\p{Lu}[\p{L}.'-]{1,30}+(?:[ ]\p{Lu}[\p{L}.'-]{1,30}+){0,3}+(?:,[ ]\p{Lu}{2})?[,:][ ]((?:1[5-9]|20)\d\d)\)")


def _journal_the_rules_read_as_publisher(fields: dict, rules: Reference) -> None:
    """"... Interoperability. ACM Computing Surveys (CSUR). 42 (2):1-37.": the labeller took
    the journal for a publisher (no town with it); the rules read the same words as the journal
    of an article with its volume and pages."""
    publisher = fields.get("publisher")
    if (not isinstance(publisher, str) or fields.get("container-title") or fields.get("publisher-place")
            or rules.fields.get("type") != "article-journal" or not rules.fields.get("volume")
            or not (fields.get("page") or rules.fields.get("page"))):
        return
    if alnum(str(rules.fields.get("container-title") or "")) == alnum(publisher):
        fields["container-title"] = fields.pop("publisher")


def _journal_name_before_its_colon(fields: dict, text: str) -> None:
    """"... Tantangan dan Rekomendasi. Inovasi: Jurnal Ekonomi, Keuangan, dan Manajemen. 19 (2)":
    Indonesian journals are named "Name: Jurnal ..." ("Al-Ishlah: Jurnal Pendidikan"); the
    labeller ended the title with the name and began the journal after its colon."""
    title, container = fields.get("title"), fields.get("container-title")
    if (not isinstance(title, str) or not isinstance(container, str) or ". " not in title
            or not container.startswith(("Jurnal ", "Journal ", "JURNAL ", "JOURNAL "))):
        return
    head, _, name = title.rpartition(". ")
    if not head or len(name) > 40 or len(name.split()) > 3 or not all(w[:1].isupper() for w in name.split()):
        return
    if f"{name}: {container}" in text:
        fields["title"], fields["container-title"] = head, f"{name}: {container}"


# "7: 52", "12(3): 600–610", IOP's "32 074001" (volume, space, page)
_VOLUME_PAGES_END_RE = regex.compile(r"[.,]?[ ]?+(\d{1,4}+)(?:[ ]?\((\d{1,5}+)\))?(?::[ ]?|[ ])(\d{1,6}+(?:[-–]\d{1,6}+)?)\.?$")


def _year_after_container(fields: dict, text: str) -> None:
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
    found = _YEAR_AFTER_NAME_RE.match(text, at + len(container)) if at != -1 else None
    if not found:
        return
    year = found.group(1)
    if str(year_of(fields)) != year or text.count(year) > 1:
        fields["container-title"] = f"{container} {year}"


def _day_after_paper(fields: dict, text: str) -> None:
    """Harvard's "(2021) 'Dampak pandemi ...', Kompas, 12 Mei, p. 7.", "The Guardian, September
    20, p. 1": the day and month after a paper's name, its year given after the authors."""
    container, parts = fields.get("container-title"), csl_date_parts(fields.get("issued"))
    if (not isinstance(container, str) or len(parts) != 1 or fields.get("volume") or fields.get("issue")
            or container.casefold() not in lexicon.NEWSPAPERS and fields.get("type") != "article-newspaper"):
        return
    at = text.find(container)
    found = _DAY_MONTH_AFTER_RE.match(text, at + len(container)) if at != -1 else None
    if not found:
        return
    month = month_number(found.group(2) or found.group(3))
    day = int(found.group(1) or found.group(4))
    if month and 1 <= day <= 31:
        fields["issued"] = {"date-parts": [[parts[0], month, day]]}


# ", 12 Mei," / ", September 20," after a paper's name, with no year of its own
_DAY_MONTH_AFTER_RE = regex.compile(
    r",[ ](?:(\d{1,2}+)[ ](\p{L}{3,10}+)\.?|(\p{L}{3,10}+)\.?[ ](\d{1,2}+))(?=[,.;]|$)(?![,.;]?[ ]?(?:1[5-9]|20)\d\d)")

_TRAILING_YEAR_RE = regex.compile(r"[ ,]++((?:1[89]|20)\d\d)$")
_YEAR_AFTER_NAME_RE = regex.compile(r"[ ]((?:1[89]|20)\d\d)(?=[.,;)]|$)")


def _capitals_journal_split(fields: dict) -> None:
    """"... Grade X. ATRIUM PENDIDIKAN BIOLOGI. 4: 189–199.": a journal named in capitals that
    the labeller split, its first words left at the end of the title."""
    title, container = fields.get("title"), fields.get("container-title")
    if not (isinstance(title, str) and isinstance(container, str) and _CAPITALS_RE.fullmatch(container)):
        return
    head, dot, tail = title.rpartition(". ")
    if dot and head and _CAPITALS_RE.fullmatch(tail):
        fields["title"], fields["container-title"] = head, f"{tail} {container}"


_CAPITALS_RE = regex.compile(r"\p{Lu}[\p{Lu}&-]*+(?:[ ]\p{Lu}[\p{Lu}&-]*+){0,6}+")


# ". Ber Kedokt Masy", ". Nat Rev Nephrol", ". J Appl Phys": up to five short capitalised words
_TITLE_JOURNAL_TAIL_RE = regex.compile(r"\.[ ]((?:\p{Lu}[\p{L}.]{0,9}+[ ]){0,4}+\p{Lu}[\p{L}.]{0,9}+)$")


def _drop_quoted_names(fields: dict, how: _HowRead) -> None:
    """A name beginning with a quotation mark is the start of a quoted title the labeller
    ran the authors into ('J. Devlin, ..., and K. Toutanova, "BERT: ...')."""
    if how.delimited_title == "quoted" and fields.get("author"):
        fields["author"] = [n for n in fields["author"]
                            if (n.get("family") or n.get("literal") or "")[:1] not in _QUOTE_MARKS] or None


_QUOTE_MARKS = "\"“”'‘’«"
# "arXiv:1301.3781": an identifier, whose digits are no pages
_ARXIV_RE = regex.compile(r"\barXiv:[ ]?(\d{4}+)\.(\d{4,5}+)(?:v\d{1,2}+)?", regex.I)


def _arxiv_is_no_page(fields: dict, text: str, rules: Reference) -> None:
    found = _ARXIV_RE.search(text) if "arxiv" in text.casefold() else None
    if found:
        fields.setdefault("number", found.group().replace(" ", ""))
        if fields.get("page") == f"{int(found.group(1))}-{int(found.group(2))}":
            fields.pop("page")
        year = year_of(rules.fields)
        if "issued" not in fields and year and text[found.end():].lstrip(" ,(").startswith(str(year)):
            # '"Attention is all you need," arXiv preprint arXiv:1706.03762, 2017.': the year after
            # the number, which the labeller left unread
            fields["issued"] = rules.fields["issued"]


def _drop_placeholders(fields: dict) -> None:
    """"t.p." and "t.t." say there is no publisher or place: they are not one."""
    if isinstance(fields.get("publisher"), str) and NO_PUBLISHER_RE.fullmatch(fields["publisher"].strip(" ,;")):
        fields.pop("publisher")
    if isinstance(fields.get("publisher-place"), str) and \
            NO_PLACE_RE.fullmatch(fields["publisher-place"].strip(" ,;:")):
        fields.pop("publisher-place")


def _publisher_and_helpers(fields: dict, rules: Reference) -> None:
    """A thesis's university, and MLA's "Translated by Emily Wilson, W. W. Norton, 2018.": the labeller took the
    translator for an editor, or the publisher's initials for the translator's; the rules'
    reading of a whole publisher name that ends the labeller's, or of the one it missed, wins."""
    publisher = rules.fields.get("publisher")
    mine = fields.get("publisher")
    if (isinstance(publisher, str) and isinstance(mine, str) and mine != publisher and publisher.endswith(mine)
            and INITIALS_ONLY_RE.fullmatch(publisher[:-len(mine)].strip())):
        fields["publisher"] = publisher
    if (rules.fields.get("genre") and rules.fields.get("type") == "thesis" and isinstance(publisher, str)
            and isinstance(mine, str) and publisher != mine and (publisher in [piece.partition(":")[0].strip() for piece in mine.split(",")]
                                       or "]" in mine)):
        # a thesis: "Jurusan Teknik Elektro, Univ. Brawijaya", "magister, Universitas Negeri
        # Padang]. Repositori UNP", "Fakultas ..., Universitas X: Bandung" — the university the
        # rules picked out grants it
        fields["publisher"] = publisher
    if (rules.fields.get("type") == "thesis" and isinstance(publisher, str) and isinstance(mine, str) and "," not in publisher
            and alnum(mine) != alnum(publisher) and alnum(mine) in alnum(publisher)):
        # IEEE's '"...," Tugas Akhir, Institut Teknologi Sepuluh Nopember, Surabaya, 2016.': the
        # labeller cut the university's name in two, its first words run into the town
        fields["publisher"] = publisher
        place = fields.get("publisher-place")
        if isinstance(place, str):
            own = set(word_bag(publisher))
            town = " ".join(word for word in place.split() if alnum(word) not in own)
            if town != place:
                fields["publisher-place"] = town or None
    if (isinstance(publisher, str) and mine is None and fields.get("container-title") == publisher
            and not rules.fields.get("container-title") and not any(fields.get(key) for key in ("volume", "issue", "page"))
            and names_a_publisher(publisher)):
        # APA 7's "... konseling. Rineka Cipta.": the publisher alone after the title, which the
        # labeller took for a journal with no volume, issue or pages
        fields["publisher"] = fields.pop("container-title")
    translators = {alnum(n.get("family", "")) for n in rules.fields.get("translator") or []}
    if translators and fields.get("editor") and not rules.fields.get("editor"):
        fields["editor"] = [n for n in fields["editor"] if alnum(n.get("family", "")) not in translators] or None


def _place_without_publisher(fields: dict, text: str) -> None:
    """"... in education. UNESCO.": APA 7 names the publisher with no place; a lone "place"
    that is an organisation and no colon follows (as "Paris: UNESCO" would) is the publisher."""
    place = fields.get("publisher-place")
    if not isinstance(place, str) or fields.get("publisher") or fields.get("container-title"):
        return
    at = text.find(place)
    if (at != -1 and not text[at + len(place):].lstrip().startswith(":")
            and (_ACRONYM_RE.fullmatch(place.strip(" .")) or is_institution(place))):
        fields["publisher"] = fields.pop("publisher-place")


# "UNESCO", "OECD", "WHO": an organisation, not a town (towns alone, "London, 1708", stay places)
_ACRONYM_RE = regex.compile(r"\p{Lu}{2,8}+")


def _place_after_publisher(fields: dict) -> None:
    """"(Skripsi, Fakultas Tarbiyah UIN Sunan Kalijaga, Yogyakarta, 2018)", PKM's "World Bank
    Group. Washington DC.": a known town (a state's code may follow it) after the last comma or
    stop of the publisher is the place."""
    publisher = fields.get("publisher")
    if not isinstance(publisher, str) or fields.get("publisher-place") or ("," not in publisher and ". " not in publisher):
        return
    cut = max(publisher.rfind(","), publisher.rfind(". "))
    name, town = publisher[:cut].strip(), publisher[cut + 1:].strip()
    if not name:
        return
    if _STATE_CODE_END_RE.sub("", town).casefold() in lexicon.PUBLISHING_CITIES or (
            publisher[cut] == "," and names_a_publisher(name) and _ONE_TOWN_RE.fullmatch(town)
            and not names_a_publisher(town) and not is_institution(town)):
        # (a town after a publishing house's name: Springer's "Cengage Learning, Stamford")
        fields["publisher"], fields["publisher-place"] = name, town


# one or two capitalised words, as a town's name is: "Stamford", "Upper Saddle River"
_ONE_TOWN_RE = regex.compile(r"\p{Lu}\p{Ll}++(?:[ ]\p{Lu}\p{Ll}++){0,2}+")


# "Washington DC", "Boca Raton, FL", "Cambridge MA": a state's code after the town
_STATE_CODE_END_RE = regex.compile(
    r",?[ ](?:D\.C\.|DC|NY|NJ|MA|CA|IL|PA|CT|FL|TX|MD|VA|WA|MI|OH|MN|NC|GA|CO|OR|IN|WI|AZ|TN|MO|UK)$")


def _pages_out_of_container(fields: dict, rules: Reference) -> None:
    """APA-ID "Dalam S. Rahayu (Ed.), Manajemen Pendidikan Kontemporer (hlm. 45–67).": the
    chapter's pages in brackets end the book's title the labeller read; the rules read them."""
    container = fields.get("container-title")
    if not isinstance(container, str) or not container.endswith(")") or not rules.fields.get("page"):
        return
    found = _BRACKETED_PAGES_END_RE.search(container)
    if found and found.start() > 0:
        fields["container-title"] = container[:found.start()]
        fields.setdefault("page", rules.fields["page"])


def _pages_out_of_publisher(fields: dict, rules: Reference) -> None:
    """"Yogyakarta: Pustaka Pelajar. Hlm. 36.": the page cited after a book's facts, which the
    labeller ran into the publisher; the rules read it."""
    publisher, page = fields.get("publisher"), rules.fields.get("page")
    if not isinstance(publisher, str) or not page or not publisher[-1:].isdigit():
        return
    found = _PAGES_END_RE.search(publisher, max(0, len(publisher) - 40))      # (the end only: bounded)
    if found and found.start() > 0 and found.group(1).replace("–", "-") == page:
        fields["publisher"] = publisher[:found.start()]
        fields.setdefault("page", page)


# ". Hlm. 36", ", hal. 12-15", ", pp. 3" ending a publisher's name
_PAGES_END_RE = regex.compile(r"[.,]?[ ]++(?:hlm|hal|halaman|h|pp?)\.?[ ]?(\d{1,5}+(?:[-–]\d{1,5}+)?)$", regex.I)
# "(hlm. 45–67)", "(pp. 12-30)", "(h. 5)", "(S. 112-124)" at the end of a book's title
_BRACKETED_PAGES_END_RE = regex.compile(r"[ ]?" + BRACKETED_PAGES + r"$", regex.I)


def _place_out_of_container(fields: dict, rules: Reference, text: str) -> None:
    """"Nine Essays on Homer, Lanham-Boulder-New York-Oxford 1999": the labeller ran the book's
    title on into the town the rules read before the year."""
    container, place = fields.get("container-title"), rules.fields.get("publisher-place")
    if not isinstance(container, str) or not isinstance(place, str) or fields.get("publisher-place"):
        return
    head, comma, tail = container.rpartition(",")
    at = text.find(place + " ")
    if (comma and tail.strip() == place and head.strip() and rules.fields.get("container-title") == head.strip()
            and at != -1 and _YEAR_ANYWHERE_RE.match(text, at + len(place) + 1)):
        fields["container-title"], fields["publisher-place"] = head.strip(), place


def _container_end_read_as_editors(fields: dict, rules: Reference) -> None:
    """'dalam Islam Nusantara: Dari Ushul Fiqh hingga Paham Kebangsaan, ed. Akhmad Sahal dan
    Munawir Aziz (Bandung: ...)': the labeller took the book's last words for one more editor;
    the rules read the editors after the mark and the book whole before it."""
    editors, rule_editors, book = fields.get("editor"), rules.fields.get("editor"), rules.fields.get("container-title")
    if not editors or not rule_editors or not isinstance(book, str) or fields.get("container-title"):
        return
    mine, theirs = _name_keys(editors), _name_keys(rule_editors)
    extra = [name for name, key in zip(editors, mine) if key not in theirs]
    if not extra or len(extra) + len(theirs) != len(editors) or not all(key in mine for key in theirs):
        return
    if set(name_words(extra)) <= set(word_bag(book)):
        fields["editor"], fields["container-title"] = rule_editors, book


def _name_keys(names: list[dict]) -> list[str]:
    """Each name's letters and digits, to tell two readings of a list's names apart."""
    return [alnum(names_text([name])) for name in names]


def _editors_run_on_into_facts(fields: dict, rules: Reference) -> None:
    """MLA's "..., edited by R. V. Cassill, 5th ed., W. W. Norton, 1995": the labeller ran the
    editors on into the edition and the publisher after them, which the rules read apart."""
    editors, rule_editors = fields.get("editor"), rules.fields.get("editor")
    if not editors or not rule_editors or len(editors) <= len(rule_editors):
        return
    if _name_keys(editors)[:len(rule_editors)] != _name_keys(rule_editors):
        return
    facts = {key: value for key, value in rules.fields.items()
             if key in ("edition", "publisher", "publisher-place", "volume") and isinstance(value, str)}
    if "publisher" in facts and not names_a_publisher(facts["publisher"]):
        facts.pop("publisher")      # (a "publisher" that may be one more editor: "..., ed. Gunter E. Grimm")
    extra = [set(name_words([name])) for name in editors[len(rule_editors):]]
    read = {key: set(word_bag(value)) for key, value in facts.items()}
    if all(any(words <= own for own in read.values())
           or any(any(map(str.isdigit, word)) for word in words) for words in extra):
        fields["editor"] = rule_editors
        if "publisher" in facts and read["publisher"] in extra and not fields.get("publisher"):
            fields["publisher"] = facts["publisher"]


def _editors_before_container(fields: dict) -> None:
    """"Di dalam: Robinson PJ, editor. The Routledge encyclopedia ...", "In: Vogelstein B,
    Kinzler KW, editors. The genetic basis of human cancer": the book's editors open the
    container the labeller read; they are its editors, not part of its name."""
    container = fields.get("container-title")
    found = (_EDITORS_FIRST_RE.match(container) if isinstance(container, str)
             and _EDITOR_MARK_RE.search(container) else None)
    if not found or not looks_like_names(found.group(1)):
        return
    fields["container-title"] = found.group(2)
    if not fields.get("editor"):
        fields["editor"] = parse_names(found.group(1)) or None


def _book_under_its_editors(fields: dict, rules: Reference, text: str) -> None:
    """"Hidayat, Komaruddin dan Ahmad Gaus AF (ed.). Passing Over: ...": a book listed under
    its editors, which the rules read (editors, no author); the labeller took the names' last
    words for a chapter's title or its book's name, and the first for authors."""
    editors, rule_title = rules.fields.get("editor"), rules.fields.get("title")
    if not editors or rules.fields.get("author") or not isinstance(rule_title, str):
        return
    editor_words = set(name_words(editors))
    container, authors, title = fields.get("container-title"), fields.get("author"), fields.get("title")
    if (container != rule_title
            and not (title == rule_title and isinstance(container, str) and set(word_bag(container)) <= editor_words and authors)
            # "... Ahmad Gaus AF (ed.). 1998. Passing Over ...": a "title" of the names' last words
            and not (isinstance(title, str) and not container and authors and set(word_bag(title)) <= editor_words
                     and _EDITOR_MARK_AFTER_RE.match(text, text.find(title) + len(title)))):
        return
    if authors and not set(name_words(authors)) <= editor_words:
        return
    fields.pop("author", None)
    fields.pop("container-title", None)
    fields["title"], fields["editor"] = rule_title, editors


# "(ed.)", "(eds.)", "(Ed.)" right after the names it marks (patterns.EDITOR_RE's marks)
_EDITOR_MARK_AFTER_RE = regex.compile(r"[ ,]*+(?:" + EDITOR_RE.pattern + ")", regex.I)
# a mark naming editors in any language the lists use: "ed.", "(eds)", "editor", "Edited by",
# "penyunting", "(peny.)", "Hrsg.", "(Hg.)", "(éd.)", "Red.", "a cura di", "sous la direction de"
# (not the Italian "ed", and)
_EDITOR_MARK_RE = regex.compile(r"edit(?:or|ed)|\b[eé]ds?[.),]|\(ed|penyunting|\bpeny\.|\bhrsg\b|\(hg\.|\bred\.|a cura di"
                                r"|sous la direction", regex.I)
# (a name's initials, "B. Gentili - G. Paioni (edd.)", hold the only stops the names may have)
_EDITORS_FIRST_RE = regex.compile(
    r"((?:\p{Lu}\.|[^.,;:(]){2,40}+(?:,[ ](?:\p{Lu}\.|[^.,;:(]){2,40}+){0,5}),?[ ]?"
    r"(?:editors?|eds?\.|\((?:eds?|edd)\.?\)|penyunting|\(peny\.?\))[.,]?[ ]++(\p{Lu}.{2,})",
    regex.I)


def _thesis_description_in_brackets(fields: dict, rules: Reference) -> None:
    """APA 7's "Sistem informasi akademik berbasis web [Skripsi, Universitas Negeri Malang].":
    the labeller split the title inside and the genre and university across the bracket; the
    rules read the description whole."""
    genre = fields.get("genre")
    if not isinstance(genre, str) or not rules.fields.get("genre"):
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


def _genre_the_rules_read(fields: dict, rules: Reference) -> None:
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
    place = fields.get("publisher-place")
    if isinstance(genre, str) and isinstance(place, str) and rule_genre.startswith(genre):
        rest = rule_genre[len(genre):].strip()
        if rest and place.startswith(rest + ". "):
            fields["genre"] = rule_genre
            fields["publisher-place"] = place[len(rest) + 2:]


def _thesis_granted_at(fields: dict, rules: Reference) -> None:
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


def _genre_that_is_no_genre(fields: dict, rules: Reference) -> None:
    """IEEE's "Bell Syst. Tech. J.": a "genre" the labeller read in a journal's abbreviated name
    names no kind of work (thesis, report, ...); it belongs to the journal the rules read."""
    genre = fields.get("genre")
    if not isinstance(genre, str) or rules.fields.get("genre"):
        return
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if isinstance(title, str) and isinstance(rule_title, str) and alnum(rule_title) == alnum(genre) + alnum(title):
        # "Pedoman Penulisan Skripsi Fakultas Syariah dan Hukum": a guide to writing theses,
        # whose title's first words the labeller took for the genre; the rules read it whole
        fields["title"] = rule_title
        fields.pop("genre")
        return
    if _GENRE_WORD_RE.search(genre):
        return
    fields.pop("genre")
    container = rules.fields.get("container-title")
    if not fields.get("container-title") and isinstance(container, str) and alnum(genre) in alnum(container):
        fields["container-title"] = container


_GENRE_WORD_RE = regex.compile(
    r"thes|dissert|disert|skripsi|tesis|report|\brep\b|laporan|paper|manuscript|naskah|patent|paten|memo|"
    r"standard|standar|brief|tugas|abstract|review|preprint|working|lecture|slides|map|film|video|software|dataset",
    regex.I)


def _newspaper_is_container(fields: dict) -> None:
    """"... ini syaratnya. Kompas.com. Diakses ...": a newspaper or news site the labeller
    took for the publisher (or the place) is where the article appeared; so is a periodical's
    name followed by the day it appeared ("Asahi Shinbun 31 December", "Bloomberg, 20 October
    2016"): no publisher is dated by the day."""
    if fields.get("container-title"):
        return
    dated = _DAY_MONTH_END_RE.search(fields["publisher"]) if isinstance(fields.get("publisher"), str) else None
    if dated and _PERIODICAL_NAME_RE.fullmatch(fields["publisher"][:dated.start()]) and month_number(dated.group(2)):
        year = (year_of(fields) if not dated.group(3) else int(dated.group(3)))
        if year and (not dated.group(3) or year_of(fields) in (None, year)):
            fields["container-title"] = fields.pop("publisher")[:dated.start()].strip(" ,.")
            fields["issued"] = {"date-parts": [[year, month_number(dated.group(2)), int(dated.group(1))]]}
            return
    for key in ("publisher", "publisher-place"):
        value = fields.get(key)
        if isinstance(value, str) and value.casefold().strip(" .,") in lexicon.NEWSPAPERS:
            fields["container-title"] = fields.pop(key)
            return


# a periodical's name: a few capitalised words, no sentence, number or list ("Asahi Shinbun",
# "The Jakarta Post"; not "Memorandum from ... Branch" or "Stuart, FL", which are dated documents)
_PERIODICAL_NAME_RE = regex.compile(r"(?:The[ ])?\p{Lu}[\p{L}'’&-]*+(?:[ ]\p{Lu}[\p{L}'’&-]*+){0,3}+")
# " 31 December", ", 20 October 2016" closing a name
_DAY_MONTH_END_RE = regex.compile(r",?[ ](\d{1,2}+)[ ](\p{L}{3,10}+)\.?(?:[ ]((?:1[6-9]|20)\d\d))?[.]?$")


def _translator_out_of_title(fields: dict, rules: Reference) -> None:
    """"... of Reception, Timothy Bahti (trans.)", "... Theology (tr. Columban Heaney)": the
    translator the rules read, with its label, is not part of the title the labeller ran on."""
    translators, title = rules.fields.get("translator"), fields.get("title")
    if not translators or not isinstance(title, str):
        return
    label = _TRANSLATOR_LABEL_RE.search(title)
    if not label:
        # "... Membentuk Karakter. Terjemahan Juma Abdu Wamaungo": the translator's sentence
        after = _TRANSLATED_BY_TAIL_RE.search(title)
        first_word = (names_text(translators[:1]).split() or [""])[0]
        if after and after.start() > 0 and first_word and first_word in title[after.end():]:
            fields["title"] = title[:after.start()]
        return
    first = translators[0]
    name_word = ((first.get("given") or "").split() or [first.get("family") or first.get("literal") or ""])[0]
    at = title.find(name_word) if name_word else -1
    cut = at if 0 <= at < label.start() else label.start()
    fields["title"] = title[:cut].rstrip(" ,;:.") or title


def _labeller_read_only_names_and_dates(fields: dict, rules: Reference) -> bool:
    """"Kurniawan, A. (2022, 5 Januari). Harga minyak goreng kembali naik. Kompas.com. https://...":
    the labeller read the words between the date and the link as one run of its rare "source"
    label, which is no field, so it kept only the names, the date and the link; the rules read a
    title of some words there, and the same names. (A list of names alone, where the rules'
    "title" is a stray initial or the names after the first, stays with the labeller.)"""
    title = rules.fields.get("title")
    return (isinstance(title, str) and len(title.split()) >= 3
            and all(key in _NAMES_DATES_AND_LINKS for key in fields)
            and name_words(fields.get("author") or []) == name_words(rules.fields.get("author") or []))


_NAMES_DATES_AND_LINKS = frozenset({"author", "issued", "URL", "DOI", "accessed"})


def _title_end_read_as_translator(fields: dict, rules: Reference) -> None:
    """APA-ID's "... kualitatif, kuantitatif, dan campuran (A. Fawaid & R. K. Pancasari, Penerj.;
    Edisi ke-4).": the labeller ran the translators' bracket back over the title's last words
    ("dan campuran (A."); the title the rules read is the labeller's and those words."""
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if not (isinstance(title, str) and isinstance(rule_title, str) and fields.get("translator") and rules.fields.get("translator")):
        return
    head, whole = alnum(title), alnum(rule_title)
    if not head or len(whole) <= len(head) or not whole.startswith(head):
        return
    tail_words = word_bag(rule_title[len(title):]) if rule_title.startswith(title) else []
    translator_words = set(name_words(fields["translator"]))
    if tail_words and all(word in translator_words for word in tail_words):
        fields["title"] = rule_title


def _publisher_run_into_title(fields: dict, rules: Reference, how: _HowRead) -> None:
    """APA 7's "Pendidikan karakter. Nusa Media.": a book's publisher, with no place before it,
    that the labeller ran into the title; the rules read the two apart."""
    title, rule_title, publisher = fields.get("title"), rules.fields.get("title"), rules.fields.get("publisher")
    if not (isinstance(title, str) and isinstance(rule_title, str) and isinstance(publisher, str)
            and title.startswith(rule_title + ". ") and alnum(title) == alnum(rule_title) + alnum(publisher)):
        return
    # an author-date book with nothing after its publisher but a link: not a journal's name
    # after an article ("... InSAR. Geomorphology."), nor the rest of a title
    if (fields.get("publisher") or fields.get("container-title") or fields.get("DOI") or rules.fields.get("type") != "book"
            or not how.authors_before_year):
        return
    # a one-word "publisher" is a journal's name as often ("Geomorphology"), unless it names a
    # publishing house, is an acronym ("UNESCO") or the author's own ("... Kemdikbud.")
    if (len(publisher.split()) >= 2 or publisher.isupper() or names_a_publisher(publisher)
            or published_by_its_author({"author": fields.get("author"), "publisher": publisher})):
        fields["title"], fields["publisher"] = rule_title, publisher


def _helpers_and_facts_out_of_title(fields: dict, rules: Reference) -> None:
    """"Kritische Schriften. Edited by Wolfdietrich Rasch", "... Procedural Justice (New York:
    Plenum)": the editors the rules read, or the bracketed place and publisher, are not the
    end of the title the labeller ran over them."""
    title = fields.get("title")
    if not isinstance(title, str):
        return
    edited = _EDITED_BY_TAIL_RE.search(title) if rules.fields.get("editor") else None
    if edited and edited.start() > 0:
        title = title[:edited.start()]
    facts = _FACTS_TAIL_RE.search(title) if title.endswith(")") else None
    if facts and facts.start() > 0 and (fields.get("publisher") or fields.get("publisher-place")
                                         or rules.fields.get("publisher-place")):
        title = title[:facts.start()]
    publisher_tail = _BRACKET_TAIL_RE.search(title) if title.endswith(")") and fields.get("publisher") else None
    if publisher_tail and publisher_tail.start() > 0 and alnum(publisher_tail.group(1)) in (
            alnum(fields["publisher"]), alnum(f"{fields['publisher']} {fields.get('publisher-place') or ''}")):
        title = title[:publisher_tail.start()]   # Nature's "(Oxford Univ. Press, 2000)", the year read
    edition = _EDITION_TAIL_RE.search(title) if rules.fields.get("edition") else None
    if edition and edition.start() > 0:
        title = title[:edition.start()]    # "Manajemen Sumber Daya Manusia. Cetakan ke-20": the edition read
    volume = _VOLUME_TAIL_RE.search(title) if fields.get("volume") else None
    if volume and volume.start() > 0 and str(fields["volume"]).casefold() == volume.group(1).casefold():
        title = title[:volume.start()]     # "Tafsir Al-Azhar. Juz 1": the volume read, not the title's end
    fields["title"] = title.rstrip(" ,.;:") or fields["title"]
    container = fields.get("container-title")
    if isinstance(container, str) and (alnum(container) == alnum(fields["title"]) or (
            alnum(container).startswith(alnum(fields["title"])) and len(fields["title"]) >= 8
            and container != rules.fields.get("container-title"))):
        # (not a book the rules read after a chapter's quoted title, whose words it repeats:
        # '"Islam Nusantara," dalam Islam Nusantara: Dari Ushul Fiqh')
        # the labeller's "container" was the title itself, or the title and the publisher
        # ("Business research methods. McGraw-Hill")
        rest = container[len(fields["title"]):].strip(" .,;:") if container.startswith(fields["title"]) else ""
        fields.pop("container-title")
        rule_container = rules.fields.get("container-title")
        if rest and isinstance(rule_container, str) and alnum(rule_container) == alnum(rest):
            # "Attention is all you need. Advances in Neural Information Processing Systems, 30,
            # pp.5998-6008.": the title and the journal the rules read apart
            fields["container-title"] = rule_container
        elif rest and not fields.get("publisher"):
            fields["publisher"] = rules.fields.get("publisher") if alnum(rules.fields.get("publisher")) == alnum(rest) else rest


_EDITED_BY_TAIL_RE = regex.compile(r"[.,][ ]++(?:edited[ ]by|ed\.(?:[ ]by)?|eds\.|editors?|disunting[ ]oleh|penyunting)\b.*+$",
                                   regex.I)
# ". Cetakan ke-20", ". Edisi Revisi", ". Cet. 3", ". Edisi Kedua" closing a title the labeller read
_EDITION_TAIL_RE = regex.compile(r"[.,][ ](?:cetakan|cet\.|edisi|ed\.)[ ]?(?:ke-?[ ]?)?[\p{L}\d]{1,12}+$", regex.I)
_VOLUME_TAIL_RE = regex.compile(r"[.,][ ]++(?:juz|jilid|vol\.?|volume|buku|bd\.|tome)[ ]?+([IVXLC]{1,6}+|\d{1,3}+)$", regex.I)
# " (New York: Plenum)", " (Jakarta: Gramedia, 2001)" closing a title
_FACTS_TAIL_RE = regex.compile(r"[ ]\([^():]{2,40}+:[ ][^()]{2,80}+\)$")
# " (Oxford Univ. Press, )": a bracket closing a title
_BRACKET_TAIL_RE = regex.compile(r"[ ]\(([^()]{2,80}+)\)$")


_TRANSLATOR_LABEL_RE = regex.compile(r"\((?:tr|trans|terj|penerj)\.?(?:\)|[ ])", regex.I)
# ". Terjemahan Juma ...", ". Diterjemahkan oleh ...", ", alih bahasa ...", ". Translated by ..."
_TRANSLATED_BY_TAIL_RE = regex.compile(
    r"[.,][ ]++(?:terjemahan(?:[ ]oleh)?|diterjemahkan[ ]oleh|alih[ ]bahasa(?:[ ]oleh)?|translated[ ]by|terj\.|penerj\.)[ ]",
    regex.I)


def _title_read_as_authors(fields: dict, rules: Reference, text: str) -> None:
    """"Johnson Sihombing, PENERAPAN STACK DAN QUEUE PADA ARRAY DAN LINKED LIST DALAM JAVA.",
    "Dalman. Keterampilan Menulis.": the labeller read (part of) a title as more names; the rules
    read names and title."""
    title, authors = rules.fields.get("title"), rules.fields.get("author")
    if not isinstance(title, str) or not authors or not fields.get("author"):
        return
    mine = fields["author"]
    if (not fields.get("title") and len(mine) > len(authors) and all(name.get("given") for name in authors)
            and name_words(mine[:len(authors)]) == name_words(authors) and name_words(mine[len(authors):]) == word_bag(title)
            and not _INITIAL_WORD_RE.search(title)):
        # IEEE's "R. Munir, Kriptografi, Edisi Kedua. Bandung: ...": the title after the names'
        # comma read as one more name; the rules read the names and the title
        fields["author"], fields["title"] = authors, title
        return
    if (not fields.get("title") and len(authors) == 1 and set(authors[0]) == {"family"}
            and text.lstrip().startswith(f"{authors[0]['family']}. ") and len(title.split()) >= 2
            and name_words(fields["author"]) == word_bag(f"{authors[0]['family']} {title}")):
        # "Dalman. Keterampilan Menulis. Jakarta: ...": one name, then a title of capitalised
        # words, all of which the labeller read as names; the rules read the name's stop
        fields["author"], fields["title"] = authors, title
        return
    if not title.isupper():
        return      # (in capitals: a title in lower case the labeller does not take for names)
    title_words = set(word_bag(title))
    if len(title_words) < 3 or len(fields["author"]) <= len(authors):
        return
    mine = fields.get("title")
    if set(name_words(fields["author"][len(authors):])) <= title_words and (not isinstance(mine, str) or alnum(mine) in alnum(title)):
        fields["author"], fields["title"] = authors, title
        genre = fields.get("genre")
        if isinstance(genre, str) and alnum(genre.split(".")[0]) in alnum(title):
            fields.pop("genre")       # the title's tail the labeller took for a genre


# an initial: "M." in "Orlicz M." (a name the rules took for a title)
_INITIAL_WORD_RE = regex.compile(r"(?<!\p{L})\p{Lu}\.")


def _title_word_read_as_name(fields: dict, text: str) -> None:
    """"Subhan, Arief, Lembaga Pendidikan Islam di Indonesia ...": the title's first word read as
    one more one-word name; nothing parts a name from the title it runs straight on into."""
    authors, title = fields.get("author"), fields.get("title")
    if not authors or len(authors) < 2 or not isinstance(title, str) or set(authors[-1]) != {"family"}:
        return
    word, first = authors[-1]["family"], title.split()[0]
    if not word[:1].isupper() or "given" not in authors[-2] or (first.isupper() and len(first.strip(".:,")) <= 3):
        # ("Kornmann, Reimer": a name inverted in two pieces; "Davis S, Comfort T: ...": the
        # title the labeller began with the last name's initials)
        return
    if f", {word} {title[:30]}" in text:
        fields["author"], fields["title"] = authors[:-1], f"{word} {title}"


def _title_word_run_into_group(fields: dict, rules: Reference) -> None:
    """"Kementerian Kesehatan RI. Hasil | Utama Riskesdas 2018": the labeller ran the title's
    first word into a group author's name, past the stop that ends it; the rules read the two
    apart."""
    mine, theirs = fields.get("author"), rules.fields.get("author")
    literal = mine[0].get("literal") if mine and len(mine) == 1 else None
    group = theirs[0].get("literal") if theirs and len(theirs) == 1 else None
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if not (isinstance(literal, str) and isinstance(group, str) and isinstance(title, str) and isinstance(rule_title, str)):
        return
    if literal.startswith(group + ". ") and alnum(literal[len(group):] + title) == alnum(rule_title):
        fields["author"], fields["title"] = theirs, rule_title


def _authors_run_into_title(fields: dict, rules: Reference) -> None:
    """Names the labeller read into the title's first sentence: all of them ("World Health
    Organization. Hypertension [Internet]. Geneva: ..."), the last author's family name
    ("Sida Wang and Christopher D | Manning. Baselines ..."), or the last few authors; the rules
    read them whole."""
    authors = rules.fields.get("author")
    title = fields.get("title")
    if not authors or not isinstance(title, str):
        return
    head, dot, rest = title.partition(". ")
    if dot and rest and alnum(head):
        rule_title = rules.fields.get("title")
        if not fields.get("author"):
            names = "".join(n.get("literal") or f"{n.get('family', '')}{n.get('given', '')}" for n in authors)
            if sorted(alnum(head)) == sorted(alnum(names)):
                fields["author"], fields["title"] = authors, rest
        elif (isinstance(rule_title, str) and alnum(rest) == alnum(rule_title)
              and alnum(head) == alnum(authors[-1].get("family", ""))):
            fields["author"], fields["title"] = authors, rule_title
        elif (isinstance(rule_title, str) and alnum(rest) == alnum(rule_title) and len(authors) > len(fields["author"])
              and looks_like_names(head) and ("," in head or AND_WORD_START_RE.match(head))):
            # "Frank Wood, Jan Gasthaus, | Cédric Archambeau, ..., and Yee Whye Teh. The sequence
            # memoizer.": the labeller stopped the names early; the rules read them all (a list
            # goes on there: "State and Market. State Intervention ..." is a title)
            fields["author"], fields["title"] = authors, rule_title
        elif _VANCOUVER_NAME_RE.fullmatch(head):
            # "Lemeshow S, Hosmer DW, Klar J, | Lwanga SK. Adequacy of ...": a last Vancouver
            # name ("Family INITIALS") is no title's first sentence
            fields["author"] = fields["author"] + parse_names(head)
            fields["title"] = rest


def _journal_run_into_title(fields: dict, rules: Reference) -> None:
    """"... How Can Risks be Reduced?. iGovernment Working Paper Series. 14:1-32.": the labeller
    ran the title on into the series or journal that the volume and pages belong to; the rules
    ended the title at its stop."""
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if (not isinstance(title, str) or not isinstance(rule_title, str) or fields.get("container-title")
            or not (fields.get("volume") or fields.get("page")) or not title.startswith(rule_title)):
        return
    rest = title[len(rule_title):]
    if not rest.startswith((". ", "? ", "! ", "?. ", "!. ")):
        return
    journal = rest.lstrip(".?! ")
    words = journal.split()
    if (journal and ". " not in journal and len(words) <= 8 and journal[:1].isalpha() and not names_a_publisher(journal)
            and all(w[:1].isupper() or w.casefold() in lexicon.TITLE_LINKING_WORDS for w in words[1:])):
        fields["title"], fields["container-title"] = rule_title, journal


def _title_words_read_as_names(fields: dict, rules: Reference) -> None:
    """"Kasmir, | Bank dan Lembaga | Keuangan Lainnya, Jakarta: ...": the labeller read the
    title's first words as more names ("Kasmir, Bank" and "Lembaga"); a word only a group's
    name holds is no person's name, and the rules read the same words as one author and a
    title."""
    mine, theirs = fields.get("author"), rules.fields.get("author")
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if not (isinstance(mine, list) and isinstance(theirs, list) and isinstance(title, str)
            and isinstance(rule_title, str) and len(theirs) < len(mine)):
        return
    words = [w.casefold() for n in mine if not n.get("literal") for w in f"{n.get('given', '')} {n.get('family', '')}".split()]
    if not any(w in lexicon.INSTITUTION_WORDS for w in words):
        return
    # (the same words, but the "dan" that joined the names the labeller read)
    if [w for w in word_bag(f"{names_text(mine)} {title}") if w not in _JOINING_WORDS] == \
            [w for w in word_bag(f"{names_text(theirs)} {rule_title}") if w not in _JOINING_WORDS]:
        fields["author"], fields["title"] = theirs, rule_title


_JOINING_WORDS = frozenset({"dan", "and", "et", "und"})


def _institution_into_title(fields: dict, rules: Reference) -> None:
    """"Kementerian Kesehatan RI. Hasil | Utama Riskesdas 2018.": the labeller ran a group
    author on into the title's first word (its "RI." read as initials); the rules ended it at
    the stop."""
    mine, theirs = fields.get("author"), rules.fields.get("author")
    if not (isinstance(mine, list) and isinstance(theirs, list) and len(mine) == len(theirs) == 1):
        return
    mine_name, their_name = mine[0].get("literal"), theirs[0].get("literal")
    if mine_name is None or their_name is None:
        return
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if not isinstance(title, str) or not isinstance(rule_title, str):
        return
    if mine_name != their_name and mine_name.startswith(their_name + ". "):
        extra = mine_name[len(their_name) + 2:]
        if alnum(extra + title) == alnum(rule_title):
            fields["author"], fields["title"] = theirs, rule_title


def _drop_status_marks(fields: dict) -> None:
    """"Hypertension [Internet]", "Nigerian Postgraduate Medical Journal [Preprint]": a medium or
    a status in brackets is not part of a title's or a journal's name."""
    for key in ("title", "container-title"):
        value = fields.get(key)
        if isinstance(value, str) and "[" in value:
            fields[key] = _MEDIUM_DESIGNATOR_RE.sub("", value) or value


_VANCOUVER_NAME_RE = regex.compile(r"\p{Lu}[\p{L}'’-]++[ ]\p{Lu}{1,3}+")
_MEDIUM_DESIGNATOR_RE = regex.compile(r"[ ]*+\[(?:internet|online|serial online|e-?book|cd-rom|dvd|preprint)\]?$", regex.I)


def _drop_link_words(fields: dict) -> None:
    publisher = fields.get("publisher")
    if isinstance(publisher, str) and ("//" in publisher or "www." in publisher):
        # "Poetry Foundation, www.poetryfoundation.org/…", "[Available online at http://…]": the
        # link and what follows it are no publisher's name
        link = _LINK_RE.search(publisher)
        if link:
            fields["publisher"] = _LINK_INTRO_END_RE.sub("", publisher[:link.start()].rstrip(" ([<")).strip(" .,;:([<")
    for key in ("publisher", "container-title", "publisher-place"):
        value = fields.get(key)
        # (no link's introduction runs over 18 characters: "available online :")
        if isinstance(value, str) and len(value.strip(" .,:")) <= 18 and URL_INTRO_RE.fullmatch(value.strip(" .,:")):
            fields.pop(key)              # "Tersedia pada:" before a link is no publisher or journal
    if fields.get("DOI") and DOI_IN_URL_RE.search(fields.get("URL") or ""):
        fields.pop("URL")                # the DOI written as a link
    if fields.get("accessed"):
        # Harvard's "(Accessed: 3 May 2021)" split by the labeller into a place and a publisher
        for key in ("publisher", "publisher-place"):
            value = fields.get(key)
            if isinstance(value, str) and _ACCESS_DATE_PIECE_RE.fullmatch(value.strip(" .,:()")):
                fields.pop(key)


# where a link begins in a publisher's place
_LINK_RE = regex.compile(r"https?:/{1,2}|ftp://|www\.", regex.I)
# the words that introduce it: "URL:", "Available online at", or a clause of its own ending on
# "at" or "from" ("Further information available at:", "On-line updates at:")
_LINK_INTRO_END_RE = regex.compile(
    r"(?:(?<!\p{L})(?:" + URL_INTRO_RE.pattern + r"|available online at:?)"
    r"|(?:^|(?<=[.;][ ]))[^.;]{1,40}?[ ](?:at|from):?)[ ]*+$", regex.I)
_ACCESS_DATE_PIECE_RE = regex.compile(
    r"(?:accessed|diakses|retrieved|viewed|dikunjungi|diunduh)(?:[ ](?:on|pada|tanggal))?|\d{1,2}+[ ]\p{L}{3,10}+",
    regex.I)


# What a full citation has and a short form ("Family, Short Title, hlm. 5") has not.
_FULL_CITATION_FIELDS = ("issued", "publisher", "publisher-place", "container-title", "URL", "DOI",
                         "genre", "volume", "issue", "edition", "editor", "translator", "number")


# words of a chapter's note ("dalam Abd. Rahim (ed.), ...", "in Making Indonesia, ed. ..."):
# the labeller tells the book from the chapter there
_CHAPTER_WORDS_RE = regex.compile(r"\b(?:dalam|in|ed|eds|editor|editors|edited|penyunting|disunting)\b", regex.I)


def _book_note_read_whole(text: str, rules: Reference, how: _HowRead) -> bool:
    """"Koentjaraningrat, Manusia dan Kebudayaan di Indonesia (Jakarta: Djambatan, 1971), hlm.
    23.": a book's note whose names, title and bracketed "(Place: Publisher, Year)" the rules
    read in full. The labeller's reading of such notes is the rules' own (441 of 442 across
    the seeds, the dev documents and the labelled sets), so it is not asked."""
    fields = rules.fields
    if not all(key in fields for key in _BOOK_NOTE_FIELDS) or how.delimited_title or _CHAPTER_WORDS_RE.search(text):
        return False
    found = _BRACKETS_THEN_PAGE_RE.search(text)
    if not found or not _PLACE_AND_YEAR_RE.search(found.group(1)):
        return False
    # the rules read the whole place ("Peterborough, N.H." before the colon, not "N.H.")
    return alnum(found.group(1).split(":", 1)[0]) == alnum(fields["publisher-place"])


_BOOK_NOTE_FIELDS = ("author", "title", "publisher", "publisher-place", "issued")


def _short_form(text: str, rules: Reference) -> bool:
    """A note the rules read as names and a title and nothing else, with no year anywhere in
    it: a short form. The rules' reading of a note's names and title wins anyway; all the
    labeller could add is a field the note does not have."""
    fields = rules.fields
    if not (fields.get("author") and isinstance(fields.get("title"), str)
            and not any(key in fields for key in _FULL_CITATION_FIELDS) and not _YEAR_ANYWHERE_RE.search(text)):
        return False
    # (not a title that more words follow than a page: '"Development in Spite of Itself,"
    # Cultural Transformations and Ethnicity in Modern Ecuador (item 7939), p. 450-476.')
    at = text.find(fields["title"])
    after = text[at + len(fields["title"]):] if at != -1 else ""
    return len(_WORD_OF_LETTERS_RE.findall(after)) < 4


# a word of three letters or more: "hlm", "pp." and page numbers are fewer
_WORD_OF_LETTERS_RE = regex.compile(r"\p{L}{3,}+")


# "(Jakarta: Djambatan, 1971), hlm. 23.", "(1958): 340.": publication facts in brackets, then
# the page cited — the shape of a Chicago/Turabian note
_BRACKETS_THEN_PAGE_RE = regex.compile(
    r"\(([^()]{1,300}+)\)(?:,[ ]?(?:cet(?:akan)?|edisi|ed)\.?[^,()]{0,20}+)?[,:]?[ ]?+((?:hlm|hal|h|p|pp|halaman)\.?[ ]?+)?"
    r"(\d{1,5}+(?:[ ]?[-–][ ]?\d{1,5}+)?)[.]?[ ]*+$", regex.I)
# "..., Jakarta: Intermasa, 2003, hlm. 17.": one labelled page after the year, comma style
_YEAR_THEN_ONE_PAGE_RE = regex.compile(r"(?:1[5-9]|20)\d\d,[ ]?(?:hlm|hal|h|p)\.?[ ]?\d{1,5}+[.]?[ ]*+$", regex.I)
_PLACE_AND_YEAR_RE = regex.compile(r":.*(?:(?:1[5-9]|20)\d\d|t\.\s?th?\.)", regex.I)
_YEAR_ONLY_RE = regex.compile(r"(?:1[5-9]|20)\d\d")
_PIECES_THEN_YEAR_RE = regex.compile(r",[ ]?(?:1[5-9]|20)\d\d[a-z]?$")
_ONE_LABELLED_PAGE_END_RE = regex.compile(r",[ ]?(?:hlm|hal|h|p)\.[ ]?\d{1,5}+[.]?[ ]*+$", regex.I)
_TRAILING_LINK_RE = regex.compile(r"[,.]?[ ]++(?:https?://|www\.|doi:)\S++$", regex.I)
_SHORT_FORM_START_RE = regex.compile(r"^(?:ibid|idem)\b|\b(?:op|loc)\.?[ ]?cit\b", regex.I)


def looks_like_note(text: str) -> bool:
    """Is this reference written as a footnote rather than a list entry? For input whose
    context is not known (``citex parse``): a note ends with the page it cites, after the
    publication facts in brackets ("(Place: Publisher, Year)" for a book, "(Year)" and one
    page for an article), or is a short form.

    >>> looks_like_note("Koentjaraningrat, Manusia dan Kebudayaan di Indonesia (Jakarta: Djambatan, 1971), hlm. 23.")
    True
    >>> looks_like_note("Koentjaraningrat. Manusia dan Kebudayaan di Indonesia. Jakarta: Djambatan, 1971.")
    False
    >>> looks_like_note('Benda, Harry J. "Snouck Hurgronje." Journal of Modern History 30, no. 4 (1958): 321–58.')
    False
    >>> looks_like_note('Nurul Huda, "Peran Lembaga Zakat," Jurnal Ekonomi Syariah, Vol. 7, No. 1 (2017), hlm. 12, https://doi.org/10.21927/jesi.7.1.')
    True
    """
    text = text.strip()
    if "/" in text or "doi:" in text:
        text = _TRAILING_LINK_RE.sub("", text)     # a link after the page cited: the page ends the note
    if _SHORT_FORM_START_RE.search(text) or _YEAR_THEN_ONE_PAGE_RE.search(text):
        return True
    if _ONE_LABELLED_PAGE_END_RE.search(text) and not _YEAR_ANYWHERE_RE.search(text):
        return True     # "Shihab, Tafsir Al-Misbah, h. 50.": a short form (no list entry ends so)
    found = _BRACKETS_THEN_PAGE_RE.search(text)
    if not found:
        return False
    facts, label, page = found.group(1), (found.group(2) or "").strip(" .").casefold(), found.group(3)
    is_range = bool(regex.search(r"[-–]", page))
    if _PLACE_AND_YEAR_RE.search(facts):
        # a book's "(Place: Publisher, Year)", then the page cited ("pp. 488–509" after a
        # chapter's book is the chapter's pages, in a list)
        return not (label == "pp" and is_range)
    if _PIECES_THEN_YEAR_RE.search(facts):
        # a thesis's "(Skripsi, Fakultas ..., Yogyakarta, 2018)", then one page cited (an
        # article's "(Jul., 1981), p. 379-399" ends with its own pages)
        return not is_range
    # an article's "(Year): page" — one page is cited; a range is the article's pages, and a
    # page after the bracket with no colon or comma is physics' "Nucl. Phys. B 362 (1991) 641"
    return bool(_YEAR_ONLY_RE.fullmatch(facts.strip())) and not is_range and text[found.end(1) + 1:found.end(1) + 2] in ",:"


def _without_list_marks(text: str) -> str:
    """Drop a leading "[12]"/"12." and repeated-author dashes, which carry no field."""
    number = LEADING_NUMBER_RE.match(text)
    if number:
        text = text[number.end():]
    signal = signal_at(text)
    if signal:
        text = text[signal.end():]
    dashes = repeated_author(text)
    return text[dashes.end():] if dashes else text
