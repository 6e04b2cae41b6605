"""Document references (issue 4). Until built, the list is empty, never faked."""

from __future__ import annotations

from vnplan_extract.context import Context
from vnplan_extract.models import Reference


def find_references(ctx: Context) -> list[Reference]:
    return []
