"""URLs, DOIs and access dates ("diakses pada tanggal 3 Agustus 2017", "Accessed May 5, 2020").
"""
from __future__ import annotations

import regex

from ..dates import parse_date
from ..patterns import ACCESSED_RE, DOI_RE, URL_RE
from .work import Work

DOI_IN_URL_RE = regex.compile(r"doi\.org/(10\.\S+)", regex.I)
# "Tersedia pada: https://...", "Available from <...>", "URL: ...", Word's Indonesian "Diambil dari",
# APA's "Retrieved from" as Indonesians translate it, "Diperoleh dari", and as Malaysians do,
# "Dicapai daripada": the words that introduce a link
URL_INTRO_RE = regex.compile(r"(?:tersedia(?:[ ](?:pada|di|dari))?|available(?:[ ](?:at|from|online))?|retrieved(?:[ ]from)?|"
                             r"(?:diakses|diunduh|diperoleh|dicapai)(?:[ ](?:dari|daripada))?|diambil(?:[ ]kembali)?[ ]dari(?:pada)?"
                             r"|url|online)[ ]?:?", regex.I)
_URL_INTRO_BEFORE_RE = regex.compile(r"(?<![\p{L}])" + URL_INTRO_RE.pattern + r"[ ]*+<?$", regex.I)


def urls(work: Work, context: str) -> None:
    if "[online]" in work.lower or "[internet]" in work.lower or "(online)" in work.lower:
        # IEEE's "[Online]. Available: ...", Vancouver's "Hypertension [Internet].", UM's "Jurnal
        # Ilmu Pendidikan, (Online), Jilid 5": the medium, no publisher and no part of a title
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


# UM's round-bracketed medium, which the labeller has not learnt: read by the rules, not given to it
ROUND_MEDIUM_RE = regex.compile(r",?[ ]?\(online\)(?=[,.])", regex.I)
_MEDIUM_RE = regex.compile(r"[ ]?\[(?:online|internet)\]\.?|" + ROUND_MEDIUM_RE.pattern, regex.I)


def clean_url(url: str) -> str:
    """Angle brackets and trailing punctuation off: ``<http://x.id/a>.`` -> ``http://x.id/a``."""
    url = url.strip().strip("<>")
    while url and url[-1] in ".,;:)]>\"'”’":
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def doi(work: Work, context: str) -> None:
    if "10." not in work.lower:
        return
    found = DOI_RE.search(work.buf)
    if found and work.is_free(found.start(1), found.end(1)):
        work.fields.setdefault("DOI", found.group(1).rstrip(".,;)"))
        work.take(found.start(), found.end())


def accessed(work: Work, context: str) -> None:
    if not work.mentions(("akses", "access", "retriev", "diunduh", "diambil", "dikunjungi", "viewed", "download",
                          "cited", "dikutip", "dicapai")):
        if "URL" in work.fields and "[" in work.buf:
            _bracketed_access_date(work)
        return
    found = ACCESSED_RE.search(work.buf) or (_DATE_AFTER_LINK_RE.search(work.buf) if "URL" in work.fields else None)
    if not found:
        return
    parts = parse_date(found.group(1))
    if parts:
        work.fields["accessed"] = {"date-parts": [parts]}
    else:
        work.warnings.append(f"unreadable access date {found.group(1)!r}")
    work.take(found.start(), found.end())


# "Diakses dari https://... pada tanggal 12 Maret 2023": the day after the link (its "Diakses dari"
# taken with the link) — an access date's words before it, the link's hole just before those
_DATE_AFTER_LINK_RE = regex.compile(
    r"(?<=\x00)[ ,]*+(?:pada|on)[ ](?:tanggal[ ]|tgl\.?[ ])?(\d{1,2}+[ ]\p{L}{3,10}+\.?[ ]\d{4}+)"
    r"(?:[ ,]*+(?:pukul|jam|pkl\.?)[ ]?\d{1,2}+[.:]\d{2}+(?:[ ]?(?:WIB|WITA|WIT))?)?", regex.I)


def _bracketed_access_date(work: Work) -> None:
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
