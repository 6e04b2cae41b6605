"""vnplan_extract: Vietnamese Party plan documents to validated data with character offsets.

Public API::

    from vnplan_extract import parse_text, parse_file
    doc = parse_text(text)          # PlanDocument
    doc.model_dump(mode="json")     # the JSON of spec/OUTPUT.md

Importing the package is cheap: the pipeline, its data tables and underthesea load on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["PlanDocument", "parse_bytes", "parse_file", "parse_text", "to_frames"]

if TYPE_CHECKING:  # pragma: no cover
    from vnplan_extract.frames import to_frames
    from vnplan_extract.models import PlanDocument
    from vnplan_extract.pipeline import parse_bytes, parse_file, parse_text

_LAZY = {
    "parse_text": "vnplan_extract.pipeline",
    "parse_file": "vnplan_extract.pipeline",
    "parse_bytes": "vnplan_extract.pipeline",
    "PlanDocument": "vnplan_extract.models",
    "to_frames": "vnplan_extract.frames",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vnplan_extract' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
