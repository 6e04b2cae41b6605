"""Tasks (issue 6): who must do what, by when, reporting to whom."""

from __future__ import annotations

from vnplan_extract.extract.tasks.find import find_tasks

__all__ = ["find_tasks"]
