"""The report as human-readable tables: plain text aligned in columns, or markdown."""

from __future__ import annotations

from collections.abc import Sequence

from vnplan_extract.evaluate.metrics import PRF, Accuracy
from vnplan_extract.evaluate.report import DocumentResult, Report

# The per-document table shows one headline number per field type: (column, metric, what).
HEADLINE: tuple[tuple[str, str, str], ...] = (
    ("meta", "metadata.*.soft", "mean soft accuracy of the metadata fields"),
    ("sec.id", "sections.id", "F1"),
    ("sec.span", "sections.span.relaxed", "F1"),
    ("ref.entry", "references.entry", "F1"),
    ("ref.mention", "references.mention.relaxed", "F1"),
    ("time.span", "time.span.relaxed", "F1"),
    ("time.value", "time.value", "F1"),
    ("org.name", "organizations.name", "F1"),
    ("org.mention", "organizations.mention.relaxed", "F1"),
    ("task.span", "tasks.span.relaxed", "F1"),
    ("task.role", "tasks.assignee_role", "F1"),
    ("task.deadline", "tasks.assignee_deadline", "F1"),
)


def fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def render(headers: Sequence[str], rows: Sequence[Sequence[str]], *, markdown: bool) -> str:
    if markdown:
        lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(lines)
    widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        # The first column (names) is left-aligned, the numbers right-aligned.
        out = [cells[0].ljust(widths[0])]
        out += [c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True)]
        return "  ".join(out).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])


def summary_table(report: Report, *, markdown: bool = False) -> str:
    """One row per metric: micro P/R/F1 or accuracy, the macro averages, the counts."""
    # An accuracy shares the F1 column: it is the one number of its row.
    headers = ["metric", "P", "R", "F1/Acc", "macro P", "macro R", "macro F1/Acc", "counts", "docs"]
    rows: list[list[str]] = []
    for m in report.metrics:
        if isinstance(m.micro, PRF):
            micro_cells = [fmt(m.micro.precision), fmt(m.micro.recall), fmt(m.micro.f1)]
            counts = f"{m.micro.correct}/{m.micro.pred}/{m.micro.gold}"
            macro_cells = [fmt(m.macro.precision), fmt(m.macro.recall), fmt(m.macro.f1)]
        else:
            micro_cells = ["", "", fmt(m.micro.accuracy)]
            counts = f"{m.micro.correct}/{m.micro.total}"
            macro_cells = ["", "", fmt(m.macro.accuracy)]
        rows.append([m.name, *micro_cells, *macro_cells, counts, str(m.macro.n_docs)])
    return render(headers, rows, markdown=markdown)


def headline(doc: DocumentResult, metric: str) -> float | None:
    if metric == "metadata.*.soft":
        accs = [
            s.accuracy
            for name, s in doc.scores.items()
            if name.startswith("metadata.") and name.endswith(".soft") and isinstance(s, Accuracy)
        ]
        known = [a for a in accs if a is not None]
        return sum(known) / len(known) if known else None
    score = doc.scores.get(metric)
    if isinstance(score, PRF):
        return score.f1
    if isinstance(score, Accuracy):
        return score.accuracy
    return None


def document_table(report: Report, *, markdown: bool = False) -> str:
    """One row per document, one headline number per field type."""
    headers = ["document", *(col for col, _, _ in HEADLINE)]
    rows = [
        [d.doc_id, *(fmt(headline(d, metric)) for _, metric, _ in HEADLINE)]
        for d in report.documents
    ]
    return render(headers, rows, markdown=markdown)


def legend() -> str:
    import textwrap

    meta = next(what for col, _, what in HEADLINE if col == "meta")
    f1s = ", ".join(f"{col}={metric}" for col, metric, what in HEADLINE if what == "F1")
    text = f"meta: {meta}; the other columns are F1: {f1s}"
    return textwrap.fill(text, width=100, break_on_hyphens=False)


def error_listing(doc: DocumentResult) -> str:
    """The false positives, false negatives and wrong values of one document, by metric."""
    lines: list[str] = []
    current = None
    for e in sorted(doc.errors, key=lambda e: (e.metric, e.error, e.start or 0)):
        if e.metric != current:
            current = e.metric
            lines.append(f"\n{e.metric}")
        where = f"[{e.start}:{e.end}] " if e.start is not None else ""
        text = " ".join((e.text or "").split())
        if len(text) > 120:
            text = text[:117] + "..."
        item = f"  {e.error:<5} {where}{text!r}" if e.text is not None else f"  {e.error:<5}"
        if e.error == "wrong":
            item += f"  gold={e.gold!r} pred={e.pred!r}"
        lines.append(item)
    return "\n".join(lines).lstrip("\n") if lines else "(no errors)"
