"""Inputs to work items: files, folders (recursive) and archive members, streamed in order.

Each item has a ``key``: the relative path its output takes (``folder/a.txt``,
``batch.zip/2019/b.docx``). Items carry their bytes (read here, so the content hash that resume
compares is known before any work is sent out) or the error that stops them.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from vnplan_extract.batch.archives import ArchiveError, Limits, is_archive, iter_members
from vnplan_extract.batch.readers import document_format


@dataclass(frozen=True)
class Item:
    key: str
    data: bytes | None = None
    error: tuple[str, str] | None = None  # (error type, message): recorded, never processed


def iter_items(inputs: list[Path], limits: Limits) -> Iterator[Item]:
    for root in inputs:
        if root.is_dir():
            base = root.resolve().name or "input"
            for path in _walk(root):
                rel = path.relative_to(root).as_posix()
                yield from _file_items(path, f"{base}/{rel}", limits)
        elif root.exists():
            yield from _file_items(root, root.name, limits)
        else:
            yield Item(root.name or str(root), error=("not_found", f"{root}: no such file"))


def _walk(root: Path) -> Iterator[Path]:
    """Files under ``root`` in a stable order; symlinked folders are not followed (no loops)."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath, name)
            if path.is_file() and not name.startswith("."):
                yield path


def _file_items(path: Path, key: str, limits: Limits) -> Iterator[Item]:
    if is_archive(path.name):
        yield from _archive_items(str(path), key, limits, depth=0)
        return
    if document_format(path.name) is None:
        yield Item(key, error=("unsupported_format", f"no reader for {path.suffix!r} files"))
        return
    size = path.stat().st_size
    if size > limits.member_bytes:
        yield Item(key, error=("too_large", f"file is {size} bytes"))
        return
    yield Item(key, data=path.read_bytes())


def _archive_items(source: bytes | str, key: str, limits: Limits, depth: int) -> Iterator[Item]:
    try:
        for member in iter_members(source, key, limits):
            member_key = f"{key}/{member.name}"
            if member.error is not None:
                yield Item(member_key, error=member.error)
            elif is_archive(member.name):
                if depth + 1 > limits.nesting:
                    message = f"archive nested more than {limits.nesting} level(s) deep: refused"
                    yield Item(member_key, error=("nested_archive", message))
                else:
                    assert member.data is not None
                    yield from _archive_items(member.data, member_key, limits, depth + 1)
            elif document_format(member.name) is None:
                suffix = Path(member.name).suffix
                yield Item(member_key, error=("unsupported_format", f"no reader for {suffix!r}"))
            else:
                yield Item(member_key, data=member.data)
    except ArchiveError as exc:
        yield Item(key, error=("bad_archive", str(exc)))


def count_items(inputs: list[Path]) -> int | None:
    """A quick count for the progress bar: files and zip members (tar members are not listed)."""
    import zipfile

    total = 0
    for root in inputs:
        paths = list(_walk(root)) if root.is_dir() else [root]
        for path in paths:
            if path.name.lower().endswith(".zip"):
                try:
                    with zipfile.ZipFile(path) as zf:
                        total += sum(1 for i in zf.infolist() if not i.is_dir())
                except (zipfile.BadZipFile, OSError):
                    total += 1
            elif is_archive(path.name):
                return None
            else:
                total += 1
    return total
