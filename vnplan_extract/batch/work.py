"""The per-document function every engine runs: bytes in, JSON or an error record out.

It never raises: whatever goes wrong with one document (unreadable bytes, a scanned PDF, a bug in
an extractor, the time limit) comes back as an error outcome with its type and message, so one bad
file cannot stop an archive.
"""

from __future__ import annotations

import hashlib
import signal
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Outcome:
    key: str
    sha256: str
    json: str | None = None  # the document's JSON when it worked
    error_type: str | None = None
    message: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return self.json is not None


class DocumentTimeout(Exception):
    """The document took longer than the per-document time limit."""


def process_document(key: str, data: bytes, time_limit: float | None = None) -> Outcome:
    """Read and parse one document; an :class:`Outcome` in every case."""
    from vnplan_extract.batch.readers import ReadError, read_bytes

    sha = hashlib.sha256(data).hexdigest()
    start = time.perf_counter()
    try:
        with _time_limit(time_limit):
            # Imported here so that a broken extractor is an error record, not a dead batch.
            from vnplan_extract.pipeline import parse_text

            doc = read_bytes(data, key)
            parsed = parse_text(doc.text, source=doc.source)
            text = parsed.model_dump_json()
    except ReadError as exc:
        return _failed(key, sha, "read_error", _strip_key(str(exc), key), start)
    except DocumentTimeout:
        return _failed(key, sha, "timeout", f"took longer than {time_limit} s", start)
    except Exception as exc:  # a bug in an extractor must not stop the batch
        where = traceback.extract_tb(exc.__traceback__)[-1]
        message = f"{type(exc).__name__}: {exc} (at {where.filename}:{where.lineno})"
        return _failed(key, sha, "parse_error", message, start)
    return Outcome(key, sha, json=text, seconds=time.perf_counter() - start)


def _failed(key: str, sha: str, kind: str, message: str, start: float) -> Outcome:
    return Outcome(key, sha, error_type=kind, message=message, seconds=time.perf_counter() - start)


def _strip_key(message: str, key: str) -> str:
    return message.removeprefix(f"{key}: ")


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in this thread after ``seconds`` (SIGALRM, main thread only).

    Worker processes run documents on their main thread, so the alarm works there; in a thread
    (a Dask worker's executor) no alarm is possible and the limit is not enforced.
    """
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _raise(signum: int, frame: object) -> None:
        raise DocumentTimeout

    previous = signal.signal(signal.SIGALRM, _raise)
    signal.setitimer(signal.ITIMER_REAL, seconds)  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
