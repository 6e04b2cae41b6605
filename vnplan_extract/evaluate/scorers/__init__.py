"""One scorer per field type; each adds its metrics for one document to a :class:`DocScorer`."""

from vnplan_extract.evaluate.scorers.common import DocScorer, ErrorItem

__all__ = ["DocScorer", "ErrorItem"]
