"""Time expressions (issue 5): every form of the primer's section 5 and of the issue, and corpus
sentences, each with the items expected (text, value, mod, kind, bounds, frequency)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from vnplan_extract.context import Context
from vnplan_extract.extract.time import find_time_expressions
from vnplan_extract.text.normalize import normalize

ROOT = Path(__file__).resolve().parents[1]


def run(text: str, anchor: str | None = None) -> list[dict[str, Any]]:
    ctx = Context(norm=normalize(text))
    if anchor:
        ctx.metadata.issued_date = dt.date.fromisoformat(anchor)
    return [t.model_dump(mode="json") for t in find_time_expressions(ctx)]


def check(text: str, anchor: str | None, expected: list[dict[str, Any]]) -> None:
    got = run(text, anchor)
    assert [g["text"] for g in got] == [e["text"] for e in expected], got
    for g, e in zip(got, expected, strict=True):
        for key, want in e.items():
            assert g[key] == want, (key, g)


def D(text: str, value: str | None, kind: str, **kw: Any) -> dict[str, Any]:
    return {"text": text, "value": value, "kind": kw.pop("kind_", kind), **kw}


# The primer's section 5 table, row by row.
PRIMER = [
    (
        "Điện Biên, ngày 27 tháng 8 năm 2019",
        None,
        [
            D(
                "ngày 27 tháng 8 năm 2019",
                "2019-08-27",
                "date",
                type="DATE",
                mod=None,
                earliest="2019-08-27",
                latest="2019-08-27",
            )
        ],
    ),
    (
        "Kết luận số 52-KL/TW, ngày 30/5/2019 của Ban Bí thư",
        None,
        [D("ngày 30/5/2019", "2019-05-30", "date", earliest="2019-05-30", latest="2019-05-30")],
    ),
    (
        "Chỉ thị số 05-CT/TW ngày 30-5-2019",
        None,
        [D("ngày 30-5-2019", "2019-05-30", "date", earliest="2019-05-30", latest="2019-05-30")],
    ),
    (
        "tổ chức phổ biến, quán triệt xong trong tháng 10/2019",
        None,
        [
            D(
                "trong tháng 10/2019",
                "2019-10",
                "deadline",
                mod=None,
                earliest="2019-10-01",
                latest="2019-10-31",
            )
        ],
    ),
    (
        "(hoàn thành trong tháng 4/2024)",
        None,
        [
            D(
                "trong tháng 4/2024",
                "2024-04",
                "deadline",
                earliest="2024-04-01",
                latest="2024-04-30",
            )
        ],
    ),
    (
        "(hoàn thành xong trong quý IV/2019)",
        None,
        [
            D(
                "trong quý IV/2019",
                "2019-Q4",
                "deadline",
                mod=None,
                earliest="2019-10-01",
                latest="2019-12-31",
            )
        ],
    ),
    (
        "(hoàn thành trong năm 2020)",
        None,
        [D("trong năm 2020", "2020", "deadline", earliest="2020-01-01", latest="2020-12-31")],
    ),
    (
        "đánh giá kết quả 6 tháng đầu năm 2025",
        None,
        [
            D(
                "6 tháng đầu năm 2025",
                "2025-H1",
                "period",
                mod=None,
                earliest="2025-01-01",
                latest="2025-06-30",
            )
        ],
    ),
    (
        "hoàn thành cuối năm 2025",
        None,
        [
            D(
                "cuối năm 2025",
                "2025",
                "deadline",
                mod="END",
                earliest="2025-01-01",
                latest="2025-12-31",
            )
        ],
    ),
    (
        "gửi báo cáo về Thường trực Tỉnh ủy trước ngày 20/4/2026.",
        None,
        [
            D(
                "trước ngày 20/4/2026",
                "2026-04-20",
                "deadline",
                mod="BEFORE",
                earliest=None,
                latest="2026-04-19",
            )
        ],
    ),
    (
        "Mốc thời gian tổng kết: Từ khi ban hành Nghị quyết số 20 đến tháng 3/2022.",
        None,
        [
            D(
                "đến tháng 3/2022",
                "2022-03",
                "period",
                mod="ON_OR_BEFORE",
                earliest=None,
                latest="2022-03-31",
            )
        ],
    ),
    (
        "mục tiêu đến năm 2030",
        None,
        [
            D(
                "đến năm 2030",
                "2030",
                "period",
                mod="ON_OR_BEFORE",
                earliest=None,
                latest="2030-12-31",
            )
        ],
    ),
    (
        "(thực hiện từ quý II/2024)",
        None,
        [
            D(
                "từ quý II/2024",
                "2024-Q2",
                "start",
                mod="ON_OR_AFTER",
                earliest="2024-04-01",
                latest=None,
            )
        ],
    ),
    (
        "chiến lược giai đoạn 2021-2030",
        None,
        [
            D(
                "giai đoạn 2021-2030",
                "2021/2030",
                "period",
                mod=None,
                earliest="2021-01-01",
                latest="2030-12-31",
            )
        ],
    ),
    (
        "Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025-2030.",
        None,
        [
            D(
                "nhiệm kỳ 2025-2030",
                "2025/2030",
                "period",
                earliest="2025-01-01",
                latest="2030-12-31",
            )
        ],
    ),
    (
        "Định kỳ 06 tháng báo cáo tình hình",
        None,
        [D("Định kỳ 06 tháng", "P6M", "recurring", type="SET", frequency="P6M")],
    ),
    (
        "định kỳ hằng năm báo cáo kết quả",
        None,
        [D("định kỳ hằng năm", "P1Y", "recurring", type="SET", frequency="P1Y")],
    ),
    ("báo cáo hằng quý", None, [D("hằng quý", "P3M", "recurring", type="SET", frequency="P3M")]),
    (
        "(thực hiện thường xuyên)",
        None,
        [D("thường xuyên", None, "continuous", type=None, mod=None, earliest=None, latest=None)],
    ),
    ("sơ kết 03 năm thực hiện", None, [D("03 năm", "P3Y", "duration", type="DURATION")]),
    (
        "Tổng kết 10 năm thực hiện Nghị quyết",
        None,
        [D("10 năm", "P10Y", "duration", type="DURATION")],
    ),
    (
        "(xây dựng kế hoạch trong quý II/2024 và thực hiện thường xuyên)",
        None,
        [D("trong quý II/2024", "2024-Q2", "deadline"), D("thường xuyên", None, "continuous")],
    ),
    (
        "tổ chức hội nghị tổng kết trước ngày trước ngày 29/4/2022.",
        None,
        [D("trước ngày 29/4/2022", "2022-04-29", "deadline", mod="BEFORE", latest="2022-04-28")],
    ),
]

# Every other form the issue names.
FORMS = [
    (
        "ngày 27/8/2019; 27-8-2019; 27.8.2019; ngày 07/08/2019",
        None,
        [
            D("ngày 27/8/2019", "2019-08-27", "date"),
            D("27-8-2019", "2019-08-27", "date"),
            D("27.8.2019", "2019-08-27", "date"),
            D("ngày 07/08/2019", "2019-08-07", "date"),
        ],
    ),
    (
        "tháng 10/2019; tháng 10 năm 2019; tháng 10.2019",
        None,
        [
            D("tháng 10/2019", "2019-10", "period"),
            D("tháng 10 năm 2019", "2019-10", "period"),
            D("tháng 10.2019", "2019-10", "period"),
        ],
    ),
    (
        "(hoàn thành trong Quý IV năm 2019)",
        None,
        [D("trong Quý IV năm 2019", "2019-Q4", "deadline")],
    ),
    (
        "(hoàn thành trong quý 4/2019; quý IV.2019)",
        None,
        [D("trong quý 4/2019", "2019-Q4", "deadline"), D("quý IV.2019", "2019-Q4", "period")],
    ),
    (
        "(hoàn thành trong quý I và quý II/2025)",
        None,
        [
            D("trong quý I", "2025-Q1", "deadline", earliest="2025-01-01", latest="2025-03-31"),
            D("quý II/2025", "2025-Q2", "deadline"),
        ],
    ),
    (
        "kết quả 6 tháng cuối năm",
        "2024-03-02",
        [D("6 tháng cuối năm", "2024-H2", "period", earliest="2024-07-01", latest="2024-12-31")],
    ),
    (
        "kết quả 9 tháng đầu năm 2025",
        None,
        [
            D(
                "9 tháng đầu năm 2025",
                "2025-01/2025-09",
                "period",
                earliest="2025-01-01",
                latest="2025-09-30",
            )
        ],
    ),
    (
        "họp vào đầu năm; giữa năm 2024; nửa cuối năm 2023",
        "2024-01-05",
        [
            D("đầu năm", "2024", "period", mod="START"),
            D("giữa năm 2024", "2024", "period", mod="MID"),
            D("nửa cuối năm 2023", "2023-H2", "period"),
        ],
    ),
    (
        "Kế hoạch tổ chức thi đua năm 2025.",
        None,
        [D("năm 2025", "2025", "period", mod=None, earliest="2025-01-01", latest="2025-12-31")],
    ),
    (
        "Kế hoạch năm học 2024-2025",
        None,
        [D("năm học 2024-2025", "2024/2025", "period", earliest="2024-01-01", latest="2025-12-31")],
    ),
    (
        "Kế hoạch giai đoạn 2026 - 2030 và giai đoạn 2031–2035",
        None,
        [
            D("giai đoạn 2026 - 2030", "2026/2030", "period"),
            D("giai đoạn 2031–2035", "2031/2035", "period"),
        ],
    ),
    ("| Sở Tài chính | 2026 - 2030 |", None, [D("2026 - 2030", "2026/2030", "deadline")]),
    (
        "tổ chức thực hiện từ năm 2021 đến năm 2025",
        None,
        [
            D(
                "từ năm 2021 đến năm 2025",
                "2021/2025",
                "period",
                mod=None,
                earliest="2021-01-01",
                latest="2025-12-31",
            )
        ],
    ),
    (
        "Thời gian thực hiện Chương trình: Từ năm 2025 đến hết năm 2030.",
        None,
        [D("Từ năm 2025 đến hết năm 2030", "2025/2030", "period")],
    ),
    (
        "phát triển giai đoạn từ năm 2022 đến năm 2030",
        None,
        [D("giai đoạn từ năm 2022 đến năm 2030", "2022/2030", "period")],
    ),
    (
        "báo cáo trước 20/4/2026",
        None,
        [D("trước 20/4/2026", "2026-04-20", "deadline", mod="BEFORE", latest="2026-04-19")],
    ),
    (
        "gửi báo cáo chậm nhất là ngày 15/12/2025",
        None,
        [
            D(
                "chậm nhất là ngày 15/12/2025",
                "2025-12-15",
                "deadline",
                mod="ON_OR_BEFORE",
                latest="2025-12-15",
            )
        ],
    ),
    (
        "gửi báo cáo chậm nhất ngày 17 tháng 12",
        "2025-11-19",
        [D("chậm nhất ngày 17 tháng 12", "2025-12-17", "deadline", mod="ON_OR_BEFORE")],
    ),
    (
        "hoàn thành đến hết ngày 31/12/2025",
        None,
        [
            D(
                "đến hết ngày 31/12/2025",
                "2025-12-31",
                "deadline",
                mod="ON_OR_BEFORE",
                earliest=None,
                latest="2025-12-31",
            )
        ],
    ),
    (
        "có hiệu lực kể từ ngày 01/01/2026; bắt đầu từ tháng 3/2026",
        None,
        [
            D(
                "kể từ ngày 01/01/2026",
                "2026-01-01",
                "start",
                mod="ON_OR_AFTER",
                earliest="2026-01-01",
                latest=None,
            ),
            D("bắt đầu từ tháng 3/2026", "2026-03", "start", mod="ON_OR_AFTER"),
        ],
    ),
    (
        "báo cáo hàng năm, hằng tháng, hàng tuần, mỗi quý",
        None,
        [
            D("hàng năm", "P1Y", "recurring", frequency="P1Y"),
            D("hằng tháng", "P1M", "recurring", frequency="P1M"),
            D("hàng tuần", "P1W", "recurring", frequency="P1W"),
            D("mỗi quý", "P3M", "recurring", frequency="P3M"),
        ],
    ),
    (
        "gửi báo cáo trước ngày 25 hằng tháng",
        None,
        [
            D(
                "trước ngày 25 hằng tháng",
                "XXXX-XX-25",
                "recurring",
                type="SET",
                mod="BEFORE",
                frequency="P1M",
            )
        ],
    ),
    (
        "gửi báo cáo kết quả thực hiện trước ngày 15/11 hằng năm",
        "2025-11-24",
        [
            D("trước ngày 15/11", "2025-11-15", "deadline", mod="BEFORE", latest="2025-11-14"),
            D("hằng năm", "P1Y", "recurring", type="SET", frequency="P1Y"),
        ],
    ),
    (
        "thường xuyên kiểm tra; bố trí kinh phí chi thường xuyên; vùng thường xuyên xảy ra lũ",
        None,
        [D("thường xuyên", None, "continuous")],
    ),
    (
        "trong thời hạn 15 ngày kể từ ngày nhận được",
        None,
        [D("trong thời hạn 15 ngày", "P15D", "deadline", type="DURATION")],
    ),
    (
        "chậm nhất 10 ngày sau khi kết thúc hội nghị",
        None,
        [D("chậm nhất 10 ngày", "P10D", "deadline", type="DURATION")],
    ),
    ("kế hoạch hai năm", None, [D("hai năm", "P2Y", "duration")]),
    (
        "từ ngày 08 đến ngày 10 tháng 12 năm 2025",
        None,
        [
            D(
                "từ ngày 08 đến ngày 10 tháng 12 năm 2025",
                "2025-12-08/2025-12-10",
                "period",
                earliest="2025-12-08",
                latest="2025-12-10",
            )
        ],
    ),
    (
        "thực hiện từ tháng 10 năm 2025 đến hết tháng 3 năm 2026",
        None,
        [
            D(
                "từ tháng 10 năm 2025 đến hết tháng 3 năm 2026",
                "2025-10/2026-03",
                "period",
                earliest="2025-10-01",
                latest="2026-03-31",
            )
        ],
    ),
    (
        "từ tháng 10 đến tháng 12/2025",
        None,
        [D("từ tháng 10 đến tháng 12/2025", "2025-10/2025-12", "period")],
    ),
    (
        "vào đầu tháng 5/2024; nửa cuối tháng 6/2024",
        None,
        [
            D(
                "đầu tháng 5/2024",
                "2024-05",
                "period",
                mod="START",
                earliest="2024-05-01",
                latest="2024-05-31",
            ),
            D(
                "nửa cuối tháng 6/2024",
                "2024-06",
                "period",
                mod="END",
                earliest="2024-06-16",
                latest="2024-06-30",
            ),
        ],
    ),
    ("hoàn thành trong tháng 12", "2025-11-19", [D("trong tháng 12", "2025-12", "deadline")]),
    (
        "gửi báo cáo trước ngày 10/6",
        None,
        [D("trước ngày 10/6", "XXXX-06-10", "deadline", earliest=None, latest=None)],
    ),
    (
        "gửi báo cáo trước ngày 10/6",
        "2024-03-01",
        [D("trước ngày 10/6", "2024-06-10", "deadline", latest="2024-06-09")],
    ),
    ("từ đầu năm", None, [D("từ đầu năm", None, "start", mod="START")]),
    (
        "định kỳ hàng quý (trước ngày 20 tháng cuối quý)",
        None,
        [
            D("định kỳ hàng quý", "P3M", "recurring"),
            D("trước ngày 20 tháng cuối quý", "XXXX-XX-20", "deadline", mod="BEFORE", type="DATE"),
        ],
    ),
    ("Năm nhiệm vụ trọng tâm; năm năm qua; năm giải pháp", None, []),
    ("Nghị quyết số 163/2024/QH15; 7/29 chỉ tiêu; 1.700 ha; Điều 4", None, []),
    (
        "Hà Nội, ngày 06 tháng năm 2012",
        None,
        [
            D(
                "ngày 06 tháng năm 2012",
                "2012-XX-06",
                "date",
                earliest="2012-01-01",
                latest="2012-12-31",
            )
        ],
    ),
    (
        "Chiến lược đến 2030, tầm nhìn 2045",
        None,
        [
            D("đến 2030", "2030", "period", mod="ON_OR_BEFORE"),
            D("tầm nhìn 2045", "2045", "period", mod="ON_OR_BEFORE", latest="2045-12-31"),
        ],
    ),
    (
        "số liệu năm 2024, 2025 và ước thực hiện năm 2026",
        None,
        [
            D("năm 2024", "2024", "period"),
            D("2025", "2025", "period"),
            D("năm 2026", "2026", "period"),
        ],
    ),
    (
        "(hoàn thành trong quý I và II/2025)",
        None,
        [D("trong quý I", "2025-Q1", "deadline"), D("II/2025", "2025-Q2", "deadline")],
    ),
    (
        "trong tháng 10, 11/2019",
        None,
        [D("trong tháng 10", "2019-10", "period"), D("11/2019", "2019-11", "period")],
    ),
    (
        "Hội thi tổ chức ngày 5-6/8/2024",
        None,
        [D("ngày 5-6/8/2024", "2024-08-05/2024-08-06", "period", earliest="2024-08-05")],
    ),
    (
        "trong các ngày 15, 16/8/2024",
        None,
        [D("ngày 15", "2024-08-15", "date"), D("16/8/2024", "2024-08-16", "date")],
    ),
    (
        "gửi trước 30/6 hằng năm; đạt 7/29 chỉ tiêu",
        "2024-01-02",
        [
            D("trước 30/6", "2024-06-30", "deadline", mod="BEFORE", latest="2024-06-29"),
            D("hằng năm", "P1Y", "recurring"),
        ],
    ),
    ("NGÀY 01 THÁNG 7 NĂM 2013", None, [D("NGÀY 01 THÁNG 7 NĂM 2013", "2013-07-01", "date")]),
    ("ngày 31/4/2025", None, []),
]

# Sentences copied from the corpus documents.
CORPUS = [
    (
        "Xây dựng chiến lược phát triển đội ngũ trí thức của tỉnh giai đoạn 2021-2030 (hoàn thành "
        "trong năm 2020).",
        "2019-08-27",
        [D("giai đoạn 2021-2030", "2021/2030", "period"), D("trong năm 2020", "2020", "deadline")],
    ),
    (
        "gửi Ban Thường vụ Tỉnh ủy (*qua Ban cán sự đảng Ủy ban nhân dân tỉnh*) trước ngày "
        "**08/4/2022**.",
        None,
        [D("trước ngày **08/4/2022", "2022-04-08", "deadline", mod="BEFORE", latest="2022-04-07")],
    ),
    (
        "Lãnh đạo chương trình *(xây dựng kế hoạch trong quý II/2024 và thực hiện thường xuyên)*.",
        None,
        [D("trong quý II/2024", "2024-Q2", "deadline"), D("thường xuyên", None, "continuous")],
    ),
    (
        "nhiệm vụ chi tiết hằng năm và định kỳ báo cáo kết quả thực hiện trước ngày 20/11 về Sở",
        "2025-11-19",
        [
            D("hằng năm", "P1Y", "recurring"),
            D("định kỳ", None, "recurring", type="SET", frequency=None),
            D("trước ngày 20/11", "2025-11-20", "deadline", mod="BEFORE", latest="2025-11-19"),
        ],
    ),
    (
        "b) Định kỳ hằng năm (trước\nngày 15 tháng 12) báo cáo kết quả về Ủy ban nhân dân tỉnh",
        "2025-11-17",
        [
            D("Định kỳ hằng năm", "P1Y", "recurring"),
            D("trước\nngày 15 tháng 12", "2025-12-15", "deadline", mod="BEFORE"),
        ],
    ),
    (
        "Thời gian hoàn tất: trước ngày 27 tháng 6 năm 2014.",
        "2014-06-28",
        [D("trước ngày 27 tháng 6 năm 2014", "2014-06-27", "deadline", latest="2014-06-26")],
    ),
    (
        "Cao điểm tập trung trong 10 ngày làm việc (từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng "
        "12 năm 2025);",
        None,
        [
            D("trong 10 ngày làm việc", "P10D", "duration"),
            D(
                "từ ngày 20 tháng 11 năm 2025 đến ngày 03 tháng 12 năm 2025",
                "2025-11-20/2025-12-03",
                "period",
                earliest="2025-11-20",
                latest="2025-12-03",
            ),
        ],
    ),
    (
        "Ngày 05-1-2011, Bộ Chính trị ban hành Chỉ thị",
        None,
        [D("Ngày 05-1-2011", "2011-01-05", "date")],
    ),
    (
        "bảo đảm đủ nguồn chi thường xuyên ngay từ đầu năm",
        "2023-03-13",
        [
            D(
                "từ đầu năm",
                "2023",
                "start",
                mod="START",
                earliest="2023-01-01",
                latest="2023-12-31",
            )
        ],
    ),
    (
        "Trong năm 2022 Đảng bộ, chính quyền đã lãnh đạo",
        None,
        [D("Trong năm 2022", "2022", "period")],
    ),
]


@pytest.mark.parametrize(("text", "anchor", "expected"), PRIMER + FORMS + CORPUS)
def test_time_expressions(text: str, anchor: str | None, expected: list[dict[str, Any]]) -> None:
    check(text, anchor, expected)


def test_ids_in_text_order() -> None:
    got = run("trong quý IV/2019; thường xuyên; Định kỳ 06 tháng")
    assert [g["id"] for g in got] == ["D1", "D2", "D3"]


def test_anchor_is_never_today() -> None:
    got = run("trước ngày 10/6")
    assert got[0]["value"] == "XXXX-06-10"


def test_reference_mention_makes_a_date() -> None:
    """A date right after a reference mention found by the references stage is a ``date``."""
    from vnplan_extract.models import Mention, Reference

    text = "thực hiện Kết luận 52, trước ngày 30/5/2019"
    ctx = Context(norm=normalize(text))
    a = text.index("Kết luận")
    b = text.index(",")
    ctx.references = [
        Reference(id="R1", doc_type="ket_luan", mentions=[Mention(start=a, end=b, text=text[a:b])])
    ]
    assert find_time_expressions(ctx)[0].kind == "deadline"  # ``trước`` is not a reference gap
    text2 = "thực hiện Kết luận 52, ngày 30/5/2019"
    ctx2 = Context(norm=normalize(text2))
    ctx2.references = ctx.references
    assert [t.kind for t in find_time_expressions(ctx2)] == ["date"]


@pytest.mark.parametrize("path", sorted((ROOT / "corpus").glob("*/*.txt")), ids=lambda p: p.name)
def test_corpus_spans_map_back(path: Path) -> None:
    import vnplan_extract

    doc = vnplan_extract.parse_file(path)
    ids = [t.id for t in doc.time_expressions]
    assert ids == [f"D{i}" for i in range(1, len(ids) + 1)]
    starts = [t.start for t in doc.time_expressions]
    assert starts == sorted(starts)
    for t in doc.time_expressions:
        assert doc.text[t.start : t.end] == t.text
        assert t.text == t.text.strip() and not t.text.startswith(("*", "|"))
        if t.earliest and t.latest:
            assert t.earliest <= t.latest


def test_seed_001_deadlines() -> None:
    import vnplan_extract

    doc = vnplan_extract.parse_file(ROOT / "corpus/seeds/001_7b5b9aeaa286f595.txt")
    got = [(t.text, t.value, t.kind) for t in doc.time_expressions if t.kind != "date"]
    assert ("trong quý IV/2019", "2019-Q4", "deadline") in got
    assert ("trong tháng 10/2019", "2019-10", "deadline") in got
    assert ("Định kỳ 06 tháng", "P6M", "recurring") in got
    assert ("định kỳ hằng năm", "P1Y", "recurring") in got
    assert ("giai đoạn 2021-2030", "2021/2030", "period") in got
