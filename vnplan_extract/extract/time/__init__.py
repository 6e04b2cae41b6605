"""Time expressions (issue 5): ``find_time_expressions(ctx)`` is the pipeline stage."""

from __future__ import annotations

from vnplan_extract.extract.time.extract import find_time_expressions

__all__ = ["find_time_expressions"]
