"""Tasks: one table of (text, expected tasks) per pattern, the word lists' examples, and the seeds."""

from __future__ import annotations

import pytest
from conftest import corpus_text

from vnplan_extract import parse_text
from vnplan_extract.data import load_table
from vnplan_extract.extract.organizations import scan
from vnplan_extract.extract.tasks.bodies import OrgSpan, parse_list
from vnplan_extract.extract.tasks.reporting import reporting
from vnplan_extract.extract.tasks.words import is_catch_all
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
    assert is_catch_all(str(example["text"])) is example["catch_all"]


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


# Collectives in the middle of a sentence, lists of bodies, and what is not an assignee (the texts
# are taken from the state plans of the corpus, shortened).
COLLECTIVES = [
    (  # a fronted adverbial, then the collective subject (state-010 VI.1)
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Căn cứ Kế hoạch này, các sở, ban, ngành cấp tỉnh, Ủy ban "
        "nhân dân các xã, phường nghiên cứu triển khai thực hiện, đảm bảo phù hợp với chức năng, "
        "nhiệm vụ của ngành, cơ quan, đơn vị mình.\n",
        [
            (
                [("lead", "sở, ban, ngành cấp tỉnh"), ("lead", "ủy ban nhân dân các xã, phường")],
                [],
                [],
            )
        ],
    ),
    (  # a piece closed by a level word ends its collective (state-013 IV.1)
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Căn cứ Kế hoạch này, các Sở, ban, ngành, đoàn thể cấp tỉnh, "
        "cơ quan ngành dọc đóng trên địa bàn, Ủy ban nhân dân xã, phường xây dựng kế hoạch triển "
        "khai thực hiện.\n",
        [
            (
                [
                    ("lead", "sở, ban, ngành, đoàn thể cấp tỉnh"),
                    ("lead", "cơ quan ngành dọc đóng trên địa bàn"),
                    ("lead", "ủy ban nhân dân xã, phường"),
                ],
                [],
                [],
            )
        ],
    ),
    (  # ``giao`` inside a sentence; a later sentence with its own subject is its own task
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Chế độ báo cáo\n\nĐồng thời, giao Công an tỉnh chủ trì, phối "
        "hợp với các Sở, ban, ngành liên quan thường xuyên rà soát, kịp thời tham mưu Ủy ban nhân "
        "dân tỉnh điều chỉnh Kế hoạch này. Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, "
        "các cơ quan, đơn vị, địa phương báo cáo Ủy ban nhân dân tỉnh (qua Công an tỉnh) để được "
        "hướng dẫn, giải quyết.\n",
        [
            ([("lead", "Công an tỉnh")], ["continuous"], []),
            ([("lead", "cơ quan, đơn vị, địa phương")], [], ["Ủy ban nhân dân tỉnh"]),
        ],
    ),
    (  # ``đề nghị`` after a noun; a ``;`` clause with its own subject (state-002 VI.2)
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Trong quá trình thực hiện nếu có khó khăn, vướng mắc đề nghị "
        "các cơ quan, đơn vị và địa phương phản ánh về Sở Khoa học và Công nghệ để phối hợp giải "
        "quyết; trường hợp vượt thẩm quyền, Sở Khoa học và Công nghệ tổng hợp báo cáo và đề xuất, "
        "trình Ủy ban nhân dân tỉnh xem xét, quyết định.\n",
        [
            ([("lead", "cơ quan, đơn vị và địa phương")], [], ["Sở Khoa học và Công nghệ"]),
            ([("lead", "Sở Khoa học và Công nghệ")], [], ["Ủy ban nhân dân tỉnh"]),
        ],
    ),
    (  # a list that qualifies itself (``được giao nhiệm vụ trong ...``); the receiver's own
        # report onward (``để tổng hợp, ... báo cáo Chính phủ``) is not the task's (state-009 VII)
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Các cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch và tại "
        "Phụ lục kèm theo có trách nhiệm chủ động tổ chức thực hiện; gửi báo cáo về Sở Khoa học và "
        "Công nghệ để tổng hợp, tham mưu Ủy ban nhân dân tỉnh báo cáo Chính phủ.\n",
        [
            (
                [
                    (
                        "lead",
                        "cơ quan, đơn vị được giao nhiệm vụ trong Kế hoạch và tại Phụ lục kèm theo",
                    )
                ],
                [],
                ["Sở Khoa học và Công nghệ"],
            )
        ],
    ),
    (  # a compound noun (``viện nghiên cứu``) and a list noun between commas (``tổ chức``)
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Giáo dục và Đào tạo\n\n- Phối hợp với doanh nghiệp, viện "
        "nghiên cứu, trường đại học tổ chức đào tạo theo nhu cầu xã hội.\n\n2. Doanh nghiệp, tổ "
        "chức, cơ sở giáo dục tự chủ tài chính có trách nhiệm bố trí nguồn lực phù hợp.\n",
        [
            (
                [
                    ("lead", "Sở Giáo dục và Đào tạo"),
                    ("coordinate", "doanh nghiệp, viện nghiên cứu, trường đại học"),
                ],
                [],
                [],
            ),
            ([("lead", "doanh nghiệp, tổ chức, cơ sở giáo dục tự chủ tài chính")], [], []),
        ],
    ),
    (  # a hard-wrapped hyphen is no dash item (state-018 V.5.b)
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Ủy ban nhân dân xã, phường\n\na) Tổ chức tuyên truyền, vận "
        "động trong thời gian phát động: Chỉ đạo phòng, ban chuyên môn, phối hợp tổ chức chính trị"
        "\n- xã hội tại địa phương thực hiện công tác tuyên truyền, vận động.\n",
        [
            (
                [
                    ("lead", "ủy ban nhân dân xã, phường"),
                    ("coordinate", "tổ chức chính trị - xã hội tại địa phương"),
                ],
                [],
                [],
            )
        ],
    ),
    (  # ``phòng, chống ma túy`` is no office; ``cơ quan, đơn vị chức năng`` is a catch-all
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh\n\nTổ chức thực hiện "
        "các chương trình phối hợp phòng chống ma túy; phối hợp với các cơ quan, đơn vị chức năng "
        "xác định chỉ tiêu.\n",
        [([("lead", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh")], [], [])],
    ),
    (  # a unit in parentheses stays with its body (state-018 V.1.c)
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Y tế\n\na) Phối hợp Sở Nội vụ (Ban Thi đua - Khen "
        "thưởng) tiến hành họp xét, đề nghị khen thưởng cho tập thể, cá nhân.\n",
        [([("lead", "Sở Y tế"), ("coordinate", "Sở Nội vụ")], [], [])],
    ),
    (  # places after ``Ủy ban nhân dân 04 xã:`` (state-010 IV.1)
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Nông nghiệp và Môi trường\n\n- Phối hợp với Ủy ban nhân "
        "dân 04 xã: Gia Thuận, Tân Điền thành lập mới khu bảo vệ nguồn lợi thủy sản.\n",
        [
            (
                [
                    ("lead", "Sở Nông nghiệp và Môi trường"),
                    ("coordinate", "Ủy ban nhân dân xã Gia Thuận"),
                    ("coordinate", "Ủy ban nhân dân xã Tân Điền"),
                ],
                [],
                [],
            )
        ],
    ),
]

FRONTED = [
    (  # ``của Bộ trưởng ...`` ends the fronted phrase; ``phối hợp với các ...`` goes on a list
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Căn cứ nội dung của Chương trình theo Quyết định số "
        "7619/QĐ-BCA ngày 08/9/2025 của Bộ trưởng Bộ Công an và Kế hoạch này, các Sở, ban, ngành, "
        "đoàn thể, địa phương tổ chức quán triệt, triển khai thực hiện nghiêm túc, hiệu quả.\n\n"
        "2. Sở Tài chính chủ trì tổng hợp, trình cấp có thẩm quyền và phối hợp với các sở, ban, "
        "ngành, Ủy ban nhân dân xã, phường bố trí kinh phí.\n",
        [
            ([("lead", "sở, ban, ngành, đoàn thể, địa phương")], [], []),
            (
                [
                    ("lead", "Sở Tài chính"),
                    ("coordinate", "sở, ban, ngành"),
                    ("coordinate", "ủy ban nhân dân xã, phường"),
                ],
                [],
                [],
            ),
        ],
    ),
]

CATCH_ALL_SUBJECT = [
    (  # a catch-all subject names no one; its partners still coordinate (state-010 VI.2)
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ban, ngành tỉnh có liên quan tới việc thực hiện Kế "
        "hoạch này có trách nhiệm thường xuyên phối hợp cùng các cơ quan chuyên môn thuộc các bộ, "
        "ngành Trung ương trong việc hỗ trợ vốn.\n",
        [
            (
                [("coordinate", "cơ quan chuyên môn thuộc các bộ, ngành Trung ương")],
                ["continuous"],
                [],
            )
        ],
    ),
]

BLOCKS = [
    (  # a leaf whose heading line is its work inherits the block's leads (state-009 VI.11)
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ban, ngành, UBND các xã, phường\n\na) Chủ động công "
        "bố dữ liệu mở của ngành.\n\nb) Đẩy mạnh số hóa hoạt động quản lý, cung cấp dịch vụ công "
        "trực tuyến\n",
        [([("lead", "sở, ban, ngành"), ("lead", "ủy ban nhân dân các xã, phường")], [], [])] * 2,
    ),
    (  # ``Đề nghị`` before a lower-case collective in a heading (state-018 V.6)
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Đề nghị các tổ chức cung cấp dịch vụ chi trả\n\na) Tích cực "
        "tham gia phong trào thi đua chi trả không dùng tiền mặt;\n",
        [([("lead", "tổ chức cung cấp dịch vụ chi trả")], [], [])],
    ),
    (  # a paragraph after the dash items is one more item (seed 004 III.3)
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Ban Tuyên giáo Tỉnh ủy\n\n- Xây dựng đề cương, hướng dẫn các "
        "địa phương xây dựng báo cáo tổng kết.\n\nTham mưu Ban Thường vụ Tỉnh ủy tổ chức hội nghị "
        "tổng kết; trình Thường trực Tỉnh ủy ký ban hành.\n",
        [
            ([("lead", "Ban Tuyên giáo Tỉnh ủy")], [], []),
            ([("lead", "Ban Tuyên giáo Tỉnh ủy")], [], ["Thường trực Tỉnh ủy"]),
        ],
    ),
    (  # the closing words of a plan are nobody's task unless they name their own bodies
        "I. TỔ CHỨC THỰC HIỆN\n\n1. Sở Xây dựng\n\n- Theo dõi, đôn đốc việc thực hiện Kế hoạch."
        "\n\nTrên đây là Kế hoạch chuyển đổi số của Ủy ban nhân dân tỉnh. Đề nghị các cơ quan, đơn "
        "vị nghiêm túc triển khai thực hiện.\n",
        [([("lead", "Sở Xây dựng")], [], [])],
    ),
    (  # a quota is no work (state-017 IV.2.a)
        "I. HÌNH THỨC KHEN THƯỞNG\n\na) Đối với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; Sở Nội "
        "vụ; Văn phòng UBND tỉnh mỗi đơn vị đề nghị không quá 02 tập thể, 05 cá nhân;\n",
        [],
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    HEADING_LEADS
    + DELEGATION
    + CHAIR_AND_COORDINATE
    + GIAO
    + LISTS_AND_REPORTS
    + ELSEWHERE
    + COLLECTIVES
    + FRONTED
    + CATCH_ALL_SUBJECT
    + BLOCKS,
    ids=lambda v: v[:50] if isinstance(v, str) else "",
)
def test_task_patterns(body: str, expected: list[object]) -> None:
    assert summary(parse_text(plan(body))) == expected


def test_decision_article_names_the_executors() -> None:
    """``Điều 3. Chánh Văn phòng ..., Giám đốc Sở ... chịu trách nhiệm thi hành Quyết định này``
    (state-016): the bodies of the listed positions lead; the catch-all does not."""
    text = (
        "QUYẾT ĐỊNH\n\nvề việc ban hành Kế hoạch\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế "
        "hoạch.\n\nĐiều 3. Chánh Văn phòng Ủy ban nhân dân Thành phố, Giám đốc Sở Xây dựng, Giám "
        "đốc Sở Tài chính và các tổ chức, cá nhân liên quan chịu trách nhiệm thi hành Quyết định "
        "này./.\n\nI. MỤC ĐÍCH\n\nNâng cao nhận thức.\n"
    )
    assert summary(parse_text(text)) == [
        (
            [
                ("lead", "Văn phòng Ủy ban nhân dân thành phố"),
                ("lead", "Sở Xây dựng"),
                ("lead", "Sở Tài chính"),
            ],
            [],
            [],
        )
    ]


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


TARGET_TABLE = """PHỤ LỤC

|
**TT**
|
**Chỉ tiêu**
|
**Chủ trì**
|
|
1
|
Phấn đấu mỗi năm phát triển từ 05 bộ dữ liệu mở chất lượng cao.
|
Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực
hiện công bố dữ liệu mở hằng năm theo lĩnh vực quản lý.
|
|
"""


def test_target_table_lead_cell_with_a_clause() -> None:
    """A table of targets (``Chỉ tiêu`` / ``Chủ trì``, state-009's appendix): the lead cell names
    its lead before the verb; the bodies of a later clause carry the work out."""
    doc = parse_text(plan("I. MỤC ĐÍCH\n\nNâng cao nhận thức.\n\n" + TARGET_TABLE))
    ((assignees, _deadlines, _to),) = summary(doc)
    assert assignees == [
        ("lead", "Sở Khoa học và Công nghệ"),
        ("execute", "sở, ngành"),
        ("execute", "ủy ban nhân dân cấp xã"),
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
