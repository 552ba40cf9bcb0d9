"""One-line factories and validators used by several test modules."""
from __future__ import annotations

import bibtexparser
import jsonschema
from pybtex.database import parse_string


def name(family: str, given: str | None = None) -> dict:
    return {"family": family, "given": given} if given else {"family": family}


def literal(text: str) -> dict:
    return {"literal": text}


def year(y: int, *rest: int) -> dict:
    return {"date-parts": [[y, *rest]]}


def assert_bibtex_valid(text: str, expected_entries: int | None = None) -> None:
    """pybtex and bibtexparser both read it, with unique keys and nothing dropped."""
    data = parse_string(text, "bibtex")
    library = bibtexparser.parse_string(text)
    assert not library.failed_blocks, [b.error for b in library.failed_blocks]
    keys = [entry.key for entry in library.entries]
    assert len(keys) == len(set(keys))
    assert len(data.entries) == len(library.entries)
    if expected_entries is not None:
        assert len(data.entries) == expected_entries
    assert text.count("{") == text.count("}")


def assert_csl_valid(items: list[dict], schema: dict) -> None:
    jsonschema.validate(items, schema)
    ids = [item["id"] for item in items]
    assert len(ids) == len(set(ids))


def load_scorer(shared):
    """The workspace's score.py as a module (tests that use it need ../shared)."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("score", shared / "tools" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
