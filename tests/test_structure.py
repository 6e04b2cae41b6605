"""Header metadata, signature, recipients and the section tree on the seeds and on heading forms."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import corpus_text

from vnplan_extract import parse_text


def _tree(doc) -> list[tuple[str, str]]:
    return [(s.id, s.kind) for s in doc.sections]


def test_seed_001_metadata_and_sections() -> None:
    doc = parse_text(corpus_text("001_7b5b9aeaa286f595"))
    md = doc.metadata
    assert md.doc_type == "ke_hoach"
    assert md.number == "83-KH/TU"
    assert md.issuer == "Tỉnh ủy Điện Biên"
    assert md.place == "Điện Biên"
    assert md.issued_date == dt.date(2019, 8, 27)
    assert md.signer.name == "Lò Văn Muôn"
    assert md.title is not None and md.title.startswith("triển khai Kết luận số 52-KL/TW")
    assert len(md.recipients) == 9
    assert md.recipients[-1].archive and not any(r.archive for r in md.recipients[:-1])
    top = [(s.id, s.kind) for s in doc.sections if s.level == 1]
    assert top == [("I", "purpose_requirements"), ("II", "content"), ("III", "implementation")]
    ids = [s.id for s in doc.sections]
    assert ids == [
        "I", "I.1", "I.2",
        "II", "II.1", "II.2", "II.3", "II.4", "II.5",
        "III", "III.1", "III.2", "III.3", "III.4",
    ]  # fmt: skip
    kinds = dict(_tree(doc))
    assert kinds["I.1"] == "purpose" and kinds["I.2"] == "requirements"


def test_seed_003_sections_and_signer() -> None:
    doc = parse_text(corpus_text("003_f31f3f139891829a"))
    top = [(s.id, s.kind) for s in doc.sections if s.level == 1]
    assert top == [
        ("I", "purpose_requirements"),
        ("II", "objectives"),
        ("III", "tasks_solutions"),
        ("IV", "specific_tasks"),
        ("V", "implementation"),
    ]
    iv_children = [s for s in doc.sections if s.parent == "IV"]
    assert len(iv_children) == 6
    assert iv_children[1].id == "IV.2"
    assert iv_children[1].heading == "Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh:"
    signer = doc.metadata.signer
    assert (signer.authority, signer.position, signer.name) == (
        "T/M Ban Thường vụ",
        "Phó Bí thư",
        "Lê Thị Thu Hồng",
    )
    # No header in this copy: the header fields stay null instead of being guessed.
    assert doc.metadata.number is None and doc.metadata.issuer is None
    assert doc.metadata.issued_date is None and doc.metadata.place is None


def test_seed_002_outline_and_appendices_after_the_signature() -> None:
    doc = parse_text(corpus_text("002_775272c638a78515"))
    top = [(s.id, s.kind, s.heading) for s in doc.sections if s.level == 1]
    assert [t[0] for t in top[:3]] == ["I", "II", "III"]
    assert top[3] == ("A1", "outline", "ĐỀ CƯƠNG BÁO CÁO")
    assert all(kind == "appendix" for _, kind, _ in top[4:])
    assert [h for _, _, h in top[4:]] == ["TÀI LIỆU GỬI KÈM", "PHỤ LỤC 01", "PHỤ LỤC 02"]
    outline_children = [s.id for s in doc.sections if s.parent == "A1"]
    assert outline_children == ["A1.I", "A1.II", "A1.III", "A1.IV", "A1.V"]
    assert [s.id for s in doc.sections if s.parent == "II"] == ["II.1", "II.2"]
    assert [s.id for s in doc.sections if s.parent == "II.1"] == [f"II.1.{i}" for i in range(1, 7)]
    # The glued heading ``...THỰC HIỆN**1. Đánh giá`` is split into its own sub-section.
    assert "A1.II.1" in [s.id for s in doc.sections]
    # Table rows of the appendices (``I\tTỉnh ủy\t``) are not sections.
    assert not any(s.parent == "A3.1" for s in doc.sections)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # Roman with ``.``, ``-`` and nothing; Arabic with ``.`` and ``/``; letters; stars.
        ("I. MỤC ĐÍCH\nx.\nII- NỘI DUNG\ny.", [("I", "purpose"), ("II", "content")]),
        ("I Mục đích, yêu cầu\nx.\nII Tổ chức thực hiện\ny.", [("I", "purpose_requirements"), ("II", "implementation")]),
        ("1/ Xây dựng kế hoạch.\n2/ Ban Tổ chức Tỉnh ủy tham mưu.", [("1", "other"), ("2", "other")]),
        ("I. NỘI DUNG\n1. Nội dung sơ kết\n1.1. Đánh giá.\n1.2. Rút ra.\n2. Hình thức và thời gian\n", [("I", "content"), ("I.1", "content"), ("I.1.1", "other"), ("I.1.2", "other"), ("I.2", "form_schedule")]),
        ("I. MỤC ĐÍCH\n1. Mục đích\na) Nhằm phát huy.\nb) Thông qua.\n", [("I", "purpose"), ("I.1", "purpose"), ("I.1.a", "other"), ("I.1.b", "other")]),
        ("* Mục đích, yêu cầu\nx.\n* Tổ chức thực hiện\ny.", [("*1", "purpose_requirements"), ("*2", "implementation")]),
        # Dash items, dates and numbers inside running text are not sections.
        ("I. NỘI DUNG\n- Một.\n- Hai.\n27/8/2019 là ngày ký.\n2030. Năm mục tiêu.\n", [("I", "content")]),
        # A numbered list must continue its numbering: a stray ``5.`` is not a section.
        ("I. NỘI DUNG\n1. Một việc.\n5. Năm mươi tỷ đồng.\n2. Hai việc.\n", [("I", "content"), ("I.1", "other"), ("I.2", "other")]),
        # A repeated top-level numeral is kept, as ``IV(2)``, with its own children.
        ("I. MỤC ĐÍCH\nx.\nII. PHÂN CÔNG NHIỆM VỤ\n1. Sở Y tế\nx.\nII. TỔ CHỨC THỰC HIỆN\n1. Giao Sở Y tế.\n", [("I", "purpose"), ("II", "implementation"), ("II.1", "other"), ("II(2)", "implementation"), ("II(2).1", "other")]),
        # A table row that lost its cell separators (``I Tỉnh ủy`` in a PDF) after Arabic numbering began.
        ("1. Các văn bản đã ban hành\nStt Văn bản\nI Tỉnh ủy\n1.\nII Hội đồng nhân dân tỉnh\n2. Hoạt động kiểm tra\n", [("1", "other"), ("2", "other")]),
        # Headings marked up in markdown and hard-wrapped.
        ("**I. MỤC\nĐÍCH, YÊU CẦU**\n\n**1.\nMục đích**\n\nx.\n", [("I", "purpose_requirements"), ("I.1", "purpose")]),
    ],
)  # fmt: skip
def test_heading_forms(body: str, expected: list[tuple[str, str]]) -> None:
    doc = parse_text("KẾ HOẠCH\n\nthực hiện một việc\n\nThực hiện chỉ đạo như sau:\n" + body)
    assert _tree(doc) == expected
    for s in doc.sections:
        assert doc.text[s.start : s.end] == s.text


def test_state_header_with_two_line_issuer_and_colon_number() -> None:
    text = (
        "|\n**ỦY BAN NHÂN\nDÂN**\n**TỈNH ĐỒNG THÁP**\n--------\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\n"
        "Độc lập - Tự do - Hạnh phúc\n---------------\n|\n|\nSố: 552/KH-UBND\n|\n*Đồng Tháp,\n"
        "ngày 19 tháng 11 năm 2025*\n|\n\n\n**KẾ HOẠCH**\n\nTHỰC HIỆN LỘ TRÌNH ĐỔI MỚI\n\n"
        "Căn cứ Nghị quyết số 57-NQ/TW;\n"
    )
    md = parse_text(text).metadata
    assert (md.doc_type, md.number, md.issuer, md.place, md.issued_date) == (
        "ke_hoach",
        "552/KH-UBND",
        "Ủy ban nhân dân tỉnh Đồng Tháp",
        "Đồng Tháp",
        dt.date(2025, 11, 19),
    )
    assert md.title == "THỰC HIỆN LỘ TRÌNH ĐỔI MỚI"


def test_party_header_with_three_line_issuer_flattened() -> None:
    text = (
        "UBND TỈNH THỪA THIÊN HUẾ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH "
        "ĐẢNG CỘNG SẢN VIỆT NAM ĐẢNG UỶ SỞ NỘI VỤ Số 08 HD/ĐU TP Huế, ngày 06 tháng 4 năm 2012 "
        "HƯỚNG DẪN Thực hiện công tác quy hoạch\n"
    )
    md = parse_text(text).metadata
    assert (md.doc_type, md.number, md.issuer, md.issued_date) == (
        "huong_dan",
        "08-HD/ĐU",
        "Đảng ủy Sở Nội vụ",
        dt.date(2012, 4, 6),
    )


def test_national_heading_is_never_the_issuer() -> None:
    text = "ĐẢNG CỘNG SẢN VIỆT NAM\n\nHà Nội, ngày 07 tháng 02 năm 2023\n\nQUY ĐỊNH\n\nCHỨC NĂNG\n"
    md = parse_text(text).metadata
    assert md.issuer is None and md.doc_type == "quy_dinh" and md.place == "Hà Nội"


def test_missing_month_gives_no_date() -> None:
    text = (
        "ĐẢNG UỶ SỞ NỘI VỤ\nSố: 08 - HD/ĐU\nTP.Huế, ngày 06 tháng năm 2012\nHƯỚNG DẪN\nThực hiện\n"
    )
    md = parse_text(text).metadata
    assert md.issued_date is None and md.number == "08-HD/ĐU"


def test_recipients_with_notes_and_archive() -> None:
    text = (
        "KẾ HOẠCH\n\nthử\n\nI. MỤC ĐÍCH\n\nNội dung.\n\nNơi nhận:\n\n- Bộ Chính trị,\n"
        "- Ban Tuyên giáo Trung ương, | (*báo cáo*)\n- Vụ Địa phương, BTGTW (báo cáo),\n"
        "- Lưu Văn phòng Tỉnh ủy.\n\n**T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ**\n\nLê Thị Thu Hồng\n"
    )
    doc = parse_text(text)
    got = [(r.name, r.note, r.archive) for r in doc.metadata.recipients]
    assert got == [
        ("Bộ Chính trị", None, False),
        ("Ban Tuyên giáo Trung ương", "báo cáo", False),
        ("Vụ Địa phương, BTGTW", "báo cáo", False),
        ("Văn phòng Tỉnh ủy", None, True),
    ]
    for r in doc.metadata.recipients:
        assert doc.text[r.start : r.end] == r.text
    # The recipients and signature close the body: the last section ends before them.
    assert doc.sections[-1].text.endswith("Nội dung.")
