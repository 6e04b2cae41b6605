"""Tasks (issue 6). Until built, the list is empty, never faked."""

from __future__ import annotations

from vnplan_extract.context import Context
from vnplan_extract.models import Organization, Task


def find_tasks(ctx: Context, organizations: list[Organization]) -> list[Task]:
    return []
