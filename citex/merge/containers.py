"""Containers: the journal, newspaper, site or book that holds the work.

The labeller cuts a journal's name at a colon, runs it into the title or reads it as a
publisher; these steps mend that with the rules' reading and with the journal's own marks
(a volume and issue after it, "Jurnal"/"Journal" words, capitals).
"""
from __future__ import annotations

import regex

from .. import lexicon
from ..csl_types import names_a_publisher, published_by_its_author
from ..dates import month_number
from ..models import Reference
from ..names import parse_names
from ..patterns import BRACKETED_PAGES, DAY_MONTH_YEAR_AFTER_RE, VOLUME_ISSUE_RE
from ..patterns import YEAR_RE as _YEAR_ANYWHERE_RE
from ..rules.links import URL_INTRO_RE
from ..rules.publishers import JOURNAL_START_RE
from ..works import alnum, name_words, word_bag, year_of
from . import HowRead


def site_is_the_container(fields: dict) -> None:
    """A web page's site, named between its title and its address ("... feathers (314)." Poetry
    Foundation, www.poetryfoundation.org/...", APA's "... pandemi. Halodoc. https://..."), is the
    container it appears in, as CSL has it; not when a town names a publisher ("Geneva: WHO") or
    the site is its author's own."""
    site = fields.get("publisher")
    if (not isinstance(site, str) or fields.get("container-title") or fields.get("publisher-place")
            or published_by_its_author(fields)):
        return
    fields["container-title"] = fields.pop("publisher")


def container_cut_at_its_colon(fields: dict, rules: Reference) -> None:
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


def container_of_facts_the_rules_read(fields: dict, rules: Reference) -> None:
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


def book_lost_among_its_editors(fields: dict, rules: Reference) -> None:
    """A note's chapter, '“Sejarah Lisan ...,” dalam Sejarah Lisan di Indonesia dan Kajian
    Subjektivitas, ed. Bambang Purwanto dan Asvi Warman Adam (Yogyakarta: ...': the rules read
    the book and its editors; the labeller ran the book's name into the title and its editors
    (and an editor into a translator), and left no book or cut the editors' names apart. Where
    the labeller's helpers hold nothing but the words of the rules' book and editors, the rules'
    reading stands."""
    book, editors = rules.fields.get("container-title"), rules.fields.get("editor")
    container = fields.get("container-title")
    if (container not in (None, book) or rules.fields.get("type") != "chapter" or not isinstance(book, str)
            or not editors or fields.get("title") != rules.fields.get("title")):
        return
    stray = fields.get("translator") if not rules.fields.get("translator") else None
    helpers = set(name_words([*(fields.get("editor") or []), *(stray or [])]))
    book_words = set(word_bag(book))
    # (with no book read, the labeller's editors must have some of its words: "In Bouma, H., &
    # Elsendoorn, A. G. (Eds.), Working Models ..., pp. 391-410. Academic Press" names no book the rules found)
    if ((container or helpers & book_words) and helpers and helpers <= book_words | set(name_words(editors))
            and all(_capitalised_family(name) for name in editors)):
        fields["container-title"], fields["editor"] = book, editors
        if stray:
            fields.pop("translator")


def volume_count_is_no_volume(fields: dict, rules: Reference) -> None:
    """Chicago's "Encyclopedia of Cultural Anthropology. 4 vols. New York: ...", "(2 vols.;
    Cambridge: ...)": how many volumes a work has, which the rules read; the labeller took it for
    the volume cited, or left it at the end of the title."""
    count = rules.fields.get("number-of-volumes")
    if not count:
        return
    if fields.get("volume") == count:
        del fields["volume"]
        if rules.fields.get("volume"):
            fields["volume"] = rules.fields["volume"]       # ("Werke, 10 vols. (...), vol. ii": the one cited)
    for key in ("title", "container-title"):
        value = fields.get(key)
        if isinstance(value, str) and count in value:
            fields[key] = _VOLUME_COUNT_END_RE.sub("", value) or value


# ", 2 vols", " (2 vols)", ". 23 Vols" closing a title
_VOLUME_COUNT_END_RE = regex.compile(r"[ ]?[,.(]?[ ]?\d{1,2}+[ ](?:vols?|volumes|jilid|jil|bde|bände|tomes)\.?\)?$", regex.I)


def standard_read_by_the_rules(fields: dict, rules: Reference) -> None:
    """"IEEE Standard for ... Specifications, IEEE Std 802.11-2020, 2021.": a standard, which the
    rules read by its designation. The labeller, which knows no standards, took the designation
    for a journal with its volume and issue, "IEEE Standard" for an author, or the title's
    second half for a container; the rules' title and designation stand."""
    number, rule_title = rules.fields.get("number"), rules.fields.get("title")
    if rules.fields.get("type") != "standard" or not isinstance(number, str) or not isinstance(rule_title, str):
        return
    designation = alnum(number)
    for key in ("volume", "issue", "container-title"):
        if isinstance(fields.get(key), str) and alnum(fields[key]) in designation:
            del fields[key]
    read = set(word_bag(f"{rule_title} {number}")) | _DESIGNATION_WORDS
    if not rules.fields.get("author") and fields.get("author") and set(name_words(fields["author"])) <= read:
        del fields["author"]        # "IEEE Standard for ...": the title's first words
    authors = rules.fields.get("author")
    if not (authors and all("literal" in name for name in authors)):
        authors = None      # (a standards body only: no person's name the rules made of the title's words)
    if authors and not fields.get("author"):
        read |= set(name_words(authors))
    container = fields.get("container-title")
    if isinstance(container, str) and set(word_bag(container)) <= read:
        del fields["container-title"]
        if authors and not fields.get("author") and set(name_words(authors)) <= set(word_bag(container)):
            fields["author"] = authors      # "International Organization for Standardization. Information ...": its maker
    fields["title"] = rule_title


# the words a designation may be written with (APA's "ISO Standard No. 9001:2015")
_DESIGNATION_WORDS = frozenset({"standard", "std", "no"})


def _capitalised_family(name: dict) -> bool:
    """A person's family name ends on a capitalised word ("van Dijk"); "pp", a label the rules
    took for a name ("edited by Clifton, J.A. pp. 450-475"), does not."""
    family = name.get("family")
    return bool(name.get("literal")) or (isinstance(family, str) and family.split()[-1][:1].isupper())


# the words that mark a book's edition, volume, translator or editor
_HELPER_MARK_WORDS = frozenset(word_bag(
    "edisi ed edn edition cetakan cet ke jilid juz vol volume buku terjemahan terj penerjemah penerj alih bahasa "
    "diterjemahkan oleh translated trans by editor editors eds penyunting peny pnyt disunting revisi revised"))


def italic_container(fields: dict, rules: Reference, how: HowRead) -> None:
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


def journal_name_head(fields: dict, text: str) -> None:
    """"Komputa: Jurnal Ilmiah Komputer": many Indonesian journals are named "Name: Jurnal
    ...", and the labeller leaves the name before the colon at the end of the title."""
    title, container = fields.get("title"), fields.get("container-title")
    if not (isinstance(title, str) and isinstance(container, str) and JOURNAL_START_RE.match(container)):
        return
    head = _TITLE_LAST_WORD_RE.search(title)
    if head and f"{head.group(1)}: {container}" in text:
        fields["title"] = title[:head.start()].rstrip()
        fields["container-title"] = f"{head.group(1)}: {container}"


_TITLE_LAST_WORD_RE = regex.compile(r",[ ]+(\p{Lu}[\p{L}\d-]*+)$")


def journal_words_out_of_title(fields: dict, text: str) -> None:
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


def vancouver_numbers_the_rules_read(fields: dict, rules: Reference, text: str) -> None:
    """Vancouver's "... Jiwa [Internet]. 2021 [diakses 5 Mei 2022];4(1):115–22.": the labeller ran
    the volume, issue and pages on into the access date; the rules read them after the semicolon."""
    page = rules.fields.get("page")
    if (fields.get("page") or not page or not rules.fields.get("volume") or not rules.fields.get("accessed")
            or ";" not in text or isinstance(fields.get("publisher"), str) and ";" in fields["publisher"]):
        return      # (only where the access date's bracket swallowed them; not a publisher "... 2012;1(1):176–84")
    numbers = _VANCOUVER_NUMBERS_RE.search(text)
    if numbers and numbers.group(1) == rules.fields["volume"]:
        for key in ("volume", "issue", "page"):
            if rules.fields.get(key):
                fields[key] = rules.fields[key]


# ";4(1):115–22", "; 12:45-50": a Vancouver journal's volume, issue and pages after the year's semicolon
_VANCOUVER_NUMBERS_RE = regex.compile(r";[ ]?(\d{1,4}+)(?:[ ]?\([^()]{1,12}+\))?:[ ]?\p{N}")


def journal_from_volume_and_issue(fields: dict) -> None:
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


def journal_at_title_end(fields: dict) -> None:
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


def journal_with_volume_as_publisher(fields: dict) -> None:
    """"... the philippines. ETERNAL (English, ... Journal). 7: 52.": a "publisher" that ends
    in a volume and pages ("7: 52", "12(3): 600–610", "Quantum Grav. 32 074001") is a journal
    with them."""
    publisher = fields.get("publisher")
    if fields.get("container-title") or not isinstance(publisher, str) or not publisher.rstrip(".")[-1:].isdigit():
        return
    found = _VOLUME_PAGES_END_RE.search(publisher)
    if found and ":" not in found.group(0) and ":" in publisher:
        return      # "Risk Analysis 7(3): 347 353": the colon marks the pages, a space is no separator
    if not found or not found.group(2) or not publisher[:found.start()].strip(" .,"):
        return
    fields["container-title"] = publisher[:found.start()].strip(" .,")
    fields.pop("publisher")
    if found.group(1):
        fields.setdefault("issued", {"date-parts": [[int(found.group(1))]]})
    fields.setdefault("volume", found.group(2))
    if found.group(3):
        fields.setdefault("issue", found.group(3))
    fields.setdefault("page", found.group(4).replace("–", "-"))


def container_cut_after_a_joining_word(fields: dict, rules: Reference) -> None:
    """'..." Research and | Practice in Technology Enhanced Learning [Preprint].': no journal's
    name ends with "and" or "of"; the labeller cut it there, the rules read it whole."""
    container = fields.get("container-title")
    if not isinstance(container, str) or container.rpartition(" ")[2].casefold() not in _JOINING_WORDS:
        return
    for key in ("container-title", "publisher"):
        whole = rules.fields.get(key)
        if isinstance(whole, str) and whole.startswith(container + " ") and ":" not in whole[len(container):]:
            # (not on into a town and publisher: "... Weinheim und | Basel: Beltz")
            fields["container-title"] = whole
            if key == "publisher" and fields.get("publisher") == whole:
                fields.pop("publisher")
            return


_JOINING_WORDS = frozenset({"and", "of", "&", "dan", "the", "for", "in", "on", "und", "et", "de"})


def journal_before_its_volume_read_as_publisher(fields: dict, text: str) -> None:
    """"..., Procedia Computer Science, 31:474–479.": the labeller took the journal right before
    the volume and pages for a publisher (no town with it)."""
    publisher, volume = fields.get("publisher"), fields.get("volume")
    if (fields.get("container-title") or fields.get("publisher-place") or not isinstance(publisher, str)
            or not isinstance(volume, str) or not fields.get("page")):
        return
    if any(f"{publisher}{gap}{volume}" in text for gap in (", ", ". ", " ", ", vol. ", ", Vol. ")):
        fields["container-title"] = fields.pop("publisher")


def journal_the_rules_read_as_publisher(fields: dict, rules: Reference) -> None:
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


def journal_name_before_its_colon(fields: dict, text: str) -> None:
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


# "7: 52", "12(3): 600–610", IOP's "32 074001" (volume, space, page), Vancouver's year before them,
# "2012;1(1):176–84", "2011;7(Suppl 3):5–18"
_VOLUME_PAGES_END_RE = regex.compile(
    r"[.,]?[ ]?+(?:((?:1[5-9]|20)\d\d);[ ]?)?(\d{1,4}+)(?:[ ]?\((\d{1,5}+|Suppl(?:ement)?\.?[ ]?\d{1,4}+)\))?"
    r"(?::[ ]?|[ ])(\d{1,6}+(?:[-–]\d{1,6}+)?)\.?$")


def capitals_journal_split(fields: dict) -> None:
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

# "arXiv:1301.3781", and before 2007 "arXiv:math/0211159", "arXiv:hep-th/9711200": an
# identifier, whose digits are no pages
_ARXIV_RE = regex.compile(r"\barXiv:[ ]?(?:(\d{4}+)\.(\d{4,5}+)|[a-z-]{2,12}+(?:\.[A-Z]{2})?/\d{7}+)(?:v\d{1,2}+)?", regex.I)


def arxiv_is_no_page(fields: dict, text: str, rules: Reference) -> None:
    found = _ARXIV_RE.search(text) if "arxiv" in text.casefold() else None
    if found:
        fields.setdefault("number", found.group().replace(" ", ""))
        if found.group(1) and fields.get("page") == f"{int(found.group(1))}-{int(found.group(2))}":
            fields.pop("page")
        year = year_of(rules.fields)
        if "issued" not in fields and year and (text[found.end():].lstrip(" ,(").startswith(str(year))
                                                or f"({year})" in text):
            # '"Attention is all you need," arXiv preprint arXiv:1706.03762, 2017.', "...,
            # preprint (2002), arXiv:math/0211159.": the year by the number, which the labeller
            # left unread
            fields["issued"] = rules.fields["issued"]


def pages_out_of_container(fields: dict, rules: Reference) -> None:
    """APA-ID "Dalam S. Rahayu (Ed.), Manajemen Pendidikan Kontemporer (hlm. 45–67).": the
    chapter's pages in brackets end the book's title the labeller read; the rules read them."""
    for key in ("container-title", "title"):
        # (a report's pages after its own title too: "Asking More Effective Questions (hlm. 1–16).
        # Rossier School of Education.")
        value = fields.get(key)
        if not isinstance(value, str) or not value.endswith(")") or not rules.fields.get("page"):
            continue
        found = _BRACKETED_PAGES_END_RE.search(value)
        if found and found.start() > 0 and (key == "container-title" or "container-title" not in fields):
            fields[key] = value[:found.start()]
            fields.setdefault("page", rules.fields["page"])


# "(hlm. 45–67)", "(pp. 12-30)", "(h. 5)", "(S. 112-124)" at the end of a book's title
_BRACKETED_PAGES_END_RE = regex.compile(r"[ ]?" + BRACKETED_PAGES + r"$", regex.I)


def place_out_of_container(fields: dict, rules: Reference, text: str) -> None:
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


def town_of_the_publisher_in_container(fields: dict, text: str) -> None:
    """"In: Proceedings of the IEEE Conference on ... Recognition. Las Vegas: IEEE, 2016": the
    labeller ran the proceedings on into the publisher's town, which the colon after it names."""
    container, publisher = fields.get("container-title"), fields.get("publisher")
    if not isinstance(container, str) or not isinstance(publisher, str) or fields.get("publisher-place") or ". " not in container:
        return
    head, _, town = container.rpartition(". ")
    if head and town and len(town.split()) <= 3 and town[:1].isupper() and f"{town}: {publisher}" in text:
        fields["container-title"], fields["publisher-place"] = head, town


def publisher_run_into_book(fields: dict, rules: Reference) -> None:
    """IPB's "Di dalam: Multimedia technologies. IGI Global. hlm. 1377–1390.": the labeller ran
    the book's publisher into the book; the rules read the two apart (only then: the rules'
    "publisher" after a stop is as often an abbreviated journal's last word, "J. Appl. | Physiol")."""
    container, book, house = fields.get("container-title"), rules.fields.get("container-title"), rules.fields.get("publisher")
    if (isinstance(container, str) and isinstance(book, str) and isinstance(house, str) and container == f"{book}. {house}"
            and not any(fields.get(key) for key in ("publisher", "volume", "issue"))):
        fields["container-title"], fields["publisher"] = book, house


def bracket_end_opens_container(fields: dict, text: str) -> None:
    """"... based on the notion of just noticeable blur (JNB), IEEE Transactions on Image
    Processing": the labeller ended the title at the bracket that closes it and began the journal
    inside the bracket ("JNB), IEEE Transactions ..."); the bracket is the title's."""
    container, title = fields.get("container-title"), fields.get("title")
    if not (isinstance(container, str) and isinstance(title, str) and ")" in container):
        return
    found = _TITLE_BRACKET_END_RE.match(container)
    if found and f"{title} ({found.group(1)})" in text:
        fields["title"], fields["container-title"] = f"{title} ({found.group(1)})", container[found.end():]


# the inside of a bracket the title opened, its close, and a comma or stop before the journal
_TITLE_BRACKET_END_RE = regex.compile(r"([^()]{1,40}+)\)[.,]?[ ]++(?=\p{Lu})")


def journal_town_after_its_name(fields: dict, rules: Reference, text: str) -> None:
    """ABNT's "Revista Brasileira de Educação, Rio de Janeiro, v. 15, n. 3": the journal's town
    between its name and the volume's "v.", which the rules read apart (as the publisher or its
    town) and the labeller ran into the journal (not IEEE's "Speech and Audio Processing, IEEE
    Transactions on, vol. 8", whose "vol." is no ABNT label)."""
    container = fields.get("container-title")
    if not isinstance(container, str) or ", " not in container or fields.get("publisher-place") or not fields.get("volume"):
        return
    head, _, town = container.rpartition(", ")
    if (rules.fields.get("container-title") == head and town in (rules.fields.get("publisher"), rules.fields.get("publisher-place"))
            and f"{container}, v. " in text):
        fields["container-title"], fields["publisher-place"] = head, town


def book_author_before_book(fields: dict) -> None:
    """APA's chapter in a book its author wrote: "Geertz, C. (1973). Thick description ... In C.
    Geertz, The interpretation of cultures (pp. 3–30).": the names after "In" are the authors'
    again, the book's author (CSL's container-author), not part of its title."""
    container, authors = fields.get("container-title"), fields.get("author")
    if not isinstance(container, str) or not authors or ", " not in container:
        return
    found = _INITIALS_AND_FAMILY_HEAD_RE.match(container)
    if not found:
        _authors_heading_book(fields, container, authors)
        return
    families = {alnum(name.get("family", "")) for name in authors}
    if all(alnum(family) in families for family in _FAMILY_AFTER_INITIALS_RE.findall(found.group())):
        fields["container-title"] = container[found.end():]
        fields["container-author"] = parse_names(found.group())     # (CSL's name for the book's author)


def _authors_heading_book(fields: dict, container: str, authors: list[dict]) -> None:
    """The same in any name order: Vancouver's "Dalam Baek S, Kim BJ, Multimedia technologies.":
    the container opens with exactly the authors' names, then a comma."""
    words = set(name_words(authors))
    at = container.find(", ")
    for _ in range(2 * len(authors)):       # (each name may hold one comma: "Baek, S.")
        if at < 0:
            return
        if set(word_bag(container[:at])) == words and container[at + 2:at + 3].isupper():
            fields["container-title"] = container[at + 2:]
            fields["container-author"] = [dict(name) for name in authors]
            return
        at = container.find(", ", at + 2)


# "C. Geertz, ", "J. R. R. Tolkien & C. Tolkien, " opening a container: names, initials first
_INITIALS_AND_FAMILY_HEAD_RE = regex.compile(
    r"(?:(?:\p{Lu}\.[ -]?){1,3}+[ ]?\p{Lu}[\p{Ll}'’-]++(?:,?[ ](?:&|and|dan)[ ]|,[ ](?=\p{Lu}\.))?){1,4}+,[ ](?=\p{Lu})")
_FAMILY_AFTER_INITIALS_RE = regex.compile(r"(?<=\.[ ]?)\p{Lu}[\p{Ll}'’-]++")


def publisher_after_proceedings(fields: dict, rules: Reference) -> None:
    """APA's "In Proceedings of the 2022 IEEE International Conference on ... (pp. 1123–1130).
    IEEE.": the rules, with the pages' bracket out, ran the proceedings on into their publisher
    ("... Systems. IEEE"); the labeller read the proceedings alone and let the publisher drop.
    What follows the labeller's container there, a few words with no number, is the publisher
    (or the rules read the two apart: then their publisher is it)."""
    container, theirs = fields.get("container-title"), rules.fields.get("container-title")
    if (fields.get("publisher") or rules.fields.get("type") not in ("paper-conference", "chapter")
            or not isinstance(container, str) or not isinstance(theirs, str)):
        return
    if theirs.startswith(container + ". "):
        rest = theirs[len(container) + 2:].strip(" .")
    elif theirs == container and rules.fields.get("_proceedings_publisher"):
        rest = rules.fields["publisher"]
    else:
        return
    # (not a town, "... (pp. 12-20). Washington", nor a link's words, "Retrieved from EBL")
    if (rest and len(rest.split()) <= 5 and not any(map(str.isdigit, rest)) and ":" not in rest
            and rest.casefold() not in lexicon.PUBLISHING_CITIES and rest != fields.get("publisher-place")
            and not URL_INTRO_RE.match(rest)):
        fields["publisher"] = rest


def proceedings_read_as_publisher(fields: dict, rules: Reference) -> None:
    """"... Sragen. Prosiding Seminar Nasional Pertanian Berkelanjutan, Surakarta, 12 Oktober
    2019, hlm. 112-120.": the labeller took the proceedings (and the town after them) for a
    publisher; the rules read the proceedings as the container."""
    publisher, theirs = fields.get("publisher"), rules.fields.get("container-title")
    if (fields.get("container-title") or not isinstance(publisher, str) or not isinstance(theirs, str)
            or not _PROCEEDINGS_START_RE.match(theirs) or not publisher.startswith(theirs)):
        return
    fields["container-title"] = fields.pop("publisher")[:len(theirs)]
    rest = publisher[len(theirs):].strip(" ,.")
    if rest and "publisher-place" not in fields and rest == rules.fields.get("publisher-place"):
        fields["publisher-place"] = rest
    if rules.fields.get("publisher"):
        fields["publisher"] = rules.fields["publisher"]


_PROCEEDINGS_START_RE = regex.compile(r"(?:Prosiding|Proceedings|Proc\.)[ ]")


def title_tail_in_container(fields: dict, text: str) -> None:
    """"... a structure for deoxyribose nucleic | acid. Nature. 1953 Apr 25;171(4356):737-8.": the
    title's last words, in lower case, which the labeller ran into the journal; no journal's name
    opens with them."""
    container, title = fields.get("container-title"), fields.get("title")
    if not isinstance(container, str) or not isinstance(title, str) or ". " not in container:
        return
    found = _LOWERCASE_HEAD_RE.match(container)
    if found and f"{title} {found.group(1)}." in text:
        fields["title"] = f"{title} {found.group(1)}"
        fields["container-title"] = container[found.end():]


# "acid. ": words in lower case and a stop, opening a "journal"
_LOWERCASE_HEAD_RE = regex.compile(r"(\p{Ll}[\p{Ll}'’-]*+(?:[ ][\p{Ll}\d'’-]++){0,5}+)\.[ ](?=\p{Lu})")


def volume_out_of_container(fields: dict, rules: Reference) -> None:
    """"dalam Budhy Munawar-Rachman (ed.), Ensiklopedi Nurcholish Madjid, Jilid 2 (Jakarta: ...":
    the book's volume, which the labeller ran into the book's name and the rules read."""
    container, volume = fields.get("container-title"), rules.fields.get("volume")
    if not isinstance(container, str) or not volume:
        return
    found = _VOLUME_END_RE.search(container)
    if found and found.group(1) == volume and found.start() > 0:
        fields["container-title"] = container[:found.start()]
        fields.setdefault("volume", volume)


# ", Jilid 2", ", Vol. III", " Juz 1" ending a book's name
_VOLUME_END_RE = regex.compile(r"[,.]?[ ](?:Jilid|Juz|Vol\.|Volume|Buku|Bd\.)[ ]?([IVXLC]{1,6}+|\d{1,4}+)$")


def issue_read_as_volume(fields: dict, rules: Reference) -> None:
    """Chicago's "Cultural Critique, no. 1 (1985): 89–107.": a journal cited by its issue alone;
    the labeller took the number after "no." for the volume, the rules read it as the issue."""
    issue = rules.fields.get("issue")
    if issue and not rules.fields.get("volume") and not fields.get("issue") and fields.get("volume") == issue:
        fields["issue"] = fields.pop("volume")


def preprint_server_is_publisher(fields: dict) -> None:
    """APA 7's "Devlin, J., ... (2019). BERT: ... understanding. arXiv. https://doi.org/...": the
    preprint server the labeller read as a journal stands where a publisher goes (no volume,
    issue or pages follow it)."""
    container = fields.get("container-title")
    if (isinstance(container, str) and container.casefold().strip(" .") in lexicon.PREPRINT_SERVERS
            and not any(fields.get(key) for key in ("volume", "issue", "page", "publisher"))):
        fields["publisher"] = fields.pop("container-title")


def newspaper_is_container(fields: dict, rules: Reference, text: str) -> None:
    """"... ini syaratnya. Kompas.com. Diakses ...": a newspaper or news site the labeller
    took for the publisher (or the place) is where the article appeared; so is a periodical's
    name followed by the day it appeared ("Asahi Shinbun 31 December", "Bloomberg, 20 October
    2016"): no publisher is dated by the day. A newspaper the labeller left out (APA's "The
    future of remote work. The New York Times. https://...", read as a "source") and the rules
    read as the publisher is the container too."""
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
            place = fields.get("publisher-place")
            if key == "publisher" and isinstance(place, str) and f"{place}: {value}" in text:
                return      # "Jakarta: Republika", "Jakarta: Kompas": the paper's house published the book
            fields["container-title"] = fields.pop(key)
            return
    publisher = fields.get("publisher")
    if (isinstance(publisher, str) and fields.get("title") and not fields.get("publisher-place")
            and not fields.get("volume") and _PERIODICAL_NAME_RE.fullmatch(publisher)):
        at = text.find(publisher)
        end = at + len(publisher)
        # (a cheap test first: most publishers have no ", 3 ..." after them)
        day = DAY_MONTH_YEAR_AFTER_RE.match(text, end) if at != -1 and text[end + 2:end + 3].isdigit() else None
        if day and month_number(day.group(2)):
            # '"Pemogokan Buruh di Semarang," Sinar Hindia, 3 Mei 1920, 2.': a name dated by its day
            # right after it is a periodical, no publishing house
            fields["container-title"] = fields.pop("publisher")
            return
    theirs = rules.fields.get("publisher")
    if (isinstance(theirs, str) and theirs.casefold().strip(" .,") in lexicon.NEWSPAPERS
            and not fields.get("publisher") and not fields.get("publisher-place")):
        fields["container-title"] = theirs
        return
    # "Isu pencemaran Sungai Kim Kim. Utusan Malaysia, hlm. 4.": a known newspaper the labeller
    # ran into the title, where the rules read the title and the newspaper apart
    title, rule_title, newspaper = fields.get("title"), rules.fields.get("title"), rules.fields.get("container-title")
    if (isinstance(title, str) and isinstance(rule_title, str) and isinstance(newspaper, str)
            and newspaper.casefold() in lexicon.NEWSPAPERS and title.startswith(rule_title)
            and alnum(title[len(rule_title):]) == alnum(newspaper)):
        fields["title"], fields["container-title"] = rule_title, newspaper


# a periodical's name: a few capitalised words, no sentence, number or list ("Asahi Shinbun",
# "The Jakarta Post"; not "Memorandum from ... Branch" or "Stuart, FL", which are dated documents)
_PERIODICAL_NAME_RE = regex.compile(r"(?:The[ ])?\p{Lu}[\p{L}'’&-]*+(?:[ ]\p{Lu}[\p{L}'’&-]*+){0,3}+")
# " 31 December", ", 20 October 2016" closing a name
_DAY_MONTH_END_RE = regex.compile(r",?[ ](\d{1,2}+)[ ](\p{L}{3,10}+)\.?(?:[ ]((?:1[6-9]|20)\d\d))?[.]?$")


def journal_head_left_in_title(fields: dict, rules: Reference) -> None:
    """AMS "..., Quantum field theory and the Jones polynomial, Comm. Math. Phys. 121 (1989)": the
    labeller ended the title after the journal's first abbreviated word ("..., Comm" and "Math.
    Phys"); the rules read the journal whole."""
    title, container, rule_container = fields.get("title"), fields.get("container-title"), rules.fields.get("container-title")
    if not (isinstance(title, str) and isinstance(container, str) and isinstance(rule_container, str)
            and ", " in title and (fields.get("volume") or fields.get("page"))):
        return
    head, _, word = title.rpartition(", ")
    if (_ABBREVIATED_WORD_RE.fullmatch(word) and rules.fields.get("title") == head
            and rule_container.startswith(f"{word}. ") and rule_container[len(word) + 2:].startswith(container)):
        fields["title"], fields["container-title"] = head, f"{word}. {container}"


def journal_tail_read_as_publisher(fields: dict, text: str) -> None:
    """ACM's "... System. Commun. ACM 21, 7 (July 1978), 558–565.": the labeller read the
    journal's last word as a publisher; the volume follows the two at once."""
    container, publisher, volume = fields.get("container-title"), fields.get("publisher"), fields.get("volume")
    if not (isinstance(container, str) and isinstance(publisher, str) and isinstance(volume, str)
            and fields.get("page") and len(publisher.split()) <= 2):
        return
    for journal in (f"{container}. {publisher}", f"{container} {publisher}"):
        if f"{journal} {volume}" in text or f"{journal}, {volume}" in text:
            fields["container-title"] = journal
            del fields["publisher"]
            return


# one word as a journal's name abbreviates it: "Comm", "Proc", "Trans"
_ABBREVIATED_WORD_RE = regex.compile(r"\p{Lu}\p{Ll}{1,6}+")


def journal_run_into_title(fields: dict, rules: Reference) -> None:
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
    container = rules.fields.get("container-title")
    if (isinstance(container, str) and journal.startswith(container) and len(journal) > len(container)
            and VOLUME_ISSUE_RE.fullmatch(journal[len(container):].strip(" ,.;:"))):
        # "Etika Bisnis Islam. Jurnal Hukum Islam (JHI), Volume 14, Nomor 1": the journal the rules
        # read, then its volume and issue (which they read too)
        fields["title"], fields["container-title"] = rule_title, container
        return
    words = journal.split()
    if (journal and ". " not in journal and len(words) <= 8 and journal[:1].isalpha() and not names_a_publisher(journal)
            and all(w[:1].isupper() or w.casefold() in lexicon.TITLE_LINKING_WORDS for w in words[1:])):
        fields["title"], fields["container-title"] = rule_title, journal
