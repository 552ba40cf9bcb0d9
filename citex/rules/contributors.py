"""Translators ("terj.", "Trans."), editors ("ed.", "peny.", "(Eds.)", "edited by") and
editions ("Cet. II", "Edisi ke-3", "2nd ed.").
"""
from __future__ import annotations

import regex

from ..names import looks_like_names, parse_names
from ..patterns import ABBREVIATED_GIVEN_NAME, CONTAINER_INTRO_RE, EDITION_RE, EDITOR_RE, ORDINAL_EDITION_RE, TRANSLATOR_RE
from .work import HOLE, Work

# a stop after a name's last word, not an initial's or a given name's Indonesian writers
# abbreviate ("terj. Moh. Zuhri dan Ahmad Qarib"): where translators' names may end
_NAME_END_STOP = r"(?<!\b\p{Lu})(?<!\b" + ABBREVIATED_GIVEN_NAME + r")\.[ ](?!\p{Lu}\.)"
# (UM's "Terjemahan oleh Achmad Fawaid & Ateilla Mirza. 2011. Yogyakarta: ...": the translation's year after them;
# "terj. Salman Harun dkk., Hukum Zakat (Jakarta: ...": the names end with "dkk.", before the translation's title)
_TRANSLATOR_END_RE = regex.compile(r"(?:\(|\)|;|" + _NAME_END_STOP + r"(?=\p{Lu}\p{Ll}|(?:1[5-9]|20)\d\d\b)|,[ ](?!dkk|et al)(?=\p{Lu}\p{Ll}+[ ]?\p{Lu}?\p{Ll}*[,:(])"
                                r"|(?<=\b(?:dkk|et[ ]al)\.),[ ]|,[ ]?(?:Jilid|Juz|Vol|Cet|Edisi)|$|\x00)")

_TRANSLATED_BY_END_RE = regex.compile(r"(?:[,;()]|" + _NAME_END_STOP + r"(?=\p{Lu}\p{Ll}|\d)|$|\x00)")
_EDITED_BY_RE = regex.compile(r"\b(?:edited by|eds?\. by|disunting oleh|diedit oleh|a cura di|hrsg\. von|herausgegeben von)[ ]", regex.I)
# a note's editors after the book they edited: ', dalam Islam Nusantara, ed. Akhmad Sahal dan
# Munawir Aziz (Bandung', ", peny. Abuddin Nata (Jakarta" (not an edition: ", Ed. Revisi")
_EDITED_BY_AFTER_COMMA_RE = regex.compile(
    r"(?<=,[ ])(?:[Ee]d\.[ ]oleh|[Ee]ds?\.|[Pp]eny\.|[Pp]enyunting|[Ee]ditors?)[ ](?!(?:Revisi|Revised|Baru|ke-)\b)(?=\p{Lu}\p{Ll})")
_ROMAN_RE = regex.compile(r"[ivxlc]+", regex.I)

# ", eds." / ", editor." after the names opening a Chicago or MLA entry, before its title
_EDITORS_HEAD_MARK_RE = regex.compile(r',[ ](?:eds?|editors?)\.(?=[ ][\p{Lu}"“*])')
# where editors' names end: not at an initial's stop ("edited by R. V. Cassill, 5th ed."), nor
# at a comma before the next name's initial ("Edited by G. Baum, E. Cunitz and E. Reuss.") or
# before more names the last of which "dan"/"and" joins ("disunting oleh Thomas Herbst, Hans-Jörg
# Schmid, dan Susen Faulhaber.")
_MORE_EDITOR_NAMES = r"(?:[ ](?:dan|and|&)[ ]|(?:[ ]\p{Lu}[\p{L}'’-]*+){1,4}+,[^.;:()\x00]{0,160}?[ ](?:dan|and|&)[ ])"
_EDITOR_NAMES_END_RE = regex.compile(r"(?:,(?![ ]\p{Lu}\.)(?!" + _MORE_EDITOR_NAMES + r")|[;(]|(?<!\b\p{Lu})\.[ ]|$|\x00)")
_EDITORS_IN_BRACKETS_RE = regex.compile(r"\((?:eds?\.?|edd\.)[ ]([^()]{2,200}+)\)", regex.I)
_APA_EDITORS_RE = regex.compile(r"\(([^()]{2,200}),[ ]?(?:Eds?|Peny|Pnyt)\.\)")

_ORDINAL_WORDS = {"pertama": "1", "kedua": "2", "ketiga": "3", "keempat": "4", "kelima": "5",
                  "keenam": "6", "ketujuh": "7", "kedelapan": "8", "kesembilan": "9",
                  "kesepuluh": "10", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
                  "revised": "Revised", "rev.": "Revised", "expanded": "Expanded", "revisi": "Revisi",
                  "baru": "Baru"}

# APA: "(T. Wibowo, Penerj.; Edisi ke-2)", "(N. Yusron, Penerj.)", "(A. Sheridan, Trans.)"
_NAMES_BEFORE_TRANSLATOR_LABEL_RE = regex.compile(
    r"(\p{Lu}[\p{L}'’-]++,[ ](?:\p{Lu}\.[ ]?+){1,3}+|(?:\p{Lu}\.[ ]?+){0,3}+(?:\p{Lu}[\p{L}'’-]++[ ]){0,3}"
    r"\p{Lu}[\p{L}'’-]++)[ ]?\((?i:trans|tr|terj|penerj)\.?\)")
# CSE's names, family then initials, before their part: "Sumantri B, penerjemah.", "Smith J, Lee K, translators."
CSE_TRANSLATORS_RE = regex.compile(
    r"(?<=\.[ ])((?:\p{Lu}[\p{L}'’-]++[ ]\p{Lu}{1,3}+(?:,[ ]|[ ](?:dan|and|&)[ ])){0,5}\p{Lu}[\p{L}'’-]++[ ]\p{Lu}{1,3}+)"
    r",[ ](?:penerjemah|translators?|alih[ ]bahasa)[.;](?=[ ]|$)")
# the original's title after a translation's facts: "Terjemahan dari: Principles and ...", "Translation of: ..."
TRANSLATED_FROM_RE = regex.compile(r"(?<=\.[ ])(?:Terjemahan[ ]dari|Translation[ ]of)[ ]?:[ ]([^.\x00]{2,200}+)\.?(?=[ ]|$)")
_APA_TRANSLATOR_RE = regex.compile(r"\(([^();]{2,120}?),[ ]?(?:penerj|terj|trans|pent)\.?[ ]?(?=[;)])", regex.I)


def translator(work: Work, context: str) -> None:
    if not work.mentions(("terj", "penerj", "translat", "trans.", "alih bahasa", "pent", "(tr.", "diindonesiakan",
                          "dialihbahasakan")):
        return
    original = TRANSLATED_FROM_RE.search(work.buf)
    if original:
        # IPB's and CSE's "Terjemahan dari: Principles and Procedures of Statistics.": the original's title
        work.fields["original-title"] = original.group(1).strip()
        work.take(original.start(), original.end())
    cse = CSE_TRANSLATORS_RE.search(work.buf)
    if cse:
        # IPB's and CSE's "... Biometrik. Sumantri B, penerjemah. Jakarta: ...": the names, then their part
        work.fields["translator"] = parse_names(cse.group(1), inverted_first=True)
        work.take(cse.start(), cse.end())
        return
    apa = _APA_TRANSLATOR_RE.search(work.buf)
    if apa and looks_like_names(apa.group(1)):
        work.fields["translator"] = parse_names(apa.group(1))
        work.take(apa.start() + 1, apa.end())
        return
    before_label = _NAMES_BEFORE_TRANSLATOR_LABEL_RE.search(work.buf)
    if before_label and looks_like_names(before_label.group(1)):
        # "Timothy Bahti (trans.)", "Hanson, S. (trans.)": the translator before the label
        work.fields["translator"] = parse_names(before_label.group(1), inverted_first="," in before_label.group(1))
        work.take(before_label.start(), before_label.end())
        return
    found = TRANSLATOR_RE.search(work.buf)
    if found:
        # MLA joins translators with "and", never a comma: "Translated by Alan Sheridan, 2nd ed.,"
        english = found.group().strip().casefold() == "translated by"
        _take_names_after(work, found, _TRANSLATED_BY_END_RE if english else _TRANSLATOR_END_RE, "translator")


def _take_names_after(work: Work, label, names_end_re, role: str) -> None:
    """The names after a label ("terj.", "edited by") up to where ``names_end_re`` says they
    stop become ``role``; the label and the names are taken."""
    rest = work.buf[label.end():]
    stop = names_end_re.search(rest)
    end = label.end() + (stop.start() if stop else len(rest))
    names_text = rest[:end - label.end()]
    if any(map(str.isdigit, names_text)):
        return      # "Edited by G. S. Bayer in 1728.": a title's words, no list of names
    names = parse_names(names_text)
    if names:
        work.fields[role] = names
    work.take(label.start(), end)


def editor(work: Work, context: str) -> None:
    if not work.mentions(("edited", "disunting", "diedit", "(ed", "(peny", "(pnyt", "penyunting", "editor", "(hrsg", "(hg", "(dir",
                          "ed. by", "eds. by", "a cura di", "hrsg. von", "herausgegeben", ", ed", ", peny", "(org", "(coord")):
        return
    head_mark = _EDITORS_HEAD_MARK_RE.search(work.buf, 0, 160)
    if head_mark and looks_like_names(work.buf[:head_mark.start()].strip(" " + HOLE)):
        # Chicago's and MLA's "Lee, Ann, and Bo Kim, eds. Title.": the names that open the
        # entry edited the book (made editors below, once the authors are read)
        work.fields["_editors_lead"] = work.buf[:head_mark.start()].strip(" " + HOLE)
        work.take(head_mark.start(), head_mark.end())
        return
    found = _EDITED_BY_RE.search(work.buf) or _note_editors_mark(work.buf)
    if found:
        _take_names_after(work, found, _EDITOR_NAMES_END_RE, "editor")
        return
    # "In M. Cole (Ed.), Title" / "dalam Nama (ed.), Judul": names before the label are editors.
    found = EDITOR_RE.search(work.buf)
    if not found and "(ed" in work.lower:
        # Nature: "in Strongly Interacting Matter (eds Kharzeev, D. et al.) 433–468"
        inner = _EDITORS_IN_BRACKETS_RE.search(work.buf)
        if inner and looks_like_names(inner.group(1)):
            work.fields["editor"] = parse_names(inner.group(1), inverted_first=True)
            work.take(inner.start(), inner.end())
        return
    if found:
        before = work.buf[:found.start()]
        intro = None
        for intro in CONTAINER_INTRO_RE.finditer(before):
            pass
        if intro is not None:
            names_text = before[intro.end():].strip(" ,")
            if looks_like_names(names_text):
                work.fields["editor"] = parse_names(names_text)
                work.fields["_chapter"] = True
                work.take(intro.start(), found.end())
                return
        # APA "(M. Cole, V. John-Steiner, & E. Souberman, Ed.)" after the title
        inner = _APA_EDITORS_RE.search(work.buf)
        if inner and looks_like_names(inner.group(1)):
            work.fields["editor"] = parse_names(inner.group(1))
            work.take(inner.start(), inner.end())
            return
        head = before.strip(" ,." + HOLE)
        if found.group().startswith("(") and looks_like_names(head):
            # "Foley, J. M. (Ed.). (1986)." / "J.M. Foley (ed.), Title, Place 1986": the names
            # that open the reference edited the book; if the authors read are these names
            # (not "Wagner, Richard, Mein Leben, Eike Middell (ed.)"), they are its editors
            work.fields["_editors_lead"] = head
        work.take(found.start(), found.end())


def _note_editors_mark(buf: str):
    """The mark before a note's editors, who come after the book and before its bracketed facts
    (", ed. Akhmad Sahal dan Munawir Aziz (Bandung: Mizan, 2015)"); not the mark of AAA's and
    CSE's lists, whose editors come before it (", B. da Costa and K. Philip, eds. Pp. 12–30"),
    before a title (", ed. Lead in the environment. Washington") or before a town."""
    found = _EDITED_BY_AFTER_COMMA_RE.search(buf)
    if not found:
        return None
    rest = buf[found.end():]
    stop = _EDITOR_NAMES_END_RE.search(rest)
    if stop and rest[stop.start():stop.start() + 1] == "(" and looks_like_names(rest[:stop.start()]):
        return found
    return None


def edition(work: Work, context: str) -> None:
    if not work.mentions(("cet", "edisi", "ed.", "ed ", "edn", "edition", "revis", "expanded", "second", "third",
                          "fourth", "fifth")):
        return
    found = EDITION_RE.search(work.buf)
    if not found:
        alone = ORDINAL_EDITION_RE.search(work.buf)
        if alone:
            # (kept as written: "Third" is what the reference manager's field holds)
            work.fields["edition"] = alone.group(1)
            work.take(alone.start(), alone.end())
        return
    value = found.group(1) or found.group(2) or found.group(3) or ""
    value = _ORDINAL_WORDS.get(value.casefold(), value)
    if _ROMAN_RE.fullmatch(value):
        value = value.upper()
    elif value[:1].isalpha():
        value = value[:1].upper() + value[1:]
    work.fields["edition"] = value
    work.take(found.start(), found.end())
