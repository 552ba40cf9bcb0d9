"""Real consumers read every output format: pybtex, bibtexparser, rispy, pandoc and its citeproc."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import sample_paths
from helpers import assert_bibtex_valid

from citex import extract, read_document
from citex.writers import to_biblatex, to_bibtex, to_csl_json, to_ris

PANDOC = shutil.which("pandoc")
needs_pandoc = pytest.mark.skipif(PANDOC is None, reason="pandoc is not installed (.ci/run installs it)")


def _items(path):
    return extract(read_document(str(path))).items


@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_biblatex_and_ris_are_read(path):
    items = _items(path)
    assert_bibtex_valid(to_biblatex(items), expected_entries=len(items))
    rispy = pytest.importorskip("rispy")
    records = rispy.loads(to_ris(items))
    assert len(records) == len(items)
    assert [r.get("id") for r in records] == [i["id"] for i in items]
    for record, item in zip(records, items):
        if item.get("title"):
            assert record["title"] == " ".join(item["title"].split())


@needs_pandoc
@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
@pytest.mark.parametrize("fmt,reader", [("bibtex", "bibtex"), ("biblatex", "biblatex"), ("ris", "ris"),
                                        ("csljson", "csljson")])
def test_pandoc_reads_every_format(path, fmt, reader, tmp_path):
    formats = subprocess.run([PANDOC, "--list-input-formats"], capture_output=True, text=True).stdout.split()
    if reader not in formats:
        pytest.skip(f"this pandoc cannot read {reader} (pandoc reads RIS from version 3)")
    items = _items(path)
    text = {"bibtex": to_bibtex, "biblatex": to_biblatex, "ris": to_ris, "csljson": to_csl_json}[fmt](items)
    source = tmp_path / f"refs.{fmt}"
    source.write_text(text, encoding="utf-8")
    done = subprocess.run([PANDOC, "-f", reader, "-t", "csljson", str(source)], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == len(items)


@needs_pandoc
@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_citeproc_renders_every_item(path, tmp_path):
    items = _items(path)
    bib = tmp_path / "refs.json"
    bib.write_text(to_csl_json(items), encoding="utf-8")
    doc = tmp_path / "doc.md"
    doc.write_text(" ".join(f"[@{item['id']}]" for item in items) + "\n", encoding="utf-8")
    done = subprocess.run([PANDOC, "--citeproc", "--bibliography", str(bib), "-t", "plain", str(doc)],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "not found" not in done.stderr and "WARNING" not in done.stderr, done.stderr


CITATION_JS = os.environ.get("CITEX_CITATION_JS") or str(Path(__file__).resolve().parent.parent / ".ci" / "node" /
                                                          "node_modules")
READ_RIS = """
const {Cite} = require('@citation-js/core'); require('@citation-js/plugin-ris');
const text = require('fs').readFileSync(process.argv[1], 'utf8');
const data = new Cite(text, {forceType: '@ris/file'}).data;
console.log(JSON.stringify(data.map(item => ({id: item.id, title: item.title}))));
"""


@pytest.mark.skipif(not (shutil.which("node") and os.path.isdir(os.path.join(CITATION_JS, "@citation-js", "plugin-ris"))),
                    reason="citation-js is not installed (.ci/run installs it with npm)")
@pytest.mark.parametrize("path", sample_paths(), ids=lambda p: p.name)
def test_citation_js_reads_ris(path, tmp_path):
    items = _items(path)
    source = tmp_path / "refs.ris"
    source.write_text(to_ris(items), encoding="utf-8")
    done = subprocess.run(["node", "-e", READ_RIS, str(source)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NODE_PATH": CITATION_JS})
    assert done.returncode == 0, done.stderr
    read = json.loads(done.stdout)
    assert [r["id"] for r in read] == [i["id"] for i in items]
