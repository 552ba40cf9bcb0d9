"""Publishers and their towns.

A book's facts ("Jakarta: Gramedia, 2010", "(Bandung: Mizan, 1996)") that the labeller cut in
the wrong place, left in the title or bracket, or read in the wrong order.
"""
from __future__ import annotations

import regex

from .. import lexicon
from ..csl_types import names_a_publisher, published_by_its_author
from ..models import Reference
from ..names import INITIALS_ONLY_RE, is_institution, looks_like_names
from ..patterns import EDITION_RE
from ..works import alnum, name_words, word_bag, year_of
from . import HowRead


def facts_the_labeller_left(fields: dict, rules: Reference, text: str) -> None:
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
    place_after_publisher(fields)      # "Cambridge University Press, Cambridge"


_BRACKETED_RE = regex.compile(r"\(([^()]{4,300}+)\)")


def _names_a_book(book: str) -> bool:
    """Not a book cited by its editors and year ("in: Esterbauer 2003", "in Scott et al., 2001"),
    editors the rules took for the book ("in Corin H. et Toussignant P., ..."), nor words after a
    small "in" ("in opdracht van DEN"): a book's name opens with a capital or a number."""
    return ((book[:1].isupper() or book[:1].isdigit()) and not _ENDS_WITH_A_YEAR_RE.search(book)
            and not looks_like_names(book) and not _LONE_INITIAL_RE.search(book))


_ENDS_WITH_A_YEAR_RE = regex.compile(r"\b(?:1[5-9]|20)\d\d[a-z]?$")
_DIGIT_RE = regex.compile(r"\d")
_COMPANY_FORM_RE = regex.compile(r"(?:GmbH|Inc|Ltd|LLC|PT|CV|Tbk|Co|AG|SA|BV)\.?")
_LONE_INITIAL_RE = regex.compile(r"(?<!\p{L})\p{Lu}\.(?:[ ]|$)")


def town_the_rules_may_add(fields: dict, rules: Reference) -> bool:
    """May the rules' town stand beside what the labeller read? Not where it is the publisher the
    labeller read ("... Children (pp. 391-394). ACM."), nor a journal's first words before its
    colon ("Signal Processing: Image Communication, vol. 93"; but "Nimes: Éditions Champ Social"
    read as a container is the town and publisher)."""
    town, container = rules.fields["publisher-place"], fields.get("container-title")
    if town == fields.get("publisher") and (town.isupper() or names_a_publisher(town)):
        return False
    if isinstance(container, str) and container.startswith(f"{town}: "):
        return not (fields.get("volume") or fields.get("page")) and container[len(town) + 2:] == rules.fields.get("publisher")
    return True


def book_the_labeller_left(fields: dict, rules: Reference) -> None:
    """APA's chapter in a book without editors, "... in Korea. Dalam Multimedia technologies (hlm.
    1377–1390). IGI Global.": the labeller read all after the title as a note and kept none of it;
    the rules read the book after its "Dalam", its pages and its publisher."""
    book = rules.fields.get("container-title")
    if (rules.fields.get("type") != "chapter" or not isinstance(book, str)
            or not (rules.fields.get("page") or rules.fields.get("editor") or rules.fields.get("publisher"))
            or fields.get("page", rules.fields.get("page")) != rules.fields.get("page")
            or any(key in fields for key in ("container-title", "publisher", "editor"))):
        return
    if not _names_a_book(book):
        return
    read = set(word_bag(" ".join(value for value in fields.values() if isinstance(value, str))))
    if set(word_bag(book)) <= read:
        return      # (the labeller put the book somewhere: in the title)
    for key in ("container-title", "page", "publisher", "publisher-place", "editor"):
        if rules.fields.get(key) and not (key == "publisher" and (_DIGIT_RE.search(rules.fields[key])
                                                                   or _COMPANY_FORM_RE.fullmatch(rules.fields[key]))):
            # (no number the rules left over, "5629 LNCS", nor a house's legal form alone, "GmbH")
            fields[key] = rules.fields[key]


def publisher_head_in_title(fields: dict) -> None:
    """Emerald's "Competitive Advantage: ... Performance, Free Press, New York, NY.": the labeller
    ended the title after the publisher's first word and kept "Press" alone as the publisher."""
    title, publisher = fields.get("title"), fields.get("publisher")
    if (not isinstance(title, str) or not isinstance(publisher, str) or " " in publisher
            or publisher.casefold() not in ("press", "books", "publishing", "publishers", "verlag")):
        return
    head = _PUBLISHER_HEAD_RE.search(title)
    if head:
        fields["title"], fields["publisher"] = title[:head.start()], f"{head.group(1)} {publisher}"


def title_tail_read_as_publisher(fields: dict, rules: Reference) -> None:
    """AMS "A. Connes, Noncommutative Geometry, Academic Press, San Diego, CA, 1994.": the labeller
    ended the title before its last words and ran them into the publisher; the rules read the
    title whole up to its comma."""
    title, publisher, rule_title = fields.get("title"), fields.get("publisher"), rules.fields.get("title")
    if not (isinstance(title, str) and isinstance(publisher, str) and isinstance(rule_title, str)
            and rule_title.startswith(f"{title} ")):
        return
    tail = rule_title[len(title) + 1:]
    if publisher.startswith(f"{tail}, ") and len(publisher) > len(tail) + 2:
        fields["title"], fields["publisher"] = rule_title, publisher[len(tail) + 2:]


def publisher_head_in_bracket(fields: dict, rules: Reference) -> None:
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


def year_in_place_brackets(fields: dict, text: str) -> None:
    """"CRC Press (Boca Raton, FL: 2015)", "Fourth Estate (London, 1999)": a publisher, then its
    town and year in brackets; the labeller left the year unlabelled."""
    found = _PLACE_YEAR_BRACKETS_RE.search(text)
    if found:
        fields["issued"] = {"date-parts": [[int(found.group(1))]]}


# "(Boca Raton, FL: 2015)", "(London, 1999)": a town (and a state's code), then the year
_PLACE_YEAR_BRACKETS_RE = regex.compile(
    r"\(\p{Lu}[\p{L}.'-]{1,30}+(?:[ ]\p{Lu}[\p{L}.'-]{1,30}+){0,3}+(?:,[ ]\p{Lu}{2})?[,:][ ]((?:1[5-9]|20)\d\d)\)")


def publisher_and_helpers(fields: dict, rules: Reference) -> None:
    """A thesis's university, and MLA's "Translated by Emily Wilson, W. W. Norton, 2018.": the labeller took the
    translator for an editor, or the publisher's initials for the translator's; the rules'
    reading of a whole publisher name that ends the labeller's, or of the one it missed, wins."""
    publisher = rules.fields.get("publisher")
    mine = fields.get("publisher")
    if (isinstance(publisher, str) and isinstance(mine, str) and mine != publisher and publisher.endswith(mine)
            and INITIALS_ONLY_RE.fullmatch(publisher[:-len(mine)].strip())):
        fields["publisher"] = publisher
    editors = rules.fields.get("editor")
    if (isinstance(publisher, str) and isinstance(mine, str) and editors and mine.endswith(" " + publisher)
            and set(word_bag(mine[:-len(publisher)])) <= set(name_words(editors)) | {"dan", "and"}):
        # Chicago's "..., disunting oleh Dylan Glynn dan Justyna A. Robinson. ... John Benjamins
        # Publishing Company": the editors the labeller ran into the publisher
        fields["publisher"] = publisher
    if (rules.fields.get("genre") and rules.fields.get("type") == "thesis" and isinstance(publisher, str)
            and isinstance(mine, str) and publisher != mine and (publisher in [piece.partition(":")[0].strip() for piece in mine.split(",")]
                                       or "]" in mine)):
        # a thesis: "Jurusan Teknik Elektro, Univ. Brawijaya", "magister, Universitas Negeri
        # Padang]. Repositori UNP", "Fakultas ..., Universitas X: Bandung" — the university the
        # rules picked out grants it
        fields["publisher"] = publisher
        town = mine[len(publisher):].strip(" ,.") if mine.startswith(publisher + ", ") else ""
        if town and "publisher-place" not in fields and town.split(",")[0].casefold() in lexicon.PUBLISHING_CITIES:
            fields["publisher-place"] = town       # APA 6's "Universitas Negeri Yogyakarta, Yogyakarta, Indonesia."
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


def town_cut_short(fields: dict, rules: Reference) -> None:
    """"(Kuala | Lumpur: IIUM Press, 2011)": the labeller ran a known town's first word into the
    title and kept its last as the place; the rules read the town whole."""
    place, rule_place = fields.get("publisher-place"), rules.fields.get("publisher-place")
    if (isinstance(place, str) and isinstance(rule_place, str) and rule_place != place
            and rule_place.endswith(f" {place}") and rule_place.casefold() in lexicon.PUBLISHING_CITIES):
        fields["publisher-place"] = rule_place
        head = rule_place[:-len(place) - 1]
        title = fields.get("title")
        if isinstance(title, str) and title.endswith(f" {head}") and title[:-len(head) - 1].rstrip(" (").endswith("."):
            fields["title"] = title[:-len(head) - 1].rstrip(" (.")      # "... al-Attas. Kuala": the town's first word out


def publisher_after_the_colon(fields: dict, rules: Reference, text: str) -> None:
    """"Bandung: Mandar Maju. Cet. VII.": the labeller, lost after the town, left the publisher
    out; the rules read it right after the town's colon, where nothing else goes."""
    publisher, place = rules.fields.get("publisher"), fields.get("publisher-place")
    if (fields.get("publisher") or not isinstance(publisher, str) or not isinstance(place, str)
            or place != rules.fields.get("publisher-place") or f"{place}: {publisher}" not in text):
        return
    if not (place.casefold() in lexicon.PUBLISHING_CITIES or names_a_publisher(publisher)
            or all(word[:1].isupper() or len(word) <= 3 for word in publisher.split())):
        return      # ("Behaviormetrics: Quantitative approaches to human behavior": a series' name and its subtitle)
    if not any(isinstance(fields.get(key), str) and publisher in fields[key] for key in ("title", "container-title")):
        fields["publisher"] = publisher


def edition_out_of_publisher(fields: dict, rules: Reference) -> None:
    """"2007.Principles of ... Teaching. Fifth Edition. New York: Pearson Education.": the
    labeller gave the edition the rules read to the publisher (whose words it joined to it)."""
    publisher = fields.get("publisher")
    if not rules.fields.get("edition") or not isinstance(publisher, str):
        return
    found = EDITION_RE.match(publisher)
    rest = publisher[found.end():].strip(" ,.;") if found else ""
    if rest:
        fields["publisher"] = rest


def town_ending_an_institution(fields: dict, rules: Reference) -> None:
    """APA-ID's "(Skripsi). Fakultas Ekonomi, Universitas Negeri | Malang, Malang.", "Malang: Dinas
    Pendidikan Kota | Malang.": the labeller took the town that ends a university's or an office's
    name for the place; the rules read the name whole."""
    place, publisher, rule_publisher = fields.get("publisher-place"), fields.get("publisher"), rules.fields.get("publisher")
    if not (isinstance(place, str) and isinstance(publisher, str) and isinstance(rule_publisher, str)):
        return
    town, _, rest = place.partition(", ")
    if not rest and town != rules.fields.get("publisher-place"):
        return      # (the town twice, before the colon and ending the name; not "UCL press London, 1996")
    joined = f"{publisher} {town}"
    if (rule_publisher not in publisher and joined.endswith(rule_publisher)
            and is_institution(rule_publisher)):      # (a university's name among them)
        fields["publisher"] = joined
        fields["publisher-place"] = rest or rules.fields.get("publisher-place") or place


def place_without_publisher(fields: dict, text: str, rules: Reference) -> None:
    """"... in education. UNESCO.": APA 7 names the publisher with no place; a lone "place"
    that is an organisation and no colon follows (as "Paris: UNESCO" would) is the publisher;
    so is MLA's "... Imagination. Vintage, 1993.", a publishing house's name the rules read as
    the publisher (a town alone, "Minneapolis, 1993.", stays the place)."""
    place = fields.get("publisher-place")
    if not isinstance(place, str) or fields.get("publisher") or fields.get("container-title"):
        return
    at = text.find(place)
    if at == -1 or text[at + len(place):].lstrip().startswith(":"):
        return
    if (_ACRONYM_RE.fullmatch(place.strip(" .")) or is_institution(place)
            or (rules.fields.get("publisher") == place and names_a_publisher(place)
                and place.casefold() not in lexicon.PUBLISHING_CITIES)):
        fields["publisher"] = fields.pop("publisher-place")


# "UNESCO", "OECD", "WHO": an organisation, not a town (towns alone, "London, 1708", stay places)
_ACRONYM_RE = regex.compile(r"\p{Lu}{2,8}+")


def subtitle_of_container_before_publisher(fields: dict, rules: Reference, text: str) -> None:
    """MLA's "Touching Feeling: Affect, Pedagogy, Performativity, Duke UP, 2003": the book's
    subtitle, a list with commas, which the labeller ran into the publisher the rules read."""
    container, publisher, theirs = fields.get("container-title"), fields.get("publisher"), rules.fields.get("publisher")
    if not (isinstance(container, str) and isinstance(publisher, str) and isinstance(theirs, str)
            and publisher.endswith(", " + theirs)):
        return
    subtitle = publisher[:-len(theirs) - 2]
    if (subtitle and f"{container}: {subtitle}, {theirs}" in text
            and subtitle.casefold() not in lexicon.PUBLISHING_CITIES):
        fields["container-title"], fields["publisher"] = f"{container}: {subtitle}", theirs


def institution_ending_title(fields: dict) -> None:
    """"R: A language and environment for statistical computing. R Foundation for Statistical
    Computing, Vienna, Austria.": the labeller ran the body that issued the work into the title,
    and read the town after it. The last sentence of the title, before that town, naming an
    institution is the publisher."""
    title = fields.get("title")
    if (not isinstance(title, str) or (". " not in title and ", " not in title) or fields.get("publisher")
            or fields.get("container-title") or not fields.get("publisher-place")):
        return
    head, _, last = title.rpartition(". ")
    if (len(head.split()) >= 2 and len(last.split()) >= 2 and is_institution(last)
            and not _names_the_author(fields, last)):
        fields["title"], fields["publisher"] = head, last
        return
    # "Prosedur Penelitian Suatu Pendekatan Praktik, Rineka Cipta, Jakarta.": a publishing house
    # after the title's last comma
    head, _, last = title.rpartition(", ")
    if len(head.split()) >= 2 and 1 <= len(last.split()) <= 4 and names_a_publisher(last):
        fields["title"], fields["publisher"] = head, last


def _names_the_author(fields: dict, name: str) -> bool:
    return any(alnum(n.get("literal") or "") == alnum(name) for n in fields.get("author") or [])


def publisher_before_its_town(fields: dict) -> None:
    """ACS's "The Logic of Chemical Synthesis; Wiley: New York, 1989.": the publisher before the
    colon and the town after it, the other way round from Chicago's; the labeller read both as
    the place, or both as the publisher ("Oxford University Press: Oxford")."""
    place, publisher = fields.get("publisher-place"), fields.get("publisher")
    if isinstance(publisher, str) and publisher.count(": ") == 1 and (not place or publisher.endswith(f": {place}")):
        both = publisher
    elif not publisher and isinstance(place, str) and place.count(": ") == 1:
        both = place
    else:
        return
    name, town = both.split(": ")
    if names_a_publisher(name) and _STATE_CODE_END_RE.sub("", town).casefold() in lexicon.PUBLISHING_CITIES:
        fields["publisher"], fields["publisher-place"] = name, town


def place_after_publisher(fields: dict) -> None:
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
    towns = _STATE_CODE_END_RE.sub("", town).casefold().split("/")      # "Amsterdam/Philadelphia": one house's two
    if all(t.strip() in lexicon.PUBLISHING_CITIES for t in towns) or (
            publisher[cut] == "," and names_a_publisher(name) and _ONE_TOWN_RE.fullmatch(town)
            and not names_a_publisher(town) and not is_institution(town)):
        # (a town after a publishing house's name: Springer's "Cengage Learning, Stamford")
        fields["publisher"], fields["publisher-place"] = name, town


# one or two capitalised words, as a town's name is: "Stamford", "Upper Saddle River"
_ONE_TOWN_RE = regex.compile(r"\p{Lu}\p{Ll}++(?:[ ]\p{Lu}\p{Ll}++){0,2}+")

# "Washington DC", "Boca Raton, FL", "Cambridge MA": a state's code after the town
_STATE_CODE_END_RE = regex.compile(
    r",?[ ](?:D\.C\.|DC|NY|NJ|MA|CA|IL|PA|CT|FL|TX|MD|VA|WA|MI|OH|MN|NC|GA|CO|OR|IN|WI|AZ|TN|MO|UK)$")


def pages_out_of_publisher(fields: dict, rules: Reference) -> None:
    """"Yogyakarta: Pustaka Pelajar. Hlm. 36.": the page cited after a book's facts, which the
    labeller ran into the publisher; the rules read it."""
    publisher, page = fields.get("publisher"), rules.fields.get("page")
    if not isinstance(publisher, str) or not page or not publisher[-1:].isdigit():
        return
    found = _PAGES_END_RE.search(publisher, max(0, len(publisher) - 40))      # (the end only: bounded)
    if found and found.start() > 0 and found.group(1).replace("–", "-") == page:
        fields["publisher"] = publisher[:found.start()]
        fields.setdefault("page", page)


def title_run_into_publisher(fields: dict, rules: Reference) -> None:
    """APA's "Depression (NIH Publication No. 23-3561). U.S. Department of Health and Human
    Services.": with the report's number out of the text, the labeller read the title and the
    publisher as one publisher; the rules read them apart (and the title came from them)."""
    publisher = fields.get("publisher")
    rule_title, rule_publisher = rules.fields.get("title"), rules.fields.get("publisher")
    if (isinstance(publisher, str) and isinstance(rule_title, str) and isinstance(rule_publisher, str)
            and fields.get("title") == rule_title and publisher.startswith(rule_title)
            and alnum(publisher) == alnum(rule_title) + alnum(rule_publisher)):
        fields["publisher"] = rule_publisher


def bracket_end_before_publisher(fields: dict) -> None:
    """ACM's "In Advances in ... Systems 30 (NIPS 2017). Curran Associates, Inc., 5998–6008.":
    the labeller ended the container before a bracket and began the publisher inside it
    ("NIPS 2017). Curran Associates, Inc"); the publisher is what follows the bracket's close."""
    publisher = fields.get("publisher")
    if not isinstance(publisher, str) or ")" not in publisher or not fields.get("container-title"):
        return
    found = _BRACKET_END_RE.match(publisher)
    if found:
        fields["publisher"] = publisher[found.end():]


# the inside of a bracket that opened before, its close, and a stop or comma: "NIPS 2017). "
_BRACKET_END_RE = regex.compile(r"[^()]{1,60}+\)[.,]?[ ]++(?=\p{Lu})")


def publisher_then_no_word(fields: dict, rules: Reference) -> None:
    """"(Beirut: Dar al-Ma'rifah, t.th.), 45.": the labeller ran the publisher on past the
    bracket that closes a note's facts (the placeholder "t.th." dropped, ", ), 45" is left);
    where nothing but marks and numbers follows the publisher the rules read, theirs is the name."""
    publisher, rule_publisher = fields.get("publisher"), rules.fields.get("publisher")
    if not (isinstance(publisher, str) and isinstance(rule_publisher, str) and publisher != rule_publisher
            and publisher.startswith(rule_publisher)):
        return
    if not _WORD_CHARACTER_RE.search(publisher, len(rule_publisher)):
        fields["publisher"] = rule_publisher


_WORD_CHARACTER_RE = regex.compile(r"\p{L}")


# ". Hlm. 36", ", hal. 12-15", ", pp. 3" ending a publisher's name
_PAGES_END_RE = regex.compile(r"[.,]?[ ]++(?:hlm|hal|halaman|h|pp?)\.?[ ]?(\d{1,5}+(?:[-–]\d{1,5}+)?)$", regex.I)


def publisher_run_into_title(fields: dict, rules: Reference, how: HowRead) -> None:
    """APA 7's "Pendidikan karakter. Nusa Media.": a book's or a report's publisher, with no
    place before it, that the labeller ran into the title; the rules read the two apart."""
    title, rule_title, publisher = fields.get("title"), rules.fields.get("title"), rules.fields.get("publisher")
    if not (isinstance(title, str) and isinstance(rule_title, str) and isinstance(publisher, str)
            and title.startswith(rule_title + ". ")):
        return
    # (the rules may have kept only the last of the publisher's names: "U.S. Department of
    # Health and Human Services, | National Institutes of Health")
    run_on = title[len(rule_title) + 2:]
    if not alnum(run_on).endswith(alnum(publisher)) or len(run_on) > 2 * len(publisher) + 60:
        return
    # an author-date book or report with nothing after its publisher but a link, or a work APA
    # describes ("[Tweet]. Twitter."): not a journal's name after an article ("... InSAR.
    # Geomorphology."), nor the rest of a title
    described = bool(rules.fields.get("_described_type"))
    if (fields.get("publisher") or fields.get("container-title") or fields.get("DOI")
            or not (rules.fields.get("type") in ("book", "report") or described) or not how.authors_before_year):
        return
    # a one-word "publisher" is a journal's name as often ("Geomorphology"), unless it names a
    # publishing house, is an acronym ("UNESCO") or the author's own ("... Kemdikbud.")
    if (len(publisher.split()) >= 2 or publisher.isupper() or names_a_publisher(publisher) or described
            or published_by_its_author({"author": fields.get("author"), "publisher": publisher})):
        fields["title"], fields["publisher"] = rule_title, run_on
