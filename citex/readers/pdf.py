"""PDF input through pypdfium2 (the ``pdf`` extra).

pypdfium2 binds PDFium, Chrome's PDF engine: fast (C++), licensed BSD/Apache, wheels for
every platform, and it gives each character's font size and baseline — which is what
tells a footnote marker from a number. The text becomes what the rest of citex reads:

* characters set smaller than their line and above its baseline become superscript digits,
  so "manusia¹" keeps its marker and a note at the page bottom starts with "¹";
* running headers and footers (lines repeated at the top or bottom of many pages) and bare
  page numbers are dropped;
* notes at the page bottom (smaller type) are set apart from the body by blank lines;
* a word hyphenated at a line end is joined again;
* every line keeps its page for the reports ("page 12").

Encrypted PDFs and scanned PDFs without a text layer get one clear message.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass

from ..errors import CitexError
from ..models import Document
from ..sections import is_page_number
from .text import clean

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
ITALIC_MARK = "\x01"   # travels with an italic character until the line is written

# A character is a superscript when its type is at most this share of its line's ...
SUPERSCRIPT_SIZE = 0.85
# ... and its baseline rises by at least this share of the line's type size.
SUPERSCRIPT_RISE = 0.15
# A line set this much smaller than the page's body type is note text.
NOTE_SIZE = 0.92
# A line repeated on this share of pages, at the top or bottom, is a running header/footer.
RUNNING_SHARE = 0.5


@dataclass
class _Line:
    text: str
    size: float            # the line's most common type size
    top: float             # baseline height on the page
    page: int
    left: float = 0.0      # where the line starts
    right: float = 0.0     # where it ends
    margin: float | None = None   # where its column starts


def _import():
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:  # pragma: no cover - depends on the extra
        return None, None
    return pdfium, raw


def read_pdf(data: bytes, path: str, max_size: int) -> Document:
    pdfium, raw = _import()
    if pdfium is None:
        raise CitexError("reading PDF needs the pdf extra: pip install 'citex[pdf]'", path)
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        message = str(error)
        if "password" in message.lower():
            raise CitexError("the PDF is encrypted (password protected): citex cannot read it", path) from None
        raise CitexError(f"not a readable PDF ({message})", path) from None
    try:
        pages = [_page_lines(pdf[i], i + 1, raw) for i in range(len(pdf))]
    finally:
        pdf.close()
    if not any(line.text.strip() for page in pages for line in page):
        raise CitexError("the PDF has no text layer (a scan?): run OCR first", path)
    lines, locations = _assemble(pages)
    text = clean("\n".join(lines))
    document = Document.from_text(text, path=path, encoding="pdf")
    return Document(path=path, text=document.text, encoding="pdf", line_starts=document.line_starts,
                    locations=tuple(locations) + ("",))


def _page_lines(page, number: int, raw) -> list[_Line]:
    import ctypes

    textpage = page.get_textpage()
    try:
        count = textpage.count_chars()
        # one call for the page's text; then only size, baseline and font per character
        text = textpage.get_text_range(0, count) if count else ""
        chars = []
        italic_fonts: dict[int, bool] = {}
        handle = textpage.raw
        x, y = ctypes.c_double(), ctypes.c_double()
        x_ref, y_ref = ctypes.byref(x), ctypes.byref(y)
        same_length = len(text) == count
        italic = False
        for index in range(count):
            char = text[index] if same_length else chr(raw.FPDFText_GetUnicode(handle, index) or 32)
            if char in "\r\n":
                chars.append(("\n", 0.0, 0.0, 0.0))
                continue
            # PDFium generates only spaces and line breaks: only those need asking
            if char.isspace() and raw.FPDFText_IsGenerated(handle, index):
                chars.append((char, 0.0, 0.0, 0.0))
                continue
            size = raw.FPDFText_GetFontSize(handle, index)
            raw.FPDFText_GetCharOrigin(handle, index, x_ref, y_ref)
            # type changes between words: ask for the font at a word's first letter only
            if not chars or not char.isalnum() or not chars[-1][0][-1:].isalnum() or chars[-1][1] != size:
                italic = _is_italic(raw, textpage, index, italic_fonts)
            if italic:
                char = ITALIC_MARK + char
            chars.append((char, size, y.value, x.value))
    finally:
        textpage.close()
        page.close()
    return _lines_of(chars, number)


def _is_italic(raw, textpage, index: int, cache: dict[int, bool]) -> bool:
    """Italic type (by its font's name), asked once per text object."""
    import ctypes
    handle = raw.FPDFText_GetTextObject(textpage.raw, index)
    key = ctypes.cast(handle, ctypes.c_void_p).value or 0
    if key not in cache:
        flags = ctypes.c_int()
        buffer = ctypes.create_string_buffer(128)
        raw.FPDFText_GetFontInfo(textpage.raw, index, buffer, 128, ctypes.byref(flags))
        name = buffer.value.decode("latin-1", "replace").lower()
        cache[key] = "italic" in name or "oblique" in name or bool(flags.value & 64)
    return cache[key]


def _lines_of(chars, page: int) -> list[_Line]:
    """Characters in PDFium's order -> lines, top to bottom.

    PDFium's own line breaks are only hints: a break whose next character sits on nearly the
    same baseline (a raised marker, a note number) does not end the line. Lines are then put
    in reading order by height, whatever order the PDF drew them in.
    """
    lines: list[_Line] = []
    current: list[tuple[str, float, float, float]] = []
    ref = None               # the last real (not generated) character of the current line
    pending_break = False
    for item in chars:
        ch, size, y, _ = item
        if ch == "\n":
            pending_break = True
            continue
        if current and (pending_break or size > 0):
            x = item[3]
            if ref is not None and size > 0 and (abs(y - ref[2]) > 0.5 * max(size, ref[1])
                                                 or x - ref[3] > 4 * max(size, ref[1])):
                # a new baseline, or a jump across a column gutter, starts a new line
                lines.append(_line(current, page))
                current = []
                ref = None
            elif pending_break and current and current[-1][0] != " ":
                current.append((" ", 0.0, 0.0, 0.0))
        pending_break = False
        current.append(item)
        if size > 0:
            ref = item
    if current:
        lines.append(_line(current, page))
    lines = [line for line in lines if line.text.strip()]
    return _reading_order(lines)


# A gutter: lines starting this far right of the leftmost line are a second column ...
COLUMN_GAP = 150.0
# ... when this share of the page's lines start there.
COLUMN_SHARE = 0.25


def _reading_order(lines: list[_Line]) -> list[_Line]:
    """Top to bottom; on a two-column page, the left column before the right one, with
    lines that span the gutter (titles, page-wide notes) kept above or below the columns."""
    lines = sorted(lines, key=lambda line: -line.top)
    if len(lines) < 6:
        return lines
    start = min(line.left for line in lines)
    second = [line for line in lines if line.left >= start + COLUMN_GAP]
    if len(second) < COLUMN_SHARE * len(lines):
        return lines
    gutter = min(line.left for line in second)
    first = [line for line in lines if line.left < gutter and line.right < gutter]
    spanning = [line for line in lines if line.left < gutter <= line.right]
    if not first:
        return lines
    top_of_columns = max(line.top for line in first + second)
    above = [line for line in spanning if line.top > top_of_columns]
    below = [line for line in spanning if line.top <= top_of_columns]
    for line in second:
        line.margin = gutter
    return above + first + second + below


def _line(chars, page: int) -> _Line:
    sizes = [round(size, 1) for ch, size, _, _ in chars if size > 0 and not ch.isspace()]
    if not sizes:
        return _Line("".join(ch.lstrip(ITALIC_MARK) for ch, *_ in chars), 0.0, 0.0, page)
    main = statistics.mode(sizes)
    left = min((x for ch, size, _, x in chars if size > 0 and not ch.isspace()), default=0.0)
    right = max((x for ch, size, _, x in chars if size > 0 and not ch.isspace()), default=0.0)
    baselines = [y for ch, size, y, _ in chars if size > 0 and abs(size - main) < 0.5 and not ch.isspace()]
    base = statistics.median(baselines) if baselines else 0.0
    # italic type is a title: written *...* as in Markdown, around whole runs of words
    out: list[str] = []
    in_italic = False
    for ch, size, y, _ in chars:
        italic = ch.startswith(ITALIC_MARK)
        ch = ch.lstrip(ITALIC_MARK)
        if ch.isspace():
            out.append(ch)               # spaces neither open nor close a run
            continue
        if italic != in_italic:
            if in_italic:
                spaces = len(out) - len("".join(out).rstrip())
                out.insert(len(out) - spaces, "*")
            else:
                out.append("*")
            in_italic = italic
        raised = size > 0 and size <= main * SUPERSCRIPT_SIZE and y - base >= main * SUPERSCRIPT_RISE
        out.append(ch.translate(SUPERSCRIPT) if raised and ch.isdigit() else ch)
    if in_italic:
        out.append("*")
    return _Line("".join(out).replace("**", ""), main, base, page, left, right)


def _assemble(pages: list[list[_Line]]) -> tuple[list[str], list[str]]:
    running = _running_lines(pages)
    body_sizes = [round(line.size, 1) for page in pages for line in page if line.size]
    body = statistics.mode(body_sizes) if body_sizes else 0.0
    out: list[str] = []
    where: list[str] = []

    def emit(text: str, page: int) -> None:
        out.append(text)
        where.append(f"page {page}")

    for page in pages:
        kept = [line for line in page if _key(line.text) not in running and not is_page_number(line.text)]
        margin = min((line.left for line in kept), default=0.0)
        in_notes = False
        for line in kept:
            text = line.text.strip()
            is_note = body and line.size and line.size < body * NOTE_SIZE
            starts_note = is_note and text[:1] in "⁰¹²³⁴⁵⁶⁷⁸⁹"
            if starts_note or (is_note and not in_notes):
                emit("", line.page)           # a note stands apart from the body
            if out and out[-1].endswith("-") and text[:1].islower() and not starts_note:
                out[-1] = out[-1][:-1] + text  # "oportu-" + "nitas"
                continue
            if out and out[-1].endswith("*") and text.startswith("*"):
                # an italic title running over the line end stays one *...* span
                out[-1] = out[-1][:-1]
                text = text[1:]
            # an indented line (a hanging indent in a reference list) keeps an indent
            column = line.margin if line.margin is not None else margin
            emit(("    " if line.left - column > 8 else "") + text, line.page)
            in_notes = bool(is_note)
        emit("", page[0].page if page else 0)  # a page break ends a paragraph and the notes
    return out, where


def _key(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalpha())


def _running_lines(pages: list[list[_Line]]) -> set[str]:
    """Lines found at the top or bottom of at least half the pages (ignoring numbers)."""
    if len(pages) < 2:
        return set()
    counts: dict[str, int] = {}
    for page in pages:
        for key in {_key(line.text) for line in page[:2] + page[-2:]}:
            if len(key) >= 6:
                counts[key] = counts.get(key, 0) + 1
    return {key for key, count in counts.items() if count >= max(2, RUNNING_SHARE * len(pages))}
