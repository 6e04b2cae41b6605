"""Every format and encoding of a seed gives the values its Unicode text gives (offsets aside).

The files are made from the corpus seeds in the test: docx with python-docx, a PDF with a text
layer with reportlab (a TTF with Vietnamese glyphs), an HTML page with navigation and a script
around the text, and TCVN3, VNI, Windows-1258 and UTF-16 bytes.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

from vnplan_extract.batch import samples
from vnplan_extract.batch.readers import read_bytes
from vnplan_extract.models import PlanDocument
from vnplan_extract.pipeline import parse_text

SEEDS = sorted(Path(__file__).resolve().parents[1].joinpath("corpus", "seeds").glob("*.txt"))
VARIANTS = ["utf16", "cp1258", "tcvn3", "vni", "docx", "pdf", "html"]
_OFFSETS = {"start", "end", "text", "spans", "mentions"}


def _values(obj: Any) -> Any:
    """The item without offsets, whitespace collapsed (a PDF line break is a space)."""
    if isinstance(obj, dict):
        return {k: _values(v) for k, v in obj.items() if k not in _OFFSETS}
    if isinstance(obj, list):
        return [_values(v) for v in obj]
    if isinstance(obj, str):
        return " ".join(obj.split())
    return obj


def values(doc: PlanDocument) -> dict[str, Any]:
    dump = doc.model_dump(mode="json")
    return {
        k: _values(dump[k])
        for k in ("metadata", "sections", "references", "time_expressions", "tasks")
    }


@cache
def expected(path: Path) -> dict[str, Any]:
    return values(parse_text(path.read_text(encoding="utf-8")))


def _case(path: Path, variant: str) -> Any:
    marks = []
    return pytest.param(path, variant, id=f"{path.stem[:3]}-{variant}", marks=marks)


@pytest.mark.parametrize(("path", "variant"), [_case(p, v) for p in SEEDS for v in VARIANTS])
def test_variant_gives_the_same_values(path: Path, variant: str) -> None:
    text = path.read_text(encoding="utf-8")
    doc = read_bytes(samples.make(text, variant), f"{path.stem}{samples.SUFFIX[variant]}")
    if variant in ("tcvn3", "vni"):
        assert doc.source.legacy_encoding == variant
    parsed = parse_text(doc.text, source=doc.source)
    got, want = values(parsed), expected(path)
    for part in want:
        assert got[part] == want[part], part
    # Offsets hold in the text of the variant.
    for where, span in parsed.spans():
        assert parsed.text[span.start : span.end] == span.text, where


def test_html_drops_scripts_navigation_and_footer() -> None:
    doc = read_bytes(samples.html_bytes("KẾ HOẠCH\nthực hiện Nghị quyết"), "page.html")
    assert doc.text == "KẾ HOẠCH\nthực hiện Nghị quyết"
    assert doc.source.format == "html"


def test_docx_keeps_tables_in_body_order() -> None:
    import io

    import docx

    document = docx.Document()
    document.add_paragraph("TỈNH ỦY ĐIỆN BIÊN")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Số 83-KH/TU"
    table.rows[0].cells[1].text = "Điện Biên, ngày 27 tháng 8 năm 2019"
    document.add_paragraph("KẾ HOẠCH")
    buf = io.BytesIO()
    document.save(buf)
    doc = read_bytes(buf.getvalue(), "a.docx")
    assert (
        doc.text == "TỈNH ỦY ĐIỆN BIÊN\nSố 83-KH/TU\tĐiện Biên, ngày 27 tháng 8 năm 2019\nKẾ HOẠCH"
    )


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("scan.pdf", samples.pdf_bytes(None), "scanned PDF without a text layer"),
        ("zero.docx", b"", "empty docx"),
        ("broken.docx", b"PK\x03\x04 not really", "not a readable docx"),
        ("fake.pdf", b"<html></html>", "not a PDF"),
    ],
)
def test_bad_office_files(name: str, data: bytes, message: str) -> None:
    from vnplan_extract.batch.readers import ReadError

    with pytest.raises(ReadError, match=message):
        read_bytes(data, name)


def test_docx_typed_in_a_legacy_font_is_converted() -> None:
    from vnplan_extract.text.legacy import encode

    text = SEEDS[0].read_text(encoding="utf-8")
    # A .VnTime document: Word holds the TCVN3 bytes as Windows-1252 characters.
    mojibake = encode(text, "tcvn3").decode("cp1252", errors="replace")
    doc = read_bytes(samples.docx_bytes(mojibake), "vntime.docx")
    assert doc.source.legacy_encoding == "tcvn3"
    assert doc.text == text
