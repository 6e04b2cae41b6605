"""Where results go: one JSON file per document or one JSONL file, plus ``errors.jsonl``.

Every file is written to a temporary name beside its target and moved into place with
``os.replace``, so a killed run leaves whole files or none. Resume compares the content hash stored
at the start of each output (``source.sha256``) with the input's.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from pathlib import Path
from typing import IO

from vnplan_extract.batch.archives import safe_name
from vnplan_extract.batch.work import Outcome

_SHA = re.compile(r'"sha256":"([0-9a-f]{64})"')
_PATH = re.compile(r'"path":("(?:[^"\\]|\\.)*")')
PARTIAL_SUFFIX = ".partial"


def atomic_write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _head_sha(line_or_head: str) -> str | None:
    # ``source`` comes second in the JSON, so the hash sits in the first few hundred characters.
    m = _SHA.search(line_or_head[:4096])
    return m.group(1) if m else None


class DirWriter:
    """``OUT/<key>.json`` for every document; never a path outside ``OUT``."""

    def __init__(self, out: Path) -> None:
        self.out = out.resolve()
        self.out.mkdir(parents=True, exist_ok=True)

    def target(self, key: str) -> Path:
        rel = safe_name(key)
        if rel is None:
            raise ValueError(f"unsafe output path {key!r}")
        path = (self.out / f"{rel}.json").resolve()
        if not path.is_relative_to(self.out):  # a symlinked folder inside OUT
            raise ValueError(f"output path {key!r} leaves {self.out}")
        return path

    def done(self, key: str, sha256: str) -> bool:
        try:
            with self.target(key).open(encoding="utf-8") as fh:
                return _head_sha(fh.read(4096)) == sha256
        except (OSError, ValueError):
            return False

    def write(self, outcome: Outcome) -> None:
        assert outcome.json is not None
        atomic_write(self.target(outcome.key), outcome.json)

    def close(self) -> None:
        return None


class JsonlWriter:
    """One line per document in ``FILE``, written to ``FILE.partial`` and moved at the end.

    A resumed run starts from the complete lines of the last ``FILE`` or ``FILE.partial``; a line
    cut by a kill is dropped, and its document is done again.
    """

    def __init__(self, path: Path, resume: bool) -> None:
        self.path = path
        self.partial = path.with_name(path.name + PARTIAL_SUFFIX)
        self.seen: dict[str, str] = {}
        path.parent.mkdir(parents=True, exist_ok=True)
        previous = self._previous_lines() if resume else []
        self.fh: IO[str] = open(self.partial, "w", encoding="utf-8")  # noqa: SIM115
        for line in previous:
            self.fh.write(line)

    def _previous_lines(self) -> list[str]:
        # Read before the partial file is opened for writing (it may be the one we read).
        source = self.partial if self.partial.exists() else self.path
        if not source.exists():
            return []
        lines: list[str] = []
        with source.open(encoding="utf-8") as fh:
            for line in fh:
                if not line.endswith("\n"):
                    break  # cut by a kill
                sha, key = _head_sha(line), _PATH.search(line[:4096])
                if sha and key:
                    self.seen[json.loads(key.group(1))] = sha
                    lines.append(line)
        return lines

    def done(self, key: str, sha256: str) -> bool:
        return self.seen.get(key) == sha256

    def write(self, outcome: Outcome) -> None:
        assert outcome.json is not None
        self.fh.write(outcome.json + "\n")
        self.fh.flush()

    def close(self) -> None:
        self.fh.close()
        os.replace(self.partial, self.path)


class ErrorLog:
    """``errors.jsonl``: path, error type and message of every input that failed in this run."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.partial = path.with_name(path.name + PARTIAL_SUFFIX)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.fh: IO[str] = open(self.partial, "w", encoding="utf-8")  # noqa: SIM115
        self.count = 0

    def add(self, path: str, error_type: str, message: str) -> None:
        record = {"path": path, "error_type": error_type, "message": message}
        self.fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.fh.flush()
        self.count += 1

    def close(self) -> None:
        self.fh.close()
        os.replace(self.partial, self.path)
