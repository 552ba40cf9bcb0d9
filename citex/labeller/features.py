"""Tokens and per-token features for the reference-string sequence labeller.

A reference is split on white space, as AnyStyle does; each token gets a small set of
features — its word, shape, punctuation, dictionary classes, position, and the rule-based
detectors' verdicts (URL, DOI, access date, page label) — plus its neighbours' words and
shapes. The same function serves training and tagging, so they can never drift apart.
"""
from __future__ import annotations

import functools

import regex

from .. import lexicon

TOKEN_RE = regex.compile(r"\S+")

_MONTHS = frozenset(lexicon.MONTHS)
_PARTICLES = frozenset(p for p in lexicon.NAME_PARTICLES if " " not in p)
_PUBLISHER_WORDS = frozenset("""
press publishing publishers publisher verlag books university universitas penerbit pustaka
gramedia rajawali kencana prenada erlangga alfabeta grafindo media rosdakarya mizan andi
elsevier springer wiley routledge sage pearson mcgraw-hill oxford cambridge norton knopf
blackwell academic inc. inc ltd. ltd co. llc group house
""".split())
_CONTAINER_WORDS = frozenset("""
journal jurnal review proceedings prosiding proc. trans. transactions conference conf. symposium
seminar bulletin buletin quarterly annals letters magazine majalah studies acta j. rev. int.
""".split())
_LABEL_WORDS = {
    "vol": "vol", "vol.": "vol", "volume": "vol", "jilid": "vol", "djilid": "vol", "jil.": "vol", "juz": "vol", "deel": "vol", "dl.": "vol",
    "no": "no", "no.": "no", "nomor": "no", "issue": "no", "nr.": "no", "bil.": "no", "bilangan": "no",
    "pp": "pp", "pp.": "pp", "p.": "pp", "hlm": "pp", "hlm.": "pp", "hal": "pp", "hal.": "pp",
    "h.": "pp", "halaman": "pp", "pages": "pp", "page": "pp", "blz.": "pp", "ms.": "pp", "(ms.": "pp",
    "ed.": "ed", "eds.": "ed", "ed": "ed", "eds": "ed", "(ed.)": "ed", "(eds.)": "ed", "editor": "ed",
    "editors": "ed", "edited": "ed", "penyunting": "ed", "(peny.)": "ed", "(pnyt.)": "ed",
    "in": "in", "in:": "in", "dalam": "in", "dalam:": "in",
    "terj.": "tr", "penerj.": "tr", "trans.": "tr", "translated": "tr",
    "cet.": "edn", "edisi": "edn", "edition": "edn", "edn": "edn", "edn.": "edn",
    "diakses": "acc", "accessed": "acc", "retrieved": "acc", "diunduh": "acc", "diperoleh": "acc", "dicapai": "acc",
    "tersedia": "avail", "available": "avail", "from": "from", "at": "at",
    "dan": "and", "and": "and", "&": "and", "dkk.": "etal", "dkk": "etal", "et": "etal", "al.": "etal",
    "skripsi": "genre", "tesis": "genre", "disertasi": "genre", "thesis": "genre",
    "dissertation": "genre", "[skripsi]": "genre", "[tesis]": "genre",
    "t.t.": "noyear", "t.th.": "noyear", "n.d.": "noyear", "(n.d.).": "noyear", "(t.t.).": "noyear",
    "doi:": "doi", "isbn": "isbn", "isbn:": "isbn", "url:": "url",
}
_CITY_WORDS = frozenset(w for city in lexicon.PUBLISHING_CITIES for w in city.split())

_YEAR_RE = regex.compile(r"(?<!\d)(1[5-9]\d\d|20[0-4]\d)[a-z]?(?!\d)")
_RANGE_RE = regex.compile(r"\d+[-–—]\d+")
_URL_RE = regex.compile(r"^<?(?:https?[:;]?//|www\.|ftp://)", regex.I)
_DOI_RE = regex.compile(r"10\.\d{4,9}/")
_ROMAN_RE = regex.compile(r"^[ivxlcdm]+$", regex.I)
_INITIAL_RE = regex.compile(r"^(?:\p{Lu}\.){1,3}[,;]?$|^\p{Lu}[.,]?$")
_STRIP = "()[]{}<>\"'“”‘’«».,;:!?*"
# Which neighbours' features each token also sees.
NEIGHBOURS = (-2, -1, 1, 2)


def tokenize(text: str) -> list[tuple[int, int, str]]:
    """(start, end, token) for each white-space separated token."""
    words = text.split()
    if " ".join(words) != text:
        return [(m.start(), m.end(), m.group()) for m in TOKEN_RE.finditer(text)]
    # the usual case, text as reference_text leaves it (words between single spaces): the
    # offsets follow from the lengths, and str.split is many times faster than the pattern
    # (every character str.split keeps in a word is one \S matches, too)
    tokens = []
    start = 0
    for word in words:
        end = start + len(word)
        tokens.append((start, end, word))
        start = end + 1
    return tokens


def _shape(token: str) -> str:
    out = []
    last = ""
    for ch in token:
        if ch.isupper():
            kind = "X"
        elif ch.islower():
            kind = "x"
        elif ch.isdigit():
            kind = "d"
        else:
            kind = ch
        if kind != last:
            out.append(kind)
            last = kind
    return "".join(out)[:8]


@functools.lru_cache(maxsize=65536)
def _own(token: str) -> tuple[bytes, ...]:
    """The token's own features; cached, since most tokens of a list repeat ("and", "pp.", years).

    Features are UTF-8 bytes, as crfsuite keeps its attribute names: given str, pycrfsuite
    encodes every attribute of every sequence again (a fifth of the tagger's time); encoded
    here, each token's are encoded once."""
    return tuple(feature.encode() for feature in _own_features(token))


def _own_features(token: str) -> list[str]:
    lower = token.casefold()
    word = lower.strip(_STRIP)
    feats = [f"w={word}", f"s={_shape(token)}", f"last={token[-1]}", f"first={token[0]}"]
    if len(word) > 3:
        feats.append(f"p3={word[:3]}")
        feats.append(f"x3={word[-3:]}")
    label = _LABEL_WORDS.get(lower) or _LABEL_WORDS.get(word) or _LABEL_WORDS.get(lower.rstrip(",;:"))
    if label:
        feats.append(f"kw={label}")
    if word in _MONTHS:
        feats.append("month")
    if word in _PARTICLES:
        feats.append("particle")
    if word in _PUBLISHER_WORDS:
        feats.append("pubword")
    if word in _CONTAINER_WORDS or lower in _CONTAINER_WORDS:
        feats.append("contword")
    if word in _CITY_WORDS:
        feats.append("city")
    if word in lexicon.INSTITUTION_WORDS:
        feats.append("instword")
    # the patterns below are tried only on tokens that have what they need (digits, "//",
    # a capital): most tokens have none, and this runs for every new word of a list
    if any(map(str.isdigit, token)):
        if _YEAR_RE.search(token):
            feats.append("year")
        if _RANGE_RE.search(token):
            feats.append("range")
        if word.isdigit():
            feats.append(f"num{min(len(word), 5)}")
        elif any(map(str.isdigit, word)):
            feats.append("hasdigit")
    if ("//" in token or "www." in lower) and _URL_RE.search(token):
        feats.append("url")
    if "10." in token and _DOI_RE.search(token):
        feats.append("doi")
    if token[0].isupper() and _INITIAL_RE.match(token):
        feats.append("initial")
    if len(word) <= 5 and _ROMAN_RE.match(word):
        feats.append("roman")
    if token[0] in "(\"“‘'*[":
        feats.append("opens")
    if token[-1] in ")\"”’'*]" or token[-2:] in ('."', '.”', ',"', ',”', ").", "),", "):"):
        feats.append("closes")
    if token.isupper() and len(word) > 1:
        feats.append("allcaps")
    return feats


@functools.lru_cache(maxsize=65536)
def _as_neighbour(token: str) -> tuple[tuple[bytes, ...], ...]:
    """The token's features as seen from the tokens two before to two after it (in the
    order of NEIGHBOURS): the next and previous token see all but its affixes, the tokens
    two away its word and shape."""
    own = _own(token)
    near = own[:3] + tuple([f for f in own[3:] if f[:3] not in (b"p3=", b"x3=")])
    far = own[:2]
    return tuple([tuple(map(prefix.__add__, near if is_near else far))
                  for prefix, is_near in _NEIGHBOUR_PREFIXES])


# "-2:", "-1:", "1:", "2:" and whether that neighbour is next to the token
_NEIGHBOUR_PREFIXES = tuple((f"{offset}:".encode(), abs(offset) == 1) for offset in NEIGHBOURS)


_POSITIONS = tuple(f"pos={k}".encode() for k in range(10))
# a position before the first token or after the last: no features
_NOBODY = ((),) * len(NEIGHBOURS)
assert NEIGHBOURS == (-2, -1, 1, 2), "sequence_features indexes the neighbours by these offsets"


def sequence_features(text: str) -> tuple[list[tuple[int, int, str]], list[list[bytes]]]:
    """Tokens of ``text`` and the features of each token (crfsuite's attribute names, UTF-8)."""
    tokens = tokenize(text)
    count = len(tokens)
    last = count - 1
    known = [_token_facts(token) for _, _, token in tokens]
    # seen_from[i + 2] is token i as its neighbours see it; two empty tokens pad each end, so
    # that token i's neighbours -2, -1, +1, +2 are seen_from[i], [i + 1], [i + 3] and [i + 4]
    seen_from = [_NOBODY, _NOBODY, *[facts[1] for facts in known], _NOBODY, _NOBODY]
    out = []
    depth = 0
    quoted = False
    for i, (own, _, brackets, quotes) in enumerate(known):
        feats = [*own, _POSITIONS[(10 * i) // count]]
        if i == 0:
            feats.append(b"BOS")
        if i == last:
            feats.append(b"EOS")
        if depth > 0:
            feats.append(b"inparen")
        if quoted:
            feats.append(b"inquote")
        feats += seen_from[i][0]
        feats += seen_from[i + 1][1]
        feats += seen_from[i + 3][2]
        feats += seen_from[i + 4][3]
        out.append(feats)
        depth += brackets
        if depth < 0:
            depth = 0
        if quotes:
            quoted = quotes > 0      # it opens (1) or closes (-1) a quotation
    return tokens, out


@functools.lru_cache(maxsize=65536)
def _token_facts(token: str) -> tuple:
    """All a token brings to its sequence, looked up once: its own features, its features as
    its neighbours see them, the brackets it opens and whether it opens or closes a quotation."""
    return (_own(token), _as_neighbour(token), *_brackets_and_quotes(token))


@functools.lru_cache(maxsize=65536)
def _brackets_and_quotes(token: str) -> tuple[int, int]:
    """Brackets the token opens (less those it closes), and whether it opens (1) or closes
    (-1) a quotation."""
    opens = token.count("“") + (token.startswith('"') and not token.endswith('"'))
    closes = token.count("”") + (token.endswith(('"', '",', '".')) and not token.startswith('"'))
    return token.count("(") - token.count(")"), (opens > closes) - (closes > opens)
