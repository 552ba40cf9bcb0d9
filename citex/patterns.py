"""Every regular expression citex uses, compiled once.

Names end in ``_RE``; each has a worked example above it. Patterns avoid nested unbounded
quantifiers, and the ones run over whole documents use possessive or bounded repeats, so
none can backtrack catastrophically on hostile text.
"""
from __future__ import annotations

import regex

from . import lexicon

SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
SUPERSCRIPT_TO_ASCII = str.maketrans(SUPERSCRIPT_DIGITS, "0123456789")

# ---- footnotes and markers ---------------------------------------------------------------

# "¹⁴ C. Kagley, dan E.R.Wittkopf, ..." and glued "²⁶IOM Newsletter. 2014 ..."
FOOTNOTE_START_SUPERSCRIPT_RE = regex.compile(r"^[ ]{0,8}+([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}+)[ ]*+(?=\S)")

# "[^3]: The population loss ..." (pandoc / Markdown footnote definition)
FOOTNOTE_START_MARKDOWN_RE = regex.compile(r"^[ ]{0,3}+\[\^([^\]\s]{1,60}+)\]:[ ]?+")

# "1 Paul R. Krugman, ..." or "12. Ibid., 110." at the start of a line (PDF text, endnotes), and
# glued "18Safira Armah and ..." where the PDF lost the space after the superscript
FOOTNOTE_START_PLAIN_RE = regex.compile(r"^[ ]{0,8}+(\d{1,3}+)(?:(?:[.)])?[ ]++(?=\S)|(?=\p{Lu}\p{Ll}))")

# "[1]Sutrisno, Pembaharuan ...", "[2] Ibid., hlm. 56": a word processor's endnotes saved as text
BRACKET_NOTE_START_RE = regex.compile(r"^[ ]{0,3}+\[(\d{1,3}+)\][ ]?+(?=\S)")

# "... pendidikan Islam.[12] Lalu", "... adversarial. [6] Keamanan": the marker of such an endnote
# (glued to the word before, or a space after the sentence's mark)
MARKER_BRACKET_RE = regex.compile(r"(?:(?<=\S)|(?<=[.,;:!?)\"”*][ ]))\[(\d{1,3}+)\]")

# "... human trafficking*.¹" or "Indonesia²⁶": superscript digits anywhere but a line start
MARKER_SUPERSCRIPT_RE = regex.compile(r"(?<=[^\s⁰¹²³⁴⁵⁶⁷⁸⁹])[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4}+")

# "(Hochschild 119).[^3] The", "on these efforts[^10]:" (a Markdown footnote reference; the label
# that opens a definition's line, with its colon, is not one)
MARKER_MARKDOWN_RE = regex.compile(r"(?|(?<=\S)\[\^([^\]\s]{1,60}+)\]|\[\^([^\]\s]{1,60}+)\](?!:))")

# "... rendah.1 Dalam", "... terbesar.3", "pada 2019.6" (PDF text that lost the superscript),
# before the stop: "organisasi2.Menurut", "efisien4.", and after a sentence's stop and a space
# at a line's end: "lebih efektif dan terstruktur. 11"
MARKER_PLAIN_RE = regex.compile(
    r"(?:(?<=[\p{L}.,;:)\]”\"’'*])(?=\d{1,3}+(?:[\s,;:]|\.(?!\d)|$))|(?<=\p{Ll}[.”\"][ ])(?=\d{1,3}+[ ]*+$))"
    r"(\d{1,3}+)", regex.M)

# "        17", "- 17 -" or "— iv —": a bare page number from PDF text
PAGE_NUMBER_LINE_RE = regex.compile(r"^[ ]*+(?:[-–—][ ]?)?(\d{1,4}+|[ivxlc]{1,6}+)(?:[ ]?[-–—])?[ ]*+$")

# "BAB II", "Bab 3", "CHAPTER IV", "Chapter 13 – Conclusions" on a line of its own (numbering
# restarts per chapter)
CHAPTER_HEADING_RE = regex.compile(
    r"^[ #*]*+(?:BAB|Bab|CHAPTER|Chapter)[ ]++([IVXLC]{1,6}+|\d{1,2}+)\b[ .:*–—-]*+(?:[\p{L}\d ,&'’()/-]{0,100}+)?$")

# ---- headings ------------------------------------------------------------------------------

# "## 5. DAFTAR PUSTAKA", "**VI. REFERENCES**": numbering and emphasis around a heading
HEADING_DECORATION_RE = regex.compile(
    r"^[ #*_=]*+(?:(?:[IVXLC]{1,6}+|\d{1,2}+|[A-Z])(?:\.\d{1,2}+)*+[.)]?[ ]++)?(.*?)[ *_:=]*+$")

# "DAFTAR RUJUKAN ........ 12": a table-of-contents line, not a heading
TOC_LINE_RE = regex.compile(r"(?:\.[ ]?){4,}+|…{2,}+|[ ]{3,}+\d{1,4}+[ ]*+$|[.…][ ]*+\d{1,4}+[ ]*+$")

# ---- reference lists -----------------------------------------------------------------------

# "- Haris", "• Haris", "* Haris", "➢ Haris", "1. Haris", "[12] Haris", "12) Haris" opening a list
# item; or a word processor's Symbol or Wingdings bullet, which PDF text gives as a private-use
# character (U+F0B7, U+F0A7, U+F076 ...: never a letter, so no space need follow it)
LIST_BULLET_RE = regex.compile(
    r"^[ ]{0,12}+(?:[-–•●▪◦·*+■□◆❖►➢➤○✓‣⁃][ ]++|[\uf000-\uf0ff][ ]*+|(?:\[(\d{1,4}+)\]|(\d{1,3}+)[.)])[ ]*+)")

# "———. 2015." or "------, 2015": the previous entry's authors again
REPEATED_AUTHOR_RE = regex.compile(r"^[ ]*+(?:[—–_-]{2,}+|[—–]{1,}+)[ ]*+[.,]?[ ]*+")


def repeated_author(text: str):
    """REPEATED_AUTHOR_RE's match, tried only where a dash opens the text (it runs for every
    reference; hardly any opens so)."""
    return REPEATED_AUTHOR_RE.match(text) if text.lstrip(" ")[:1] in "—–_-" else None


# "A. Buku", "B. Jurnal:", "1. Peraturan Perundang-undangan" (sub-heading in a list)
SUBHEADING_RE = regex.compile(r"^[ #*]*+(?:(?:[A-Z]|[IVX]{1,4}+|\d{1,2}+)[.)][ ]++)?([\p{L} ,&'-]{3,60}?)[ :*]*+$")

# A line that opens an entry: "Haris, A.", "Buzan.B, People", "Synder. A. C,", "Badan Pusat Statistik. 2021.",
# "Badan Pusat Statistik [BPS]. (2021).", "Haedari, dkk, Amin", UM's unsigned news "Jawa Pos. 12 Mei 2018."
ENTRY_START_NAME_RE = regex.compile(
    r"^[ ]*+(?:\p{Lu}[\p{L}'’-]{1,30}+(?:[ ](?:(?:dan|and|of|for|&)[ ])?\p{Lu}[\p{L}'’-]{1,30}+){0,5}+"
    r"(?:[ ]\[\p{L}[\p{L}\d&-]{1,24}+\])?+[ ]?[,.][ ]?"
    r"(?:\p{Lu}|\(?(?:1[5-9]|20)\d{2}|\d{1,2}+[ ]\p{L}{3,10}+\.?,?[ ](?:1[5-9]|20)\d{2}|t\.[ ]?t|n\.[ ]?d|\(|dkk\b|et[ ]al\b)"
    r"|\p{Lu}[\p{L}'’-]{1,30}+[ ]\(\d{4}|\p{Lu}{2,12}+[.,]?[ ]\(?\d{4})")

# one to three lower-case particles and a space before a name (van, van der, de)
LOWERCASE_PARTICLES = r"(?:(?:" + "|".join(lexicon.LOWERCASE_NAME_PARTICLES) + r")[ ]){1,3}+"
# a given name abbreviated with a stop, "Moh", "Abd" (the stop is the caller's)
ABBREVIATED_GIVEN_NAME = r"(?:" + "|".join(lexicon.ABBREVIATED_GIVEN_NAMES) + r")"
# a family name in capitals before its initials, as China's GB/T 7714 and French lists write it ("ZHANG L",
# "AMANDRY M."): two letters at least, and no degree in capitals ("MA", "SE", "MM" after a name are degrees)
CAPITALS_FAMILY = r"(?!(?:MA|SE|MM|MD|SH|SS|ST|MT|MP|MS|SP|PHD|DR|IR|DRS)(?!\p{L}))\p{Lu}{2,15}+"

# A line that opens an entry with a name in lower case: "van Dijk, J. 2020.", "de Vries, A. dan ...",
# "van der Berg (2019)", "e-Estonia. 2025.", "al-Attas, S. M. N." (a particle or a short prefix and
# hyphen, then the name and what follows a name: a given name, or the year)
LOWERCASE_NAME_START_RE = regex.compile(
    r"^[ ]*+" + LOWERCASE_PARTICLES + r"\p{Lu}[\p{L}'’-]{1,30}+"
    r"(?:,[ ]\p{Lu}|\.[ ]\(?(?:1[5-9]|20)\d{2}|[ ]\((?:1[5-9]|20)\d{2})"
    r"|^[ ]*+\p{Ll}{1,3}+-\p{Lu}[\p{L}'’-]{1,30}+(?:,[ ]\p{Lu}|\.[ ]\(?(?:1[5-9]|20)\d{2}|[ ]\((?:1[5-9]|20)\d{2})")

# Two entries glued on one line: "Indonesia Archer. C, *International", "1998. Sinaga. O, Implementasi",
# or an author-date entry after the stop that ends the one before, with or without a space:
# "Jakarta: Sinar Grafika.Subekti, R. 2005. Hukum", "Bandung: Alfabeta. Arikunto, S. (2013)."
# (not a container that in or dalam introduces, as in Proc. Y, 2018); or a Chicago entry after the
# year or pages that end the one before: "Jakarta: KLHK, 2018.Nguitragool, Paruedee. “Negotiating",
# "356-378. Varkkey, Helena. The Haze" (the caller keeps a town and publisher, Jakarta, Balai Pustaka.)
GLUED_ENTRY_RE = regex.compile(
    r"(?<=[\p{Ll}\d][.,]?[ ])(?<!(?<!\p{L})(?:in|In|dalam|Dalam)[ ])(\p{Lu}\p{Ll}{2,20}+)\.[ ]?\p{Lu}\.?(?:[ ]?\p{Lu}\.?){0,2}+[ ]?,[ ]"
    r"|(?<=\p{Ll}{2}\.[ ]?)(?<!(?<!\p{L})(?:in|In|dalam|Dalam):?[ ])(\p{Lu}\p{Ll}{2,20}+),[ ](?:\p{Lu}\.[ ]?){1,3}+\(?(?:1[5-9]|20)\d\d\b"
    r"|(?<=\d\.[ ]?)(\p{Lu}\p{Ll}{2,20}+),[ ]\p{Lu}\p{Ll}++(?:[ ](?:\p{Lu}\.|\p{Lu}\p{Ll}++)){0,3}+\.[ ](?=[\p{Lu}“\"])")

# "2011 US Department ...": a line of a list that opens with a year and a capital
YEAR_FIRST_START_RE = regex.compile(r"^[ ]*+(?:1[5-9]|20)\d{2}+[ ]++\p{Lu}")

# ---- pieces of a reference -----------------------------------------------------------------

# "<http://ecosocmonitor.com/2008/02/x.html>", "https://doi.org/10.1787/x", "www.bps.go.id"
URL_RE = regex.compile(
    r"<?((?:https?|ftp)[:;]//[^\s<>\"“”]++|https?//[^\s<>\"“”]++|htp://[^\s<>\"“”]++"
    r"|www\.[^\s<>\"“”]++)>?", regex.I)

# "doi:10.1016/j.edurev.2018.02.002", "https://doi.org/10.3389/fpsyg.2019.02366"
DOI_RE = regex.compile(r"(?:doi[:.]?[ ]?|doi\.org/)?\b(10\.\d{4,9}+/[^\s<>\"“”]++)", regex.I)

# "diakses pada tanggal 03 Agustus 2017", "Accessed 12 January 2020", "[diakses 5 Mei 2020]",
# "Retrieved March 3, 2019, from", "diakses 12 Maret 2021, pukul 07.00 WIB", "[cited 2022 Jan 10]",
# Vancouver in Indonesian "[dikutip 12 Jan 2021]" (bracketed: elsewhere the word means quoted),
# Malay "dicapai 3 Disember 2021"
ACCESSED_RE = regex.compile(
    r"[(\[]?\b(?:di[ ]?akses|diunduh|diambil|dikunjungi|dicapai|accessed|retrieved|viewed|downloaded|"
    r"tanggal[ ]akses|akses|(?<=\[)cited|(?<=\[)dikutip)\b(?:[ ](?:pada|tanggal|tgl\.?|on|hari|from)){0,3}+[ ,:]*+"
    r"(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday),?[ ])?"
    r"(\d{1,2}+[ ./-]?\p{L}{3,10}+\.?[ ,/-]?\d{4}+|\p{L}{3,10}+\.?[ ]\d{1,2}+,?[ ]?\d{4}+|"
    r"\d{1,2}+[/.-]\d{1,2}+[/.-]\d{2,4}+|\d{4}+-\d{2}+-\d{2}+|\d{4}+[ ]\p{L}{3,10}+\.?(?:[ ]\d{1,2}+)?)"
    r"(?:[ ,]*+(?:pukul|jam|at|pkl\.?)[ ]?\d{1,2}+[.:]\d{2}+(?:[ ]?(?:WIB|WITA|WIT|[AP]M))?)?"
    r"(?:[ ,]*+(?:from|dari|daripada)\b)?[)\]]?", regex.I)

# "(2018)", "(2019a)", "(t.t.)", "(n.d.)", "(2020, March 3)" right after the authors (APA)
YEAR_PAREN_RE = regex.compile(
    r"\(\s*+((?:1[5-9]|20)\d{2}+[a-z]?|t\.\s?t[h]?\.|t\.th\.?|tanpa tahun|n\.\s?d\.|n\.d|"
    r"in press|forthcoming|dalam proses)(?:[,/][^()]{0,30}+)?\s*+\)", regex.I)

# a year anywhere: "1998", "2019a" (not inside a longer number)
YEAR_RE = regex.compile(r"(?<![\d./-])((?:1[5-9]|20)\d{2}+)([a-z])?(?![\d])")

# "t.t.", "t.th.", "n.d.", "s.a." and "tanpa tahun" written for a missing year; before a
# colon, t.t. is tanpa tempat (no place), as in (t.t.: t.p., 2001)
# (the letter after the first is lower case: 'N. D.' and 'T. T.' after a family name are initials)
NO_YEAR_RE = regex.compile(r"(?<!\p{L})(?>[tT]\.\s?th?\.?|(?i:tanpa tahun)|[nN]\.\s?d\.?|[sS]\.a\.|(?<=[.,][ ])(?:Forthcoming|In[ ]press))"
                        r"(?!\p{L})(?![ ]?:)")


def may_say_no_year(text: str) -> bool:
    """A cheap test before NO_YEAR_RE: what each of its forms cannot be written without."""
    return ("t." in text or "T." in text or "n." in text or "N." in text or "s.a." in text or "S.a." in text
            or "tanpa tahun" in text.casefold() or "Forthcoming" in text or "In press" in text)


# "t.p." (tanpa penerbit), "s.n." (sine nomine), "tanpa penerbit": no publisher
NO_PUBLISHER_RE = regex.compile(r"(?:t\.\s?p\.?|tanpa penerbit|s\.\s?n\.?|n\.\s?p\.?)", regex.I)

# "t.t.", "t.tp.", "tanpa tempat", "s.l.": no place
NO_PLACE_RE = regex.compile(r"(?:t\.\s?t\.?|t\.\s?tp\.?|tanpa tempat|s\.\s?l\.?|n\.\s?p\.?)", regex.I)

# "Hal. 3-4", "hlm. 12", "h. 5", "p. 9", "pp. 782–94", "halaman 20-21", "Hal.73-74", "hlm. xii",
# Dutch "blz. 45" (bladzijde, in colonial sources), Malay "ms. 45" (muka surat) (a roman numeral only after a dot or a space, and a capital one not after h., p. or S.: 'Hall'
# is a name, not page l, and 'Kramer, S. L.' or 'H. C.' are initials)
PAGE_LABEL_RE = regex.compile(
    r"(?<!\p{L})(?:(?:halaman|hlmn?|hal|blz|pp|pg|pages?)(?:\.[ ]?+|[ ]++|(?=\d))|ms\.[ ]?+(?=\d)"
    r"|[hp](?:\.[ ]?+|[ ]++|(?=\d))(?!(?-i:[IVXLC]{1,6}+)\b)|S(?:\.[ ]?+|[ ]++)?+(?=\d))"
    r"(\d{1,5}+(?:[ ]?[-–—][ ]?\d{1,5}+)?(?:,[ ]?(?!(?:1[5-9]|20)\d\d\b)\d{1,5}+(?:[-–]\d{1,5}+)?){0,4}+|[ivxlc]{1,6}+)\b",
    regex.I)

# "2015), 55–57.", "Economics, 482–84", "(1987): 255.", "“Bounds Testing,” 301." at the end of a note
# (Chicago/Turabian pinpoint; the comma after a quoted title goes inside the quotation marks)
TRAILING_PAGES_RE = regex.compile(
    r"[,:][\"”’]?+[ ]?+(\d{1,5}+(?:[ ]?[-–—][ ]?\d{1,5}+)?(?:,[ ]?\d{1,5}+){0,3}+)[ ]*+[.]?[ ]*+$")

# a journal's "edisi", a volume, not an edition: the issue's number follows ("edisi III, No. 2")
JOURNAL_EDISI = r"edisi(?=[ ](?:[IVXLC]{1,6}|\d{1,3}),?[ ](?:no|nomor)\b)"

# a magazine's "edisi", no edition either: the days it came out, "Edisi 10-16 September 2012"
_MONTH_WORD = r"(?:" + "|".join(sorted(lexicon.MONTHS, key=len, reverse=True)) + r")"
DATED_EDISI = r"edisi[ ]\d{1,2}+(?:[ ]?[-–][ ]?\d{1,2}+)?[ ]" + _MONTH_WORD + r"\.?[ ](?:1[5-9]|20)\d\d\b"
DATED_EDISI_RE = regex.compile(r"(?=" + DATED_EDISI + r")edisi[ ](\d{1,2}+)", regex.I)

# a patent and its number, with its country: IEEE's "U.S. Patent 3 624 125", "USA Patent 8181907",
# "US Patent 3,712,959", "European Patent No. EP1234567", Indonesian "Paten Nomor IDP000012345"
PATENT_RE = regex.compile(
    r"(?<![\p{L}\d])((?:(?:U\.[ ]?S\.(?:[ ]?A\.)?|USA?|European|EP|Japanese|JP|German|DE|UK|GB|Canadian|CA|Chinese|CN"
    r"|Korean|KR|Indonesia|WO|World)[ ])?(?:[Pp]atent|Pat\.|Paten)(?:[ ](?:Nomor|Number|Nr\.?|No\.?|№))?+[ ]?"
    r"((?:[A-Z]{2,3}[ ]?)?(?:\d{1,3}(?:[ ,.]\d{3}){1,3}+|\d{4,12}+)(?:[ ]?[A-Z]\d?)?))(?![\p{L}\d])")

# a standard's designation (not a journal's name and its year, Proc IEEE 2013): "IEEE Std 802.11-2020",
# "ISO 9001:2015", "ISO/IEC 27001:2013",
# "SNI 01-3553-2006", "SNI 2847:2019", "ASTM D638-14", "ANSI/ASHRAE 90.1-2019", APA's "ISO Standard No. 9001:2015",
# "ISO/ASTM 52900", "ASME A112.19.5-2005"
STANDARD_NUMBER_RE = regex.compile(
    r"\b(?:IEEE[ ]Std\.?|(?:ANSI|ASTM|ISO|IEC|SNI|BS|EN|DIN|JIS|ASME|NFPA|ASHRAE)(?:/(?:IEC|IEEE|ASHRAE|ISO|ASTM))?"
    r"(?:[ ]Std\.?|[ ]Standard[ ]No\.)?)[ ](?!(?:1[5-9]|20)\d\d(?!\d|[.:/-]\d))[A-Z]?\d(?:[.:/-]?+\d)*+"
    # (a standard two bodies publish: "ASME A112.19.2-2008/CSA B45.1-08")
    r"(?:/(?:CSA|ASME|ANSI|ISO|IEC|ASTM)[ ][A-Z]?\d(?:[.:/-]?+\d)*+)?")

# a bracketed description of a work after its title, APA 7's "[Video]", "[Data set]", "[Paper
# presentation]" (lexicon.TITLE_DESCRIPTIONS and REPORT_DESCRIPTIONS say which brackets are such)
DESCRIPTION_BRACKET_RE = regex.compile(r"[ ]?\[([\p{L} -]{2,40}+)\]")

# how many volumes a work has, Chicago's "2 vols.", "3 jilid", German "25 Bde." ("Braudel, Fernand. The Mediterranean
# .... 2 vols. Translated by ...", "4 vols. in 5.": bound in five) — not the one volume cited
VOLUME_COUNT_RE = regex.compile(
    r"[ ]?(?<![\d.,:-])(\d{1,2}+)[ ](?:(?:vols?|jil|bde)\.(?:[ ]in[ ]\d{1,2}+(?=[.,;)]))?(?![ ]?\d)"
    r"|(?:volumes|jilid|bände|tomes)(?=[ ]?[.,;)]|$))", regex.I)

# "Vol. 5 No. 2", "vol. 18, no. 4", "Volume 3, Nomor 1", "Jilid I", "jil. 1", "Buku II", Dutch
# "Deel II" and "dl. I", a journal's "edisi III, No. 2", Malay "Jil. 20, Bil. 2", the old spelling's "Djilid I"
VOLUME_ISSUE_RE = regex.compile(
    r"\b(?:vol(?:ume)?|volume|d?jilid|jil(?=\.)|juz|(?:buku|deel)(?=[ ](?:[IVXLC]{1,6}|\d{1,2})\b)"
    r"|dl(?=\.[ ](?:[IVXLC]{1,6}|\d{1,2})\b)|" + JOURNAL_EDISI + r")"
    r"\.?[ ]?+([0-9]{1,5}+|[IVXLC]{1,6}+)\b"
    r"(?:[ ,]*+(?:nos?|nomor|issues?|edisi|nr|numbers?|bil(?=\.)|bilangan)\.?[ ]?+(\d{1,5}+(?:[-–/]\d{1,4}+)?))?", regex.I)

# ", 12 Oktober 1955", ", 3 Mei 1920": a day, month and year right after a periodical's name (groups
# day, month, year)
DAY_MONTH_YEAR_AFTER_RE = regex.compile(r",[ ](\d{1,2}+)[ ](\p{L}{3,10}+)\.?[ ]((?:1[5-9]|20)\d\d)(?=[,.;]|$)")

# "no. 2", "No. 2" without a volume label (as in Econometrica 55, no. 2), Malay "Bil. 15" (bilangan)
ISSUE_LABEL_RE = regex.compile(r"\b(?:no|nomor|issue|nr|bil(?=\.)|bilangan)\.?[ ]?+(\d{1,5}+(?:[-/]\d{1,4}+)?)\b", regex.I)

# "24(2), 31–54", "35 (2): 175-182", "16 (3): 289–326", a supplement, "7(Suppl 3):5–18", AMA's
# "95(suppl 1):S144-S150" (a supplement's pages numbered with an S)
VOLUME_PAREN_RE = regex.compile(
    r"(?<![\d\p{L}])(\d{1,4}+)[ ]?\((\d{1,4}+(?:[-/–]\d{1,4}+)?|[Ss]uppl(?:ement)?\.?[ ]?\d{1,4}+|[\p{L} ]{1,20}+)\)"
    r"(?:[ ]?[:,][ ]?(?:(?:pp?|hlm|hal|h)\.?[ ]?)?(S?\d{1,6}+(?:[ ]?[-–—][ ]?S?\d{1,6}+)?))?")

# "Educational Research Review, 24, 31–54." (APA volume with no issue)
VOLUME_PAGES_RE = regex.compile(
    r",[ ]?(\d{1,4}+),[ ]?(?:(?:Artikel|Article|Art\.|e)[ ]?)?(\d{1,6}+(?:[ ]?[-–—][ ]?\d{1,6}+)?)[ ]*+\.?")

# "Cultural Critique, no. 1 (1985): 89–107": a journal Chicago cites by its issue alone, no
# volume before it (the number is followed by the year's bracket); Malay "Jurnal Usuluddin, Bil. 15 (2002)"
ISSUE_ONLY_RE = regex.compile(r"(?<=\p{L},)[ ](?:no|nomor|bil)\.[ ]?+(\d{1,5}+)(?=[ ]?\((?:1[5-9]|20)\d\d\))", regex.I)

# Chicago's chapter pages, after the book and its editors and before its place and publisher:
# ", edited by B. Wibowo, 45-67. Yogyakarta: Pustaka Pelajar", "ed. Ann Lee, 103–29. Chicago: Aldine"
CHAPTER_PAGES_BEFORE_FACTS_RE = regex.compile(
    r",[ ](\d{1,5}+[-–]\d{1,5}+)\.[ ](?=\p{Lu}[\p{L}.]*+(?:[ ]\p{Lu}[\p{L}.]*+){0,3}+(?:,[ ]\p{Lu}{2}+)?:[ ])")

# "Econometrica 55, no. 2 (1987): 255": the volume right before the issue number
VOLUME_BEFORE_NO_RE = regex.compile(r"(?<![\d.])(\d{1,4}+),?[ ](?=(?:no|nomor)\.?[ ]?\d)", regex.I)

# an edition written as its ordinal word alone, as reference managers print a BibTeX edition
# field: "Telecommunication Systems and Data Networks. Third. Springer" (a piece of its own)
ORDINAL_EDITION_RE = regex.compile(r"(?<=[.,][ ]|^)(Second|Third|Fourth|Fifth)(?=[.,]{1,2}+(?:[ ]|$)|$)")

# "Cet. II", "Cet. ke-3", "cetakan ketiga", "Edisi ke-8", "edisi ke-10", "Ed. Revisi",
# "Edisi Revisi", "4th ed.", "2nd edn", "Edisi Kedua", "3rd edition"
EDITION_RE = regex.compile(
    r"(?<!\p{L})(?:(?!" + JOURNAL_EDISI + r"|" + DATED_EDISI + r")(?:cet(?:akan)?|edisi|ed|edition|cetk?)\.?[ ]?(?:ke[ -]?)?"
    r"((?:[IVXLC]{1,6}+|\d{1,3}+|revisi|revised|baru|kedua|ketiga|keempat|kelima|pertama|"
    r"keenam|ketujuh|kedelapan|kesembilan|kesepuluh)\b)"
    r"|(\d{1,3}+)(?:st|nd|rd|th)[ ]?(?:ed(?:ition|n)?\.?|edisi)|"
    r"(revised|rev\.|expanded|second|third|fourth|fifth)[ ]ed(?:ition|n)?\.?)", regex.I)

# "Bandung: Lepsindo", "(Jakarta: Bulan Bintang, 2005)", "Hoboken, NJ: Wiley", Dutch towns
# written with their article, "'s-Gravenhage: Martinus Nijhoff"
PLACE_PUBLISHER_RE = regex.compile(
    r"(?:^|(?<=[(;.,\x00][ ]?+)|(?<=[(;.,\x00]))[ ]?+"
    r"((?:['’]s-)?\p{Lu}[\p{L}.'’-]{1,25}+(?:[ ]\p{Lu}[\p{L}.'’-]{1,25}+){0,2}+(?:,[ ]?[A-Z]{2,3}\b){0,2}+)"
    r"[ ]?:[ ]?+(\p{Lu}(?:[^:;,()\[\].]|\.(?<=(?:\b(?:St|Co|Inc|Ltd|PT|CV|Bros|Jr|Dr|Mt|Ft|Pt)|(?<!\p{L})\p{Lu})\.)){1,80}?"
    r"|\p{N}[^:;,()]{1,60}?)"
    r"(?=[ ]?(?:[,;)]|\.(?<!\b(?:St|Co|Inc|Ltd|PT|CV|Bros|Jr|Dr|Mt|Ft|Pt|\p{Lu})\.)|$))")

# "tidak diterbitkan", "belum dipublikasikan": a thesis not published (the words of a genre)
UNPUBLISHED_ID = r"(?:tidak|tak|belum)[ ]di(?:terbitkan|publikasikan)"

# a work not published, said after its title: "Unpublished manuscript", "Manuscript submitted for
# publication", "Manuscript in preparation", "Unpublished paper", "Naskah tidak diterbitkan",
# "Makalah tidak diterbitkan" (a sentence of its own, or before a comma and who has it; not the end
# of a quoted title)
UNPUBLISHED_WORK_RE = regex.compile(
    r"(?<=^|[.,][ ])((?:unpublished[ ])?manuscript(?:[ ](?:submitted[ ]for[ ]publication|in[ ]preparation|under[ ]review))?"
    r"|unpublished[ ](?:paper|report|raw[ ]data|data)|(?:naskah|makalah)[ ]" + UNPUBLISHED_ID + r")(?=[ ]?[.,;](?![”\"’])|$)", regex.I)

# the words that name a thesis: "Skripsi", "Tesis", "Disertasi", "thesis", "Tugas Akhir"
THESIS_WORDS = r"(?:skripsi|tesis|disertasi|thesis|dissertation|tugas[ ]akhir|karya[ ]tulis[ ]ilmiah)"

# words of a guide to writing theses, before "Skripsi" in its title, and the joining words of a title
# that names theses ("Metode Penelitian untuk Skripsi dan Tesis Bisnis")
_THESIS_GUIDE_WORDS = r"(?:penulisan|penyusunan|pedoman|panduan|menulis|menyusun|bimbingan|pembimbingan|writing|template|untuk|dan|for|and|of)"
# "Skripsi", "[Skripsi]", "Tesis, Program Magister ...", "PhD thesis", "Disertasi Doktor", Malay
# "Tesis Sarjana", "Tesis Doktor Falsafah",
# "Skripsi tidak diterbitkan" (kept whole, as "Unpublished doctoral dissertation" is), "Bachelor thesis"
GENRE_RE = regex.compile(
    # (not after a word in lower case, "How to write a thesis.", "Writing your dissertation", nor
    # after a guide's words, "Pedoman Penulisan Skripsi Fakultas ...": those are titles)
    r"(?|(?<!\p{L})\[?(?<!(?:^|[ ])(?-i:\p{Ll})[\p{L}'’]{0,30}[ ])(?<!\b" + _THESIS_GUIDE_WORDS + r"[ ])"
    r"((?:unpublished[ ])?(?:(?:doctor|master)[ ]of[ ](?:philosophy|arts|science|education|laws)|ph\.?d\.?|doctoral|doctor'?s?|master'?s?|m\.?a\.?|b\.?a\.?|"
    r"bachelor'?s?|diploma|honou?rs|undergraduate|m\.?sc\.?|b\.?sc\.?)?[ ]?"
    + THESIS_WORDS +
    r"(?:[ ](?:doktor(?:[ ]falsafah)?|magister|sarjana(?:[ ]muda)?|S[123]))?(?:[ ]" + UNPUBLISHED_ID + r")?)"
    r"\]?(?!\p{L})"
    # the other languages' theses, capitalised, alone before a mark or with what kind they are
    # ("Thèse de doctorat en Sciences de Gestion,", "Dissertação de mestrado", "Tesi di laurea",
    # "Diplomarbeit."; not a title's word, "Tese e Antítese")
    r"|(?<!\p{L})\[?((?-i:Thèse|Tese|Dissertação|Tesi|Diplomarbeit|Masterarbeit|Bachelorarbeit)"
    r"(?:[ ](?:de|d['’]|di|dactyl\.|pour)[^,.;:()\[\]\x00]{0,80}+)?)(?=\]|[ ]?[,.;:(\x00]|$)\]?)", regex.I)

# the codes of law (Kitab Undang-Undang Hukum Perdata, KUHPerdata, KUHP, Kompilasi Hukum Islam, KHI): cited
# without a year
CODE_OF_LAW = r"kitab[ ]undang[- ]undang|kuh(?:perdata|pidana|pt|ap|pd|d|p)\b|kompilasi[ ]hukum[ ]islam|khi\b"

# a law's number, "Nomor 20", "No. 13", "No.5A", and its year, "Tahun 2003", "Th. 2003" (each
# with its group): the pieces a law's title, a decision's type and the text naming a law share
LAW_NUMBER = r"\b(?:nomor|no\.?)[ ]?(\d{1,4}[A-Z]?)"
LAW_YEAR = r"\b(?:tahun|thn?\.)[ ]?(\d{4})\b"
LAW_NUMBER_RE = regex.compile(LAW_NUMBER, regex.I)

# "Undang-Undang Republik Indonesia Nomor 1 Tahun 2022 tentang", "Peraturan Pemerintah No. 12",
# "Kitab Undang-Undang Hukum Perdata", "Putusan Mahkamah Agung Nomor 1234 K/Pdt/2015", "Putusan
# Nomor 12/Pid.B/2019/PN Sby",
# "Permendikbud No. 22 Tahun 2016", "Perpres Nomor 87 Tahun 2017", "PP No. 19 Tahun 2005", the
# colonial gazette's "Staatsblad 1847 No. 23", regional heads' and officials' decisions "Keputusan
# Bupati Bantul Nomor 125 Tahun 2018", "Surat Keputusan Rektor Nomor 12", "Instruksi Gubernur Nomor 5"
LEGISLATION_RE = regex.compile(
    r"(?:undang[- ]undang|" + CODE_OF_LAW + r"|uu[ ](?:no|nomor|ri)|uud(?:[ ]nri)?(?=[ ])|peraturan|"
    r"(?:surat[ ])?keputusan[ ](?:presiden|menteri|bupati|wali[ ]?kota|gubernur|kepala|direktur|rektor|dekan|ketua"
    r"|sekretaris|bersama|dirjen|dewan|komisi|badan|lembaga|kapolri|panglima|jaksa)|"
    r"instruksi[ ](?:presiden|menteri|gubernur|bupati|wali[ ]?kota)|perpp?u|ketetapan[ ]mpr|surat[ ]edaran|putusan[ ](?:mahkamah|pengadilan|(?:nomor|no\.)[ ]?\d{1,5}+[ /])|qanun|staatsblad|"
    # the Ulema Council's edicts ("Fatwa DSN-MUI No. 04/DSN-MUI/IV/2000 tentang Murabahah"; not a book of "Fatwa-Fatwa")
    r"fatwa(?=[ ](?:mui|dsn|dewan|majelis|no\.?[ ]?\d|nomor))|"
    # the regulations' short names, before their number
    r"(?:permen\p{L}{0,20}+|perpres|perda|pergub|perbup|perwal|perma|kepmen\p{L}{0,20}+|keppres|inpres|pp)"
    r"(?=[ ](?:no\.?|nomor)[ ]?\d))\b", regex.I)

# "dalam Judul", "In Title", "in: Title" introducing the container of a chapter or a web page
CONTAINER_INTRO_RE = regex.compile(r"(?:^|(?<=[.,][ ]?)|[ ])(?:dalam|Dalam|In|in|Di dalam)[: ][ ]?+")

# "(Ed.)", "(Eds.)", "(edd.)", "(peny.)", "(penyunting)", "(Hrsg.)", "Edited by", "editor"
EDITOR_RE = regex.compile(r"\((?:eds?|edd|peny|pnyt|penyunting|editors?|hrsg|hg|dir|orgs?|coords?|a[ ]cura[ ]di)\.?\)|\b(?:edited by|disunting oleh|editor)\b", regex.I)

# "terj.", "terj. oleh", "penerj.", "Translated by", "trans.", "alih bahasa", "Alih bahasa:", "Diindonesiakan oleh"
TRANSLATOR_RE = regex.compile(
    r"(?:^|(?<=[,.;(\x00][ ]?))(?:(?:terj(?:emahan)?\.?|penerj(?:emah)?\.?)(?:[ ]oleh(?=[ ]))?|translated by|trans\.|(?<=\()tr\."
    r"|alih bahasa(?: oleh)?|diterjemahkan oleh|diindonesiakan oleh|dialihbahasakan oleh)(?:[ ]?:)?[ ]?+", regex.I)

# “double”, „low“ or ‘single’ curly quotes and straight double quotes around a title (straight
# single quotes are left out: they are apostrophes far more often); straight quotes around a
# title that quotes in curly ones, MLA's "“Hope” is the thing with feathers." (one group either way)
QUOTED_RE = regex.compile(
    r'(?|"([^"“”]{0,400}+“[^“”"]{1,200}+”(?:[^"“”]|“[^“”"]{1,200}+”){0,400}+)"'
    r'|[“"„«]([^“”"„«»]{2,400}+)[”"“»])|‘([^‘’]{2,400}+)’')

# *italic* or _italic_ (Markdown emphasis from the PDF-to-text step)
ITALIC_RE = regex.compile(r"(?<![*\w])\*(?!\s)([^*\n]{1,400}?)(?<!\s)\*(?![*\w])|(?<![_\w])_(?!\s)([^_\n]{1,400}?)(?<!\s)_(?![_\w])")

# "[12] ", "12. ", "12) ", ACS's "(12) " before a reference in a numbered list (not a year's bracket)
LEADING_NUMBER_RE = regex.compile(r"^[ ]*+(?:\[(\d{1,4}+)\]|(\d{1,4}+)[.)](?![\d])|\((\d{1,3}+)\))[ ]*+")

# ---- short forms ---------------------------------------------------------------------------

# "Ibid.", "ibid", "Ibidem", "Id.", "Idem", "ibid., h. 519", "*Ibid.*, hlm. 50" (in italics), and
# "Sda., hlm. 5" (sama dengan atas, Indonesian for the same as above)
IBID_RE = regex.compile(r"^[ ]*+[*_]{0,2}+(?:ibid(?:em)?|idem|id|sda)(?![\p{L}\p{N}])\.?[*_]{0,2}+\.?[ ,]*+", regex.I)

# "op. cit.", "Op.Cit.", "op cit", "o.c."
OPCIT_RE = regex.compile(r"(?<!\p{L})(?:op\.?[ ]?cit|o\.[ ]?c)\b\.?", regex.I)

# "loc. cit.", "Loc.Cit.", "l.c."
LOCCIT_RE = regex.compile(r"(?<!\p{L})(?:loc\.?[ ]?cit|l\.[ ]?c)\b\.?", regex.I)

# "Lihat M. Hashem Pesaran", "Lihat, Sidi Gazalba", "See also Watt", "Cf. Said", "Baca Binti Maunah",
# "dibaca dalam bukunya C. Geertz", "Lih. Koentjaraningrat", "Periksa juga Koentjaraningrat" introducing
# a cite inside commentary
SIGNAL_RE = regex.compile(
    r"(?<!\p{L})(?:(?:lihat|lih\.|periksa)(?:[ ]juga|[ ]pula)?(?:,?[ ]misalnya,?)?|see(?:[ ]also|[ ]especially|[ ]generally)?(?:,?[ ](?:for[ ]example|(?-i:e\.g\.)),?)?"
    r"|cf\.|bandingkan(?:[ ]dengan)?|bdk\.|(?:di)?baca(?:[ ]juga|[ ]dalam(?:[ ]buku(?:nya)?)?)?|for[ ]example,?|(?-i:e\.g\.),?)"
    r"[,:]?[ ]++(?=\p{Lu}|\d|[“\"(*])", regex.I)     # ("E.G. Smith": initials)


def signal_at(text: str, pos: int = 0):
    """SIGNAL_RE's match at ``pos``, tried only where one of its words' first letters stands
    there (casefold: what the pattern's case-insensitive letters match)."""
    first = text[pos:pos + 1].casefold()[:1]
    if first in "lscbfep":
        found = SIGNAL_RE.match(text, pos)
        if found:
            return found
    return LEADING_QUOTED_IN_RE.match(text, pos) if first in "sdaqc" else None


# "Sebagaimana dikutip oleh Azyumardi Azra, ...", "Dikutip dari Ahmad Tafsir, ...", "As cited in
# Smith": a note that opens by naming the work a quotation was taken from (after a quoted
# author's name, "Soekanto, sebagaimana dikutip oleh ...", cites.py reads the phrase)
LEADING_QUOTED_IN_RE = regex.compile(
    r"(?:(?:sebagaimana|seperti)[ ])?dikutip(?:[ ](?:oleh|dalam|dari))?[,:]?[ ]++(?=\p{Lu})"
    r"|(?:as[ ])?(?:quoted|cited)[ ]in[,:]?[ ]++(?=\p{Lu})", regex.I)


# ---- in-text citations ---------------------------------------------------------------------

# "(Sugiyono, 2013)", "(Pratama dkk., 2021; Lim, 2017)", "(OECD, 2019a, 2019b)": any
# parenthesis holding a year; its parts are read by intext.py
PAREN_RE = regex.compile(r"\(([^()\n]{1,300}+)\)")

# Vancouver in parentheses, "... di dunia (1).", "... garam (3,4) dan", "... darah (5-7).": after
# a word; one number only before a stop or comma (an enumeration's number has a word after
# it); or right after the stop that ends a sentence, "... tahun 2018.(1) Angka", "20%.(2)" (an
# enumeration keeps a space after the stop); the empty last group (named through) stands where
# NUMERIC_CITE_RE has a range's end
PAREN_NUMERIC_CITE_RE = regex.compile(
    r"(?|(?<=[\p{L}%)\]”\"'][ ]?)\((\d{1,3}+(?:[ ]?[,–—-][ ]?\d{1,3}+){1,20}+|\d{1,3}+(?=\)[ ]?(?:[.,;:]|$)))\)"
    r"|(?<=[\p{L}\d%)\]”\"'][.,;:])\((\d{1,3}+(?:[ ]?[,–—-][ ]?\d{1,3}+){0,20}+)\))(?P<through>)")

# "sebagaimana dikutip oleh", "as cited in", "dalam": a source read in another, which follows
# (not BPS's series "Kabupaten Sleman Dalam Angka", a title)
QUOTED_IN = (r"(?:(?:sebagaimana|seperti|yang)[ ])?(?:dikutip[ ](?:oleh|dari|dalam)|(?:as[ ])?cited[ ]in|quoted[ ]in|qtd\.[ ]in|dalam)"
             r"[ ]+(?=\p{Lu})(?!angka\b)")
# (the words it cannot match without: a cheap test before it)
QUOTED_IN_WORDS = ("dikutip", "cited", "quoted", "qtd.", "dalam")

# "(hlm. 45–67)", "(pp. 12-30)", "(h. 5)", "(S. 112-124)": a chapter's pages in brackets after
# the book's name (the first page and the last, each with its group)
BRACKETED_PAGES = r"\((?:hlm|hal|h|pp?|s|ms)\.?[ ]?(\d{1,5}+)(?:[ ]?[-–][ ]?(\d{1,5}+))?\)"

# "[1]", "[2]–[4]", "[1, 3]", "[1-3]", and IEEE's pinpoint "[7, p. 12]", "[7, hlm. 12]", "[3, Fig. 2]"
NUMERIC_CITE_RE = regex.compile(
    r"\[(\d{1,4}+(?:[ ]?[,–—-][ ]?\d{1,4}+){0,20}+)"
    r"(?:,[ ]?(?P<locator>(?:(?:hlm|hal|h|pp?|page|fig|gambar|sec|ch|chap|bab|tab|tabel|table|eq)\.?[ ]?)"
    r"[\dIVXivx][\w.–-]{0,12}+))?\](?:[ ]?[–—-][ ]?\[(?P<through>\d{1,4}+)\])?", regex.I)

# a locator that is no page, its label kept with it: "chap. 2", "bab 3", "table 3.1", "fig. 4"
OTHER_LOCATOR_LABEL = r"(?:(?:chap|ch|bab|sec|para|tabel|table|fig|gambar)\.?[ ]?)"

# a family name in running text, with the capitals some Indonesian names end in ("Mahfud MD")
CITED_NAME = r"\p{Lu}[\p{L}'’-]{1,40}+(?:[ ]\p{Lu}{2,3}+(?![\p{L}'’-]))?"
# "Tomlinson (2017)", "Deunk dkk. (2018)", "Ryan dan Deci (2020)", "Santoso (2015:42)",
# "Udayana, Indrawan, dan Wijaya (2023)", "Mahfud MD (1998: 7)", "Hidayat dan Gaus AF (1998)",
# "Brown (2017a, 2017b)" (the years after the first in the group named more), and students'
# "Pratiwi, dkk. (2021)", "Pratiwi et al., (2021)", "Sugiyono ( 2017 )"
NARRATIVE_CITE_RE = regex.compile(
    r"(" + CITED_NAME + r"(?:(?:,[ ]" + CITED_NAME + r"){0,4}+,?[ ](?:dan|and|&)[ ]" + CITED_NAME + r")?"
    r"(?:,?[ ](?:dkk\.?|et\.?[ ]?al\.?),?)?)[ ]\([ ]?+((?:1[5-9]|20)\d{2}+[a-z]?|t\.t\.|n\.d\.)"
    r"(?:[,:][ ]?(?:(?:hlm|hal|h|p|pp)\.?[ ]?)?(" + OTHER_LOCATOR_LABEL + r"?\d{1,5}+(?:[-–.]\d{1,5}+)?))?"
    r"(?P<more>(?:[,;][ ](?:1[5-9]|20)\d{2}+[a-z]?){1,8}+)?[ ]?+\)")

# "[Kemendikbudristek] (2022)": an abbreviation introduced for a group author
ABBREVIATION_RE = regex.compile(r"\[(\p{Lu}[\p{L}\d&-]{1,30}+)\][ ]?\(((?:1[5-9]|20)\d{2}+[a-z]?)")

# "Said 225", "Achebe 788–89", "Conrad 77, 94" (MLA author-page)
AUTHOR_PAGE_RE = regex.compile(
    r"^(\p{Lu}[\p{L}'’-]{1,40}+(?:[ ](?:and|&)[ ]\p{Lu}[\p{L}'’-]{1,40}+)?(?:[ ]et[ ]al\.)?)"
    r",?[ ](\d{1,5}+(?:[-–]\d{1,5}+)?(?:,[ ]?\d{1,5}+(?:[-–]\d{1,5}+)?){0,4}+)$")

# "Morrison, “Site of Memory” 92", "Morrison, *Beloved* 43", "Morrison, Song 303", "“Sojourner Truth” 3":
# MLA's author and short title, for an author with several listed works (or the title alone, for
# a work with no author); the pages may be left out
AUTHOR_TITLE_PAGE_RE = regex.compile(
    r"^(?:(\p{Lu}[\p{L}'’-]{1,40}+(?:[ ](?:and|&)[ ]\p{Lu}[\p{L}'’-]{1,40}+)?(?:[ ]et[ ]al\.)?),[ ])?"
    r"(\"[^\"]{1,80}+\"|“[^”]{1,80}+”|\*[^*]{1,80}+\*|_[^_]{1,80}+_|\p{Lu}[\p{L}'’-]*+(?:[ ][\p{L}'’-]++){0,5}?)"
    r"(?:,?[ ](\d{1,5}+(?:[-–]\d{1,5}+)?(?:,[ ]?\d{1,5}+(?:[-–]\d{1,5}+)?){0,4}+))?$")

# "788", "77, 94", "175–79": the inside of a page-only citation after a signal phrase (MLA)
PAGE_ONLY_RE = regex.compile(r"^(\d{1,5}+(?:[-–]\d{1,5}+)?(?:,[ ]?\d{1,5}+){0,3}+)$")


# a typewriter quotation mark, not an apostrophe: no letter on one side of it ("'Title', Journal")
TYPEWRITER_QUOTE_MARK_RE = regex.compile(r"(?<!\p{L})'|'(?!\p{L})")

# "*5*(1)": APA sets volume numbers in italics; a number is never a title
ITALIC_NUMBER_RE = regex.compile(r"\*(\d{1,5}+)\*")
# "*International Review of Social Psychology, 30*(1)": APA italicizes the journal and its volume
# as one; the volume is no part of the journal's name
ITALIC_JOURNAL_AND_VOLUME_RE = regex.compile(r"\*([^*\n]{2,300}?),[ ]?(\d{1,5}+)\*")

# ---- small shared pieces ---------------------------------------------------------------

# "55 – 57", "3-4": a dash with or without spaces around it
DASH_SPACED_RE = regex.compile(r"[ ]?[-–—][ ]?")

# "dan Smith", "and Jones", "& Co" (case-insensitive)
AND_WORD_START_RE = regex.compile(r"(?:dan|and|&)[ ]", regex.I)

# ---- checks ------------------------------------------------------------------------------

# a well-formed URL: "https://doi.org/10.1787/x", "http://127.0.0.1:8000/a", and as MLA writes them,
# without the scheme: "www.loc.gov/collections/", "jstor.org/stable/3042123"
GOOD_URL_RE = regex.compile(
    r"^(?:(?:https?|ftp)://|(?=www\.)|(?=[\p{L}\d-]++(?:\.[\p{L}\d-]++)++/))(?:localhost|\d{1,3}(?:\.\d{1,3}){3}|[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.\p{L}[\p{L}\d-]+)"
    r"(?::\d{1,5})?(?:[/?#][^\s]*)?$", regex.I)
GOOD_DOI_RE = regex.compile(r"^10\.\d{4,9}/\S+$")


# a report's or a publication's number in brackets after its title (APA): "(Report No. 2020-009)",
# "(Publication No. 10134567)", "(Laporan No. 12)", "(GIGA Working Paper No. 151)", "(UMI No. 327681)"
# (not a number that is part of the title, as a chemical's CAS number is); and BPS's catalogue
# number, "(Katalog 1102001.33)", "(No. Katalog: 4102004)"
REPORT_NUMBER_RE = regex.compile(
    r"[ ]?\((?|((?:\p{Lu}\p{L}{1,20}+[ ]){0,2}?(?:(?:Technical|Research|Working|Discussion|Occasional|Policy)[ ])?"
    r"(?:Report|Paper|Brief|Bulletin|Publication|Laporan|Publikasi|UMI))[ ](?:No\.|Nomor|Number|Nr\.)[ ]?"
    r"([\p{L}\d][\p{L}\d./-]{0,29}+)|(?:No\.[ ])?(Katalog)(?:[ ]BPS)?:?[ ]([\d][\d./-]{3,29}+))\)")


# a book's series after the book's name, as BibTeX's styles write its volume or its number in
# the series: ", volume 1 of Symbolic Computation.", ", number 1398 in Lecture Notes in Computer Science,"
# (a series whose name ends in an abbreviation, of Math. Sci. Res. Inst. Publ., is left to
# the labeller, which knows such names: where its stop is, is not clear)
SERIES_NUMBER_RE = regex.compile(
    r",[ ](?P<kind>number|volume)[ ](?P<number>\d{1,5}+)[ ](?:in|of)[ ]"
    r"(?P<series>\p{Lu}[^.,;()]{2,80}+(?<=\p{L}{5}|\d)(?=[,;]|\.(?:[ ]|$))|\p{Lu}[^.,;()]{2,80}+(?=[,;]))")

# Springer's series and volume after the proceedings: ". LNCS, vol. 3576,", ". CCIS, vol. 12,",
# ". Lecture Notes in Computer Science, vol. 1234,"
SPRINGER_SERIES_RE = regex.compile(
    r"(?<=\.)[ ](?P<series>LNCS|LNAI|LNBI|LNBIP|LNICST|LNEE|CCIS|AISC|SIST|IFIP[ ]AICT|Lecture[ ]Notes[ ]in[ ]\p{Lu}[\p{L} ]{2,40}+)"
    r",[ ](?P<kind>vol)\.[ ](?P<number>\d{1,5}+)(?=[,.])")


# an official document's symbol in brackets after its title, which APA cites as its number: the
# an agency's code and a report's number in brackets after the title: "(NCES 2019-144)", "(GAO 21-334)"
AGENCY_NUMBER_RE = regex.compile(r"[ ]?\((\p{Lu}{2,8}+[ ]\d{2,4}+[-–]\d{1,6}+)\)")

# UN's "(A/RES/70/1)", "(E/CN.4/2004/7)" (capitals and digits in three parts or more, a slash
# among their marks; not a virus's name, (COVID-19) or (SARS-CoV-2), nor a report series' code
# inside a publisher's name, (SFIM-AEC-EC-CR-99006))
DOCUMENT_SYMBOL_RE = regex.compile(
    r"[ ]?\((?=[A-Z0-9./-]{5,40}+\))(?=[^)]*/)([A-Z][A-Z0-9.]*+(?:[/-][A-Z0-9.]++){2,8}+)\)")


# "(Rpt. 1988, 1992)", "(rist. New York 1965)", "(Nachdr. 1970)": a reprint noted after the year
REPRINT_NOTE_RE = regex.compile(
    r"[ ]?\(((?:rpt|repr|reprint(?:ed)?|rist|ristampa|nachdr(?:uck)?|neudr(?:uck)?|réimpr(?:ession)?|cetak ulang)\b[^()]{0,200}+)\)",
    regex.I)
# (what REPRINT_NOTE_RE cannot match without: a cheap test before it)
REPRINT_WORDS = ("(rpt", "(repr", "(rist", "(nachdr", "(neudr", "(réimpr", "(cetak ulang")
