"""Time expressions (issue 5). Until built, the list is empty, never faked."""

from __future__ import annotations

from vnplan_extract.context import Context
from vnplan_extract.models import TimeExpression


def find_time_expressions(ctx: Context) -> list[TimeExpression]:
    return []
