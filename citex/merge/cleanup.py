"""Words that belong to no field: link introductions, placeholders ("t.p.", "n.d."), status
marks ("[Online]", "in press") and names left in quotes.
"""
from __future__ import annotations

import regex

from .. import lexicon
from ..csl_types import names_a_publisher
from ..names import is_institution
from ..patterns import NO_PLACE_RE, NO_PUBLISHER_RE, UNPUBLISHED_ID
from ..rules.links import DOI_IN_URL_RE, URL_INTRO_RE
from . import HowRead


def drop_quoted_names(fields: dict, how: HowRead) -> None:
    """A name beginning with a quotation mark is the start of a quoted title the labeller
    ran the authors into ('J. Devlin, ..., and K. Toutanova, "BERT: ...')."""
    if how.delimited_title == "quoted" and fields.get("author"):
        fields["author"] = [n for n in fields["author"]
                            if (n.get("family") or n.get("literal") or "")[:1] not in _QUOTE_MARKS] or None


_QUOTE_MARKS = "\"“”'‘’«"


def drop_placeholders(fields: dict) -> None:
    """"t.p." and "t.t." say there is no publisher or place: they are not one."""
    if isinstance(fields.get("publisher"), str) and NO_PUBLISHER_RE.fullmatch(fields["publisher"].strip(" ,;")):
        fields.pop("publisher")
    if isinstance(fields.get("publisher-place"), str) and \
            NO_PLACE_RE.fullmatch(fields["publisher-place"].strip(" ,;:")):
        fields.pop("publisher-place")


def series_without_its_preposition(fields: dict) -> None:
    """", volume 60 of Math. Sci. Res. Inst. Publ.": the labeller's series keeps the "of" (or
    "in") that BibTeX's styles write before it, which is no part of its name."""
    series = fields.get("collection-title")
    if isinstance(series, str) and series.startswith(("of ", "in ")) and series[3:4].isupper():
        fields["collection-title"] = series[3:]


def publisher_that_ends_the_title(fields: dict) -> None:
    """"Pengantar Ilmu Hubungan Internasional: Keadilan dan Power, 1999. Hal. 276": the labeller
    took the subtitle after the colon for a publisher, the rules kept it in the title, which won;
    the same words are not both."""
    title, publisher = fields.get("title"), fields.get("publisher")
    if not (isinstance(title, str) and isinstance(publisher, str) and publisher and not fields.get("publisher-place")
            and title.rstrip(" .").endswith(": " + publisher.rstrip(" ."))):
        return
    # (not a title that ran on into the place and its publisher: "How Many People Can the Earth
    # Support? New York: Norton" keeps Norton)
    before = title.rstrip(" .")[:-len(publisher.rstrip(" .")) - 2]
    if not _ENDS_WITH_CITY_RE.search(before) and not names_a_publisher(publisher) and not is_institution(publisher):
        fields.pop("publisher")


# a town's name ending what comes before a colon: "... Support? New York", "... Tradition Cambridge"
_CITY_NAMES = "|".join(regex.escape(city) for city in sorted(lexicon.PUBLISHING_CITIES, key=len, reverse=True))
_ENDS_WITH_CITY_RE = regex.compile(r"(?:^|[ ,?.])(?:" + _CITY_NAMES + r")(?:,?[ ]\p{Lu}{2}|,[ ][\p{L}.]{2,12})?$", regex.I)


def drop_status_marks(fields: dict) -> None:
    """"Hypertension [Internet]", "Nigerian Postgraduate Medical Journal [Preprint]": a medium or
    a status in brackets is not part of a title's or a journal's name."""
    for key in ("title", "container-title"):
        value = fields.get(key)
        if isinstance(value, str) and "[" in value:
            fields[key] = _MEDIUM_DESIGNATOR_RE.sub("", value) or value


_MEDIUM_DESIGNATOR_RE = regex.compile(r"[ ]*+\[(?:internet|online|serial online|e-?book|cd-rom|dvd|preprint)\]?$", regex.I)


def drop_link_words(fields: dict) -> None:
    publisher = fields.get("publisher")
    if isinstance(publisher, str) and ("//" in publisher or "www." in publisher):
        # "Poetry Foundation, www.poetryfoundation.org/…", "[Available online at http://…]": the
        # link and what follows it are no publisher's name
        link = _LINK_RE.search(publisher)
        if link:
            fields["publisher"] = _LINK_INTRO_END_RE.sub("", publisher[:link.start()].rstrip(" ([<")).strip(" .,;:([<")
    for key in ("publisher", "container-title", "publisher-place"):
        value = fields.get(key)
        site = _SITE_INTRO_RE.match(value) if isinstance(value, str) and fields.get("URL") else None
        if site:
            # APA 6's "Retrieved from Republika Online: https://...", in Word's Indonesian "Diambil
            # kembali dari ...": the site the link is on, after the words that introduce it
            fields[key] = value = value[site.end():]
            if key == "publisher" and not fields.get("container-title"):
                fields["container-title"] = fields.pop("publisher")     # the site, not a publishing house
                continue
        # (no link's introduction runs over 24 characters, "diambil kembali daripada", and each
        # begins with one of these letters)
        bare = value.strip(" .,:") if isinstance(value, str) else ""
        if len(bare) <= 24 and bare[:1].casefold() in _LINK_INTRO_INITIALS and URL_INTRO_RE.fullmatch(bare):
            fields.pop(key)              # "Tersedia pada:" before a link is no publisher or journal
        elif isinstance(value, str) and ". " in value[-36:]:      # (the sentence is short: its stop is near the end)
            # "Elex Media Komputindo. Tersedia di", "Program Pascasarjana ... Makassar. Tidak
            # diterbitkan": a sentence after the name, introducing the link or saying the work
            # was never published, is no part of it
            tail = _INTRO_OR_STATUS_END_RE.search(value)
            if tail and tail.start() > 0:
                fields[key] = value[:tail.start()]
        if isinstance(fields.get(key), str) and (fields.get("URL") or fields.get("DOI")):
            # "Applied Sciences Tersedia pada": the link's introduction run into the name, no stop between
            tail = _LINK_INTRO_GLUED_END_RE.search(fields[key])
            if tail and tail.start() > 0:
                fields[key] = fields[key][:tail.start()]
    title = fields.get("title")
    if fields.get("URL") and isinstance(title, str) and ". " in title:
        intro = _LINK_INTRO_TITLE_END_RE.search(title)
        if intro and intro.start() > 0:
            fields["title"] = title[:intro.start()]      # "Profil Kesehatan Indonesia 2021. Diakses dari"
    if fields.get("DOI") and DOI_IN_URL_RE.search(fields.get("URL") or ""):
        fields.pop("URL")                # the DOI written as a link
    if fields.get("accessed"):
        # Harvard's "(Accessed: 3 May 2021)" split by the labeller into a place and a publisher; an
        # access word and its day read as a journal, ", dicapai 3 | Disember 2021" (a Malay month)
        for key in ("publisher", "publisher-place", "container-title"):
            value = fields.get(key)
            if isinstance(value, str) and _ACCESS_DATE_PIECE_RE.fullmatch(value.strip(" .,:()")):
                fields.pop(key)


# the letters URL_INTRO_RE's words begin with: "tersedia", "available", "retrieved", "diakses", "url", "online"
_LINK_INTRO_INITIALS = frozenset("tardou")
# ". Tersedia di", ". Available at:", ". Retrieved from", ". Tidak diterbitkan", ". Unpublished", and a
# page's label whose number the labeller read apart (". Hal"), ending a name (not "Online" alone:
# "Biomed. Eng. OnLine" is a journal)
# the words introducing a link, "Tersedia di", "Retrieved from", Word's Indonesian "Diambil kembali dari",
# "Diperoleh dari", Malay "Dicapai daripada"
_LINK_INTRO_WORDS = (r"tersedia(?:[ ](?:pada|di|dari))?|available(?:[ ](?:at|from|online))?|retrieved(?:[ ]from)?|"
                     r"diakses(?:[ ](?:dari|daripada|pada|melalui))?|(?:diunduh|diperoleh|dicapai)(?:[ ]dari(?:pada)?)?"
                     r"|diambil(?:[ ]kembali)?[ ]dari(?:pada)?")
_INTRO_OR_STATUS_END_RE = regex.compile(
    r"[.][ ](?:" + _LINK_INTRO_WORDS + "|" + UNPUBLISHED_ID + r"|unpublished|hal|hlm|halaman|pp?)\.?[ ]*+:?[ ]*+$",
    regex.I)
# the words introducing a link ending a name, without a stop before them (two words at least: a
# journal may end in "Online")
_LINK_INTRO_GLUED_END_RE = regex.compile(
    r"(?<=\p{L})[ ](?:tersedia[ ](?:pada|di|dari)|available[ ](?:at|from)|retrieved[ ]from|diakses[ ](?:dari|pada)"
    r"|(?:diperoleh|dicapai)[ ]dari(?:pada)?)"
    r"[ ]*+:?[ ]*+$", regex.I)
# the sentence introducing the link, run into a title: "... Indonesia 2021. Diakses dari"
_LINK_INTRO_TITLE_END_RE = regex.compile(r"[.][ ](?:" + _LINK_INTRO_WORDS + r")[ ]*+:?[ ]*+$", regex.I)
_SITE_INTRO_RE = regex.compile(
    r"(?:retrieved[ ]from|diambil(?:[ ]kembali)?[ ]dari|(?:diakses|diunduh|diperoleh|dicapai)[ ]dari(?:pada)?"
    r"|tersedia[ ](?:di|dari|pada))[ ]++"
    r"(?=\p{Lu})", regex.I)
# where a link begins in a publisher's place
_LINK_RE = regex.compile(r"https?:/{1,2}|ftp://|www\.", regex.I)
# the words that introduce it: "URL:", "Available online at", or a clause of its own ending on
# "at" or "from" ("Further information available at:", "On-line updates at:")
_LINK_INTRO_END_RE = regex.compile(
    r"(?:(?<!\p{L})(?:" + URL_INTRO_RE.pattern + r"|available online at:?)"
    r"|(?:^|(?<=[.;][ ]))[^.;]{1,40}?[ ](?:at|from):?)[ ]*+$", regex.I)
_ACCESS_DATE_PIECE_RE = regex.compile(
    r"(?:accessed|diakses|retrieved|viewed|dikunjungi|diunduh|dicapai)(?:[ ](?:on|pada|tanggal))?(?:[ ]\d{1,2}+)?"
    r"|\d{1,2}+[ ]\p{L}{3,10}+",
    regex.I)
