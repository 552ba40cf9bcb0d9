"""Word input: real footnotes give the same works and links as the text version."""
from __future__ import annotations

import zipfile

import pytest
from conftest import SAMPLES, SHARED, requires_shared
from docx_builder import docx_from_text
from helpers import gold_scores_of_both, reports_of_both

from citex import read_document
from citex.errors import CitexError


def _cites(report):
    return [[(c["form"], c["id"], c.get("locator")) for c in n["cites"]] for n in report["footnotes"]]


@pytest.mark.parametrize("name", ["skripsi_catatan_kaki.txt", "makalah_markdown.md"])
def test_samples_as_docx_give_the_same_works_and_links(name, tmp_path):
    as_text, as_docx = reports_of_both(SAMPLES / name, tmp_path, ".docx", docx_from_text)
    assert {i["id"] for i in as_docx["items"]} == {i["id"] for i in as_text["items"]}
    assert _cites(as_docx) == _cites(as_text)
    assert len(as_docx["markers"]) == len(as_text["markers"])
    assert as_docx["footnotes"][0]["location"] == "footnote 1"
    assert as_docx["markers"][0]["location"].startswith("paragraph ")


@requires_shared
@pytest.mark.parametrize("name", ["002_d4ed3ca7ece54e36", "dev/islamic_studies_skripsi"])
def test_gold_documents_as_docx_score_within_002_of_text(name, tmp_path):
    text_result, docx_result = gold_scores_of_both(SHARED, name, tmp_path, ".docx", docx_from_text, renumber=True)
    assert docx_result["works"]["f1"] >= text_result["works"]["f1"] - 0.02
    assert docx_result["cites"]["accuracy"] >= text_result["cites"]["accuracy"] - 0.02


def test_damaged_docx_is_one_clear_error(tmp_path):
    path = tmp_path / "rusak.docx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(CitexError):
        read_document(str(path))
    bomb = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", "<a>" + "x" * 2_000_000 + "</a>")
    with pytest.raises(CitexError, match="max-size"):
        read_document(str(bomb), max_size=1_000_000)


def test_broken_pdf_gives_a_clear_message(tmp_path):
    path = tmp_path / "tesis.pdf"
    path.write_bytes(b"%PDF-1.7\n%binary")
    with pytest.raises(CitexError, match="PDF"):
        read_document(str(path))
