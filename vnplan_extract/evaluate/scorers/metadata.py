"""Header and signature fields: per-field accuracy, exact and soft (GROBID's end-to-end way).

Each document contributes one decision per field; a field absent from both gold and prediction
is a right decision (the parser rightly found nothing). Recipients are a list, so they are scored
as spans and as a multiset of names instead.
"""

from __future__ import annotations

from vnplan_extract.evaluate.keys import as_text, same
from vnplan_extract.evaluate.scorers.common import DocScorer, score_sets, score_spans
from vnplan_extract.models import Metadata

FIELDS = (
    "doc_type",
    "number",
    "issuer",
    "place",
    "issued_date",
    "title",
    "signer.authority",
    "signer.position",
    "signer.name",
)


def field_value(meta: Metadata, name: str) -> object:
    if name.startswith("signer."):
        return getattr(meta.signer, name.removeprefix("signer."))
    return getattr(meta, name)


def score_metadata(out: DocScorer, gold: Metadata, pred: Metadata) -> None:
    for name in FIELDS:
        g, p = field_value(gold, name), field_value(pred, name)
        for mode, soft in (("exact", False), ("soft", True)):
            ok = same(g, p, soft=soft)
            out.accuracy(f"metadata.{name}.{mode}", int(ok), 1)
            if not ok:
                out.error(f"metadata.{name}.{mode}", "wrong", gold=as_text(g), pred=as_text(p))
    score_spans(out, "metadata.recipients.span", gold.recipients, pred.recipients)
    score_sets(
        out,
        "metadata.recipients.name",
        [r.name for r in gold.recipients],
        [r.name for r in pred.recipients],
        multiset=True,
    )
