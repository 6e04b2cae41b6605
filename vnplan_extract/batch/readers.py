"""Readers: one file to decoded text plus its :class:`~vnplan_extract.models.Source`."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from vnplan_extract.models import Source
from vnplan_extract.text.decode import DecodeError, decode_bytes


class ReadError(ValueError):
    """A file that cannot be read as a document; the message says why."""


@dataclass(frozen=True)
class ReadDocument:
    text: str
    source: Source


def read_document(path: Path) -> ReadDocument:
    if not path.exists():
        raise ReadError(f"{path}: no such file")
    if path.is_dir():
        raise ReadError(f"{path}: is a directory, not a file")
    data = path.read_bytes()
    try:
        decoded = decode_bytes(data)
    except DecodeError as exc:
        raise ReadError(f"{path}: {exc}") from exc
    fmt = path.suffix.lower().lstrip(".") or "txt"
    source = Source(
        path=str(path),
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        encoding=decoded.encoding,
        legacy_encoding=decoded.legacy_encoding,
    )
    return ReadDocument(decoded.text, source)
