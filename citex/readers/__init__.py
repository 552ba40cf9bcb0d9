"""Input readers: each turns a file (or stdin) into a :class:`citex.models.Document`."""
from __future__ import annotations

from .text import DEFAULT_MAX_SIZE, decode, read_document

__all__ = ["DEFAULT_MAX_SIZE", "decode", "read_document"]
