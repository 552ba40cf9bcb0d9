"""bibtex and biber, the tools LaTeX users run, read citex's BibTeX and BibLaTeX without errors."""
from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import sample_paths
from test_writers import HOSTILE_TITLES

from citex import extract, read_document
from citex.writers import to_biblatex, to_bibtex

BIBTEX, BIBER = shutil.which("bibtex"), shutil.which("biber")


def _hostile_items():
    return [{"id": f"h{i}", "type": "book", "title": title, "author": [{"family": "O'Brien {x}", "given": "A. & B."}],
             "publisher": "P\\ress % #", "issued": {"date-parts": [[2020]]}} for i, title in enumerate(HOSTILE_TITLES)]


def _cases():
    return [(p.name, lambda p=p: extract(read_document(str(p))).items) for p in sample_paths()] + [
        ("hostile titles", _hostile_items)]


@pytest.mark.skipif(BIBTEX is None, reason="bibtex is not installed (.ci/run installs it)")
@pytest.mark.parametrize("name,items", _cases(), ids=[c[0] for c in _cases()])
def test_bibtex_reads_it(name, items, tmp_path):
    (tmp_path / "refs.bib").write_text(to_bibtex(items()), encoding="utf-8")
    (tmp_path / "doc.aux").write_text("\\citation{*}\n\\bibdata{refs}\n\\bibstyle{plain}\n", encoding="utf-8")
    done = subprocess.run([BIBTEX, "doc"], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    log = (tmp_path / "doc.blg").read_text(encoding="utf-8", errors="replace")
    assert done.returncode == 0 and "error message" not in log, log


@pytest.mark.skipif(BIBER is None, reason="biber is not installed (.ci/run installs it)")
@pytest.mark.parametrize("name,items", _cases(), ids=[c[0] for c in _cases()])
def test_biber_reads_it(name, items, tmp_path):
    (tmp_path / "refs.bib").write_text(to_biblatex(items()), encoding="utf-8")
    done = subprocess.run([BIBER, "--tool", "--output-file", "out.bib", "refs.bib"], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "ERROR" not in done.stdout + done.stderr, done.stdout + done.stderr
