"""The rules' working copy of a reference, and the small text helpers every stage shares.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field

import regex

from ..patterns import ABBREVIATED_GIVEN_NAME

_FILLER_WORD_RE = regex.compile(r"(?:dalam|in|dan|and|pdf|tahun|online|tersedia|available|at|from|url|di|pada)\.?", regex.I)
_EMPTY_BRACKETS_RE = regex.compile(r"[ ]?(?:\([ ;,]*\)|\[[ ;,]*\])")

TWO_LETTERS_RE = regex.compile(r"\p{L}{2}")

_ABBREVIATION_END_RE = regex.compile(r"(?:\b\p{Lu}|\b(?:dkk|al|et al|Ltd|Inc|Co|Jr|Sr|Ed|Eds|ed|eds|St))\.$")

HOLE = "\x00"

# (and the given names Indonesian writers abbreviate: "Moh. Mahfud MD", "Muh. Yusuf", "Abd. Rahman")
_INITIAL_BEFORE_RE = regex.compile(
    r"(?:^|[ .,\-])(?:\p{Lu}|Th|Ch|Sh|St|Jr|Sr|Mc|Univ|Dept|Inst|Fak|Jur|" + ABBREVIATED_GIVEN_NAME + r")$")


def after_initial(buf: str, start: int, at: int) -> bool:
    """Is the period at ``at`` an initial's or an abbreviation's (in the piece from ``start``)?
    Only the last five characters can tell (the longest abbreviation and the character before
    it): looking at no more keeps a text of many periods linear."""
    return bool(_INITIAL_BEFORE_RE.search(buf[max(start, at - 5):at]))


@dataclass
class Work:
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


# the characters that can end a piece or change bracket depth
PIECE_MARK_RE = regex.compile(r"\x00++|[,;.()\[\]]")


def meaningful(piece: str) -> bool:
    bare = piece.strip(" .,;:-–")
    if len(bare) < 2:
        return False
    if len(bare) <= 10 and _FILLER_WORD_RE.fullmatch(bare):      # ("available." is the longest)
        return False
    return bool(TWO_LETTERS_RE.search(bare))


@functools.lru_cache(maxsize=8192)
def clean_text(text: str) -> str:
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
