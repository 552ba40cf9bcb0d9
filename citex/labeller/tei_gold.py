"""Turn TEI-labelled reference strings (GROBID's citation training corpus, ``<bibl>`` elements
with ``<author>``, ``<title level="a|j|m|s">``, ``<biblScope>``, ``<date>``, ...) into the
JSON lines ``score_refs.py`` scores: {"text": ..., "gold": {CSL field: value}}.

    python -m citex.labeller.tei_gold FILE.xml ... > gold.jsonl
    python3 ../shared/tools/score_refs.py lines gold.jsonl > refs.txt
    citex parse refs.txt --format csljson > pred.json
    python3 ../shared/tools/score_refs.py score gold.jsonl pred.json

Evaluation only: the parser is never trained on what this reads.
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET

_SCOPES = {"volume": "volume", "vol": "volume", "issue": "issue", "page": "page", "pp": "page"}
_EDGES = " ,.;:"


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split())


def gold_of(bibl) -> dict:
    """CSL fields of one ``<bibl>``: an analytic title (level a) is the title and the journal
    or book it appears in the container; a monograph alone is the title."""
    gold: dict = {}
    titles: dict[str, str] = {}
    for element in bibl:
        value = _text(element).strip(_EDGES)
        tag = element.tag.rsplit("}", 1)[-1]
        if not value:
            continue
        if tag == "author":
            gold["author"] = f"{gold['author']} {value}" if "author" in gold else value
        elif tag == "editor":
            gold.setdefault("editor", value)
        elif tag == "title":
            titles.setdefault(element.get("level") or "m", value)
        elif tag == "date":
            gold.setdefault("issued", value)
        elif tag == "publisher":
            gold.setdefault("publisher", value)
        elif tag == "pubPlace":
            gold.setdefault("publisher-place", value)
        elif tag == "biblScope":
            field = _SCOPES.get(element.get("unit") or element.get("type") or "")
            if field:
                gold.setdefault(field, value)
        elif tag == "ptr":
            gold.setdefault("URL", value.replace(" ", ""))
    if "a" in titles:
        gold["title"] = titles["a"]
        container = titles.get("j") or titles.get("m")
        if container:
            gold["container-title"] = container
    elif "m" in titles:
        gold["title"] = titles["m"]
        if "j" in titles:
            gold["container-title"] = titles["j"]
    elif "j" in titles:
        gold["container-title"] = titles["j"]
    elif "s" in titles:
        gold["title"] = titles["s"]
    return gold


def read_tei(text: str) -> list[dict]:
    root = ET.fromstring(text)
    return [{"text": _text(bibl), "gold": gold_of(bibl)}
            for bibl in root.iter() if bibl.tag.rsplit("}", 1)[-1] == "bibl" and _text(bibl)]


def main(argv: list[str] | None = None) -> int:
    paths = sys.argv[1:] if argv is None else argv
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                rows = read_tei(handle.read())
        except (OSError, ET.ParseError) as error:
            print(f"{path}: {error}", file=sys.stderr)
            return 2
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
