"""Progress: a tqdm bar on a terminal, plain log lines (every few seconds) otherwise."""

from __future__ import annotations

import sys
import time
from typing import Any


class Progress:
    def __init__(self, total: int | None, *, enabled: bool = True, every_s: float = 5.0) -> None:
        self.total = total
        self.done = self.errors = self.skipped = 0
        self.start = time.monotonic()
        self.every_s = every_s
        self._last_log = self.start
        self.bar: Any = None
        self.enabled = enabled
        if enabled and sys.stderr.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True)

    def update(self, *, ok: bool, skipped: bool = False) -> None:
        self.done += 1
        self.errors += not ok
        self.skipped += skipped
        if self.bar is not None:
            self.bar.update(1)
            self.bar.set_postfix(errors=self.errors, skipped=self.skipped, refresh=False)
        elif self.enabled and time.monotonic() - self._last_log >= self.every_s:
            self._last_log = time.monotonic()
            print(self.line(), file=sys.stderr, flush=True)

    def rate(self) -> float:
        return self.done / max(time.monotonic() - self.start, 1e-9)

    def line(self) -> str:
        rate = self.rate()
        eta = ""
        if self.total:
            left = max(self.total - self.done, 0) / max(rate, 1e-9)
            eta = f", ETA {int(left // 60):02d}:{int(left % 60):02d}"
        of = f"/{self.total}" if self.total else ""
        return (
            f"convert: {self.done}{of} done, {self.errors} errors, {self.skipped} skipped, "
            f"{rate:.1f} docs/s{eta}"
        )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
