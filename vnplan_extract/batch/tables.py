"""Outputs as CSV tables for researchers: one row per item, every table keyed by ``doc_id``.

``documents.csv``, ``sections.csv``, ``references.csv``, ``time_expressions.csv``,
``organizations.csv`` (one row per mention) and ``tasks.csv`` (assignees, deadlines joined with
``; ``) are written row by row from the JSON outputs, so the size of an archive does not matter;
``pandas.read_csv`` reads them as they are. ``doc_id`` is the document's relative path.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

COLUMNS: dict[str, list[str]] = {
    "documents": [
        "doc_id",
        "sha256",
        "format",
        "encoding",
        "legacy_encoding",
        "doc_type",
        "number",
        "issuer",
        "place",
        "issued_date",
        "title",
        "signer_authority",
        "signer_position",
        "signer_name",
        "n_sections",
        "n_references",
        "n_time_expressions",
        "n_tasks",
        "warnings",
    ],
    "sections": ["doc_id", "id", "label", "heading", "kind", "level", "parent", "start", "end"],
    "references": [
        "doc_id",
        "id",
        "doc_type",
        "number",
        "issued_date",
        "issuer",
        "term",
        "name",
        "subject",
        "alias",
        "is_self",
        "n_mentions",
        "first_start",
        "first_end",
    ],
    "time_expressions": [
        "doc_id",
        "id",
        "text",
        "type",
        "value",
        "mod",
        "kind",
        "earliest",
        "latest",
        "frequency",
        "start",
        "end",
    ],
    "organizations": ["doc_id", "name", "mention", "start", "end"],
    "tasks": [
        "doc_id",
        "id",
        "section",
        "action",
        "lead",
        "coordinate",
        "execute",
        "deadlines",
        "report_to",
        "report_via",
        "start",
        "end",
    ],
}


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


def rows(doc: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    src, meta = doc["source"], doc["metadata"]
    doc_id = src.get("path") or src["sha256"]
    signer = meta.get("signer") or {}
    out: dict[str, list[dict[str, Any]]] = {name: [] for name in COLUMNS}
    out["documents"].append(
        {
            "doc_id": doc_id,
            **{k: src.get(k) for k in ("sha256", "format", "encoding")},
            "legacy_encoding": src.get("legacy_encoding"),
            **{k: meta.get(k) for k in ("doc_type", "number", "issuer", "place", "issued_date")},
            "title": meta.get("title"),
            "signer_authority": signer.get("authority"),
            "signer_position": signer.get("position"),
            "signer_name": signer.get("name"),
            "n_sections": len(doc["sections"]),
            "n_references": len(doc["references"]),
            "n_time_expressions": len(doc["time_expressions"]),
            "n_tasks": len(doc["tasks"]),
            "warnings": "; ".join(doc.get("warnings", [])),
        }
    )
    for s in doc["sections"]:
        out["sections"].append({"doc_id": doc_id, **s})
    for r in doc["references"]:
        mentions = r.get("mentions") or [{}]
        out["references"].append(
            {
                "doc_id": doc_id,
                **r,
                "n_mentions": len(r.get("mentions") or []),
                "first_start": mentions[0].get("start"),
                "first_end": mentions[0].get("end"),
            }
        )
    for t in doc["time_expressions"]:
        out["time_expressions"].append({"doc_id": doc_id, **t})
    for o in doc["organizations"]:
        for m in o.get("mentions") or []:
            out["organizations"].append(
                {
                    "doc_id": doc_id,
                    "name": o["name"],
                    "mention": m["text"],
                    "start": m["start"],
                    "end": m["end"],
                }
            )
    for task in doc["tasks"]:
        by_role: dict[str, list[str]] = {"lead": [], "coordinate": [], "execute": []}
        for a in task.get("assignees", []):
            by_role.setdefault(a["role"], []).append(a["name"])
        out["tasks"].append(
            {
                "doc_id": doc_id,
                **task,
                **{k: "; ".join(v) for k, v in by_role.items()},
                **{k: "; ".join(task.get(k, [])) for k in ("deadlines", "report_to", "report_via")},
            }
        )
    return out


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
