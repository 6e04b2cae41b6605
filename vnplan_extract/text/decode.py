"""Bytes to text: BOMs, UTF-8, UTF-16 and Windows-1258, and the legacy 8-bit Vietnamese fonts.

``source.encoding`` says how the bytes were read (``utf-8``, ``utf-16``, ``cp1258``, or ``tcvn3`` /
``vni`` for raw legacy bytes); ``source.legacy_encoding`` says that legacy text was converted, also
when it arrived inside UTF-8 as mojibake.

The decoded text is what every offset points into (``doc.text``), so decoding changes nothing but
the encoding: no newline translation, no normalization (that happens on a copy, see
:mod:`vnplan_extract.text.normalize`).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from typing import Literal

LegacyEncoding = Literal["tcvn3", "vni"]


class DecodeError(ValueError):
    """The bytes are not text in any encoding vnplan_extract reads (a binary file, say)."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    legacy_encoding: LegacyEncoding | None = None


_BOMS: list[tuple[bytes, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    return "\x00" in text or bad / len(text) > 0.01


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 without a BOM shows as NUL bytes in every other position for Latin text."""
    if len(data) < 4 or len(data) % 2:
        return None
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    half = len(data) // 2
    for enc, zeros in (("utf-16-le", odd), ("utf-16-be", even)):
        if zeros > 0.3 * half:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode a plain-text document; raise :class:`DecodeError` for what is not text."""
    if not data:
        raise DecodeError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {enc} after a byte-order mark: {exc}") from exc
            return _checked(Decoded(text, enc.removesuffix("-sig")))
    u16 = _utf16_without_bom(data)
    if u16 is not None:
        return _checked(Decoded(u16, "utf-16"))
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _checked(_maybe_legacy(text, "utf-8"))
    if b"\x00" in data:
        raise DecodeError("binary data (NUL bytes), not a text document")
    # Legacy font bytes (TCVN3, VNI) first: every byte read as itself, then the detector decides.
    legacy = _legacy_bytes(data)
    if legacy is not None:
        return _checked(legacy)
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise DecodeError(
            f"not UTF-8, UTF-16, Windows-1258, TCVN3 or VNI text (byte {data[exc.start]:#04x} "
            f"at offset {exc.start})"
        ) from exc
    return _checked(Decoded(text, "cp1258"))


def _legacy_bytes(data: bytes) -> Decoded | None:
    from vnplan_extract.text.legacy import detect_and_convert

    converted = detect_and_convert(data.decode("latin-1"))
    if converted is None:
        return None
    text, name = converted
    return Decoded(text, name, name)


def _maybe_legacy(text: str, encoding: str) -> Decoded:
    """Text in a legacy font encoding (TCVN3, VNI) converted to Unicode, else ``text`` as is.

    Unicode text can hold legacy text too: a TCVN3 document read as Windows-1252 and saved as
    UTF-8 (common on old web pages) is ``Ban ChÊp hµnh`` in perfectly valid UTF-8.
    """
    from vnplan_extract.text.legacy import detect_and_convert

    converted = detect_and_convert(text)
    if converted is None:
        return Decoded(text, encoding)
    new_text, legacy = converted
    return Decoded(new_text, encoding, legacy)


def _checked(decoded: Decoded) -> Decoded:
    if _looks_binary(decoded.text):
        raise DecodeError("binary data, not a text document")
    return decoded
