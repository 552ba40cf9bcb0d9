"""What the earlier stages left: the container ("dalam ...", "In: ...", a journal), the place
and the publisher ("Jakarta: Gramedia", "Gramedia, Jakarta").
"""
from __future__ import annotations

import regex

from .. import lexicon
from ..csl_types import CONFERENCE_RE as _CONFERENCE_RE
from ..csl_types import names_a_publisher
from ..names import is_institution
from ..patterns import PLACE_PUBLISHER_RE
from .titles import comma_pieces, delimited_spans
from .work import HOLE, Work, clean_text, meaningful

_CONTAINER_INTRO_PIECE_RE = regex.compile(r"[ .]*+(?:dalam|in|di dalam)[: ]+((?:\p{Lu}|\d).+)$", regex.I)

# a note's book after "dalam"/"in", up to where its editors were taken out ("\x00"), the comma before them
_BOOK_BEFORE_ITS_EDITORS_RE = regex.compile(r"(?:^|(?<=[,.\x00][ ]?))(?:dalam|Dalam|in|In)[ ](\p{Lu}[^\x00():;]{2,200}?),?[ ]?\x00")
JOURNAL_START_RE = regex.compile(r"(?:jurnal|journal|proceedings|prosiding|bulletin|buletin|transactions)\b",
                                   regex.I)

_UNIVERSITY_RE = regex.compile(r"univ|institut|sekolah tinggi|uin|iain|stain|college|fakultas|fak\.", regex.I)
# a university's school, faculty or programme, which names its university after a comma
_SCHOOL_OF_RE = regex.compile(r"(?:Fakultas|Sekolah[ ]Pascasarjana|Program[ ](?:Pascasarjana|Studi|Magister|Doktor)"
                              r"|Pascasarjana|Jurusan|Departemen|Faculty|School|Department)\b")
_UNIVERSITY_AFTER_RE = regex.compile(
    r",[ ](?:Universitas|Institut|Universiti|University|Sekolah[ ]Tinggi|UIN|IAIN|STAIN)\b[^,;:()\[\]\x00]{0,60}"
    r"(?<![ .])(?=[.,;)]|$)")
_NUMBERS_ONLY_RE = regex.compile(r"[\d\s.,-]+")
# a bracket holding only what the rules took out of it: "(\x00\x00\x00)"
_EMPTIED_BRACKET_RE = regex.compile(r"\([ \x00]++\)")


def container_and_publisher(work: Work, context: str) -> None:
    book_volume = work.fields.pop("_book_volume", False) and "issue" not in work.fields
    # (a chapter's pages are no journal's: "..., edited by B. Wibowo, 45-67. Yogyakarta: ...")
    numbered = "issue" in work.fields or ("volume" in work.fields and not book_volume)
    journal_evidence = numbered or ("page" in work.fields and context == "entry" and not work.fields.get("_chapter_pages"))
    # A second delimited span after the title is the container: "Title," *Journal*
    for start, end, inner, kind in delimited_spans(work.buf):
        if HOLE in work.buf[start:end]:
            continue
        if "title" in work.fields:
            work.fields["container-title"] = clean_text(inner)
            work.fields["_delimited_container"] = kind
            work.take(start, end)
            break
    if not journal_evidence:
        for found in PLACE_PUBLISHER_RE.finditer(work.buf):
            place, publisher = found.group(1).strip(), found.group(2).strip()
            if not plausible_place(place) or HOLE in found.group(0) or JOURNAL_START_RE.match(publisher):
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
            end = found.end(2)
            if _SCHOOL_OF_RE.match(publisher):
                university = _UNIVERSITY_AFTER_RE.match(work.buf, end)
                if university:
                    # a thesis's "Jakarta: Fakultas Hukum, Universitas Indonesia", IPB's "Bogor (ID):
                    # Sekolah Pascasarjana, Institut Pertanian Bogor": the school and its university
                    end = university.end()
                    publisher = work.buf[found.start(2):end]
            work.fields["publisher-place"] = place
            work.fields["publisher"] = clean_text(publisher)
            work.take(start, end)
            break
    book = (_BOOK_BEFORE_ITS_EDITORS_RE.search(work.buf)
            if context == "note" and "editor" in work.fields and "container-title" not in work.fields else None)
    if book and "," in book.group(1):
        # a note's '"Islam dan Negara," dalam Islam, Kemodernan dan Keindonesiaan, ed. Agus Edi Santoso
        # (Bandung: ...': the book runs, commas and all, to its editors (taken out before)
        work.fields["container-title"] = clean_text(book.group(1))
        work.fields["_chapter"] = True
        work.take(book.start(), book.end(1))
    # A container introduced by "dalam"/"In", up to the next comma: "in Proc. IEEE Int. Conf."
    for start, end, text in _comma_only_pieces(work.buf) if "container-title" not in work.fields else ():
        intro = _CONTAINER_INTRO_PIECE_RE.match(text)
        if intro:
            book = clean_text(intro.group(1))
            head, stop, tail = book.rpartition(". ")
            tail = tail.rstrip(".")
            # (pages alone after the book are a chapter's: IPB's "... IGI Global. hlm. 1377–1390.")
            if (stop and ". " not in head and "publisher" not in work.fields and not numbered
                    and not _INITIAL_END_RE.search(head)    # ("Mélanges en l’honneur de M. Prieur": a name)
                    and not _CONFERENCE_RE.search(book) and (names_a_publisher(tail) or _HOUSE_NAME_RE.fullmatch(tail))):
                # Chicago's "Dalam Multimedia technologies. IGI Global, 2008.": the book, then its publisher
                book, work.fields["publisher"] = head, tail
            work.fields["container-title"] = book
            work.fields["_chapter"] = True
            work.take(start, end)
            break
    if journal_evidence and "container-title" not in work.fields:
        # the journal's name may hold abbreviations: "IEEE Trans. Pattern Anal. Mach. Intell."
        for start, end, text in _comma_only_pieces(work.buf):
            if meaningful(clean_text(text)):
                work.fields["container-title"] = clean_text(text)
                work.take(start, end)
                break
    leftovers = [clean_text(p[2]) for p in comma_pieces(work.buf)]
    leftovers = [p for p in leftovers if p and meaningful(p)]
    if work.fields.get("_chapter") and "container-title" not in work.fields and "title" in work.fields:
        # '"Pribumisasi Islam", dalam Muntaha Azhari (ed.), Islam Indonesia Menatap Masa Depan
        # (Jakarta: P3M, 1989)': the editors taken, the book they edited comes next
        # (a book's name has words, opens with a capital and holds no initials: not "Germany",
        # "J. E. Smith", "Academic Press" or "veränderte Auflage" left over around it)
        # (the text between the parts read, commas and all: "Islam, Negara dan Civil Society")
        regions = [clean_text(_before_a_town(region.strip(" ,.;:()[]"))) for region in _HOLES_RE.split(work.buf)]
        books = [r for r in regions if " " in r and r[:1].isupper() and not _INITIAL_IN_RE.search(r)
                 and not names_a_publisher(r) and meaningful(r)]
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
        if (len(leftovers) == 1 and "publisher" not in work.fields
                and (leftovers[0].isupper() or names_a_publisher(leftovers[0]))):
            # APA's "In Proceedings of ... (pp. 1123–1130). IEEE.": who published the proceedings
            # (not the town and state among others: "..., Minneapolis, MN, USA, 2019")
            work.fields["publisher"] = leftovers[0]
            work.fields["_proceedings_publisher"] = True
            return
        places = [p for p in leftovers if plausible_place(p)]
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
            if "container-title" not in work.fields and len(candidates) == 1 and _JOURNAL_WORD_START_RE.match(publisher):
                # APA's article in press, "(in press). Title. Journal of Youth Studies.": a journal
                # named so, with no volume yet, is no publisher
                work.fields["container-title"] = publisher
            else:
                work.fields["publisher"] = publisher if len(publisher.split()) <= 8 else None
    elif "title" not in work.fields:
        work.fields["title"] = leftovers[0]


_HOLES_RE = regex.compile(r"\x00++")
# a leftover named a journal, with no volume yet ("Journal of Youth Studies"): JOURNAL_START_RE's words
# but "Proceedings" and the like, which may name a journal cited by its volume or a conference's book
_JOURNAL_WORD_START_RE = regex.compile(r"(?:jurnal|journal)\b", regex.I)
# an initial ending a text: "Mélanges en l'honneur de M"
_INITIAL_END_RE = regex.compile(r"(?<!\p{L})\p{Lu}$")
# a publishing house's short name: up to three capitalised words or capitals ("IGI Global", "Routledge")
_HOUSE_NAME_RE = regex.compile(r"\p{Lu}[\p{L}&-]++(?:[ ]\p{Lu}[\p{L}&-]++){0,2}+")
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
    """Pieces between commas, semicolons and blanked-out spans (periods kept); a bracket whose
    words were all taken out parts the pieces as well ("Dalam Advances in ... (hlm. 219–228).
    Springer": the book's name ends at its pages)."""
    if "(\x00" in buf or "( \x00" in buf:
        buf = _EMPTIED_BRACKET_RE.sub(lambda found: HOLE * len(found.group()), buf)
    out = []
    depth = 0
    start = 0
    for mark in _COMMA_PIECE_MARK_RE.finditer(buf + ","):
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


# the marks _comma_only_pieces looks at (PIECE_MARK_RE's but the period, which parts nothing here)
_COMMA_PIECE_MARK_RE = regex.compile(r"\x00++|[,;()\[\]]")

_NOT_PLACE = frozenset({"vol", "no", "hal", "hlm", "tahun", "diakses", "http", "https", "edisi"})


def plausible_place(place: str) -> bool:
    words = place.replace(",", " ").split()
    if not words or len(words) > 4:
        return False
    if words[0].casefold().strip(".") in _NOT_PLACE:
        return False
    return all(w[:1].isupper() or w.startswith(("'s-", "’s-")) for w in words)      # Dutch "'s-Gravenhage"
