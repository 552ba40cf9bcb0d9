"""Benchmarks, run on demand: ``python -m citex.bench parse [FILE]`` and ``python -m citex.bench extract``.

``parse`` times the reference parser alone on one reference per line (by default the
references of the bundled samples, repeated); ``extract`` times the whole pipeline on a
generated thesis-sized document. Figures go to stdout; nothing here runs in the tests.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _sample_references() -> list[str]:
    from .bibliography import split_entries
    from .footnotes import find_notes
    from .readers import read_document
    from .sections import find_layout

    refs = []
    for path in sorted(SAMPLES.glob("*.*")):
        doc = read_document(str(path))
        layout = find_layout(doc)
        refs += [e.text for e in split_entries(doc, layout)]
        refs += [n.text for n in find_notes(doc, layout).footnotes]
    return refs


def bench_parse(lines: list[str], rounds: int = 3) -> dict:
    from .parse import parse_reference

    parse_reference(lines[0])  # load the model outside the timing
    rates = []
    for _ in range(rounds):
        started = time.perf_counter()
        for line in lines:
            parse_reference(line)
        rates.append(len(lines) / (time.perf_counter() - started))
    return {"references": len(lines), "refs_per_second": round(statistics.median(rates))}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", choices=("parse",))
    parser.add_argument("file", nargs="?", help="one reference per line (default: the samples' references)")
    args = parser.parse_args(argv)
    if args.file:
        lines = [l.strip() for l in Path(args.file).read_text(encoding="utf-8").splitlines() if l.strip()]
    else:
        lines = _sample_references() * 20
    result = bench_parse(lines)
    print(result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
