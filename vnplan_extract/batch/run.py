"""The conversion run: discover inputs, skip what is done, process the rest, write, summarize."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from vnplan_extract.batch.archives import Limits
from vnplan_extract.batch.discover import Item, count_items, iter_items
from vnplan_extract.batch.engines import Job, run_dask, run_processes, run_serial
from vnplan_extract.batch.output import DirWriter, ErrorLog, JsonlWriter
from vnplan_extract.batch.progress import Progress


@dataclass
class Options:
    out: Path | None = None
    jsonl: Path | None = None
    workers: int = 0  # 0: all cores
    engine: str = "processes"  # processes | dask | serial
    scheduler: str | None = None
    time_limit: float | None = 120.0
    resume: bool = False
    progress: bool = True
    limits: Limits = field(default_factory=Limits)


@dataclass
class Summary:
    inputs: int = 0
    converted: int = 0
    skipped: int = 0
    failed: int = 0
    seconds: float = 0.0
    errors_file: Path | None = None
    error_types: dict[str, int] = field(default_factory=dict)

    def lines(self) -> list[str]:
        rate = self.converted / self.seconds if self.seconds else 0.0
        out = [
            f"inputs: {self.inputs}, converted: {self.converted}, skipped (resume): "
            f"{self.skipped}, failed: {self.failed}",
            f"time: {self.seconds:.1f} s ({rate:.1f} docs/s)",
        ]
        if self.failed:
            kinds = ", ".join(f"{k} {n}" for k, n in sorted(self.error_types.items()))
            out.append(f"errors ({kinds}) in {self.errors_file}")
        return out


def convert(inputs: list[Path], options: Options) -> Summary:
    if options.out is None and options.jsonl is None:
        raise ValueError("give --out DIR or --jsonl FILE")
    writer: DirWriter | JsonlWriter
    if options.jsonl is not None:
        writer = JsonlWriter(options.jsonl, options.resume)
        errors_path = options.jsonl.with_name("errors.jsonl")
    else:
        assert options.out is not None
        writer = DirWriter(options.out)
        errors_path = writer.out / "errors.jsonl"
    errors = ErrorLog(errors_path)
    summary = Summary(errors_file=errors_path)
    progress = Progress(count_items(inputs) if options.progress else None, enabled=options.progress)
    start = time.monotonic()

    def record_error(key: str, kind: str, message: str) -> None:
        errors.add(key, kind, message)
        summary.failed += 1
        summary.error_types[kind] = summary.error_types.get(kind, 0) + 1
        progress.update(ok=False)

    def jobs() -> Iterator[Job]:
        """Items to process; errors and finished items are handled here, on the way."""
        import hashlib

        for item in iter_items(inputs, options.limits):
            summary.inputs += 1
            if item.error is not None or item.data is None:
                kind, message = item.error or ("read_error", "no data")
                record_error(item.key, kind, message)
                continue
            if options.resume and writer.done(item.key, hashlib.sha256(item.data).hexdigest()):
                summary.skipped += 1
                progress.update(ok=True, skipped=True)
                continue
            yield _job(item)

    workers = options.workers or os.cpu_count() or 1
    if options.engine == "dask":
        outcomes = run_dask(jobs(), workers, options.time_limit, options.scheduler)
    elif options.engine == "serial" or workers == 1:
        outcomes = run_serial(jobs(), options.time_limit)
    else:
        outcomes = run_processes(jobs(), workers, options.time_limit)
    try:
        for outcome in outcomes:
            if outcome.ok:
                try:
                    writer.write(outcome)
                except (OSError, ValueError) as exc:
                    record_error(outcome.key, "write_error", str(exc))
                    continue
                summary.converted += 1
                progress.update(ok=True)
            else:
                record_error(outcome.key, outcome.error_type or "error", outcome.message or "")
    finally:
        progress.close()
        writer.close()
        errors.close()
    summary.seconds = time.monotonic() - start
    return summary


def _job(item: Item) -> Job:
    assert item.data is not None
    return item.key, item.data
