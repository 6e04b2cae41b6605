"""A mention found in the text, before mentions are grouped into entries (eyecite's "citation")."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

from vnplan_extract.models import DocType

Kind = Literal["numbered", "short", "named", "alias", "self"]


@dataclass
class Found:
    start: int  # the mention span in the normalized text
    end: int
    kind: Kind
    doc_type: DocType
    number: str | None = None  # normalized; for a short form the bare digits
    name: str | None = None  # unnumbered references: the normalized name
    issued_date: dt.date | None = None
    issuer: str | None = None
    term: str | None = None
    subject: str | None = None
    tail_end: int | None = None  # where the mention's date/issuer/term/subject end
    has_so: bool = True  # the short form was written with ``số`` (``Kết luận 52`` was not)
    target: Found | None = None  # kind "alias": the mention whose entry the alias names
    alias: str | None = None  # the short name an alias clause gives this mention's document
    known_only: bool = False  # a mention only of a document already named (``Luật phòng, ...``)

    @property
    def after(self) -> int:
        return self.tail_end if self.tail_end is not None else self.end

    def overlaps(self, other: Found) -> bool:
        return self.start < other.end and other.start < self.end
