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
