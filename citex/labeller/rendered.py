"""Score the parser on real metadata rendered through real citation styles (evaluation only).

    python -m citex.labeller.rendered SHARED_DIR [--style NAME]

The Indonesian theses' .bib files in ``SHARED_DIR/data/indonesian-bib`` are rendered with
pandoc's citeproc through every CSL style in ``SHARED_DIR/data/csl-styles`` (Indonesian
university styles included); each rendered entry is parsed and scored with
``SHARED_DIR/tools/score_refs.py`` against the fields the style printed. Needs pandoc.
Nothing is written into the project: most of those .bib files carry no licence, so they
serve as test material only and the model is never trained on them.
"""
from __future__ import annotations

import argparse
import html
import json
import subprocess
import sys
import tempfile
from pathlib import Path

import regex

from ..parse import parse_reference
from ..works import alnum

_ENTRY_RE = regex.compile(r'<div id="ref-([^"]+)"[^>]*>(.*?)(?=<div id="ref-|</div>\s*</div>\s*$|\Z)', regex.S)
_MARGIN_RE = regex.compile(r'<div class="csl-left-margin">.*?</div>', regex.S)
_TAG_RE = regex.compile(r"<[^>]+>")
_LINK_RE = regex.compile(r"(?:https?://|doi:\s?|DOI:\s?|10\.\d{4,9}/)\S+")
_GOLD_FIELDS = ("author", "editor", "title", "container-title", "publisher", "publisher-place", "issued",
                "volume", "issue", "page", "URL", "DOI", "type", "edition")


def load_items(shared: Path) -> list[dict]:
    """CSL items of every .bib file (pandoc reads BibTeX and BibLaTeX); a key-less entry is
    given one, as the file would not parse otherwise."""
    items = []
    for number, bib in enumerate(sorted((shared / "data" / "indonesian-bib").glob("*/*.bib"))):
        text = regex.sub(r"@(\w+)\{,", rf"@\1{{nokey{number},", bib.read_text(encoding="utf-8"))
        done = subprocess.run(["pandoc", "-f", "biblatex", "-t", "csljson"], input=text,
                              capture_output=True, text=True, check=True)
        for item in json.loads(done.stdout):
            item["id"] = f"{number}-{item['id']}"
            items.append(item)
    return [i for i in items if i.get("title") and (i.get("issued") or {}).get("date-parts")]


def render(items: list[dict], style: Path) -> list[tuple[str, dict]]:
    """(rendered string, its item) for each item, through one style."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as data:
        json.dump(items, data)
        data.flush()
        done = subprocess.run(["pandoc", "--citeproc", f"--bibliography={data.name}", f"--csl={style}",
                               "-t", "html", "--wrap=none", "-M", "lang=id-ID"],
                              input="---\nnocite: '@*'\n---\n", capture_output=True, text=True, check=False)
    if done.returncode:
        return []     # a dependent style that would fetch its parent from the network
    by_id = {item["id"]: item for item in items}
    out = []
    for found in _ENTRY_RE.finditer(done.stdout):
        text = " ".join(html.unescape(_TAG_RE.sub("", _MARGIN_RE.sub("", found.group(2)))).split())
        out.append((text, by_id[found.group(1)]))
    return out


def printed_gold(text: str, item: dict) -> dict | None:
    """The item's fields as far as the style printed them (a style may leave out the URL or
    write given names as initials): what a parser can be asked to find."""
    printed = alnum(text)
    without_links = _LINK_RE.sub(" ", text)
    gold = {}
    for key in _GOLD_FIELDS:
        if key not in item:
            continue
        if key in ("author", "editor"):
            names = []
            for name in item[key]:
                family = name.get("family") or name.get("literal") or ""
                if alnum(family) not in printed:
                    continue
                name = {k: v for k, v in name.items() if k in ("family", "given", "literal")}
                if name.get("given") and alnum(name["given"]) not in printed:
                    letters = [w[0] for w in name["given"].replace("-", " ").split() if w[:1].isalpha()]
                    forms = [" ".join(f"{c}." for c in letters), "".join(f"{c}." for c in letters), "".join(letters)]
                    name["given"] = next((f for f in forms if f"{family} {f}" in text or f"{f} {family}" in text),
                                         forms[0])
                names.append(name)
            if names:
                gold[key] = names
        elif key == "issued":
            gold[key] = str(item[key]["date-parts"][0][0])
        elif key in ("volume", "issue", "page"):
            # a number counts as printed when it stands on its own outside the links ("2" inside
            # "komputa.v1i2.59" is not the issue)
            first = regex.split(r"[-–]", str(item[key]))[0].strip()
            found = first and regex.search(rf"(?<![\p{{L}}\d]){regex.escape(first)}(?!\d)(?:[ ]?[-–][ ]?(\d+))?",
                                           without_links)
            if found:
                # pages as printed: citeproc may shorten "751-755" to "751–55"
                gold[key] = f"{first}-{found.group(1)}" if key == "page" and found.group(1) else item[key]
        elif key == "type" or alnum(item[key]) in printed:
            gold[key] = item[key]
    return gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("shared", type=Path, help="the workspace's shared/ folder")
    parser.add_argument("--style", help="score only this style (file name without .csl), and show its fields")
    args = parser.parse_args(argv)
    items = load_items(args.shared)
    styles = sorted((args.shared / "data" / "csl-styles").rglob("*.csl"))
    with tempfile.TemporaryDirectory() as folder:
        for style in styles:
            if args.style and style.stem != args.style:
                continue
            rendered = render(items, style)
            if not rendered:
                continue
            gold_path, pred_path = Path(folder, "gold.jsonl"), Path(folder, "pred.json")
            with gold_path.open("w", encoding="utf-8") as gold:
                for text, item in rendered:
                    gold.write(json.dumps({"text": text, "style": style.stem, "gold": printed_gold(text, item)},
                                          ensure_ascii=False) + "\n")
            predictions = []
            for text, _ in rendered:
                reference = parse_reference(text, "entry")
                predictions.append({"id": "x", **{k: v for k, v in reference.fields.items() if not k.startswith("_")}})
            pred_path.write_text(json.dumps(predictions, ensure_ascii=False), encoding="utf-8")
            score = subprocess.run([sys.executable, str(args.shared / "tools" / "score_refs.py"), "score",
                                    str(gold_path), str(pred_path)], capture_output=True, text=True,
                                   check=True).stdout
            if args.style:
                print(score)
            micro = next((line for line in score.splitlines() if line.startswith("micro")), "")
            print(f"{style.stem[:48]:48s} {micro}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
