"""Document references: tables of (text, expected references), the data tables' examples, and the
seed documents the issue names."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import regex
from conftest import corpus_text

from vnplan_extract import parse_text
from vnplan_extract.data import load_table
from vnplan_extract.extract.references.issuers import read_issuer
from vnplan_extract.extract.references.numbered import type_of_symbol, type_of_word
from vnplan_extract.models import PlanDocument, Reference


def _refs(text: str) -> list[Reference]:
    return parse_text(text).references


def _numbered(text: str) -> dict[str, Reference]:
    return {r.number: r for r in _refs(text) if r.number and not r.is_self}


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


# --- numbered references: number, type, date, issuer, term ------------------------------------

NUMBERED = [
    # (text, number, doc_type, date, issuer, term)
    (
        "Thực hiện Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng về "
        "tiếp tục xây dựng đội ngũ trí thức.",
        "45-NQ/TW", "nghi_quyet", "2023-11-24", "Ban Chấp hành Trung ương", None,
    ),
    (
        "Thực hiện Kết luận số 52-KL/TW, ngày 30/5/2019 của Ban Bí thư Trung ương Đảng về việc "
        "tiếp tục thực hiện.",
        "52-KL/TW", "ket_luan", "2019-05-30", "Ban Bí thư", None,
    ),
    (
        "Căn cứ Chỉ thị 13-CT/TW ngày 12/1/2017 của Bộ Chính trị về tăng cường.",
        "13-CT/TW", "chi_thi", "2017-01-12", "Bộ Chính trị", None,
    ),
    ("Ban hành Hướng dẫn số 12 – HD/HU về thực hiện.", "12-HD/HU", "huong_dan", None, None, None),
    ("Thực hiện Hướng dẫn số 08 HD/ĐU ngày 2/3/2020 của Đảng ủy.", "08-HD/ĐU", "huong_dan", "2020-03-02", "Đảng ủy", None),
    (
        "Thực hiện Nghị quyết số 20 - NQ/TƯ ngày 1.11.2012 của BCH Trung ương Đảng (khóa XI) về việc.",
        "20-NQ/TU", "nghi_quyet", "2012-11-01", "Ban Chấp hành Trung ương", "XI",
    ),
    (
        "Chương trình hành động số 10- CTr/TU ngày 13/8/2025 của Ban Thường vụ Tỉnh ủy về thực hiện.",
        "10-CTr/TU", "chuong_trinh", "2025-08-13", "Ban Thường vụ Tỉnh ủy", None,
    ),
    ("Căn cứ Kế hoạch số 84-KH/TƯ ngày 5/3/2020 của Tỉnh ủy.", "84-KH/TU", "ke_hoach", "2020-03-05", "Tỉnh ủy", None),
    (
        "Căn cứ Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi.",
        "71/NQ-CP", "nghi_quyet", "2025-04-01", "Chính phủ", None,
    ),
    (
        "Thực hiện Nghị quyết số 163/2024/QH15 ngày 27/11/2024 của Quốc hội phê duyệt.",
        "163/2024/QH15", "nghi_quyet", "2024-11-27", "Quốc hội", None,
    ),
    (
        "Thực hiện Quyết định số 7619/QĐ-BCA ngày 08 tháng 9 năm 2025 của Bộ Công an phê duyệt.",
        "7619/QĐ-BCA", "quyet_dinh", "2025-09-08", "Bộ Công an", None,
    ),
    (
        "(Ban hành kèm theo Quyết định số 3210/QĐ - UBND ngày 28 tháng 6 năm 2014 của Chủ tịch Ủy "
        "ban nhân dân Thành phố)",
        "3210/QĐ-UBND", "quyet_dinh", "2014-06-28", "Ủy ban nhân dân thành phố", None,
    ),
    (
        "Nghị quyết số 1018-NQ/UBTVQH12 ngày 21-1-2011 công bố ngày bầu cử.",
        "1018-NQ/UBTVQH12", "nghi_quyet", "2011-01-21", None, None,
    ),
    (
        "Tổng kết Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng Khóa XI "
        "về phát triển khoa học.",
        "20-NQ/TW", "nghi_quyet", "2012-11-01", "Ban Chấp hành Trung ương", "XI",
    ),
    (
        "để Nghị quyết số 27-NQ/TW, ngày 06/8/2008 của Ban Chấp hành Trung ương khóa X về xây dựng.",
        "27-NQ/TW", "nghi_quyet", "2008-08-06", "Ban Chấp hành Trung ương", "X",
    ),
    (
        "Căn cứ Nghị quyết 36-NQ/TW ngày 22/10/2018, Hội nghị lần thứ 8 của Ban Chấp hành Trung ương "
        "Đảng khóa XII về chiến lược.",
        "36-NQ/TW", "nghi_quyet", "2018-10-22", "Ban Chấp hành Trung ương", "XII",
    ),
    ("theo Luật số 25/2018/QH14 về tố cáo.", "25/2018/QH14", "luat", None, None, None),
    (
        "tại Công văn số 7886/HD-BNV ngày 14/9/2025 của Bộ Nội vụ.",
        "7886/HD-BNV", "cong_van", "2025-09-14", "Bộ Nội vụ", None,
    ),
    ("- Căn cứ Quy định số 97-QĐi/TW của Bộ Chính trị;", "97-QĐi/TW", "quy_dinh", None, "Bộ Chính trị", None),
    (
        "Căn cứ Thông tư số 09/2013/TT-BXD ngày 01 tháng 7 năm 2013 của Bộ Xây dựng về hướng dẫn.",
        "09/2013/TT-BXD", "thong_tu", "2013-07-01", "Bộ Xây dựng", None,
    ),
    ("tại Tờ trình số 133/TTr-SKHCN ngày 15/11/2025, UBND tỉnh", "133/TTr-SKHCN", "to_trinh", "2025-11-15", None, None),
    ("theo Nghị định số 30/2020/NĐ-CP của Chính phủ về công tác văn thư.", "30/2020/NĐ-CP", "nghi_dinh", None, "Chính phủ", None),
    ("theo Đề án số 05-ĐA/TU của Tỉnh ủy.", "05-ĐA/TU", "de_an", None, "Tỉnh ủy", None),
    (
        "Căn cứ Kế hoạch số 17/KH-UBND ngày 11/8/2025 của UBND tỉnh về thực hiện.",
        "17/KH-UBND", "ke_hoach", "2025-08-11", "Ủy ban nhân dân tỉnh", None,
    ),
    (
        "THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP NGÀY 03/4/2023 CỦA CHÍNH PHỦ PHÊ DUYỆT CHIẾN LƯỢC",
        "48/NQ-CP", "nghi_quyet", "2023-04-03", "Chính phủ", None,
    ),
    # Date and issuer written before the mention.
    (
        "Ngày 05-1-2011, Bộ Chính trị ban hành Chỉ thị số 50-CT/TW về lãnh đạo cuộc bầu cử.",
        "50-CT/TW", "chi_thi", "2011-01-05", "Bộ Chính trị", None,
    ),
    (
        "Bám sát quan điểm chỉ đạo của Bộ Chính trị tại Kết luận số 132- KL/TW; Nghị quyết",
        "132-KL/TW", "ket_luan", None, "Bộ Chính trị", None,
    ),
    # An act of several bodies.
    (
        "Kết luận liên ngành tư pháp Trung ương số 23/KL-LNTPTW ngày 21/11/2024 giữa Bộ Công an, "
        "Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao trong điều tra.",
        "23/KL-LNTPTW", "ket_luan", "2024-11-21",
        "Bộ Công an, Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao", None,
    ),
    # A steering committee is named with its field.
    (
        "Thông báo số 30-TB/TGV ngày 13/6/2025 của Tổ giúp việc Ban chỉ đạo Trung ương về phát triển "
        "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số thông báo kết luận cuộc họp;",
        "30-TB/TGV", "thong_bao", "2025-06-13",
        "Tổ giúp việc Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và "
        "chuyển đổi số", None,
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "number", "doc_type", "date", "issuer", "term"), NUMBERED)
def test_numbered_reference(
    text: str, number: str, doc_type: str, date: str | None, issuer: str | None, term: str | None
) -> None:
    refs = _numbered(text)
    assert number in refs, [r.number for r in _refs(text)]
    r = refs[number]
    assert (r.doc_type, r.issued_date, r.issuer, r.term) == (doc_type, _date(date), issuer, term)


SUBJECTS = [
    (
        "Thực hiện Kết luận số 52-KL/TW, ngày 30/5/2019 của Ban Bí thư về tiếp tục thực hiện Nghị "
        "quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức (viết tắt là Kết luận số 52-KL/TW), "
        "Ban Thường vụ",
        "52-KL/TW",
        "về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa X về xây dựng đội ngũ trí thức",
    ),
    (
        "Căn cứ Nghị quyết số 45-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương về tiếp tục xây "
        "dựng, Kế hoạch số 329-KH/TU ngày 19/3/2024 của Ban Chấp hành Đảng bộ tỉnh về thực hiện.",
        "45-NQ/TW",
        "về tiếp tục xây dựng",
    ),
    (
        "Nghị quyết số 27-NQ/TW, ngày 06/8/2008 của Ban Chấp hành Trung ương khóa X về xây dựng đội "
        "ngũ trí thức được triển khai thực hiện thống nhất.",
        "27-NQ/TW",
        "về xây dựng đội ngũ trí thức",
    ),
    (
        "Thực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban Thường vụ Tỉnh ủy Bắc Kạn về "
        "“công tác tuyên giáo năm 2020”; Kế hoạch",
        "172-KH/TU",
        "về “công tác tuyên giáo năm 2020”",
    ),
    ("Nghị quyết số 71/NQ-CP ngày 01/4/2025 của Chính phủ sửa đổi, bổ sung.", "71/NQ-CP", None),
]


@pytest.mark.parametrize(("text", "number", "subject"), SUBJECTS)
def test_subject(text: str, number: str, subject: str | None) -> None:
    assert _numbered(text)[number].subject == subject


# --- grouping: aliases, short forms, repeated mentions -----------------------------------------

SEED_004_LIKE = (
    "Thực hiện Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng Khóa XI về "
    "phát triển khoa học (sau đây viết tắt là Nghị quyết số 20), Ban Thường vụ Tỉnh ủy ban hành Kế "
    "hoạch như sau:\n\n- Đánh giá kết quả thực hiện Nghị quyết số 20 và Chương trình hành động số "
    "40-CTr/TU ngày 05/4/2013 của Tỉnh ủy về thực hiện Nghị quyết số 20 (sau đây viết tắt là "
    "Chương trình số 40).\n\n- Đánh giá Nghị quyết số 20, Chương trình hành động số 40 ở từng địa "
    "phương.\n"
)

GROUPING = [
    # (text, key (number or name), mention texts, alias)
    (
        SEED_004_LIKE,
        "20-NQ/TW",
        ["Nghị quyết số 20-NQ/TW"] + ["Nghị quyết số 20"] * 4,
        "Nghị quyết số 20",
    ),
    (
        SEED_004_LIKE,
        "40-CTr/TU",
        [
            "Chương trình hành động số 40-CTr/TU",
            "Chương trình số 40",
            "Chương trình hành động số 40",
        ],
        "Chương trình số 40",
    ),
    (
        "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá (sau đây gọi tắt "
        "là Nghị quyết số 57-NQ/TW);\n\nTriển khai Nghị quyết số 57-NQ/TW.\n",
        "57-NQ/TW",
        ["Nghị quyết số 57-NQ/TW"] * 3,
        "Nghị quyết số 57-NQ/TW",
    ),
    (
        "Thực hiện Kết luận số 52-KL/TW ngày 30/5/2019 của Ban Bí thư. Sơ kết Kết luận 52 trong năm.",
        "52-KL/TW",
        ["Kết luận số 52-KL/TW", "Kết luận 52"],
        None,
    ),
    (
        "Căn cứ Kế hoạch số 329-KH/TU ngày 19/3/2024 của Ban Chấp hành Đảng bộ tỉnh; phổ biến Kế "
        "hoạch số 329-KH/TU và thực hiện Kế hoạch số  329 - KH/TU.",
        "329-KH/TU",
        ["Kế hoạch số 329-KH/TU", "Kế hoạch số 329-KH/TU", "Kế hoạch số  329 - KH/TU"],
        None,
    ),
    (
        "Nghị quyết số 57 ra đời\n\nThực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị.",
        "57-NQ/TW",
        ["Nghị quyết số 57", "Nghị quyết số 57-NQ/TW"],
        None,
    ),
    (
        "theo Hướng dẫn số 7886/HD-BNV ngày 14/9/2025 của Bộ Nội vụ; mục 1 Công văn số 7886/HD-BNV.",
        "7886/HD-BNV",
        ["Hướng dẫn số 7886/HD-BNV", "Công văn số 7886/HD-BNV"],
        None,
    ),
    (
        "VỀ HƯỚNG DẪN THỰC HIỆN QUYẾT ĐỊNH SỐ 22/2013/QĐ-TTG NGÀY 26 THÁNG 4 NĂM 2013\n\nCăn cứ Quyết "
        "định số 22/2013/QĐ-TTg ngày 26 tháng 4 năm 2013 của Thủ tướng Chính phủ;\n",
        "22/2013/QĐ-TTg",
        ["QUYẾT ĐỊNH SỐ 22/2013/QĐ-TTG", "Quyết định số 22/2013/QĐ-TTg"],
        None,
    ),
    (
        "phê duyệt Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030 (Chương trình "
        "MTQG); Ủy ban nhân dân tỉnh ban hành kế hoạch.\n\n- Thực hiện Chương trình MTQG trên địa bàn.\n",
        "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030",
        [
            "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030",
            "Chương trình MTQG",
            "Chương trình MTQG",
        ],
        "Chương trình MTQG",
    ),
    (
        "Thực hiện Quyết định số 7619/QĐ-BCA ngày 08/9/2025 của Bộ Công an phê duyệt Chương trình mục "
        "tiêu quốc gia phòng, chống ma túy đến năm 2030 (sau đây viết tắt là Chương trình), Ủy ban "
        "nhân dân thành phố ban hành kế hoạch.\n\n- Thực hiện Chương trình trên địa bàn.\n",
        "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030",
        [
            "Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030",
            "Chương trình",
            "Chương trình",
        ],
        "Chương trình",
    ),
    (
        "Về Nghị quyết Trung ương 7 khóa X về trí thức; tiếp tục thực hiện Nghị quyết Trung ương 7 "
        "(khóa X) về xây dựng.",
        "Nghị quyết Trung ương 7 khóa X",
        ["Nghị quyết Trung ương 7 khóa X", "Nghị quyết Trung ương 7 (khóa X)"],
        None,
    ),
    (
        "phê duyệt Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050. Triển khai "
        "Quy hoạch tỉnh Hậu Giang trong năm.",
        "Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
        [
            "Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050",
            "Quy hoạch tỉnh Hậu Giang",
        ],
        None,
    ),
    ("gắn với triển khai Đề án 06.", "Đề án 06", ["Đề án 06"], None),
]


@pytest.mark.parametrize(("text", "key", "mentions", "alias"), GROUPING)
def test_grouping(text: str, key: str, mentions: list[str], alias: str | None) -> None:
    refs = [r for r in _refs(text) if key in (r.number, r.name)]
    assert len(refs) == 1, [(r.number, r.name) for r in _refs(text)]
    assert [m.text for m in refs[0].mentions] == mentions
    assert refs[0].alias == alias


def test_unresolved_short_mention_is_its_own_entry() -> None:
    refs = _refs("Thực hiện Nghị quyết số 99 của Tỉnh ủy.")
    assert [(r.doc_type, r.number) for r in refs] == [("nghi_quyet", "99")]


NOT_MENTIONS = [
    "sau 10 năm triển khai thực hiện Nghị quyết. Cụ thể là nhiều nội dung của Nghị quyết chậm.",
    "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:",
    "Xây dựng chiến lược phát triển đội ngũ trí thức của tỉnh giai đoạn 2021-2030;",
    "Chương trình: Từ năm 2025 đến hết năm 2030.",
    "thực hiện nghị quyết, chỉ thị, kết luận của Đảng; kế hoạch năm 2022 vượt kế hoạch.",
    "Quy hoạch tỉnh Hậu Giang phát triển nhanh, bền vững, hướng mục tiêu đến năm 2030.",
]


@pytest.mark.parametrize("text", NOT_MENTIONS)
def test_not_a_reference(text: str) -> None:
    assert _refs(text) == []


def test_ids_in_order_of_first_mention() -> None:
    refs = _refs(SEED_004_LIKE)
    assert [r.id for r in refs] == [f"R{i}" for i in range(1, len(refs) + 1)]
    firsts = [min(m.start for m in r.mentions) for r in refs]
    assert firsts == sorted(firsts)


# --- unnumbered references -----------------------------------------------------------------

UNNUMBERED = [
    # (text, doc_type, name, term)
    ("về tiếp tục thực hiện Nghị quyết Hội nghị Trung ương 6 khóa XI về phát triển", "nghi_quyet", "Nghị quyết Hội nghị Trung ương 6 khóa XI", "XI"),
    ("quan điểm của Trung ương tại Văn kiện Đại hội toàn quốc lần thứ XIII của Đảng; bảo đảm", "other", "Văn kiện Đại hội toàn quốc lần thứ XIII của Đảng", None),
    ("đã đề ra trong Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX.", "nghi_quyet", "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX", None),
    ("thực hiện: Chiến lược phát triển đội ngũ trí thức tỉnh Bắc Giang đến năm 2020 và tầm nhìn đến năm 2030; Đề án", "other", "Chiến lược phát triển đội ngũ trí thức tỉnh Bắc Giang đến năm 2020 và tầm nhìn đến năm 2030", None),
    ("Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;", "luat", "Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân", None),
    ("Căn cứ Điều lệ Đảng và Quy định số 24-QĐ/TW,", "other", "Điều lệ Đảng", None),
    ("cập nhật Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024", "chuong_trinh", "Chương trình hành động của Chính phủ", None),
    ("ban hành Chiến lược chuyển đổi số của Bộ Xây dựng giai đoạn 2025-2030;", "other", "Chiến lược chuyển đổi số của Bộ Xây dựng giai đoạn 2025-2030", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "doc_type", "name", "term"), UNNUMBERED)
def test_unnumbered_reference(text: str, doc_type: str, name: str, term: str | None) -> None:
    refs = {r.name: r for r in _refs(text) if r.number is None and not r.is_self}
    assert name in refs, list(refs)
    assert (refs[name].doc_type, refs[name].term) == (doc_type, term)


def test_named_issuer() -> None:
    refs = _refs("ban hành Chiến lược chuyển đổi số của Bộ Xây dựng giai đoạn 2025-2030;")
    assert refs[0].issuer == "Bộ Xây dựng"


# --- self references -----------------------------------------------------------------------

SELF = [
    # (document, self mention texts)
    (
        "KẾ HOẠCH\n\ntriển khai\n\nBan Thường vụ Tỉnh ủy xây dựng kế hoạch thực hiện như sau:\n\n"
        "1. Các cấp ủy căn cứ Kế hoạch của Ban Thường vụ Tỉnh ủy, tình hình thực tế.\n\n"
        "2. Tuyên truyền việc thực hiện Kế hoạch này của Ban Thường vụ Tỉnh ủy.\n",
        ["Kế hoạch của Ban Thường vụ Tỉnh ủy", "Kế hoạch này"],
    ),
    (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\n\nthực hiện\n\n1. Triển khai Chương trình này.\n",
        ["Chương trình này"],
    ),
    ("QUYẾT ĐỊNH\n\nVề việc\n\nĐiều 2. Quyết định này có hiệu lực.\n", ["Quyết định này"]),
    (
        "KẾ HOẠCH\n\nthử\n\nỦy ban nhân dân tỉnh Đồng Tháp ban hành Kế hoạch Chuyển đổi số trong hoạt "
        "động xây dựng, quản lý trên địa bàn tỉnh Đồng Tháp, như sau:\n\nI. MỤC ĐÍCH\n",
        ["Kế hoạch Chuyển đổi số trong hoạt động xây dựng, quản lý trên địa bàn tỉnh Đồng Tháp"],
    ),
    (
        "KẾ HOẠCH\n\nsơ kết\n\nBan Thường vụ Tỉnh ủy xây dựng Kế hoạch sơ kết 03 năm thực hiện Nghị "
        "quyết số 45-NQ/TW của Ban Chấp hành Trung ương, cụ thể như sau:\n",
        ["Kế hoạch sơ kết 03 năm thực hiện Nghị quyết số 45-NQ/TW"],
    ),
    (
        "KẾ HOẠCH\n\nthử\n\nCăn cứ Nghị quyết số 71/NQ-CP của Chính phủ sửa đổi Chương trình hành động "
        "của Chính phủ; Chính phủ ban hành Kế hoạch triển khai thực hiện Nghị quyết 163/2024/QH15.\n",
        [],
    ),
]


@pytest.mark.parametrize(("text", "mentions"), SELF)
def test_self_reference(text: str, mentions: list[str]) -> None:
    doc = parse_text(text)
    selfs = [r for r in doc.references if r.is_self]
    assert len(selfs) == (1 if mentions else 0)
    if mentions:
        assert [m.text for m in selfs[0].mentions] == mentions
        assert selfs[0].doc_type == doc.metadata.doc_type
        assert selfs[0].number is None


def test_attached_document_is_its_own_self_entry() -> None:
    doc = parse_text(
        "QUYẾT ĐỊNH\n\nVề việc ban hành Kế hoạch\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế "
        "hoạch triển khai.\n\nĐiều 2. Quyết định này có hiệu lực.\n\nKẾ HOẠCH\n\nCác sở thực hiện "
        "Kế hoạch này.\n"
    )
    selfs = {r.doc_type: [m.text for m in r.mentions] for r in doc.references if r.is_self}
    assert selfs == {"quyet_dinh": ["Quyết định này"] * 2, "ke_hoach": ["Kế hoạch này"]}


# --- offsets -------------------------------------------------------------------------------


def _check_offsets(doc: PlanDocument) -> None:
    for r in doc.references:
        for m in r.mentions:
            assert doc.text[m.start : m.end] == m.text
            assert m.text == m.text.strip() and not m.text.startswith("*")


def test_offsets_through_markdown_and_crlf() -> None:
    doc = parse_text(
        "Căn cứ **Nghị quyết số\r\n57-NQ/TW** ngày 22/12/2024 của Bộ\r\nChính trị về đột phá;\r\n"
    )
    _check_offsets(doc)
    assert doc.references[0].number == "57-NQ/TW"
    assert doc.references[0].issuer == "Bộ Chính trị"


# --- the data tables' examples -------------------------------------------------------------


@pytest.mark.parametrize("example", load_table("doc_types")["examples"])
def test_doc_type_examples(example: dict[str, Any]) -> None:
    if "word" in example:
        assert type_of_word(example["word"]) == example["code"]
    else:
        assert type_of_symbol(example["symbol"]) == example["code"]


@pytest.mark.parametrize("example", load_table("reference_issuers")["examples"])
def test_issuer_examples(example: dict[str, str]) -> None:
    text = example["text"]
    m = regex.match(r"(?i:của)\s+", text)
    if m is None and not text.isupper():
        # ``giữa A, B, C`` and ``ngày ... <body>``: read as the tail of a reference.
        refs = _numbered("Kết luận số 1/KL-X " + text)
        assert refs["1/KL-X"].issuer == example["issuer"]
        return
    got = read_issuer(text, m.end() if m else 0, caps=text.isupper())
    assert got is not None and got[1] == example["issuer"]


@pytest.mark.parametrize("example", load_table("reference_forms")["examples"])
def test_reference_form_examples(example: dict[str, Any]) -> None:
    refs = [r for r in _refs(example["text"]) if r.number is None and not r.is_self]
    if example["name"] is None:
        assert refs == []
    else:
        names = {r.name: r for r in refs}
        assert example["name"] in names, list(names)
        assert names[example["name"]].term == example["term"]


# --- the seed documents the issue names ----------------------------------------------------


def _entry(doc: PlanDocument, number: str) -> Reference:
    return next(r for r in doc.references if r.number == number)


def test_seed_004() -> None:
    doc = parse_text(corpus_text("004_9fbd994580a13924"))
    numbered = {r.number for r in doc.references if r.number and not r.is_self}
    assert numbered == {"105-KH/BTGTW", "20-NQ/TW", "40-CTr/TU", "50-KL/TW"}
    r = _entry(doc, "105-KH/BTGTW")
    assert (r.issued_date, r.issuer) == (dt.date(2022, 1, 26), "Ban Tuyên giáo Trung ương")
    r = _entry(doc, "20-NQ/TW")
    assert (r.issued_date, r.issuer, r.term, r.alias) == (
        dt.date(2012, 11, 1), "Ban Chấp hành Trung ương", "XI", "Nghị quyết số 20",
    )  # fmt: skip
    short = [m.start() for m in regex.finditer(r"Nghị quyết số 20(?![-\d])", doc.text)]
    assert short and {m.start for m in r.mentions if m.text == "Nghị quyết số 20"} == set(short)
    r = _entry(doc, "40-CTr/TU")
    assert (r.issued_date, r.alias) == (dt.date(2013, 4, 5), "Chương trình số 40")
    r = _entry(doc, "50-KL/TW")
    assert (r.issued_date, r.issuer) == (dt.date(2019, 5, 30), "Ban Bí thư")
    _check_offsets(doc)


def test_seed_001() -> None:
    doc = parse_text(corpus_text("001_7b5b9aeaa286f595"))
    r = _entry(doc, "52-KL/TW")
    assert len(r.mentions) == doc.text.count("Kết luận số 52-KL/TW")
    assert _entry(doc, "27-NQ/TW").issued_date == dt.date(2008, 8, 6)
    names = {r.name for r in doc.references if r.number is None}
    assert "Nghị quyết Trung ương 7 khóa X" in names
    _check_offsets(doc)
