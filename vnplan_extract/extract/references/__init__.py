"""Document references (issue 4): find, normalize, resolve aliases and short forms, self references.

The steps, eyecite style, all on ``ctx.flow`` (normalized, layout breaks as spaces, same offsets as
``ctx.text``), each mention mapped back to the source with ``ctx.span``:

1. :mod:`.numbered`: ``Kết luận số 52-KL/TW, ngày 30/5/2019 của Ban Bí thư về ...`` and short forms;
2. :mod:`.names`: unnumbered references (``Nghị quyết Trung ương 7 khóa X``, named strategies);
3. :mod:`.selfrefs`: ``Kế hoạch này``, ``Kế hoạch của Ban Thường vụ Tỉnh ủy``;
4. :mod:`.aliases`: ``(sau đây viết tắt là Nghị quyết số 20)`` and the later uses of an alias;
5. :mod:`.resolve`: mentions grouped into entries ``R1..Rn`` in order of first mention.
"""

from __future__ import annotations

from vnplan_extract.context import Context
from vnplan_extract.extract.references.aliases import apply_aliases
from vnplan_extract.extract.references.found import Found
from vnplan_extract.extract.references.names import find_named, short_names
from vnplan_extract.extract.references.numbered import find_numbered
from vnplan_extract.extract.references.resolve import resolve
from vnplan_extract.extract.references.selfrefs import find_self
from vnplan_extract.models import Reference

__all__ = ["find_references"]


def _add_free(found: list[Found], more: list[Found]) -> None:
    """Add the mentions of ``more`` that overlap none already found (earlier steps win)."""
    for f in sorted(more, key=lambda f: (f.start, -f.end)):
        if not any(f.overlaps(g) for g in found):
            found.append(f)


def _own_number_is_self(ctx: Context, found: list[Found]) -> None:
    """``(Ban hành kèm theo Kế hoạch số 552/KH-UBND ...)`` in plan 552/KH-UBND is the plan."""
    own = ctx.metadata.number
    if not own:
        return
    for f in found:
        if f.kind == "numbered" and f.number and f.number.casefold() == own.casefold():
            f.kind = "self"
            f.doc_type = ctx.metadata.doc_type or f.doc_type


def find_references(ctx: Context) -> list[Reference]:
    flow = ctx.flow
    found = find_numbered(flow)
    _own_number_is_self(ctx, found)
    _add_free(found, find_named(flow))
    selfs, self_names = find_self(ctx, [f for f in found if f.kind == "numbered"])
    _add_free(found, selfs)
    # A self name may hold another mention (``Kế hoạch sơ kết ... Nghị quyết số 45-NQ/TW``).
    found += [f for f in self_names if not any(f.overlaps(g) and g.kind == "self" for g in found)]
    _add_free(found, apply_aliases(flow, found))
    _add_free(found, short_names(flow, found))
    return resolve(ctx, found)
