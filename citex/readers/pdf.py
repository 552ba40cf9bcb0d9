"""PDF input needs a layout-aware PDF library; until it is installed, a clear message."""
from __future__ import annotations

from ..errors import CitexError
from ..models import Document


def read_pdf(data: bytes, path: str, max_size: int) -> Document:
    raise CitexError("PDF input is not supported yet: convert it to text first "
                     "(for example with pdftotext -layout), then run citex on the text", path)
