"""What every scorer shares: the per-document collector and the generic span and set scorers."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import BaseModel

from vnplan_extract.evaluate.matching import Alignment, align
from vnplan_extract.evaluate.metrics import PRF, Accuracy, Score
from vnplan_extract.models import Span


class ErrorItem(BaseModel):
    """One false positive (``FP``), false negative (``FN``) or wrong value on a matched item."""

    metric: str
    error: Literal["FP", "FN", "wrong"]
    text: str | None = None
    start: int | None = None
    end: int | None = None
    gold: str | None = None
    pred: str | None = None


@dataclass
class DocScorer:
    """Collects one document's scores, in the order the scorers add them, and its errors."""

    scores: dict[str, Score] = field(default_factory=dict)
    errors: list[ErrorItem] = field(default_factory=list)

    def prf(self, name: str, correct: int, pred: int, gold: int) -> None:
        self.scores[name] = PRF(correct=correct, pred=pred, gold=gold)

    def accuracy(self, name: str, correct: int, total: int) -> None:
        self.scores[name] = Accuracy(correct=correct, total=total)

    def error(self, metric: str, error: Literal["FP", "FN", "wrong"], **kw: object) -> None:
        self.errors.append(ErrorItem(metric=metric, error=error, **kw))


def positions(items: Sequence[Span]) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in items]


def score_spans(out: DocScorer, name: str, gold: Sequence[Span], pred: Sequence[Span]) -> Alignment:
    """``name.strict`` and ``name.relaxed`` span P/R/F1; returns the relaxed alignment.

    The errors listed are the relaxed misses (no overlapping partner at all) and, for relaxed
    pairs with other boundaries, the boundary difference: together they explain both scores.
    """
    gp, pp = positions(gold), positions(pred)
    strict = align(gp, pp, relaxed=False)
    relaxed = align(gp, pp, relaxed=True)
    out.prf(f"{name}.strict", len(strict.pairs), len(pred), len(gold))
    out.prf(f"{name}.relaxed", len(relaxed.pairs), len(pred), len(gold))
    for i in relaxed.gold_only:
        g = gold[i]
        out.error(f"{name}.relaxed", "FN", text=g.text, start=g.start, end=g.end)
    for j in relaxed.pred_only:
        p = pred[j]
        out.error(f"{name}.relaxed", "FP", text=p.text, start=p.start, end=p.end)
    for i, j in relaxed.pairs:
        g, p = gold[i], pred[j]
        if (g.start, g.end) != (p.start, p.end):
            out.error(
                f"{name}.strict",
                "wrong",
                text=g.text,
                start=g.start,
                end=g.end,
                gold=f"{g.start}:{g.end}",
                pred=f"{p.start}:{p.end} {p.text!r}",
            )
    return relaxed


def score_values(
    out: DocScorer,
    name: str,
    pairs: Sequence[tuple[Span | None, object, object]],
    n_pred: int,
    n_gold: int,
) -> None:
    """Value P/R/F1 in the TempEval-3 manner: correct values among the matched pairs, over the
    numbers of predicted and gold items. ``pairs`` holds (gold item for the error listing, gold
    value, predicted value) for each matched pair; ``None`` equal to ``None`` is a right value.
    """
    from vnplan_extract.evaluate.keys import as_text, same

    correct = 0
    for span, g, p in pairs:
        if same(g, p):
            correct += 1
        else:
            out.error(
                name,
                "wrong",
                text=span.text if span else None,
                start=span.start if span else None,
                end=span.end if span else None,
                gold=as_text(g),
                pred=as_text(p),
            )
    out.prf(name, correct, n_pred, n_gold)


def score_sets(
    out: DocScorer,
    name: str,
    gold: Sequence[Hashable],
    pred: Sequence[Hashable],
    *,
    multiset: bool = False,
    key: Callable[[Any], Hashable] | None = None,
) -> None:
    """P/R/F1 of two collections, as sets (duplicates collapse) or multisets.

    ``key`` gives the comparison key of an item (a soft form of a name); the errors show the
    first item of each missed or spurious key as written.
    """

    def count(items: Sequence[Hashable]) -> tuple[Counter[Hashable], dict[Hashable, Hashable]]:
        keys = [key(i) if key else i for i in items]
        shown: dict[Hashable, Hashable] = {}
        for k, item in zip(keys, items, strict=True):
            shown.setdefault(k, item)
        return (Counter(keys) if multiset else Counter(set(keys))), shown

    gc, g_shown = count(gold)
    pc, p_shown = count(pred)
    common = gc & pc
    out.prf(name, sum(common.values()), sum(pc.values()), sum(gc.values()))
    for label, missing, shown in (("FN", gc - pc, g_shown), ("FP", pc - gc, p_shown)):
        for k, n in sorted(missing.items(), key=lambda kv: repr(kv[0])):
            for _ in range(n):
                out.error(name, label, text=_show(shown[k]))  # type: ignore[arg-type]


def _show(key: Hashable) -> str:
    if isinstance(key, tuple):
        return " | ".join("∅" if k is None else str(k) for k in key)
    return str(key)
