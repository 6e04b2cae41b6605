"""Normalization for matching keeps a true map back to the source text."""

from __future__ import annotations

import unicodedata

import pytest

from vnplan_extract.text.normalize import fold, normalize
from vnplan_extract.text.symbols import normalize_number


@pytest.mark.parametrize(
    ("source", "normalized"),
    [
        ("công nghiệp hoá", "công nghiệp hóa"),
        ("Tỉnh Uỷ", "Tỉnh Ủy"),
        ("UỶ BAN", "ỦY BAN"),
        ("thuỷ sản", "thủy sản"),
        ("Kế hoạch", "Kế hoạch"),
        ("quý IV/2019", "quý IV/2019"),
        ("Huỳnh", "Huỳnh"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("Ban\u00a0Bí\u2009thư", "Ban Bí thư"),
        ("\ufeffKẾ HOẠCH", "KẾ HOẠCH"),
        ("\u00d0ẢNG ỦY", "ĐẢNG ỦY"),
        ("**trước ngày 20/4/2026**", "trước ngày 20/4/2026"),
        ("*(qua Ban Tuyên giáo)*", "(qua Ban Tuyên giáo)"),
        ("Trung ương, | (*báo cáo*)", "Trung ương, \n (báo cáo)"),
        ("* Mục đích, yêu cầu", "* Mục đích, yêu cầu"),
        ("# Tiêu đề", "Tiêu đề"),
    ],
)
def test_normalized_text(source: str, normalized: str) -> None:
    assert normalize(source).text == normalized


def test_nfd_input_maps_back_to_whole_clusters() -> None:
    source = unicodedata.normalize("NFD", "Kết luận số 52-KL/TW của Ban Bí thư")
    n = normalize(source)
    assert n.text == "Kết luận số 52-KL/TW của Ban Bí thư"
    start = n.text.index("Ban Bí thư")
    s, e = n.to_source(start, start + len("Ban Bí thư"))
    assert unicodedata.normalize("NFC", source[s:e]) == "Ban Bí thư"
    assert source[e:] == ""


def test_removed_markdown_stays_inside_mapped_spans() -> None:
    source = "gửi **trước ngày 20/4/2026** nhé"
    n = normalize(source)
    a = n.text.index("trước")
    b = n.text.index("2026") + 4
    s, e = n.to_source(a, b)
    assert source[s:e] == "trước ngày 20/4/2026"


def test_flow_joins_layout_breaks_only() -> None:
    text = "Ban Tuyên giáo\n\ntỉnh, Báo và Phát thanh.\n1. Mục đích\nTiếp tục phát triển"
    n = normalize(text)
    assert len(n.flow) == len(n.text)
    assert "Ban Tuyên giáo  tỉnh, Báo" in n.flow
    assert "1. Mục đích\nTiếp tục" in n.flow


def test_hard_wrapped_copy_is_unwrapped_but_signature_lines_stay() -> None:
    body = "\n".join(
        ["Căn cứ Nghị quyết số", "57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển"]
        * 15
    )
    text = body + "\nTM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thành Diệu\n"
    n = normalize(text)
    assert n.wrapped
    assert "số 57-NQ/TW" in n.flow
    assert "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nNguyễn Thành Diệu" in n.flow


def test_lone_label_joins_its_heading() -> None:
    n = normalize("1.\nCông tác tham mưu, chỉ đạo triển khai\n")
    assert n.flow.startswith("1. Công tác")


def test_fold_is_case_tone_and_space_insensitive() -> None:
    assert fold("Tỉnh  Uỷ\nĐiện Biên") == fold("tỉnh ủy điện biên")


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        ("83-KH/TU", "83-KH/TU"),
        ("12 – HD/HU", "12-HD/HU"),
        ("08 - HD/ĐU", "08-HD/ĐU"),
        ("08 HD/ĐU", "08-HD/ĐU"),
        ("3210/QĐ - UBND", "3210/QĐ-UBND"),
        ("10- CTr/TU", "10-CTr/TU"),
        ("84-KH/TƯ", "84-KH/TU"),
        ("552/KH-UBND", "552/KH-UBND"),
    ],
)
def test_normalize_number(raw: str, normal: str) -> None:
    assert normalize_number(raw) == normal


@pytest.mark.parametrize(
    ("source", "repaired"),
    [
        ("ỦY B AN NHÂN D Â N T HÀNH P HỐ HỒ C H Í M I NH", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH"),
        (
            "T hành phố Hồ Chí M inh, ngày 28 tháng 6 năm 2014",
            "Thành phố Hồ Chí Minh, ngày 28 tháng 6 năm 2014",
        ),
        (
            "- T hủ tướ ng C h í nh ph ủ ; - B ộ X â y d ự n g ; B ộ T à i c h í nh;",
            "- Thủ tướng Chính phủ ; - Bộ Xây dựng ; Bộ Tài chính;",
        ),
        (
            "- T h ườ ng t r ự c T h à nh ủ y ; - Hội Cự u C h i ế n b i nh",
            "- Thường trực Thành ủy ; - Hội Cựu Chiến binh",
        ),
        (
            "KT. CHỦ TỊ CH P HÓ CHỦ T Ị CH Ngu y ễn Hữu Tín",
            "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tín",
        ),
        # Ordinary text, single letters as labels or list items, is left alone.
        (
            "Thực hiện Kết luận số 52-KL/TW của Ban Bí thư về xây dựng đội ngũ",
            "Thực hiện Kết luận số 52-KL/TW của Ban Bí thư về xây dựng đội ngũ",
        ),
        (
            "- Mục V; Phụ lục X và các điểm a, b của Điều 3",
            "- Mục V; Phụ lục X và các điểm a, b của Điều 3",
        ),
    ],
)
def test_letter_spaced_ocr_is_regrouped(source: str, repaired: str) -> None:
    n = normalize(source)
    assert n.text == repaired
    s, e = n.to_source(0, len(n.text))
    assert source[s:e] == source.strip()


def test_letter_spacing_touches_only_the_damaged_copy_of_the_corpus() -> None:
    from conftest import CORPUS_IDS, corpus_text

    from vnplan_extract.text.spacing import letter_spacing_repairs

    touched = {d for d in CORPUS_IDS if letter_spacing_repairs(corpus_text(d))}
    assert touched == {"state-016"}
