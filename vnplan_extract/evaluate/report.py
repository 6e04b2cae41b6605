"""The evaluation report and :func:`evaluate`, which scores predictions against the gold set."""

from __future__ import annotations

from collections.abc import Mapping

from pydantic import BaseModel, Field

from vnplan_extract.evaluate.gold import GoldDocument
from vnplan_extract.evaluate.metrics import Macro, Score, ScoreField, macro, micro
from vnplan_extract.evaluate.scorers.common import DocScorer, ErrorItem
from vnplan_extract.evaluate.scorers.metadata import score_metadata
from vnplan_extract.evaluate.scorers.organizations import score_organizations
from vnplan_extract.evaluate.scorers.references import score_references
from vnplan_extract.evaluate.scorers.sections import score_sections
from vnplan_extract.evaluate.scorers.tasks import score_tasks
from vnplan_extract.evaluate.scorers.timex import score_time
from vnplan_extract.models import PlanDocument


class DocumentResult(BaseModel):
    doc_id: str
    scores: dict[str, ScoreField]
    errors: list[ErrorItem] = Field(default_factory=list)


class MetricSummary(BaseModel):
    """One metric over the corpus: the micro average (summed counts) and the macro average."""

    name: str
    micro: ScoreField
    macro: Macro


class Report(BaseModel):
    metrics: list[MetricSummary]
    documents: list[DocumentResult]
    warnings: list[str] = Field(default_factory=list)

    def metric(self, name: str) -> MetricSummary:
        for m in self.metrics:
            if m.name == name:
                return m
        raise KeyError(name)

    def document(self, doc_id: str) -> DocumentResult:
        for d in self.documents:
            if d.doc_id == doc_id:
                return d
        raise KeyError(doc_id)


def empty_prediction() -> PlanDocument:
    """What a parser that found nothing returns: the prediction for a document without one."""
    from vnplan_extract.models import Source

    return PlanDocument(source=Source(sha256=""), text="")


def gold_as_prediction(gold: GoldDocument, text: str = "") -> PlanDocument:
    """A gold document dressed as a parse result: what a perfect parser would return."""
    from vnplan_extract.models import Source

    return PlanDocument(
        source=Source(path=gold.path, sha256=""),
        text=text,
        metadata=gold.metadata,
        sections=gold.sections,
        references=gold.references,
        time_expressions=gold.time_expressions,
        organizations=gold.organizations,
        tasks=gold.tasks,
    )


def score_document(gold: GoldDocument, pred: PlanDocument) -> DocumentResult:
    out = DocScorer()
    score_metadata(out, gold.metadata, pred.metadata)
    score_sections(out, gold.sections, pred.sections)
    score_references(out, gold.references, pred.references)
    score_time(out, gold.time_expressions, pred.time_expressions)
    score_organizations(out, gold.organizations, pred.organizations)
    score_tasks(out, gold.tasks, gold.time_expressions, pred.tasks, pred.time_expressions)
    return DocumentResult(doc_id=gold.doc_id, scores=out.scores, errors=out.errors)


def evaluate(
    gold: Mapping[str, GoldDocument],
    pred: Mapping[str, PlanDocument],
    *,
    warnings: list[str] | None = None,
) -> Report:
    """Score ``pred`` against ``gold``, both keyed by document id.

    A gold document without a prediction is scored against an empty prediction (and noted in the
    report's warnings); a prediction without gold is ignored (noted too).
    """
    notes = list(warnings or [])
    documents: list[DocumentResult] = []
    for doc_id in sorted(gold):
        p = pred.get(doc_id)
        if p is None:
            notes.append(f"{doc_id}: no prediction; scored as empty")
            p = empty_prediction()
        documents.append(score_document(gold[doc_id], p))
    notes += [
        f"{doc_id}: prediction without gold; ignored" for doc_id in sorted(set(pred) - set(gold))
    ]
    names = list(documents[0].scores) if documents else []
    metrics: list[MetricSummary] = []
    for name in names:
        per_doc: list[Score] = [d.scores[name] for d in documents]
        metrics.append(MetricSummary(name=name, micro=micro(per_doc), macro=macro(per_doc)))
    return Report(metrics=metrics, documents=documents, warnings=notes)
