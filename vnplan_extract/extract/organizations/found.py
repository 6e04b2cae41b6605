"""A body mention found in the normalized text."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Found:
    """A body mention: normalized offsets, the family that matched it, its canonical name."""

    start: int
    end: int
    family: str
    name: str
