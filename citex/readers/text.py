"""Plain text and Markdown: decoding, line ends and Unicode clean-up.

Decoding order: a BOM (UTF-8, UTF-16 LE/BE, UTF-32) decides; otherwise strict UTF-8; otherwise
cp1252 (Word's "Save as text" on Windows), with a warning naming it. A NUL byte in text that
is not UTF-16/32 means a binary file.

Clean-up keeps every line on its own line number: CRLF and lone CR become ``\\n``; NFC;
ligatures (ﬁ) and non-breaking or zero-width spaces become their plain forms. Superscript
digits are kept: they are footnote markers.
"""
from __future__ import annotations

import os
import stat
import sys
import unicodedata

from ..errors import CitexError
from ..models import Document

DEFAULT_MAX_SIZE = 100 * 1024 * 1024

_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

# Characters PDF extraction and word processors leave that mean something plainer.
_PLAIN = str.maketrans({
    "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
    "\ufb05": "st", "\ufb06": "st",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u3000": " ",
    "\u200b": "", "\u200c": "", "\u200d": "", "\u2060": "", "\ufeff": "", "\u00ad": "",
    "\t": "    ",
})

# Control characters other than newline are junk from PDF conversion.
_CONTROL = {c: " " for c in range(32) if c not in (10,)}
_CONTROL[127] = " "
_PLAIN.update({c: r for c, r in _CONTROL.items() if c not in _PLAIN})
# Most texts have none of these: a test (fast) spares them the translation (slow, per character).
_ODD_CHARACTERS = frozenset(chr(c) for c in _PLAIN)


def decode(data: bytes, path: str = "<bytes>") -> tuple[str, str, tuple[str, ...]]:
    """Bytes -> (text, encoding name, warnings). Raises CitexError on binary data.

    >>> decode("Sugiyono".encode("utf-16"))[:2]
    ('Sugiyono', 'utf-16-le')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(encoding.replace("-sig", "")), encoding, ()
            except UnicodeDecodeError as exc:
                raise CitexError(f"not valid {encoding} text despite its byte-order mark "
                                 f"(byte {exc.start})", path) from None
    if b"\x00" in data:
        raise CitexError("binary file (contains NUL bytes), not a text document", path)
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    text = data.decode("cp1252", errors="replace")
    if _looks_binary(text):
        raise CitexError(f"binary file or unknown encoding (invalid UTF-8 at byte {utf8_error})",
                         path)
    line = data.count(b"\n", 0, utf8_error) + 1
    return text, "cp1252", (f"{path}:{line}: not UTF-8; read as cp1252 (Windows-1252)",)


def _looks_binary(text: str) -> bool:
    sample = text[:65536]
    if not sample:
        return False
    odd = sum(1 for ch in sample if ch == "\ufffd" or (ord(ch) < 32 and ch not in "\r\n\t\f"))
    return odd / len(sample) > 0.05


def clean(text: str) -> str:
    """Line ends to ``\\n``, NFC, ligatures and odd spaces to plain characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return plain_characters(unicodedata.normalize("NFC", text))


def plain_characters(text: str) -> str:
    """Ligatures (ﬁ), odd spaces and control characters to plain characters."""
    if text.isascii() and text.isprintable():
        return text     # (most references: nothing to mend, told at once)
    return text if _ODD_CHARACTERS.isdisjoint(text) else text.translate(_PLAIN)


def read_document(path: str, max_size: int = DEFAULT_MAX_SIZE) -> Document:
    """Read a text or Markdown file (``-`` for stdin) into a Document.

    >>> import tempfile, os
    >>> with tempfile.NamedTemporaryFile("wb", suffix=".txt", delete=False) as f:
    ...     _ = f.write("Haris, A.\\r\\n".encode())
    >>> read_document(f.name).text
    'Haris, A.\\n'
    >>> os.unlink(f.name)
    """
    if path == "-":
        data = sys.stdin.buffer.read(max_size + 1)
        name = "<stdin>"
    else:
        name = path
        data = _read_file(path, max_size)
    if len(data) > max_size:
        raise CitexError(f"file is larger than the --max-size limit of {max_size} bytes", name)
    # What a file is goes by its content, not its name.
    from .docx import is_docx, read_docx
    if is_docx(data):
        return read_docx(data, name, max_size)
    if data.startswith(b"%PDF-"):
        from .pdf import read_pdf
        return read_pdf(data, name, max_size)
    text, encoding, warnings = decode(data, name)
    return Document.from_text(clean(text), path=name, encoding=encoding, warnings=warnings)


def _read_file(path: str, max_size: int) -> bytes:
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise CitexError("no such file", path) from None
    except PermissionError:
        raise CitexError("permission denied", path) from None
    except OSError as exc:
        raise CitexError(f"cannot read: {exc.strerror or exc}", path) from None
    if stat.S_ISDIR(info.st_mode):
        raise CitexError("is a directory, not a document", path)
    if not stat.S_ISREG(info.st_mode):
        raise CitexError("not a regular file (a FIFO, socket or device)", path)
    if info.st_size > max_size:
        raise CitexError(f"file is larger than the --max-size limit of {max_size} bytes", path)
    try:
        with open(path, "rb") as handle:
            return handle.read(max_size + 1)
    except PermissionError:
        raise CitexError("permission denied", path) from None
    except OSError as exc:
        raise CitexError(f"cannot read: {exc.strerror or exc}", path) from None
