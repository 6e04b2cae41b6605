"""Signature and recipients (in progress)."""

from __future__ import annotations

from vnplan_extract.context import Context


def read_signature(ctx: Context) -> None:
    return None
