"""Titles, and the authors the labeller ran into them or took out of them.

A title the rules found between quotes or in italics is certain at both ends; elsewhere the
labeller's reading stands unless a step here finds the names, the month, the site or the
journal it ran into the title (or the title words it read as names).
"""
from __future__ import annotations

import regex

from .. import lexicon
from ..csl_types import published_by_its_author
from ..dates import csl_date_parts, month_number, parse_date
from ..models import Reference
from ..names import group_short_name, looks_like_names, parse_names, without_et_al
from ..patterns import AND_WORD_START_RE, CONTAINER_INTRO_RE, EDITION_RE, TYPEWRITER_QUOTE_MARK_RE, VOLUME_ISSUE_RE
from ..works import alnum, name_words, names_text, word_bag, year_of
from . import HowRead
from .editors import EDITOR_MARK_RE

_CLOSING_QUOTE_RE = regex.compile(r"[\"”»]")
# a series and the book's number in it: "Human Cognitive Processing 43", "Lecture Notes in Physics 740"
_SERIES_AND_NUMBER_RE = regex.compile(r"(\p{Lu}\p{L}++(?:[ ]\p{L}++){1,8}+),?[ ](\d{1,4}+)")


def chapter_run_into_title(fields: dict, rules: Reference) -> None:
    """"Collostructions. Dalam Robinson PJake (ed), The routledge encyclopedia of second language
    acquisition. Routledge, London, hlm. 92–95.": the labeller ran the chapter's title on through
    "Dalam", the editors and the book; the rules read the three apart."""
    title, rule_title, book = fields.get("title"), rules.fields.get("title"), rules.fields.get("container-title")
    if (rules.fields.get("type") != "chapter" or not isinstance(title, str) or not isinstance(rule_title, str)
            or not isinstance(book, str) or fields.get("container-title") or not title.startswith(rule_title + ". ")):
        return
    rest = title[len(rule_title) + 2:]
    if not CONTAINER_INTRO_RE.match(" " + rest):
        return
    at = rest.find(book[:30])
    if at > 0 and book.startswith(rest[at:]):
        # (the rules' book may run on into its publisher: "... acquisition. Routledge")
        fields["title"], fields["container-title"] = rule_title, rest[at:]
        if rules.fields.get("editor") and not fields.get("editor"):
            fields["editor"] = rules.fields["editor"]


def container_opened_at_an_in(fields: dict, rules: Reference) -> None:
    """"... for supervision and fault detection | in industrial processes. Engineering Applications
    of Artificial Intelligence. 23(1):8–17.": the labeller took an "in" inside the title for the
    word that opens a container; the rules ended the title at its stop."""
    title, container = fields.get("title"), fields.get("container-title")
    rule_title, rule_container = rules.fields.get("title"), rules.fields.get("container-title")
    if not (isinstance(title, str) and isinstance(container, str) and isinstance(rule_title, str)):
        return
    if not isinstance(rule_container, str):
        # Harvard's commas, "... fault detection | in industrial processes, Engineering Applications
        # of ...", which the rules read as one run: a book after "in" opens with a capital, the
        # title's own words go on in lower case
        tail = _LOWER_CASE_TAIL_RE.match(container)
        if tail and rule_title.startswith(f"{title} in {tail.group(1)}"):
            fields["title"], fields["container-title"] = f"{title} in {tail.group(1)}", container[tail.end():]
        return
    for word in (" in ", " dalam "):
        tail = rule_title[len(title) + len(word):] if rule_title.startswith(title + word) else ""
        journal = container[len(tail) + 2:] if tail and container.startswith(f"{tail}. ") else ""
        if journal and rule_container.startswith(journal):
            # (the rules' journal may run on into its volume: "... Intelligence. 23")
            fields["title"], fields["container-title"] = rule_title, journal
            return


# the title's words in lower case before the journal's capital: "industrial processes, Engineering ..."
_LOWER_CASE_TAIL_RE = regex.compile(r"(\p{Ll}[^,.;:()]{0,60}+)[,.][ ](?=\p{Lu})")


def title_split_mid_phrase(fields: dict, rules: Reference, text: str) -> None:
    """"A mathematical theory of communication. The Bell System Technical | Journal": the
    labeller ended the title where no mark ends anything and cut the journal's name, and the
    same words, split where a stop ends the title, are the rules' title and journal."""
    title, container = fields.get("title"), fields.get("container-title")
    rule_title = rules.fields.get("title")
    if not isinstance(title, str) or not isinstance(container, str) or not isinstance(rule_title, str) or title == rule_title:
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


def description_the_rules_read(fields: dict, rules: Reference) -> None:
    """APA's "... @JoeBiden [Tweet]. Twitter.": the bracketed description the rules read (and
    left in the labeller's text, whose reading of the words around it it steadies) is no part
    of the title the labeller ran over it."""
    described, title = rules.fields.get("medium") or rules.fields.get("genre"), fields.get("title")
    if isinstance(described, str) and isinstance(title, str) and "[" in title:
        title = fields["title"] = regex.sub(r"[ ]?\[" + regex.escape(described) + r"\]", "", title, flags=regex.I).strip() or title
    publisher = fields.get("publisher")
    if isinstance(described, str) and isinstance(publisher, str) and "]" in publisher:
        # "(Version 3.3.0) [Computer software]. Springer-Verlag.": the labeller began the
        # publisher with the description
        opening = regex.match(r"\[?" + regex.escape(described) + r"\][.,]?[ ]*+", publisher, flags=regex.I)
        if opening and publisher[opening.end():]:
            fields["publisher"] = publisher[opening.end():]
        elif opening:
            del fields["publisher"]
    number = rules.fields.get("number") or rules.fields.get("version")
    if described and isinstance(number, str) and isinstance(title, str) and "(" in title:
        # "... textbooks (ICPSR 21600; Version V1)", "Amusement park (No. 443)": the number and
        # version the rules read with the description
        fields["title"] = regex.sub(r"[ ]?\([^()]{0,40}?" + regex.escape(number) + r"[^()]{0,20}+\)", "", title).strip() or title


def title_tail_read_apart(fields: dict, rules: Reference, text: str) -> None:
    """"Penyebab Demam Berdarah | dan Cara Mencegahnya.": the labeller ended the title at a
    word no mark ends anything at, and gave its tail, which begins in lower case as no
    publisher's or journal's name does, to the publisher or the journal; the rules' title is
    both."""
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if not isinstance(title, str) or not isinstance(rule_title, str) or not rule_title.startswith(title + " "):
        return
    tail = rule_title[len(title) + 1:]
    if not tail[:1].islower() or f"{title} {tail}" not in text:
        return
    for key in ("publisher", "container-title"):
        if fields.get(key) == tail:
            fields["title"] = rule_title
            del fields[key]
            return


def month_out_of_title(fields: dict, rules: Reference) -> None:
    """"2022, Oktober. How to Check ...": the labeller began the title with the month that
    follows the year, or with the whole date the rules read (UM's unsigned news, "Jawa Pos.
    12 Mei 2018. Guru Honorer ..."); the rules read it into the date."""
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if not isinstance(title, str) or not isinstance(rule_title, str) or ". " not in title[:20]:
        return
    month, _, rest = title.partition(". ")
    issued = csl_date_parts(rules.fields.get("issued"))
    written = parse_date(month) if issued and not month_number(month) else None
    if rest == rule_title and (month_number(month) or (written and issued[:len(written)] == written)):
        fields["title"] = rule_title
        if rules.fields.get("issued"):
            fields["issued"] = rules.fields["issued"]


def site_out_of_title(fields: dict, rules: Reference, text: str) -> None:
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


def names_then_book(fields: dict, rule_title) -> bool:
    """Nature's chapters have no title: "Landsteiner, K., Megías, E. & Peña-Benitez, F. in
    Strongly Interacting Matter (eds Kharzeev, D. et al.) 433–468 (Springer, 2013)." The
    "title" the rules read is the last initial, "in" and the book the labeller read."""
    container = fields.get("container-title")
    if not isinstance(rule_title, str) or not isinstance(container, str) or not rule_title.endswith(container):
        return False
    head = rule_title[:-len(container)].rstrip()
    return head.endswith((" in", " In", " dalam")) or head in ("in", "In", "dalam")


def untitled_article(fields: dict, rule_title) -> bool:
    """Physics and chemistry cite articles without their titles ("T. Tiedje, E. Yablonovitch,
    IEEE Trans. Electron Devices 1984, 31, 711"; "Chen, H., ... 1997, ApJ, 475, 163"): where the
    labeller found authors, a journal and its volume or pages but no title, the "title" the
    rules read is one of those authors or the journal itself."""
    if not (fields.get("author") and fields.get("container-title") and (fields.get("volume") or fields.get("page"))):
        return False
    if fields.get("publisher") and isinstance(rule_title, str) and alnum(rule_title) == alnum(fields["container-title"]):
        # a book's volume from its publisher, read twice: "Knuth, D.E.: The Art of ..., vol. 1" (the
        # rules' title; helpers_and_facts_out_of_title then drops the labeller's "journal" that repeats it)
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


def title_run_into_container(fields: dict, rules: Reference) -> None:
    """ACM's "... 2017. Attention is all you need. In Advances in Neural Information Processing
    Systems 30 ...": the labeller read the paper's title and the proceedings as one container;
    the rules' title ends where "In" opens the container, which is the rest."""
    container, rule_title = fields.get("container-title"), rules.fields.get("title")
    if fields.get("title") or not isinstance(container, str) or not isinstance(rule_title, str):
        return
    if not container.startswith(rule_title):
        return
    after = container[len(rule_title):].lstrip(".,")      # ". In ", ". In: ", ", dalam "
    found = CONTAINER_INTRO_RE.match(after) if after.startswith(" ") else None
    rest = after[found.end():] if found else ""
    if (rest[:1].isupper() or rest[:1].isdigit()) and not EDITOR_MARK_RE.search(rest):
        # (not a book's editors in it: "In: Sparks DL ed. ...")
        fields["title"], fields["container-title"] = rule_title, rest


def authors_in_delimited_title(fields: dict, rules: Reference, how: HowRead) -> None:
    """"2011 US Department of State *Trafficking in Persons Report*": the labeller read no
    authors and ran them into the title; the rules read the names before the italic or quoted
    title, which then replaces the labeller's (in title_and_container)."""
    authors, title = rules.fields.get("author"), fields.get("title")
    if not how.delimited_title or fields.get("author") or not authors or not isinstance(title, str):
        return
    names = alnum(" ".join(n.get("literal") or f"{n.get('given', '')} {n.get('family', '')}" for n in authors))
    if names and alnum(title).startswith(names):
        fields["author"] = authors


def title_and_container(fields: dict, rules: Reference, how: HowRead) -> None:
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
        elif (delimited == "quoted" and "container-title" not in fields and fields.get("volume")
              and _ABBREVIATED_JOURNAL_RE.fullmatch(run_on.rstrip(" ,"))
              and (not container or container == f"{run_on.rstrip(' ,')} {fields['volume']}")):
            # '"De Herkomst van Nuruddin ar-Raniri", BKI 111 (1955)': a journal cited by its
            # initials, run into the title after its closing quotation mark (the rules may have
            # read its volume with it)
            fields["container-title"] = run_on.rstrip(" ,")
        elif container and "container-title" not in fields and container in title[len(rule_title):]:
            # the labeller ran a quoted chapter title on into '," dalam Book, ed. ...', or an
            # italic one into "Jurnal Administrasi Publik, pada edisi III": the rules read them
            fields["container-title"] = container
            if fields.get("edition") and fields["edition"] == rules.fields.get("volume") and not rules.fields.get("edition"):
                fields.pop("edition")     # "edisi III, No. 2": the journal's volume
        elif (delimited == "quoted" and "container-title" not in fields and not fields.get("publisher")
              and isinstance(rules.fields.get("publisher"), str) and run_on.startswith(rules.fields["publisher"])):
            # Wikipedia's '"Krakatoa eruption of 1883". Encyclopædia Britannica. Retrieved ...',
            # '"Annual Report 2019". Bank Indonesia. 2020.': the labeller ran the title on into the
            # site (a page's, which is looked at on a day) or the publisher (a report's) and the year
            publisher = rules.fields["publisher"]
            site = rules.fields.get("accessed") and rules.fields.get("type") != "report"
            fields["container-title" if site else "publisher"] = publisher
            issued = year_of(rules.fields)
            if not fields.get("issued") and issued and str(issued) in run_on[len(publisher):]:
                fields["issued"] = rules.fields["issued"]
        elif (container and isinstance(fields.get("container-title"), str) and "collection-title" not in fields
              and container in title[len(rule_title):]
              and (series := _SERIES_AND_NUMBER_RE.fullmatch(fields["container-title"]))):
            # '"...," Dalam Corpus Methods for Semantics ..., disunting oleh ... Human Cognitive
            # Processing 43. John Benjamins ...': the book ran into the title; what the labeller
            # read as the container is the book's series and its number
            fields["collection-title"], fields["collection-number"] = series.group(1), series.group(2)
            fields["container-title"] = container
    helpers = ("translator", "editor", "edition")
    if (rule_title and title.startswith(rule_title) and title[len(rule_title):].lstrip().startswith("(")
            and any(rules.fields.get(key) for key in helpers)):
        # "Psikologi pendidikan (T. Wibowo, Penerj.; Edisi ke-2)": the brackets after an APA
        # title hold its translator or edition, which the rules read; the title ends before them
        # (and what the labeller ran on past them is the publisher)
        fields["title"] = rule_title
        if "publisher" not in fields and rules.fields.get("publisher"):
            fields["publisher"] = rules.fields["publisher"]
    run_on = title[len(rule_title):] if rule_title and title.startswith(rule_title) else ""
    before_container = run_on[:run_on.find(container)] if isinstance(container, str) and container in run_on else ""
    intro = CONTAINER_INTRO_RE.search(before_container) if before_container else None
    whole_run_on = (bool(container) and run_on[:2] == ". " and run_on[2:].rstrip(" .") == container
                    and bool(fields.get("volume") or fields.get("issue")) and not fields.get("publisher"))
    if not delimited and "container-title" not in fields and (
            (intro and not before_container[intro.end():].strip(" :")) or whole_run_on):
        # "Mining ... clustering. Di dalam: 6th ICT conference" read as one title: the rules
        # saw where the title ends and the container begins, after its "Di dalam" (not an "in"
        # inside the title: "The Gulag Archipelago, 1918–1956: An Experiment in Literary ..."),
        # or after the title's stop, the rest all the journal whose volume follows ("... Learning.
        # Studies in Second Language Acquisition" | "12 (4): 429-448"; not a book's subtitle)
        fields["title"], fields["container-title"] = rule_title, container
        page = rules.fields.get("page")
        if intro and isinstance(page, str) and "page" not in fields and alnum(page) in alnum(before_container[:intro.start()]):
            fields["page"] = page   # STMKG's "Title, hlm. 1377–1390, dalam Book": the chapter's pages before its book


def title_run_on_into_facts(fields: dict, rules: Reference) -> None:
    """"De Atjehers. Deel I. Batavia: Landsdrukkerij": the labeller ran a book's title on into
    its volume, town and publisher, which the rules read apart after the title's stop."""
    title, rule_title = fields.get("title"), rules.fields.get("title")
    place, publisher = rules.fields.get("publisher-place"), rules.fields.get("publisher")
    if not (isinstance(title, str) and isinstance(rule_title, str) and isinstance(place, str)
            and isinstance(publisher, str) and title.startswith(f"{rule_title}. ") and not fields.get("publisher")):
        return      # (a labeller that read a publisher elsewhere ran no publisher into the title)
    run_on = title[len(rule_title) + 2:]
    facts = run_on.rpartition(f"{place}: ")[2]
    if not facts or alnum(facts) != alnum(publisher):
        return
    # before the town, nothing but a volume or an edition ("Deel I. ")
    before = VOLUME_ISSUE_RE.sub("", EDITION_RE.sub("", run_on[:-len(facts)])).replace(place, "")
    if not alnum(before):
        fields["title"], fields["publisher-place"], fields["publisher"] = rule_title, place, publisher


def title_run_on_into_helpers(fields: dict, rules: Reference) -> None:
    """"Dasar-Dasar Biokimia. Jilid 1. Penerjemah Maggy Thenawidjaja", "Fisika Jilid 1 (terjemahan
    Pantur Silaban)": the labeller ran a book's title on into its volume, edition and translators,
    which the rules read apart after it; nothing but those facts' words and labels follows."""
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if not (isinstance(title, str) and isinstance(rule_title, str) and len(title) > len(rule_title) + 2
            and title.startswith(rule_title) and title[len(rule_title)] in ". ("):
        return
    helpers = rules.fields.get("translator") or []
    if not (helpers or rules.fields.get("volume") or rules.fields.get("edition")):
        return
    run_on = set(word_bag(title[len(rule_title):]))
    if not run_on & _HELPER_LABELS:
        return      # ("Fourier integral operators. II", "Speeches and Writings, 1832–1858": the title's own)
    left = run_on - _HELPER_LABEL_WORDS - set(name_words(helpers))
    if not any(not word.isdigit() and not _ROMAN_NUMBER_RE.fullmatch(word) for word in left):
        fields["title"] = rule_title


# the labels of a book's volume, edition and translators, and the ordinals an edition is written in
_HELPER_LABEL_WORDS = frozenset("""
jilid buku vol volume edisi ed edition cet cetakan ke terjemahan terj penerjemah penerj alih bahasa oleh
diterjemahkan diindonesiakan dialihbahasakan translated by trans dkk dan and et al revisi revised
pertama kedua ketiga keempat kelima keenam ketujuh kedelapan kesembilan kesepuluh second third fourth fifth
""".split())
# (one of the labels themselves must be there)
_HELPER_LABELS = frozenset("""
jilid buku vol volume edisi edition cet cetakan terjemahan terj penerjemah penerj alih diterjemahkan diindonesiakan
dialihbahasakan translated
""".split())
_ROMAN_NUMBER_RE = regex.compile(r"[ivxlc]{1,6}+")


def quoted_title_before_book(fields: dict, rules: Reference, how: HowRead, text: str) -> None:
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


def authors_and_title(fields: dict, rules: Reference, how: HowRead, context: str) -> None:
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
        if (title and isinstance(fields.get("title"), str) and _within_names(fields["title"], authors)
                and (_within_names(names_text(labelled_authors), authors) if labelled_authors
                     else not _read_as_other_facts(title, fields))):
            # "Kementrian Pemberdayaan Perempuan dan Perlindungan Anak. (2023). Laporan ...": the
            # labeller split the group author and took its tail (or, "Centers for Disease Control
            # and Prevention. (2020, June 5). How to ...", all of it) for the title; the title
            # follows the year
            fields["title"] = title
        elif title and isinstance(fields.get("title"), str) and _names_and_year_before(fields["title"], title, authors):
            # "[KLHK] Kementerian Lingkungan | Hidup dan Kehutanan. 2018. Status ...": the labeller ran
            # the group's tail and the year into the title the rules read after them
            fields["title"] = title
    mine = fields.get("title")
    if how.semicolon_names and authors:
        fields["author"] = authors      # ACS's and MDPI's "Grubbs, R. H.; Chang, S. Title.": read exactly
        if title and isinstance(mine, str) and title.endswith(" " + mine):
            fields["title"] = title     # (the labeller ran the title's first words into the names)
        elif (title and isinstance(mine, str) and len(mine) > len(title) and mine.startswith(title)
              and rules.fields.get("publisher")):
            _publisher_begun_in_the_title(fields, rules, mine[len(title):])
    if how.inverted_head and authors and title and isinstance(mine, str) and (
            (len(mine.split()) >= 3 and set(word_bag(mine)) <= set(name_words(authors)))
            or _initials_then_title(authors[-1].get("given"), mine)):
        # "Quinn, R., Advanced C++ Programming Cookbook. United Kingdoms: ...", "Mitchell, T. M.
        # Machine Learning. McGraw-Hill, ...": the rules read the title as one more name (the
        # head ended at its stop); the labeller read it
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
    if (context == "note" and authors and title and not _given_names_opened_title(fields, authors, title)
            and not _given_names_before_title(fields, authors, title)):
        # Footnotes follow the comma conventions the rules were written for: "Given Family,
        # Title, ..." — their reading of authors and title wins when they found both.
        fields["author"], fields["title"] = authors, title


def _publisher_begun_in_the_title(fields: dict, rules: Reference, tail: str) -> None:
    """ACS's "Physical Chemistry, 9th ed.; Oxford University Press: Oxford, 2010.": the labeller ran
    the title on into the publisher's first words ("...; Oxford University" | "Press: Oxford"); the
    rules read the title, and it and their publisher (and its town) stand."""
    labelled = fields.get("publisher")
    house, town = rules.fields["publisher"], rules.fields.get("publisher-place")
    if not isinstance(labelled, str) or not isinstance(house, str) or not set(word_bag(tail)) & set(word_bag(house)):
        return
    if set(word_bag(labelled)) <= set(word_bag(f"{house} {town if isinstance(town, str) else ''}")):
        fields["title"], fields["publisher"] = rules.fields["title"], house
        if isinstance(town, str):
            fields["publisher-place"] = town


def _initials_then_title(given, title: str) -> bool:
    """Is ``given`` initials and then ``title`` ("T. M. Machine Learning")? (Given names follow
    no initials in a "Family, Given" head; a title may.)"""
    if not isinstance(given, str) or not given.endswith(" " + title):
        return False
    initials = given[:-len(title)].split()
    return bool(initials) and all(_INITIAL_WORD_RE.fullmatch(word) for word in initials)


def _given_names_opened_title(fields: dict, authors: list[dict], title: str) -> bool:
    """"Maleong, Lexy J., Metodologi Penelitian Kualitatif, (Bandung: ...": a note that inverts
    its author's name as a list does; the rules took "Maleong" for the whole name and "Lexy J."
    for the title's start (or the title), the labeller read "Family, Given" and the title after it."""
    mine, my_title = fields.get("author"), fields.get("title")
    if not (mine and len(mine) == 1 == len(authors) and isinstance(my_title, str) and mine[0].get("given")
            and not authors[0].get("given") and alnum(mine[0].get("family")) == alnum(authors[0].get("family"))):
        return False
    # (or, "Carson, Rachel. Silent Spring. Boston: ...", took the given name for the whole title)
    return alnum(title) in (alnum(mine[0]["given"] + my_title), alnum(mine[0]["given"]))


def _given_names_before_title(fields: dict, authors: list[dict], title: str) -> bool:
    """"Sukmadinata, Nana Syaodih. Metode Penelitian Pendidikan. Bandung: ...": a note written as
    a list's entry. Both readers took "Sukmadinata" for the whole name; the rules took the given
    names for the title, the labeller ran them into it. The given names go to the author (the
    labeller's title after them stands); True where so read."""
    mine, my_title = fields.get("author"), fields.get("title")
    if not (mine and len(mine) == 1 == len(authors) and isinstance(my_title, str) and not mine[0].get("given")
            and not authors[0].get("given") and mine[0].get("family") and mine[0].get("family") == authors[0].get("family")
            and my_title.startswith(title + ". ") and _GIVEN_NAMES_RE.fullmatch(title)
            and (len(title.split()) >= 2 or len(title.strip("‘’'.")) == 1)):
        return False        # (one given name alone may be a title's one word: "Aristote, Politique. Tome II")
    fields["author"] = [{"family": mine[0]["family"], "given": title}]
    fields["title"] = my_title[len(title) + 2:]
    return True


# one to three given names, a particle among them ("Nana Syaodih", "Martin van", "Lexy J")
_GIVEN_NAMES_RE = regex.compile(r"(?:(?:\p{Lu}\p{Ll}++|\p{Lu}\.?|van|von|de|der|bin|binti)(?:[ ]|$)){1,3}+(?<! )")


def _read_as_other_facts(title: str, fields: dict) -> bool:
    """Did the labeller read (part of) ``title`` as the container, publisher or place? (Then the
    words before the year were the title of an unsigned work, "Almanac. (1994, December). Wake
    Forest University Magazine, 42(2), p. 7.", and the rules took them for a group.)"""
    key = alnum(title)
    for field in ("container-title", "publisher", "publisher-place"):
        theirs = alnum(fields.get(field)) if isinstance(fields.get(field), str) else ""
        if theirs and (theirs in key or key in theirs):
            return True
    return False


def _names_and_year_before(mine: str, title: str, names: list[dict]) -> bool:
    """Is ``mine`` the end of ``names``, a year, then ``title``?"""
    if len(mine) <= len(title) or not mine.endswith(title):
        return False
    head = _YEAR_END_RE.sub("", mine[:-len(title)].rstrip(" "))
    return head != mine[:-len(title)].rstrip(" ") and _within_names(head, names)


_YEAR_END_RE = regex.compile(r"[ ]?\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,:]?$")


def _within_names(text: str, names: list[dict]) -> bool:
    """Is ``text`` part of the names (a piece of a group author, say)?"""
    key = alnum(text)
    return bool(key) and key in alnum(names_text(names))


# what an entry whose publisher the rules may supply has none of
_NOT_A_BOOK_FIELDS = ("publisher", "container-title", "volume", "issue", "page", "URL", "DOI", "genre")

_YEAR_BEFORE_TITLE_RE = regex.compile(r"^\(?(?:1[5-9]|20)\d\d[a-z]?\)?[.,:][ ]*+")


def typewriter_quoted_title(fields: dict, text: str) -> None:
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
    periodical = _PERIODICAL_AND_DAY_RE.fullmatch(rest) if rest else None
    # (the day of the year given before: Harvard's "(2019) '...', The Guardian, 3 June.")
    day = parse_date(f"{periodical.group(2)} {year_of(fields)}") if periodical and year_of(fields) else None
    if rest and not _YEAR_AND_VOLUME_ONLY_RE.match(rest) and not (day and len(day) == 3):
        return
    inner = title[1:closing.start()].strip()
    fields["title"] = inner
    if day and not fields.get("container-title"):
        fields["container-title"], fields["issued"] = periodical.group(1), {"date-parts": [day]}
    year = _YEAR_AFTER_QUOTE_RE.match(text, text.find(inner) + len(inner)) if inner in text else None
    if year and "issued" not in fields:
        fields["issued"] = {"date-parts": [[int(year.group(1))]]}


# "The Guardian, 3 June", "The Economist, March 12": a periodical and the day it came out
_PERIODICAL_AND_DAY_RE = regex.compile(r"(\p{Lu}[^,]{1,60}+),[ ](\d{1,2}+[ ]\p{L}{3,10}+|\p{L}{3,10}+[ ]\d{1,2}+)")


# the quote that closes a typewriter-quoted title, before what follows it (not an apostrophe)
_CLOSING_TYPEWRITER_QUOTE_RE = regex.compile(r"(?<=\S)'(?=[ ,.]|$)")
# "(2018) 5" after the closing quote: OSCOLA's year and volume
_YEAR_AND_VOLUME_ONLY_RE = regex.compile(r"^\(((?:1[5-9]|20)\d\d)\)(?:[ ]\d{1,4}+)?$")
_YEAR_AFTER_QUOTE_RE = regex.compile(r"'[ ]\(((?:1[5-9]|20)\d\d)\)")


def book_title_read_as_container(fields: dict) -> None:
    """"Mitchell, T. M. Machine Learning. McGraw-Hill, New York, 1997.": with no title, no
    volume, issue or pages and no "In", the "container" the labeller found before a publisher
    is the book's own title."""
    container = fields.get("container-title")
    if (fields.get("title") or not isinstance(container, str) or not fields.get("publisher")
            or any(key in fields for key in _PARTS_OF_A_CONTAINER) or _CONTAINER_AFTER_STOP_RE.search(container)):
        return      # (not "Attention is all you need. In: Advances in ...": a title run into its container)
    fields["title"] = fields.pop("container-title")


_PARTS_OF_A_CONTAINER = ("volume", "issue", "page", "editor", "container-author", "collection-title")
_CONTAINER_AFTER_STOP_RE = regex.compile(r"[.,][ ](?:In|in|Dalam|dalam|Di[ ]dalam):?[ ]")


def labeller_read_only_names_and_dates(fields: dict, rules: Reference) -> bool:
    """"Kurniawan, A. (2022, 5 Januari). Harga minyak goreng kembali naik. Kompas.com. https://...":
    the labeller read the words between the date and the link as one run of its rare "source"
    label, which is no field, so it kept only the names, the date and the link; the rules read a
    title of some words there, and the same names. (A list of names alone, where the rules'
    "title" is a stray initial or the names after the first, stays with the labeller.) Or the
    labeller took that title for one more name."""
    title = rules.fields.get("title")
    if not isinstance(title, str) or not all(key in _NAMES_DATES_AND_LINKS for key in fields):
        return False
    labelled, read = name_words(fields.get("author") or []), name_words(rules.fields.get("author") or [])
    if len(title.split()) >= 3 and labelled and set(labelled) <= set(read):
        return True     # (the same names, or fewer: "Park, S. (in press)", its initial read as pages)
    # "BMKG, Gempa Bumi Dirasakan, https://...": or it read the title as one more name (a title
    # without initials: "Smith, J., Jones, K." read as a name and a "title" is a list of names)
    return (len(title.split()) >= 2 and not _INITIAL_WORD_RE.search(title)
            and set(labelled) == set(read) | set(word_bag(title)))


_NAMES_DATES_AND_LINKS = frozenset({"author", "issued", "URL", "DOI", "accessed"})


def labeller_read_a_title_as_a_name(fields: dict, rules: Reference) -> bool:
    """"Koloniaal Verslag van 1905. 's-Gravenhage: ...": the labeller read an untitled work's title
    as a name whose family is the particle it ended with ("van"), and the publication facts as
    its title; no name is a particle alone, and the rules read no names but that title. (Given
    names with initials are a name's, however garbled: "MIJOLLA (de) A.")"""
    title = rules.fields.get("title")
    if rules.fields.get("author") or not isinstance(title, str):
        return False
    for name in fields.get("author") or ():
        family, given = name.get("family"), name.get("given") or ""
        if (family in _LOWER_CASE_PARTICLES and not _INITIAL_WORD_RE.search(given)
                and alnum(title).startswith(alnum(given + family))):
            return True
    return False


_LOWER_CASE_PARTICLES = frozenset(lexicon.LOWERCASE_NAME_PARTICLES)


def title_read_as_authors(fields: dict, rules: Reference, text: str) -> None:
    """"Johnson Sihombing, PENERAPAN STACK DAN QUEUE PADA ARRAY DAN LINKED LIST DALAM JAVA.",
    "Dalman. Keterampilan Menulis.": the labeller read (part of) a title as more names; the rules
    read names and title."""
    title, authors = rules.fields.get("title"), rules.fields.get("author")
    if not isinstance(title, str) or not authors or not fields.get("author"):
        return
    mine = fields["author"]
    if (not fields.get("title") and len(mine) > len(authors) and all(name.get("given") for name in authors)
            and (name_words(mine[:len(authors)]) == name_words(authors) and name_words(mine[len(authors):]) == word_bag(title)
                 or name_words(mine) == sorted(name_words(authors) + word_bag(title)))
            and not _INITIAL_WORD_RE.search(title)):
        # IEEE's "R. Munir, Kriptografi, Edisi Kedua. Bandung: ...": the title after the names'
        # comma read as one more name; Vancouver's "Smeltzer SC, Bare BG. Buku Ajar Keperawatan
        # Medikal Bedah Brunner & Suddarth.": the title, which ends with two names, read into
        # the names; the rules read the names and the title
        fields["author"], fields["title"] = authors, title
        return
    single = (authors[0].get("family") or authors[0].get("literal")) if len(authors) == 1 and len(authors[0]) == 1 else None
    mine_title = fields.get("title")
    if (single and (not mine_title or (isinstance(mine_title, str) and VOLUME_ISSUE_RE.fullmatch(mine_title)))
            and text.lstrip().startswith(f"{single}. ") and len(title.split()) >= 2
            and name_words(fields["author"]) == word_bag(f"{single} {title}")):
        # "Dalman. Keterampilan Menulis. Jakarta: ...", ISO 690's "HAMKA. Tafsir Al-Azhar. Jilid
        # 1.": one name, then a title of capitalised words, all of which the labeller read as
        # names (leaving it the volume for a title); the rules read the name's stop
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


# a journal's initials: "BKI", "JSEAS", "TBG" (three to six capitals)
_ABBREVIATED_JOURNAL_RE = regex.compile(r"\p{Lu}{3,6}+")
# an initial: "M." in "Orlicz M." (a name the rules took for a title)
_INITIAL_WORD_RE = regex.compile(r"(?<!\p{L})\p{Lu}\.")


def title_word_read_as_name(fields: dict, text: str) -> None:
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


def title_word_run_into_group(fields: dict, rules: Reference) -> None:
    """"Kementerian Kesehatan RI. Hasil | Utama Riskesdas 2018": the labeller ran the title's
    first word into a group author's name, past the stop that ends it; or it stopped the name
    early, "Kementerian Lingkungan | Hidup dan Kehutanan. Status Hutan ..."; the rules read the
    two apart at the stop."""
    mine, theirs = fields.get("author"), rules.fields.get("author")
    literal = mine[0].get("literal") if mine and len(mine) == 1 else None
    group = theirs[0].get("literal") if theirs and len(theirs) == 1 else None
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if not (isinstance(literal, str) and isinstance(group, str) and isinstance(title, str) and isinstance(rule_title, str)):
        return
    joined, publisher = alnum(literal[len(group):] + title), rules.fields.get("publisher")
    if literal.startswith(group + ". ") and joined == alnum(rule_title):
        fields["author"], fields["title"] = theirs, rule_title
    elif (literal.startswith(group + ". ") and isinstance(publisher, str) and not fields.get("publisher")
          and joined == alnum(rule_title) + alnum(publisher)):
        # "R Core Team. R | : A language ... computing. R Foundation for Statistical Computing, 2019.":
        # the title run on into the publisher as well
        fields["author"], fields["title"], fields["publisher"] = theirs, rule_title, publisher
    elif (group.startswith(literal + " ") and title.startswith(group[len(literal) + 1:] + ". ")
          and alnum(title[len(group) - len(literal):]) == alnum(rule_title)):
        fields["author"], fields["title"] = theirs, rule_title


def name_end_read_as_title(fields: dict, rules: Reference) -> None:
    """"Al-Bukhari, Abu | 'Abdillah Muhammad bin Isma'il. | Shahih al-Bukhari. ...": the labeller
    cut a long name at a word it does not know (an ʿayn's apostrophe) and read the rest of it as
    the title, and the title with the publisher; the rules read the name whole, then the title."""
    authors, rule_title, title = rules.fields.get("author"), rules.fields.get("title"), fields.get("title")
    mine, publisher = fields.get("author"), fields.get("publisher")
    if (not authors or not mine or not isinstance(rule_title, str) or not isinstance(title, str)
            or not isinstance(publisher, str) or not publisher.startswith(rule_title[:4])):
        return      # (a cheap test first: every reference with names, a title and a publisher comes here)
    if (len(authors) != len(mine) or any(name.get("literal") for name in authors + mine)
            or _person_names_text(mine) + alnum(title) != _person_names_text(authors)
            or not alnum(publisher).startswith(alnum(rule_title))):
        return      # (the labeller's names and its title, in order, make the rules' names; its publisher opens with their title)
    fields["author"], fields["title"] = authors, rule_title
    if rules.fields.get("publisher"):
        fields["publisher"] = rules.fields["publisher"]
    else:
        fields.pop("publisher")


def _person_names_text(names: list[dict]) -> str:
    return "".join(alnum(f"{name.get('family') or ''}{name.get('given') or ''}") for name in names)


def authors_run_into_title(fields: dict, rules: Reference) -> None:
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


def title_words_read_as_names(fields: dict, rules: Reference) -> None:
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
    if not any(w in lexicon.INSTITUTION_WORDS for w in words) and not all(_known_group(n.get("literal")) for n in theirs):
        return      # (or the rules read a known group alone: "BPOM, | Daftar | Obat Tradisional ...")
    # (the same words, but the "dan" that joined the names the labeller read)
    if [w for w in word_bag(f"{names_text(mine)} {title}") if w not in _JOINING_WORDS] == \
            [w for w in word_bag(f"{names_text(theirs)} {rule_title}") if w not in _JOINING_WORDS]:
        fields["author"], fields["title"] = theirs, rule_title


_JOINING_WORDS = frozenset({"dan", "and", "et", "und"})


def _known_group(name: str | None) -> bool:
    """A group's name by its words or a known short name ("BPOM", "Bappeda Sleman"), not any
    name in capitals ("LODI, J. B.")."""
    words = (name or "").split()
    return bool(words) and (group_short_name(words[0])
                            or any(word.strip(".,()").casefold() in lexicon.INSTITUTION_WORDS for word in words))


def institution_into_title(fields: dict, rules: Reference) -> None:
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


_VANCOUVER_NAME_RE = regex.compile(r"\p{Lu}[\p{L}'’-]++[ ]\p{Lu}{1,3}+")
