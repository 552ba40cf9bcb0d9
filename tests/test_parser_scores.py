"""The parser's figures, measured as the issue measures them: `citex parse LINES --format
csljson` scored by the workspace's score_refs.py (needs ../shared and the trained model).

The floors sit a little under today's figures (gold-heldout 0.961, refs-dev 0.985), so that a
change which costs accuracy fails here rather than on the maintainers' held-back sets.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SHARED, requires_shared

from citex.labeller.tagger import model_available

pytestmark = [requires_shared,
              pytest.mark.skipif(not model_available(), reason="needs python-crfsuite and the shipped model")]

SCORE_REFS = SHARED / "tools" / "score_refs.py"
HELDOUT = SHARED / "data" / "anystyle" / "parser" / "gold-heldout.xml"
REFS_DEV = SHARED / "gold" / "dev" / "refs-dev.jsonl"


def _score(gold, tmp_path) -> dict:
    lines = subprocess.run([sys.executable, str(SCORE_REFS), "lines", str(gold)], check=True,
                           capture_output=True, text=True, encoding="utf-8").stdout
    refs = tmp_path / "refs.txt"
    refs.write_text(lines, encoding="utf-8")
    parsed = subprocess.run([sys.executable, "-m", "citex", "parse", str(refs), "--format", "csljson"],
                            check=True, capture_output=True, text=True, encoding="utf-8").stdout
    predictions = tmp_path / "pred.json"
    predictions.write_text(parsed, encoding="utf-8")
    assert len(json.loads(parsed)) == len(lines.splitlines())   # one item per line, in order
    scored = subprocess.run([sys.executable, str(SCORE_REFS), "score", str(gold), str(predictions), "--json"],
                            check=True, capture_output=True, text=True, encoding="utf-8").stdout
    return json.loads(scored)


@pytest.mark.parametrize("gold,f1_floor,exact_floor", [
    (HELDOUT, 0.955, 0.76),   # the targets: 0.93 and 60%
    (REFS_DEV, 0.975, 0.90),  # Indonesian and mixed styles; the target 0.90
], ids=["gold-heldout", "refs-dev"])
def test_parser_figures(gold, f1_floor, exact_floor, tmp_path):
    result = _score(gold, tmp_path)
    assert result["micro"]["f1"] >= f1_floor
    assert result["exact"] >= exact_floor
