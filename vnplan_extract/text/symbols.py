"""Document numbers and symbols (``Số 83-KH/TU``, ``Số: 552/KH-UBND``) in their normal form."""

from __future__ import annotations

import regex

_DASHES = regex.compile(r"\s*[-‐‑‒–—−]\s*")
_SLASH = regex.compile(r"\s*/\s*")
# Party form without its hyphen: ``08 HD/ĐU`` is ``08-HD/ĐU``.
_PARTY_NO_DASH = regex.compile(r"^(\d+)\s+(\p{Lu}[\p{L}&]*/)")
# Party symbols write the centre as TW and a province as TU; an OCR ``TƯ`` is ``TU``.
_OCR_TU = regex.compile(r"/TƯ\b")


def normalize_number(raw: str) -> str:
    """``12 – HD/HU`` → ``12-HD/HU``; ``3210/QĐ - UBND`` → ``3210/QĐ-UBND``;
    ``84-KH/TƯ`` → ``84-KH/TU``."""
    s = " ".join(raw.split())
    s = _PARTY_NO_DASH.sub(r"\1-\2", s)
    s = _DASHES.sub("-", s)
    s = _SLASH.sub("/", s)
    s = _OCR_TU.sub("/TU", s)
    return s.strip(" .,;:")
