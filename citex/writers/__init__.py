"""Output writers: each turns CSL-JSON items into one output format."""
from __future__ import annotations

from .biblatex import to_biblatex
from .bibtex import to_bibtex
from .csl_json import to_csl_json
from .ris import to_ris

__all__ = ["to_biblatex", "to_bibtex", "to_csl_json", "to_ris"]
