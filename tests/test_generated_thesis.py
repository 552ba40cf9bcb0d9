"""The benchmark's generated thesis read back: the pipeline must find exactly what was written."""
import collections

import pytest

from citex.bench import make_thesis
from citex.extract import extract
from citex.models import Document
from citex.report import build_report


@pytest.mark.parametrize("seed", [5, 300])
def test_generated_thesis_gives_each_listed_work_once_and_resolves_every_note(seed):
    text = make_thesis(seed)
    report = build_report(extract(Document.from_text(text)))
    listed = text.split("DAFTAR PUSTAKA", 1)[1].strip().splitlines()
    full_notes = [line for line in text.splitlines() if "(" in line and line[:1] in "¹²³⁴⁵⁶⁷⁸⁹"]
    assert len(report["items"]) == len(listed) == len(report["bibliography"]) == 80
    forms = collections.Counter(c["form"] for note in report["footnotes"] for c in note["cites"])
    assert sum(forms.values()) == len(report["footnotes"]) == 150
    assert forms["full"] == len(full_notes)
    # every note's work is a listed work, and only never-cited entries are reported
    assert all(c.get("id") for note in report["footnotes"] for c in note["cites"])
    codes = collections.Counter(p["code"] for p in report["problems"])
    cited = {c["id"] for note in report["footnotes"] for c in note["cites"]}
    assert codes == collections.Counter({"uncited-entry": len(listed) - len(cited)})
