"""The text both parsers read: one line, single spaces, with what PDF text and hasty typing
break mended — a word a line's end broke at a hyphen ("pen- elitian"), spaces a PDF put before
stops and commas ("transport .Phys .Rev"), words glued together ("2017.Metodologi",
"Ali,Zainuddin"), Markdown links — never inside a link or an address.
"""
from __future__ import annotations

import functools

import regex

from .lexicon import MONTHS
from .patterns import CAPITALS_FAMILY, ITALIC_JOURNAL_AND_VOLUME_RE, ITALIC_NUMBER_RE, THESIS_WORDS
from .readers.text import plain_characters

MAX_REFERENCE_LENGTH = 4000

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
# right after a comma run into a word, a name or an opening quotation ("Ali,Zainuddin", "RI,“Profil", "R.,dan",
# "),hlm.", "6,no. 4", "Kompas,15 Maret", "14(2),145–158", a year and the volume after it, "2020,9(1)"), a
# state's and its publisher's ("Glencoe,IL:Free Press", "Glencoe, Ill.:The Free Press"), or a colon run
# into the pages after a year's or a range of issues' bracket ("(2022):6313",
# "8(1-4):281–298"); not "Cu,Zn", "1,5", "a,b", a straight quotation mark (which closes as often:
# '"Title," Journal'), nor Vancouver's "312(7023):71-2" (read as written)
# (each branch opens with its mark, which the engine finds fast: most places are no comma or colon)
_GLUED_MARK_RE = regex.compile(
    r",(?:(?<=[\p{L}\d”’)\].],)(?=\p{Ll}[\p{Ll}.]|\p{Lu}\p{Ll}{2}|“)|(?<=\p{L}\p{L},|\d\),)(?=\d)"
    r"|(?<=(?<!\d)(?:1[5-9]|20)\d\d,)(?=\d{1,4}+\())"
    r"|,(?<=\p{Ll},)(?=\p{Lu}{2}:)|:(?<=(?<!\p{L})\p{Lu}{2}:|\p{L}\.:)(?=\p{Lu}\p{Ll}{2})"
    r"|:(?:(?<=\((?:1[5-9]|20)\d\d[a-z]?\):)(?=\d)|(?<=\d[-–]\d{1,4}+\):)(?=\d++[-–]\d))")
# right after a stop run into what follows it: "2017.Metodologi", "Nana.2010.", "S.2003.", "J Kesehat
# Masy.2019;7(3)", "Statistik.(2021)", "E.(2013)", "(2010).Psikologi", "hlm.45", "Jilid II.Yogyakarta",
# "[Internet].Jakarta", "Naïve Bayes.JURNAL", "UMKM.Diakses", "Cetakan ke-11.Jakarta", "Webster.(n.d.)",
# "18-2059).U.S."
# (a year's stop before a word, a name's before its year, a closing bracket's before a word, an
# Indonesian page label's before its number; not "2.5", "No.5", "U.S.", "10.1016", nor "pp.553", which
# the readers know)
_GLUED_STOP_RE = regex.compile(
    r"\.(?=[\p{L}\d(])(?:(?<=(?<!\d)(?:1[5-9]|20)\d\d[a-z]?\.)(?=\p{Lu}\p{Ll})"
    r"|(?<=\p{Ll}{2}\.|(?<!\p{L})\p{Lu}\.)(?=(?:1[5-9]|20)\d\d[a-z]?(?:[;,:]|\.(?!\d)))"
    r"|(?<=[\p{L})]\.)(?=\((?:1[5-9]|20)\d\d|\((?:n\.[ ]?d|t\.[ ]?t|t\.[ ]?th)\.\))"
    r"|(?<=[)\]]\.)(?=\p{Lu}[\p{Ll}.])|(?<=\p{Ll}{2}\.)(?=\p{Lu}{3})|(?<=(?<!\p{L})\p{Lu}{2,}+\.)(?=\p{Lu}\p{Ll}{2})"
    r"|(?<=(?<![\d.,])\d{1,3}+\.)(?=\p{Lu}\p{Ll}{2})"
    r"|(?<=(?<!\p{L})(?:hlm|hal|h)\.)(?=\d)"
    r"|(?<=(?<!\p{L})[IVX]{1,4}+\.)(?=\p{Lu}\p{Ll}{2}))")
# a link run onto what came before it: "145–158.https://doi.org/...", "33-41.doi:10.14710/...",
# "Tersedia:https://..."
_GLUED_LINK_RE = regex.compile(r"(?<=[\p{L}\d)][.,;:])(?=https?://|www\.|doi:)")
# a link's end run onto the access date's words after it: ".../harga-bbm-naik,diakses pada ..."
_LINK_THEN_ACCESS_RE = regex.compile(r"(?<=[\w/]),(?=(?:diakses|diunduh|accessed|retrieved|dari|pada|tanggal|viewed)\b)", regex.I)

# a space before a stop or comma run into the next word or number, before a colon or semicolon
# (and before a colon run into the next word: " :Keadilan"),
# before a closing bracket, or before or after a hyphen between numbers; a space inside an
# opening bracket. The stop must follow a word (" ..." is an ellipsis, " .NET" a name). Every
# branch but the last opens with the space or the bracket, which most places are not: the
# search moves on at once there (and the last is tried on text with "- " only).
_PDF_SPACING_RE = regex.compile(
    r"[ ](?:(?<=[\p{L}\d)\]\x22”][ ])(?P<mark>[.,])(?=\p{Lu}\p{Ll}|\p{Lu}(?!\p{L})|\d|[ ,;:]|$|(?:and|et|dan)[ ])"
    r"|(?<=[\p{L}\d)][ ])(?P<colon>[:;])(?=[ ]|$)|(?<=\p{L}[ ])(?P<glued_colon>:)(?=\p{Lu}\p{Ll})"
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
    if found.group("glued_colon"):
        return ": "             # "Internasional :Keadilan" -> "Internasional: Keadilan"
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
# the country's ISO code after a publisher's town, as the style of IPB (Institut Pertanian Bogor) writes
# it: "Bogor (ID): IPB Press", "New York (US): J Wiley", "Rome (IT): FAO" (not the codes of American
# states too, which Vancouver writes so: "Palo Alto (CA)", "Newark (DE)"; Idaho's yields to Indonesia)
_TOWN_COUNTRY_CODE_RE = regex.compile(
    r"(?<=\p{Lu}\p{Ll}++)[ ]\((?:ID|US|GB|UK|NL|FR|IT|JP|AU|CH|CN|MY|SG|TH|PH|KR|ES|SE|DK|NO|FI|BE|AT|NZ|BR"
    r"|MX|ZA|IE|PT|PL|RU|TW|HK|VN|BD|PK|EG|KE|NG|CL)\)(?=:[ ]?\p{Lu})")
# a group author's abbreviation before its name, as IPB's style writes it ("[BPS] Badan Pusat Statistik.
# 2020.", "[SNI] Standar Nasional Indonesia. 2015."), to be written after it as APA does (a list's number
# may come first; "[12] Smith, J." is a number, "[Anonim]. 2010." no group's name)
_ABBREVIATION_FIRST_RE = regex.compile(
    r"((?:\d{1,4}+[.)][ ]|\[\d{1,4}+\][ ])?)\[(\p{L}[^\[\]\d]{0,24}+)\][ ](\p{Lu}[^.\[\]]{2,150}+)(?=\.[ ])")
# the file's format after a quoted title, as Wikipedia writes it: '"Annual Report 2019" (PDF).'
_PDF_MARK_RE = regex.compile(r"(?<=[\"”])[ ]\(PDF\)(?=[.,])")
# Wikipedia's note of an archived copy, "Archived from the original on 15 January 2016.", "Archived
# (PDF) from the original on ...", "Archived at the Wayback Machine."
_ARCHIVED_RE = regex.compile(r"(?<=[.,][ ])Archived[ ](?:\(PDF\)[ ])?(?:from[ ]the[ ]original[ ](?:on|at)[ ][^.]{3,30}+|at[ ]the"
                             r"[ ]Wayback[ ]Machine)\.[ ]?")
# GB/T 7714's mark of a work's kind right after its title, and "//" before the book or proceedings
# that hold it: "[J]" journal, "[M]" book, "[C]" proceedings, "[D]" thesis, "[R]" report, "[S]"
# standard, "[P]" patent, "[N]" newspaper, "[A]" a part of a collection, "[EB/OL]" online
_TYPE_MARK_RE = regex.compile(r"(?<=[\p{L}\d?!)\]])\[(J|M|C|D|R|S|P|N|A|G|Z|EB|DB|CP)(?:/OL)?\](//)?")
_TYPE_MARKS = {"J": "article-journal", "M": "book", "C": "paper-conference", "D": "thesis", "R": "report",
               "S": "standard", "P": "patent", "N": "article-newspaper", "A": "chapter", "EB": "webpage"}


# GB/T 7714's editors of the book after "//", names in capitals with no mark: "[M]//BROWN A, GREEN B. Urban ..."
_GBT_EDITORS_RE = regex.compile(r"(?<=\[[MCA]\]//)(?:" + CAPITALS_FAMILY + r"[ ]\p{Lu}{1,3}+(?:,[ ](?=\p{Lu}))?){1,8}+(?=\.[ ])")
_GBT_DATES_RE = regex.compile(r"\.?[ ]?\(((?:1[5-9]|20)\d\d-\d\d-\d\d)\)\[((?:1[5-9]|20)\d\d-\d\d-\d\d)\]\.?")
_GBT_NUMBERS_RE = regex.compile(r",[ ]((?:1[5-9]|20)\d\d),[ ](\d{1,4}+(?:[ ]?\([\d-]{1,9}+\))?):[ ]?(?=\p{N})")
_GBT_YEAR_AND_PAGES_RE = regex.compile(r",[ ]((?:1[5-9]|20)\d\d):[ ]?(\d{1,5}+(?:[-–]\d{1,5}+)?)(?=\.?$)")


_ENGLISH_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December")


def _written_iso_day(iso: str) -> str:
    """"2021-09-30" -> "30 September 2021" (as the day is written elsewhere)."""
    year, month, day = (int(part) for part in iso.split("-"))
    return f"{day} {_ENGLISH_MONTHS[month - 1]} {year}" if 1 <= month <= 12 and 1 <= day <= 31 else iso


def _gbt_dates(found) -> str:
    """"(2021-09-30)[2022-03-15]" -> ", 30 September 2021. Accessed 15 March 2022."."""
    return f", {_written_iso_day(found.group(1))}. Accessed {_written_iso_day(found.group(2))}."


# a patent's number before GB/T's "[P]" (after the title's colon), and the day it was granted, the text's end
_GBT_PATENT_RE = regex.compile(r"[:,][ ]?((?:CN|US|EP|JP|WO|KR|DE|GB|FR|ID)[ ]?\d[\d,.]{4,14}+[A-Z]?\d?)\[P\]")
_GBT_DAY_END_RE = regex.compile(r"(?<=\[P\]\.[ ])((?:1[5-9]|20)\d\d-\d\d-\d\d)(?=\.?$)")


def _without_type_mark(found) -> str:
    return ". In: " if found.group(2) else ""


def type_mark(text: str) -> str | None:
    """The CSL type GB/T 7714's mark names ("[J]" a journal's article; "[M]//" a chapter of a book),
    or None."""
    found = _TYPE_MARK_RE.search(text) if "]" in text else None
    if not found:
        return None
    if found.group(1) == "M" and found.group(2):
        return "chapter"
    return _TYPE_MARKS.get(found.group(1))


# the words before the day a work was posted, which is its date: "diunggah pada 3 Maret 2021", "posted
# on March 3, 2021" (a day, or a month and its day, follows)
_POSTED_ON_RE = regex.compile(
    r"(?<=[,.][”\"]?[ ])(?:[Dd]iunggah|[Dd]iposting|[Pp]osted|[Uu]ploaded)(?:[ ](?:pada|on|tanggal|tgl\.))?+[ ]"
    r"(?=\d{1,2}[ ]\p{L}|\p{L}{3,9}\.?[ ]\d{1,2},)")
# a person's part in an audiovisual work, in brackets after the name (APA 7): "Glass, I. (Host).",
# "Heyman, D. (Producers), & Yates, D. (Director).", and in Indonesian "Riza, R. (Sutradara).",
# "Rahman, A. (Pembawa acara).", "(Produser Eksekutif)"
_ROLE = (r"[ ]\((?:(?:Executive[ ])?(?:Host|Director|Producer|Writer|Narrator|Creator|Presenter|Speaker|Composer|Performer"
         r"|Photographer|Artist|Showrunner)s?|Sutradara|Produser(?:[ ]Eksekutif)?|Pembawa[ ]acara|Penulis[ ](?:skenario|naskah)"
         r"|Narator|Pembicara|Narasumber|Fotografer|Komposer|Penyanyi|Kreator)\)")
# (after an initial's stop, the stop after the bracket goes with it: "Nugroho, G. (Director). (2002)")
_ROLE_RE = regex.compile(r"(?<=\.)" + _ROLE + r"\.(?=[ ]|$)|" + _ROLE + r"(?=[.,;]|[ ]&)")
# a social media handle after a name: "Obama, B. [@BarackObama]."
_SOCIAL_HANDLE_RE = regex.compile(r"[ ]\[@[\w.]{1,40}+\]")
# a Markdown link: "[The Economist as Engineer](https://...)"
_MARKDOWN_LINK_RE = regex.compile(r"\[([^\[\]]{1,300}+)\]\(((?:https?://|www\.)[^\s()]{1,600}+)\)")


@functools.lru_cache(maxsize=1024)
def reference_text(text: str) -> str:
    """The text both parsers read: one line, single spaces, at most MAX_REFERENCE_LENGTH."""
    # (a string handed to the library or the command line has not been through a reader: its
    # ligatures, "Speciﬁc", are mended here as a document's are)
    text = " ".join(plain_characters(text).split())
    # APA sets volume numbers in italics too ("*5*(1)"): a number is never a title
    if "*" in text:
        text = ITALIC_NUMBER_RE.sub(r"\1", text)
        if ",*" not in text:
            text = ITALIC_JOURNAL_AND_VOLUME_RE.sub(r"*\1*, \2", text)
    if ("''" in text or "``" in text) and text.count("''") + text.count("``") >= 2:
        # a quotation typed with two apostrophes, or TeX's ``...'': ''Judul Artikel.'' Jurnal ...
        # (one pair of them alone may be a double prime: "beta'' precipitate")
        text = text.replace("``", '"').replace("''", '"')
    if "…" in text or ". . ." in text:
        text = _AUTHORS_LEFT_OUT_RE.sub(", ", text)     # APA 7's "Fanni, A., … Dourado, A.": authors left out
    if "iterbitkan " in text:
        text = _PUBLISHED_IN_RE.sub("", text)
    if "iunggah " in text or "iposting " in text or "osted " in text or "ploaded " in text:
        text = _POSTED_ON_RE.sub("", text)      # "diunggah 3 Maret 2021", "posted on March 3, 2021": the date it appeared
    if "):" in text and _TOWN_COUNTRY_CODE_RE.search(text):
        text = _TOWN_COUNTRY_CODE_RE.sub("", text)      # IPB's "Bogor (ID): IPB Press": the town, no part of its name
    if "] " in text[:32] and _ABBREVIATION_FIRST_RE.match(text):
        text = _ABBREVIATION_FIRST_RE.sub(r"\1\3 [\2]", text, count=1)     # IPB's "[BPS] Badan Pusat Statistik. 2020.": APA's order
    if "(PDF)" in text:
        text = _PDF_MARK_RE.sub("", text)      # Wikipedia's '"Annual Report 2019" (PDF).': the file's format
    if "rchived " in text:
        text = _ARCHIVED_RE.sub("", text)       # Wikipedia's "Archived from the original on 5 May 2015.": no field
    if "[P]" in text:
        # GB/T 7714's patent, "Title: CN110123456A[P]. 2019-08-16.": its number, then its day
        text = _GBT_PATENT_RE.sub(lambda found: f". Patent {found.group(1)}[P]", text)
        text = _GBT_DAY_END_RE.sub(lambda found: _written_iso_day(found.group(1)), text)
    if "]" in text and _TYPE_MARK_RE.search(text):
        # China's GB/T 7714: "Title[J]. Journal, 2019, 165: 104943.", "Title[C]//Proceedings ...":
        # the kind of work (read by type_mark) is no part of the title; "//" opens the container
        if "]//" in text:
            text = _GBT_EDITORS_RE.sub(r"\g<0>, editors", text)     # "[M]//BROWN A, GREEN B. Book": the book's editors
        text = _TYPE_MARK_RE.sub(_without_type_mark, text)
        # ... and writes an online work's dates "(2021-09-30)[2022-03-15]", a journal's numbers
        # after the year ", 2020, 361(2): 1-12" and a book's pages after it ", 2016: 770-778"
        text = _GBT_DATES_RE.sub(_gbt_dates, text)
        text = _GBT_NUMBERS_RE.sub(r". \1;\2:", text)
        text = _GBT_YEAR_AND_PAGES_RE.sub(r", \1, pp. \2", text)
    if "[@" in text:
        text = _SOCIAL_HANDLE_RE.sub("", text)      # APA's "Widodo, J. [@jokowi].": no name's part
    if "r)" in text or "t)" in text or "s)" in text or "a)" in text or "f)" in text or "h)" in text or "i)" in text:
        # (how every role's bracket ends: a cheap test)
        text = _ROLE_RE.sub("", text)       # APA's "Glass, I. (Host).", "Yates, D. (Director).": a role, no name
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
        # BibTeX's en dash between numbers, typed as TeX writes it: "24(2):123--140", "1998--2001"
        text = _outside_links(_NUMBER_RANGE_DASH_RE, "–", text)
    if "-1" in text or "-2" in text:
        text = _outside_links(_MONTH_DASH_YEAR_RE, r"\1 \2", text)     # IEEE's "Jun-2017", "Okt-2022": the month and year
    if ",1" in text or ",2" in text:
        text = _outside_links(_GLUED_YEAR_RE, ", ", text)     # "(Depok: Komunitas Bambu,2013)", "pp. 12–20,2021."
    # a comma or colon a PDF or a hasty hand ran into the next word: "Ali,Zainuddin", "),hlm. 7",
    # "Jurnal Basicedu 6,no. 4 (2022):6313"
    if (text.count(",") != text.count(", ") or "):" in text
            or text.count(":") != text.count(": ") + text.count("://")):      # (most references have none)
        text = _outside_links(_GLUED_MARK_RE, r"\g<0> ", text)
    if ',"' in text:
        text = _space_before_opening_quotes(text)
    if "http" in text or "www." in text or "doi:" in text:
        text = _GLUED_LINK_RE.sub(" ", text)
        if "," in text:
            text = _LINK_THEN_ACCESS_RE.sub(", ", text)
    if text.count(".") != text.count(". ") + text.endswith("."):
        text = _outside_links(_GLUED_STOP_RE, r"\g<0> ", text)
    # words a PDF or a style glued together: "coefficientsTurkish Journal", "(ACS)Komputa"
    if not _GLUE_HINT_RE.search(text):
        return text
    return _outside_links(_GLUED_WORDS_RE, " ", text)


# APA 7's ellipsis between the first authors and the last: "Bendhaiba, L., … Villa-Vialaneix, N."
_AUTHORS_LEFT_OUT_RE = regex.compile(r"(?<=\p{Lu}\.),[ ](?:…|\.[ ]\.[ ]\.)[ ](?=\p{Lu}[\p{L}'’-]++,[ ]\p{Lu}\.)")
_MONTH_DASH_YEAR_RE = regex.compile(
    r"(?<!\p{L})(" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?-((?:1[6-9]|20)\d\d)(?!\d)", regex.I)
_GENRE_DASH_RE = regex.compile(r"(?<=\b" + THESIS_WORDS + r")--(?=\p{L})", regex.I)
_NUMBER_RANGE_DASH_RE = regex.compile(r"(?<=\d)--(?=\d)")


def _space_before_opening_quotes(text: str) -> str:
    """A comma run into a straight quotation mark and a capitalised word: IEEE-ID's 'D.
    Prasetyo,"Implementasi ...,"' (the mark opens a title where no mark is open before it;
    '"Title,"Journal' closes one)."""
    parts = text.split('"')
    for k in range(0, len(parts) - 1, 2):      # (the marks after an even count of marks open)
        if parts[k].endswith(",") and _CAPITALISED_WORD_START_RE.match(parts[k + 1]):
            parts[k] += " "
    return '"'.join(parts)


_CAPITALISED_WORD_START_RE = regex.compile(r"\p{Lu}\p{Ll}")


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
