"""The deadline timeline: one row per dated deadline, start, period or recurrence, as inline SVG.

A bar runs from an expression's ``earliest`` to its ``latest`` (a point when only one is known);
the tasks it governs are named beside it. SVG attributes place everything, so the page needs no
inline ``style`` (which its Content-Security-Policy forbids).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from vnplan_extract.models import PlanDocument
from vnplan_extract.render.panels import e

TIMELINE_KINDS = frozenset({"deadline", "start", "period", "recurring"})
WIDTH, ROW, LEFT, RIGHT, TOP = 390, 22, 140, 14, 24


@dataclass(frozen=True)
class TimelineRow:
    time_id: str
    label: str
    kind: str
    low: dt.date
    high: dt.date
    tasks: tuple[str, ...]


def timeline_rows(doc: PlanDocument) -> list[TimelineRow]:
    """The dated expressions that tasks point to or that are deadlines, earliest first."""
    governs: dict[str, list[str]] = {}
    for task in doc.tasks:
        for d in task.deadlines:
            governs.setdefault(d, []).append(task.id)
    rows = []
    for t in doc.time_expressions:
        if t.kind not in TIMELINE_KINDS and t.id not in governs:
            continue
        low, high = t.earliest or t.latest, t.latest or t.earliest
        if low is None or high is None:
            continue
        label = t.value or t.text
        rows.append(TimelineRow(t.id, label, t.kind, low, high, tuple(governs.get(t.id, []))))
    return sorted(rows, key=lambda r: (r.high, r.low, r.time_id))


def timeline_svg(doc: PlanDocument) -> str:
    rows = timeline_rows(doc)
    if not rows:
        return '<p class="none">No dated deadlines.</p>'
    first = min(r.low for r in rows)
    last = max(r.high for r in rows)
    span_days = max((last - first).days, 1)
    plot = WIDTH - LEFT - RIGHT

    def x(day: dt.date) -> float:
        return LEFT + plot * (day - first).days / span_days

    height = TOP + ROW * len(rows) + 8
    parts = [
        f'<svg class="timeline" viewBox="0 0 {WIDTH} {height}" width="100%" '
        f'role="img" aria-label="deadline timeline">',
        f'<text x="{LEFT}" y="14" class="axis">{e(first.isoformat())}</text>',
        f'<text x="{WIDTH - RIGHT}" y="14" text-anchor="end" class="axis">'
        f"{e(last.isoformat())}</text>",
        f'<line x1="{LEFT}" y1="18" x2="{WIDTH - RIGHT}" y2="18" class="axis-line"/>',
    ]
    for i, r in enumerate(rows):
        y = TOP + ROW * i
        x0, x1 = x(r.low), x(r.high)
        tasks = f" ({', '.join(r.tasks)})" if r.tasks else ""
        tip = f"{r.time_id}: {r.label} · {r.kind} · {r.low} – {r.high}{tasks}"
        parts.append(
            f'<a href="#time-{e(r.time_id)}"><g class="tl tl-{e(r.kind)}">'
            f"<title>{e(tip)}</title>"
            f'<text x="{LEFT - 6}" y="{y + 14}" text-anchor="end">'
            f"{e(_short(r.label + tasks))}</text>"
            f'<rect x="{x0:.1f}" y="{y + 4}" width="{max(x1 - x0, 4):.1f}" height="{ROW - 8}" '
            f'rx="3"/></g></a>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _short(label: str, limit: int = 20) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"
