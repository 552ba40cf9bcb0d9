"""The title and the authors before it: a title in quotes or italics is certain at both ends;
else the names end where a year, a stop after a full word or the pieces between commas say.
"""
from __future__ import annotations

import regex

from .. import lexicon
from ..names import (
    INITIALS_ONLY_RE,
    compound_family_and_initials,
    family_with_capitals,
    is_institution,
    looks_like_names,
    parse_names,
    single_family,
)
from ..patterns import ABBREVIATED_GIVEN_NAME, AND_WORD_START_RE, CAPITALS_FAMILY, ITALIC_RE, PLACE_PUBLISHER_RE, QUOTED_RE
from .work import HOLE, PIECE_MARK_RE, Work, after_initial, clean_text, meaningful

_AND_WORD_INSIDE_RE = regex.compile(r"[ ](?:dan|and|&)[ ]")
_ET_AL_PIECE_RE = regex.compile(r"(?:dkk|et al)\.?", regex.I)

_LEADING_YEAR_RE = regex.compile(r"^[ ]*((?:1[5-9]|20)\d{2})[ ]+(?=\p{Lu})")
_FAMILY_DOT_INITIALS_START_RE = regex.compile(
    r"^(\p{Lu}[\p{L}'’-]{1,40}+\.[ ]?(?:\p{Lu}\.?[ ]?){1,4}+)[ ]?,")

_QUOTE_CHARS = "“\"„«‘"


def delimited_spans(buf: str) -> list[tuple[int, int, str, str]]:
    """Quoted and italic titles: (start, end, inner text, kind)."""
    spans = []
    # (most references have no quotation mark and no emphasis: skip the scans there)
    for found in QUOTED_RE.finditer(buf) if any(mark in buf for mark in _QUOTE_CHARS) else ():
        inner = found.group(1) if found.group(1) is not None else found.group(2)
        spans.append((found.start(), found.end(), inner, "quoted"))
    for found in ITALIC_RE.finditer(buf) if ("*" in buf or "_" in buf) else ():
        inner = found.group(1) if found.group(1) is not None else found.group(2)
        if not any(s <= found.start() < e for s, e, _, _ in spans):
            spans.append((found.start(), found.end(), inner, "italic"))
    spans.sort()
    return spans


def within_spans(pos: int, spans) -> bool:
    return any(s <= pos < e for s, e, _, _ in spans)


def title_and_authors(work: Work, context: str) -> None:
    if work.fields.get("_legislation"):
        work.fields.pop("_year_at", None)
        return
    # (after the list's number, taken out: "3. Knuth, D.E.: ...")
    lead = len(work.buf) - len(work.buf.lstrip(" \x00"))
    names_colon = _NAMES_COLON_RE.match(work.buf, lead) if ".: " in work.buf else None
    if (names_colon and not _WORD_STOP_RE.search(names_colon.group(1))
            and looks_like_names(clean_text(names_colon.group(1)))):
        # Springer's "Lafferty, J., McCallum, A., Pereira, F.: Conditional random fields: ...":
        # the names, each family name first, end at the colon after the last initial; the title
        # at its sentence's end (not "James, Henry. The Ambassadors. Mineola, N.Y.: Dover")
        work.fields.pop("_year_at", None)
        _set_authors(work, names_colon.group(1), True)
        work.take(names_colon.start(), names_colon.end())
        _title_from_sentence(work)
        return
    semicolon_names = _SEMICOLON_NAMES_RE.match(work.buf, lead) if ".; " in work.buf else None
    if semicolon_names:
        # ACS's and MDPI's "Grubbs, R. H.; Chang, S. Recent Advances ...": each name family first
        # with its initials, joined by semicolons; the last initial's stop ends them, the title
        # runs to its sentence's end
        work.fields.pop("_year_at", None)
        work.fields["author"] = [_semicolon_listed_name(one) for one in _NAMES_SEMICOLON_RE.split(semicolon_names.group(1))]
        work.fields["_semicolon_names"] = True
        work.take(semicolon_names.start(), semicolon_names.end())
        if work.buf.startswith("In ", semicolon_names.end()):
            return      # "Adamo, C.; Barone, V. In Theoretical Biochemistry ...": the book, no title before it
        numbers_at = work.buf.find(HOLE, semicolon_names.end())
        journal = work.buf[semicolon_names.end():numbers_at].strip(" ,") if numbers_at > 0 else ""
        if journal and _untitled_journal(journal):
            # "Birch, P.; Parsons, A. F.; Cross, P. Tetrahedron Lett. 2012, 53 (7), 822–824.": a
            # chemist's article cited without its title, the journal right before the year and
            # numbers the rules took
            work.fields["container-title"] = clean_text(journal)
            work.take(semicolon_names.end(), numbers_at)
        else:
            _title_from_sentence(work)
        return
    spans = [s for s in delimited_spans(work.buf) if HOLE not in work.buf[s[0]:s[1]]
             and clean_text(s[2]) and (s[3] != "quoted" or _quote_stands_alone(work.buf, s[0], s[1]))]
    year_at = work.fields.pop("_year_at", None)
    inverted = context == "entry"
    # APA / author-date: the authors come before the year.
    if year_at is not None and (not spans or spans[0][0] > year_at):
        authors = work.buf[:year_at]
        if looks_like_names(clean_text(authors)) or is_institution(clean_text(authors)):
            _set_authors(work, authors, inverted)
            work.fields["_authors_before_year"] = True
            work.take(0, year_at)
            between = clean_text(work.buf[year_at:spans[0][0]]) if spans else ""
            if spans and len(between.split()) < 2:
                _set_title(work, spans[0])
            else:
                # "(1998). Assessment and classroom learning. *Assessment in Education*": the
                # plain sentence is the title, the italic after it the journal
                _title_from_sentence(work)
            return
    if spans:
        first = spans[0]
        authors = work.buf[:first[0]]
        leading_year = _LEADING_YEAR_RE.match(authors)
        if leading_year:
            # "2011 US Department of State *Trafficking in Persons Report*"
            if "issued" not in work.fields:
                work.fields["issued"] = {"date-parts": [[int(leading_year.group(1))]]}
            work.take(leading_year.start(), leading_year.end())
            authors = work.buf[:first[0]]
        cleaned = clean_text(authors)
        if cleaned and (looks_like_names(cleaned) or is_institution(cleaned)):
            _set_authors(work, authors, inverted)
        elif cleaned and len(cleaned.split()) <= 12 and not clean_text(first[2]).endswith("?"):
            work.warnings.append(f"text before the title not read as authors: {cleaned!r}")
        work.take(0, first[0])
        _set_title(work, first)
        return
    _authors_and_title_from_pieces(work, context)


# Springer's names, ending at a colon after an initial's stop: "Knuth, D.E.: ", "Breiman, L.: "
_NAMES_COLON_RE = regex.compile(r"([^:\"“”\x00]{2,300}?\p{Lu}\.):[ ]")
# an abbreviated word of a journal's name, "Chem", "Am" (after "Len, C. J. Org. Chem." the "J." is the
# journal's, not the name's)
_JOURNAL_WORD = "|".join(sorted(word.capitalize() for word in lexicon.JOURNAL_ABBREVIATIONS))
# ACS's and MDPI's names: "Family, I. I.;" at least once, then the last "Family, I." (after "and"
# in older lists) and the capital of a title in no quotation marks ("Atkins, P.; de Paula, J.
# Physical Chemistry")
_ACS_FAMILY = r"(?:(?:" + "|".join(lexicon.LOWERCASE_NAME_PARTICLES) + r")[ ])*+\p{Lu}[\p{L}'’-]++(?:[ ]\p{Lu}[\p{L}'’-]++)?+,[ ]"
_ACS_INITIAL = r"\p{Lu}\.(?:-\p{Lu}\.)?+"
# (only the last name's initials can be followed by a journal's word; a name before a semicolon
# needs no such test, and the long alternation is compiled once)
_SEMICOLON_NAMES_RE = regex.compile(
    r"((?:" + _ACS_FAMILY + _ACS_INITIAL + r"(?:[ ]?+" + _ACS_INITIAL + r"){0,3}+;[ ]){1,40}+(?:and[ ])?+"
    + _ACS_FAMILY + _ACS_INITIAL + r"(?:[ ]?+" + _ACS_INITIAL + r"(?![ ](?:" + _JOURNAL_WORD + r")\.)){0,3}+)[ ](?=\p{Lu})")
_NAMES_SEMICOLON_RE = regex.compile(r";[ ](?:and[ ])?+")


def _semicolon_listed_name(text: str) -> dict:
    """One name of an ACS list, "Family, I. I." (the pattern read it so: "LIMA, P. R." is one
    name, though four capitals alone could be a Vancouver name's initials)."""
    names = parse_names(text, inverted_first=True)
    if len(names) == 1:
        return names[0]
    family, _, initials = text.partition(", ")
    return {"family": family, "given": initials}


def _untitled_journal(text: str) -> bool:
    """Is the text between an ACS list's names and the year a journal ("Tetrahedron Lett.",
    "J. Org. Chem.", "Biochemistry"), not a title? One word, or a few words all abbreviated as
    journals are but for one whole word."""
    words = text.replace(",", " ").split()
    if len(words) == 1:
        return True
    whole = [word for word in words if not word.endswith(".") and not word.isdigit()]
    return (len(words) <= 6 and len(whole) <= 1
            and all(len(word) == 2 or word[:-1].casefold() in lexicon.JOURNAL_ABBREVIATIONS
                    for word in words if word.endswith(".")))


# a word's stop ending a sentence: "Henry. The Ambassadors"
_WORD_STOP_RE = regex.compile(r"\p{Ll}{2}\.[ ]")


def _quote_stands_alone(buf: str, start: int, end: int) -> bool:
    """Is a quotation the whole title, or a part of one ('Il “no”: Prime fasi ...', '“Bad Future
    Things” and Liberatory Moments: ...', 'Friedrich Schlegel’s “Lucinde” and the Fragments')?
    A whole title opens the reference or follows punctuation, and punctuation (or the end, or
    "In"/"dalam" introducing the book) follows it."""
    before = buf[:start].rstrip(" ")
    after = buf[end:].lstrip(" ")
    opens = not before or before[-1] in ".,:;()[]\x00" or _INTRO_WORD_END_RE.search(before[-8:])
    # (American style sets the comma or period inside the quotation marks: '“Title,” Journal')
    closes = (not after or after[0] in ".,:;()[]\x00" or buf[end - 2:end - 1] in (".", ",", "?", "!", ";", ":")
              or bool(_INTRO_WORD_START_RE.match(after)))
    return bool(opens and closes)


_INTRO_WORD_END_RE = regex.compile(r"(?:^|[ ])(?:in|dalam|di|from)$", regex.I)
_INTRO_WORD_START_RE = regex.compile(r"(?:in|dalam|di[ ]dalam|edited|ed\.|eds\.|diedit|disunting|trans|terj)\b", regex.I)


def _set_title(work: Work, span) -> None:
    start, end, inner, kind = span
    work.fields["title"] = clean_text(inner)      # (quoted or italic, all of it: "... Transportasi Online")
    work.fields["_delimited_title"] = kind          # "quoted" or "italic"
    work.take(start, end)


# "Conquering Human Trafficking in ASEAN RI dalam <http://...>": the word that introduced the
# (already removed) URL is not part of the title.
_TITLE_TAIL_RE = regex.compile(r"[ ,]+(?:dalam|tersedia(?:[ ](?:di|pada))?|available(?:[ ](?:at|from))?|online(?:[ ]at)?|from|retrieved)$", regex.I)
# the last words _TITLE_TAIL_RE can end on, a cheap test before it
_TITLE_TAIL_WORDS = ("dalam", "tersedia", "di", "pada", "available", "at", "from", "online", "retrieved")


def _title_text(text: str, linked: bool) -> str:
    """The title's words (without the words that introduced a link the rules took, if any)."""
    text = clean_text(text)
    if linked and text[-10:].casefold().endswith(_TITLE_TAIL_WORDS):
        text = _TITLE_TAIL_RE.sub("", text)
    return clean_text(text)


def _set_authors(work: Work, text: str, inverted: bool) -> None:
    text = clean_text(text)
    if not text:
        return
    names = parse_names(text, inverted_first=inverted)
    if names:
        work.fields["author"] = names


def _title_from_sentence(work: Work) -> None:
    """After APA authors and year: the title runs to the first sentence end."""
    buf = work.buf
    start = 0
    while start < len(buf) and (buf[start] in " .,;:" or buf[start] == HOLE):
        start += 1
    end = sentence_end(buf, start)
    title = _title_text(buf[start:end], linked="URL" in work.fields or "DOI" in work.fields)
    if title:
        work.fields["title"] = title
        work.take(start, end)


def sentence_end(buf: str, start: int) -> int:
    """End of the sentence that starts at ``start``: a period (not after an initial), a
    blanked-out span or a bracket."""
    depth = 0
    for mark in _SENTENCE_MARK_RE.finditer(buf, start):
        i = mark.start()
        ch = buf[i]
        if ch == HOLE:
            if depth == 0:
                return i
        elif ch in "([":
            depth += 1
        elif ch in ")]":
            if depth == 0:
                return i
            depth -= 1
        elif depth == 0 and (i + 1 == len(buf) or buf[i + 1] in " \x00"):
            if ch == "." and (after_initial(buf, start, i) or _NUMBER_LABEL_STOP_RE.match(buf, max(start, i - 6), i + 3)):
                continue        # (nor after "No." before its number: "Undang-undang No. 13 Tahun 2003")
            return i + (1 if ch in "?!" else 0)
    return len(buf)


# "No. 13", "Nomor. 5", "Vol. 2": a number's label and its stop, the number after it
_NUMBER_LABEL_STOP_RE = regex.compile(r"(?:^|.*[ (])(?:No|Nomor|Vol|Nr)\.[ ]\d", regex.I)

# the characters sentence_end looks at (it skips everything else)
_SENTENCE_MARK_RE = regex.compile(r"[\x00()\[\].?!]")


def _authors_and_title_from_pieces(work: Work, context: str) -> None:
    """No quoted or italic title: read authors and title from the separators.

    Entry style "Family, Given. Title. ..." (Chicago, MLA) or comma style
    "Given Family, Title, Place: Publisher, Year" (Indonesian footnotes and lists).
    """
    buf = work.buf
    if work.fields.pop("_authors_given", False):
        _title_piece(work, comma_style=False)
        return
    lead = len(buf) - len(buf.lstrip(" \x00.,"))
    dotted = _FAMILY_DOT_INITIALS_START_RE.match(buf[lead:])
    if dotted:
        # "Rudy. T.M, Administrasi ..."
        _set_authors(work, dotted.group(1), inverted=True)
        work.take(0, lead + dotted.end())
        _title_piece(work, comma_style=True, note=context == "note")
        return
    if context == "entry":
        end = _initials_end_of_inverted_head(buf, lead) or sentence_end(buf, lead)
        head = clean_text(buf[lead:end])
        rest = buf[end:].strip(" .\x00")
        first_piece = head.split(",")[0]
        if (head and rest and "," in head
                and (single_family(first_piece)
                     # "Mahfud MD, Moh.": one name, its family with capitals (not a Vancouver list,
                     # "Wahyuni SD, Rumpiati, Lestariningsih RM.", whose one-word name is a person's)
                     or (head.count(",") == 1 and family_with_capitals(first_piece, head.split(",")[1].strip()))
                     # a family of two words and its initials, the title after them: "Snouck Hurgronje,
                     # C. De Atjehers." (not a list given name first: "Cédric Durand, R. Keucheyan 2012")
                     or (head.count(",") == 1 and compound_family_and_initials(first_piece, head.split(",")[1].strip())
                         and not _NAME_GOES_ON_RE.match(rest)))
                and looks_like_names(head)):
            # "Shihab, M. Quraish. Wawasan ..."
            _set_authors(work, head, inverted=True)
            work.fields["_inverted_head"] = True
            work.take(0, end)
            _title_piece(work, comma_style=False)
            return
    pieces = comma_pieces(buf)
    if (context == "note" and len(pieces) > 2 and pieces[0][3] == pieces[1][3] == ","
            and INITIALS_ONLY_RE.fullmatch(pieces[1][2].strip()) and single_family(clean_text(pieces[0][2]))
            and _title_words_follow(clean_text(pieces[2][2]), pieces[3][2] if len(pieces) > 3 else "")):
        # a note that names its one author as a list does: "Ricklefs, M.C., Sejarah Indonesia
        # Modern, terj. ...": initials alone after a family name are that name's, not a title
        # (more names after them, "Dekker, T., J. Davis, ...", are read below)
        _set_authors(work, buf[:pieces[1][1]], inverted=True)
        work.take(0, pieces[1][1])
        _title_piece(work, comma_style=True, note=True)
        return
    # a note may be names and a page only: "C. Kagle, dan E.R. Wittkopf, Hal. 138"
    all_names = context == "note" and all(looks_like_names(clean_text(p[2])) for p in pieces)
    names_end = _author_pieces_end(pieces, names_only=all_names)
    after_names = [p for p in pieces if names_end is not None and p[0] >= names_end and meaningful(clean_text(p[2]))]
    # Names need a title after them, except in a note, where "Abdul Haris, Hal. 91" is a
    # short citation of a person's name and a page (with a year or an institution it is a
    # title: "IOM Newsletter. 2014", "Annual Report ... Organization ..., 2009").
    names_only_note = (context == "note" and "issued" not in work.fields and names_end is not None
                       and not is_institution(clean_text(buf[:names_end])))
    if names_end is not None and (after_names or names_only_note):
        _set_authors(work, buf[:names_end], inverted=context == "entry")
        work.take(0, names_end)
    elif context == "entry":
        end = sentence_end(buf, lead)
        head = clean_text(buf[lead:end])
        if (head and (is_institution(head) or (looks_like_names(head) and not _ends_with_a_particle(head)))
                and meaningful(clean_text(buf[end:]))):
            _set_authors(work, head, inverted=True)
            work.take(0, end)
            _title_piece(work, comma_style=False)
            return
    _title_piece(work, comma_style=pieces[0][3] != "." if pieces else True, note=context == "note")


# a list's next name after a name's initials: "Keucheyan 2012", "Thomas Sinaga dan", "Zhang, and",
# "Feuser:"
_NAME_GOES_ON_RE = regex.compile(r"\p{Lu}[\p{L}'’-]++(?:[ ]\p{Lu}[\p{L}'’-]++)?(?:[,:;]|[ ](?:and|dan|&|und|et)\b|[ ]\(?(?:1[5-9]|20)\d\d)")


def _ends_with_a_particle(head: str) -> bool:
    """"Koloniaal Verslag van (1905).": words that end with a name's particle are no name, whose
    family comes after its particle (an inverted name's given names may end with it, "Certeau,
    Michel de", after a comma)."""
    words = head.split()
    return "," not in head and len(words) > 1 and words[-1] in lexicon.LOWERCASE_NAME_PARTICLES


def _title_words_follow(piece: str, next_piece: str) -> bool:
    """Is this piece after "Family, I.," the start of a title: some words, not the next name of a
    list that names its first author so ("J. Davis", "Darren J. Kriticos", "Laure BRULHART", "van
    Dam" or "El Gorsey" before their initials), a suffix ("Jr.") or "and R. Harper"?"""
    words = piece.split()
    if len(words) < 2 or words[0].casefold() in _NAME_LINK_WORDS or words[0] in lexicon.LOWERCASE_NAME_PARTICLES:
        return False
    if INITIALS_ONLY_RE.fullmatch(next_piece.strip()) or any(map(INITIALS_ONLY_RE.fullmatch, words)):
        return False
    # a family name in capitals after the given ("Laure BRULHART"), not an acronym in a title
    return not (len(words) <= 3 and words[-1].isalpha() and words[-1].isupper() and len(words[-1]) > 2)


_NAME_LINK_WORDS = frozenset({"and", "dan", "&", "et", "dkk.", "dkk", "others"})


def _initials_end_of_inverted_head(buf: str, lead: int) -> int | None:
    """Where "Family, Given I." ends when the initial's period also ends the name: "Diamond,
    Jared M. Collapse: How ...", "Thiel, H. Econometric Forecasts and Policy.", "Hebb, D.O. The
    Organization of Behavior." — the words after the initials read as a title (a function word,
    a colon, or four words or more), not as more given names ("Shihab, M. Quraish. Wawasan"); and
    always after a middle initial that follows a given name ("Wilson, David R. Anglo-Saxon ...")."""
    found = _INVERTED_HEAD_INITIALS_RE.match(buf, lead)
    if not found:
        return None
    if found.group(1):
        return found.end()      # "Wilson, David R. Anglo-Saxon Paganism.": a middle initial ends the names
    tail_end = sentence_end(buf, found.end())
    tail = buf[found.end():tail_end]
    words = tail.split()
    if ":" in tail or len(words) >= 4 or any(w.casefold() in _TITLE_FUNCTION_WORDS for w in words):
        return found.end()
    rest = len(buf) - len(buf[tail_end:].lstrip(" .\x00"))
    if len(words) >= 2 and PLACE_PUBLISHER_RE.match(buf, rest):
        # "Subekti, R. Hukum Perjanjian. Cet. 21. Jakarta: Intermasa, 2005.": the place and
        # publisher follow, so those words are the title, not more given names
        return found.end()
    return None


# "Diamond, Jared M. ", "Leser, E. V. ", "Hebb, D.O. ", "Mahfud MD, Moh. " followed by a capitalised word
_INVERTED_HEAD_INITIALS_RE = regex.compile(
    r"\p{Lu}[\p{L}'’-]++(?:[ ]\p{Lu}[\p{L}'’-]++)?+,[ ]((?:\p{Lu}\p{Ll}++[ ]){0,3}+)"
    r"(?:\p{Lu}\.[ ]?+|" + ABBREVIATED_GIVEN_NAME + r"\.[ ]){1,3}+(?=\p{Lu}\p{Ll})")
_TITLE_FUNCTION_WORDS = frozenset(
    "of and the in on for to a an with dan di ke dari yang untuk dalam pada terhadap sebagai und".split())


def comma_pieces(buf: str) -> list[tuple[int, int, str, str]]:
    """(start, end, text, separator after it) of the pieces outside brackets, separated by
    commas, semicolons, sentence periods (not an initial's) and blanked-out spans."""
    pieces = []
    depth = 0
    start = 0
    for mark in PIECE_MARK_RE.finditer(buf):
        i = mark.start()
        ch = buf[i]
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and (ch != "." or (i + 1 < len(buf) and buf[i + 1] == " "
                                           and not after_initial(buf, start, i))):
            pieces.append((start, i, buf[start:i], ch))
            start = mark.end()
    pieces.append((start, len(buf), buf[start:], ""))
    return [p for p in pieces if p[2].strip(" .\x00")]


def _author_pieces_end(pieces, names_only: bool = False) -> int | None:
    """End offset of the leading pieces that are names: the first piece, and further pieces
    joined by commas only up to one joined by "dan"/"and"/"&" ("A, B, dan C, Title"), and
    only if a title can still follow."""
    if not pieces:
        return None
    first_text = clean_text(pieces[0][2])
    if not first_text or not looks_like_names(first_text):
        return None
    vancouver_end = _vancouver_names_end(pieces)
    if vancouver_end is not None:
        return vancouver_end
    end = pieces[0][1]
    if _GROUP_NAME_JOINED_RE.search(first_text) and is_institution(first_text):
        # "Kementerian Pendidikan dan Kebudayaan, Sejarah Nasional Indonesia, ...": a group whose
        # name has its own "dan"/"of" is one author; the words after it are no more names
        return end
    run_end = None
    k = 1
    while k < len(pieces) and k < 8 and pieces[k - 1][3] == ",":
        text = clean_text(pieces[k][2])
        if _ET_AL_PIECE_RE.fullmatch(text):
            run_end = k     # "Zuhairini, dkk., Filsafat ...": the names end with "dkk."
            break
        if not looks_like_names(text):
            break
        if AND_WORD_START_RE.match(text) or _AND_WORD_INSIDE_RE.search(text):
            run_end = k
            break
        k += 1
    if run_end is not None and (names_only or any(_title_capable(p[2]) for p in pieces[run_end + 1:])):
        return pieces[run_end][1]
    return end


_GROUP_NAME_JOINED_RE = regex.compile(r"\p{Lu}\p{Ll}++[ ](?:dan|and|of|for)[ ]\p{Lu}")


def _vancouver_names_end(pieces) -> int | None:
    """"Putri RS, Agustin H, Wulansari. Hubungan ...": Vancouver's names, each a family and its
    capitals, joined by commas (no "and") and closed by a stop; the last may be an Indonesian's
    one name or "et al". Where they end, or None for a list of another shape."""
    count = 0
    for start, end, raw, separator in pieces[:40]:
        text = clean_text(raw)
        if count >= 1:
            # "..., Wulan S. Hubungan ...": the last initial's stop, which splits no piece, ends the names
            lead = len(raw) - len(raw.lstrip(" \x00"))
            last = _VANCOUVER_LAST_NAME_RE.match(raw, lead)
            if last:
                return start + last.end(1) if count + 1 >= 2 else None
        if _VANCOUVER_NAME_PIECE_RE.fullmatch(text):
            count += 1
        elif not (count >= 2 and (_ONE_NAME_RE.fullmatch(text) or _ET_AL_PIECE_RE.fullmatch(text))):
            return None
        if separator == ".":
            return end if count >= 2 else None
        if separator != "," or not _VANCOUVER_NAME_PIECE_RE.fullmatch(text):
            return None
    return None


# "Putri RS", "Lestari W", "De Rosa SC", "LeMone P", "McCloskey JC": a family name and its initials, Vancouver's way
# (and China's GB/T 7714, the family in capitals: "ZHANG L", "KINGMA D P"; no degree "MA", "SE")
_VANCOUVER_NAME = (r"(?:(?:\p{Lu}\p{Ll}{0,3}+[ ])?\p{Lu}(?:\p{Ll}{1,3}+\p{Lu})?[\p{Ll}'’-]++(?:-\p{Lu}[\p{Ll}'’-]++)?"
                   r"|" + CAPITALS_FAMILY + r")[ ](?:\p{Lu}{1,3}+|\p{Lu}(?:[ ]\p{Lu}){1,2}+)")
_VANCOUVER_NAME_PIECE_RE = regex.compile(_VANCOUVER_NAME)
# "Wulan S. Hubungan": the last name of the list, its initials' stop, then the title
_VANCOUVER_LAST_NAME_RE = regex.compile(r"(" + _VANCOUVER_NAME + r")\.[ ]++(?=\p{Lu})")
# "Wulansari": one capitalized word, a person known by one name
_ONE_NAME_RE = regex.compile(r"\p{Lu}\p{Ll}[\p{Ll}'’-]{1,30}+")


def _title_capable(piece: str) -> bool:
    """Could this leftover piece be a title (not a place and publisher, not a bracket)?"""
    text = clean_text(piece)
    if not meaningful(text) or text.startswith("("):
        return False
    found = PLACE_PUBLISHER_RE.match(text)
    return not (found and _known_city(found.group(1)))


def _known_city(place: str) -> bool:
    return place.split(",")[0].strip().casefold() in lexicon.PUBLISHING_CITIES


def _title_piece(work: Work, comma_style: bool, note: bool = False) -> None:
    buf = work.buf
    start = 0
    while start < len(buf) and (buf[start] in " .,;:" or buf[start] == HOLE):
        start += 1
    if start >= len(buf):
        return
    if comma_style:
        end = start
        depth = 0
        while end < len(buf):
            ch = buf[end]
            if ch in "([":
                if depth == 0 and end > start and buf[end - 1] == " " and _paren_is_publication(buf, end):
                    break
                depth += 1
            elif ch in ")]":
                depth = max(0, depth - 1)
            elif depth == 0 and (ch in ",;" or ch == HOLE or (
                    ch == "." and (end + 1 == len(buf) or buf[end + 1] in " \x00")
                    and not after_initial(buf, start, end))):
                break
            end += 1
        if note and end < len(buf) and buf[end] == ",":
            end = _title_with_commas_end(buf, end)
    else:
        end = sentence_end(buf, start)
    title = _title_text(buf[start:end], linked="URL" in work.fields or "DOI" in work.fields)
    if title:
        work.fields["title"] = title
        work.take(start, end)


def _title_with_commas_end(buf: str, comma: int) -> int:
    """A footnote's title may hold commas — "Madilog: Materialisme, Dialektika, Logika, Cet. II
    (Jakarta: ...)", "The Will to Improve: Governmentality, Development, and the Practice of
    Politics (Durham: ...)": where only words lie between the first comma and the bracketed
    publication facts (or a field the rules took just before them), they are the title's."""
    found = _TITLE_WORDS_TO_PUBLICATION_RE.match(buf, comma)
    if not found:
        return comma
    after = found.end()
    while after < len(buf) and buf[after] in " \x00":
        after += 1
    if after < len(buf) and buf[after] == "(" and _paren_is_publication(buf, after):
        return found.start() + len(found.group().rstrip(" ,"))
    return comma


# ", Dialektika, Logika, ", ", Kualitatif, dan R&D ", ", Islam Kita: Agama Masyarakat ", ", 1785–1855" — words
# (a subtitle's colon after one) and commas only, up to a blank or a bracket (not the book a
# work is in: "Henry James, The Europeans, in Novels, 1871–1880 (New York: ...")
_TITLE_WORDS_TO_PUBLICATION_RE = regex.compile(
    r"(?:,[ ]++(?!in[ ]|dalam[ ])[\p{L}\p{N}&'’–-]++:?+(?:[ ]++[\p{L}\p{N}&'’–-]++:?+){0,8}+){1,6}+[ ,]*+(?=[\x00(])")


def _paren_is_publication(buf: str, at: int) -> bool:
    """``(Jakarta: Pearson, 2015)`` or a blanked year after "(" closes a note's title;
    ``(Hukum Fiqh Lengkap)`` belongs to it."""
    close = buf.find(")", at)
    inner = buf[at + 1: close if close != -1 else len(buf)]
    return ":" in inner or HOLE in inner or ";" in inner
