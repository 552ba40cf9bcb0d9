"""PDF input: real superscripts and page-bottom notes give the same works and links as text."""
from __future__ import annotations

import pytest
from conftest import SAMPLES, SHARED, requires_shared
from helpers import gold_scores_of_both, reports_of_both

from citex import read_document
from citex.errors import CitexError

pytest.importorskip("pypdfium2", reason="the optional pdf extra is not installed")
pytest.importorskip("reportlab", reason="reportlab (test extra) writes the test PDFs")

from pdf_builder import pdf_from_text  # noqa: E402


def _cites(report):
    return [[(c["form"], c["id"]) for c in n["cites"]] for n in report["footnotes"]]


@pytest.mark.parametrize("name", ["skripsi_catatan_kaki.txt", "artikel_apa.txt"])
def test_samples_as_pdf_give_the_same_works_and_links(name, tmp_path):
    as_text, as_pdf = reports_of_both(SAMPLES / name, tmp_path, ".pdf", pdf_from_text)
    text_ids = {i["id"] for i in as_text["items"]}
    pdf_ids = {i["id"] for i in as_pdf["items"]}
    assert len(text_ids & pdf_ids) >= 0.9 * len(text_ids)
    assert _cites(as_pdf) == _cites(as_text)
    assert [m["number"] for m in as_pdf["markers"]] == [m["number"] for m in as_text["markers"]]
    if as_pdf["markers"]:
        assert as_pdf["markers"][0]["location"] == "page 1"


@requires_shared
@pytest.mark.parametrize("name", ["002_d4ed3ca7ece54e36", "dev/islamic_studies_skripsi"])
def test_gold_documents_as_pdf_score_within_002_of_text(name, tmp_path):
    text_result, pdf_result = gold_scores_of_both(SHARED, name, tmp_path, ".pdf", pdf_from_text)
    assert pdf_result["works"]["f1"] >= text_result["works"]["f1"] - 0.02
    assert pdf_result["cites"]["accuracy"] >= text_result["cites"]["accuracy"] - 0.02


def test_pdf_without_text_layer(tmp_path):
    from reportlab.pdfgen import canvas
    path = tmp_path / "scan.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(50, 50, 200, 200, fill=1)
    pdf.showPage()
    pdf.save()
    with pytest.raises(CitexError, match="OCR"):
        read_document(str(path))


def test_encrypted_pdf(tmp_path):
    from reportlab.lib import pdfencrypt
    from reportlab.pdfgen import canvas
    path = tmp_path / "secret.pdf"
    pdf = canvas.Canvas(str(path), encrypt=pdfencrypt.StandardEncryption("user", canPrint=0))
    pdf.drawString(100, 100, "rahasia")
    pdf.showPage()
    pdf.save()
    with pytest.raises(CitexError, match="encrypted"):
        read_document(str(path))


def test_two_columns_are_read_in_order(tmp_path):
    from reportlab.pdfgen import canvas

    from citex.readers.pdf import read_pdf
    path = tmp_path / "dua-kolom.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("Times-Roman", 14)
    pdf.drawString(60, 790, "Judul Artikel yang Panjang Sekali Melintasi Dua Kolom Halaman")
    pdf.setFont("Times-Roman", 10)
    for row in range(12):
        pdf.drawString(60, 760 - row * 14, f"kiri baris {row + 1}")
        pdf.drawString(320, 760 - row * 14, f"kanan baris {row + 1}")
    pdf.showPage()
    pdf.save()
    lines = [line for line in read_pdf(path.read_bytes(), str(path), 10**7).text.split("\n") if line.strip()]
    assert lines[0].startswith("Judul Artikel")
    assert lines[1:13] == [f"kiri baris {n}" for n in range(1, 13)]
    assert lines[13:25] == [f"kanan baris {n}" for n in range(1, 13)]
