"""Sections: spans, ids (the path of labels), and over the matched ids kind, boundaries, level and
parent.

Matching by id rather than by span is what a user of the tree sees: ``III.4`` is the fourth
sub-section of the third part whatever its boundaries. A repeated predicted id is a false positive.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from vnplan_extract.evaluate.keys import same
from vnplan_extract.evaluate.scorers.common import DocScorer, score_sets, score_spans
from vnplan_extract.models import Section


def _first_by_id(sections: Sequence[Section]) -> dict[str, Section]:
    out: dict[str, Section] = {}
    for s in sections:
        out.setdefault(s.id, s)
    return out


def score_sections(out: DocScorer, gold: Sequence[Section], pred: Sequence[Section]) -> None:
    score_spans(out, "sections.span", gold, pred)
    score_sets(out, "sections.id", [s.id for s in gold], [s.id for s in pred], multiset=True)
    g_by_id, p_by_id = _first_by_id(gold), _first_by_id(pred)
    matched = [(g_by_id[i], p_by_id[i]) for i in g_by_id if i in p_by_id]
    checks: dict[str, Callable[[Section, Section], bool]] = {
        "kind": lambda g, p: g.kind == p.kind,
        "boundaries": lambda g, p: (g.start, g.end) == (p.start, p.end),
        "level": lambda g, p: g.level == p.level,
        "parent": lambda g, p: g.parent == p.parent,
        "heading.soft": lambda g, p: same(g.heading, p.heading, soft=True),
    }
    shown: dict[str, Callable[[Section], str]] = {
        "kind": lambda s: s.kind,
        "boundaries": lambda s: f"{s.start}:{s.end}",
        "level": lambda s: str(s.level),
        "parent": lambda s: str(s.parent),
        "heading.soft": lambda s: s.heading,
    }
    for name, check in checks.items():
        correct = 0
        for g, p in matched:
            if check(g, p):
                correct += 1
            else:
                out.error(
                    f"sections.{name}",
                    "wrong",
                    text=f"{g.id} {g.heading}",
                    start=g.start,
                    end=g.end,
                    gold=shown[name](g),
                    pred=shown[name](p),
                )
        out.accuracy(f"sections.{name}", correct, len(matched))
