"""Write a PDF with real superscript markers and page-bottom notes (reportlab), for tests.

Body in 11 pt Times, markers in 7 pt raised 4 pt, notes in 9 pt at the bottom of the page
where their marker stands, a running header and a page number on every page, *italic*
titles in Times-Italic.
"""
from __future__ import annotations

import io
import re

from citex.footnotes import find_notes
from citex.models import Document
from citex.sections import find_layout

WIDTH, HEIGHT, MARGIN = 595, 842, 60
BODY, NOTE, SUP = 11, 9, 7


def _segments(text: str, markers: list[tuple[int, int, int]]):
    """(text, style) pieces: style is "r", "i" (italic) or "sup"."""
    out, cursor = [], 0
    for start, end, number in sorted(markers):
        out += _styled(text[cursor:start])
        out.append((str(number), "sup"))
        cursor = end
    return out + _styled(text[cursor:])


def _styled(text: str):
    pieces = []
    for i, piece in enumerate(re.split(r"\*([^*\n]+)\*", text)):
        if piece:
            pieces.append((piece, "i" if i % 2 else "r"))
    return pieces


def _wrap(segments, limit: int):
    """Greedy wrapping of styled segments into lines of about ``limit`` characters."""
    words = []
    for text, style in segments:
        if style == "sup":
            words.append([(text, style)]) if not words else words[-1].append((text, style))
            continue
        parts = re.split(r"(\s+)", text)
        for part in parts:
            if not part:
                continue
            if part.isspace():
                words.append([])
            elif words and words[-1] and not words[-1][-1][0].isspace() and not text[:1].isspace() and part is parts[0]:
                words[-1].append((part, style))
            else:
                if not words or words[-1]:
                    words.append([])
                words[-1].append((part, style))
    lines, current, length = [], [], 0
    for word in (w for w in words if w):
        size = sum(len(t) for t, _ in word) + 1
        if current and length + size > limit:
            lines.append(current)
            current, length = [], 0
        current.append(word)
        length += size
    if current:
        lines.append(current)
    return lines


def pdf_from_text(text: str, header: str = "Contoh Judul Skripsi yang Berjalan") -> bytes:
    from reportlab.pdfgen import canvas

    doc = Document.from_text(text)
    notes = find_notes(doc, find_layout(doc))
    note_lines = set()
    for note in notes.footnotes:
        note_lines.update(range(note.line, doc.line_of(max(note.start, note.end - 1)) + 1))
    by_line: dict[int, list] = {}
    for index, marker in enumerate(notes.markers):
        if index in notes.links:
            base = doc.line_starts[marker.line - 1]
            by_line.setdefault(marker.line, []).append((marker.start - base, marker.end - base, notes.links[index] + 1))
    labels = {i + 1: note.label for i, note in enumerate(notes.footnotes)}
    # paragraphs: a line and the more-indented lines that continue it (hanging indents)
    grouped: list[list[int]] = []
    previous_indent = None
    for number, line in enumerate(doc.lines, start=1):
        if number in note_lines or not line.strip():
            previous_indent = None
            continue
        indent = len(line) - len(line.lstrip())
        if previous_indent is not None and indent > previous_indent and grouped:
            grouped[-1].append(number)
        else:
            grouped.append([number])
            previous_indent = indent
    paragraphs = []   # (lines of styled words, note numbers on it, starts a chapter)
    for numbers in grouped:
        segments, notes_here = [], []
        for number in numbers:
            line = doc.lines[number - 1]
            marks = [(start, end, labels[n]) for start, end, n in by_line.get(number, [])]
            if segments:
                segments.append((" ", "r"))
            segments += _segments(line if marks else line.strip(), marks)
            notes_here += [n for _, _, n in by_line.get(number, [])]
        chapter = doc.lines[numbers[0] - 1].strip().upper().startswith(("BAB ", "CHAPTER "))
        paragraphs.append((_wrap(segments, 80), notes_here, chapter))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(WIDTH, HEIGHT))
    page = {"number": 1, "y": HEIGHT - MARGIN - 30, "notes": []}

    def finish_page():
        pdf.setFont("Times-Roman", 9)
        pdf.drawString(MARGIN, HEIGHT - MARGIN, header)
        y = MARGIN + 30 + note_height(page["notes"])
        for note_number in page["notes"]:            # top to bottom, as typesetters write them
            wrapped = _wrap(_styled(notes.footnotes[note_number - 1].text), 100)
            for k, words in enumerate(wrapped):
                _draw(pdf, MARGIN, y, words, NOTE, notes.footnotes[note_number - 1].label if k == 0 else None)
                y -= NOTE + 2
        pdf.setFont("Times-Roman", 9)
        pdf.drawCentredString(WIDTH / 2, MARGIN - 20, str(page["number"]))
        pdf.showPage()
        page.update(number=page["number"] + 1, y=HEIGHT - MARGIN - 30, notes=[])

    def note_height(numbers):
        return sum((len(_wrap(_styled(notes.footnotes[n - 1].text), 100)) * (NOTE + 2)) for n in numbers)

    for lines, numbers, chapter in paragraphs:
        if chapter and page["y"] < HEIGHT - MARGIN - 30:
            finish_page()                      # a chapter starts on a new page
        for k, words in enumerate(lines):
            needed = note_height(page["notes"] + (numbers if k == 0 else []))
            if page["y"] - BODY - 4 < MARGIN + 40 + needed:
                finish_page()
            # continuation lines of a paragraph get a hanging indent (reference lists)
            _draw(pdf, MARGIN + (18 if k else 0), page["y"], words, BODY, None)
            page["y"] -= BODY + 3
            if k == 0:
                page["notes"] += numbers
        page["y"] -= 6
    finish_page()
    pdf.save()
    return buffer.getvalue()


def _draw(pdf, x, y, words, size, note_label):
    if note_label:
        pdf.setFont("Times-Roman", SUP)
        pdf.drawString(x, y + 3, note_label)
        x += pdf.stringWidth(note_label, "Times-Roman", SUP) + 2
    for w, word in enumerate(words):
        if w:
            x += pdf.stringWidth(" ", "Times-Roman", size)
        for text, style in word:
            if style == "sup":
                pdf.setFont("Times-Roman", SUP)
                pdf.drawString(x, y + 4, text)
                x += pdf.stringWidth(text, "Times-Roman", SUP)
            else:
                font = "Times-Italic" if style == "i" else "Times-Roman"
                pdf.setFont(font, size)
                pdf.drawString(x, y, text)
                x += pdf.stringWidth(text, font, size)
