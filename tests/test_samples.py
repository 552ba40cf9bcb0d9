"""The bundled samples: what each must yield, and that every output is valid for its consumers."""
from __future__ import annotations

import json

import pytest
from conftest import SAMPLES, sample_paths
from helpers import assert_bibtex_valid, assert_csl_valid

from citex import extract, read_document, to_bibtex, to_csl_json
from citex.report import build_report


def report(name: str) -> dict:
    return build_report(extract(read_document(str(SAMPLES / name)), today_year=2026))


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_outputs_are_valid(path, csl_schema):
    extraction = extract(read_document(str(path)))
    assert extraction.items
    assert_bibtex_valid(to_bibtex(extraction.items), expected_entries=len(extraction.items))
    assert_csl_valid(json.loads(to_csl_json(extraction.items)), csl_schema)
    assert_csl_valid([{k: v for k, v in item.items() if not k.startswith("_")}
                      for item in build_report(extraction)["items"]], csl_schema)


def test_turabian_skripsi_with_chapters_and_short_forms():
    rep = report("skripsi_catatan_kaki.txt")
    forms = [c["form"] for n in rep["footnotes"] for c in n["cites"]]
    assert forms == ["full", "ibid", "full", "full", "full", "opcit", "full", "loccit", "full"]
    assert all(c["id"] for n in rep["footnotes"] for c in n["cites"])
    ids = {n["cites"][0]["id"] for n in rep["footnotes"]}
    listed = {b["id"] for b in rep["bibliography"]}
    assert ids <= listed                      # every cited work is in DAFTAR PUSTAKA
    types = {i["id"]: i["type"] for i in rep["items"]}
    assert sorted(set(types.values())) == ["article-journal", "book", "chapter", "legislation", "report"]
    assert [p["code"] for p in rep["problems"]] == ["uncited-entry"]  # the second Mardiasmo book


def test_apa_article_in_text():
    rep = report("artikel_apa.txt")
    assert len(rep["bibliography"]) == 7
    assert all(c["ids"] for c in rep["intext"])
    assert rep["footnotes"] == [] and rep["markers"] == []      # affiliation superscripts
    assert [p["code"] for p in rep["problems"]] == ["uncited-entry"]


def test_markdown_footnotes():
    rep = report("makalah_markdown.md")
    assert [n["number"] for n in rep["footnotes"]] == [1, "habermas-kritik", 3]
    assert len(rep["items"]) == 3 and rep["problems"] == []


def test_pdf_text_with_plain_digit_markers():
    rep = report("bab2_teks_pdf.txt")
    assert [(m["number"], m["line"]) for m in rep["markers"]] == [(1, 7), (2, 8), (3, 8), (4, 16), (5, 17)]
    assert [c["form"] for n in rep["footnotes"] for c in n["cites"]] == ["full", "full", "full", "ibid", "short"]
    assert len(rep["items"]) == 3 and rep["problems"] == []


def test_ieee_numeric():
    rep = report("ieee_paper.txt")
    assert [len(c["ids"]) for c in rep["intext"]] == [1, 3, 2]
    assert {i["type"] for i in rep["items"]} >= {"book", "article-journal", "paper-conference"}


def test_law_skripsi_with_codes_decisions_and_numbered_list():
    rep = report("skripsi_hukum.txt")
    types = {i["id"]: i["type"] for i in rep["items"]}
    assert sorted(set(types.values())) == ["book", "legal_case", "legislation", "webpage"]
    cites = [[(c["form"], c["id"], c.get("locator")) for c in n["cites"]] for n in rep["footnotes"]]
    assert len(cites[2]) == 2                                   # two works in one note
    satrio = cites[2][1][1]
    assert cites[3] == [("opcit", satrio, "25")] and cites[4] == [("ibid", satrio, "30")]
    kuhper = next(i for i in rep["items"] if i["title"].startswith("Kitab Undang-Undang"))
    assert [n["family"] for n in kuhper["translator"]] == ["Subekti", "Tjitrosudibio"] and "author" not in kuhper
    assert [b["line"] for b in rep["bibliography"]][:1] == [29]
    assert {p["code"] for p in rep["problems"]} == {"uncited-entry"}
