"""citex: find, parse, resolve and check the citations of theses and papers.

The public verbs, in pipeline order::

    document = read_document("skripsi.txt")     # decode and clean a text or Markdown file
    extraction = extract(document)              # notes, list, works, resolution, problems
    reference = parse_reference("Haris. A, Gelombang Migrasi, 2005")   # one string -> fields
    to_bibtex(extraction.items), to_csl_json(extraction.items)         # outputs
"""
from __future__ import annotations

__version__ = "0.1.0"

from .errors import CitexError  # noqa: E402
from .extract import Extraction, extract  # noqa: E402
from .parse import parse_reference  # noqa: E402
from .readers import read_document  # noqa: E402
from .report import build_report  # noqa: E402
from .writers import to_bibtex, to_csl_json  # noqa: E402

__all__ = ["CitexError", "Extraction", "__version__", "build_report", "extract", "parse_reference",
           "read_document", "to_bibtex", "to_csl_json"]
