"""``.docx``: paragraphs and tables in body order (python-docx)."""

from __future__ import annotations

import io
import zipfile

from vnplan_extract.batch.readers import Extracted, ReadError


def read_docx(data: bytes) -> Extracted:
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"not a readable docx file ({type(exc).__name__}: {exc})") from exc
    except Exception as exc:  # python-docx raises its own PackageNotFoundError and lxml errors
        raise ReadError(f"not a readable docx file ({type(exc).__name__}: {exc})") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_table_lines(block))
        else:
            lines.append(block.text)
    return Extracted("\n".join(lines))


def _table_lines(table: object) -> list[str]:
    """One line per row, cells separated by a tab (as plain-text copies of header tables are).

    A merged cell repeats in python-docx's row view; it is written once.
    """
    out: list[str] = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        seen: set[int] = set()
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            cells.append(cell.text)
        out.append("\t".join(cells))
    return out
