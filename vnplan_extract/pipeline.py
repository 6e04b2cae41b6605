"""How a document flows through vnplan_extract, top to bottom.

bytes --decode--> text --normalize--> normalized copy + offset map
      --header--> metadata --sections--> section tree --signature/recipients--> metadata
      --references--> --time expressions--> --organizations--> --tasks--> PlanDocument

Every stage is a plain function of the :class:`~vnplan_extract.context.Context`; every offset it
returns is already mapped back to the text the user gave.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from vnplan_extract.context import Context
from vnplan_extract.extract.organizations import find_organizations
from vnplan_extract.extract.references import find_references
from vnplan_extract.extract.tasks import find_tasks
from vnplan_extract.extract.time import find_time_expressions
from vnplan_extract.models import PlanDocument, Source
from vnplan_extract.structure.header import read_header
from vnplan_extract.structure.sections import find_sections
from vnplan_extract.structure.signature import read_signature
from vnplan_extract.text.decode import decode_bytes
from vnplan_extract.text.normalize import normalize


def parse_text(text: str, *, source: Source | None = None) -> PlanDocument:
    """Parse the text of one plan document into a :class:`PlanDocument`."""
    if source is None:
        source = Source(sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    ctx = Context(norm=normalize(text))
    read_header(ctx)  # metadata: type, number, issuer, place, date, title; body_start
    read_signature(ctx)  # metadata: signer, recipients; body_end
    ctx.sections = find_sections(ctx)
    ctx.references = find_references(ctx)
    ctx.time_expressions = find_time_expressions(ctx)
    organizations = find_organizations(ctx)
    tasks = find_tasks(ctx, organizations)
    return PlanDocument(
        source=source,
        text=text,
        metadata=ctx.metadata,
        sections=ctx.sections,
        references=ctx.references,
        time_expressions=ctx.time_expressions,
        organizations=organizations,
        tasks=tasks,
        warnings=ctx.warnings,
    )


def parse_bytes(data: bytes, *, path: str | None = None, fmt: str = "txt") -> PlanDocument:
    """Decode raw bytes of a plain-text document (any supported encoding) and parse them."""
    decoded = decode_bytes(data)
    source = Source(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        format=fmt,
        encoding=decoded.encoding,
        legacy_encoding=decoded.legacy_encoding,
    )
    return parse_text(decoded.text, source=source)


def parse_file(path: str | os.PathLike[str]) -> PlanDocument:
    """Read, decode and parse one file (txt/md here; docx, pdf, html through the batch readers)."""
    p = Path(path)
    from vnplan_extract.batch.readers import read_document

    doc = read_document(p)
    return parse_text(doc.text, source=doc.source)
