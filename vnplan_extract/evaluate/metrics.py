"""Counts and the scores computed from them: P/R/F1, accuracy, micro and macro averages.

A score is kept as its counts, so that micro averages are sums of counts and nothing is rounded
before the end. Conventions (the ones conlleval and scikit-learn's ``zero_division=0`` use):
precision is 0 when nothing was predicted and recall 0 when nothing was expected, but when there
is neither gold nor prediction every score is ``None`` ("nothing to measure"), not 1.0 and not 0.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Annotated, Literal

from pydantic import BaseModel, Field, computed_field


class PRF(BaseModel):
    """Precision/recall/F1 counts: ``correct`` of ``pred`` predictions, of ``gold`` expected.

    For a span metric ``correct`` is the number of matched pairs; for a value metric in the
    TempEval-3 manner it is the number of matched pairs whose value is right, while ``pred`` and
    ``gold`` stay the numbers of predicted and gold items.
    """

    kind: Literal["prf"] = "prf"
    correct: int = 0
    pred: int = 0
    gold: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def precision(self) -> float | None:
        if self.pred == 0:
            return None if self.gold == 0 else 0.0
        return self.correct / self.pred

    @computed_field  # type: ignore[prop-decorator]
    @property
    def recall(self) -> float | None:
        if self.gold == 0:
            return None if self.pred == 0 else 0.0
        return self.correct / self.gold

    @computed_field  # type: ignore[prop-decorator]
    @property
    def f1(self) -> float | None:
        # 2PR/(P+R) simplifies to 2c/(p+g), which also covers P = R = 0 without a division by 0.
        if self.pred + self.gold == 0:
            return None
        return 2 * self.correct / (self.pred + self.gold)

    def has_gold(self) -> bool:
        return self.gold > 0

    def __add__(self, other: PRF) -> PRF:
        return PRF(
            correct=self.correct + other.correct,
            pred=self.pred + other.pred,
            gold=self.gold + other.gold,
        )


class Accuracy(BaseModel):
    """``correct`` of ``total`` decisions (a metadata field, the kind of a matched item)."""

    kind: Literal["accuracy"] = "accuracy"
    correct: int = 0
    total: int = 0

    @computed_field  # type: ignore[prop-decorator]
    @property
    def accuracy(self) -> float | None:
        return None if self.total == 0 else self.correct / self.total

    def has_gold(self) -> bool:
        return self.total > 0

    def __add__(self, other: Accuracy) -> Accuracy:
        return Accuracy(correct=self.correct + other.correct, total=self.total + other.total)


Score = PRF | Accuracy
# The same union for pydantic fields: ``kind`` tells the two apart when a report is read back.
ScoreField = Annotated[PRF | Accuracy, Field(discriminator="kind")]


class Macro(BaseModel):
    """Unweighted means of the per-document scores over the ``n_docs`` documents with gold items."""

    n_docs: int
    precision: float | None = None
    recall: float | None = None
    f1: float | None = None
    accuracy: float | None = None


def _mean(values: Iterable[float | None]) -> float | None:
    vals = [v for v in values if v is not None]
    return sum(vals) / len(vals) if vals else None


def micro(scores: list[Score]) -> Score:
    """The sum of the counts (all scores must be of one kind)."""
    if not scores:
        raise ValueError("micro average of no scores")
    total = scores[0]
    for s in scores[1:]:
        total = total + s  # type: ignore[operator]
    return total


def macro(scores: list[Score]) -> Macro:
    """Means over the documents that have gold items for this metric.

    A document without gold items is left out: it would otherwise add an undefined recall, or a
    free 1.0, depending on convention. A document with gold but no prediction counts as 0.
    """
    kept = [s for s in scores if s.has_gold()]
    prfs = [s for s in kept if isinstance(s, PRF)]
    accs = [s for s in kept if isinstance(s, Accuracy)]
    return Macro(
        n_docs=len(kept),
        precision=_mean(s.precision for s in prfs) if prfs else None,
        recall=_mean(s.recall for s in prfs) if prfs else None,
        f1=_mean(s.f1 for s in prfs) if prfs else None,
        accuracy=_mean(s.accuracy for s in accs) if accs else None,
    )
