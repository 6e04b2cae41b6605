"""Tasks: one table of (text, expected tasks) per pattern, the word lists' examples, and the seeds."""

from __future__ import annotations

import pytest
from conftest import corpus_text

from vnplan_extract import parse_text
from vnplan_extract.data import load_table
from vnplan_extract.extract.organizations import scan
from vnplan_extract.extract.tasks.bodies import OrgSpan, parse_list
from vnplan_extract.extract.tasks.reporting import reporting
from vnplan_extract.extract.tasks.words import catch_all
from vnplan_extract.models import PlanDocument
from vnplan_extract.text.normalize import normalize

EXAMPLES = load_table("task_words")["examples"]


def _orgs(text: str) -> list[OrgSpan]:
    return [OrgSpan(f.start, f.end, f.name) for f in scan(text)]


@pytest.mark.parametrize(
    "example", [e for e in EXAMPLES if e["kind"] == "list"], ids=lambda e: e["text"][:40]
)
def test_list_examples(example: dict[str, object]) -> None:
    text = normalize(str(example["text"])).flow
    bodies = parse_list(text, 0, len(text), _orgs(text))
    assert [b.name for b in bodies] == example["assignees"]


@pytest.mark.parametrize(
    "example", [e for e in EXAMPLES if e["kind"] == "catch_all"], ids=lambda e: e["text"]
)
def test_catch_all_examples(example: dict[str, object]) -> None:
    assert (catch_all().match(str(example["text"])) is not None) is example["catch_all"]


@pytest.mark.parametrize(
    "example", [e for e in EXAMPLES if e["kind"] == "report"], ids=lambda e: e["text"][:40]
)
def test_report_examples(example: dict[str, object]) -> None:
    text = normalize(str(example["text"])).flow
    to, via = reporting(text, 0, len(text), _orgs(text))
    assert (to, via) == (example["to"], example["via"])


def summary(doc: PlanDocument) -> list[tuple[list[tuple[str, str]], list[str], list[str]]]:
    """Each task as (assignees as (role, name), deadline values, report_to)."""
    values = {t.id: t.value or t.kind for t in doc.time_expressions}
    out = []
    for task in doc.tasks:
        assert doc.text[task.start : task.end] == task.text
        for a in task.assignees:
            assert doc.text[a.start : a.end] == a.text
        out.append(
            (
                [(a.role, a.name) for a in task.assignees],
                [values[d] for d in task.deadlines],
                task.report_to,
            )
        )
    return out


def plan(body: str) -> str:
    return "KẾ HOẠCH\n\nthực hiện Nghị quyết\n\nXây dựng kế hoạch thực hiện như sau:\n\n" + body


HEADING_LEADS = [
    (
        "I- TỔ CHỨC THỰC HIỆN\n\n1. Ban Tuyên giáo Tỉnh ủy\n\n"
        "- Hướng dẫn các địa phương tổ chức quán triệt (hoàn thành trong quý IV/2019).\n\n"
        "- Theo dõi, đôn đốc việc thực hiện (thực hiện thường xuyên).\n",
        [
            ([("lead", "Ban Tuyên giáo Tỉnh ủy")], ["2019-Q4"], []),
            ([("lead", "Ban Tuyên giáo Tỉnh ủy")], ["continuous"], []),
        ],
    ),
    (
        "I- TỔ CHỨC THỰC HIỆN\n\n1. Sở Tài chính\n\n"
        "Phân bổ ngân sách hợp lý cho các dự án.\n\nTăng cường công tác giám sát.\n",
        [([("lead", "Sở Tài chính")], [], []), ([("lead", "Sở Tài chính")], [], [])],
    ),
]

DELEGATION = [
    (
        "I- NHIỆM VỤ CỤ THỂ\n\n1. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh:\n\n"
        "- Ban hành Kế hoạch thực hiện (hoàn thành trong tháng 4/2024).\n",
        [
            (
                [
                    ("lead", "Ban cán sự đảng Ủy ban nhân dân tỉnh"),
                    ("execute", "Ủy ban nhân dân tỉnh"),
                ],
                ["2024-04"],
                [],
            )
        ],
    ),
    (
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Đảng đoàn Hội đồng nhân dân tỉnh\n\n"
        "Lãnh đạo, chỉ đạo Hội đồng nhân dân tỉnh ban hành các văn bản cụ thể hóa.\n",
        [
            (
                [
                    ("lead", "Đảng đoàn Hội đồng nhân dân tỉnh"),
                    ("execute", "Hội đồng nhân dân tỉnh"),
                ],
                [],
                [],
            )
        ],
    ),
]

CHAIR_AND_COORDINATE = [
    (
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Ban Tuyên giáo Tỉnh ủy\n\n"
        "Chủ trì, phối hợp với Ban Tổ chức Tỉnh ủy, Sở Nội vụ và các đơn vị liên quan hướng dẫn, "
        "đôn đốc việc triển khai thực hiện.\n",
        [
            (
                [
                    ("lead", "Ban Tuyên giáo Tỉnh ủy"),
                    ("coordinate", "Ban Tổ chức Tỉnh ủy"),
                    ("coordinate", "Sở Nội vụ"),
                ],
                [],
                [],
            )
        ],
    ),
]

GIAO = [
    (
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Giao Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì theo dõi, "
        "hướng dẫn, đôn đốc việc thực hiện Kế hoạch này.\n",
        [([("lead", "Ban Tuyên giáo và Dân vận Tỉnh ủy")], [], [])],
    ),
]

LISTS_AND_REPORTS = [
    (
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Các cơ quan, đơn vị cấp tỉnh (Hội đồng nhân dân tỉnh, "
        "Ban Tổ chức Tỉnh ủy, Trường Chính trị tỉnh) báo cáo kết quả thực hiện về Thường trực "
        "Tỉnh ủy (qua Ban Tuyên giáo và Dân vận Tỉnh ủy) trước ngày 20/4/2026.\n",
        [
            (
                [
                    ("lead", "Hội đồng nhân dân tỉnh"),
                    ("lead", "Ban Tổ chức Tỉnh ủy"),
                    ("lead", "Trường Chính trị tỉnh"),
                ],
                ["2026-04-20"],
                ["Thường trực Tỉnh ủy"],
            )
        ],
    ),
    (
        "I- TỔ CHỨC THỰC HIỆN\n\n1. Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy\n\n"
        "Xây dựng kế hoạch thực hiện (hoàn thành trong tháng 4/2024).\n",
        [([("lead", "huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy")], ["2024-04"], [])],
    ),
]

ELSEWHERE = [
    (
        "I. HÌNH THỨC VÀ THỜI GIAN\n\n- Đối với các đảng bộ trực thuộc tỉnh: gửi báo cáo về "
        "Thường trực Tỉnh ủy trước ngày 20/4/2026.\n\n- Tổ chức hội nghị sơ kết.\n",
        [([("lead", "đảng bộ trực thuộc tỉnh")], ["2026-04-20"], ["Thường trực Tỉnh ủy"])],
    ),
    (
        "I. NỘI DUNG\n\n1. Tiếp tục tuyên truyền, quán triệt nghị quyết trong cán bộ, đảng viên.\n",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    HEADING_LEADS + DELEGATION + CHAIR_AND_COORDINATE + GIAO + LISTS_AND_REPORTS + ELSEWHERE,
    ids=lambda v: v[:50] if isinstance(v, str) else "",
)
def test_task_patterns(body: str, expected: list[object]) -> None:
    assert summary(parse_text(plan(body))) == expected


TABLE = """PHỤ LỤC

|
**STT**
|
**NHIỆM VỤ VÀ GIẢI PHÁP**
|
**CHỦ TRÌ**
|
**PHỐI HỢP**
|
**THỜI GIAN**
|
|
1
|
Đề xuất giải pháp cải thiện môi trường đầu tư.
|
Sở Tài chính
|
Sở Công Thương; Ban Quản lý Khu kinh tế tỉnh Đồng Tháp
|
2026
|
|
"""


def test_task_table_rows() -> None:
    doc = parse_text(plan("I. MỤC ĐÍCH\n\nNâng cao nhận thức.\n\n" + TABLE))
    tasks = summary(doc)
    assert len(tasks) == 1
    assignees, _deadlines, _to = tasks[0]
    assert assignees == [
        ("lead", "Sở Tài chính"),
        ("coordinate", "Sở Công Thương"),
        ("coordinate", "Ban Quản lý Khu kinh tế tỉnh Đồng Tháp"),
    ]


def seed_tasks(doc_id: str, section_prefix: str) -> list[tuple[object, ...]]:
    doc = parse_text(corpus_text(doc_id))
    times = {t.id: t for t in doc.time_expressions}
    return [
        (
            t.section,
            [(a.role, a.name) for a in t.assignees],
            [
                (times[d].value, times[d].mod, times[d].kind, times[d].frequency)
                for d in t.deadlines
            ],
            t.report_to,
            t.report_via,
        )
        for t in doc.tasks
        if (t.section or "").startswith(section_prefix)
    ]


def test_seed_003_specific_tasks_of_the_ubnd() -> None:
    tasks = seed_tasks("003_f31f3f139891829a", "IV.2")
    assert len(tasks) == 7
    for _sec, assignees, _d, _to, _via in tasks:
        assert assignees == [
            ("lead", "Ban cán sự đảng Ủy ban nhân dân tỉnh"),
            ("execute", "Ủy ban nhân dân tỉnh"),
        ]
    values = [[v for v, *_ in t[2]] for t in tasks]
    assert values[0][0] == "2024-04"
    assert values[1] == ["2024-Q3"] and values[2] == ["2024-Q3"]
    assert any(kind == "continuous" for t in tasks for _v, _m, kind, _f in t[2])


def test_seed_002_reporting_lines() -> None:
    tasks = [
        t
        for t in seed_tasks("002_775272c638a78515", "III.")
        if t[0] in {"III.1", "III.2", "III.3", "III.4"}
    ]
    assert [t[0] for t in tasks] == ["III.1", "III.2", "III.3", "III.4"]
    for _sec, _assignees, deadlines, to, via in tasks:
        assert deadlines == [("2026-04-20", "BEFORE", "deadline", None)]
        assert to == ["Thường trực Tỉnh ủy"]
        assert via == ["Ban Tuyên giáo và Dân vận Tỉnh ủy"]
    members = [name for _role, name in tasks[1][1]]
    assert members == [
        "Hội đồng nhân dân tỉnh",
        "Ban Tổ chức Tỉnh ủy",
        "Trường Chính trị tỉnh",
        "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh",
        "Hội Văn học Nghệ thuật tỉnh",
    ]


def test_seed_001_recurring_report() -> None:
    (task,) = seed_tasks("001_7b5b9aeaa286f595", "III.1")
    _sec, _assignees, deadlines, to, via = task
    assert ("P6M", None, "recurring", "P6M") in deadlines
    assert ("2019-Q4", None, "deadline", None) in deadlines
    assert to == ["Ban Thường vụ Tỉnh ủy"] and via == ["Ban Tuyên giáo Tỉnh ủy"]
