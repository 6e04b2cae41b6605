"""Tables of parsed documents: rows keyed by document id, as plain dicts or pandas DataFrames.

``table_rows`` needs nothing beyond the standard library (the CSV export uses it); ``to_frames``
turns the rows into DataFrames with typed dates (the ``pandas`` extra).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any

from vnplan_extract.models import Assignee, PlanDocument

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

TABLES = ("documents", "sections", "references", "time_expressions", "organizations", "tasks")
_DATE_COLUMNS = {
    "documents": ["issued_date"],
    "references": ["issued_date"],
    "time_expressions": ["earliest", "latest"],
    "tasks": ["deadline_latest"],
}
# The columns of every table, so that an empty table still has them (code that filters or
# groups a corpus with no tasks yet must not fail on a missing column).
COLUMNS: dict[str, tuple[str, ...]] = {
    "documents": (
        "doc_id",
        "path",
        "sha256",
        "format",
        "encoding",
        "legacy_encoding",
        "doc_type",
        "number",
        "issuer",
        "place",
        "issued_date",
        "title",
        "signer_authority",
        "signer_position",
        "signer_name",
        "n_recipients",
        "n_sections",
        "n_references",
        "n_time_expressions",
        "n_organizations",
        "n_tasks",
    ),
    "sections": (
        "doc_id",
        "id",
        "label",
        "heading",
        "kind",
        "level",
        "parent",
        "start",
        "end",
        "length",
    ),
    "references": (
        "doc_id",
        "id",
        "doc_type",
        "number",
        "issued_date",
        "issuer",
        "term",
        "name",
        "subject",
        "alias",
        "is_self",
        "n_mentions",
        "start",
        "end",
    ),
    "time_expressions": (
        "doc_id",
        "id",
        "start",
        "end",
        "text",
        "type",
        "value",
        "mod",
        "kind",
        "earliest",
        "latest",
        "frequency",
    ),
    "organizations": ("doc_id", "name", "start", "end", "text"),
    "tasks": (
        "doc_id",
        "task_id",
        "section",
        "task_start",
        "task_end",
        "action",
        "deadlines",
        "deadline_values",
        "deadline_latest",
        "report_to",
        "report_via",
        "assignee",
        "role",
        "start",
        "end",
        "text",
    ),
}


def document_id(doc: PlanDocument) -> str:
    """A stable id: the file's stem when there is a path, else the first 16 hex of the hash."""
    if doc.source.path:
        from pathlib import PurePath

        return PurePath(doc.source.path).stem
    return doc.source.sha256[:16]


def table_rows(
    docs: Iterable[PlanDocument], *, doc_id: Callable[[PlanDocument], str] = document_id
) -> dict[str, list[dict[str, Any]]]:
    """One list of row dicts per table; every row carries ``doc_id`` and item offsets."""
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for doc in docs:
        did = doc_id(doc)
        md = doc.metadata
        out["documents"].append(
            {
                "doc_id": did,
                "path": doc.source.path,
                "sha256": doc.source.sha256,
                "format": doc.source.format,
                "encoding": doc.source.encoding,
                "legacy_encoding": doc.source.legacy_encoding,
                "doc_type": md.doc_type,
                "number": md.number,
                "issuer": md.issuer,
                "place": md.place,
                "issued_date": md.issued_date,
                "title": md.title,
                "signer_authority": md.signer.authority,
                "signer_position": md.signer.position,
                "signer_name": md.signer.name,
                "n_recipients": len(md.recipients),
                "n_sections": len(doc.sections),
                "n_references": len(doc.references),
                "n_time_expressions": len(doc.time_expressions),
                "n_organizations": len(doc.organizations),
                "n_tasks": len(doc.tasks),
            }
        )
        for s in doc.sections:
            out["sections"].append(
                {"doc_id": did, **s.model_dump(exclude={"text"}), "length": s.end - s.start}
            )
        for r in doc.references:
            first = r.mentions[0] if r.mentions else None
            out["references"].append(
                {
                    "doc_id": did,
                    **r.model_dump(exclude={"mentions"}),
                    "n_mentions": len(r.mentions),
                    "start": first.start if first else None,
                    "end": first.end if first else None,
                }
            )
        for t in doc.time_expressions:
            out["time_expressions"].append({"doc_id": did, **t.model_dump()})
        for o in doc.organizations:
            for m in o.mentions:
                out["organizations"].append(
                    {"doc_id": did, "name": o.name, "start": m.start, "end": m.end, "text": m.text}
                )
        times = {t.id: t for t in doc.time_expressions}
        for task in doc.tasks:
            governing = [times[d] for d in task.deadlines if d in times]
            latest = [t.latest for t in governing if t.latest is not None]
            base = {
                "doc_id": did,
                "task_id": task.id,
                "section": task.section,
                "task_start": task.start,
                "task_end": task.end,
                "action": task.action,
                "deadlines": ";".join(task.deadlines),
                "deadline_values": ";".join(t.value or t.text for t in governing),
                # The first date by which the task must be done, for plotting deadlines.
                "deadline_latest": min(latest) if latest else None,
                "report_to": ";".join(task.report_to),
                "report_via": ";".join(task.report_via),
            }
            assignees: list[Assignee | None] = list(task.assignees) or [None]
            for a in assignees:
                out["tasks"].append(
                    {
                        **base,
                        "assignee": a.name if a else None,
                        "role": a.role if a else None,
                        "start": a.start if a else None,
                        "end": a.end if a else None,
                        "text": a.text if a else None,
                    }
                )
    return out


def to_frames(docs: Iterable[PlanDocument]) -> dict[str, pd.DataFrame]:
    """DataFrames for documents, sections, references, time expressions, organizations (one row
    per mention) and tasks (one row per task and assignee), keyed by ``doc_id``."""
    import pandas as pd

    frames: dict[str, pd.DataFrame] = {}
    for name, rows in table_rows(docs).items():
        frame = pd.DataFrame(rows, columns=list(COLUMNS[name]))
        for col in _DATE_COLUMNS.get(name, []):
            if col in frame:
                frame[col] = pd.to_datetime(frame[col], errors="coerce")
        frames[name] = frame
    return frames
