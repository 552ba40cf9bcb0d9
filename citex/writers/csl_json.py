"""CSL-JSON: an array of items valid against the CSL data schema."""
from __future__ import annotations

import json

from ..dates import csl_date_parts, written_date

# Fields citex produces that the schema knows; anything else stays out of the output.
CSL_FIELDS = ("id", "type", "author", "container-author", "editor", "translator", "title", "container-title",
              "collection-title", "collection-number", "publisher", "publisher-place", "issued", "original-date",
              "accessed", "year-suffix", "edition", "version", "volume", "number-of-volumes", "issue", "page", "URL",
              "DOI", "ISBN", "ISSN", "genre",
              "medium", "number", "note", "status", "original-title", "event-place", "archive", "archive_collection")

_NAME_KEYS = ("family", "given", "literal", "non-dropping-particle", "dropping-particle", "suffix")


def clean_item(item: dict) -> dict:
    """Only schema fields, with names and dates in their schema shapes."""
    out = {}
    for key in CSL_FIELDS:
        value = item.get(key)
        if value in (None, "", []):
            continue
        if key in ("author", "container-author", "editor", "translator"):
            value = [{k: v for k, v in name.items() if k in _NAME_KEYS and v} for name in value]
            value = [name for name in value if name]
            if not value:
                continue
        elif key in ("issued", "original-date", "accessed"):
            parts = csl_date_parts(value)
            if parts:
                value = {"date-parts": [parts[:3]]}
            elif written_date(value):
                value = {"literal": written_date(value)}     # "1414 H", a Hijri year as written
            else:
                continue
        else:
            value = str(value)
        out[key] = value
    return out


def to_csl_json(items: list[dict]) -> str:
    """CSL-JSON text for a list of items.

    >>> print(to_csl_json([{"id": "a", "type": "book", "title": "T", "_stub": True}]))
    [
      {
        "id": "a",
        "type": "book",
        "title": "T"
      }
    ]
    """
    return json.dumps([clean_item(item) for item in items], ensure_ascii=False, indent=2)
