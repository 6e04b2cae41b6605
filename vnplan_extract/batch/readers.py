"""Readers: one file to decoded text plus its :class:`~vnplan_extract.models.Source`.

:func:`read_bytes` is the one entry point for every format (the batch runner hands it the bytes of
a file or an archive member); :func:`read_document` reads a path. Plain text goes through
:mod:`vnplan_extract.text.decode`; docx, pdf, html and doc have a module each. Text extracted from
an office file or a web page may still be legacy-font mojibake (a ``.VnTime`` document), so it goes
through the legacy detector too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from vnplan_extract.models import Source
from vnplan_extract.text.decode import DecodeError, LegacyEncoding, decode_bytes

LegacyName = LegacyEncoding


class ReadError(ValueError):
    """A file that cannot be read as a document; the message says why."""


@dataclass(frozen=True)
class ReadDocument:
    text: str
    source: Source


@dataclass(frozen=True)
class Extracted:
    """What a format reader found: the text and how its characters were encoded."""

    text: str
    encoding: str = "utf-8"


TEXT_SUFFIXES = frozenset({"", ".txt", ".md", ".markdown", ".text"})
FORMATS: dict[str, str] = {".docx": "docx", ".pdf": "pdf", ".html": "html", ".htm": "html"}
FORMATS.update({".doc": "doc", ".xhtml": "html"})


def document_format(name: str) -> str | None:
    """The format a file name says (``txt``, ``md``, ``docx``...); None for no document."""
    suffix = Path(name).suffix.lower()
    if suffix in TEXT_SUFFIXES:
        return "md" if suffix in (".md", ".markdown") else "txt"
    return FORMATS.get(suffix)


def read_document(path: Path) -> ReadDocument:
    if not path.exists():
        raise ReadError(f"{path}: no such file")
    if path.is_dir():
        raise ReadError(f"{path}: is a directory, not a file")
    return read_bytes(path.read_bytes(), str(path))


def read_bytes(data: bytes, name: str) -> ReadDocument:
    """Decode the bytes of the document called ``name`` (its suffix picks the reader)."""
    fmt = document_format(name) or "txt"
    try:
        if fmt in ("txt", "md"):
            decoded = decode_bytes(data)
            text, encoding, legacy = decoded.text, decoded.encoding, decoded.legacy_encoding
        else:
            if not data:
                raise ReadError(f"empty {fmt} file (0 bytes)")
            extracted = _READERS[fmt]()(data)
            text, legacy = _unlegacy(extracted.text)
            encoding = extracted.encoding
            if not text.strip():
                raise ReadError(f"no text in the {fmt} file")
    except DecodeError as exc:
        raise ReadError(f"{name}: {exc}") from exc
    except ReadError as exc:
        raise ReadError(f"{name}: {exc}") from exc
    source = Source(
        path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        encoding=encoding,
        legacy_encoding=legacy,
    )
    return ReadDocument(text, source)


def _unlegacy(text: str) -> tuple[str, LegacyName | None]:
    from vnplan_extract.text.legacy import detect_and_convert

    converted = detect_and_convert(text)
    return (text, None) if converted is None else converted


def _docx() -> Callable[[bytes], Extracted]:
    from vnplan_extract.batch.read_docx import read_docx

    return read_docx


def _pdf() -> Callable[[bytes], Extracted]:
    from vnplan_extract.batch.read_pdf import read_pdf

    return read_pdf


def _html() -> Callable[[bytes], Extracted]:
    from vnplan_extract.batch.read_html import read_html

    return read_html


def _doc() -> Callable[[bytes], Extracted]:
    from vnplan_extract.batch.read_doc import read_doc

    return read_doc


# Readers are imported on first use: python-docx, pdfplumber and bs4 are slow to import.
_READERS: dict[str, Callable[[], Callable[[bytes], Extracted]]] = {
    "docx": _docx,
    "pdf": _pdf,
    "html": _html,
    "doc": _doc,
}
