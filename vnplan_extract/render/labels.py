"""What hovering an item shows: its normalized value on one line (plain text, escaped later)."""

from __future__ import annotations

from collections.abc import Mapping

from vnplan_extract.models import Organization, Reference, Task, TimeExpression


def _join(parts: list[str | None]) -> str:
    return " · ".join(p for p in parts if p)


def reference_label(ref: Reference) -> str:
    head = f"{ref.doc_type} {ref.number}" if ref.number else (ref.name or ref.doc_type)
    return _join(
        [
            f"{ref.id}: {head}",
            ref.issued_date.isoformat() if ref.issued_date else None,
            ref.issuer,
            f"khóa {ref.term}" if ref.term else None,
            ref.subject,
            "this document" if ref.is_self else None,
        ]
    )


def time_label(t: TimeExpression) -> str:
    if t.earliest or t.latest:
        low = t.earliest.isoformat() if t.earliest else "…"
        high = t.latest.isoformat() if t.latest else "…"
        bounds: str | None = f"{low} – {high}"
    else:
        bounds = None
    return _join(
        [
            f"{t.id}: {t.value or '(no value)'}",
            t.type,
            t.mod,
            t.kind,
            bounds,
            f"every {t.frequency}" if t.frequency else None,
        ]
    )


def organization_label(org: Organization) -> str:
    return org.name


def task_label(task: Task, times: Mapping[str, TimeExpression]) -> str:
    people = "; ".join(f"{a.role}: {a.name}" for a in task.assignees) or "no assignee"
    deadlines = ", ".join(deadline_text(d, times) for d in task.deadlines)
    return _join(
        [
            f"{task.id}" + (f" (§{task.section})" if task.section else ""),
            people,
            f"deadline {deadlines}" if deadlines else None,
            f"report to {', '.join(task.report_to)}" if task.report_to else None,
        ]
    )


def deadline_text(time_id: str, times: Mapping[str, TimeExpression]) -> str:
    """A deadline id as its value (``2019-Q4``), or the text when there is no value."""
    t = times.get(time_id)
    if t is None:
        return time_id
    return t.value or t.text
