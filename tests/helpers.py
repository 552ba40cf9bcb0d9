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


def reports_of_both(text_path, tmp_path, suffix: str, convert):
    """Reports of a text document and of the same document converted (to .docx, .pdf)."""
    from citex import build_report, extract, read_document

    converted = tmp_path / (text_path.stem + suffix)
    converted.write_bytes(convert(text_path.read_text(encoding="utf-8")))
    return (build_report(extract(read_document(str(text_path)))),
            build_report(extract(read_document(str(converted)))))


def gold_scores_of_both(shared, name: str, tmp_path, suffix: str, convert, renumber: bool = False):
    """Scores (ignoring lines) of a gold document's text and converted versions.

    ``renumber``: Word numbers notes straight through the document where the text restarted
    them per chapter, so the converted version is scored against the gold renumbered so."""
    import json

    score = load_scorer(shared)
    gold = json.loads((shared / "gold" / f"{name}.gold.json").read_text(encoding="utf-8"))
    as_text, as_other = reports_of_both(shared / gold["document"], tmp_path, suffix, convert)
    other_gold = gold
    if renumber:
        other_gold = dict(gold, footnotes=[dict(n, number=i) for i, n in enumerate(gold["footnotes"], start=1)],
                          markers=[dict(m, number=i) for i, m in enumerate(gold["markers"], start=1)])
    return (score.score_document(gold, as_text, ignore_lines=True),
            score.score_document(other_gold, as_other, ignore_lines=True))
