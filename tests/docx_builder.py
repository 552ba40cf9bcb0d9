"""Write a .docx with real Word footnotes from a text document, for the reader's tests.

The body paragraphs are the document's non-note lines; each footnote marker the text
version links becomes a real ``w:footnoteReference`` and each note a ``w:footnote``;
``*italic*`` becomes an italic run.
"""
from __future__ import annotations

import io
import re
import zipfile
from xml.sax.saxutils import escape

from citex.footnotes import find_notes
from citex.models import Document
from citex.sections import find_layout

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""
DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>
</Relationships>"""


def _runs(text: str) -> str:
    out = []
    for i, piece in enumerate(re.split(r"\*([^*\n]+)\*", text)):
        if not piece:
            continue
        props = "<w:rPr><w:i/></w:rPr>" if i % 2 else ""
        out.append(f'<w:r>{props}<w:t xml:space="preserve">{escape(piece)}</w:t></w:r>')
    return "".join(out)


def _note_ref(note_id: int) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{note_id}"/></w:r>'


def docx_from_text(text: str) -> bytes:
    doc = Document.from_text(text)
    notes = find_notes(doc, find_layout(doc))
    note_lines = set()
    for note in notes.footnotes:
        for line in range(note.line, doc.line_of(max(note.start, note.end - 1)) + 1):
            note_lines.add(line)
    markers_by_line: dict[int, list[tuple[int, int, int]]] = {}
    for index, marker in enumerate(notes.markers):
        if index in notes.links:
            base = doc.line_starts[marker.line - 1]
            markers_by_line.setdefault(marker.line, []).append(
                (marker.start - base, marker.end - base, notes.links[index] + 1))
    paragraphs: list[list[str]] = []
    previous_indent = None
    for number, line in enumerate(doc.lines, start=1):
        if number in note_lines or not line.strip():
            previous_indent = None
            continue
        parts, cursor = [], 0
        for start, end, note_id in sorted(markers_by_line.get(number, [])):
            parts.append(_runs(line[cursor:start]))
            parts.append(_note_ref(note_id))
            cursor = end
        parts.append(_runs(line[cursor:]))
        # unlinked superscripts and [^x] references stay as text
        indent = len(line) - len(line.lstrip())
        if previous_indent is not None and indent > previous_indent and paragraphs:
            # a hanging-indent line continues its entry: one Word paragraph
            paragraphs[-1].append('<w:r><w:t xml:space="preserve"> </w:t></w:r>' + "".join(parts))
        else:
            paragraphs.append(["".join(parts)])
            previous_indent = indent
    paragraphs = [f"<w:p>{''.join(p)}</w:p>" for p in paragraphs]
    body = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>'
            + "".join(paragraphs) + "</w:body></w:document>")
    footnotes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>']
    for index, note in enumerate(notes.footnotes, start=1):
        footnotes.append(f'<w:footnote w:id="{index}"><w:p><w:r><w:footnoteRef/></w:r>'
                         f'<w:r><w:t xml:space="preserve"> </w:t></w:r>{_runs(note.text)}</w:p></w:footnote>')
    notes_xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W_NS}">'
                 + "".join(footnotes) + "</w:footnotes>")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELS)
        archive.writestr("word/_rels/document.xml.rels", DOC_RELS)
        archive.writestr("word/document.xml", body)
        archive.writestr("word/footnotes.xml", notes_xml)
    return buffer.getvalue()
