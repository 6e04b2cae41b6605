"""The highlighted items of a document and the HTML of its text with them marked.

Items overlap and nest (an organization inside a task, a date inside a reference, a task crossing
a reference's end). HTML elements must nest, so the text is cut at every item boundary and an item
that is still open when an item opened inside it closes is closed and reopened: one item can be
several ``<mark>`` parts sharing one ``data-item``. Counting distinct ``data-item`` values gives
back the number of items. Every piece of text and every attribute is escaped here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from typing import Literal

from vnplan_extract.models import PlanDocument
from vnplan_extract.render.labels import (
    organization_label,
    reference_label,
    task_label,
    time_label,
)

Kind = Literal["task", "reference", "time", "organization"]
# Outer first when two items share a start and an end: a task holds the others.
KIND_ORDER: dict[str, int] = {"task": 0, "reference": 1, "organization": 2, "time": 3}
KINDS: tuple[Kind, ...] = ("reference", "time", "organization", "task")


@dataclass(frozen=True)
class Highlight:
    item: str  # unique within the page: the data-item of every part
    kind: Kind
    start: int
    end: int
    value: str  # what hovering shows


@dataclass(frozen=True)
class Anchor:
    """A zero-width target in the text (a section start) for the table of contents."""

    id: str
    at: int


def collect_highlights(doc: PlanDocument) -> list[Highlight]:
    """Every reference mention, time expression, organization mention and task."""
    out: list[Highlight] = []
    for ref in doc.references:
        label = reference_label(ref)
        for i, m in enumerate(ref.mentions):
            out.append(Highlight(f"ref-{ref.id}-{i}", "reference", m.start, m.end, label))
    for t in doc.time_expressions:
        out.append(Highlight(f"time-{t.id}", "time", t.start, t.end, time_label(t)))
    for n, org in enumerate(doc.organizations, 1):
        label = organization_label(org)
        for i, m in enumerate(org.mentions):
            out.append(Highlight(f"org-{n}-{i}", "organization", m.start, m.end, label))
    times = {t.id: t for t in doc.time_expressions}
    for task in doc.tasks:
        out.append(
            Highlight(f"task-{task.id}", "task", task.start, task.end, task_label(task, times))
        )
    return out


def item_count(doc: PlanDocument) -> int:
    """How many items :func:`collect_highlights` marks (the browser test compares with it)."""
    return (
        sum(len(r.mentions) for r in doc.references)
        + len(doc.time_expressions)
        + sum(len(o.mentions) for o in doc.organizations)
        + len(doc.tasks)
    )


def _open_tag(h: Highlight, first: bool) -> str:
    value = escape(h.value, quote=True)
    ident = f' id="{escape(h.item, quote=True)}"' if first else ""
    part = "" if first else ' data-part="cont"'
    return (
        f'<mark class="hl hl-{h.kind}"{ident} data-item="{escape(h.item, quote=True)}" '
        f'data-kind="{h.kind}" data-value="{value}" title="{value}"{part}>'
    )


def marked_text(text: str, highlights: Iterable[Highlight], anchors: Iterable[Anchor] = ()) -> str:
    """The escaped ``text`` with every highlight wrapped in properly nested ``<mark>`` parts."""
    spans = [h for h in highlights if 0 <= h.start < h.end <= len(text)]
    points = sorted(anchors, key=lambda a: a.at)
    starts: dict[int, list[Highlight]] = {}
    for h in spans:
        starts.setdefault(h.start, []).append(h)
    cuts = sorted({0, len(text), *(h.start for h in spans), *(h.end for h in spans)})
    cuts = sorted(set(cuts) | {a.at for a in points if 0 <= a.at <= len(text)})
    out: list[str] = []
    stack: list[Highlight] = []
    opened: set[str] = set()
    pi = 0
    for n, pos in enumerate(cuts):
        # Close what ends here; whatever was opened inside it and goes on is reopened after.
        ending = [i for i, h in enumerate(stack) if h.end == pos]
        if ending:
            popped = stack[ending[0] :]
            out.append("</mark>" * len(popped))
            stack = stack[: ending[0]]
            for h in popped:
                if h.end != pos:
                    out.append(_open_tag(h, first=False))
                    stack.append(h)
        while pi < len(points) and points[pi].at <= pos:
            out.append(f'<span class="anchor" id="{escape(points[pi].id, quote=True)}"></span>')
            pi += 1
        # Longer items open first, so they are the outer ones.
        for h in sorted(starts.get(pos, []), key=lambda h: (-h.end, KIND_ORDER[h.kind])):
            out.append(_open_tag(h, first=h.item not in opened))
            opened.add(h.item)
            stack.append(h)
        if n + 1 < len(cuts):
            out.append(escape(text[pos : cuts[n + 1]], quote=False))
    out.append("</mark>" * len(stack))
    return "".join(out)
