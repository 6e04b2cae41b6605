"""The evaluator on small hand-made cases with exact expected numbers; the gold against itself."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from vnplan_extract.evaluate import GoldDocument, Report, evaluate, load_gold_dir
from vnplan_extract.evaluate.gold import read_corpus_text
from vnplan_extract.evaluate.keys import soft_key
from vnplan_extract.evaluate.matching import align
from vnplan_extract.evaluate.metrics import PRF, Accuracy, macro
from vnplan_extract.evaluate.report import empty_prediction, gold_as_prediction
from vnplan_extract.models import (
    Assignee,
    Mention,
    Metadata,
    Organization,
    PlanDocument,
    Reference,
    Section,
    Source,
    Task,
    TimeExpression,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD_FILES = sorted((ROOT / "gold").glob("*.json"))

# A line of a real plan (seed 001) that the hand-made cases point into.
TEXT = (
    "Tổ chức phổ biến, quán triệt trong quý IV/2019 và thực hiện thường xuyên; "
    "Định kỳ 06 tháng báo cáo Ban Thường vụ Tỉnh ủy."
)


def at(fragment: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(fragment, start + 1)
    return start, start + len(fragment)


def timex(fragment: str, value: str | None, tid: str = "D1", **kw: object) -> TimeExpression:
    start, end = at(fragment)
    kw.setdefault("kind", "deadline")
    return TimeExpression(id=tid, start=start, end=end, text=fragment, value=value, **kw)


def gold(**fields: object) -> dict[str, GoldDocument]:
    return {"d": GoldDocument(doc_id="d", path="d.txt", **fields)}


def pred(**fields: object) -> dict[str, PlanDocument]:
    return {"d": PlanDocument(source=Source(sha256=""), text=TEXT, **fields)}


def scores(report: Report, name: str) -> tuple[float | None, ...]:
    s = report.document("d").scores[name]
    if isinstance(s, PRF):
        return (s.precision, s.recall, s.f1)
    return (s.accuracy,)


Q4 = ("trong quý IV/2019", "2019-Q4")
CONT = ("thường xuyên", None)


# --- metrics and matching ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("counts", "expected"),
    [
        ((2, 4, 3), (0.5, 2 / 3, 4 / 7)),
        ((0, 0, 3), (0.0, 0.0, 0.0)),  # nothing found
        ((0, 2, 0), (0.0, 0.0, 0.0)),  # found where there is nothing
        ((0, 0, 0), (None, None, None)),  # nothing to measure
        ((3, 3, 3), (1.0, 1.0, 1.0)),
    ],
)
def test_prf(counts: tuple[int, int, int], expected: tuple[float | None, ...]) -> None:
    c, p, g = counts
    s = PRF(correct=c, pred=p, gold=g)
    assert (s.precision, s.recall, s.f1) == pytest.approx(expected)


def test_macro_skips_documents_without_gold() -> None:
    docs = [PRF(correct=1, pred=1, gold=1), PRF(correct=0, pred=0, gold=3), PRF(pred=2)]
    m = macro(list(docs))
    assert m.n_docs == 2
    assert (m.precision, m.recall, m.f1) == (0.5, 0.5, 0.5)
    assert macro([Accuracy(correct=1, total=2), Accuracy()]).accuracy == 0.5


@pytest.mark.parametrize(
    ("gold_spans", "pred_spans", "strict", "relaxed"),
    [
        ([(0, 5)], [(0, 5)], [(0, 0)], [(0, 0)]),
        ([(0, 5)], [(2, 5)], [], [(0, 0)]),  # partial overlap: a relaxed hit only
        ([(0, 5)], [(5, 9)], [], []),  # touching is not overlapping
        ([(0, 5)], [(0, 5), (0, 5)], [(0, 0)], [(0, 0)]),  # a duplicate is left over
        # A long prediction overlapping two gold spans must leave the second one to its own match.
        ([(0, 10), (10, 20)], [(5, 15), (0, 6)], [], [(0, 1), (1, 0)]),
        # The exact pair gives way when that is the only way to match both gold spans.
        ([(0, 10), (8, 12)], [(0, 10), (2, 4)], [(0, 0)], [(0, 1), (1, 0)]),
    ],
)
def test_align(
    gold_spans: list[tuple[int, int]],
    pred_spans: list[tuple[int, int]],
    strict: list[tuple[int, int]],
    relaxed: list[tuple[int, int]],
) -> None:
    assert align(gold_spans, pred_spans, relaxed=False).pairs == strict
    assert align(gold_spans, pred_spans, relaxed=True).pairs == relaxed


@pytest.mark.parametrize(
    ("a", "b", "equal"),
    [
        ("Ủy ban nhân dân tỉnh", "UỶ BAN NHÂN DÂN  TỈNH", True),  # case, tone placement, spaces
        ("công nghiệp hóa, hiện đại hóa", "công nghiệp hoá hiện đại hoá", True),  # punctuation
        ("83-KH/TU", "83 - KH/TU", True),
        ("83-KH/TU", "83-KH/TƯ", False),  # a different letter is not a soft match
        ("Điện Biên", "Dien Bien", False),  # diacritics are letters, not tone placement
    ],
)
def test_soft_key(a: str, b: str, equal: bool) -> None:
    assert (soft_key(a) == soft_key(b)) is equal


# --- time expressions: spans and values ---------------------------------------------------------


def test_perfect_match() -> None:
    items = [timex(*Q4), timex(*CONT, tid="D2", kind="continuous")]
    r = evaluate(gold(time_expressions=items), pred(time_expressions=items))
    for name in ("time.span.strict", "time.span.relaxed", "time.value", "time.mod", "time.kind"):
        assert scores(r, name) == (1.0, 1.0, 1.0)
    assert scores(r, "time.kind_accuracy") == (1.0,)
    assert r.document("d").errors == []


def test_nothing_found() -> None:
    r = evaluate(gold(time_expressions=[timex(*Q4)]), pred())
    assert scores(r, "time.span.strict") == (0.0, 0.0, 0.0)
    assert scores(r, "time.span.relaxed") == (0.0, 0.0, 0.0)
    assert scores(r, "time.value") == (0.0, 0.0, 0.0)
    assert scores(r, "time.kind_accuracy") == (None,)
    [err] = [e for e in r.document("d").errors if e.metric == "time.span.relaxed"]
    assert (err.error, err.text) == ("FN", "trong quý IV/2019")


def test_partial_overlap_is_a_relaxed_hit() -> None:
    # The prediction leaves out the preposition "trong": a strict miss, a relaxed hit.
    g = timex(*Q4)
    p = timex("quý IV/2019", "2019-Q4")
    r = evaluate(gold(time_expressions=[g]), pred(time_expressions=[p]))
    assert scores(r, "time.span.strict") == (0.0, 0.0, 0.0)
    assert scores(r, "time.span.relaxed") == (1.0, 1.0, 1.0)
    assert scores(r, "time.value") == (1.0, 1.0, 1.0)


def test_duplicate_prediction_is_a_false_positive() -> None:
    g = timex(*Q4)
    r = evaluate(gold(time_expressions=[g]), pred(time_expressions=[g, g.model_copy()]))
    for name in ("time.span.strict", "time.span.relaxed", "time.value"):
        assert scores(r, name) == pytest.approx((0.5, 1.0, 2 / 3))
    [fp] = [e for e in r.document("d").errors if e.metric == "time.span.relaxed"]
    assert (fp.error, fp.text) == ("FP", "trong quý IV/2019")


def test_wrong_value_on_a_correct_span() -> None:
    gold_items = [timex(*Q4), timex("Định kỳ 06 tháng", "P6M", "D2", kind="recurring", type="SET")]
    pred_items = [
        timex("trong quý IV/2019", "2019-Q3", mod="BEFORE"),
        timex("Định kỳ 06 tháng", "P6M", "D2", kind="deadline", type="SET"),
    ]
    r = evaluate(gold(time_expressions=gold_items), pred(time_expressions=pred_items))
    assert scores(r, "time.span.strict") == (1.0, 1.0, 1.0)
    assert scores(r, "time.value") == (0.5, 0.5, 0.5)
    assert scores(r, "time.mod") == (0.5, 0.5, 0.5)
    assert scores(r, "time.type") == (1.0, 1.0, 1.0)
    assert scores(r, "time.kind") == (0.5, 0.5, 0.5)
    assert scores(r, "time.kind_accuracy") == (0.5,)
    wrong = {(e.metric, e.gold, e.pred) for e in r.document("d").errors}
    assert ("time.value", "2019-Q4", "2019-Q3") in wrong
    assert ("time.mod", None, "BEFORE") in wrong


def test_value_f1_counts_unmatched_items() -> None:
    # TempEval-3: value precision is over all predictions, recall over all gold items.
    gold_items = [timex(*Q4), timex(*CONT, tid="D2", kind="continuous")]
    pred_items = [timex(*Q4), timex("Định kỳ 06 tháng", "P6M", "D2")]
    r = evaluate(gold(time_expressions=gold_items), pred(time_expressions=pred_items))
    assert scores(r, "time.value") == (0.5, 0.5, 0.5)


# --- metadata -------------------------------------------------------------------------------------


def test_metadata_exact_and_soft() -> None:
    g = Metadata(
        doc_type="ke_hoach",
        number="83-KH/TU",
        issuer="Ủy ban nhân dân tỉnh Điện Biên",
        issued_date=dt.date(2019, 8, 27),
        title="triển khai Kết luận số 52-KL/TW",
    )
    p = Metadata(
        doc_type="ke_hoach",
        number="83-KH/TƯ",
        issuer="UỶ BAN NHÂN DÂN TỈNH  ĐIỆN BIÊN",
        issued_date=dt.date(2019, 8, 27),
        title="Triển khai Kết luận số 52-KL/TW",
        place="Điện Biên",
    )
    r = evaluate(gold(metadata=g), pred(metadata=p))
    expected = {
        "doc_type": (1.0, 1.0),
        "number": (0.0, 0.0),
        "issuer": (0.0, 1.0),
        "place": (0.0, 0.0),  # found where the document has none
        "issued_date": (1.0, 1.0),
        "title": (0.0, 1.0),
        "signer.name": (1.0, 1.0),  # null and null: rightly absent
    }
    for name, (exact, soft) in expected.items():
        assert scores(r, f"metadata.{name}.exact") == (exact,), name
        assert scores(r, f"metadata.{name}.soft") == (soft,), name
    assert r.metric("metadata.title.soft").micro == Accuracy(correct=1, total=1)


def test_recipients() -> None:
    start, end = at("Ban Thường vụ Tỉnh ủy")
    g = Metadata.model_validate(
        {"recipients": [{"start": start, "end": end, "text": TEXT[start:end], "name": "BTV"}]}
    )
    p = Metadata.model_validate(
        {
            "recipients": [
                {"start": start + 4, "end": end, "text": TEXT[start + 4 : end], "name": "x"}
            ]
        }
    )
    r = evaluate(gold(metadata=g), pred(metadata=p))
    assert scores(r, "metadata.recipients.span.strict") == (0.0, 0.0, 0.0)
    assert scores(r, "metadata.recipients.span.relaxed") == (1.0, 1.0, 1.0)
    assert scores(r, "metadata.recipients.name") == (0.0, 0.0, 0.0)


# --- sections, references, organizations -------------------------------------------------------


def section(sid: str, kind: str, start: int, end: int, parent: str | None = None) -> Section:
    return Section(
        id=sid,
        label=sid.rsplit(".", 1)[-1],
        heading="h",
        kind=kind,
        level=sid.count(".") + 1,
        parent=parent,
        start=start,
        end=end,
        text=TEXT[start:end],
    )


def test_sections() -> None:
    g = [
        section("I", "purpose", 0, 50),
        section("I.1", "other", 10, 50, "I"),
        section("II", "content", 51, 90),
    ]
    p = [
        section("I", "purpose", 0, 50),
        section("I.1", "content", 10, 40, "I"),
        section("III", "content", 51, 90),
    ]
    r = evaluate(gold(sections=g), pred(sections=p))
    assert scores(r, "sections.id") == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert scores(r, "sections.span.strict") == pytest.approx((2 / 3, 2 / 3, 2 / 3))
    assert scores(r, "sections.span.relaxed") == (1.0, 1.0, 1.0)
    assert scores(r, "sections.kind") == (0.5,)
    assert scores(r, "sections.boundaries") == (0.5,)
    assert scores(r, "sections.level") == (1.0,)
    assert scores(r, "sections.parent") == (1.0,)


def mention(fragment: str, nth: int = 0) -> Mention:
    start, end = at(fragment, nth)
    return Mention(start=start, end=end, text=fragment)


def test_references_entries_and_values() -> None:
    g = [
        Reference(
            id="R1",
            doc_type="ket_luan",
            number="52-KL/TW",
            issued_date=dt.date(2019, 5, 30),
            issuer="Ban Bí thư",
            mentions=[mention("quý IV")],
        ),
        Reference(
            id="R2", doc_type="nghi_quyet", number="27-NQ/TW", issuer="Ban Chấp hành Trung ương"
        ),
        Reference(id="R3", doc_type="ke_hoach", is_self=True, mentions=[mention("Tổ chức")]),
    ]
    p = [
        Reference(
            id="R1",
            doc_type="ket_luan",
            number="52-KL/TW",
            issued_date=dt.date(2019, 5, 31),
            issuer="Ban Bí thư",
            mentions=[mention("quý IV/2019")],
        ),
        Reference(id="R2", doc_type="ket_luan", number="52-KL/TW"),  # a duplicate entry collapses
    ]
    r = evaluate(gold(references=g), pred(references=p))
    assert scores(r, "references.entry") == pytest.approx((1.0, 0.5, 2 / 3))
    assert scores(r, "references.issued_date") == (0.0, 0.0, 0.0)
    assert scores(r, "references.issuer") == pytest.approx((1.0, 0.5, 2 / 3))
    assert scores(r, "references.term") == pytest.approx((1.0, 0.5, 2 / 3))  # null and null
    assert scores(r, "references.mention.strict") == (0.0, 0.0, 0.0)
    assert scores(r, "references.mention.relaxed") == (1.0, 0.5, pytest.approx(2 / 3))
    # the found mention belongs to the entry with the right number
    assert scores(r, "references.mention_number") == (1.0, 0.5, pytest.approx(2 / 3))


def test_organizations() -> None:
    g = [
        Organization(name="Ban Thường vụ Tỉnh ủy", mentions=[mention("Ban Thường vụ Tỉnh ủy")]),
        Organization(name="Ủy ban nhân dân tỉnh"),
    ]
    p = [Organization(name="Ban thường vụ Tỉnh uỷ", mentions=[mention("Ban Thường vụ")])]
    r = evaluate(gold(organizations=g), pred(organizations=p))
    assert scores(r, "organizations.name") == (0.0, 0.0, 0.0)
    assert scores(r, "organizations.name.soft") == pytest.approx((1.0, 0.5, 2 / 3))
    assert scores(r, "organizations.mention.strict") == (0.0, 0.0, 0.0)
    assert scores(r, "organizations.mention.relaxed") == (1.0, 1.0, 1.0)
    assert scores(r, "organizations.mention_name") == (0.0, 0.0, 0.0)  # not the canonical form


# --- tasks ---------------------------------------------------------------------------------------


def task(tid: str, assignees: list[tuple[str, str]], deadlines: list[str], **kw: object) -> Task:
    start, end = 0, len(TEXT)
    return Task(
        id=tid,
        start=start,
        end=end,
        text=TEXT,
        assignees=[Assignee(name=n, role=r, start=0, end=7, text=TEXT[0:7]) for n, r in assignees],
        deadlines=deadlines,
        **kw,
    )


def test_task_pairs() -> None:
    times_g = [timex(*Q4), timex(*CONT, tid="D2", kind="continuous")]
    times_p = [timex(*Q4, tid="D9"), timex(*CONT, tid="D2", kind="continuous")]
    g = [
        task(
            "T1",
            [("Ban Tuyên giáo Tỉnh ủy", "lead"), ("Sở Y tế", "coordinate")],
            ["D1", "D2"],
            report_to=["Ban Thường vụ Tỉnh ủy"],
        )
    ]
    p = [
        task("T1", [("Ban Tuyên giáo Tỉnh ủy", "lead"), ("Sở Y tế", "lead")], ["D9"]),
        task(
            "T2",
            [("Ban Tuyên giáo Tỉnh ủy", "lead")],
            ["D2", "D7"],
            report_to=["Ban Thường vụ Tỉnh ủy"],
        ),
    ]
    r = evaluate(gold(tasks=g, time_expressions=times_g), pred(tasks=p, time_expressions=times_p))
    # roles as a set: {(BTG, lead), (SYT, lead)} against {(BTG, lead), (SYT, coordinate)}
    assert scores(r, "tasks.assignee_role") == (0.5, 0.5, 0.5)
    # deadlines by value: gold {(BTG, Q4), (SYT, Q4), (BTG, continuous), (SYT, continuous)};
    # pred {(BTG, Q4), (SYT, Q4), (BTG, continuous), (BTG, ?D7)}
    assert scores(r, "tasks.assignee_deadline") == (0.75, 0.75, 0.75)
    # report_to: gold {(BTG, BTV), (SYT, BTV)}, pred {(BTG, BTV)}
    assert scores(r, "tasks.report_to") == pytest.approx((1.0, 0.5, 2 / 3))
    assert scores(r, "tasks.report_via") == (None, None, None)
    assert scores(r, "tasks.span.strict") == (0.5, 1.0, pytest.approx(2 / 3))
    fns = {e.text for e in r.document("d").errors if e.metric == "tasks.assignee_deadline"}
    assert fns == {"Sở Y tế | continuous", "Ban Tuyên giáo Tỉnh ủy | ?D7"}


# --- micro and macro over documents, the report, the command -----------------------------------


def test_micro_and_macro() -> None:
    a, b = timex(*Q4), timex(*CONT, tid="D2")
    c = timex("Định kỳ 06 tháng", "P6M", "D3")
    golds = {
        "x": GoldDocument(doc_id="x", path="x.txt", time_expressions=[a]),
        "y": GoldDocument(doc_id="y", path="y.txt", time_expressions=[a, b, c]),
        "z": GoldDocument(doc_id="z", path="z.txt"),
    }
    preds = {"x": pred(time_expressions=[a])["d"], "z": pred(time_expressions=[a])["d"]}
    r = evaluate(golds, preds)
    m = r.metric("time.span.relaxed")
    assert m.micro == PRF(correct=1, pred=2, gold=4)
    assert (m.macro.n_docs, m.macro.precision, m.macro.recall, m.macro.f1) == (2, 0.5, 0.5, 0.5)
    assert r.warnings == ["y: no prediction; scored as empty"]
    json.loads(r.model_dump_json())  # the report is JSON-serializable


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.stem)
def test_gold_against_itself_is_perfect(path: Path) -> None:
    golds = load_gold_dir(path.parent)
    g = next(d for d in golds.values() if d.doc_id == path.stem)
    r = evaluate({g.doc_id: g}, {g.doc_id: gold_as_prediction(g)})
    for m in r.metrics:
        values = (
            [m.micro.precision, m.micro.recall, m.micro.f1]
            if isinstance(m.micro, PRF)
            else [m.micro.accuracy]
        )
        assert all(v in (None, 1.0) for v in values), (m.name, m.micro)
    assert r.document(g.doc_id).errors == []


def write_case(tmp: Path) -> tuple[Path, Path]:
    """A one-document gold dir and prediction dir on the first line of seed 001."""
    corpus = ROOT / "corpus/seeds/001_7b5b9aeaa286f595.txt"
    text = read_corpus_text(corpus)
    start = text.index("ngày 27 tháng 8 năm 2019")
    t = TimeExpression(
        id="D1",
        start=start,
        end=start + 24,
        text=text[start : start + 24],
        type="DATE",
        value="2019-08-27",
        kind="date",
    )
    g = GoldDocument(doc_id="seed1", path=str(corpus), time_expressions=[t])
    p = PlanDocument(
        source=Source(sha256=""),
        text=text,
        time_expressions=[t.model_copy(update={"value": "2019-08-28"})],
    )
    (tmp / "gold").mkdir()
    (tmp / "pred").mkdir()
    (tmp / "gold/seed1.json").write_text(g.model_dump_json(), encoding="utf-8")
    (tmp / "pred/seed1.json").write_text(p.model_dump_json(), encoding="utf-8")
    return tmp / "gold", tmp / "pred"


def test_command(tmp_path: Path) -> None:
    from vnplan_extract.cli import app

    gdir, pdir = write_case(tmp_path)
    runner = CliRunner()
    res = runner.invoke(app, ["evaluate", "--gold", str(gdir), "--pred", str(pdir)])
    assert res.exit_code == 0, res.output
    assert "time.value" in res.output and "seed1" in res.output
    res = runner.invoke(app, ["evaluate", "--gold", str(gdir), "--pred", str(pdir), "--json"])
    report = Report.model_validate_json(res.stdout)
    assert report.metric("time.span.strict").micro == PRF(correct=1, pred=1, gold=1)
    assert report.metric("time.value").micro == PRF(correct=0, pred=1, gold=1)
    res = runner.invoke(
        app, ["evaluate", "--gold", str(gdir), "--pred", str(pdir), "--doc", "seed1"]
    )
    assert "gold='2019-08-27' pred='2019-08-28'" in res.output
    res = runner.invoke(app, ["evaluate", "--gold", str(tmp_path / "nowhere")])
    assert res.exit_code == 2
    res = runner.invoke(app, ["evaluate", "--gold", str(gdir), "--doc", "other"])
    assert res.exit_code == 2


def test_empty_prediction_scores_zero_where_gold_exists() -> None:
    g = GoldDocument(doc_id="d", path="d.txt", time_expressions=[timex(*Q4)])
    r = evaluate({"d": g}, {"d": empty_prediction()})
    assert r.metric("time.span.relaxed").micro == PRF(correct=0, pred=0, gold=1)


def test_command_gold_against_itself(tmp_path: Path) -> None:
    # --pred also takes gold files: the gold scored against itself is 1.0 everywhere.
    from vnplan_extract.cli import app

    gdir, _ = write_case(tmp_path)
    res = CliRunner().invoke(app, ["evaluate", "--gold", str(gdir), "--pred", str(gdir), "--json"])
    assert res.exit_code == 0, res.output
    report = Report.model_validate_json(res.stdout)
    assert report.metric("time.value").micro == PRF(correct=1, pred=1, gold=1)
    assert report.metric("metadata.title.exact").micro == Accuracy(correct=1, total=1)
    assert report.warnings == []


def test_markdown_tables(tmp_path: Path) -> None:
    from vnplan_extract.cli import app

    gdir, pdir = write_case(tmp_path)
    args = ["evaluate", "--gold", str(gdir), "--pred", str(pdir), "--markdown"]
    res = CliRunner().invoke(app, args)
    assert "| time.value | 0.000 | 0.000 | 0.000 |" in res.output
    assert "| seed1 |" in res.output


def test_command_survives_a_missing_prediction_and_a_parser_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vnplan_extract import pipeline
    from vnplan_extract.cli import app

    gdir, pdir = write_case(tmp_path)
    (pdir / "seed1.json").unlink()
    res = CliRunner().invoke(app, ["evaluate", "--gold", str(gdir), "--pred", str(pdir)])
    assert res.exit_code == 0
    assert "seed1: no prediction; scored as empty" in res.stderr

    def broken(path: object) -> None:
        raise IndexError("a bug")

    monkeypatch.setattr(pipeline, "parse_file", broken)
    res = CliRunner().invoke(app, ["evaluate", "--gold", str(gdir)])
    assert res.exit_code == 0
    assert "seed1: the parser failed: IndexError: a bug" in res.stderr
