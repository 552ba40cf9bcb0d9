"""Author names: split a list of names and turn each into a CSL name.

Handles "Family, Given" and "Given Family", "Family. Initials" ("Buzan.B", "Haris. A"),
glued initials ("E.R.Wittkopf"), "dan"/"and"/"&", "dkk."/"et al.", particles ("de Boer",
"al-Bukhari"), Indonesian single names ("Koentjaraningrat"), degrees ("Drs.", "M.Si")
and institutions ("Badan Pusat Statistik"), which become literal names.
"""
from __future__ import annotations

import functools

import regex

from . import lexicon
from .patterns import CAPITALS_FAMILY

# Small patterns of this module, compiled once.
_LEADING_AND_RE = regex.compile(r"^(?:dan|and|&)[ ]+", regex.I)
_TRAILING_PARTICLE_RE = regex.compile(r"[ ]((?:al|el|ad|an|as|ar|at|az)-?)$", regex.I)
_ACRONYM_RE = regex.compile(r"\p{Lu}{2,}")
_NOT_IN_NAMES_RE = regex.compile(r"[\d:!?\"“”*()\[\]/]")
_CAPITALS_RE = regex.compile(r"(?:\p{Lu}\.?)+")
_INITIAL_LETTER_RE = regex.compile(r"Th|Ch|Sh|\p{Lu}\p{Ll}?")
_DOTTED_INITIALS_RE = regex.compile(r"(?:\p{Lu}\.){2,}")
_ACRONYM_AUTHOR_RE = regex.compile(r"\p{Lu}{2,12}+(?:[ ]\p{Lu}{2,12}+)?")
_CAPITAL_RE = regex.compile(r"\p{Lu}")
_ARABIC_NAME_WORDS = frozenset({"bin", "binti", "ibn", "ibnu", "abu", "abi", "abdul", "abd."})
# "al-Bukhari", "el-Said", "al-'Asqalani" (an apostrophe for the ʿayn)
_ARABIC_PARTICLE_NAME_RE = regex.compile(r"(?:al|el|ad|an|as|ar|at|az|ibn|bin|ben)-['’ʿ]?\p{Lu}")

_PARTICLES = frozenset(p for p in lexicon.NAME_PARTICLES if " " not in p)
_DEGREES = lexicon.DEGREES
_INSTITUTION = lexicon.INSTITUTION_WORDS

# "M. I.", "A.E.", "H", "R. J.", "Th.G.Th."
# (not GB/T 7714's family in capitals and its initial, "REN S")
_INITIALS_RE = regex.compile(r"^(?!\p{Lu}{2,}+[ ]\p{Lu}\.?$)(?:(?:\p{Lu}\p{Ll}\.|\p{Lu}\.?)[ -]?){1,4}+$")
# "Buzan.B", "Haris. A", "Kagley.C.", "Synder. A. C", "Rudy. T.M", "Columbis.T"
_FAMILY_DOT_INITIALS_RE = regex.compile(r"^(\p{Lu}[\p{L}'’-]{1,40}+)\.[ ]?((?:\p{Lu}\.?[ ]?){1,4}+)$")
# "E.R.Wittkopf", "G.W.Arif", "W.H. James"
# "SK" or "A." after a family name; "IX" after "Hamengkubuwono" is a regnal number
_TRAILING_INITIALS_RE = regex.compile(r"\p{Lu}{1,3}+\.?|\p{Lu}-\p{Lu}\.?")
# "C.L", "A.", "M" after a family name (the closing stop may be cut)
_INITIALS_AFTER_FAMILY_RE = regex.compile(r"\p{Lu}(?:\.\p{Lu})*+\.?")
_ROMAN_NUMBER_RE = regex.compile(r"[IVX]{2,4}+\.?")
_GLUED_INITIALS_RE = regex.compile(r"^((?:\p{Lu}\.[ ]?){1,4}+)[ ]?(\p{Lu}[\p{L}'’-]+.*)$")
# "dan", "and", "&", German "und", French "et" before an initial ("J. Laufer et R. Silvera";
# not "et al.", nor a title's "Diplomatie et de Droit") between names; a semicolon, with "and"
# after it before the last name ("Blei, D. M.; Ng, A. Y.; and Jordan, M. I.")
# (not the family name Dan of a Vancouver list: "Chattopadhyay M, Dan PK, Mazumdar S")
# (and Spanish "y", Portuguese and Italian "e", after an initial or a comma only: "Pérez, J. y López, M.";
# "Ortega y Gasset" is one family name)
_SPLIT_AND_RE = regex.compile(r"[ ]{0,3}(?:;(?:[ ]{1,3}(?:dan|and|&|und)(?=[ ]))?|,?[ ]{1,3}(?:(?-i:dan|and|DAN|AND)|"
                              r"(?-i:Dan|And)(?![ ]{1,3}\p{Lu}{1,3}+(?:,|$))|und|et(?=[ ]{1,3}\p{Lu}\.))[ ]{1,3}"
                              r"|(?:(?<=\p{Lu}\.),?|,)[ ]{1,3}(?-i:y|e)[ ]{1,3}(?=\p{Lu})"
                              r"|,?[ ]{0,3}&[ ]{0,3})[ ]{0,3}", regex.I)
_SLASH_BETWEEN_NAMES_RE = regex.compile(r"(?<=[\p{Ll}.])/(?=\p{Lu}\p{Ll}[\p{L}'’-]*+,[ ])")
# Italian and classics lists join names with a dash: "B. Gentili - G. Paioni", "E.J. Bakker – F.
# Fabbricotti", "M. Carlisle-O. Levaniouk" (no hyphenated name ends before an initial)
_DASH_BETWEEN_NAMES_RE = regex.compile(r"[ ]{1,3}[-–—][ ]{1,3}(?=\p{Lu})|(?<=\p{Ll}\p{Ll})-(?=\p{Lu}\.[ ]?\p{Lu})")
# (a word of its own: "Petal" ends in no "et al", "Rahman et.al." does)
_ET_AL_RE = regex.compile(r",?[ ]*+(?<!\p{L})(?:dkk\.?|et\.?[ ]?al\.?|dll\.?|and others|et[ ]alii)[ ]*+$", regex.I)
_ET_AL_ENDINGS = ("dkk", "dkk.", "al", "al.", "dll", "dll.", "others", "alii")


def without_et_al(text: str) -> str:
    """The names without a closing "dkk.", "et al.", "and others" (the pattern is tried only
    where the text ends in one of them: searching it at every position is most of the cost)."""
    if not text.rstrip(" ").casefold().endswith(_ET_AL_ENDINGS):
        return text
    return _ET_AL_RE.sub("", text)
_DEGREE_TOKEN_RE = regex.compile(r"^(?:[\p{L}]{1,4}\.){1,3}[\p{L}]{0,4}\.?$")
_WORD_RE = regex.compile(r"[\p{L}'’.-]+")


@functools.lru_cache(maxsize=8192)
def is_institution(text: str) -> bool:
    """True for corporate authors: ``Badan Pusat Statistik``, ``OECD``, ``US Department of State``.

    >>> is_institution("Badan Pusat Statistik"), is_institution("Abdul Haris")
    (True, False)
    """
    written = text.split()
    words = [w.strip(".,()").casefold() for w in written]
    if len(words) > 10:
        return False
    if text.endswith("]") and _GROUP_ABBREVIATION_END_RE.search(text):
        return True     # APA's "Standar Nasional Indonesia [SNI]": only a group is given its abbreviation so
    if 1 < len(written) <= 3 and written[-1].strip(".,") == "TV" and written[0][:1].isupper():
        return True     # a broadcaster: "Kompas TV", "Metro TV", "Trans TV" (the word last, in a short name)
    if any(w in _INSTITUTION for w in words):
        # (not a person's name before a title's first word: "Subhan, Arief, Lembaga")
        return not _institution_word_trails_a_person(text)
    if len(written) > 1 and (written[0] in lexicon.COMPANY_PREFIXES or any(
            w.strip(".,()") in lexicon.MORE_INSTITUTION_WORDS for w in written)):
        # "PT Telkom Indonesia", "DAMA International" (not "International Journal of ...")
        return not any(w in _JOURNAL_WORDS for w in words)
    return _acronym_author(text) or ("," not in text and bool(written) and group_short_name(written[0]))


def group_short_name(word: str) -> bool:
    """Does ``word`` open a group's name ("Kemenkes RI", "UNICEF Indonesia")? An acronym counts in
    capitals only, a syllabic abbreviation in title case as well ("WHO", "Bappeda"; not "Who")."""
    bare = word.strip(".,()")
    if bare.casefold() not in lexicon.GROUP_SHORT_NAMES:
        return False
    return bare.isupper() or (len(bare) > 4 and bare[0].isupper())


# a group's abbreviation in square brackets after its name, as APA writes it ("... [BPS]", "... [WHO]")
_GROUP_ABBREVIATION_END_RE = regex.compile(r"\p{L}[ ]\[\p{Lu}[\p{L}\d&-]{1,24}+\]$")
_JOURNAL_WORDS = frozenset({"journal", "jurnal", "review", "proceedings", "prosiding"})


def _institution_word_trails_a_person(text: str) -> bool:
    """"Subhan, Arief, Lembaga" or "Kasmir, Bank dan Lembaga Keuangan lainnya": a person's name
    (a one-word name in title case, or "Family, Given") before the institution word that opens a
    title; an institution's own name holds such a word in its first piece."""
    pieces = [p.strip() for p in text.split(",")]
    if len(pieces) < 2 or any(w.strip(".").casefold() in _INSTITUTION for w in pieces[0].split()):
        return False
    first = pieces[0]
    if len(pieces) == 2:
        return " " not in first and first.istitle() and len(first) > 3
    if any(w.strip(".").casefold() in _INSTITUTION for w in " ".join(pieces[:-1]).split()):
        return False
    return len(pieces[-1].split()) == 1 and all(len(p.split()) <= 3 for p in pieces[:-1])


def _acronym_author(text: str) -> bool:
    bare = text.strip(" .,")
    return bare[:2].isupper() and bool(_ACRONYM_AUTHOR_RE.fullmatch(bare)) and bare.casefold() not in _DEGREES


def strip_degrees(text: str, initials_list: bool = False) -> str:
    """``Drs. Alif Oktavian., M.Si`` -> ``Alif Oktavian``.

    ``initials_list``: the other names of the list begin with initials ("F. S. Hover, A. Kim"),
    so a leading "H." is one more initial, not the title Haji.
    """
    parts = [p.strip() for p in text.split(",")]
    kept = []
    for part in parts:
        tokens = part.split()
        # A lone "H." is an initial; "H. Ahmad" or "M.Si" are a title and a degree.
        if len(tokens) > 1 or "." in tokens[0].strip(".") if tokens else False:
            kept_tokens = []
            for k, token in enumerate(tokens):
                if _normal_degree(token) not in _DEGREES or _degree_is_a_name(tokens, k, kept_tokens, initials_list):
                    kept_tokens.append(token)
            tokens = kept_tokens
        if tokens:
            kept.append(" ".join(tokens))
    return ", ".join(kept).strip(" .,")


def _degree_is_a_name(tokens: list[str], k: int, kept_tokens: list[str], initials_list: bool) -> bool:
    """Is ``tokens[k]``, written as a title or degree would be, a part of the name here?"""
    token = tokens[k]
    single = len(token.strip(".,")) == 1
    # a single letter after a name ("Akoglu H."), beside another initial ("Reis, H. T.",
    # "H. X. Tang") or in a list of initials is an initial, not the title "H." (Haji)
    if (single and (bool(kept_tokens) or initials_list
                    or (k + 1 < len(tokens) and len(tokens[k + 1].strip(".,")) == 1 and tokens[k + 1][:1].isupper()))
            or (initials_list and INITIALS_ONLY_RE.fullmatch(token))):
        return True
    # Vancouver "Lerch MM", "Plevy SE", "Bangsberg DR": capitals without dots after a one-word
    # family name are its initials, not the degrees M.M., S.E. or Dr.
    if (k == 1 == len(tokens) - 1 and token.isupper() and token.isalpha() and len(token) <= 3
            and tokens[0][:1].isupper() and "." not in tokens[0]):
        return True
    # Vancouver's "Ma K", "Ng TB": a short family name before its initials, written as a name
    if (k == 0 and len(tokens) == 2 and token[:1].isupper() and token[1:].islower()
            and tokens[1].isupper() and tokens[1].isalpha() and len(tokens[1]) <= 3):
        return True
    # "W. Ma", "J. Ng": a short family name after initials, written as a name ("MA", "M.A." are degrees)
    return (k == len(tokens) - 1 >= 1 and token[:1].isupper() and token[1:].islower()
            and all(INITIALS_ONLY_RE.fullmatch(t) for t in tokens[:k]))


def _untitled(text: str) -> bool:
    """No title or degree but "H." among the words."""
    return not any(degree in _DEGREES and degree != "h" for degree in map(_normal_degree, text.split()))


def _initial_and_family(piece: str) -> bool:
    """"H. Erbse": one initial and one capitalized word."""
    words = piece.split()
    return len(words) == 2 and len(words[0]) == 2 and words[0][1] == "." and words[1][:1].isupper() and words[1][1:2].islower()


def _normal_degree(token: str) -> str:
    return token.strip(",").casefold().rstrip(".")


# Cheap tests before the patterns below, which run for every piece of every name list: each
# says what a pattern cannot match without, so that no answer changes.

def _initials(piece: str) -> bool:
    """Initials alone ("A. H.", "Ch. M."): at most four of at most four characters each."""
    return len(piece) <= 16 and bool(_INITIALS_RE.match(piece))


def _periods_between_inverted_names(text: str) -> str:
    """"Jiang, Min. Jong, Chu J. Poppell, Paul.", "Smith, J. Brown, A.": inverted names that a
    stop, not a comma, separates — each "Family, Given" — are separated by ";" as any list of
    inverted names may be. Only where every part is one such name, and not after an abbreviated
    given name ("Ali, Moh. Daud"): "Santoso, Budi. Wibowo" stays one name."""
    parts = _STOP_BEFORE_INVERTED_NAME_RE.split(text)
    if len(parts) < 2 or any(p.count(",") != 1 for p in parts):
        return text
    for part in parts:
        family, given = (w.strip() for w in part.split(","))
        if not family or not given or len(family.split()) > 3 or "." in family or any(
                w.casefold() in ("dan", "and", "&", "dkk", "dkk.") for w in given.split()):
            return text
        if given.split()[-1].casefold().rstrip(".") in _ABBREVIATED_GIVEN_NAMES:
            return text
    return "; ".join(part.strip() for part in parts)


# a stop after a name's last word, then the next name's family and its comma
_STOP_BEFORE_INVERTED_NAME_RE = regex.compile(r"(?<=\p{L})\.[ ](?=\p{Lu}[\p{L}'’-]{1,30}+,[ ])")
# given names Indonesian lists abbreviate with a stop: "Moh. Daud", "Muh. Yusuf", "Abd. Rahman"
_ABBREVIATED_GIVEN_NAMES = frozenset(name.casefold() for name in lexicon.ABBREVIATED_GIVEN_NAMES)


def _split_and(text: str) -> list[str]:
    """``text`` split where "dan", "and", "&", "und", "et" (before initials), ";" or a dash join names."""
    if ";" in text or "&" in text:
        chunks = _SPLIT_AND_RE.split(text)
    else:
        lower = text.lower()
        if " and " in lower or " dan " in lower or " und " in lower or " et " in lower or " y " in text or " e " in text:
            chunks = _SPLIT_AND_RE.split(text)
        else:
            chunks = [text]
    if "/" in text and text[:text.find("/")].count(",") == 1:
        # a German list's slashes, each before the next "Family, Given": "Schmidt, Peter/Weber, Anna"
        # (not "Moore, M. (Writer/Director)", nor a family of two names, "Bastian Czerwinski/Pranzas")
        chunks = [piece for chunk in chunks for piece in _SLASH_BETWEEN_NAMES_RE.split(chunk)]
    # (a spaced dash, or a hyphen in a text with initials: most hyphens join one name's parts)
    if " -" in text or "–" in text or "—" in text or ("-" in text and "." in text):
        chunks = [piece for chunk in chunks for piece in _DASH_BETWEEN_NAMES_RE.split(chunk)]
    return chunks


@functools.lru_cache(maxsize=8192)
def looks_like_names(text: str) -> bool:
    """Could ``text`` be an author list? Capitalised words, initials and connectors only.

    >>> looks_like_names("C. Kagley, dan E.R.Wittkopf"), looks_like_names("Pengantar Ilmu Hubungan Internasional :Keadilan")
    (True, False)
    """
    text = without_et_al(text.strip(" ,.;"))
    if text[:1] in "dDaA&":
        text = _LEADING_AND_RE.sub("", text)
    if text.endswith("]") and len(text) <= 200 and _GROUP_ABBREVIATION_END_RE.search(text):
        return len(text.split()) <= 13      # "Badan Pusat Statistik [BPS]": a group (is_institution)
    if not text or len(text) > 200 or _NOT_IN_NAMES_RE.search(text):
        return False
    if is_institution(text):
        return len(text.split()) <= 12
    chunks = _split_and(text)
    if len(chunks) > 1 and "," not in chunks[0] and _words_after_the_last_name(chunks[-1]):
        return False
    for chunk in chunks:
        for piece in chunk.split(","):
            words = piece.split()
            if not words:
                continue
            # Arabic names run longer: "Abu Zakariya Yahya bin Syaraf an-Nawawi"
            if len(words) > 5 and (len(words) > 8 or not _ARABIC_NAME_WORDS.intersection(w.casefold() for w in words)):
                return False
            for word in words:
                bare = word.strip(".'’")
                if not bare:
                    continue
                low = bare.casefold()
                if low in _PARTICLES or low.rstrip("-") in _PARTICLES:
                    continue
                if low in lexicon.SCRIPTURES:
                    return False      # "Al-Qur'an dan Terjemahannya": a title, not two names
                # "al-Bukhari", "el-Said", "ad-Din"
                if "-" in bare[:4] and _ARABIC_PARTICLE_NAME_RE.match(bare):
                    continue
                if _normal_degree(word) in _DEGREES:
                    continue
                if not bare[0].isupper():
                    return False
                if low in lexicon.TITLE_PREPOSITIONS or (len(low) >= 8 and _ABSTRACT_NOUN_RE.match(low)):
                    return False      # "Pembaharuan dan Pengembangan ...", "Pesantren Dalam Perubahan"
    return True


# Indonesian nouns made with pe-/per- ... -an ("Pendidikan", "Pembaharuan", "Perubahan") and the
# prepositions a Title Case title capitalizes: words of titles, never of names (the "-wan" and
# "-man" names, "Setiawan", "Budiman", end otherwise; "ke-...-an" nouns, "Kebudayaan", are left
# alone: the names of ministries, which the caller also sees piece by piece, hold them)
_ABSTRACT_NOUN_RE = regex.compile(r"^pe\p{Ll}{4,}(?<![wm]a)an$")


def _words_after_the_last_name(chunk: str) -> bool:
    """"Ken Schwaber dan Jeff Sutherland, The Scrum Guide": in a list written given name first
    (the caller sees no comma before "dan"), the name "dan" joins closes it, so capitalised
    words after its comma are a title (a degree, "dan Budi Santoso, M.Pd.", is still a name's)."""
    name, comma, rest = chunk.partition(",")
    if not comma or len(name.split()) < 2 or any(_INITIALS_RE.match(w) for w in name.split()):
        return False
    words = rest.split()
    return len(words) >= 2 and not any(_INITIALS_RE.match(w) or _normal_degree(w) in _DEGREES for w in words)


def parse_names(text: str, inverted_first: bool = False) -> list[dict]:
    """Split an author list into CSL names.

    ``inverted_first``: the list comes from a reference-list entry, whose first name is
    "Family, Given" (Chicago, MLA, APA).

    >>> parse_names("C. Kagley, dan E.R.Wittkopf")
    [{'family': 'Kagley', 'given': 'C.'}, {'family': 'Wittkopf', 'given': 'E. R.'}]
    >>> parse_names("Deunk, M. I., & de Boer, H.", inverted_first=True)
    [{'family': 'Deunk', 'given': 'M. I.'}, {'family': 'de Boer', 'given': 'H.'}]
    >>> parse_names("Badan Pusat Statistik")
    [{'literal': 'Badan Pusat Statistik'}]

    Each call gets its own dicts, so callers may change them.
    """
    return [dict(name) for name in _parse_names_once(text, inverted_first)]


@functools.lru_cache(maxsize=4096)
def _parse_names_once(text: str, inverted_first: bool) -> tuple[tuple[tuple[str, str], ...], ...]:
    """The rules and the labeller often read the same author string: parse it once."""
    return tuple(tuple(name.items()) for name in _parse_names(text, inverted_first))


INITIALS_ONLY_RE = regex.compile(r"(?:\p{Lu}\.[ ]?){1,3}")
# "F. S. Hover", "A. Kim", "J.-L. Beauvois": a name led by its initials
_INITIAL_LED_RE = regex.compile(r"^(?:\p{Lu}\.[ -]?+){1,3}+\p{Lu}\p{Ll}")


def _parse_names(text: str, inverted_first: bool = False) -> list[dict]:
    """The parsing behind :func:`parse_names`.    """
    text = without_et_al(" ".join(text.split()).strip(" ,;"))
    text = text.strip(" ,;")
    if not text:
        return []
    if text.casefold().strip(".") in lexicon.ANONYMOUS:
        return [{"literal": text.strip()}]
    if is_institution(text):
        return [{"literal": text.strip(" .,")}]
    if inverted_first and ". " in text:
        text = _periods_between_inverted_names(text)
    names: list[dict] = []
    chunks = [c for c in _split_and(text) if c.strip(" ,")]
    if not inverted_first and (";" in text or "/" in text) and len(chunks) > 1 and chunks[0].count(",") == 1:
        # "Belote, Linda Smith; and Jim Belote": where semicolons (or a German list's slashes) part
        # the names, a comma in the first is its inversion, in a note as in a list
        inverted_first = True
    pieces: list[str] = []
    chunk_of: list[int] = []       # which chunk each piece comes from
    for number, chunk in enumerate(chunks):
        for p in chunk.split(","):
            if p.strip(" ."):
                pieces.append(p.strip())
                chunk_of.append(number)
    initials_list = sum(1 for p in pieces if p[1:2] == "." and _INITIAL_LED_RE.match(p)) >= 2
    # "Ansoff, H. Igor": the given names of an inverted first name hold initials, not titles;
    # so do initials alone after a one-word family name in an inverted list ("Ungless, M.A.",
    # not the degree M.A.)
    inverted_given = {1} if inverted_first and len(pieces) > 1 and len(pieces[0].split()) == 1 else set()
    if inverted_first:
        # (a family name opens the list or follows another name's initials: in "Santoso,
        # Budi, S.E." the degree follows a given name)
        inverted_given |= {k for k in range(1, len(pieces))
                           if INITIALS_ONLY_RE.fullmatch(pieces[k]) and len(pieces[k - 1].split()) == 1
                           and (k == 1 or INITIALS_ONLY_RE.fullmatch(pieces[k - 2]))}
    # "H. Erbse": a lone "H." before a one-word family name, in a list with no other title or
    # degree, is an initial; the title Haji comes with others ("Drs. H. Ahmad, M.Si") or before
    # a longer name ("H. Muhammad Amin")
    # a later name of an inverted list is given name first, its "H." an initial as well ("Eynon,
    # R. dan H. Margetts"); the first name's given names may hold the title ("Hamid, H. Abdul")
    lone_initial = any(map(_initial_and_family, pieces)) and _untitled(text)
    kept = [(strip_degrees(p, initials_list or k in inverted_given or (
                lone_initial and _initial_and_family(p) and (not inverted_first or (k > 1 and c > 0)))), c)
            for k, (p, c) in enumerate(zip(pieces, chunk_of))]
    pieces = [p for p, _ in kept if p]
    chunk_of = [c for p, c in kept if p]
    first_inverted = False
    initials_after_families = sum(1 for p in pieces if _initials(p)) >= 2
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        following = pieces[i + 1] if i + 1 < len(pieces) else None
        dotted = _FAMILY_DOT_INITIALS_RE.match(piece) if "." in piece else None
        if names and piece.strip(".").casefold() in NAME_SUFFIXES:
            names[-1]["suffix"] = _suffix(piece)    # "Larson, J.R., Jr."
            i += 1
            if following is not None and "given" not in names[-1] and (
                    _initials(following) or (inverted_first and len(names) == 1 and len(following.split()) <= 3)):
                # "Guerney, Jr., B. G.", "Kaiser, Jr., Walter C.": the given names after the suffix
                names[-1]["given"] = _name(names[-1]["family"], following).get("given")
                i += 1
        elif dotted and not _initials(piece):
            names.append(_name(dotted.group(1), dotted.group(2)))
            i += 1
        elif following is not None and _initials(following) and (
                single_family(piece) or (initials_after_families and _two_word_family(piece))
                or (len(pieces) == 2 and _compound_family(piece))):
            # ("Syamsu Yusuf, L. N., & Nurihsan, A. J.": among "Family, Initials" names, two
            # words before the initials are one family name; so in "Snouck Hurgronje, C.", as
            # initials alone are nobody's name; "Koshland Jr., D. E.": a family and its suffix)
            family, _, last = piece.rpartition(" ")
            if family and last.strip(".").casefold() in NAME_SUFFIXES:
                names.append({**_name(family, following), "suffix": _suffix(last)})
            else:
                names.append(_name(piece, following))
            i += 2
        elif (following is not None and inverted_first and i == 0 and family_with_capitals(piece)
              and _GIVEN_WORDS_RE.fullmatch(following)):
            # "Mahfud MD, Moh.": a family name with its capitals (a Vancouver name's initials
            # would be followed by another "Family II", not by given names)
            family, _, capitals = piece.rpartition(" ")
            if capitals.casefold() in NAME_SUFFIXES:
                names.append({**_name(family, following), "suffix": capitals})    # "Stewart III, Charles"
            else:
                names.append(_name(piece, following))
            first_inverted = True
            i += 2
        elif (following is not None and i == 0
              and (inverted_first or _capitals_then_given(piece, following) or _ends_with_a_particle(following))
              and (single_family(piece) or (len(pieces) == 2 and _compound_family(piece) and " " not in following))
              and (len(following.split()) <= 4
                   or (len(following.split()) <= 6 and (following.split()[0] in _BALINESE_LEADS or _arabic(following))))
              and "," in chunks[0]
              and following.strip(".").casefold() not in NAME_SUFFIXES
              and not (initials_after_families and i + 2 < len(pieces) and _initials(pieces[i + 2])
                       and single_family(following))):
            # ("Santoso, Budi", not "Dimyati dan Mudjiono": two names the "dan" joins; nor UM's
            # "Nurhadi, Yasin, B. & Senduk, A.G.": a single name, then "Family, Initials" names)
            names.append(_name(piece, following))
            first_inverted = True
            i += 2
        elif (following is not None and first_inverted and chunk_of[i] > 0 and chunk_of[i + 1] == chunk_of[i]
              and chunk_of.count(chunk_of[i]) == 2 and single_family(piece) and len(following.split()) <= 3):
            # "Soemardjan, Selo & Soemardi, Soelaeman": after an inverted first name, a name the
            # "&" joins with a comma inside is inverted too
            names.append(_name(piece, following))
            i += 2
        elif following is not None and first_inverted and single_family(piece) and _capitals_then_given(piece, following):
            # "FUCHS, Christian, SEVIGNANI, Sebastian": every name of the list so written
            names.append(_name(piece, following))
            i += 2
        else:
            names.append(_direct(piece, vancouver_list=len(chunks) == 1))
            i += 1
    return [n for n in names if n]


# "Mahfud MD": a family name and capitals that belong to it
_FAMILY_WITH_CAPITALS_RE = regex.compile(r"\p{Lu}\p{Ll}{2,}+[ ]\p{Lu}{2,3}+")
# "Moh.", "Muhammad", "Moh. Yusuf": given names, each with small letters
_GIVEN_WORDS_RE = regex.compile(r"\p{Lu}\p{Ll}++\.?(?:[ ]\p{Lu}\p{Ll}++\.?){0,2}+")

def _arabic(given: str) -> bool:
    """Given names an Arabic name's "bin", "Abu" or "ibn" joins, which run longer: "Abu 'Abdillah
    Muhammad bin Isma'il" (after "Al-Bukhari,")."""
    return bool(_ARABIC_NAME_WORDS.intersection(word.casefold() for word in given.split()))


# The words a Balinese name opens with ("I Putu Agus Eka Darma", "Ni Luh Putu", "Ida Bagus"): its
# given names run longer than most
_BALINESE_LEADS = frozenset({"I", "Ni", "Ida", "Anak", "Gusti", "Desak", "Dewa", "Cokorda"})

# Generational suffixes, which follow a name's given names: "Larson, J. R., Jr."
# a name's suffix, case-folded and without its stop
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _two_word_family(piece: str) -> bool:
    words = piece.split()
    return len(words) == 2 and not _initials(piece) and all(w[:1].isupper() and "." not in w for w in words)


def _suffix(word: str) -> str:
    """A name's suffix as written in CSL: "Jr.", "Sr.", "III"."""
    bare = word.strip(".")
    return f"{bare}." if bare.casefold() in ("jr", "sr") else bare


def _ends_with_a_particle(given: str) -> bool:
    """"Certeau, Michel de", "Rouméjoux, A. de": given names that end with the family's particle
    come after an inverted family name (no name's family is a particle alone)."""
    words = given.split()
    return len(words) >= 2 and words[-1].casefold() in _PARTICLES and words[0][:1].isupper()


def _capitals_then_given(piece: str, following: str) -> bool:
    """ISO 690's "RAHAYU, Sri": a family name in capitals, then given names that are not, is
    inverted wherever it stands (an editor's name after "In:" too)."""
    return (len(piece) > 2 and piece.isupper() and piece.replace(" ", "").isalpha()
            and following[:1].isupper() and any(ch.islower() for ch in following))


def _compound_family(piece: str) -> bool:
    """Two words that make one family name, "Snouck Hurgronje", "García Márquez", "BARRÓN CRUZ":
    whole words, not a Vancouver name's family and initials ("Gupta S", "Urban JM")."""
    words = piece.split()
    return len(words) == 2 and all(_WHOLE_NAME_WORD_RE.fullmatch(w) for w in words)


_WHOLE_NAME_WORD_RE = regex.compile(r"\p{Lu}(?:\p{Ll}[\p{L}'’-]*+|\p{Lu}{3,}+)")


def compound_family_and_initials(piece: str, given: str) -> bool:
    """"Snouck Hurgronje, C.", "García Márquez, G.": two whole words that make one family name,
    then initials alone (no group's name: "Departemen Agama, R.I.")."""
    return _compound_family(piece) and bool(INITIALS_ONLY_RE.fullmatch(given)) and not is_institution(piece)


def family_with_capitals(piece: str, given: str | None = None) -> bool:
    """"Mahfud MD": a family name and the capitals that belong to it (or a suffix, "Stewart III");
    with ``given``, the given names after its comma, which must hold small letters ("Moh."), as
    the next name of a Vancouver list ("Roy TC, Seay J.") does not."""
    return bool(_FAMILY_WITH_CAPITALS_RE.fullmatch(piece)) and (given is None or bool(_GIVEN_WORDS_RE.fullmatch(given)))


def single_family(piece: str) -> bool:
    """One family name, perhaps with particles: ``Shihab``, ``de Boer``, ``Smale-Jacobse``."""
    words = piece.split()
    if not words or len(words) > 3:
        return False
    # "de Boer", "van der Berg", "Smale-Jacobse"
    core = [w for w in words if w.casefold() not in _PARTICLES]
    return len(core) == 1 and not _initials(piece)


def _direct(piece: str, vancouver_list: bool = True) -> dict:
    """``Given Family`` (or a single name) -> CSL name; ``vancouver_list``: no "and" joins the
    names, as in Vancouver's lists, where "De Rosa SC" is a family and its initials."""
    piece = piece.strip(" .,")
    if not piece:
        return {}
    glued = _GLUED_INITIALS_RE.match(piece) if piece[1:2] == "." else None
    if glued and " " not in glued.group(2).strip():
        return _name(glued.group(2), glued.group(1))
    words = piece.split()
    if len(words) == 1:
        return {"family": _tidy(words[0])}
    if (len(words) == 2 and len(words[1]) <= 4 and words[1][:1].isupper() and _TRAILING_INITIALS_RE.fullmatch(words[1])
            and not _ROMAN_NUMBER_RE.fullmatch(words[1])
            and (not words[0].isupper() or _CAPITALS_FAMILY_RE.fullmatch(words[0]))):
        # Vancouver and CSE lists, and the Indonesian science journals that follow them: "Dini SK"
        # (the initials stay as written, as those styles write them); China's GB/T 7714 sets the
        # family in capitals: "ZHANG L", "HE K"
        initials = words[1] if len(words[1]) > 1 else words[1] + "."
        return {"family": _tidy(words[0]), "given": initials}
    if 3 <= len(words) <= 4 and _CAPITALS_FAMILY_RE.fullmatch(words[0]) and all(len(w) == 1 and w.isupper() for w in words[1:]):
        # GB/T 7714's "ZHOU Z H", "KINGMA D P": the family in capitals, then its initials apart
        return {"family": words[0], "given": " ".join(words[1:])}
    if (vancouver_list and 3 <= len(words) <= 4 and len(words[-1]) <= 3 and words[-1].isalpha() and words[-1].isupper()
            and not _ROMAN_NUMBER_RE.fullmatch(words[-1]) and words[-2][1:].islower()
            and all(w.casefold() in _PARTICLES or (w[:1].isupper() and w[1:].isalpha() and w[1:].islower()) for w in words[:-1])
            and words[0].casefold() not in _ABBREVIATED_GIVEN_NAMES):
        # Vancouver's family names of more than one word: "van den Hout JH", "De Rosa SC",
        # "Gonzalez Garcia JR" (a family, then its initials; not "Moh. Mahfud MD")
        return {"family": _tidy(" ".join(words[:-1])), "given": words[-1]}
    if len(words) >= 2 and "." in "".join(words[1:]) and all(_INITIALS_AFTER_FAMILY_RE.fullmatch(w) for w in words[1:]) \
            and not _INITIALS_AFTER_FAMILY_RE.fullmatch(words[0]) and words[0][:1].isupper():
        # astronomy's "Carilli C.L.", "Bykov A. M.": the family, then dotted initials
        return _name(words[0], " ".join(words[1:]))
    if (len(words) >= 3 and words[0].rstrip(".").casefold() in _ABBREVIATED_GIVEN_NAMES and family_with_capitals(" ".join(words[-2:]))
            and not _ROMAN_NUMBER_RE.fullmatch(words[-1])):
        # "Moh. Mahfud MD": the capitals belong to the family name, as in "Mahfud MD, Moh." (not
        # Vancouver's "De Rosa SC", whose capitals are initials)
        return _name(" ".join(words[-2:]), " ".join(words[:-2]))
    # Family is the last word, with any particles before it ("Muhammad bin Isma'il al-Bukhari"
    # keeps "bin Isma'il" in the given name: only particles right before the last word move).
    k = len(words) - 1
    while k > 1 and words[k - 1].casefold().rstrip("-") in ("van", "von", "de", "der", "den", "da", "di", "le", "la"):
        k -= 1
    return _name(" ".join(words[k:]), " ".join(words[:k]))


_CAPITALS_FAMILY_RE = regex.compile(CAPITALS_FAMILY)


def _name(family: str, given: str) -> dict:
    family = _tidy(family)
    given = _tidy_given(given)
    # "Zuhaili, Wahbah al-": the particle written after the given name belongs to the family.
    trailing = _TRAILING_PARTICLE_RE.search(given) if " " in given else None
    if trailing:
        particle = trailing.group(1).rstrip("-")
        given = given[: trailing.start()].strip()
        family = f"{particle}-{family}"
    out = {"family": family}
    if given:
        out["given"] = given
    return out


def _tidy(word: str) -> str:
    return word.strip(" .,;:").replace("’", "’")


def _tidy_given(given: str) -> str:
    """``W.H.`` -> ``W. H.``; ``T.M`` -> ``T. M.``; ``A. C`` -> ``A. C.``."""
    given = given.strip(" ,;")
    if not given:
        return ""
    if given.isupper() and _ACRONYM_RE.fullmatch(given):
        return given  # an acronym, not initials
    if _initials(given) or (given[:1].isupper() and _CAPITALS_RE.fullmatch(given)):
        letters = _INITIAL_LETTER_RE.findall(given)
        return " ".join(f"{letter}." for letter in letters)
    tokens = given.split()
    fixed = []
    for token in tokens:
        if _DOTTED_INITIALS_RE.fullmatch(token):
            fixed.extend(f"{c}." for c in token.replace(".", ""))
        elif _CAPITAL_RE.fullmatch(token):
            fixed.append(token + ".")
        elif token in lexicon.ABBREVIATED_GIVEN_NAMES and len(fixed) == len(tokens) - 1:
            # "Mahfud MD, Moh.": an abbreviated given name keeps its stop, which the name's end
            # (a sentence's stop as well) lost
            fixed.append(token + ".")
        else:
            fixed.append(token)
    return " ".join(fixed)
