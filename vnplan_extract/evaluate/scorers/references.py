"""References: mention spans and the number of the entry each found mention belongs to, numbered
entries by (doc_type, number) and their values, unnumbered entries by (doc_type, name).

The entry is the unit a user counts ("which documents does this plan implement?"), so entries are
scored as sets per document and their values (date, issuer, term) in the TempEval-3 manner over the
matched entries. Self references (``Kế hoạch này``) have no number and no entry here; their mentions
count among the mention spans.
"""

from __future__ import annotations

from collections.abc import Sequence

from vnplan_extract.evaluate.keys import soft_key
from vnplan_extract.evaluate.scorers.common import DocScorer, score_sets, score_spans, score_values
from vnplan_extract.models import Mention, Reference

VALUE_FIELDS = ("issued_date", "issuer", "term")


def _numbered(refs: Sequence[Reference]) -> dict[tuple[str, str], Reference]:
    """The numbered entries by key; a repeated key keeps its first entry (the set collapses it)."""
    out: dict[tuple[str, str], Reference] = {}
    for r in refs:
        if r.number is not None and not r.is_self:
            out.setdefault((r.doc_type, r.number), r)
    return out


def _unnumbered(refs: Sequence[Reference]) -> list[tuple[str, str]]:
    return [
        (r.doc_type, r.name)
        for r in refs
        if r.number is None and not r.is_self and r.name is not None
    ]


def _soft(entry: tuple[str, str]) -> tuple[str, str | None]:
    # A name is written out by the annotator and the parser alike: compare it softly.
    return entry[0], soft_key(entry[1])


def _first_mention(ref: Reference) -> Mention | None:
    return min(ref.mentions, key=lambda m: m.start) if ref.mentions else None


def score_references(out: DocScorer, gold: Sequence[Reference], pred: Sequence[Reference]) -> None:
    g_mentions = [(m, r) for r in gold for m in r.mentions]
    p_mentions = [(m, r) for r in pred for m in r.mentions]
    relaxed = score_spans(
        out, "references.mention", [m for m, _ in g_mentions], [m for m, _ in p_mentions]
    )
    # Each found mention is linked to the right document when its entry has the right number:
    # this is where a short form (``Nghị quyết số 20``) resolved to its full entry is scored.
    score_values(
        out,
        "references.mention_number",
        [
            (g_mentions[i][0], g_mentions[i][1].number, p_mentions[j][1].number)
            for i, j in relaxed.pairs
        ],
        n_pred=len(p_mentions),
        n_gold=len(g_mentions),
    )
    g_entries, p_entries = _numbered(gold), _numbered(pred)
    score_sets(out, "references.entry", list(g_entries), list(p_entries))
    matched = [(g_entries[k], p_entries[k]) for k in g_entries if k in p_entries]
    for name in VALUE_FIELDS:
        score_values(
            out,
            f"references.{name}",
            [(_first_mention(g), getattr(g, name), getattr(p, name)) for g, p in matched],
            n_pred=len(p_entries),
            n_gold=len(g_entries),
        )
    score_sets(out, "references.unnumbered", _unnumbered(gold), _unnumbered(pred), key=_soft)
