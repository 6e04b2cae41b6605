"""The pandas view: one table per kind of item, row counts equal to the parsed items, typed dates,
document ids and offsets that point into the text."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import CORPUS_IDS, corpus_text

from vnplan_extract import parse_text, to_frames
from vnplan_extract.frames import COLUMNS, TABLES, document_id, table_rows
from vnplan_extract.models import Assignee, PlanDocument, Task


def expected_rows(doc: PlanDocument) -> dict[str, int]:
    return {
        "documents": 1,
        "sections": len(doc.sections),
        "references": len(doc.references),
        "time_expressions": len(doc.time_expressions),
        "organizations": sum(len(o.mentions) for o in doc.organizations),
        # One row per task and assignee; a task nobody is assigned still has its row.
        "tasks": sum(max(len(t.assignees), 1) for t in doc.tasks),
    }


def test_corpus_tables_have_one_row_per_parsed_item(parsed_corpus) -> None:
    docs = [parsed_corpus[d] for d in CORPUS_IDS]
    frames = to_frames(docs)
    assert set(frames) == set(TABLES)
    for name in TABLES:
        assert list(frames[name].columns) == list(COLUMNS[name]), name
        want = sum(expected_rows(doc)[name] for doc in docs)
        assert len(frames[name]) == want, name
        # Every row belongs to a document of the documents table.
        assert set(frames[name]["doc_id"]) <= set(frames["documents"]["doc_id"]), name
    # The corpus is not empty of items: the counts compared above are not all zero.
    assert len(frames["sections"]) > 0 and len(frames["references"]) > 0


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_per_document_counts_and_offsets(parsed_corpus, doc_id: str) -> None:
    doc = parsed_corpus[doc_id]
    frames = doc.to_frames()
    for name, want in expected_rows(doc).items():
        assert len(frames[name]) == want, name
    for table in ("time_expressions", "organizations"):
        for row in frames[table].itertuples():
            assert doc.text[row.start : row.end] == row.text
    for row in frames["sections"].itertuples():
        assert 0 <= row.start < row.end <= len(doc.text)


def test_dates_are_typed(parsed_corpus) -> None:
    frames = to_frames(parsed_corpus.values())
    for table, column in [
        ("documents", "issued_date"),
        ("references", "issued_date"),
        ("time_expressions", "earliest"),
        ("time_expressions", "latest"),
        ("tasks", "deadline_latest"),
    ]:
        assert pd.api.types.is_datetime64_any_dtype(frames[table][column]), (table, column)
    dated = frames["documents"].dropna(subset=["issued_date"])
    assert len(dated) > 0
    assert dated["issued_date"].dt.year.between(1945, 2100).all()


def test_no_documents_gives_empty_tables_with_their_columns() -> None:
    frames = to_frames([])
    for name in TABLES:
        assert frames[name].empty
        assert list(frames[name].columns) == list(COLUMNS[name])


def test_one_row_per_task_assignee_with_deadline_values() -> None:
    # A real passage of seed 001 (Kế hoạch 83-KH/TU), with its tasks set by hand: the table
    # must not depend on how far the task extractor has come.
    text = corpus_text("001_7b5b9aeaa286f595")
    base = parse_text(text)
    assert base.time_expressions, "seed 001 has time expressions"
    deadline = base.time_expressions[0]
    lead_at = text.index("Ban Tuyên giáo Tỉnh ủy")
    lead = text[lead_at : lead_at + len("Ban Tuyên giáo Tỉnh ủy")]
    tasks = [
        Task(
            id="T1",
            start=lead_at,
            end=lead_at + len(lead),
            text=lead,
            assignees=[
                Assignee(name=lead, role="lead", start=lead_at, end=lead_at + len(lead), text=lead),
                Assignee(
                    name=lead, role="coordinate", start=lead_at, end=lead_at + len(lead), text=lead
                ),
            ],
            deadlines=[deadline.id],
        ),
        Task(id="T2", start=lead_at, end=lead_at + len(lead), text=lead),
    ]
    doc = base.model_copy(update={"tasks": tasks})
    rows = table_rows([doc])["tasks"]
    assert [(r["task_id"], r["role"]) for r in rows] == [
        ("T1", "lead"),
        ("T1", "coordinate"),
        ("T2", None),
    ]
    assert rows[0]["deadline_values"] == (deadline.value or deadline.text)
    assert rows[0]["deadline_latest"] == deadline.latest
    assert all(r["doc_id"] == document_id(doc) for r in rows)


@pytest.mark.parametrize(
    ("path", "sha", "expected"),
    [
        ("corpus/seeds/002_775272c638a78515.txt", "ab" * 32, "002_775272c638a78515"),
        (None, "0123456789abcdef" * 4, "0123456789abcdef"),
    ],
)
def test_document_id(path: str | None, sha: str, expected: str) -> None:
    from vnplan_extract.models import Source

    doc = PlanDocument(source=Source(path=path, sha256=sha), text="")
    assert document_id(doc) == expected
