"""Label the tokens of a reference string with the shipped CRF model."""
from __future__ import annotations

import functools
from pathlib import Path

from .features import sequence_features

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "parser.crfsuite"


@functools.lru_cache(maxsize=4)
def load_tagger(path: str = str(MODEL_PATH)):
    """The crfsuite tagger for a model file, opened once per process."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


@functools.lru_cache(maxsize=4)
def model_available(path: Path = MODEL_PATH) -> bool:
    """Can references be labelled? (Asked once per process: it is asked for every reference.)"""
    try:
        import pycrfsuite  # noqa: F401
    except ImportError:
        return False
    return path.exists()


def label(text: str, path: Path = MODEL_PATH) -> tuple[list[tuple[int, int, str]], list[str]]:
    """Tokens of ``text`` and their labels."""
    tokens, features = sequence_features(text)
    if not tokens:
        return [], []
    return tokens, load_tagger(str(path)).tag(features)
