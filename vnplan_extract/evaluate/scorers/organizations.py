"""Organizations: the set of canonical names per document (exact and soft), mention spans, and the
canonical name of each found mention."""

from __future__ import annotations

from collections.abc import Sequence

from vnplan_extract.evaluate.keys import soft_key
from vnplan_extract.evaluate.scorers.common import (
    DocScorer,
    score_sets,
    score_spans,
    score_values,
)
from vnplan_extract.models import Organization


def score_organizations(
    out: DocScorer, gold: Sequence[Organization], pred: Sequence[Organization]
) -> None:
    score_sets(out, "organizations.name", [o.name for o in gold], [o.name for o in pred])
    score_sets(
        out,
        "organizations.name.soft",
        [o.name for o in gold],
        [o.name for o in pred],
        key=soft_key,
    )
    g_mentions = [(m, o.name) for o in gold for m in o.mentions]
    p_mentions = [(m, o.name) for o in pred for m in o.mentions]
    relaxed = score_spans(
        out, "organizations.mention", [m for m, _ in g_mentions], [m for m, _ in p_mentions]
    )
    # The canonical name as a normalized value of each found mention, in the TempEval-3 manner.
    score_values(
        out,
        "organizations.mention_name",
        [(g_mentions[i][0], g_mentions[i][1], p_mentions[j][1]) for i, j in relaxed.pairs],
        n_pred=len(p_mentions),
        n_gold=len(g_mentions),
    )
