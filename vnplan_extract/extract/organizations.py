"""Organizations (issue 6). Until built, the list is empty, never faked."""

from __future__ import annotations

from vnplan_extract.context import Context
from vnplan_extract.models import Organization


def find_organizations(ctx: Context) -> list[Organization]:
    return []
