"""Header metadata (in progress)."""

from __future__ import annotations

from vnplan_extract.context import Context


def read_header(ctx: Context) -> None:
    return None
