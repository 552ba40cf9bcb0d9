"""Output writers: each turns CSL-JSON items into one output format."""
from __future__ import annotations

from .bibtex import to_bibtex
from .csl_json import to_csl_json

__all__ = ["to_bibtex", "to_csl_json"]
