"""Train the reference labeller: ``python -m citex.labeller.train SHARED_DIR [-o MODEL]``.

Training data: AnyStyle's labelled references (``core.xml``, ``good.xml``, ``ugly.xml``,
``bad.xml`` under ``SHARED_DIR/data/anystyle/parser``) minus every reference that also occurs
in ``gold.xml`` (the test set), plus synthetic Indonesian references from
:mod:`citex.labeller.synthetic` (fixed seed). The same command always builds the same model.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from .features import sequence_features

TRAINING_FILES = ("core.xml", "good.xml", "ugly.xml", "bad.xml")
DEFAULT_MODEL = Path(__file__).resolve().parent.parent / "data" / "parser.crfsuite"
SEED = 20261122

# crfsuite settings: L-BFGS with elastic-net regularisation.
TRAINER_PARAMS = {"c1": 0.05, "c2": 0.005, "max_iterations": 100, "feature.possible_transitions": True}


def _norm(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKC", text).casefold() if ch.isalnum())


def load_anystyle(path: Path) -> list[list[tuple[str, str]]]:
    """[[(text, tag), ...] per reference] from an AnyStyle parser XML file."""
    sequences = []
    for seq in ET.parse(path).getroot().iter("sequence"):
        parts = []
        for element in seq:
            text = " ".join((element.text or "").split())
            if text:
                parts.append((text, element.tag))
        if parts:
            sequences.append(parts)
    return sequences


def to_training_pair(parts: list[tuple[str, str]]) -> tuple[list[list[str]], list[str]]:
    text = " ".join(t for t, _ in parts)
    labels = []
    for chunk, tag in parts:
        labels.extend([tag] * len(chunk.split()))
    _, features = sequence_features(text)
    assert len(features) == len(labels), text
    return features, labels


def training_sequences(shared: Path, synthetic: int) -> list[list[tuple[str, str]]]:
    parser_dir = shared / "data" / "anystyle" / "parser"
    held_out = {_norm(" ".join(t for t, _ in parts)) for parts in load_anystyle(parser_dir / "gold.xml")}
    sequences = []
    for name in TRAINING_FILES:
        for parts in load_anystyle(parser_dir / name):
            if _norm(" ".join(t for t, _ in parts)) not in held_out:
                sequences.append(parts)
    if synthetic:
        from .synthetic import generate
        sequences.extend(generate(synthetic, random.Random(SEED)))
    return sequences


def main(argv: list[str] | None = None) -> int:
    import pycrfsuite

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("shared", type=Path, help="the workspace's shared/ folder")
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_MODEL)
    parser.add_argument("--synthetic", type=int, default=4000, help="synthetic Indonesian references")
    parser.add_argument("--iterations", type=int, default=TRAINER_PARAMS["max_iterations"])
    args = parser.parse_args(argv)
    started = time.time()
    sequences = training_sequences(args.shared, args.synthetic)
    trainer = pycrfsuite.Trainer(verbose=False)
    for parts in sequences:
        features, labels = to_training_pair(parts)
        trainer.append(features, labels)
    trainer.set_params({**TRAINER_PARAMS, "max_iterations": args.iterations})
    args.output.parent.mkdir(parents=True, exist_ok=True)
    temporary = args.output.with_suffix(".tmp")
    trainer.train(str(temporary))
    temporary.replace(args.output)
    print(f"trained on {len(sequences)} references in {time.time() - started:.0f} s -> {args.output}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
