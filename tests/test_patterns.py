"""Every worked example written above a pattern in citex/patterns.py is matched by it."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from citex import patterns

SOURCE = Path(patterns.__file__).read_text(encoding="utf-8")


def _examples():
    found = []
    comment: list[str] = []
    for line in SOURCE.splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            comment.append(stripped.lstrip("# "))
            continue
        assigned = re.match(r"([A-Z_]+_RE) = ", stripped)
        if assigned and comment:
            # examples are the double-quoted strings before any "(...)" remark
            for example in re.findall(r'"((?:[^"\\]|\\.)+)"', " ".join(comment)):
                found.append((assigned.group(1), example.replace('\\"', '"')))
        if not stripped.startswith("#"):
            comment = []
    return found


EXAMPLES = _examples()


def test_examples_were_found():
    assert len(EXAMPLES) > 40


@pytest.mark.parametrize("name,example", EXAMPLES, ids=[f"{n}:{e[:30]}" for n, e in EXAMPLES])
def test_example_matches(name, example):
    pattern = getattr(patterns, name)
    assert pattern.search(example.replace("...", "").replace("…", "").strip()), (name, example)
