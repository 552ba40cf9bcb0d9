"""Editors, translators and editions: the people and facts after a book's title.

"ed.", "peny.", "terj.", "Trans.", "2nd edn" mark them; the labeller often runs them into
the title or the container, or reads the book's last words as one more editor.
"""
from __future__ import annotations

import regex

from ..csl_types import names_a_publisher
from ..models import Reference
from ..names import looks_like_names, parse_names
from ..patterns import EDITOR_RE, ORDINAL_EDITION_RE
from ..works import alnum, name_words, names_text, word_bag


def title_end_read_as_edition(fields: dict, rules: Reference) -> None:
    """"... dalam Bahasa Pascal dan C, Edisi ke-4.": the labeller ran the title's last word into
    the edition after it; the rules read the edition apart (theirs replaces the labeller's) and
    the title whole."""
    edition, title, rule_title = fields.get("edition"), fields.get("title"), rules.fields.get("title")
    if (isinstance(edition, str) and isinstance(title, str) and isinstance(rule_title, str) and rules.fields.get("edition")
            and alnum(edition) != alnum(rules.fields["edition"]) and rule_title.endswith(" " + edition.strip(" ,."))
            and alnum(rule_title) == alnum(title + edition)):
        fields["title"] = rule_title


def edition_word_left_in(fields: dict, rules: Reference) -> None:
    """"... engineering guide. Third. Springer Berlin Heidelberg.", "..., Data Networks, Third.":
    the edition the rules read as its ordinal word alone opens the publisher the labeller read
    (or is all of it), or ends its title."""
    if not rules.fields.get("edition"):
        return
    title = fields.get("title")
    if isinstance(title, str) and "," in title:
        head, _, last = title.rpartition(", ")
        if head and ORDINAL_EDITION_RE.fullmatch(last):
            fields["title"] = head
    publisher = fields.get("publisher")
    found = ORDINAL_EDITION_RE.match(publisher) if isinstance(publisher, str) else None
    if found:
        rest = publisher[found.end():].lstrip(" .,")
        if rest:
            fields["publisher"] = rest
        else:
            del fields["publisher"]


def container_end_read_as_editors(fields: dict, rules: Reference) -> None:
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


def authors_read_as_editors(fields: dict, rules: Reference, text: str) -> None:
    """"Nguyen, Ha H., dan Ed Shwedyk. A First Course in ...": the labeller took a given name
    "Ed" for an editor's mark and the authors for editors; no mark in the text says so, and the
    rules read the same names as the authors."""
    mine, authors = fields.get("editor"), rules.fields.get("author")
    if (not mine or not authors or rules.fields.get("editor") or fields.get("author") not in (None, authors)
            or not set(name_words(mine)) <= set(name_words(authors)) or _EDITOR_WORDS_RE.search(text)):
        return
    fields["author"] = authors
    del fields["editor"]


# an editor's mark, as written: "(ed.)", "eds.", "Ed.", "edited by", "disunting", "penyunting", Malay "(pnyt.)"
_EDITOR_WORDS_RE = regex.compile(r"\b(?:eds?|hg|dir|peny|pnyt)\.|\((?:eds?|peny|pnyt|hrsg|hg|dir|orgs?|coords?)\b|"
                                 r"\b(?:edited|editors?|disunting|penyunting|diedit|hrsg|herausgegeben|a[ ]cura|sous[ ]la[ ]direction)\b", regex.I)


def editors_run_on_into_facts(fields: dict, rules: Reference) -> None:
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


def editors_before_container(fields: dict) -> None:
    """"Di dalam: Robinson PJ, editor. The Routledge encyclopedia ...", "In: Vogelstein B,
    Kinzler KW, editors. The genetic basis of human cancer": the book's editors open the
    container the labeller read; they are its editors, not part of its name."""
    container = fields.get("container-title")
    found = (_EDITORS_FIRST_RE.match(container) if isinstance(container, str)
             and EDITOR_MARK_RE.search(container) else None)
    if not found or not looks_like_names(found.group(1)):
        return
    fields["container-title"] = found.group(2)
    if not fields.get("editor"):
        fields["editor"] = parse_names(found.group(1)) or None


def group_editor_opens_container(fields: dict, rules: Reference) -> None:
    """Unified linguistics' "In The Linguistic Society of Korea (ed.), Linguistics in the morning
    calm, 3–91.": a group the rules read as the editor (its mark between it and the book) opens
    the container the labeller joined around the mark."""
    container, book, editors = fields.get("container-title"), rules.fields.get("container-title"), rules.fields.get("editor")
    if not (isinstance(container, str) and isinstance(book, str) and editors and container.endswith(f" {book}")):
        return
    if word_bag(container[:-len(book)]) == name_words(editors):
        fields["container-title"] = book
        fields.setdefault("editor", editors)


def editor_mark_opens_title(fields: dict, rules: Reference) -> None:
    """Chicago's "Hamid, Abdul, dan Nurul Huda, ed. Islam dan Demokrasi. Jakarta: ...": the
    labeller began the title with the mark after the editors' names; the rules read the mark
    (the names are the editors) and the title after it."""
    title, rule_title = fields.get("title"), rules.fields.get("title")
    if not (isinstance(title, str) and isinstance(rule_title, str) and rules.fields.get("editor")):
        return
    found = _EDITOR_MARK_START_RE.match(title)
    if found and alnum(title[found.end():]) == alnum(rule_title):
        fields["title"] = rule_title


# "ed. ", "eds. ", "editor. ", "editors, ", "peny. ", "(ed.) " opening a title the labeller read
_EDITOR_MARK_START_RE = regex.compile(r"\(?(?:eds?|editors?|peny|pnyt|penyunting)\.?\)?[.,]?[ ]++", regex.I)


def book_under_its_editors(fields: dict, rules: Reference, text: str) -> None:
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
EDITOR_MARK_RE = regex.compile(r"edit(?:or|ed)|\b[eé]ds?[.),]|\(ed|penyunting|\bpeny\.|\bpnyt\.|\bhrsg\b|\(hg\.|\bred\.|a cura di"
                                r"|sous la direction|\((?:orgs?|coords?)\.", regex.I)
# (a name's initials, "B. Gentili - G. Paioni (edd.)", hold the only stops the names may have)
_EDITORS_FIRST_RE = regex.compile(
    r"((?:\p{Lu}\.|[^.,;:(]){2,40}+(?:,[ ](?:\p{Lu}\.|[^.,;:(]){2,40}+){0,5}),?[ ]?"
    r"(?:editors?|eds?\.|\((?:eds?|edd)\.?\)|penyunting|\((?:peny|pnyt)\.?\))[.,]?[ ]++(\p{Lu}.{2,})",
    regex.I)


def translator_out_of_title(fields: dict, rules: Reference) -> None:
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
        if after and after.start() > 0 and (after.end() == len(title) or first_word and first_word in title[after.end():]):
            fields["title"] = title[:after.start()]     # (or the label alone: the names ran on elsewhere)
        return
    first = translators[0]
    name_word = ((first.get("given") or "").split() or [first.get("family") or first.get("literal") or ""])[0]
    at = title.find(name_word) if name_word else -1
    cut = at if 0 <= at < label.start() else label.start()
    fields["title"] = title[:cut].rstrip(" ,;:.") or title


def translators_out_of_publisher(fields: dict, rules: Reference) -> None:
    """UM's "... Terjemahan oleh Achmad Fawaid & Ateilla Mirza. 2011. Yogyakarta: Pustaka Pelajar.":
    the translators the rules read, which the labeller ran into the publisher after them."""
    publisher, rule_publisher = fields.get("publisher"), rules.fields.get("publisher")
    translators = rules.fields.get("translator")
    if not (translators and isinstance(publisher, str) and isinstance(rule_publisher, str)
            and publisher != rule_publisher and publisher.endswith(rule_publisher)):
        return
    head = word_bag(publisher[:-len(rule_publisher)])
    if head and set(head) <= set(name_words(translators)):
        fields["publisher"] = rule_publisher


def title_end_read_as_translator(fields: dict, rules: Reference) -> None:
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


def helpers_and_facts_out_of_title(fields: dict, rules: Reference) -> None:
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
    # (a volume's number, digits or a roman numeral, must end the title: most titles end otherwise)
    volume = _VOLUME_TAIL_RE.search(title) if fields.get("volume") and title[-1:] in _VOLUME_NUMBER_ENDS else None
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


_VOLUME_NUMBER_ENDS = frozenset("0123456789IVXLCivxlc")
_EDITED_BY_TAIL_RE = regex.compile(r"[.,][ ]++(?:edited[ ]by|ed\.(?:[ ]by)?|eds\.|editors?|disunting[ ]oleh|penyunting)\b.*+$",
                                   regex.I)
# ". Cetakan ke-20", ". Edisi Revisi", ". Cet. 3", ". Edisi Kedua" closing a title the labeller read
_EDITION_TAIL_RE = regex.compile(r"[.,][ ](?:cetakan|cet\.|edisi|ed\.)[ ]?(?:ke-?[ ]?)?[\p{L}\d]{1,12}+$", regex.I)
# ". Jilid I", ". Vol. 2", the old spelling's ". Djilid I", Malay ". Jil. 2", Dutch ". Deel II" closing a title
_VOLUME_TAIL_RE = regex.compile(r"[.,][ ]++(?:juz|d?jilid|jil\.|vol\.?|volume|buku|bd\.|tome|deel|dl\.)[ ]?+([IVXLC]{1,6}+|\d{1,3}+)$",
                                regex.I)
# " (New York: Plenum)", " (Jakarta: Gramedia, 2001)" closing a title
_FACTS_TAIL_RE = regex.compile(r"[ ]\([^():]{2,40}+:[ ][^()]{2,80}+\)$")
# " (Oxford Univ. Press, )": a bracket closing a title
_BRACKET_TAIL_RE = regex.compile(r"[ ]\(([^()]{2,80}+)\)$")

_TRANSLATOR_LABEL_RE = regex.compile(r"\((?:tr|trans|terj|penerj)\.?(?:\)|[ ])", regex.I)
# ". Terjemahan Juma ...", ". Diterjemahkan oleh ...", ", alih bahasa ...", ". Translated by ..."
_TRANSLATED_BY_TAIL_RE = regex.compile(
    r"[.,][ ]++(?:terjemahan(?:[ ]oleh)?|diterjemahkan[ ]oleh|alih[ ]bahasa(?:[ ]oleh)?|translated[ ]by|terj\.|penerj\.)(?:[ ]|$)",
    regex.I)
