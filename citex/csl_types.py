"""Which CSL type a parsed reference is, from its fields."""
from __future__ import annotations

import regex

from . import lexicon
from .dates import csl_date_parts, month_number
from .names import is_institution
from .patterns import LAW_NUMBER_RE, THESIS_WORDS
from .works import abbreviates, alnum

JOURNAL_WORDS_RE = regex.compile(
    r"\b(?:jurnal|journal|review|quarterly|studies|bulletin|buletin|transactions|letters|annals|"
    r"magazine|majalah|acta|archives|research|science|sciences)\b", regex.I)
REPORT_WORDS_RE = regex.compile(
    r"\b(?:report|laporan|statisti[ck]s?|working paper|policy brief|white paper|survey|survei|"
    r"panduan|pedoman|profil|rencana strategis|renstra|newsletter|results)\b", regex.I)
# what each of REPORT_WORDS_RE's words holds: a cheap test before it
_REPORT_WORD_STEMS = ("report", "laporan", "statisti", "paper", "policy brief", "surve", "panduan", "pedoman", "profil",
                      "rencana strategis", "renstra", "newsletter", "results")
WEB_WORDS_RE = regex.compile(r"\b(?:blog|website|situs|online|web)\b", regex.I)
# (and APA's "Paper presented at the annual meeting of ...", a paper read at a meeting, in Malay
# "Kertas kerja dibentangkan di ...")
CONFERENCE_RE = regex.compile(r"(?:proc\.|(?:proceedings|prosiding|seminar|konferensi|conference|symposium|"
                              r"simposium|workshop|kongres|congress|presented[ ]at|annual[ ]meeting|dibentangkan)\b)", regex.I)
# the meeting a proceedings comes from
_MEETING_RE = regex.compile(r"\b(?:seminar|konferensi|conference|symposium|simposium|workshop|kongres|congress)\b", regex.I)
# "Annual Report IOM 2009", "Situation Report on ...", "World Development Report 2020"
_KIND_OF_REPORT_RE = regex.compile(
    r"(?:annual|situation|final|technical|research|progress|country|status|special|world[ ]\w+|global|"
    r"regional|national|quarterly|monthly|laporan)[ ](?:report|laporan|tahunan|akhir)\b", regex.I)
LEGISLATION_TITLE_RE = regex.compile(r"(?:" + "|".join(lexicon.LEGISLATION_WORDS) + r")\b", regex.I)
# the letters those words begin with: a title that begins otherwise is no law's
_LEGISLATION_FIRST_LETTERS = frozenset(word[0] for word in lexicon.LEGISLATION_WORDS)


# a genre that makes a work no thesis, unless it names one ("Laporan Skripsi" is a thesis):
# "Technical Report TR 95-50", "Tech. rep.", "Tech. Rep" (its stop read apart), "GIGA Working Paper
# No. 33", "Laporan Penelitian", "Policy Brief", an agency's "NIH Publication"; "US patent 4 0054 881", "Paten"; "Unpublished
# manuscript", "Naskah ..."
_GENRE_KIND_RE = regex.compile(
    r"(?P<report>\b(?:report|laporan|working[ ]papers?|discussion[ ]papers?|policy[ ]brief|white[ ]paper"
    r"|kertas[ ]kerja|publication)\b|\brep\b)"
    r"|(?P<patent>\bpatent?\b)"
    r"|(?P<manuscript>\b(?:manuscript|naskah|makalah|unpublished[ ](?:paper|data|raw[ ]data)|draft[ ]paper)\b)", regex.I)
_THESIS_GENRE_RE = regex.compile(r"\b" + THESIS_WORDS + r"\b", regex.I)


def _kind_of_genre(genre) -> str:
    if not isinstance(genre, str) or _THESIS_GENRE_RE.search(genre):
        return "thesis"
    kind = _GENRE_KIND_RE.search(genre)
    return kind.lastgroup if kind else "thesis"      # (the groups are named by their CSL types)


def decide_type(f: dict, chapter: bool = False, legislation: bool = False) -> str:
    """The CSL type, one rule per case, most specific first.

    >>> decide_type({"title": "T", "container-title": "Jurnal Ekonomi", "volume": "5"})
    'article-journal'
    >>> decide_type({"title": "T", "URL": "http://x.id", "accessed": {"date-parts": [[2017]]}})
    'webpage'
    """
    title = f.get("title", "") or ""
    container = f.get("container-title", "") or ""
    if ((legislation or (title[:1].casefold()[:1] in _LEGISLATION_FIRST_LETTERS and LEGISLATION_TITLE_RE.match(title)))
            and not (f.get("publisher") and any("family" in name for name in f.get("author") or [])
                     and not LAW_NUMBER_RE.search(title))):
        # (not "Soesilo, R. Kitab Undang-Undang Hukum Pidana (KUHP) serta Komentar-Komentarnya ...
        # Bogor: Politeia": a person's edition of a code, or a commentary on it, from a publisher;
        # a regulation with its number is the regulation, whoever the list names before it)
        return "legislation"                  # Undang-Undang, Peraturan ...
    genre = f.get("genre")
    if genre:
        return _kind_of_genre(genre)          # Skripsi, Tesis, Disertasi, thesis; a report, a patent, a manuscript
    if container and container.casefold().strip() in lexicon.NEWSPAPERS:
        return "article-newspaper"            # "dalam" / in Kompas, Tempo ...
    if (container and CONFERENCE_RE.search(container) and not JOURNAL_WORDS_RE.match(container)
            and (not (f.get("volume") and f.get("issue"))
                 or (_MEETING_RE.search(container) and not JOURNAL_WORDS_RE.search(container)))):
        # in Proc. ..., Prosiding ... (not a journal so named, cited by volume and issue:
        # "Proceedings of the IEEE, 77(2):257-286"; but a meeting's proceedings numbered as a
        # serial are its papers still: "Prosiding Seminar Nasional Pendidikan ..., 2(1), 352–360")
        return "paper-conference"
    if (container and len(csl_date_parts(f.get("issued"))) == 3 and len(container.split()) <= 5
            and not any(ch.isdigit() or ch in ",.:" for ch in container)
            and not any(f.get(k) for k in ("volume", "issue", "publisher")) and _one_page(f.get("page"))):
        # a periodical cited by its day, without volume, in print or on its site (MLA's '"How
        # Cities Adapt to Heat." The Atlantic, 12 July 2021, www.theatlantic.com/...'), on one page
        # or none ('"Pemogokan Buruh di Semarang," Sinar Hindia, 3 Mei 1920, 2.', "..., A12")
        return "article-newspaper"
    if container and (f.get("volume") or f.get("issue") or JOURNAL_WORDS_RE.search(container)) and not chapter \
            and not (f.get("publisher-place") and not f.get("issue")):
        return "article-journal"              # a container with volume or issue
    if chapter and container and (f.get("editor") or f.get("publisher") or f.get("publisher-place")):
        return "chapter"                      # "dalam"/In an edited book
    if (container and f.get("page") and not chapter and f.get("issued")
            and not any(f.get(k) for k in ("publisher", "publisher-place", "editor", "URL"))):
        return "article-journal"              # '"...," Southeast Asian Affairs (1994): 146-163': no volume
    if not container and f.get("volume") and (f.get("issue") or f.get("page")) and not f.get("publisher") \
            and not chapter:
        return "article-journal"              # "3(2), 48–54" with its journal's name lost
    if not container and str(f.get("number") or "").casefold().startswith("arxiv:"):
        return "article"                      # a preprint: "..., arXiv:1101.3711, 2010."
    if not container and str(f.get("publisher") or "").casefold().strip(" .") in lexicon.PREPRINT_SERVERS:
        return "article"                      # APA 7's "... understanding. arXiv. https://doi.org/..."
    if f.get("URL") and not f.get("publisher") and (f.get("accessed") or WEB_WORDS_RE.search(title)
                                                     or not f.get("issued")):
        return "webpage"                      # a URL and nothing published around it
    if f.get("URL") and f.get("accessed") and not f.get("publisher-place"):
        return "webpage"
    if f.get("URL") and f.get("_online") and not container and not f.get("publisher"):
        return "webpage"                      # IEEE: "[Online]. Available: https://..."
    if f.get("URL") and f.get("accessed") and not container and len(csl_date_parts(f.get("issued"))) == 3:
        return "webpage"                      # a page dated to the day, read online: "Geneva: WHO; 2021 Aug 25 [cited ...]"
    if _reads_as_report(f, title) or published_by_its_author(f):
        return "report"                       # Laporan ..., Statistik ..., ... Report; BPS by BPS
    if f.get("URL") and _names_a_site(f):
        return "webpage"                      # APA: "... pandemi. Halodoc. https://...", a site, no publishing house
    if (f.get("URL") and container and not chapter
            and not any(f.get(k) for k in ("publisher", "publisher-place", "edition", "editor", "volume", "issue", "page"))):
        return "webpage"                      # APA 6's "... Retrieved from Psychology Today: https://...": a site's page
    if f.get("publisher") or f.get("publisher-place") or f.get("edition"):
        return "book"
    if container and chapter:
        return "webpage" if f.get("URL") else "chapter"
    if f.get("URL") and not container and not f.get("DOI"):
        return "webpage"                      # APA: "Kemendikbudristek. (2022). Kurikulum Merdeka. https://...": a link alone
    return "book" if title else "document"


def _one_page(page) -> bool:
    """No pages, or one page or a newspaper's section page ("2", "A12"), no range."""
    return not page or (isinstance(page, str) and len(page) <= 4 and "-" not in page and "–" not in page)


def _names_a_site(f: dict) -> bool:
    """Is the "publisher" of a work with an address, dated to the month or day, a web site's
    short name ("Halodoc", "Kompasiana", "Detik News"), with nothing a book, a report or an
    article would have? Not a
    publishing house ("Adams Media"), an organisation ("Australian Government", "UNESCO"), a
    town or a month."""
    site = f.get("publisher")
    # (a page is dated to the day or the month, a book with a link to the year: "Wickham, H.
    # (2017). R for data science. O'Reilly. http://..." is a book)
    if (not isinstance(site, str) or f.get("publisher-place") or f.get("DOI") or len(csl_date_parts(f.get("issued"))) < 2
            or any(f.get(k) for k in ("volume", "issue", "page", "edition", "editor", "translator", "container-title"))):
        return False
    words = site.split()
    return (0 < len(words) <= 3 and all(word[:1].isupper() for word in words) and not any(ch.isdigit() or ch == "," for ch in site)
            and not any(word.casefold() in _PUBLISHING_WORDS_OF_SITES for word in words)
            and not names_a_publisher(site) and not is_institution(site) and not month_number(words[0])
            and site.casefold() not in lexicon.PUBLISHING_CITIES)


# words of publishing houses' names that media sites share ("Adams Media", "Nusa Media")
_PUBLISHING_WORDS_OF_SITES = frozenset({"media", "publications", "publication"})


def _reads_as_report(f: dict, title: str) -> bool:
    """"Laporan Tahunan 2020", "Trafficking in Persons Report", or an institution's
    "Statistik ..."; not a person's book whose title merely mentions reports."""
    lower = title.casefold()
    found = REPORT_WORDS_RE.search(title) if any(word in lower for word in _REPORT_WORD_STEMS) else None
    if not found:
        return False
    near_edge = found.start() == 0 or found.end() >= len(title.rstrip(" .")) - 1 or bool(_KIND_OF_REPORT_RE.match(title))
    by_institution = any(name.get("literal") for name in f.get("author") or [])
    if (not by_institution and f.get("author") and (found.group().casefold() in _GUIDE_WORDS or found.start() > 0)
            and isinstance(f.get("publisher"), str) and names_a_publisher(f["publisher"])):
        # "Panduan Membangun Jaringan Komputer", "Analisis Data Penelitian dengan Statistik" by a
        # person, from a publishing house: a book
        return False
    return near_edge or by_institution


_GUIDE_WORDS = frozenset({"panduan", "pedoman", "profil"})


# (fullmatched, so the short runs need no possessive quantifier; one would eat the " UP")
_MLA_UNIVERSITY_PRESS_RE = regex.compile(r"\p{Lu}[\p{L}.'’ -]{1,40}[ ]UP|U[ ]of[ ]\p{Lu}[\p{L} ]{1,40}[ ]P|UP[ ]of[ ]\p{Lu}[\p{L} ]{1,40}")


def names_a_publisher(name: str) -> bool:
    """Does ``name`` hold a word of publishing houses' names ("Rineka Cipta", "Routledge"), or
    name a company ("PT Elex Media Komputindo")?"""
    words = name.casefold().split()
    if words and words[0] in ("pt", "pt.", "cv", "cv.") and len(words) > 1:
        return True
    if _MLA_UNIVERSITY_PRESS_RE.fullmatch(name.strip(" .,")):
        return True     # MLA's "Duke UP", "U of Illinois P", "UP of Kansas"
    return any(w.strip(".,") in lexicon.PUBLISHER_NAME_WORDS for w in words) and "release" not in words


def published_by_its_author(f: dict) -> bool:
    """An institution's own publication — "Badan Pusat Statistik ... Badan Pusat Statistik",
    "OECD ... OECD Publishing", "Kementerian Lingkungan Hidup dan Kehutanan ... KLHK", "Kemenkes RI
    ... Kementerian Kesehatan RI" — is a
    report (grey literature), not a book a publisher took on."""
    authors = f.get("author") or []
    publisher = f.get("publisher")
    if len(authors) != 1 or not authors[0].get("literal") or not isinstance(publisher, str):
        return False
    author_words = _WORD_RE.findall(authors[0]["literal"].casefold())
    publisher_words = _WORD_RE.findall(publisher.casefold())
    author_key, publisher_key = alnum(authors[0]["literal"]), alnum(publisher)
    if not author_key or not publisher_key:
        return False
    acronym = "".join(w[0] for w in author_words if w not in _CONNECTORS)
    # (or the one is the other's syllabic abbreviation: "Kemenkes RI ... Kementerian Kesehatan RI";
    # or its office somewhere: "Badan Pusat Statistik ... BPS Provinsi Jawa Tengah")
    return (author_key in publisher_key or publisher_key in author_key or publisher_key == acronym
            or (len(acronym) >= 2 and publisher_words[0] == acronym)
            or (len(author_words) > 2 and publisher_words[:2] == author_words[:2])
            or abbreviates(authors[0]["literal"], publisher) or abbreviates(publisher, authors[0]["literal"]))


_WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
_CONNECTORS = frozenset({"dan", "and", "of", "the", "for", "&", "untuk", "republik", "indonesia"})
