"""Comparison keys for values: exact, and soft in GROBID's manner.

GROBID's end-to-end evaluation reports each header field twice: strict (the strings are equal) and
soft (equal after ignoring case, punctuation and spaces). Here soft also ignores how a Vietnamese
tone mark is placed (``hoá``/``hóa``, ``thuỷ``/``thủy``), Unicode composition (NFC) and markdown
residue, through :func:`vnplan_extract.text.normalize.fold`.
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from vnplan_extract.text.normalize import fold

# The marker that stands for a null time value in (assignee, deadline) pairs: a null value is
# ``thường xuyên`` (continuous work) by the contract.
CONTINUOUS = "continuous"


def as_text(value: object) -> str | None:
    """A field value as a string (dates in ISO form), ``None`` kept."""
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def soft_key(value: object) -> str | None:
    """Case-, tone-placement-, whitespace- and punctuation-insensitive form of a value."""
    text = as_text(value)
    if text is None:
        return None
    folded = fold(text)
    return "".join(ch for ch in folded if not _ignorable(ch))


def _ignorable(ch: str) -> bool:
    category = unicodedata.category(ch)
    return ch.isspace() or category.startswith("P") or category.startswith("Z")


def same(gold: object, pred: object, *, soft: bool = False) -> bool:
    """Do two values agree? ``None`` equals ``None`` (an absent field rightly left absent)."""
    if soft:
        return soft_key(gold) == soft_key(pred)
    return as_text(gold) == as_text(pred)
