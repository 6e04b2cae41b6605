"""Task tables of state plans: one row per task with its lead, coordinating bodies and time.

In the source a table is one cell per line between ``|`` lines, a row ending with an empty cell
(``|`` twice). The header row names the columns (``CHỦ TRÌ``, ``PHỐI HỢP``, ``THỜI GIAN``); a row
whose first cell is a number and whose cells match the header is a task. Group rows (``I`` /
``NHÓM GIẢI PHÁP ...``) are skipped.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

import regex

from vnplan_extract.extract.tasks.words import table
from vnplan_extract.text.normalize import fold

_PIPE_LINE = regex.compile(r"(?m)^[ \t]*\|[ \t]*$")


@dataclass(frozen=True)
class Cell:
    start: int  # source offsets
    end: int


@dataclass(frozen=True)
class Row:
    cells: list[Cell]
    columns: dict[str, int]  # role -> index


def _cells(source: str) -> list[list[Cell]]:
    """Rows of cells (source offsets) of every pipe table in ``source``."""
    rows: list[list[Cell]] = []
    row: list[Cell] = []
    pipes = list(_PIPE_LINE.finditer(source))
    for m1, m2 in pairwise(pipes):
        s, e = m1.end(), m2.start()
        text = source[s:e]
        if not text.strip():
            if row:
                rows.append(row)
            row = []
            continue
        if "\n\n\n" in text.strip():
            # far apart: not a cell of the same table
            if row:
                rows.append(row)
            row = []
            continue
        lo = s + (len(text) - len(text.lstrip()))
        hi = e - (len(text) - len(text.rstrip()))
        row.append(Cell(lo, hi))
    if row:
        rows.append(row)
    return rows


def _header(source: str, row: list[Cell]) -> tuple[dict[str, int], int] | None:
    """The column of each role and the row's width, when ``row`` ends with a header. A row can
    start with text before the table (the cells of a layout table above it)."""
    heads: dict[str, list[str]] = table()["table_headers"]
    keys = [fold(source[c.start : c.end]).strip("* ") for c in row]
    cols: dict[str, int] = {}
    for i, key in enumerate(keys):
        for role, names in heads.items():
            if key in names and role not in cols:
                cols[role] = i
    if "lead" not in cols or "task" not in cols:
        return None
    first = min(cols.values())
    if first > 0 and keys[first - 1] in {"stt", "tt", "số tt"}:
        first -= 1
    return {k: v - first for k, v in cols.items()}, len(row) - first


def task_rows(source: str) -> list[Row]:
    if "|" not in source:
        return []
    out: list[Row] = []
    columns: dict[str, int] | None = None
    width = 0
    for row in _cells(source):
        header = _header(source, row)
        if header:
            columns, width = header
            continue
        if columns is None or len(row) != width:
            continue
        first = source[row[0].start : row[0].end].strip("* ")
        if regex.fullmatch(r"\d+[.]?", first):
            out.append(Row(row, columns))
    return out
