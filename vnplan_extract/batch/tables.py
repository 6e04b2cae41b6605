"""Outputs as CSV tables for researchers: one row per item, every table keyed by ``doc_id``.

``documents.csv``, ``sections.csv``, ``references.csv``, ``time_expressions.csv``,
``organizations.csv`` (one row per mention) and ``tasks.csv`` (one row per task and assignee) are
the rows of :func:`vnplan_extract.frames.table_rows`, written one document at a time from the JSON
outputs, so the size of an archive does not matter; ``pandas.read_csv`` reads them as they are.
``doc_id`` is the document's relative path.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vnplan_extract.frames import COLUMNS, table_rows
from vnplan_extract.models import PlanDocument


def iter_documents(source: Path) -> Iterator[dict[str, Any]]:
    """Documents from a JSONL file or a folder of per-document JSON files (errors.jsonl aside)."""
    if source.is_file():
        with source.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)
        return
    for path in sorted(source.rglob("*.json")):
        yield json.loads(path.read_text(encoding="utf-8"))


def _relative_path_id(doc: PlanDocument) -> str:
    # In an archive two documents may share a file name (``docx/001.docx``, ``pdf/001.pdf``):
    # the relative path that names the output is the id that stays unique.
    return doc.source.path or doc.source.sha256


def rows(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """The table rows of one JSON output (the same rows as ``vnplan_extract.to_frames``)."""
    return table_rows([PlanDocument.model_validate(doc)], doc_id=_relative_path_id)


def write_tables(source: Path, out: Path) -> dict[str, int]:
    """Write the CSV tables of every document under ``source`` into ``out``; rows per table."""
    import tempfile

    out.mkdir(parents=True, exist_ok=True)
    counts = dict.fromkeys(COLUMNS, 0)
    with tempfile.TemporaryDirectory(dir=out, prefix=".tables-") as tmp:
        handles = {
            name: Path(tmp, f"{name}.csv").open("w", encoding="utf-8", newline="")  # noqa: SIM115
            for name in COLUMNS
        }
        try:
            writers = {
                name: csv.DictWriter(fh, COLUMNS[name], extrasaction="ignore")
                for name, fh in handles.items()
            }
            for w in writers.values():
                w.writeheader()
            for doc in iter_documents(source):
                if "source" not in doc:
                    continue  # errors.jsonl and other stray JSON
                for name, table_rows in rows(doc).items():
                    writers[name].writerows(table_rows)
                    counts[name] += len(table_rows)
        finally:
            for fh in handles.values():
                fh.close()
        for name in COLUMNS:  # the temporary folder is inside ``out``: a rename, never a copy
            os.replace(Path(tmp, f"{name}.csv"), out / f"{name}.csv")
    return counts
