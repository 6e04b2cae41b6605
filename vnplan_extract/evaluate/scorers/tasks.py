"""Tasks: spans, and per document the sets of (assignee, role), (assignee, deadline value),
(assignee, report_to) and (assignee, report_via) pairs.

Pairs rather than aligned tasks: how the parser cuts a block into tasks may differ from the gold
while who must do what by when is still right, and that is what a user of the output asks. A
deadline is resolved through the task's ``deadlines`` ids to the value of the time expression of
the same document; a null value (continuous work) is the marker ``continuous``, an id that
resolves to nothing is kept as ``?<id>`` so that it counts as wrong.
"""

from __future__ import annotations

from collections.abc import Sequence

from vnplan_extract.evaluate.keys import CONTINUOUS
from vnplan_extract.evaluate.scorers.common import DocScorer, score_sets, score_spans
from vnplan_extract.models import Task, TimeExpression

Pair = tuple[str | None, str | None]


def _names(task: Task) -> list[str | None]:
    # A task without assignees still has deadlines and report lines worth scoring.
    return [a.name for a in task.assignees] or [None]


def role_pairs(tasks: Sequence[Task]) -> list[Pair]:
    return [(a.name, a.role) for t in tasks for a in t.assignees]


def deadline_pairs(tasks: Sequence[Task], times: Sequence[TimeExpression]) -> list[Pair]:
    values = {t.id: (t.value if t.value is not None else CONTINUOUS) for t in times}
    return [
        (name, values.get(d, f"?{d}")) for t in tasks for d in t.deadlines for name in _names(t)
    ]


def report_pairs(tasks: Sequence[Task], field: str) -> list[Pair]:
    return [(name, body) for t in tasks for body in getattr(t, field) for name in _names(t)]


def score_tasks(
    out: DocScorer,
    gold: Sequence[Task],
    gold_times: Sequence[TimeExpression],
    pred: Sequence[Task],
    pred_times: Sequence[TimeExpression],
) -> None:
    score_spans(out, "tasks.span", gold, pred)
    score_spans(
        out,
        "tasks.assignee.span",
        [a for t in gold for a in t.assignees],
        [a for t in pred for a in t.assignees],
    )
    score_sets(out, "tasks.assignee_role", role_pairs(gold), role_pairs(pred))
    score_sets(
        out,
        "tasks.assignee_deadline",
        deadline_pairs(gold, gold_times),
        deadline_pairs(pred, pred_times),
    )
    for field in ("report_to", "report_via"):
        score_sets(out, f"tasks.{field}", report_pairs(gold, field), report_pairs(pred, field))
