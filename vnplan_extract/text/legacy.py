"""Legacy 8-bit Vietnamese font encodings (TCVN3/ABC, VNI) to Unicode (built with issue 7)."""

from __future__ import annotations

from typing import Literal


def detect_and_convert(text: str) -> tuple[str, Literal["tcvn3", "vni"]] | None:
    """``(unicode_text, name)`` when ``text`` is legacy-encoded; ``None`` otherwise."""
    return None
