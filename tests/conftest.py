"""Shared fixtures: the workspace's shared/ folder (gold, seeds) when it is there."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"
SCHEMA = Path(__file__).resolve().parent / "data" / "csl-data.json"

requires_shared = pytest.mark.skipif(
    not (SHARED / "gold" / "FORMAT.md").exists(),
    reason="needs ../shared (seeds, gold and scorers), which only the project workspace has")


@pytest.fixture(scope="session")
def csl_schema() -> dict:
    return json.loads(SCHEMA.read_text(encoding="utf-8"))


def sample_paths() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".md"))
