"""``vnplan evaluate``: score the parser (or saved predictions) against the gold set.

Registered by :mod:`vnplan_extract.cli`; everything heavy is imported when the command runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:  # pragma: no cover
    from vnplan_extract.evaluate.gold import GoldDocument
    from vnplan_extract.models import PlanDocument


def corpus_path(gold: GoldDocument, gold_dir: Path) -> Path:
    """A gold file's ``path`` is relative to the repository root: the current directory, or else
    the parent of the gold directory (``gold/`` sits at the root)."""
    p = Path(gold.path)
    if p.is_absolute() or p.exists():
        return p
    return gold_dir.resolve().parent / p


def read_prediction(file: Path) -> PlanDocument:
    """A saved parse result, or a gold file (to compare two annotations of the same text)."""
    import json

    from vnplan_extract.evaluate.gold import GoldDocument, read_corpus_text
    from vnplan_extract.evaluate.report import gold_as_prediction
    from vnplan_extract.models import PlanDocument

    data = json.loads(file.read_bytes())
    if isinstance(data, dict) and "doc_id" in data:
        g = GoldDocument.model_validate(data)
        text = read_corpus_text(corpus_path(g, file.parent))
        return gold_as_prediction(g, text)
    return PlanDocument.model_validate(data)


def predict(
    gold: dict[str, GoldDocument], gold_dir: Path, pred_dir: Path | None, warnings: list[str]
) -> dict[str, PlanDocument]:
    """Predictions by document id: read from ``pred_dir``, or made by the parser."""
    from vnplan_extract.evaluate.gold import read_corpus_text
    from vnplan_extract.pipeline import parse_file

    out: dict[str, PlanDocument] = {}
    for doc_id, g in gold.items():
        source = corpus_path(g, gold_dir)
        if pred_dir is None:
            try:
                out[doc_id] = parse_file(source)
            except Exception as exc:  # any parser failure: score the rest, name this one
                warnings.append(f"{doc_id}: the parser failed: {type(exc).__name__}: {exc}")
                continue
        else:
            file = pred_dir / f"{doc_id}.json"
            if not file.exists():
                continue  # evaluate() reports the document as scored against nothing
            try:
                out[doc_id] = read_prediction(file)
            except (OSError, ValueError) as exc:  # pydantic's ValidationError is a ValueError
                warnings.append(f"{doc_id}: unreadable prediction {file}: {exc}")
                continue
        if source.exists() and out[doc_id].text != read_corpus_text(source):
            warnings.append(
                f"{doc_id}: prediction text differs from {source}; offsets may not align"
            )
    return out


def evaluate_command(
    gold: Annotated[Path, typer.Option("--gold", help="Directory of gold JSON files.")] = Path(
        "gold"
    ),
    pred: Annotated[
        Path | None,
        typer.Option(
            "--pred",
            help="Directory of <doc_id>.json predictions, parse results or gold files "
            "(default: run the parser).",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    doc: Annotated[
        str | None, typer.Option("--doc", help="Score one document and list its errors.")
    ] = None,
    markdown: Annotated[bool, typer.Option("--markdown", help="Tables in markdown.")] = False,
) -> None:
    """Score the parser (or saved predictions) against the gold set."""
    from vnplan_extract.cli import fail
    from vnplan_extract.evaluate import table
    from vnplan_extract.evaluate.gold import load_gold_dir
    from vnplan_extract.evaluate.report import evaluate

    if not gold.is_dir():
        raise fail(f"{gold}: not a directory of gold files")
    if pred is not None and not pred.is_dir():
        raise fail(f"{pred}: not a directory of predictions")
    try:
        golds = load_gold_dir(gold)
    except ValueError as exc:  # pydantic's ValidationError and JSON errors are ValueErrors
        raise fail(f"invalid gold file in {gold}: {exc}") from None
    if not golds:
        raise fail(f"{gold}: no gold files (*.json)")
    if doc is not None:
        if doc not in golds:
            raise fail(f"{doc}: no gold file for this document in {gold}")
        golds = {doc: golds[doc]}
    warnings: list[str] = []
    preds = predict(golds, gold, pred, warnings)
    report = evaluate(golds, preds, warnings=warnings)
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
        return
    source = f"predictions in {pred}" if pred is not None else "the parser"
    typer.echo(f"vnplan evaluate: {len(golds)} document(s) of {gold}, scoring {source}\n")
    typer.echo(table.summary_table(report, markdown=markdown))
    typer.echo(
        "\ncounts: correct/predicted/gold for P/R/F1, correct/total for accuracy; "
        "macro: over the documents with gold items (docs)\n"
    )
    typer.echo(table.document_table(report, markdown=markdown))
    typer.echo(f"\n{table.legend()}")
    if doc is not None:
        typer.echo(f"\nErrors of {doc}:\n")
        typer.echo(table.error_listing(report.document(doc)))
    for w in report.warnings:
        typer.echo(f"warning: {w}", err=True)


def register(app: typer.Typer) -> None:
    app.command("evaluate")(evaluate_command)
