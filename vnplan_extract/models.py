"""The output contract of vnplan_extract (``spec/OUTPUT.md``) as pydantic v2 models.

This module is the single source of truth for field names and value formats. Every item found in
the text carries ``start``/``end``/``text`` with ``doc.text[start:end] == text``; those offsets are
into :attr:`PlanDocument.text`, the decoded input with nothing else changed.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:  # pragma: no cover - typing only
    import pandas as pd

SCHEMA_VERSION = "1"

DocType = Literal[
    "ke_hoach",
    "chuong_trinh",
    "huong_dan",
    "nghi_quyet",
    "ket_luan",
    "chi_thi",
    "quyet_dinh",
    "quy_dinh",
    "quy_che",
    "thong_bao",
    "thong_tri",
    "bao_cao",
    "cong_van",
    "to_trinh",
    "de_an",
    "de_cuong",
    "luat",
    "nghi_dinh",
    "thong_tu",
    "phap_lenh",
    "other",
]

SectionKind = Literal[
    "purpose_requirements",
    "purpose",
    "requirements",
    "situation",
    "viewpoints",
    "objectives",
    "content",
    "tasks_solutions",
    "specific_tasks",
    "form_schedule",
    "implementation",
    "outline",
    "appendix",
    "other",
]

TimeType = Literal["DATE", "DURATION", "SET"]
TimeMod = Literal["BEFORE", "ON_OR_BEFORE", "ON_OR_AFTER", "START", "MID", "END"]
TimeKind = Literal["deadline", "start", "period", "recurring", "continuous", "date", "duration"]
Role = Literal["lead", "coordinate", "execute"]


class _Model(BaseModel):
    # Unknown keys are an error: a typo in a gold file or a prediction must not pass silently.
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A stretch of ``PlanDocument.text``: ``text == doc.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Source(_Model):
    path: str | None = None
    sha256: str
    format: str = "txt"
    encoding: str = "utf-8"
    legacy_encoding: Literal["tcvn3", "vni"] | None = None


class Signer(_Model):
    authority: str | None = None
    position: str | None = None
    name: str | None = None


class Recipient(Span):
    name: str
    note: str | None = None
    archive: bool = False


class Metadata(_Model):
    doc_type: DocType | None = None
    number: str | None = None
    issuer: str | None = None
    place: str | None = None
    issued_date: dt.date | None = None
    title: str | None = None
    signer: Signer = Field(default_factory=Signer)
    recipients: list[Recipient] = Field(default_factory=list)
    # Where each header field was read: field name ("doc_type", "number", "issuer", "place",
    # "issued_date", "title", "signer") -> its span. More than the contract asks, so that every
    # extracted value can be traced back to the text.
    spans: dict[str, Span] = Field(default_factory=dict)


class Section(Span):
    id: str
    label: str
    heading: str
    kind: SectionKind
    level: int = Field(ge=1)
    parent: str | None = None


class Mention(Span):
    pass


class Reference(_Model):
    id: str
    doc_type: DocType
    number: str | None = None
    issued_date: dt.date | None = None
    issuer: str | None = None
    term: str | None = None
    name: str | None = None
    subject: str | None = None
    alias: str | None = None
    is_self: bool = False
    mentions: list[Mention] = Field(default_factory=list)


class TimeExpression(Span):
    id: str
    type: TimeType | None = None
    value: str | None = None
    mod: TimeMod | None = None
    kind: TimeKind
    earliest: dt.date | None = None
    latest: dt.date | None = None
    frequency: str | None = None


class Organization(_Model):
    name: str
    mentions: list[Mention] = Field(default_factory=list)


class Assignee(Span):
    name: str
    role: Role


class Task(Span):
    id: str
    section: str | None = None
    action: str | None = None
    assignees: list[Assignee] = Field(default_factory=list)
    deadlines: list[str] = Field(default_factory=list)
    report_to: list[str] = Field(default_factory=list)
    report_via: list[str] = Field(default_factory=list)


class PlanDocument(_Model):
    schema_version: Literal["1"] = "1"
    source: Source
    text: str
    metadata: Metadata = Field(default_factory=Metadata)
    sections: list[Section] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    time_expressions: list[TimeExpression] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)

    def spans(self) -> list[tuple[str, Span]]:
        """Every item with offsets, labelled by where it sits; used by the offset checks."""
        out: list[tuple[str, Span]] = []
        out += [(f"metadata.spans.{k}", s) for k, s in self.metadata.spans.items()]
        out += [("metadata.recipients", r) for r in self.metadata.recipients]
        out += [("sections", s) for s in self.sections]
        for ref in self.references:
            out += [(f"references.{ref.id}", m) for m in ref.mentions]
        out += [("time_expressions", t) for t in self.time_expressions]
        for org in self.organizations:
            out += [(f"organizations.{org.name}", m) for m in org.mentions]
        for task in self.tasks:
            out.append((f"tasks.{task.id}", task))
            out += [(f"tasks.{task.id}.assignees", a) for a in task.assignees]
        return out

    def to_frames(self) -> dict[str, pd.DataFrame]:
        """The document's items as pandas DataFrames (needs the ``pandas`` extra)."""
        from vnplan_extract.frames import to_frames

        return to_frames([self])

    def to_json(self, *, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`PlanDocument`, as ``vnplan schema`` prints it."""
    return PlanDocument.model_json_schema()
