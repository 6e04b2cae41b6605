"""Section tree (in progress)."""

from __future__ import annotations

from vnplan_extract.context import Context
from vnplan_extract.models import Section


def find_sections(ctx: Context) -> list[Section]:
    return []
