"""Members of zip and tar archives, read safely: nothing is extracted to disk.

Untrusted archives may hold names that climb out of a folder (``../``, ``/etc/x``), links, devices,
members that inflate to gigabytes, or archives inside archives. Members are read into memory one at
a time with size limits; a bad member becomes an error record under its own name, never a file
written somewhere, and never silently dropped.
"""

from __future__ import annotations

import io
import stat
import tarfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

ARCHIVE_SUFFIXES = (".zip", ".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")


@dataclass(frozen=True)
class Limits:
    member_bytes: int = 100 * 2**20
    archive_bytes: int = 4 * 2**30
    max_ratio: float = 200.0  # uncompressed/compressed of a zip member: above it, a zip bomb
    nesting: int = 1  # archives inside archives that are opened (deeper ones are refused)


@dataclass(frozen=True)
class Member:
    """One member: its safe relative name and either its bytes or the reason it was refused."""

    name: str
    data: bytes | None = None
    error: tuple[str, str] | None = None  # (error type, message)


class ArchiveError(ValueError):
    """The archive as a whole cannot be read (truncated, not an archive, over the size limit)."""


def is_archive(name: str) -> bool:
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def safe_name(raw: str) -> str | None:
    """``raw`` as a relative POSIX path inside the archive, or None when it would escape."""
    name = raw.replace("\\", "/")
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [p for p in PurePosixPath(name).parts if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts):
        return None
    return "/".join(parts)


def iter_members(data_or_path: bytes | str, name: str, limits: Limits) -> Iterator[Member]:
    """Every file member of the archive ``name`` (zip or tar, maybe compressed)."""
    if name.lower().endswith(".zip"):
        yield from _zip_members(data_or_path, limits)
    else:
        yield from _tar_members(data_or_path, limits)


def _open_source(data_or_path: bytes | str) -> io.BufferedIOBase | str:
    return io.BytesIO(data_or_path) if isinstance(data_or_path, bytes) else data_or_path


def _zip_members(data_or_path: bytes | str, limits: Limits) -> Iterator[Member]:
    try:
        zf = zipfile.ZipFile(_open_source(data_or_path))
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise ArchiveError(f"not a readable zip archive (truncated or damaged): {exc}") from exc
    total = 0
    with zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            name = safe_name(info.filename)
            mode = info.external_attr >> 16
            if name is None:
                yield _refused(info.filename, "unsafe_path", "member path escapes the archive")
                continue
            if stat.S_ISLNK(mode):
                yield _refused(name, "unsafe_link", "member is a symbolic link")
                continue
            if info.file_size > limits.member_bytes:
                yield _refused(name, "too_large", f"member is {info.file_size} bytes")
                continue
            ratio = info.file_size / max(info.compress_size, 1)
            if info.file_size > 2**20 and ratio > limits.max_ratio:
                yield _refused(name, "too_large", f"compression ratio {ratio:.0f} (zip bomb?)")
                continue
            total += info.file_size
            if total > limits.archive_bytes:
                raise ArchiveError(f"archive holds more than {limits.archive_bytes} bytes")
            try:
                with zf.open(info) as fh:
                    data = fh.read(limits.member_bytes + 1)
            except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError) as exc:
                yield _refused(name, "damaged_member", f"{type(exc).__name__}: {exc}")
                continue
            if len(data) > limits.member_bytes:  # the header lied about the size
                yield _refused(name, "too_large", "member is larger than its header says")
                continue
            yield Member(name, data)


def _tar_members(data_or_path: bytes | str, limits: Limits) -> Iterator[Member]:
    try:
        if isinstance(data_or_path, bytes):
            tf = tarfile.open(fileobj=io.BytesIO(data_or_path), mode="r:*")  # noqa: SIM115
        else:
            tf = tarfile.open(data_or_path, mode="r:*")  # noqa: SIM115
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise ArchiveError(f"not a readable tar archive: {exc}") from exc
    total = 0
    with tf:
        try:
            # Streamed one member at a time: a 10,000-member tar.gz is read once, never listed.
            for info in tf:
                if info.isdir():
                    continue
                name = safe_name(info.name)
                if name is None:
                    yield _refused(info.name, "unsafe_path", "member path escapes the archive")
                    continue
                if info.issym() or info.islnk():
                    yield _refused(name, "unsafe_link", "member is a link")
                    continue
                if not info.isfile():
                    yield _refused(name, "not_a_file", "member is a device or fifo")
                    continue
                if info.size > limits.member_bytes:
                    yield _refused(name, "too_large", f"member is {info.size} bytes")
                    continue
                total += info.size
                if total > limits.archive_bytes:
                    raise ArchiveError(f"archive holds more than {limits.archive_bytes} bytes")
                fh = tf.extractfile(info)
                yield Member(name, fh.read() if fh else b"")
        except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
            raise ArchiveError(f"tar archive is truncated or damaged: {exc}") from exc


def _refused(name: str, kind: str, message: str) -> Member:
    return Member(name, None, (kind, message))
