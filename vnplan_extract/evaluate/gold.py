"""The gold set's file format and loading.

A gold file holds the same models as a parse result (``spec/OUTPUT.md``), written by reading the
text; ``doc_id`` names the corpus document it annotates.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import Field

from vnplan_extract.models import (
    Metadata,
    Organization,
    Reference,
    Section,
    Task,
    TimeExpression,
    _Model,
)


class GoldDocument(_Model):
    doc_id: str
    path: str
    metadata: Metadata = Field(default_factory=Metadata)
    sections: list[Section] = Field(default_factory=list)
    references: list[Reference] = Field(default_factory=list)
    time_expressions: list[TimeExpression] = Field(default_factory=list)
    organizations: list[Organization] = Field(default_factory=list)
    tasks: list[Task] = Field(default_factory=list)
    notes: list[str] = Field(default_factory=list)


def load_gold(path: str | Path) -> GoldDocument:
    with open(path, encoding="utf-8") as fh:
        return GoldDocument.model_validate(json.load(fh))


def load_gold_dir(directory: str | Path) -> dict[str, GoldDocument]:
    """Every ``*.json`` gold file of ``directory`` by ``doc_id``."""
    out: dict[str, GoldDocument] = {}
    for p in sorted(Path(directory).glob("*.json")):
        g = load_gold(p)
        out[g.doc_id] = g
    return out


def read_corpus_text(path: str | Path) -> str:
    """A corpus file as the offsets see it: UTF-8 bytes decoded, newlines untouched."""
    return Path(path).read_bytes().decode("utf-8")
