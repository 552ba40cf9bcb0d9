"""The words that say what kind of work a reference is, read before its other parts: APA's
"(Karya asli diterbitkan 1950)", Indonesian laws and decisions ("Undang-Undang Nomor 13 Tahun
2003"), interviews and fieldwork notes, personal communications, report numbers, genres
("Skripsi", "Tesis", "PhD thesis") and the number of a hadith.
"""
from __future__ import annotations

import regex

from .. import lexicon
from ..dates import parse_date
from ..names import looks_like_names, parse_names
from ..patterns import (
    AGENCY_NUMBER_RE,
    DESCRIPTION_BRACKET_RE,
    DOCUMENT_SYMBOL_RE,
    GENRE_RE,
    LAW_NUMBER_RE,
    LAW_YEAR,
    LEGISLATION_RE,
    PATENT_RE,
    REPORT_NUMBER_RE,
    REPRINT_NOTE_RE,
    REPRINT_WORDS,
    STANDARD_NUMBER_RE,
    UNPUBLISHED_ID,
    UNPUBLISHED_WORK_RE,
    YEAR_RE,
)
from .titles import sentence_end
from .work import Work, clean_text

# "Tahun 2003"; the constitution is named by its year: "UUD 1945", "UUD NRI 1945"; a gazette's
# year before its number: "Staatsblad 1847 No. 23"
_LAW_YEAR_RE = regex.compile(LAW_YEAR + r"|^UUD(?:[ ]NRI)?[ ](\d{4})\b|\b(1[6-9]\d\d)(?=[ ](?:no\.|nomor)[ ]?\d)", regex.I)

ORIGINAL_DATE_RE = regex.compile(r"\((?:karya asli diterbitkan|original work published)[ ]((?:1[5-9]|20)\d\d)\)\.?",
                                   regex.I)


def hadith_number(work: Work, context: str) -> None:
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


def original_date(work: Work, context: str) -> None:
    """APA's "(Karya asli diterbitkan 2005)" / "(Original work published 2005)", and the first
    edition's year in brackets after the year ("2001[1953]", "1984 [1970]"). A reprint noted in
    brackets after the year ("Princeton 1934 (rist. New York 1965)", "(Rpt. 1988, 1992)") is a
    note: its town and year are not the work's."""
    reprint = REPRINT_NOTE_RE.search(work.buf) if work.mentions(REPRINT_WORDS) else None
    if reprint:
        work.fields["note"] = clean_text(reprint.group(1))
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

# ", Pasal 3", ", Bab II", ", Lembaran Negara ...", ", diterjemahkan oleh ...", a decision's ", tanggal 3
# Juni 2020" or "(Jakarta: ..." after a law's name (a bracket only with a colon, a year or the gazette in
# it, and not the law's abbreviation: "(KUHP)", "(COVID-19)", "(UU ITE)", "(Covid-19)" stay the title's)
_LAW_TAIL_RE = regex.compile(
    r"[,.]?[ ](?=(?:Pasal|Ayat|(?-i:Bab)|Lembaran Negara|Tambahan Lembaran|Berita Negara|LN|TLN|hlm|hal|h|diterjemahkan|terj|"
    r"penerj|translated|tanggal|tgl)\b|\((?!(?-i:\p{Lu}{2,12}+[\p{Lu}\d -]{0,12}+)\))"
    r"(?=[^()]{0,200}?(?::|(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|Lembaran|Berita|LN\b|TLN\b)))", regex.I)
# ", Pasal 3", "Pasal 28H ayat (1)", "Pasal 5 huruf a", "Bab II": an article or chapter of a law cited
_LAW_ARTICLE_RE = regex.compile(r"(?:Pasal|Ayat)[ ]\(?\d{1,4}+[A-Z]?\)?(?:[ ](?:ayat|huruf|angka)[ ]\(?[\da-z]{1,3}+\)?)*+"
                                r"|(?-i:Bab)[ ][IVXLC]{1,6}+\b", regex.I)
# a court's number ending with its abbreviated town, cut at its stop: "... 2019/PN Jkt" | ". Pst"
_COURT_END_RE = regex.compile(r"/(?:PN|PA|PT|PTA|PTUN)[ .]\p{Lu}\p{Ll}{1,3}+$")
_COURT_TOWN_RE = regex.compile(r"\.[ ]\p{Lu}\p{Ll}{1,4}+(?=[,.;]|$)")
# ", tanggal 3 Juni 2020": the day a court decided
_DECISION_DAY_RE = regex.compile(r"[,]?[ ](?:tanggal|tgl\.?)[ ](\d{1,2}+[ ]\p{L}{3,10}+[ ]\d{4})\b", regex.I)
# "Nomor 1234 K/Pdt/2015": a decision's number ends with its year
_CASE_YEAR_RE = regex.compile(r"/((?:1[89]|20)\d{2})\b")
# "Nomor 46/PUU-VIII/2010", "Nomor 1234 K/Pdt/2015", "No. 12/Pid.B/2019/PN.Jkt.Pst": a decision's number
# (and the court's town after it: "757/Pdt.G/2019/PN Jkt.Pst")
_CASE_NUMBER_RE = regex.compile(r"\b(?:nomor|no\.?)[ ]?(\d{1,5}+(?:[ ]\p{Lu}{1,4}+)?/[\p{L}\d.-]{1,16}+(?:/[\p{L}\d.-]{1,16}+){0,4}+"
                             r"(?:(?<=/(?-i:PN|PA|PT|PTA|PTUN))[ ](?-i:\p{Lu}\p{Ll}{1,3}+(?:\.\p{Lu}\p{Ll}{1,4}+)?))?)", regex.I)
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
                    "surat", "putusan", "qanun", "staatsblad", "fatwa")

# "(2019). " or "2003. " between a law's maker and the law
_YEAR_BEFORE_LAW_RE = regex.compile(r"\(?((?:1[5-9]|20)\d\d)\)?\.[ ]")


def legislation(work: Work, context: str) -> None:
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
    found = LEGISLATION_RE.match(work.buf, lead) if work.buf[lead:lead + 1].casefold()[:1] in "ukpisqf" else None
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
    end = sentence_end(work.buf, lead)
    town = _COURT_TOWN_RE.match(work.buf, end) if work.buf[end - 2:end].isalpha() else None
    town = town if town and _COURT_END_RE.search(work.buf, lead, end) else None
    if town:
        # "757/Pdt.G/2019/PN Jkt.Pst": a district court's town, its stop taken for a sentence's end
        # (the text's mending put a blank after it)
        end = town.end()
    tail = _LAW_TAIL_RE.search(work.buf, lead, end)
    if tail:
        end = tail.start()
    gazette = _GAZETTE_RE.search(work.buf, lead)
    if gazette:
        # "Lembaran Negara Republik Indonesia Tahun 2014 Nomor 168": where the law was published
        work.fields["container-title"] = gazette.group(1)
        work.take(gazette.start(), gazette.end())
    title = clean_text(work.buf[lead:end])
    if town:
        head, _, last = title.rpartition(". ")
        title = f"{head}.{last}"
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
    if number and not case_number and title[number.end():number.end() + 1] == "/":
        # a regulation's whole designation: "Nomor 1204/MENKES/SK/X/2004", "Nomor 19/12/PBI/2017"
        number = _CASE_NUMBER_RE.match(title, number.start()) or number
    if number:
        work.fields["number"] = number.group(1)
    day = _DECISION_DAY_RE.match(work.buf, end) if decision else None
    if day and parse_date(day.group(1)):
        work.fields["issued"] = {"date-parts": [parse_date(day.group(1))]}
        work.take(day.start(), day.end())
    year = (_CASE_YEAR_RE.search(case_number.group(1)) if case_number else None) or _LAW_YEAR_RE.search(title) or _CASE_YEAR_RE.search(title)
    if year and "issued" not in work.fields:
        # (the year an author-date list gives before the law stays: in-text citations use it)
        work.fields["issued"] = {"date-parts": [[int(next(group for group in year.groups() if group))]]}
    work.take(lead, end)


def interview(work: Work, context: str) -> None:
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
    work.fields["title"] = clean_text(work.buf[lead:found.end() + (when.start() if when else len(rest))])
    work.fields["_interview"] = True
    work.take(lead, len(work.buf))


def _observation(work: Work, lead: int) -> None:
    """"Observasi di SMP Negeri 3 Malang pada tanggal 12 Februari 2022": the writer's own
    fieldwork, where and when; no author, and the day is its date."""
    found = _OBSERVATION_RE.match(work.buf, lead)
    when = _INTERVIEW_DATE_RE.search(work.buf, found.end()) if found else None
    if not when:
        return
    date = parse_date(when.group(1))
    if date:
        work.fields["issued"] = {"date-parts": [date]}
    work.fields["title"] = clean_text(work.buf[lead:when.start()])
    work.fields["_fieldwork"] = True      # (CSL has no type for it: a "document")
    work.take(lead, len(work.buf))


# "Observasi di ...", "Hasil pengamatan pada ...", "Observation at ..."
_OBSERVATION_RE = regex.compile(r"(?:hasil[ ])?(?:observasi|pengamatan|observation)[ ](?:di|ke|pada|at|in|of)[ ]", regex.I)


def personal_communication(work: Work, context: str) -> None:
    """"R.B. Wiringa, private communication.", "Hasan Basri, komunikasi pribadi, 12 Maret 2021":
    what a person told or wrote the author. The person is its author and the day its date; it
    has no title."""
    if not work.mentions(("communication", "komunikasi")):
        return
    found = _PERSONAL_COMMUNICATION_RE.search(work.buf)
    if not found:
        return
    lead = len(work.buf) - len(work.buf.lstrip(" \x00"))
    name = clean_text(work.buf[lead:found.start()])
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


def report_number(work: Work, context: str) -> None:
    """APA's "Digest of education statistics 2018 (Report No. 2020-009).": the report's number,
    and its kind ("Report", "Laporan", "Working Paper") as the genre; a dissertation's
    "(Publication No. 10134567)" is its number in a database alone; an official document's
    symbol, the UN's "(A/RES/70/1)", is its number too."""
    if work.fields.get("_legislation") or "(" not in work.buf:
        return
    found = (REPORT_NUMBER_RE.search(work.buf) if " No" in work.buf or " Nr." in work.buf or "Katalog" in work.buf
             else None)
    if not found:
        symbol = DOCUMENT_SYMBOL_RE.search(work.buf) if "/" in work.buf or "-" in work.buf else None
        if symbol and any(map(str.isdigit, symbol.group(1))):
            work.fields["number"] = symbol.group(1)
            work.take(symbol.start(), symbol.end())
            return
        agency = AGENCY_NUMBER_RE.search(work.buf) if "-" in work.buf else None
        if agency:
            # APA's "The condition of education 2019 (NCES 2019-144).": an agency's report number
            work.fields["number"] = agency.group(1)
            work.fields["_described_type"] = "report"
            work.take(agency.start(), agency.end())
        return
    work.fields["number"] = found.group(2)
    kind = found.group(1)
    if "genre" not in work.fields and kind.casefold() not in ("publication", "publikasi", "umi", "katalog"):
        work.fields["genre"] = kind
    work.take(found.start(), found.end())


def report_kind(work: Work, context: str) -> None:
    """A report's kind as a sentence or a bracket of its own after the title, as Indonesian lists
    write it: ". Laporan Penelitian. Yogyakarta: ...", "(Laporan Penelitian Hibah Bersaing).",
    ". Working Paper No. 12/2016. Jakarta: ..." (its number too): the genre, no part of the title."""
    if "genre" in work.fields or not work.mentions(("laporan penelitian", "laporan akhir", "paper", "report")):
        return
    found = REPORT_KIND_RE.search(work.buf)
    if found:
        work.fields["genre"] = found.group(1)
        if found.group(2):
            work.fields.setdefault("number", found.group(2))
        work.fields["_described_type"] = "report"
        work.fields["_report_kind"] = True
        work.take(found.start(), found.end())


# (after the title's stop, up to the kind's own stop; or in round brackets)
REPORT_KIND_RE = regex.compile(
    r"(?:(?<=\.[ ])|[ ]\()((?:Laporan[ ](?:Penelitian|Akhir)(?:[ ](?:Hibah|Dosen|Penelitian|Kegiatan|Program|Tahun)"
    r"(?:[ ]\p{Lu}[\p{L}-]{1,20}+){0,3}+)?|(?:Technical|Research|Working|Discussion|Policy)[ ](?:Report|Paper)))"
    r"(?:[ ](?:No\.|Nomor|Number)[ ]?([\p{L}\d](?:[\p{L}\d/-]|\.(?=[\p{L}\d])){0,29}+))?(?:\)|(?=\.(?:[ ]|$)))")


def patent(work: Work, context: str) -> None:
    """A patent and its number, "U.S. Patent 3 624 125", "USA Patent 8181907": the genre (as
    AnyStyle tags it, the country and the word with the number) and the number, which make the
    work a patent; no journal's volume and issue."""
    if "number" in work.fields or "genre" in work.fields or not work.mentions(("pat",)):
        return
    found = PATENT_RE.search(work.buf)
    if found:
        work.fields["genre"], work.fields["number"] = found.group(1), found.group(2)
        work.take(found.start(), found.end())


_STANDARDS_BODIES = ("IEEE Std", "ANSI", "ASTM", "ISO", "IEC", "SNI ", "BS ", "EN ", "DIN ", "JIS ", "ASME", "NFPA",
                     "ASHRAE")


def standard(work: Work, context: str) -> None:
    """A standard cited by its designation, "IEEE Std 802.11-2020", "SNI 01-3553-2006", "ISO
    9001:2015": its number, which makes the work a standard (the text stays: the designation
    may open the title, "SNI 01-3553-2006 Air Minum dalam Kemasan")."""
    if "number" in work.fields or not any(body in work.buf for body in _STANDARDS_BODIES):
        return      # (the bodies' capitals, a cheap test: "en " and "bs " are in many a word)
    found = STANDARD_NUMBER_RE.search(work.buf)
    if not found:
        return
    work.fields["number"] = found.group().replace("Standard No. ", "")
    work.fields["_standard"] = True
    before, after = work.buf[:found.start()].rstrip(" "), work.buf[found.end():].lstrip(" ")
    if before[-1:] in ",.;(" and after[:1] in ",.;)":
        # a piece of its own (", IEEE Std 802.11-2020, 2021", "(ISO Standard No. 9001:2015)"):
        # no title's or publisher's part
        bracketed = before[-1:] == "(" and after[:1] == ")"
        work.take(found.start() - (len(work.buf[:found.start()]) - len(before)) - bracketed,
                  found.end() + bracketed)


def described_kind(work: Work, context: str) -> None:
    """APA 7's "[Video]", "[Data set]", "[White paper]" after a title: what the work is, no part
    of the title. A report's kind is its genre, any other description its medium (as
    merge.whole.description_out_of_title reads them); some decide the type."""
    if "[" not in work.buf or "genre" in work.fields:
        return      # ("[Doctoral dissertation, University of Oslo]" was read as a thesis)
    for found in DESCRIPTION_BRACKET_RE.finditer(work.buf):
        description = found.group(1).strip()
        kind = " ".join(description.casefold().split())
        if kind in lexicon.REPORT_DESCRIPTIONS or kind in lexicon.TITLE_DESCRIPTIONS:
            field = "genre" if kind in lexicon.REPORT_DESCRIPTIONS else "medium"
            work.fields[field] = description[:1].upper() + description[1:]
            if kind in lexicon.DESCRIBED_TYPES:
                work.fields["_described_type"] = lexicon.DESCRIBED_TYPES[kind]
            work.take(found.start(), found.end())
            _number_and_version_before(work, found.start())
            return


def meeting_day_and_place(work: Work, context: str) -> None:
    """CSE's and Vancouver's proceedings, "Di dalam: Prosiding Seminar Nasional ...; 2017 Nov 2;
    Jakarta, Indonesia. Jakarta (ID): ...", "Proceedings of ...; 2002 Jul 15-17; Mexico City,
    Mexico. Berlin: Springer": the meeting's days and town between semicolons are no publisher's."""
    if ";" not in work.buf:
        return
    found = MEETING_DAY_AND_PLACE_RE.search(work.buf)
    if found:
        work.fields["event-place"] = found.group(1)
        work.take(found.start(), found.end())


# (the days, then the town and its country up to the stop; the stop stays, closing the proceedings' name)
MEETING_DAY_AND_PLACE_RE = regex.compile(
    r";[ ](?:1[5-9]|20)\d\d[ ]\p{L}{3,9}+\.?(?:[ ]\d{1,2}+(?:[-–](?:\p{L}{3,9}+\.?[ ])?\d{1,2}+)?+)?;[ ]"
    r"(\p{Lu}[^.;:\x00]{1,60}+)(?=\.[ ])")


def archival_source(work: Work, context: str) -> None:
    """A document in an archive, as history theses cite it, the archive first: "Arsip Nasional
    Republik Indonesia, Algemeene Secretarie, Besluit 12 Maart 1913 No. 23.", "ANRI, Binnenlandsch
    Bestuur, Bundel 1234.": the archive (CSL's `archive`), the fonds (`archive_collection`) and the
    document (its title, dated by the day it names)."""
    lead = len(work.buf) - len(work.buf.lstrip(" \x00"))
    if work.buf[lead:lead + 1] not in ("A", "N", "K") or not work.mentions(_ARCHIVE_WORDS):
        return
    found = ARCHIVE_FIRST_RE.match(work.buf, lead)
    if not found:
        return
    pieces = [piece.strip(" .") for piece in found.group("rest").split(", ") if piece.strip(" .")]
    if not pieces:
        return
    work.fields["archive"] = found.group("archive")
    if len(pieces) > 1:
        work.fields["archive_collection"] = pieces[0]
        pieces = pieces[1:]
    work.fields["title"] = ", ".join(pieces)
    day = _ARCHIVE_DAY_RE.search(work.fields["title"])
    date = parse_date(day.group()) if day else None
    year = YEAR_RE.search(work.fields["title"]) if not date else None
    if date or year:
        work.fields["issued"] = {"date-parts": [date or [int(year.group(1))]]}
    work.fields["_archival"] = True
    work.take(lead, found.end())


_ARCHIVE_WORDS = ("arsip", "anri", "archief", "kitlv", "archive")
# the archive's name, then the fonds and the document, to the text's end (no link or page of a book)
ARCHIVE_FIRST_RE = regex.compile(
    r"(?P<archive>Arsip[ ]Nasional[ ](?:Republik[ ]Indonesia|RI)(?:[ ]\(ANRI\))?|ANRI|Nationaal[ ]Archief(?:[ ]\(NA\))?"
    r"|Arsip[ ](?:Daerah|Nasional)(?:[ ]\p{Lu}[\p{L}-]{1,20}+){0,3}+|KITLV[ ]Collection)[,.][ ](?P<rest>[^()\[\]\x00]{3,300}+)$")
_ARCHIVE_DAY_RE = regex.compile(r"\b\d{1,2}[ ]\p{L}{3,10}+[ ](?:1[5-9]|20)\d\d\b")


def issn(work: Work, context: str) -> None:
    """A journal's ISSN, which Indonesian journals print as "p-ISSN 2356-0150", "e-ISSN: 2502-...":
    its number (no pages of the article)."""
    if "ISSN" not in work.buf:
        return
    for found in ISSN_RE.finditer(work.buf):
        work.fields.setdefault("ISSN", found.group(1))
        work.take(found.start(), found.end())


# (with its label, and a print or an electronic one's letter before it or word after it: "ISSN
# 1411-2485 print / ISSN 2087-7439 online")
ISSN_RE = regex.compile(r"[,.;/]?[ ]?\b(?:[pePE]-?)?ISSN:?[ ]?(\d{4}-?\d{3}[\dXx])\b"
                        r"(?:[ ]\(?(?:print|online|cetak|daring|elektronik)\)?)?\.?")


def platform_description(work: Work, context: str) -> None:
    """A note's unbracketed description of a work posted on a platform, Chicago's ', "Title,"
    YouTube video, 12:04, March 12, 2020' and in Indonesian ', video YouTube, 12 Maret 2020':
    its medium (the duration after it no number of a volume); some decide the type."""
    if "medium" in work.fields or not work.mentions(_PLATFORM_WORDS):
        return
    found = PLATFORM_DESCRIPTION_RE.search(work.buf)
    if found:
        description = found.group(1) or found.group(2)
        work.fields["medium"] = description
        kind = " ".join(description.casefold().split())
        if kind in lexicon.DESCRIBED_TYPES:
            work.fields["_described_type"] = lexicon.DESCRIBED_TYPES[kind]
        work.fields["_platform_description"] = True
        work.take(found.start(), found.end())


_PLATFORM_WORDS = ("video", "youtube", "instagram", "facebook", "tiktok", "tweet", "cuitan")
# (lexicon.TITLE_DESCRIPTIONS' forms without their brackets; "video" alone only with its
# duration; a platform alone, "..., YouTube, 2 Januari 2020", is where the work is, read so)
# (the comma or stop may be inside a quoted title's closing mark; the comma after goes with it)
PLATFORM_DESCRIPTION_RE = regex.compile(
    r"(?<=[,.][”\"]?[ ])(?:((?:YouTube|Instagram|Facebook|TikTok|Vimeo)[ ](?:video|photo|post)|(?:video|foto|unggahan)[ ]"
    r"(?:YouTube|Instagram|Facebook|TikTok|Vimeo)|tweet|cuitan)(?:,[ ]\d{1,3}+:\d\d(?::\d\d)?+)?"
    r"|(video),[ ]\d{1,3}+:\d\d(?::\d\d)?+)(?:,[ ]|(?=\.(?:[ ]|$)))", regex.I)


def _number_and_version_before(work: Work, end: int) -> None:
    """APA 7's bracket before the description: "(No. 443) [Audio podcast episode]", "(ICPSR 21600;
    Version V1) [Data set]", "(Version 4.3.1) [Computer software]" — the work's number and version."""
    found = _NUMBER_AND_VERSION_RE.search(work.buf, max(0, end - 70), end)
    if not found:
        return
    for part in found.group(1).split(";"):
        part = part.strip()
        version = _VERSION_RE.fullmatch(part)
        if version:
            work.fields.setdefault("version", version.group(1))
        elif "number" not in work.fields:
            work.fields["number"] = _NUMBER_LABEL_RE.sub("", part)
    work.take(found.start(), found.end())


# "(No. 443)", "(ICPSR 21600; Version V1)", "(Version 4.3.1)" right before the description
_NUMBER_AND_VERSION_RE = regex.compile(r"[ ]?\(((?:No\.[ ]|[A-Z]{2,10}+[ ]|Version[ ]|Versi[ ])[^()\[\]]{1,50}+)\)[ ]?$")
_VERSION_RE = regex.compile(r"(?:Version|Versi|Ver\.)[ ]([\w.-]{1,20}+)", regex.I)
_NUMBER_LABEL_RE = regex.compile(r"^No\.[ ]")


def genre(work: Work, context: str) -> None:
    if work.mentions(("manuscript", "diterbitkan", "dipublikasikan", "unpublished")):      # (UNPUBLISHED_WORK_RE's words)
        unpublished = UNPUBLISHED_WORK_RE.search(work.buf)
        if unpublished:
            # "Unpublished manuscript.", "Manuscript submitted for publication.", "Naskah tidak
            # diterbitkan, Universitas Airlangga.": what the work is; who has it may follow
            word = unpublished.group(1)
            work.fields["genre"] = word[:1].upper() + word[1:]
            work.take(unpublished.start(1), unpublished.end(1))
            return
    if not work.mentions(("skripsi", "tesi", "disertasi", "thesis", "thèse", "dissert", "tugas akhir", "tese", "arbeit",
                              "karya tulis")):
        return      # (GENRE_RE's words)
    found = GENRE_RE.search(work.buf)
    if not found:
        return
    word = found.group(1).strip()
    key = word.casefold()
    work.fields["genre"] = lexicon.GENRES.get(key, word[:1].upper() + word[1:])
    university = _BRACKETED_UNIVERSITY_RE.match(work.buf, found.end()) if found.group().startswith("[") else None
    if university:
        # APA: "[Tesis magister, Universitas Negeri Padang]" — the university grants it
        work.fields["publisher"] = clean_text(university.group(1))
        work.take(found.start(), university.end())
        return
    granted_at = _THESIS_GRANTED_AT_RE.match(work.buf, found.end())
    if granted_at:
        # "Skripsi pada Jurusan ... Universitas Negeri Semarang: Tidak Diterbitkan."
        work.fields["publisher"] = clean_text(granted_at.group(1))
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
