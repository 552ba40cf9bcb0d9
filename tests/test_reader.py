from __future__ import annotations

import os

import pytest

from citex.errors import CitexError
from citex.readers import decode, read_document


@pytest.mark.parametrize("data,encoding", [
    ("Haris ¹".encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + "Haris ¹".encode("utf-8"), "utf-8-sig"),
    ("Haris ¹".encode("utf-16"), "utf-16-le"),
    ("Haris ¹".encode("utf-16-be").join([b"\xfe\xff", b""]), "utf-16-be"),
])
def test_decodes_with_and_without_bom(data, encoding):
    text, used, warnings = decode(data)
    assert text == "Haris ¹" and used == encoding and warnings == ()


def test_cp1252_fallback_warns_with_file_and_line():
    text, used, warnings = decode("baris satu\n“kutipan” – Word".encode("cp1252"), "skripsi.txt")
    assert used == "cp1252" and text.endswith("“kutipan” – Word")
    assert warnings and warnings[0].startswith("skripsi.txt:2:") and "cp1252" in warnings[0]


def test_binary_is_an_error():
    with pytest.raises(CitexError, match="binary"):
        decode(b"\x00\x01\x02PK\x03\x04", "x.bin")


def test_line_ends_and_unicode_cleanup_keep_line_numbers(tmp_path):
    path = tmp_path / "doc.txt"
    path.write_bytes("satu\r\ndua\rtiga ﬁ\u00a0x\ne\u0301\n".encode("utf-8"))
    doc = read_document(str(path))
    assert doc.lines[:4] == ("satu", "dua", "tiga fi x", "é")
    assert doc.line_of(doc.text.index("tiga")) == 3


@pytest.mark.parametrize("make,message", [
    (lambda d: str(d / "missing.txt"), "no such file"),
    (lambda d: str(d), "directory"),
])
def test_unreadable_paths(tmp_path, make, message):
    with pytest.raises(CitexError, match=message) as info:
        read_document(make(tmp_path))
    assert str(tmp_path) in str(info.value)


def test_fifo_is_refused(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(CitexError, match="not a regular file"):
        read_document(str(fifo))


def test_size_limit(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("x" * 100)
    with pytest.raises(CitexError, match="max-size"):
        read_document(str(path), max_size=10)


def test_empty_file_is_a_document(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_document(str(path)).text == ""
