"""Scoring predictions against the gold set (``vnplan evaluate``).

``evaluate(gold, pred)`` takes gold documents and parse results keyed by document id and returns
a :class:`Report`: per field type span P/R/F1 (strict and relaxed), value F1 in the TempEval-3
manner, metadata accuracy (exact and soft), section, task-pair and entry scores, each with micro
and macro averages, per-document scores and the errors behind them.

The names load on first use, so that registering ``vnplan evaluate`` costs the CLI nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from vnplan_extract.evaluate.gold import GoldDocument, load_gold, load_gold_dir
    from vnplan_extract.evaluate.report import DocumentResult, MetricSummary, Report, evaluate

__all__ = [
    "DocumentResult",
    "GoldDocument",
    "MetricSummary",
    "Report",
    "evaluate",
    "load_gold",
    "load_gold_dir",
]

_LAZY = {
    "GoldDocument": "vnplan_extract.evaluate.gold",
    "load_gold": "vnplan_extract.evaluate.gold",
    "load_gold_dir": "vnplan_extract.evaluate.gold",
    "DocumentResult": "vnplan_extract.evaluate.report",
    "MetricSummary": "vnplan_extract.evaluate.report",
    "Report": "vnplan_extract.evaluate.report",
    "evaluate": "vnplan_extract.evaluate.report",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'vnplan_extract.evaluate' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
