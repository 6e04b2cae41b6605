"""What the pipeline stages share while one document is parsed.

A stage reads the normalized text (``ctx.norm``) and what earlier stages found, and returns
models whose offsets are already mapped back to ``ctx.source`` through :meth:`Context.span`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from vnplan_extract.models import Metadata, Reference, Section, TimeExpression
from vnplan_extract.text.normalize import NormalizedText


@dataclass
class Context:
    norm: NormalizedText
    metadata: Metadata = field(default_factory=Metadata)
    sections: list[Section] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    time_expressions: list[TimeExpression] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Where the plan's body starts and ends in the normalized text (after the header, before
    # the signature), set by the structure stages.
    body_start: int = 0
    body_end: int | None = None
    # Where the signature and recipients block ends: attachments (an outline, appendices) follow.
    signature_end: int | None = None

    @property
    def source(self) -> str:
        return self.norm.source

    @property
    def text(self) -> str:
        """The normalized text with line structure."""
        return self.norm.text

    @property
    def flow(self) -> str:
        """The normalized text with layout line breaks turned into spaces (same offsets)."""
        return self.norm.flow

    @property
    def anchor_date(self) -> dt.date | None:
        """The document's own date: where a missing year or month of an expression comes from."""
        return self.metadata.issued_date

    def span(self, start: int, end: int) -> dict[str, int | str]:
        """Source ``start``/``end``/``text`` of a normalized ``[start, end)``, for a model."""
        s, e = self.norm.to_source(start, end)
        return {"start": s, "end": e, "text": self.norm.source[s:e]}
