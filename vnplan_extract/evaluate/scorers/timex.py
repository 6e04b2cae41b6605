"""Time expressions: spans, and value, mod, type and kind in the TempEval-3 manner.

TempEval-3 scores an attribute over the relaxed matches: precision is the number of matched
expressions with the right value over the number of predicted expressions, recall the same over
the number of gold expressions. A null (``thường xuyên`` has no value, most have no mod) is a value
like any other. Kind is also given as an accuracy over the matches, which says how well the role
of a found expression is read regardless of how many were found.
"""

from __future__ import annotations

from collections.abc import Sequence

from vnplan_extract.evaluate.scorers.common import DocScorer, score_spans, score_values
from vnplan_extract.models import TimeExpression

ATTRIBUTES = ("value", "mod", "type", "kind")


def score_time(
    out: DocScorer, gold: Sequence[TimeExpression], pred: Sequence[TimeExpression]
) -> None:
    relaxed = score_spans(out, "time.span", gold, pred)
    pairs = [(gold[i], pred[j]) for i, j in relaxed.pairs]
    for name in ATTRIBUTES:
        score_values(
            out,
            f"time.{name}",
            [(g, getattr(g, name), getattr(p, name)) for g, p in pairs],
            n_pred=len(pred),
            n_gold=len(gold),
        )
    out.accuracy("time.kind_accuracy", sum(g.kind == p.kind for g, p in pairs), len(pairs))
