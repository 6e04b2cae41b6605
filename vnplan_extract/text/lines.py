"""Lines of a normalized view with their offsets."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    start: int  # offset of the first non-space character
    end: int  # offset after the last non-space character
    text: str  # the stripped line

    def __bool__(self) -> bool:
        return bool(self.text)


def iter_lines(view: str, start: int = 0, end: int | None = None) -> Iterator[Line]:
    """The lines of ``view[start:end]``, stripped, blank lines included (empty text)."""
    stop = len(view) if end is None else end
    pos = start
    while pos <= stop:
        nl = view.find("\n", pos, stop)
        line_end = stop if nl == -1 else nl
        raw = view[pos:line_end]
        lead = len(raw) - len(raw.lstrip())
        stripped = raw.strip()
        a = pos + lead
        yield Line(a, a + len(stripped), stripped)
        if nl == -1:
            break
        pos = nl + 1
