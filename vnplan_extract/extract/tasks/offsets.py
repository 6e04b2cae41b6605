"""Source offsets (sections, time expressions, organization mentions) in normalized terms.

Tasks are found on the flow view (normalized offsets); the items they build on carry source
offsets. A source range maps to the normalized characters that stand for it.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from vnplan_extract.context import Context


@dataclass(frozen=True)
class SourceMap:
    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, ctx: Context) -> SourceMap:
        # Both lists are non-decreasing: normalization keeps the order of the text.
        return cls(ctx.norm.starts, ctx.norm.ends)

    def to_norm(self, start: int, end: int) -> tuple[int, int]:
        """The normalized range covering source ``[start, end)``."""
        s = bisect_left(self.ends, start + 1)
        e = bisect_right(self.starts, end - 1) if end > start else s
        return s, max(s, e)
