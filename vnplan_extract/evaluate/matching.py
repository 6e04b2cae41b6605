"""One-to-one alignment of gold and predicted spans, strict (same start and end) or relaxed
(overlapping).

One-to-one is what makes a duplicate prediction a false positive: each gold span can be claimed
by one prediction only. Relaxed matching takes the exact pairs first and then finds a matching of
maximum size among overlapping spans (augmenting paths, as in Hopcroft-Karp/Kuhn), trying the
largest overlap first, so that a long prediction covering two gold spans cannot steal a gold span
from a prediction that overlaps only that one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

SpanPos = tuple[int, int]


@dataclass(frozen=True)
class Alignment:
    """``pairs`` of (gold index, pred index); the indices left over on each side."""

    pairs: list[tuple[int, int]]
    gold_only: list[int]
    pred_only: list[int]


def overlap(a: SpanPos, b: SpanPos) -> int:
    """Characters shared by two half-open spans (0 for spans that only touch)."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _exact_pairs(gold: Sequence[SpanPos], pred: Sequence[SpanPos]) -> dict[int, int]:
    free: dict[SpanPos, list[int]] = defaultdict(list)
    for j, p in enumerate(pred):
        free[p].append(j)
    out: dict[int, int] = {}
    for i, g in enumerate(gold):
        if free.get(g):
            out[i] = free[g].pop(0)
    return out


def _candidates(gold: Sequence[SpanPos], pred: Sequence[SpanPos]) -> list[list[int]]:
    """For each gold span, the overlapping predictions, largest overlap first."""
    order = sorted(range(len(pred)), key=lambda j: pred[j])
    out: list[list[int]] = []
    for g in gold:
        cands = [j for j in order if pred[j] == g or overlap(g, pred[j]) > 0]
        cands.sort(key=lambda j: (pred[j] != g, -overlap(g, pred[j]), abs(pred[j][0] - g[0]), j))
        out.append(cands)
    return out


def _augment(root: int, cands: list[list[int]], g2p: dict[int, int], p2g: dict[int, int]) -> None:
    """Breadth-first search for an augmenting path from the unmatched gold ``root``."""
    came_from: dict[int, int] = {}  # pred index -> gold index that reached it
    queue = [root]
    for u in queue:
        for p in cands[u]:
            if p in came_from:
                continue
            came_from[p] = u
            if p not in p2g:
                # Flip the path back to the root: each gold on it takes the pred that reached it.
                while True:
                    g = came_from[p]
                    previous = g2p.get(g)
                    g2p[g], p2g[p] = p, g
                    if g == root or previous is None:
                        return
                    p = previous
            queue.append(p2g[p])


def align(gold: Sequence[SpanPos], pred: Sequence[SpanPos], *, relaxed: bool) -> Alignment:
    g2p = _exact_pairs(gold, pred)
    if relaxed:
        p2g = {p: g for g, p in g2p.items()}
        cands = _candidates(gold, pred)
        for i in range(len(gold)):
            if i not in g2p and cands[i]:
                _augment(i, cands, g2p, p2g)
    pairs = sorted(g2p.items())
    used = set(g2p.values())
    return Alignment(
        pairs=pairs,
        gold_only=[i for i in range(len(gold)) if i not in g2p],
        pred_only=[j for j in range(len(pred)) if j not in used],
    )
