"""Decoding: UTF-8/16, Windows-1258, and the legacy TCVN3/VNI font encodings, on the real corpus."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from vnplan_extract.batch import samples
from vnplan_extract.data import load_table
from vnplan_extract.text.decode import DecodeError, decode_bytes
from vnplan_extract.text.legacy import convert, detect_and_convert, encode

CORPUS = sorted(Path(__file__).resolve().parents[1].joinpath("corpus").glob("*/*.txt"))
SEEDS = [p for p in CORPUS if p.parent.name == "seeds"]


def _examples(name: str) -> list[tuple[str, str]]:
    return [(e["legacy"], e["unicode"]) for e in load_table(f"legacy_{name}")["examples"]]


@pytest.mark.parametrize(("legacy", "unicode"), _examples("tcvn3"))
def test_tcvn3_examples(legacy: str, unicode: str) -> None:
    assert detect_and_convert(legacy) == (unicode, "tcvn3")


@pytest.mark.parametrize(("legacy", "unicode"), _examples("vni"))
def test_vni_examples(legacy: str, unicode: str) -> None:
    assert detect_and_convert(legacy) == (unicode, "vni")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban ChÊp hµnh Trung ­¬ng", "Ban Chấp hành Trung ương"),  # TCVN3 as the primer shows it
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),  # VNI
        ("Ban Chấp hành Trung ương", None),  # Unicode stays
        ("Điều 1. Giá 1/2 ½ © 2019 – «trích» · 25°C", None),  # stray symbols never convert
        ("Café au lait, naïve résumé, Ñandú", None),  # other Latin languages neither
    ],
)
def test_detect(text: str, expected: str | None) -> None:
    result = detect_and_convert(text)
    assert (result[0] if result else None) == expected


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_unicode_corpus_is_never_converted(path: Path) -> None:
    assert detect_and_convert(path.read_text(encoding="utf-8")) is None


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_corpus_round_trip(path: Path, name: str) -> None:
    text = path.read_text(encoding="utf-8")
    try:
        data = encode(text, name)  # type: ignore[arg-type]
    except ValueError:
        pytest.skip("the text has a character the legacy encoding cannot write")
    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.legacy_encoding) == (name, name)
    assert decoded.text == text
    # The same text read as Windows-1252 and saved as UTF-8 (mojibake in a web page).
    mojibake = data.decode("cp1252", errors="replace").encode("utf-8")
    decoded = decode_bytes(mojibake)
    assert (decoded.encoding, decoded.legacy_encoding) == ("utf-8", name)
    assert decoded.text == text


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv not installed")
def test_tcvn3_table_agrees_with_glibc_iconv() -> None:
    table = load_table("legacy_tcvn3")["bytes"]
    for key, expected in table.items():
        run = subprocess.run(
            ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"],
            input=bytes([int(key, 16)]),
            capture_output=True,
            check=True,
        )
        assert run.stdout.decode("utf-8") == expected, key
    # A seed written by iconv (lowercase and the ABC capitals) reads back through our table.
    text = "Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam, tỉnh ủy Điện Biên"
    data = subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"],
        input=text.encode(),
        capture_output=True,
        check=True,
    ).stdout
    assert decode_bytes(data).text == text


def test_abc_capitals_font_lines_are_uppercased() -> None:
    # ABC documents type "KẾ HOẠCH" with lowercase codes in a capitals font.
    assert convert("KÕ HO¹CH\nthùc hiÖn NghÞ quyÕt", "tcvn3") == "KẾ HOẠCH\nthực hiện Nghị quyết"


SEED = SEEDS[0].read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("data", "encoding", "legacy"),
    [
        (SEED.encode("utf-8"), "utf-8", None),
        (b"\xef\xbb\xbf" + SEED.encode("utf-8"), "utf-8", None),
        (SEED.encode("utf-16"), "utf-16", None),
        (SEED.encode("utf-16-le"), "utf-16", None),
        (samples.cp1258(SEED), "cp1258", None),
        (encode(SEED, "tcvn3"), "tcvn3", "tcvn3"),
        (encode(SEED, "vni"), "vni", "vni"),
    ],
)
def test_decode_encodings(data: bytes, encoding: str, legacy: str | None) -> None:
    import unicodedata

    decoded = decode_bytes(data)
    assert (decoded.encoding, decoded.legacy_encoding) == (encoding, legacy)
    # Windows-1258 writes tones as combining marks: equal once composed.
    assert unicodedata.normalize("NFC", decoded.text) == SEED


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (bytes(range(256)) * 4, "binary"),
        (b"K\xe1\xba\xbf ho\xff\x81\x8a\x8d \x90\x9d" * 10, "not UTF-8"),
    ],
)
def test_decode_errors(data: bytes, message: str) -> None:
    with pytest.raises(DecodeError, match=message):
        decode_bytes(data)
