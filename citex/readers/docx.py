"""Word documents (.docx): body paragraphs, real footnotes and endnotes, italic runs.

No guessing: ``word/document.xml`` says which run is a footnote reference, and
``word/footnotes.xml`` / ``word/endnotes.xml`` hold the notes. The document becomes text the
rest of citex already reads — one paragraph a line, references as ``[^n]``, the notes as
``[^n]: text`` definitions after the body, italic runs as ``*...*`` — and every line keeps
its location in the Word file ("paragraph 41", "footnote 7") for the reports.

Only the standard library is needed (a .docx is a zip of XML parts). Archive members are
read with a size cap, so a zip bomb cannot exhaust memory.
"""
from __future__ import annotations

import io
import xml.etree.ElementTree as ET
import zipfile

from ..errors import CitexError
from ..models import Document
from .text import clean

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_SKIPPED_NOTE_TYPES = {"separator", "continuationSeparator", "continuationNotice"}


def is_docx(data: bytes) -> bool:
    """A zip archive, which is what a .docx is; ``read_docx`` says what is wrong with it."""
    return data.startswith(b"PK\x03\x04")


def _member(archive: zipfile.ZipFile, name: str, limit: int, path: str) -> bytes | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > limit:
        raise CitexError(f"{name} inside the .docx is larger than the --max-size limit", path)
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise CitexError(f"{name} inside the .docx is larger than the --max-size limit", path)
    return data


def _parse(data: bytes, name: str, path: str) -> ET.Element:
    try:
        return ET.fromstring(data)
    except ET.ParseError as error:
        raise CitexError(f"{name} inside the .docx is not valid XML ({error})", path) from None


def _italic(run: ET.Element) -> bool:
    props = run.find(f"{W}rPr")
    if props is None:
        return False
    flag = props.find(f"{W}i")
    return flag is not None and flag.get(f"{W}val", "true") not in ("0", "false", "off")


def _paragraph_text(paragraph: ET.Element, note_label) -> str:
    """Text of one paragraph; note references become ``[^n]``; italic runs ``*...*``."""
    pieces: list[tuple[str, bool]] = []
    for run in paragraph.iter(f"{W}r"):
        italic = _italic(run)
        for child in run:
            tag = child.tag
            if tag == f"{W}t":
                pieces.append((child.text or "", italic))
            elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
                pieces.append((" ", False))
            elif tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
                kind = "footnote" if tag == f"{W}footnoteReference" else "endnote"
                label = note_label(kind, child.get(f"{W}id"))
                if label:
                    pieces.append((f"[^{label}]", False))
    out: list[str] = []
    open_italic = False
    for text, italic in pieces:
        if italic and not open_italic and text.strip():
            out.append("*")
            open_italic = True
        elif not italic and open_italic and text:
            out.append("*")
            open_italic = False
        out.append(text)
    if open_italic:
        out.append("*")
    return " ".join("".join(out).split()).replace(" *", " *")


def read_docx(data: bytes, path: str, max_size: int) -> Document:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise CitexError("a damaged zip archive, not a readable .docx", path) from None
    with archive:
        body_xml = _member(archive, "word/document.xml", max_size, path)
        if body_xml is None:
            raise CitexError("a zip archive but not a Word document (no word/document.xml)", path)
        notes: dict[str, dict[str, str]] = {"footnote": {}, "endnote": {}}
        for kind in ("footnote", "endnote"):
            part = _member(archive, f"word/{kind}s.xml", max_size, path)
            if part is None:
                continue
            for note in _parse(part, f"word/{kind}s.xml", path).iter(f"{W}{kind}"):
                if note.get(f"{W}type") in _SKIPPED_NOTE_TYPES:
                    continue
                text = " ".join(_paragraph_text(p, lambda *_: None) for p in note.iter(f"{W}p"))
                notes[kind][note.get(f"{W}id", "")] = " ".join(text.split())
        body = _parse(body_xml, "word/document.xml", path)
    # Word numbers notes in the order they are referenced: 1, 2, 3 ... (endnotes apart).
    order: dict[tuple[str, str], str] = {}

    def note_label(kind: str, note_id: str | None) -> str | None:
        if note_id is None or note_id not in notes[kind]:
            return None
        key = (kind, note_id)
        if key not in order:
            count = sum(1 for k in order if k[0] == kind) + 1
            order[key] = str(count) if kind == "footnote" else f"e{count}"
        return order[key]

    lines: list[str] = []
    locations: list[str] = []
    paragraphs = body.find(f"{W}body")
    number = 0
    for paragraph in (paragraphs.iter(f"{W}p") if paragraphs is not None else ()):
        number += 1
        text = _paragraph_text(paragraph, note_label)
        if not text.strip():
            continue
        lines += [text, ""]
        locations += [f"paragraph {number}", f"paragraph {number}"]
    for (kind, note_id), label in sorted(order.items(), key=lambda kv: (kv[0][0], _label_number(kv[1]))):
        lines += [f"[^{label}]: {notes[kind][note_id]}", ""]
        where = f"{kind} {label.lstrip('e')}"
        locations += [where, where]
    text = clean("\n".join(lines))
    document = Document.from_text(text, path=path, encoding="docx")
    return Document(path=document.path, text=document.text, encoding="docx", warnings=(),
                    line_starts=document.line_starts, locations=tuple(locations) + ("",))


def _label_number(label: str) -> int:
    return int(label.lstrip("e") or 0)
