"""Parse one reference string — a footnote citation or a reference-list entry — into CSL fields.

The parser works on spans: each stage finds its piece (URL, DOI, access date, genre,
edition, volume and issue, pages, year, title, authors, place and publisher) in what the
earlier stages left, records the field and blanks the span out of a working copy. What is
left at the end becomes publisher or container. The reference always survives with its raw
text; a piece that cannot be read becomes a warning, not an exception.

``context`` is ``"note"`` for a footnote (a trailing page is a pinpoint locator) or
``"entry"`` for a reference-list entry (a page range is the work's pages, and the first
author is written "Family, Given").
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from . import lexicon
from .csl_types import CONFERENCE_RE as _CONFERENCE_RE
from .csl_types import decide_type, names_a_publisher
from .dates import month_number, parse_date
from .models import Reference
from .names import INITIALS_ONLY_RE, family_with_capitals, is_institution, looks_like_names, parse_names, single_family
from .patterns import (
    ABBREVIATED_GIVEN_NAME,
    ACCESSED_RE,
    AND_WORD_START_RE,
    CONTAINER_INTRO_RE,
    DASH_SPACED_RE,
    DOI_RE,
    EDITION_RE,
    EDITOR_RE,
    GENRE_RE,
    ISSUE_LABEL_RE,
    ITALIC_JOURNAL_AND_VOLUME_RE,
    ITALIC_NUMBER_RE,
    ITALIC_RE,
    LAW_NUMBER_RE,
    LAW_YEAR,
    LEADING_NUMBER_RE,
    LEGISLATION_RE,
    NO_YEAR_RE,
    PAGE_LABEL_RE,
    PLACE_PUBLISHER_RE,
    QUOTED_RE,
    REPORT_NUMBER_RE,
    REPRINT_NOTE_RE,
    REPRINT_WORDS,
    THESIS_WORDS,
    TRAILING_PAGES_RE,
    TRANSLATOR_RE,
    UNPUBLISHED_ID,
    UNPUBLISHED_WORK_RE,
    URL_RE,
    VOLUME_BEFORE_NO_RE,
    VOLUME_ISSUE_RE,
    VOLUME_PAGES_RE,
    VOLUME_PAREN_RE,
    YEAR_PAREN_RE,
    YEAR_RE,
    may_say_no_year,
    repeated_author,
    signal_at,
)

# Small patterns of this module, compiled once.
# "Tahun 2003"; the constitution is named by its year: "UUD 1945", "UUD NRI 1945"
_LAW_YEAR_RE = regex.compile(LAW_YEAR + r"|^UUD(?:[ ]NRI)?[ ](\d{4})\b", regex.I)
# a stop after a name's last word, not an initial's or a given name's Indonesian writers
# abbreviate ("terj. Moh. Zuhri dan Ahmad Qarib"): where translators' names may end
_NAME_END_STOP = r"(?<!\b\p{Lu})(?<!\b" + ABBREVIATED_GIVEN_NAME + r")\.[ ](?!\p{Lu}\.)"
_TRANSLATOR_END_RE = regex.compile(r"(?:\(|\)|;|" + _NAME_END_STOP + r"(?=\p{Lu}\p{Ll})|,[ ](?!dkk|et al)(?=\p{Lu}\p{Ll}+[ ]?\p{Lu}?\p{Ll}*[,:(])|,[ ]?(?:Jilid|Juz|Vol|Cet|Edisi)|$|\x00)")
ORIGINAL_DATE_RE = regex.compile(r"\((?:karya asli diterbitkan|original work published)[ ]((?:1[5-9]|20)\d\d)\)\.?",
                                   regex.I)
_TRANSLATED_BY_END_RE = regex.compile(r"(?:[,;()]|" + _NAME_END_STOP + r"(?=\p{Lu}\p{Ll}|\d)|$|\x00)")
_EDITED_BY_RE = regex.compile(r"\b(?:edited by|eds?\. by|disunting oleh|diedit oleh|a cura di|hrsg\. von|herausgegeben von)[ ]", regex.I)
# a note's editors after the book they edited: ', dalam Islam Nusantara, ed. Akhmad Sahal dan
# Munawir Aziz (Bandung', ", peny. Abuddin Nata (Jakarta" (not an edition: ", Ed. Revisi")
_EDITED_BY_AFTER_COMMA_RE = regex.compile(
    r"(?<=,[ ])(?:[Ee]d\.[ ]oleh|[Ee]ds?\.|[Pp]eny\.|[Pp]enyunting|[Ee]ditors?)[ ](?!(?:Revisi|Revised|Baru|ke-)\b)(?=\p{Lu}\p{Ll})")
_ROMAN_RE = regex.compile(r"[ivxlc]+", regex.I)
_MONTH_AFTER_RE = regex.compile(r",[ ]?(\p{L}{3,10})(?=\.)")
_MONTH_BEFORE_RE = regex.compile(r"(\p{L}{3,10})\.?[ ]?$")
# the day before a month: "3 " of ", 3 Maret 2020", "(12 February 1988)", '"Judul." 21 September
# 2019' (after a comma, an opening bracket, a closing quotation mark or a stop; not after a
# number's abbreviation: "No. 13 Maret")
_DAY_BEFORE_RE = regex.compile(
    r"(?:^|(?<=[,(][ ]?|[\"”’][ ]|(?<!\b(?:[Nn]o|[Nn]r|[Vv]ol|hlm|[Hh]al|[Pp]p?|[Hh]|[Ee]dn?|Cet|[Ss]er|[Pp]t|Juz|Jilid|Bab))\.[ ]))(\d{1,2})[ ]$")
_WORD_BEFORE_RE = regex.compile(r"(\p{L}{3,10})\.?$")
_FILLER_WORD_RE = regex.compile(r"(?:dalam|in|dan|and|pdf|tahun|online|tersedia|available|at|from|url|di|pada)\.?", regex.I)
_EMPTY_BRACKETS_RE = regex.compile(r"[ ]?(?:\([ ;,]*\)|\[[ ;,]*\])")
# ", eds." / ", editor." after the names opening a Chicago or MLA entry, before its title
_EDITORS_HEAD_MARK_RE = regex.compile(r',[ ](?:eds?|editors?)\.(?=[ ][\p{Lu}"“*])')
# where editors' names end: not at an initial's stop ("edited by R. V. Cassill, 5th ed."), nor
# at a comma before the next name's initial ("Edited by G. Baum, E. Cunitz and E. Reuss.")
_EDITOR_NAMES_END_RE = regex.compile(r"(?:,(?![ ]\p{Lu}\.)|[;(]|(?<!\b\p{Lu})\.[ ]|$|\x00)")
_EDITORS_IN_BRACKETS_RE = regex.compile(r"\((?:eds?\.?|edd\.)[ ]([^()]{2,200}+)\)", regex.I)
_APA_EDITORS_RE = regex.compile(r"\(([^()]{2,200}),[ ]?(?:Eds?|Peny)\.\)")
_PUNCTUATION_BEFORE_RE = regex.compile(r"[.,][ ]?$")
_PUNCTUATION_AFTER_RE = regex.compile(r"[a-z]?[.,)]")
_CONTAINER_INTRO_PIECE_RE = regex.compile(r"[ .]*+(?:dalam|in|di dalam)[: ]+((?:\p{Lu}|\d).+)$", regex.I)
_TWO_LETTERS_RE = regex.compile(r"\p{L}{2}")
DOI_IN_URL_RE = regex.compile(r"doi\.org/(10\.\S+)", regex.I)
# "Tersedia pada: https://...", "Available from <...>", "URL: ...": the words that introduce a link
URL_INTRO_RE = regex.compile(r"(?:tersedia(?:[ ](?:pada|di|dari))?|available(?:[ ](?:at|from|online))?|retrieved(?:[ ]from)?|"
                             r"diakses(?:[ ]dari)?|diunduh(?:[ ]dari)?|url|online)[ ]?:?", regex.I)
_URL_INTRO_BEFORE_RE = regex.compile(r"(?<![\p{L}])" + URL_INTRO_RE.pattern + r"[ ]*+<?$", regex.I)
JOURNAL_START_RE = regex.compile(r"(?:jurnal|journal|proceedings|prosiding|bulletin|buletin|transactions)\b",
                                   regex.I)
_AND_WORD_INSIDE_RE = regex.compile(r"[ ](?:dan|and|&)[ ]")
_ET_AL_PIECE_RE = regex.compile(r"(?:dkk|et al)\.?", regex.I)
_ABBREVIATION_END_RE = regex.compile(r"(?:\b\p{Lu}|\b(?:dkk|al|et al|Ltd|Inc|Co|Jr|Sr|Ed|Eds|ed|eds|St))\.$")
_DASH_RE = regex.compile(r"[-–]")
_UNIVERSITY_RE = regex.compile(r"univ|institut|sekolah tinggi|uin|iain|stain|college|fakultas|fak\.", regex.I)
_NUMBERS_ONLY_RE = regex.compile(r"[\d\s.,-]+")

HOLE = "\x00"
MAX_REFERENCE_LENGTH = 4000

_ORDINAL_WORDS = {"pertama": "1", "kedua": "2", "ketiga": "3", "keempat": "4", "kelima": "5",
                  "keenam": "6", "ketujuh": "7", "kedelapan": "8", "kesembilan": "9",
                  "kesepuluh": "10", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
                  "revised": "Revised", "rev.": "Revised", "expanded": "Expanded", "revisi": "Revisi",
                  "baru": "Baru"}
_SENTENCE_END_RE = regex.compile(r"(?<=\S)[.?!][ ]+(?=\S)")
# (and the given names Indonesian writers abbreviate: "Moh. Mahfud MD", "Muh. Yusuf", "Abd. Rahman")
_INITIAL_BEFORE_RE = regex.compile(
    r"(?:^|[ .,\-])(?:\p{Lu}|Th|Ch|Sh|St|Jr|Sr|Mc|Univ|Dept|Inst|Fak|Jur|" + ABBREVIATED_GIVEN_NAME + r")$")


def _after_initial(buf: str, start: int, at: int) -> bool:
    """Is the period at ``at`` an initial's or an abbreviation's (in the piece from ``start``)?
    Only the last five characters can tell (the longest abbreviation and the character before
    it): looking at no more keeps a text of many periods linear."""
    return bool(_INITIAL_BEFORE_RE.search(buf[max(start, at - 5):at]))
_LEADING_YEAR_RE = regex.compile(r"^[ ]*((?:1[5-9]|20)\d{2})[ ]+(?=\p{Lu})")
_FAMILY_DOT_INITIALS_START_RE = regex.compile(
    r"^(\p{Lu}[\p{L}'’-]{1,40}+\.[ ]?(?:\p{Lu}\.?[ ]?){1,4}+)[ ]?,")
_TAHUN_RE = regex.compile(r"\b(?:tahun|year)[ ]?$", regex.I)


@dataclass
class _Work:
    """The reference with the parts already read blanked out (offsets never move)."""

    text: str
    buf: str = ""
    fields: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    locator: str | None = None

    def __post_init__(self) -> None:
        self.buf = self.text
        self.lower = self.text.casefold()

    def mentions(self, words: tuple[str, ...]) -> bool:
        """A cheap test before a costly pattern: does the text contain any of these?"""
        lower = self.lower
        for word in words:
            if word in lower:
                return True
        return False

    def take(self, start: int, end: int) -> None:
        if end > start:
            self.buf = self.buf[:start] + HOLE * (end - start) + self.buf[end:]

    def is_free(self, start: int, end: int) -> bool:
        return HOLE not in self.buf[start:end]


# a lower-case word of four letters or more run into a capital ("iPhone", "macOS" stay), a
# closing bracket run into a capitalised word, a stop after a word or a comma run into the next
# word ("arcs.Science", "Phys.Rev", "T.Korzec,U. Wolff"), an initial into a family name
# ("E.R.Wittkopf"; not degrees: "S.Th.", "S.Kom"), a year into the title ("2013Interferometer"),
# a town's colon into its publisher ("Jakarta:Rineka Cipta", "Bandung:PT Remaja Rosdakarya")
_GLUED_WORDS_RE = regex.compile(
    # (each place is right before a capital: tried first, that test fails fast where none is)
    r"(?=\p{Lu})(?:(?<=(?<![\p{L}\d])\p{Ll}{4,}+)|(?<=[)\]])(?=\p{Lu}\p{L})"
    r"|(?<=\p{Ll}\p{Ll}\.)(?=\p{Lu}\p{Ll}|\p{Lu}\.|\p{Lu}(?!\p{L}))|(?<=[\p{L}.],)(?=\p{Lu}\p{Ll}{0,8}+\.)"
    r"|(?<=(?<!\p{L})\p{Lu}\.)(?=\p{Lu}\p{Ll}{3,}+(?![.\p{L}]))|(?<=(?<!\d)(?:1[5-9]|20)\d\d)(?=\p{Lu}\p{Ll}{2})"
    r"|(?<=\p{Ll}\p{Ll}:))")
# where any of them may be: a capital after a lower-case letter, bracket, stop, comma, digit or
# colon (one class in a lookbehind scans faster still)
_GLUE_HINT_RE = regex.compile(r"(?<=[\p{Ll})\],.\d:])\p{Lu}")
# a comma run into the year after a word, a bracket or a page range: "Komunitas Bambu,2013)",
# "pp. 12–20,2021." (not "1,2013": a number's thousands)
_GLUED_YEAR_RE = regex.compile(r"(?<=[\p{L})\]]|\d[-–]\d{1,5}+),(?=(?:1[5-9]|20)\d\d(?!\d|[/.-]\d))")
# right after a comma run into a word, a name or an opening quotation ("Ali,Zainuddin", "RI,“Profil",
# "),hlm.", "6,no. 4", "Kompas,15 Maret", "14(2),145–158"), a state's and its publisher's ("Glencoe,IL:
# Free Press"), or a colon run into the pages after a year's or a range of issues' bracket ("(2022):6313",
# "8(1-4):281–298"); not "Cu,Zn", "1,5", "a,b", a straight quotation mark (which closes as often:
# '"Title," Journal'), nor Vancouver's "312(7023):71-2" (read as written)
# (each branch opens with its mark, which the engine finds fast: most places are no comma or colon)
_GLUED_MARK_RE = regex.compile(
    r",(?:(?<=[\p{L}\d”’)\]],)(?=\p{Ll}[\p{Ll}.]|\p{Lu}\p{Ll}{2}|“)|(?<=\p{L}\p{L},|\d\),)(?=\d))"
    r"|,(?<=\p{Ll},)(?=\p{Lu}{2}:)|:(?<=(?<!\p{L})\p{Lu}{2}:)(?=\p{Lu}\p{Ll}{2})"
    r"|:(?:(?<=\((?:1[5-9]|20)\d\d[a-z]?\):)(?=\d)|(?<=\d[-–]\d{1,4}+\):)(?=\d++[-–]\d))")
# right after a stop run into what follows it: "2017.Metodologi", "Nana.2010.", "S.2003.", "J Kesehat
# Masy.2019;7(3)", "Statistik.(2021)", "E.(2013)", "(2010).Psikologi", "hlm.45", "Jilid II.Yogyakarta",
# "[Internet].Jakarta", "Naïve Bayes.JURNAL", "UMKM.Diakses", "Cetakan ke-11.Jakarta"
# (a year's stop before a word, a name's before its year, a closing bracket's before a word, an
# Indonesian page label's before its number; not "2.5", "No.5", "U.S.", "10.1016", nor "pp.553", which
# the readers know)
_GLUED_STOP_RE = regex.compile(
    r"\.(?=[\p{L}\d(])(?:(?<=(?<!\d)(?:1[5-9]|20)\d\d[a-z]?\.)(?=\p{Lu}\p{Ll})"
    r"|(?<=\p{Ll}{2}\.|(?<!\p{L})\p{Lu}\.)(?=(?:1[5-9]|20)\d\d[a-z]?(?:[;,:]|\.(?!\d)))"
    r"|(?<=[\p{L})]\.)(?=\((?:1[5-9]|20)\d\d)"
    r"|(?<=[)\]]\.)(?=\p{Lu}\p{Ll})|(?<=\p{Ll}{2}\.)(?=\p{Lu}{3})|(?<=(?<!\p{L})\p{Lu}{2,}+\.)(?=\p{Lu}\p{Ll}{2})"
    r"|(?<=(?<![\d.,])\d{1,3}+\.)(?=\p{Lu}\p{Ll}{2})"
    r"|(?<=(?<!\p{L})(?:hlm|hal|h)\.)(?=\d)"
    r"|(?<=(?<!\p{L})[IVX]{1,4}+\.)(?=\p{Lu}\p{Ll}{2}))")
# a link run onto what came before it: "145–158.https://doi.org/...", "33-41.doi:10.14710/..."
_GLUED_LINK_RE = regex.compile(r"(?<=[\p{L}\d)][.,;])(?=https?://|www\.|doi:)")


# a space before a stop or comma run into the next word or number, before a colon or semicolon,
# before a closing bracket, or before or after a hyphen between numbers; a space inside an
# opening bracket. The stop must follow a word (" ..." is an ellipsis, " .NET" a name). Every
# branch but the last opens with the space or the bracket, which most places are not: the
# search moves on at once there (and the last is tried on text with "- " only).
_PDF_SPACING_RE = regex.compile(
    r"[ ](?:(?<=[\p{L}\d)\]\x22”][ ])(?P<mark>[.,])(?=\p{Lu}\p{Ll}|\p{Lu}(?!\p{L})|\d|[ ,;:]|$|(?:and|et|dan)[ ])"
    r"|(?<=[\p{L}\d)][ ])(?P<colon>[:;])(?=[ ]|$)"
    r"|\)(?P<page>\d)?+|(?<=\d[ ])(?=[-–]\d))"
    r"|\([ ](?:(?P<inside>[^()]{1,60}+)\)(?P<after>\d)?+)?+"
    r"|(?<=\d)(?P<dash>[-–])[ ](?=\d)")


_BROKEN_SCHEME_RE = regex.compile(r"\b(https?|ftp)[ ]://", regex.I)


# a word a line's end broke at a hyphen, read with the space of the line break: "pen- elitian"
# (the part after in lower case: "Martin- Facklam" may be a double name)
_LINE_END_HYPHEN_RE = regex.compile(r"(?<=(?<![\p{L}\d])(\p{L}++))-[ ](?=(\p{Ll}++))")


_SUSPENDED_HYPHEN_WORDS = frozenset({"and", "or", "to", "dan", "atau", "hingga", "sampai", "und", "et", "ou", "y"})


def mend_line_end_hyphens(text: str) -> str:
    """A word a line's end broke at a hyphen made one again: "Metode pen- elitian", "anak- anak"."""
    return _LINE_END_HYPHEN_RE.sub(_mend_line_end_hyphen, text) if "- " in text else text


def _mend_line_end_hyphen(found) -> str:
    """One word again ("pen- elitian": "penelitian"), but Indonesian's repeated words keep their
    hyphen: "anak- anak", "sehari- hari", "Dasar- dasar", "buku- bukunya"."""
    before, after = found.group(1).casefold(), found.group(2)
    text = found.string
    word_start = text.rfind(" ", 0, found.start()) + 1
    if "/" in text[word_start:found.start()] or text.startswith("www.", word_start):
        return "-"        # a link the line broke after a hyphen of its own: "www.mamrot.gouv.qc.ca/developpement- regional"
    if after in _SUSPENDED_HYPHEN_WORDS:
        return "- "       # "pre- and post-test", "jangka pendek- dan ...": a hyphen that waits for its word
    if len(after) >= 3 and (before.endswith(after) or after.startswith(before)):
        return "-"
    return ""


def _mend_pdf_spacing(found, in_brackets: bool = False) -> str:
    if found.group("dash"):
        return found.group("dash")              # "9463- 9468" -> "9463-9468"
    if found.group("colon"):
        # "( Jakarta : Djambatan , 1971 )" -> "(Jakarta: Djambatan, 1971)": a note's publication
        # facts; elsewhere French sets " : " by rule ("Biodiversités : objets, ...") and keeps it
        return found.group("colon") if in_brackets else found.group(0)
    mark = found.group("mark")
    if mark:
        after = found.string[found.end():found.end() + 1]
        return mark if after in ("", " ", ",", ";", ":") else mark + " "
    text = found.group(0)
    if text.startswith("( "):
        # "2438( 1969)" -> "2438 (1969)", "871( 2013)145" -> "871 (2013) 145"
        inside, after = found.group("inside", "after")
        opening = " (" if found.start() > 0 and found.string[found.start() - 1].isalnum() else "("
        if inside is None:
            return opening
        inside = _PDF_SPACING_RE.sub(_mend_in_brackets, inside.strip())   # (no bracket inside: one level)
        return f"{opening}{inside})" + (f" {after}" if after else "")
    if text.startswith(" )"):
        page = found.group("page")
        return f") {page}" if page else ")"     # "(2012 )094506" -> "(2012) 094506"
    return ""                                   # "47 -61"


def _mend_in_brackets(found) -> str:
    return _mend_pdf_spacing(found, in_brackets=True)


# "Diterbitkan pada Jurnal Administrasi Publik, ...": the words saying where an article appeared,
# before its journal's name (dropped, as "In" before a journal is)
_PUBLISHED_IN_RE = regex.compile(
    r"(?<![\p{L}])[Dd]iterbitkan[ ](?:pada|dalam|di)[ ](?=(?:Jurnal|Journal|Majalah|Prosiding|Buletin|Harian)\b)")
# a Markdown link: "[The Economist as Engineer](https://...)"
_MARKDOWN_LINK_RE = regex.compile(r"\[([^\[\]]{1,300}+)\]\(((?:https?://|www\.)[^\s()]{1,600}+)\)")


@functools.lru_cache(maxsize=1024)
def reference_text(text: str) -> str:
    """The text both parsers read: one line, single spaces, at most MAX_REFERENCE_LENGTH."""
    # APA sets volume numbers in italics too ("*5*(1)"): a number is never a title
    text = " ".join(text.split())
    if "*" in text:
        text = ITALIC_NUMBER_RE.sub(r"\1", text)
        if ",*" not in text:
            text = ITALIC_JOURNAL_AND_VOLUME_RE.sub(r"*\1*, \2", text)
    if ("''" in text or "``" in text) and text.count("''") + text.count("``") >= 2:
        # a quotation typed with two apostrophes, or TeX's ``...'': ''Judul Artikel.'' Jurnal ...
        # (one pair of them alone may be a double prime: "beta'' precipitate")
        text = text.replace("``", '"').replace("''", '"')
    if "iterbitkan " in text:
        text = _PUBLISHED_IN_RE.sub("", text)
    if "](" in text:
        # a Markdown link, "[The Economist as Engineer](https://...)": its words, then the address
        text = _MARKDOWN_LINK_RE.sub(r"\1 \2", text)
    text = text[:MAX_REFERENCE_LENGTH]
    # PDF extraction (kerning read as spaces) puts spaces before stops and commas and inside
    # brackets: "transport .Phys .Rev .Lett .107 ,021601 ( 2011)", "47 -61"
    if (" ." in text or " ," in text or "( " in text or " )" in text or " -" in text or " :" in text or " ;" in text
            or "- " in text or "– " in text):
        text = _PDF_SPACING_RE.sub(_mend_pdf_spacing, text)
    if " ://" in text:
        text = _BROKEN_SCHEME_RE.sub(r"\1://", text)     # "https ://arxiv.org/abs/1604.01641"
    text = mend_line_end_hyphens(text)
    # (none of the mending below inside a link or an address: ".../paperCLG85.pdf", "...?a=1,2013")
    if "--" in text:
        # a thesis's genre and its university parted by a dash typed as two hyphens: "(Skripsi--UIN
        # Sunan Ampel, Surabaya, 2017)" (not a double-barrelled name so typed: "Lorenzi--Cioldi")
        text = _outside_links(_GENRE_DASH_RE, " – ", text)
    if ",1" in text or ",2" in text:
        text = _outside_links(_GLUED_YEAR_RE, ", ", text)     # "(Depok: Komunitas Bambu,2013)", "pp. 12–20,2021."
    # a comma or colon a PDF or a hasty hand ran into the next word: "Ali,Zainuddin", "),hlm. 7",
    # "Jurnal Basicedu 6,no. 4 (2022):6313"
    if (text.count(",") != text.count(", ") or "):" in text
            or text.count(":") != text.count(": ") + text.count("://")):      # (most references have none)
        text = _outside_links(_GLUED_MARK_RE, r"\g<0> ", text)
    if text.count(".") != text.count(". ") + text.endswith("."):
        if "http" in text or "www." in text or "doi:" in text:
            text = _GLUED_LINK_RE.sub(" ", text)
        text = _outside_links(_GLUED_STOP_RE, r"\g<0> ", text)
    # words a PDF or a style glued together: "coefficientsTurkish Journal", "(ACS)Komputa"
    if not _GLUE_HINT_RE.search(text):
        return text
    return _outside_links(_GLUED_WORDS_RE, " ", text)


_GENRE_DASH_RE = regex.compile(r"(?<=\b" + THESIS_WORDS + r")--(?=\p{L})", regex.I)


def _outside_links(pattern, replacement: str, text: str) -> str:
    """``pattern.sub(replacement, text)`` in every word but links and addresses."""
    if "/" not in text and "@" not in text and "www." not in text:
        return pattern.sub(replacement, text)
    out: list[str] = []
    words: list[str] = []       # the words since the last link, mended together
    for token in text.split(" "):
        if "/" in token or "@" in token or "www." in token:
            if words:
                out.append(pattern.sub(replacement, " ".join(words)))
                words = []
            out.append(token)
        else:
            words.append(token)
    if words:
        out.append(pattern.sub(replacement, " ".join(words)))
    return " ".join(out)


def parse_with_rules(text: str, context: str = "entry") -> Reference:
    """Parse one reference string with the hand-written rules alone.

    >>> ref = parse_with_rules("O. Sinaga, Implementasi Kebijakan Luar Negeri, Bandung: Lepsindo, 2010, Hal. 3-4", "note")
    >>> ref.fields["author"], ref.fields["title"], ref.fields["publisher"], ref.locator
    ([{'family': 'Sinaga', 'given': 'O.'}], 'Implementasi Kebijakan Luar Negeri', 'Lepsindo', '3-4')
    """
    raw = text
    work = _Work(reference_text(text))
    number = LEADING_NUMBER_RE.match(work.buf)
    if number:
        work.take(number.start(), number.end())
    signal = signal_at(work.buf, number.end() if number else 0)
    if signal:
        work.take(signal.start(), signal.end())    # "Lihat: Nurcholish Madjid, ...": see this work
    honorifics = _LEADING_HONORIFICS_RE.match(work.buf, signal.end() if signal else number.end() if number else 0)
    if honorifics and context == "note" and (honorifics.group().count(".") > 1 or "Prof" in honorifics.group()):
        # "Prof. Dr. Suharsimi Arikunto, ...": a note's titles before the name are no names (one
        # "Dr." alone may come with degrees after the name, "Dr. Irfansyah, M.Sn", read with it)
        work.take(honorifics.start(), honorifics.end())
    dashes = repeated_author(work.buf)
    if dashes and context == "entry":
        work.take(dashes.start(), dashes.end())  # the authors of the entry before
        work.fields["_authors_given"] = True
    for stage in (_urls, _doi, _accessed, _original_date, _legislation, _interview, _personal_communication, _genre,
                  _report_number, _translator, _editor, _edition, _hadith_number,
                  _volume_issue, _pages, _year, _title_and_authors, _container_and_publisher):
        stage(work, context)
    work.fields.pop("_place_before_year", None)
    publisher = work.fields.get("publisher")
    if (work.fields.get("_legislation") and isinstance(publisher, str) and "publisher-place" not in work.fields
            and publisher.casefold() in lexicon.PUBLISHING_CITIES):
        # "... tentang Penyelenggaraan Ketertiban Umum. Surabaya.": the town a law was made in
        work.fields["publisher-place"] = work.fields.pop("publisher")
    lead = work.fields.pop("_editors_lead", None)
    if lead and work.fields.get("author") and not work.fields.get("editor") and _names_of(lead, work.fields["author"]):
        work.fields["editor"] = work.fields.pop("author")
    _decide_type(work, context)
    fields = {k: v for k, v in work.fields.items() if v not in (None, "", [], {})}
    return Reference(raw=raw, fields=fields, locator=work.locator, warnings=tuple(work.warnings))


# "Prof. Dr. ", "Dr. H. ", "Drs. ", "Ir. ", "K.H. " before the first author's name or initials (a
# lone "H." may be an initial, "H. Erbse": only after another title)
_LEADING_HONORIFICS_RE = regex.compile(
    r"[ ]*+(?:Prof|Dr|Drs|Dra|Ir|KH|K\.H|Hj)\.(?:[ ]?(?:Prof|Dr|Drs|Dra|Ir|H|Hj|KH|K\.H)\.)*+[ ](?=\p{Lu}[\p{Ll}.])")


def _names_of(text: str, names: list[dict]) -> bool:
    """Are ``names`` all the names in ``text``? (Each of its words is in one of them.)"""
    read = {word for name in names for part in ("given", "family", "literal")
            for word in _WORD_RE.findall((name.get(part) or "").casefold())}
    return all(word in read or word in _NAME_CONNECTORS for word in _WORD_RE.findall(text.casefold()))


_WORD_RE = regex.compile(r"\w+")
_NAME_CONNECTORS = {"and", "dan", "und", "et", "al", "dkk"}


# ---- stages ------------------------------------------------------------------------------

def _hadith_number(work: _Work, context: str) -> None:
    """"Imam al-Bukhari, Sahih al-Bukhari, Kitab al-Iman, no. 8.": in a note citing a hadith
    collection, the number after it is the hadith's, the place cited (not an issue)."""
    if context != "note" or not work.mentions(_HADITH_COLLECTION_WORDS):
        return
    found = HADITH_NUMBER_END_RE.search(work.buf)
    if found and _HADITH_COLLECTION_RE.search(work.buf, 0, found.start()):
        work.locator = f"no. {found.group(2)}"
        if found.group(1):
            work.locator = f"{found.group(1).strip(' ,')}, {work.locator}"     # "Kitab al-Iman, no. 8"
        work.take(found.start(), found.end())


# "Sahih al-Bukhari", "Shahih Muslim", "Sunan Abi Dawud", "Musnad Ahmad", "Jami' at-Tirmidzi",
# "al-Muwatta'": the hadith collections, whose hadiths are cited by number
_HADITH_COLLECTION_WORDS = ("sahih", "shahih", "shohih", "sunan", "musnad", "jami", "muwatta", "muwaththa")
_HADITH_COLLECTION_RE = regex.compile(
    r"\b(?:sa|sha|sho)hih|\bsunan\b|\bmusnad\b|\bjami['’]?\b|\bmuwat(?:t|th)a", regex.I)
# ", no. 8.", ", No. 2564", ", hadis no. 12", ", Kitab al-Iman, no. 8": the hadith's number ending
# the note, and the book or chapter of the collection before it
HADITH_NUMBER_END_RE = regex.compile(
    r"((?:,[ ](?:kitab|kitāb|bab|bāb)[ ][^,]{1,80}+){1,3}+)?+,[ ](?:(?:hadis|hadits|hadith)[ ])?(?:no|nomor)\.?[ ]?(\d{1,5}+)[ ]*+\.?[ ]*+$",
    regex.I)

def _urls(work: _Work, context: str) -> None:
    if "[online]" in work.lower or "[internet]" in work.lower:
        # IEEE's "[Online]. Available: ...", Vancouver's "Hypertension [Internet].": the medium,
        # no publisher and no part of a title
        for medium in _MEDIUM_RE.finditer(work.buf):
            work.fields["_online"] = True
            work.take(medium.start(), medium.end())
    if not work.mentions(("http", "www.", "ftp", "htp")):
        return
    for found in list(URL_RE.finditer(work.buf)):
        url = clean_url(found.group(1))
        doi = DOI_IN_URL_RE.search(url)
        if doi and "DOI" not in work.fields:
            # "https://doi.org/10.3389/x" (APA) is the DOI written as a link: a DOI, not a URL
            work.fields["DOI"] = doi.group(1).rstrip(".,;")
        elif "URL" not in work.fields and url:
            work.fields["URL"] = url
        intro = _URL_INTRO_BEFORE_RE.search(work.buf, 0, found.start())
        work.take(intro.start() if intro else found.start(), found.end())


_MEDIUM_RE = regex.compile(r"[ ]?\[(?:online|internet)\]\.?", regex.I)


def clean_url(url: str) -> str:
    """Angle brackets and trailing punctuation off: ``<http://x.id/a>.`` -> ``http://x.id/a``."""
    url = url.strip().strip("<>")
    while url and url[-1] in ".,;:)]>\"'”’":
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def _doi(work: _Work, context: str) -> None:
    if "10." not in work.lower:
        return
    found = DOI_RE.search(work.buf)
    if found and work.is_free(found.start(1), found.end(1)):
        work.fields.setdefault("DOI", found.group(1).rstrip(".,;)"))
        work.take(found.start(), found.end())


def _original_date(work: _Work, context: str) -> None:
    """APA's "(Karya asli diterbitkan 2005)" / "(Original work published 2005)", and the first
    edition's year in brackets after the year ("2001[1953]", "1984 [1970]"). A reprint noted in
    brackets after the year ("Princeton 1934 (rist. New York 1965)", "(Rpt. 1988, 1992)") is a
    note: its town and year are not the work's."""
    reprint = REPRINT_NOTE_RE.search(work.buf) if work.mentions(REPRINT_WORDS) else None
    if reprint:
        work.fields["note"] = _clean_text(reprint.group(1))
        work.take(reprint.start(), reprint.end())
    bracketed = _BRACKETED_FIRST_YEAR_RE.search(work.buf) if "[" in work.buf else None
    if bracketed:
        work.fields["original-date"] = {"date-parts": [[int(bracketed.group(1))]]}
        work.take(bracketed.start(), bracketed.end())
    if not work.mentions(("karya asli", "original work")):
        return
    found = ORIGINAL_DATE_RE.search(work.buf)
    if found:
        work.fields["original-date"] = {"date-parts": [[int(found.group(1))]]}
        work.take(found.start(), found.end())


# "2001[1953]": the year of this edition, then of the first (only the bracket is taken)
_BRACKETED_FIRST_YEAR_RE = regex.compile(r"(?<=(?<!\d)(?:1[5-9]|20)\d\d[a-z]?)[ ]?\[((?:1[5-9]|20)\d\d)\]")


def _accessed(work: _Work, context: str) -> None:
    if not work.mentions(("akses", "access", "retriev", "diunduh", "diambil", "dikunjungi", "viewed", "download",
                          "cited")):
        if "URL" in work.fields and "[" in work.buf:
            _bracketed_access_date(work)
        return
    found = ACCESSED_RE.search(work.buf)
    if not found:
        return
    parts = parse_date(found.group(1))
    if parts:
        work.fields["accessed"] = {"date-parts": [parts]}
    else:
        work.warnings.append(f"unreadable access date {found.group(1)!r}")
    work.take(found.start(), found.end())


def _bracketed_access_date(work: _Work) -> None:
    """"http://www.pondokpesantren.net/... [30 Desember 2012, jam. 14.51 WIB]": a day (and a
    time) in square brackets right after the link is the day it was read."""
    found = _BRACKETED_ACCESS_RE.search(work.buf)
    if found:
        parts = parse_date(found.group(1))
        if parts:
            work.fields["accessed"] = {"date-parts": [parts]}
            work.take(found.start(), found.end())


# (after the link's hole) "[30 Desember 2012, jam. 14.51 WIB]", "[12 March 2019]"
_BRACKETED_ACCESS_RE = regex.compile(
    r"(?<=\x00)[ ]?\[(\d{1,2}[ ]\p{L}{3,10}+\.?[ ](?:19|20)\d\d)"
    r"(?:,?[ ](?:jam|pukul|at)\.?[ ]?\d{1,2}[.:]\d\d(?:[ ]?WI[BTA])?)?\]", regex.I)


# ", Pasal 3", ", Lembaran Negara ...", ", diterjemahkan oleh ..." or "(Jakarta: ..." after a law's name
_LAW_TAIL_RE = regex.compile(
    r"[,.]?[ ](?=(?:Pasal|Ayat|Lembaran Negara|Tambahan Lembaran|Berita Negara|LN|TLN|hlm|hal|h|diterjemahkan|terj|"
    r"penerj|translated)\b|\((?!(?-i:\p{Lu}{2,12}+)\)))", regex.I)     # (not its abbreviation: "(KUHP)")
# ", Pasal 3", "Pasal 28H ayat (1)", "Pasal 5 huruf a": an article of a law cited
_LAW_ARTICLE_RE = regex.compile(r"(?:Pasal|Ayat)[ ]\(?\d{1,4}+[A-Z]?\)?(?:[ ](?:ayat|huruf|angka)[ ]\(?[\da-z]{1,3}+\)?)*+", regex.I)
# "Nomor 1234 K/Pdt/2015": a decision's number ends with its year
_CASE_YEAR_RE = regex.compile(r"/((?:1[89]|20)\d{2})\b")
# "Nomor 46/PUU-VIII/2010", "Nomor 1234 K/Pdt/2015", "No. 12/Pid.B/2019/PN.Jkt.Pst": a decision's number
_CASE_NUMBER_RE = regex.compile(r"\b(?:nomor|no\.?)[ ]?(\d{1,5}+(?:[ ]\p{Lu}{1,4}+)?/[\p{L}\d.-]{1,16}+(?:/[\p{L}\d.-]{1,16}+){0,4}+)", regex.I)
# "Lembaran Negara Republik Indonesia Tahun 2014 Nomor 168", "Lembaran Negara RI Tahun 2003, No. 55",
# and the supplement that may follow ("Tambahan Lembaran Negara ... Nomor 8470")
_GAZETTE_RE = regex.compile(r"((?:Tambahan[ ])?(?:Lembaran|Berita)[ ]Negara(?:[ ](?:Republik[ ]Indonesia|RI))?)"
                            r"(?:[ ]Tahun[ ]\d{4})?(?:,?[ ](?:Nomor|No\.)[ ]?\d+)?"
                            r"(?:,[ ]Tambahan[ ]Lembaran[ ]Negara(?:[ ](?:Republik[ ]Indonesia|RI))?(?:[ ](?:Nomor|No\.)[ ]?\d+)?)?")


# who makes laws: "Republik Indonesia", "Indonesia", "Pemerintah Provinsi Jawa Barat", "Presiden
# Republik Indonesia", "Dewan Perwakilan Rakyat", "Kementerian Keuangan", "Mahkamah Agung"
_LAW_MAKER_RE = regex.compile(
    r"(?:Republik[ ]Indonesia|Indonesia|(?:Pemerintah|Presiden|Dewan|Kementerian|Menteri|Mahkamah|Majelis|Gubernur|"
    r"Bupati|Walikota|Wali[ ]Kota|Bank)(?:[ ]\p{Lu}[\p{L}.-]*+|[ ]dan){0,6}+)")


_LAW_MAKER_INITIALS = frozenset("RIPDKMGBW")
# what each of LEGISLATION_RE's words begins with (a cheap test before it)
_LAW_WORD_STARTS = ("undang", "kitab", "kuh", "kompilasi", "khi", "uu ", "uud ", "perm", "perp", "perd", "perg", "perb", "perw",
                    "kepm", "kepp", "inpres", "pp ", "peraturan", "keputusan", "instruksi", "perpu", "perppu", "ketetapan",
                    "surat", "putusan", "qanun")


# "(2019). " or "2003. " between a law's maker and the law
_YEAR_BEFORE_LAW_RE = regex.compile(r"\(?((?:1[5-9]|20)\d\d)\)?\.[ ]")


def _legislation(work: _Work, context: str) -> None:
    """"Undang-Undang Republik Indonesia Nomor 1 Tahun 2022 tentang ...": the whole name is
    the title; its number and year are read from it."""
    lead = len(work.buf) - len(work.buf.lstrip(" \x00"))
    article = _LAW_ARTICLE_RE.match(work.buf, lead) if work.buf[lead:lead + 5].casefold() in ("pasal", "ayat ") else None
    if article and work.buf[article.end():article.end() + 1] == " ":
        # "Pasal 1 angka 1 Undang-Undang Nomor 8 Tahun 1999 tentang ...": the article cited, then the law
        after = article.end() + 1
        if LEGISLATION_RE.match(work.buf, after):
            work.take(lead, after)
            lead = after
    # (each law's word begins with one of these letters)
    found = LEGISLATION_RE.match(work.buf, lead) if work.buf[lead:lead + 1].casefold()[:1] in "ukpisq" else None
    if not found:
        # "Republik Indonesia, Undang-Undang Nomor 13 Tahun 2003 tentang ..." (or "Republik
        # Indonesia. Undang-Undang ..." in a Turabian list): the state or the body that made
        # the law, then the law (each maker's first word begins with one of these letters)
        if work.buf[lead:lead + 1] not in _LAW_MAKER_INITIALS:
            return
        comma, stop = work.buf.find(", ", lead, lead + 80), work.buf.find(". ", lead, lead + 80)
        mark = stop if comma == -1 or -1 < stop < comma else comma
        if mark == -1:
            return
        # "Pemerintah Indonesia. (2019). Undang-Undang ...", "Republik Indonesia. 2003. Undang-undang
        # No. 13 ...": the author-date lists' year between the maker and the law
        dated = _YEAR_BEFORE_LAW_RE.match(work.buf, mark + 2)
        law_at = dated.end() if dated else mark + 2
        if not work.buf[law_at:law_at + 10].casefold().startswith(_LAW_WORD_STARTS):
            return
        maker = work.buf[lead:mark].strip()
        # (lists that set authors in capitals set the state so too: "REPUBLIK INDONESIA. 2003. ...")
        found = LEGISLATION_RE.match(work.buf, law_at) if _LAW_MAKER_RE.fullmatch(
            maker.title() if maker.isupper() else maker) else None
        if not found:
            return
        work.fields["author"] = [{"literal": maker}]
        if dated:
            work.fields["issued"] = {"date-parts": [[int(dated.group(1))]]}
        work.take(lead, law_at)
        lead = law_at
    end = _sentence_end(work.buf, lead)
    tail = _LAW_TAIL_RE.search(work.buf, lead, end)
    if tail:
        end = tail.start()
    gazette = _GAZETTE_RE.search(work.buf, lead)
    if gazette:
        # "Lembaran Negara Republik Indonesia Tahun 2014 Nomor 168": where the law was published
        work.fields["container-title"] = gazette.group(1)
        work.take(gazette.start(), gazette.end())
    title = _clean_text(work.buf[lead:end])
    work.fields["title"] = title
    for article in _LAW_ARTICLE_RE.finditer(work.buf, end):
        work.take(article.start(), article.end())   # "Pasal 3 ayat (1)": where in the law, no publisher
    # a court decision is a legal case; laws, regulations and codes are legislation
    decision = title.casefold().startswith("putusan")
    work.fields["_legislation"] = "legal_case" if decision else True
    # a decision's number, year and all ("46/PUU-VIII/2010"), names it; its "tentang Pengujian
    # Undang-Undang Nomor 1 Tahun 1974" names the law it tried, whose year is not the decision's
    case_number = _CASE_NUMBER_RE.search(title) if decision else None
    number = case_number or LAW_NUMBER_RE.search(title)
    if number:
        work.fields["number"] = number.group(1)
    year = (_CASE_YEAR_RE.search(case_number.group(1)) if case_number else None) or _LAW_YEAR_RE.search(title) or _CASE_YEAR_RE.search(title)
    if year and "issued" not in work.fields:
        # (the year an author-date list gives before the law stays: in-text citations use it)
        work.fields["issued"] = {"date-parts": [[int(year.group(1) or year.group(2))]]}
    work.take(lead, end)


def _interview(work: _Work, context: str) -> None:
    """"Wawancara dengan Bapak Ahmad, Kepala Desa Sukamaju, pada tanggal 12 Maret 2021", "Hasil
    diskusi bersama dengan Machasin saat ...": an interview or a discussion (theses cite their
    fieldwork so); the person is its author and the day its date."""
    if not work.mentions(("wawancara", "interview", "diskusi", "observasi", "pengamatan", "observation")):
        return
    lead = len(work.buf) - len(work.buf.lstrip(" \x00"))
    found = _INTERVIEW_RE.match(work.buf, lead)
    if not found:
        _observation(work, lead)
        return
    rest = work.buf[found.end():]
    when = _INTERVIEW_DATE_RE.search(rest)
    before_date = rest[:when.start()] if when else rest
    pieces = _INTERVIEW_NAME_END_RE.split(before_date)
    # "Wawancara dengan Kepala Desa Sukamaju, Bapak Darto, ...": a role first, then the person
    # an honorific names
    named = next((piece for piece in pieces[1:3] if _HONORIFIC_RE.match(piece.strip())), None)
    if named is not None and not _HONORIFIC_RE.match(pieces[0].strip()):
        pieces = [named]
    name = _HONORIFIC_RE.sub("", pieces[0].strip()).strip(" ,.")
    if name:
        work.fields["author"] = parse_names(name) if looks_like_names(name) else [{"literal": name}]
    if when:
        date = parse_date(when.group(1))
        if date:
            work.fields["issued"] = {"date-parts": [date]}
    work.fields["title"] = _clean_text(work.buf[lead:found.end() + (when.start() if when else len(rest))])
    work.fields["_interview"] = True
    work.take(lead, len(work.buf))


def _observation(work: _Work, lead: int) -> None:
    """"Observasi di SMP Negeri 3 Malang pada tanggal 12 Februari 2022": the writer's own
    fieldwork, where and when; no author, and the day is its date."""
    found = _OBSERVATION_RE.match(work.buf, lead)
    when = _INTERVIEW_DATE_RE.search(work.buf, found.end()) if found else None
    if not when:
        return
    date = parse_date(when.group(1))
    if date:
        work.fields["issued"] = {"date-parts": [date]}
    work.fields["title"] = _clean_text(work.buf[lead:when.start()])
    work.fields["_fieldwork"] = True      # (CSL has no type for it: a "document")
    work.take(lead, len(work.buf))


# "Observasi di ...", "Hasil pengamatan pada ...", "Observation at ..."
_OBSERVATION_RE = regex.compile(r"(?:hasil[ ])?(?:observasi|pengamatan|observation)[ ](?:di|ke|pada|at|in|of)[ ]", regex.I)


def _personal_communication(work: _Work, context: str) -> None:
    """"R.B. Wiringa, private communication.", "Hasan Basri, komunikasi pribadi, 12 Maret 2021":
    what a person told or wrote the author. The person is its author and the day its date; it
    has no title."""
    if not work.mentions(("communication", "komunikasi")):
        return
    found = _PERSONAL_COMMUNICATION_RE.search(work.buf)
    if not found:
        return
    lead = len(work.buf) - len(work.buf.lstrip(" \x00"))
    name = _clean_text(work.buf[lead:found.start()])
    if not name or not looks_like_names(name):
        return
    work.fields["author"] = parse_names(name, inverted_first=context == "entry")
    work.fields["genre"] = found.group().strip(" ,.(")     # as written: "private communication"
    rest = work.buf[found.end():]
    date = parse_date(rest)
    year = YEAR_RE.search(rest)
    if date or year:
        work.fields["issued"] = {"date-parts": [date or [int(year.group(1))]]}
    work.fields["_personal_communication"] = True
    work.take(lead, len(work.buf))


# "private communication" (physics), "personal communication" (APA), "komunikasi pribadi"
_PERSONAL_COMMUNICATION_RE = regex.compile(
    r"[ ,.(]++(?:(?:private|personal)[ ]communications?|komunikasi[ ]pribadi)\b", regex.I)
_INTERVIEW_RE = regex.compile(
    r"(?:hasil[ ])?(?:wawancara|interview|diskusi)(?:[ ](?:penulis|peneliti|pribadi))?[ ]"
    r"(?:dengan|bersama(?:[ ]dengan)?|with)[ ]++", regex.I)
# the person's name ends at a comma, a bracketed role, or "pada"/"di"/"tanggal"/"saat"/"on"
_INTERVIEW_NAME_END_RE = regex.compile(r",|[ ]?\(|[ ](?:pada|di|tanggal|tgl\.?|saat|ketika|on|at)(?:[ ]|$)", regex.I)
_INTERVIEW_DATE_RE = regex.compile(
    r"(?:,?[ ](?:pada|tanggal|tgl\.?|hari|on)){0,3}+[ ,]*+(\d{1,2}+[ ]\p{L}{3,10}+[ ]\d{4}+|\p{L}{3,10}+[ ]\d{1,2}+,[ ]\d{4}+)")
_HONORIFIC_RE = regex.compile(
    r"^(?:(?:bapak|bpk\.?|pak|ibu|bu|sdr\.?|sdri\.?|saudara|saudari|mr\.?|mrs\.?|ms\.?|kyai|ustadz|ustaz)[ ]++)+",
    regex.I)


def _report_number(work: _Work, context: str) -> None:
    """APA's "Digest of education statistics 2018 (Report No. 2020-009).": the report's number,
    and its kind ("Report", "Laporan", "Working Paper") as the genre; a dissertation's
    "(Publication No. 10134567)" is its number in a database alone."""
    if work.fields.get("_legislation") or "(" not in work.buf or (" No" not in work.buf and " Nr." not in work.buf):
        return
    found = REPORT_NUMBER_RE.search(work.buf)
    if not found:
        return
    work.fields["number"] = found.group(2)
    kind = found.group(1)
    if "genre" not in work.fields and kind.casefold() not in ("publication", "publikasi", "umi"):
        work.fields["genre"] = kind
    work.take(found.start(), found.end())


def _genre(work: _Work, context: str) -> None:
    if work.mentions(("manuscript", "diterbitkan", "dipublikasikan", "unpublished")):      # (UNPUBLISHED_WORK_RE's words)
        unpublished = UNPUBLISHED_WORK_RE.search(work.buf)
        if unpublished:
            # "Unpublished manuscript.", "Manuscript submitted for publication.", "Naskah tidak
            # diterbitkan, Universitas Airlangga.": what the work is; who has it may follow
            word = unpublished.group(1)
            work.fields["genre"] = word[:1].upper() + word[1:]
            work.take(unpublished.start(1), unpublished.end(1))
            return
    if not work.mentions(("skripsi", "tesis", "disertasi", "thesis", "dissertation", "tugas akhir")):
        return
    found = GENRE_RE.search(work.buf)
    if not found:
        return
    word = found.group(1).strip()
    key = word.casefold()
    work.fields["genre"] = lexicon.GENRES.get(key, word[:1].upper() + word[1:])
    university = _BRACKETED_UNIVERSITY_RE.match(work.buf, found.end()) if found.group().startswith("[") else None
    if university:
        # APA: "[Tesis magister, Universitas Negeri Padang]" — the university grants it
        work.fields["publisher"] = _clean_text(university.group(1))
        work.take(found.start(), university.end())
        return
    granted_at = _THESIS_GRANTED_AT_RE.match(work.buf, found.end())
    if granted_at:
        # "Skripsi pada Jurusan ... Universitas Negeri Semarang: Tidak Diterbitkan."
        work.fields["publisher"] = _clean_text(granted_at.group(1))
        if granted_at.group(2) and " " not in key.strip():
            work.fields["genre"] += " " + granted_at.group(2).casefold()
        work.take(found.start(), granted_at.end())
        return
    work.take(found.start(), found.end())


# where a thesis was written, after the word "Skripsi": "pada Jurusan Pendidikan Bahasa Indonesia
# Universitas Negeri Semarang: Tidak Diterbitkan", "di Fakultas Syariah UIN Walisongo"
_THESIS_GRANTED_AT_RE = regex.compile(
    r"[ ,]+(?:pada|di)[ ]((?:Jurusan|Program|Prodi|Fakultas|Departemen|Universitas|Institut|Sekolah|UIN|IAIN|STAIN|STAI|"
    r"Pascasarjana)\b[^.:;()\[\]\x00]{2,150}+)(?:[ ]?:[ ]?+((?i:" + UNPUBLISHED_ID + r")))?(?=[.;,]|$)")


# the rest of an APA genre bracket: ", Universitas Negeri Padang]"
_BRACKETED_UNIVERSITY_RE = regex.compile(r",[ ]([^\[\]]{2,150}+)\]")
# APA: "(T. Wibowo, Penerj.; Edisi ke-2)", "(N. Yusron, Penerj.)", "(A. Sheridan, Trans.)"
_NAMES_BEFORE_TRANSLATOR_LABEL_RE = regex.compile(
    r"(\p{Lu}[\p{L}'’-]++,[ ](?:\p{Lu}\.[ ]?+){1,3}+|(?:\p{Lu}\.[ ]?+){0,3}+(?:\p{Lu}[\p{L}'’-]++[ ]){0,3}"
    r"\p{Lu}[\p{L}'’-]++)[ ]?\((?i:trans|tr|terj|penerj)\.?\)")
_APA_TRANSLATOR_RE = regex.compile(r"\(([^();]{2,120}?),[ ]?(?:penerj|terj|trans|pent)\.?[ ]?(?=[;)])", regex.I)


def _translator(work: _Work, context: str) -> None:
    if not work.mentions(("terj", "penerj", "translat", "trans.", "alih bahasa", "pent", "(tr.")):
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


def _take_names_after(work: _Work, label, names_end_re, role: str) -> None:
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


def _editor(work: _Work, context: str) -> None:
    if not work.mentions(("edited", "disunting", "diedit", "(ed", "(peny", "penyunting", "editor", "(hrsg", "(hg", "(dir",
                          "ed. by", "eds. by", "a cura di", "hrsg. von", "herausgegeben", ", ed", ", peny")):
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


def _edition(work: _Work, context: str) -> None:
    if not work.mentions(("cet", "edisi", "ed.", "ed ", "edn", "edition", "revis", "expanded")):
        return
    found = EDITION_RE.search(work.buf)
    if not found:
        return
    value = found.group(1) or found.group(2) or found.group(3) or ""
    value = _ORDINAL_WORDS.get(value.casefold(), value)
    if _ROMAN_RE.fullmatch(value):
        value = value.upper()
    elif value[:1].isalpha():
        value = value[:1].upper() + value[1:]
    work.fields["edition"] = value
    work.take(found.start(), found.end())


def _volume_issue(work: _Work, context: str) -> None:
    # (each pattern is tried only on text with the word or bracket it cannot match without)
    found = VOLUME_ISSUE_RE.search(work.buf) if work.mentions(("vol", "jil", "juz", "buku", "edisi")) else None
    if found:
        work.fields["volume"] = found.group(1)
        if not found.group(2):
            # "Jilid I", "Juz II", "Vol. 3" alone: a book's volume, no sign of a journal
            work.fields["_book_volume"] = True
        if found.group(2):
            work.fields["issue"] = found.group(2)
        work.take(found.start(), found.end())
        if "issue" not in work.fields:
            _issue_label(work)
        return
    found = VOLUME_PAREN_RE.search(work.buf) if "(" in work.buf else None
    if found and _free_and_plausible_volume(work, found):
        work.fields["volume"] = found.group(1)
        work.fields["issue"] = found.group(2)
        if found.group(3):
            _set_pages(work, found.group(3), context, pinpoint=False)
        work.take(found.start(), found.end())
        return
    found = VOLUME_BEFORE_NO_RE.search(work.buf) if work.mentions(("no",)) else None
    if found:
        work.fields["volume"] = found.group(1)
        work.take(found.start(1), found.end(1))
        _issue_label(work)
        return
    found = VOLUME_PAGES_RE.search(work.buf)
    if found and not YEAR_RE.fullmatch(found.group(1)):
        work.fields["volume"] = found.group(1)
        _set_pages(work, found.group(2), context, pinpoint=False)
        work.take(found.start() + 1, found.end())


def _free_and_plausible_volume(work: _Work, found) -> bool:
    volume = found.group(1)
    # "Statistik 2020 (2)" is rare; "PISA 2018 (Volume I)" is excluded by the digits-only issue.
    issue = found.group(2)
    # "58, no. 1 (1968)": a year in brackets is the date, not an issue
    return work.is_free(found.start(), found.end()) and not YEAR_RE.fullmatch(issue) and not (
        len(volume) == 4 and YEAR_RE.fullmatch(volume) and not found.group(3))


def _issue_label(work: _Work) -> None:
    found = ISSUE_LABEL_RE.search(work.buf)
    if found:
        work.fields["issue"] = found.group(1)
        work.take(found.start(), found.end())


def _set_pages(work: _Work, value: str, context: str, pinpoint: bool) -> None:
    value = DASH_SPACED_RE.sub("-", value.strip())
    if context == "note" and pinpoint:
        work.locator = value
    elif "page" not in work.fields:
        work.fields["page"] = value


def _pages(work: _Work, context: str) -> None:
    labelled = [m for m in PAGE_LABEL_RE.finditer(work.buf) if _page_label_ok(work.buf, m)]
    if labelled:
        for found in labelled:
            # In a note the last labelled page is the pinpoint; an article's range in the
            # middle of a note ("pp. 3-20, p. 7") is its pages.
            pinpoint = context == "note" and found is labelled[-1]
            _set_pages(work, found.group(1), context, pinpoint=pinpoint)
            work.take(found.start(), found.end())
        return
    trailing = TRAILING_PAGES_RE.search(work.buf)
    if trailing:
        value = trailing.group(1)
        if YEAR_RE.fullmatch(value.strip()) and "-" not in value and "–" not in value:
            return
        before = work.buf[:trailing.start()].rstrip()
        # '"Bounds Testing," 301.': the closing quotation mark stays, the title still needs it
        separator = work.buf[trailing.start():trailing.start(1)]
        start = trailing.start(1) if any(q in separator for q in "\"”’") else trailing.start()
        # "Journal 16 (3): 289–326" in an entry, or "(Boston: Pearson, 2015), 55–57" in a note.
        if context == "note":
            _set_pages(work, value, context, pinpoint=True)
            work.take(start, trailing.end())
        elif before.endswith(")") or _DASH_RE.search(value):
            _set_pages(work, value, context, pinpoint=False)
            work.take(start, trailing.end())


def _page_label_ok(buf: str, found) -> bool:
    """``h. 5`` and ``p. 9`` are labels only with a period or after a separator, so the
    "h" of a word or an initial "P. Smith" is not read as a page."""
    label = buf[found.start():found.start(1)].strip()
    if label.casefold() in ("h", "p", "s") and "." not in label:
        return False
    before = buf[max(0, found.start() - 2):found.start()]
    if label.casefold().rstrip(".") in ("h", "p") and before and before[-1].isalpha():
        return False
    if len(label.rstrip(".")) == 1 and label[0].isupper() and YEAR_RE.fullmatch(found.group(1).strip()):
        return False   # "Hasan S. 2017.": a name's initial, then the year
    return True


def _year(work: _Work, context: str) -> None:
    if work.fields.get("_legislation") and "issued" in work.fields:
        return
    no_year = NO_YEAR_RE.search(work.buf) if may_say_no_year(work.buf) else None
    if no_year:
        work.fields["_no_year"] = True
        work.take(no_year.start(), no_year.end())
    spans = _delimited_spans(work.buf)
    paren = YEAR_PAREN_RE.search(work.buf) if "(" in work.buf else None
    if paren and paren.group(1)[:1].isdigit() and not _inside(paren.start(), spans):
        _set_year(work, paren.group(1), paren.group(0))
        work.fields["_year_at"] = paren.start()
        work.take(paren.start(), paren.end())
        return
    if paren:
        # "(n.d.)", "(t.t.)": no year, but the authors still end there (APA, Harvard)
        work.fields["_year_at"] = paren.start()
        work.take(paren.start(), paren.end())
        return
    years = list(YEAR_RE.finditer(work.buf))
    candidates = [m for m in years
                  if not _inside(m.start(), spans) and _publication_year_position(work.buf, m.start())]
    if not candidates and work.mentions(("h",)):
        hijri = HIJRI_YEAR_RE.search(work.buf)
        if hijri:
            # "(Beirut: Dar al-Fikr, 1414 H)": a year of the Hijri calendar, kept as written (CSL's
            # literal date), since converting it would guess between two Gregorian years; with the
            # Gregorian year beside it ("1414 H/1994 M"), that year
            if hijri.group(2):
                work.fields["issued"] = {"date-parts": [[int(hijri.group(2))]]}
            else:
                work.fields["issued"] = {"literal": f"{hijri.group(1)} H"}
            work.take(hijri.start(), hijri.end())
            return
    if not candidates:
        if (len(years) == 1 and ("volume" not in work.fields or work.fields.get("_book_volume"))
                and "issue" not in work.fields
                and _place_and_year_end(work.buf, years[0])):
            # "Typical Battle Scenes in the Iliad, Wiesbaden 1968.": a town and the year end the
            # reference (continental humanities, no publisher named)
            _set_year(work, years[0].group(1) + (years[0].group(2) or ""), None)
            work.fields["_place_before_year"] = True
            work.take(years[0].start(), years[0].end())
        elif context == "entry" and len(years) == 1:
            # A list entry with no other year: "Annual Report IOM 2009 ..." dates itself in its
            # title. (Not in a note, where "Statistik Kopi Indonesia 2020, 15." is a short form.)
            _set_year(work, years[0].group(1), None)
        elif context == "note" and years:
            work.fields["_title_years"] = [int(m.group(1)) for m in years]
        return
    # Author-date lists put the year right after the authors: "Gujarati, Damodar N. 2003."
    first = candidates[0]
    # (Not when nothing follows the year: "Morrison, Toni. Beloved. Alfred A. Knopf, 1987." is MLA.)
    if _PUNCTUATION_BEFORE_RE.match(work.buf[max(0, first.start() - 2):first.start()]) and \
            _PUNCTUATION_AFTER_RE.match(work.buf[first.end():first.end() + 2]) and \
            _TWO_LETTERS_RE.search(work.buf[first.end():]) and \
            looks_like_names(work.buf[:first.start()].strip(" .,")) and context == "entry":
        chosen = first
        work.fields["_year_at"] = first.start()
    else:
        chosen = candidates[-1]
    start, end = chosen.start(), chosen.end()
    _set_year(work, chosen.group(1) + (chosen.group(2) or ""), None)
    before = work.buf[max(0, start - 12):start]
    month = _MONTH_BEFORE_RE.search(before) if _ends_with_a_word(before) else None
    if month and month_number(month.group(1)) and work.fields.get("issued"):
        work.fields["issued"]["date-parts"][0].append(month_number(month.group(1)))
        start -= len(month.group(0))
        day = _DAY_BEFORE_RE.search(work.buf, max(0, start - 4), start)
        if day and 1 <= int(day.group(1)) <= 31:
            # "Republika, 3 Maret 2020": the day before the month
            work.fields["issued"]["date-parts"][0].append(int(day.group(1)))
            start = day.start(1)
    after = _MONTH_AFTER_RE.match(work.buf, end) if work.buf[end:end + 1] == "," else None
    if after and month_number(after.group(1)) and work.fields.get("issued") and len(work.fields["issued"]["date-parts"][0]) == 1:
        # "Hendrickson, J. 2022, Oktober. How to ...": the month after the year
        work.fields["issued"]["date-parts"][0].append(month_number(after.group(1)))
        end = after.end()
    window = max(0, start - 8)    # "tahun " and the character before it
    tahun = _TAHUN_RE.search(work.buf[window:start])
    if tahun:
        start = window + tahun.start()
    work.take(start, end)


def _place_and_year_end(buf: str, year) -> bool:
    """Does the year end the reference after one to four capitalised words that follow the
    title's comma ("..., Wiesbaden 1968.", "..., Cambridge Mass. 1960.", "..., Berkeley-Los
    Angeles 1991")?"""
    if buf[year.end():].strip(" .," + HOLE):
        return False      # (pages after the year are read already: "Roma 1985, pp. 271-294.")
    before = buf[:year.start()]
    comma = before.rfind(",")
    # (names and a title come first: in "Mubyarto, Keluarga Pembangunan 1927, hlm. 167." the
    # year ends the title)
    if comma == -1 or HOLE in before[comma:] or before.count(",", 0, comma) < 1:
        return False
    place = before[comma + 1:].strip()
    # not "Spring 1992", "Juillet 1997": a season or month dates an issue
    return _plausible_place(place) and not (month_number(place.rstrip(".")) or place.casefold() in _SEASONS)


_SEASONS = frozenset({"spring", "summer", "fall", "autumn", "winter", "printemps", "été", "automne", "hiver",
                      "frühjahr", "frühling", "sommer", "herbst"})


def _ends_with_a_word(text: str) -> bool:
    """A cheap test before _MONTH_BEFORE_RE: three letters, then at most a stop and a space, end the text."""
    text = text[:-1] if text.endswith(" ") else text
    text = text[:-1] if text.endswith(".") else text
    return text[-3:].isalpha() and len(text) >= 3


def _publication_year_position(buf: str, start: int) -> bool:
    """A publication year follows punctuation, "Tahun" or a month, or opens the reference;
    a year right after a word belongs to a title ("Statistik Kopi Indonesia 2020")."""
    before = buf[:start].rstrip(" ")
    if not before.strip(HOLE + " "):
        return True
    if before[-1] in ",.(:;" + HOLE or before.endswith(("/", "[")):
        return True
    word = _WORD_BEFORE_RE.search(before[-12:])     # the pattern looks at 11 characters at most
    if word and (month_number(word.group(1)) or word.group(1).casefold() in ("tahun", "year")):
        return True
    # "(5th edn, West Academic Publishing 2021)", "(Oxford: Clarendon Press 1998)": OSCOLA's
    # publisher and year close a bracket that holds a comma or colon (a title's does not)
    if buf[start + 4:start + 5] == ")" and not _DAY_AND_MONTH_END_RE.search(before[-20:]):
        # (not a day's date: "(Arsenali Medicei, 13 settembre 2003 - 9 dicembre 2003)" is when an
        # exhibition was held)
        opening = before.rfind("(", max(0, len(before) - 120))
        return opening != -1 and ")" not in before[opening:] and any(mark in before[opening:] for mark in ",:")
    return False


# "13 settembre", "5 October": a day and a month's name end the text before a year
_DAY_AND_MONTH_END_RE = regex.compile(r"\d{1,2}+[ ]\p{L}{3,12}+$")


# "1414 H", "1379 H.", "1420H", "1414 H/1994 M": a Hijri year (the years of classical Arabic
# books' editions), and the Gregorian year that may follow it
HIJRI_YEAR_RE = regex.compile(
    r"(?<![\d\p{L}])(1[0-4]\d\d)[ ]?H\.?(?:[ ]?/[ ]?((?:1[5-9]|20)\d\d)[ ]?M\.?)?(?![\p{L}\d])")


# "2021, 5 Mei", "2020, March 3": a date written year first
_YEAR_FIRST_DATE_RE = regex.compile(r"^((?:1[5-9]|20)\d\d)[a-z]?,[ ]?(.{3,30}+)$")


def _set_year(work: _Work, value: str, paren_text: str | None) -> None:
    year = int(value[:4])
    parts = [year]
    if paren_text:
        # APA "(2020, March 3)", APA-ID "(2021, 5 Mei)": the year first, then the day and month
        inner = paren_text.strip("()")
        year_first = _YEAR_FIRST_DATE_RE.match(inner)
        date = parse_date(f"{year_first.group(2)} {year_first.group(1)}" if year_first else inner)
        if date and date[0] == year:
            parts = date
    work.fields["issued"] = {"date-parts": [parts]}
    if len(value) > 4 and value[4:].isalpha():
        work.fields["_year_suffix"] = value[4:]


_QUOTE_CHARS = "“\"„«‘"


def _delimited_spans(buf: str) -> list[tuple[int, int, str, str]]:
    """Quoted and italic titles: (start, end, inner text, kind)."""
    spans = []
    # (most references have no quotation mark and no emphasis: skip the scans there)
    for found in QUOTED_RE.finditer(buf) if any(mark in buf for mark in _QUOTE_CHARS) else ():
        inner = found.group(1) if found.group(1) is not None else found.group(2)
        spans.append((found.start(), found.end(), inner, "quoted"))
    for found in ITALIC_RE.finditer(buf) if ("*" in buf or "_" in buf) else ():
        inner = found.group(1) if found.group(1) is not None else found.group(2)
        if not any(s <= found.start() < e for s, e, _, _ in spans):
            spans.append((found.start(), found.end(), inner, "italic"))
    spans.sort()
    return spans


def _inside(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e, _, _ in spans)


def _title_and_authors(work: _Work, context: str) -> None:
    if work.fields.get("_legislation"):
        work.fields.pop("_year_at", None)
        return
    names_colon = _NAMES_COLON_RE.match(work.buf) if ".: " in work.buf else None
    if (names_colon and not _WORD_STOP_RE.search(names_colon.group(1))
            and looks_like_names(_clean_text(names_colon.group(1)))):
        # Springer's "Lafferty, J., McCallum, A., Pereira, F.: Conditional random fields: ...":
        # the names, each family name first, end at the colon after the last initial; the title
        # at its sentence's end (not "James, Henry. The Ambassadors. Mineola, N.Y.: Dover")
        work.fields.pop("_year_at", None)
        _set_authors(work, names_colon.group(1), True)
        work.take(0, names_colon.end())
        _title_from_sentence(work)
        return
    spans = [s for s in _delimited_spans(work.buf) if HOLE not in work.buf[s[0]:s[1]]
             and _clean_text(s[2]) and (s[3] != "quoted" or _quote_stands_alone(work.buf, s[0], s[1]))]
    year_at = work.fields.pop("_year_at", None)
    inverted = context == "entry"
    # APA / author-date: the authors come before the year.
    if year_at is not None and (not spans or spans[0][0] > year_at):
        authors = work.buf[:year_at]
        if looks_like_names(_clean_text(authors)) or is_institution(_clean_text(authors)):
            _set_authors(work, authors, inverted)
            work.fields["_authors_before_year"] = True
            work.take(0, year_at)
            between = _clean_text(work.buf[year_at:spans[0][0]]) if spans else ""
            if spans and len(between.split()) < 2:
                _set_title(work, spans[0])
            else:
                # "(1998). Assessment and classroom learning. *Assessment in Education*": the
                # plain sentence is the title, the italic after it the journal
                _title_from_sentence(work)
            return
    if spans:
        first = spans[0]
        authors = work.buf[:first[0]]
        leading_year = _LEADING_YEAR_RE.match(authors)
        if leading_year:
            # "2011 US Department of State *Trafficking in Persons Report*"
            if "issued" not in work.fields:
                work.fields["issued"] = {"date-parts": [[int(leading_year.group(1))]]}
            work.take(leading_year.start(), leading_year.end())
            authors = work.buf[:first[0]]
        cleaned = _clean_text(authors)
        if cleaned and (looks_like_names(cleaned) or is_institution(cleaned)):
            _set_authors(work, authors, inverted)
        elif cleaned and len(cleaned.split()) <= 12 and not _clean_text(first[2]).endswith("?"):
            work.warnings.append(f"text before the title not read as authors: {cleaned!r}")
        work.take(0, first[0])
        _set_title(work, first)
        return
    _authors_and_title_from_pieces(work, context)


# Springer's names, ending at a colon after an initial's stop: "Knuth, D.E.: ", "Breiman, L.: "
_NAMES_COLON_RE = regex.compile(r"([^:\"“”\x00]{2,300}?\p{Lu}\.):[ ]")
# a word's stop ending a sentence: "Henry. The Ambassadors"
_WORD_STOP_RE = regex.compile(r"\p{Ll}{2}\.[ ]")


def _quote_stands_alone(buf: str, start: int, end: int) -> bool:
    """Is a quotation the whole title, or a part of one ('Il “no”: Prime fasi ...', '“Bad Future
    Things” and Liberatory Moments: ...', 'Friedrich Schlegel’s “Lucinde” and the Fragments')?
    A whole title opens the reference or follows punctuation, and punctuation (or the end, or
    "In"/"dalam" introducing the book) follows it."""
    before = buf[:start].rstrip(" ")
    after = buf[end:].lstrip(" ")
    opens = not before or before[-1] in ".,:;()[]\x00" or _INTRO_WORD_END_RE.search(before[-8:])
    # (American style sets the comma or period inside the quotation marks: '“Title,” Journal')
    closes = (not after or after[0] in ".,:;()[]\x00" or buf[end - 2:end - 1] in (".", ",", "?", "!", ";", ":")
              or bool(_INTRO_WORD_START_RE.match(after)))
    return bool(opens and closes)


_INTRO_WORD_END_RE = regex.compile(r"(?:^|[ ])(?:in|dalam|di|from)$", regex.I)
_INTRO_WORD_START_RE = regex.compile(r"(?:in|dalam|di[ ]dalam|edited|ed\.|eds\.|diedit|disunting|trans|terj)\b", regex.I)


def _set_title(work: _Work, span) -> None:
    start, end, inner, kind = span
    work.fields["title"] = _title_text(inner)
    work.fields["_delimited_title"] = kind          # "quoted" or "italic"
    work.take(start, end)


# "Conquering Human Trafficking in ASEAN RI dalam <http://...>": the word that introduced the
# (already removed) URL is not part of the title.
_TITLE_TAIL_RE = regex.compile(r"[ ,]+(?:dalam|tersedia(?:[ ](?:di|pada))?|available(?:[ ](?:at|from))?|online(?:[ ]at)?|from|retrieved)$", regex.I)
# the last words _TITLE_TAIL_RE can end on, a cheap test before it
_TITLE_TAIL_WORDS = ("dalam", "tersedia", "di", "pada", "available", "at", "from", "online", "retrieved")


def _title_text(text: str) -> str:
    text = _clean_text(text)
    if text[-10:].casefold().endswith(_TITLE_TAIL_WORDS):
        text = _TITLE_TAIL_RE.sub("", text)
    return _clean_text(text)


def _set_authors(work: _Work, text: str, inverted: bool) -> None:
    text = _clean_text(text)
    if not text:
        return
    names = parse_names(text, inverted_first=inverted)
    if names:
        work.fields["author"] = names


def _title_from_sentence(work: _Work) -> None:
    """After APA authors and year: the title runs to the first sentence end."""
    buf = work.buf
    start = 0
    while start < len(buf) and (buf[start] in " .,;:" or buf[start] == HOLE):
        start += 1
    end = _sentence_end(buf, start)
    title = _title_text(buf[start:end])
    if title:
        work.fields["title"] = title
        work.take(start, end)


def _sentence_end(buf: str, start: int) -> int:
    """End of the sentence that starts at ``start``: a period (not after an initial), a
    blanked-out span or a bracket."""
    depth = 0
    for mark in _SENTENCE_MARK_RE.finditer(buf, start):
        i = mark.start()
        ch = buf[i]
        if ch == HOLE:
            if depth == 0:
                return i
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and (i + 1 == len(buf) or buf[i + 1] in " \x00"):
            if ch == "." and (_after_initial(buf, start, i) or _NUMBER_LABEL_STOP_RE.match(buf, max(start, i - 6), i + 3)):
                continue        # (nor after "No." before its number: "Undang-undang No. 13 Tahun 2003")
            return i + (1 if ch in "?!" else 0)
    return len(buf)


# "No. 13", "Nomor. 5", "Vol. 2": a number's label and its stop, the number after it
_NUMBER_LABEL_STOP_RE = regex.compile(r"(?:^|.*[ (])(?:No|Nomor|Vol|Nr)\.[ ]\d", regex.I)


# the characters _sentence_end looks at (it skips everything else)
_SENTENCE_MARK_RE = regex.compile(r"[\x00()\[\].?!]")


def _authors_and_title_from_pieces(work: _Work, context: str) -> None:
    """No quoted or italic title: read authors and title from the separators.

    Entry style "Family, Given. Title. ..." (Chicago, MLA) or comma style
    "Given Family, Title, Place: Publisher, Year" (Indonesian footnotes and lists).
    """
    buf = work.buf
    if work.fields.pop("_authors_given", False):
        _title_piece(work, comma_style=False)
        return
    lead = len(buf) - len(buf.lstrip(" \x00.,"))
    dotted = _FAMILY_DOT_INITIALS_START_RE.match(buf[lead:])
    if dotted:
        # "Rudy. T.M, Administrasi ..."
        _set_authors(work, dotted.group(1), inverted=True)
        work.take(0, lead + dotted.end())
        _title_piece(work, comma_style=True, note=context == "note")
        return
    if context == "entry":
        end = _initials_end_of_inverted_head(buf, lead) or _sentence_end(buf, lead)
        head = _clean_text(buf[lead:end])
        rest = buf[end:].strip(" .\x00")
        first_piece = head.split(",")[0]
        if (head and rest and "," in head
                and (single_family(first_piece)
                     # "Mahfud MD, Moh.": one name, its family with capitals (not a Vancouver list,
                     # "Wahyuni SD, Rumpiati, Lestariningsih RM.", whose one-word name is a person's)
                     or (head.count(",") == 1 and family_with_capitals(first_piece, head.split(",")[1].strip())))
                and looks_like_names(head)):
            # "Shihab, M. Quraish. Wawasan ..."
            _set_authors(work, head, inverted=True)
            work.fields["_inverted_head"] = True
            work.take(0, end)
            _title_piece(work, comma_style=False)
            return
    pieces = _comma_pieces(buf)
    if (context == "note" and len(pieces) > 2 and pieces[0][3] == pieces[1][3] == ","
            and INITIALS_ONLY_RE.fullmatch(pieces[1][2].strip()) and single_family(_clean_text(pieces[0][2]))
            and _title_words_follow(_clean_text(pieces[2][2]), pieces[3][2] if len(pieces) > 3 else "")):
        # a note that names its one author as a list does: "Ricklefs, M.C., Sejarah Indonesia
        # Modern, terj. ...": initials alone after a family name are that name's, not a title
        # (more names after them, "Dekker, T., J. Davis, ...", are read below)
        _set_authors(work, buf[:pieces[1][1]], inverted=True)
        work.take(0, pieces[1][1])
        _title_piece(work, comma_style=True, note=True)
        return
    # a note may be names and a page only: "C. Kagle, dan E.R. Wittkopf, Hal. 138"
    all_names = context == "note" and all(looks_like_names(_clean_text(p[2])) for p in pieces)
    names_end = _author_pieces_end(pieces, names_only=all_names)
    after_names = [p for p in pieces if names_end is not None and p[0] >= names_end and _meaningful(_clean_text(p[2]))]
    # Names need a title after them, except in a note, where "Abdul Haris, Hal. 91" is a
    # short citation of a person's name and a page (with a year or an institution it is a
    # title: "IOM Newsletter. 2014", "Annual Report ... Organization ..., 2009").
    names_only_note = (context == "note" and "issued" not in work.fields and names_end is not None
                       and not is_institution(_clean_text(buf[:names_end])))
    if names_end is not None and (after_names or names_only_note):
        _set_authors(work, buf[:names_end], inverted=context == "entry")
        work.take(0, names_end)
    elif context == "entry":
        end = _sentence_end(buf, lead)
        head = _clean_text(buf[lead:end])
        if head and (is_institution(head) or looks_like_names(head)) and _meaningful(_clean_text(buf[end:])):
            _set_authors(work, head, inverted=True)
            work.take(0, end)
            _title_piece(work, comma_style=False)
            return
    _title_piece(work, comma_style=pieces[0][3] != "." if pieces else True, note=context == "note")


def _title_words_follow(piece: str, next_piece: str) -> bool:
    """Is this piece after "Family, I.," the start of a title: some words, not the next name of a
    list that names its first author so ("J. Davis", "Darren J. Kriticos", "Laure BRULHART", "van
    Dam" or "El Gorsey" before their initials), a suffix ("Jr.") or "and R. Harper"?"""
    words = piece.split()
    if len(words) < 2 or words[0].casefold() in _NAME_LINK_WORDS or words[0] in lexicon.LOWERCASE_NAME_PARTICLES:
        return False
    if INITIALS_ONLY_RE.fullmatch(next_piece.strip()) or any(map(INITIALS_ONLY_RE.fullmatch, words)):
        return False
    # a family name in capitals after the given ("Laure BRULHART"), not an acronym in a title
    return not (len(words) <= 3 and words[-1].isalpha() and words[-1].isupper() and len(words[-1]) > 2)


_NAME_LINK_WORDS = frozenset({"and", "dan", "&", "et", "dkk.", "dkk", "others"})


def _initials_end_of_inverted_head(buf: str, lead: int) -> int | None:
    """Where "Family, Given I." ends when the initial's period also ends the name: "Diamond,
    Jared M. Collapse: How ...", "Thiel, H. Econometric Forecasts and Policy.", "Hebb, D.O. The
    Organization of Behavior." — the words after the initials read as a title (a function word,
    a colon, or four words or more), not as more given names ("Shihab, M. Quraish. Wawasan"); and
    always after a middle initial that follows a given name ("Wilson, David R. Anglo-Saxon ...")."""
    found = _INVERTED_HEAD_INITIALS_RE.match(buf, lead)
    if not found:
        return None
    if found.group(1):
        return found.end()      # "Wilson, David R. Anglo-Saxon Paganism.": a middle initial ends the names
    tail_end = _sentence_end(buf, found.end())
    tail = buf[found.end():tail_end]
    words = tail.split()
    if ":" in tail or len(words) >= 4 or any(w.casefold() in _TITLE_FUNCTION_WORDS for w in words):
        return found.end()
    rest = len(buf) - len(buf[tail_end:].lstrip(" .\x00"))
    if len(words) >= 2 and PLACE_PUBLISHER_RE.match(buf, rest):
        # "Subekti, R. Hukum Perjanjian. Cet. 21. Jakarta: Intermasa, 2005.": the place and
        # publisher follow, so those words are the title, not more given names
        return found.end()
    return None


# "Diamond, Jared M. ", "Leser, E. V. ", "Hebb, D.O. ", "Mahfud MD, Moh. " followed by a capitalised word
_INVERTED_HEAD_INITIALS_RE = regex.compile(
    r"\p{Lu}[\p{L}'’-]++(?:[ ]\p{Lu}[\p{L}'’-]++)?+,[ ]((?:\p{Lu}\p{Ll}++[ ]){0,3}+)"
    r"(?:\p{Lu}\.[ ]?+|" + ABBREVIATED_GIVEN_NAME + r"\.[ ]){1,3}+(?=\p{Lu}\p{Ll})")
_TITLE_FUNCTION_WORDS = frozenset(
    "of and the in on for to a an with dan di ke dari yang untuk dalam pada terhadap sebagai und".split())


# the characters that can end a piece or change bracket depth
_PIECE_MARK_RE = regex.compile(r"\x00++|[,;.()\[\]]")


def _comma_pieces(buf: str) -> list[tuple[int, int, str, str]]:
    """(start, end, text, separator after it) of the pieces outside brackets, separated by
    commas, semicolons, sentence periods (not an initial's) and blanked-out spans."""
    pieces = []
    depth = 0
    start = 0
    for mark in _PIECE_MARK_RE.finditer(buf):
        i = mark.start()
        ch = buf[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch != "." or (i + 1 < len(buf) and buf[i + 1] == " "
                                           and not _after_initial(buf, start, i))):
            pieces.append((start, i, buf[start:i], ch))
            start = mark.end()
    pieces.append((start, len(buf), buf[start:], ""))
    return [p for p in pieces if p[2].strip(" .\x00")]


def _author_pieces_end(pieces, names_only: bool = False) -> int | None:
    """End offset of the leading pieces that are names: the first piece, and further pieces
    joined by commas only up to one joined by "dan"/"and"/"&" ("A, B, dan C, Title"), and
    only if a title can still follow."""
    if not pieces:
        return None
    first_text = _clean_text(pieces[0][2])
    if not first_text or not looks_like_names(first_text):
        return None
    vancouver_end = _vancouver_names_end(pieces)
    if vancouver_end is not None:
        return vancouver_end
    end = pieces[0][1]
    run_end = None
    k = 1
    while k < len(pieces) and k < 8 and pieces[k - 1][3] == ",":
        text = _clean_text(pieces[k][2])
        if _ET_AL_PIECE_RE.fullmatch(text):
            run_end = k     # "Zuhairini, dkk., Filsafat ...": the names end with "dkk."
            break
        if not looks_like_names(text):
            break
        if AND_WORD_START_RE.match(text) or _AND_WORD_INSIDE_RE.search(text):
            run_end = k
            break
        k += 1
    if run_end is not None and (names_only or any(_title_capable(p[2]) for p in pieces[run_end + 1:])):
        return pieces[run_end][1]
    return end


def _vancouver_names_end(pieces) -> int | None:
    """"Putri RS, Agustin H, Wulansari. Hubungan ...": Vancouver's names, each a family and its
    capitals, joined by commas (no "and") and closed by a stop; the last may be an Indonesian's
    one name or "et al". Where they end, or None for a list of another shape."""
    count = 0
    for start, end, raw, separator in pieces[:40]:
        text = _clean_text(raw)
        if count >= 1:
            # "..., Wulan S. Hubungan ...": the last initial's stop, which splits no piece, ends the names
            lead = len(raw) - len(raw.lstrip(" \x00"))
            last = _VANCOUVER_LAST_NAME_RE.match(raw, lead)
            if last:
                return start + last.end(1) if count + 1 >= 2 else None
        if _VANCOUVER_NAME_PIECE_RE.fullmatch(text):
            count += 1
        elif not (count >= 2 and (_ONE_NAME_RE.fullmatch(text) or _ET_AL_PIECE_RE.fullmatch(text))):
            return None
        if separator == ".":
            return end if count >= 2 else None
        if separator != "," or not _VANCOUVER_NAME_PIECE_RE.fullmatch(text):
            return None
    return None


# "Putri RS", "Lestari W", "De Rosa SC": a family name and its initials, Vancouver's way
_VANCOUVER_NAME = r"(?:\p{Lu}\p{Ll}{0,3}+[ ])?\p{Lu}[\p{Ll}'’-]++(?:-\p{Lu}[\p{Ll}'’-]++)?[ ]\p{Lu}{1,3}+"
_VANCOUVER_NAME_PIECE_RE = regex.compile(_VANCOUVER_NAME)
# "Wulan S. Hubungan": the last name of the list, its initials' stop, then the title
_VANCOUVER_LAST_NAME_RE = regex.compile(r"(" + _VANCOUVER_NAME + r")\.[ ]++(?=\p{Lu})")
# "Wulansari": one capitalized word, a person known by one name
_ONE_NAME_RE = regex.compile(r"\p{Lu}\p{Ll}[\p{Ll}'’-]{1,30}+")


def _title_capable(piece: str) -> bool:
    """Could this leftover piece be a title (not a place and publisher, not a bracket)?"""
    text = _clean_text(piece)
    if not _meaningful(text) or text.startswith("("):
        return False
    found = PLACE_PUBLISHER_RE.match(text)
    return not (found and _known_city(found.group(1)))


def _known_city(place: str) -> bool:
    return place.split(",")[0].strip().casefold() in lexicon.PUBLISHING_CITIES


def _title_piece(work: _Work, comma_style: bool, note: bool = False) -> None:
    buf = work.buf
    start = 0
    while start < len(buf) and (buf[start] in " .,;:" or buf[start] == HOLE):
        start += 1
    if start >= len(buf):
        return
    if comma_style:
        end = start
        depth = 0
        while end < len(buf):
            ch = buf[end]
            if ch in "([":
                if depth == 0 and end > start and buf[end - 1] == " " and _paren_is_publication(buf, end):
                    break
                depth += 1
            elif ch in ")]":
                depth = max(0, depth - 1)
            elif depth == 0 and (ch in ",;" or ch == HOLE or (
                    ch == "." and (end + 1 == len(buf) or buf[end + 1] in " \x00")
                    and not _after_initial(buf, start, end))):
                break
            end += 1
        if note and end < len(buf) and buf[end] == ",":
            end = _title_with_commas_end(buf, end)
    else:
        end = _sentence_end(buf, start)
    title = _title_text(buf[start:end])
    if title:
        work.fields["title"] = title
        work.take(start, end)


def _title_with_commas_end(buf: str, comma: int) -> int:
    """A footnote's title may hold commas — "Madilog: Materialisme, Dialektika, Logika, Cet. II
    (Jakarta: ...)", "The Will to Improve: Governmentality, Development, and the Practice of
    Politics (Durham: ...)": where only words lie between the first comma and the bracketed
    publication facts (or a field the rules took just before them), they are the title's."""
    found = _TITLE_WORDS_TO_PUBLICATION_RE.match(buf, comma)
    if not found:
        return comma
    after = found.end()
    while after < len(buf) and buf[after] in " \x00":
        after += 1
    if after < len(buf) and buf[after] == "(" and _paren_is_publication(buf, after):
        return found.start() + len(found.group().rstrip(" ,"))
    return comma


# ", Dialektika, Logika, ", ", Kualitatif, dan R&D ", ", Islam Kita: Agama Masyarakat " — words
# (a subtitle's colon after one) and commas only, up to a blank or a bracket
_TITLE_WORDS_TO_PUBLICATION_RE = regex.compile(
    r"(?:,[ ]++[\p{L}\p{N}&'’-]++:?+(?:[ ]++[\p{L}\p{N}&'’-]++:?+){0,8}+){1,6}+[ ,]*+(?=[\x00(])")


def _paren_is_publication(buf: str, at: int) -> bool:
    """``(Jakarta: Pearson, 2015)`` or a blanked year after "(" closes a note's title;
    ``(Hukum Fiqh Lengkap)`` belongs to it."""
    close = buf.find(")", at)
    inner = buf[at + 1: close if close != -1 else len(buf)]
    return ":" in inner or HOLE in inner or ";" in inner


def _container_and_publisher(work: _Work, context: str) -> None:
    book_volume = work.fields.pop("_book_volume", False) and "issue" not in work.fields
    journal_evidence = "issue" in work.fields or ("volume" in work.fields and not book_volume) or (
        "page" in work.fields and context == "entry")
    # A second delimited span after the title is the container: "Title," *Journal*
    for start, end, inner, kind in _delimited_spans(work.buf):
        if HOLE in work.buf[start:end]:
            continue
        if "title" in work.fields:
            work.fields["container-title"] = _clean_text(inner)
            work.fields["_delimited_container"] = kind
            work.take(start, end)
            break
    if not journal_evidence:
        for found in PLACE_PUBLISHER_RE.finditer(work.buf):
            place, publisher = found.group(1).strip(), found.group(2).strip()
            if not _plausible_place(place) or HOLE in found.group(0) or JOURNAL_START_RE.match(publisher):
                continue     # "Komputa: Jurnal Ilmiah Komputer": a journal's name, not a place and publisher
            start = found.start(1)
            if ". " in place and place.rpartition(". ")[2].casefold() in lexicon.PUBLISHING_CITIES:
                # "Skripsi, Fakultas Teknik. Yogyakarta: Universitas Gadjah Mada": the town alone
                start += len(place) - len(place.rpartition(". ")[2])
                place = place.rpartition(". ")[2]
            elif (publisher.casefold() in lexicon.PUBLISHING_CITIES and place.casefold() not in lexicon.PUBLISHING_CITIES
                  and (is_institution(place) or place.isupper() or names_a_publisher(place))):
                # "(Skripsi, ..., Universitas Katolik Parahyangan: Bandung)": institution, then town
                place, publisher = publisher, place
            work.fields["publisher-place"] = place
            work.fields["publisher"] = _clean_text(publisher)
            work.take(start, found.end(2))
            break
    # A container introduced by "dalam"/"In", up to the next comma: "in Proc. IEEE Int. Conf."
    for start, end, text in _comma_only_pieces(work.buf) if "container-title" not in work.fields else ():
        intro = _CONTAINER_INTRO_PIECE_RE.match(text)
        if intro:
            work.fields["container-title"] = _clean_text(intro.group(1))
            work.fields["_chapter"] = True
            work.take(start, end)
            break
    if journal_evidence and "container-title" not in work.fields:
        # the journal's name may hold abbreviations: "IEEE Trans. Pattern Anal. Mach. Intell."
        for start, end, text in _comma_only_pieces(work.buf):
            if _meaningful(_clean_text(text)):
                work.fields["container-title"] = _clean_text(text)
                work.take(start, end)
                break
    leftovers = [_clean_text(p[2]) for p in _comma_pieces(work.buf)]
    leftovers = [p for p in leftovers if p and _meaningful(p)]
    if work.fields.get("_chapter") and "container-title" not in work.fields and "title" in work.fields:
        # '"Pribumisasi Islam", dalam Muntaha Azhari (ed.), Islam Indonesia Menatap Masa Depan
        # (Jakarta: P3M, 1989)': the editors taken, the book they edited comes next
        # (a book's name has words, opens with a capital and holds no initials: not "Germany",
        # "J. E. Smith", "Academic Press" or "veränderte Auflage" left over around it)
        # (the text between the parts read, commas and all: "Islam, Negara dan Civil Society")
        regions = [_clean_text(_before_a_town(region.strip(" ,.;:()[]"))) for region in _HOLES_RE.split(work.buf)]
        books = [r for r in regions if " " in r and r[:1].isupper() and not _INITIAL_IN_RE.search(r)
                 and not names_a_publisher(r) and _meaningful(r)]
        if books:
            work.fields["container-title"] = books[0]
            leftovers = [p for p in leftovers if p not in books[0]]
    if not leftovers:
        return
    if "genre" in work.fields and "publisher" not in work.fields:
        # "Tesis, Program Magister Ilmu Ekonomi, Universitas Sumatera Utara": the university.
        universities = [p for p in leftovers if _UNIVERSITY_RE.search(p)]
        work.fields["publisher"] = universities[-1] if universities else leftovers[-1]
        return
    if _CONFERENCE_RE.match(work.fields.get("container-title", "")):
        places = [p for p in leftovers if _plausible_place(p)]
        if places and "publisher-place" not in work.fields:
            work.fields["publisher-place"] = ", ".join(places)
        return
    if "publisher" not in work.fields and "title" in work.fields:
        candidates = [p for p in leftovers if not _NUMBERS_ONLY_RE.fullmatch(p)]
        if candidates and work.fields.pop("_place_before_year", False) and "publisher-place" not in work.fields:
            if len(candidates) > 1 and candidates[-2].casefold() in lexicon.PUBLISHING_CITIES:
                # "Leipzig, Brockhaus 1852": the town, then the publisher before the year
                work.fields["publisher-place"], work.fields["publisher"] = candidates[-2], candidates[-1]
            else:
                work.fields["publisher-place"] = candidates[-1]      # the town before the year
        elif candidates:
            publisher = candidates[-1]
            if (len(candidates) > 1 and _PARTNERS_RE.fullmatch(publisher) and _PARTNER_RE.fullmatch(candidates[-2])
                    and candidates[-2].casefold() not in lexicon.PUBLISHING_CITIES
                    and f"{candidates[-2]}, {publisher}" in work.buf):
                publisher = f"{candidates[-2]}, {publisher}"    # "Farrar, Straus and Giroux": partners' names
            work.fields["publisher"] = publisher if len(publisher.split()) <= 8 else None
    elif "title" not in work.fields:
        work.fields["title"] = leftovers[0]


_HOLES_RE = regex.compile(r"\x00++")
# a publishing house named for its partners, its first name before a comma: "Farrar, | Straus and
# Giroux", "Little, | Brown and Company", "Harcourt, | Brace & World"
_PARTNER_RE = regex.compile(r"\p{Lu}\p{Ll}++")
_PARTNERS_RE = regex.compile(r"\p{Lu}\p{Ll}++[ ](?:and|&)[ ]\p{Lu}\p{Ll}++")


def _before_a_town(text: str) -> str:
    """``text`` up to a comma before a known town: "Dictionnaire critique ..., Paris, GIS ..."."""
    pieces = text.split(", ")
    for k in range(1, len(pieces)):
        if pieces[k].strip(" .").casefold() in lexicon.PUBLISHING_CITIES:
            return ", ".join(pieces[:k])
    return text
_INITIAL_IN_RE = regex.compile(r"(?<!\p{L})\p{Lu}\.")


def _comma_only_pieces(buf: str) -> list[tuple[int, int, str]]:
    """Pieces between commas, semicolons and blanked-out spans (periods kept)."""
    out = []
    depth = 0
    start = 0
    for mark in _PIECE_MARK_RE.finditer(buf + ","):
        i = mark.start()
        ch = mark.group()[0]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and ch in ",;\x00":
            if buf[start:i].strip(" ."):
                out.append((start, i, buf[start:i]))
            start = mark.end()
    return out


_NOT_PLACE = frozenset({"vol", "no", "hal", "hlm", "tahun", "diakses", "http", "https", "edisi"})


def _plausible_place(place: str) -> bool:
    words = place.replace(",", " ").split()
    if not words or len(words) > 4:
        return False
    if words[0].casefold().strip(".") in _NOT_PLACE:
        return False
    return all(w[:1].isupper() for w in words)


def _meaningful(piece: str) -> bool:
    bare = piece.strip(" .,;:-–")
    if len(bare) < 2:
        return False
    if len(bare) <= 10 and _FILLER_WORD_RE.fullmatch(bare):      # ("available." is the longest)
        return False
    return bool(_TWO_LETTERS_RE.search(bare))


def _decide_type(work: _Work, context: str) -> None:
    f = work.fields
    chapter = f.pop("_chapter", False)
    f.pop("_authors_given", None)
    legislation = f.pop("_legislation", False)
    if f.pop("_interview", False):
        f["type"] = "interview"
        return
    if f.pop("_personal_communication", False):
        f["type"] = "personal_communication"
        return
    if f.pop("_fieldwork", False):
        f["type"] = "document"
        return
    f["type"] = "legal_case" if legislation == "legal_case" else decide_type(f, chapter=chapter,
                                                                            legislation=bool(legislation))


# ---- text helpers ------------------------------------------------------------------------

@functools.lru_cache(maxsize=8192)
def _clean_text(text: str) -> str:
    """Blanks, emphasis markers, stray quotes and edge punctuation off a field value."""
    text = text.replace(HOLE, " ").replace("*", "")
    text = " ".join(text.split()).lstrip(".,;: ")
    if ")" in text or "]" in text:
        text = _EMPTY_BRACKETS_RE.sub("", text)
    text = _without_edge_quotes(text, " ,;:“”\"‘’")
    while text.endswith((".", ",", ";", ":")) and not _ABBREVIATION_END_RE.search(text):
        text = text[:-1].rstrip(" ,;:“”\"")
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    return _without_edge_quotes(text, " ,;:“”\"")


def _without_edge_quotes(text: str, edge: str) -> str:
    """``text`` stripped of ``edge`` characters, but for the mark of a quotation that opens it:
    MLA's "“Hope” is the thing with feathers" keeps its “."""
    stripped = text.strip(edge)
    if stripped[:1] != "“" and "”" in stripped and text.lstrip(' ,;:"').startswith("“") \
            and "“" not in stripped[:stripped.find("”")]:
        return "“" + stripped
    return stripped
