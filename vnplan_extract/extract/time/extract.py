"""Time expressions of a plan (issue 5): found, given a TIMEX3 value, a mod, bounds and a kind.

Steps: calendar cores (``scan.py``), the preposition or modifier in front of each (kept in the
span, ``trước ngày 20/4/2026``; the verb is not), whether the value is the date of a referenced
document (``Kết luận số 52-KL/TW, ngày 30/5/2019``), the document's year for values that leave it
out (never today's), then the kind (``kinds.py``). Values that neither the text nor the document's
date give keep ``X`` (``XXXX-06-10``).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from dataclasses import replace

import regex

from vnplan_extract.context import Context
from vnplan_extract.extract.time.calendar import Point, apply_mod, range_bounds
from vnplan_extract.extract.time.kinds import decide_kind
from vnplan_extract.extract.time.lexicon import Lexicon, Prefix, lexicon
from vnplan_extract.extract.time.scan import Core, find_cores
from vnplan_extract.models import TimeExpression

_PREFIX_WINDOW = 45
_NO_PREFIX = {
    "set_every",
    "set_every_n",
    "set_per",
    "set_bare",
    "set_word",
    "cell_year",
    "named_day",
}
_HEADER_PLACE = regex.compile(r"(?:^|\n)[^\S\n]*\p{Lu}[\p{L}. ]{0,40},\s*\Z")
_REFERENCE_GAP = regex.compile(r"\A[\s,*_]*\Z")


def find_time_expressions(ctx: Context) -> list[TimeExpression]:
    lex = lexicon()
    flow = ctx.flow
    anchor = ctx.anchor_date
    mention_ends = _mention_ends(ctx)
    items: list[TimeExpression] = []
    prev_end = 0
    cores = find_cores(lex, flow)
    for i, core in enumerate(cores):
        if core.shape == "duration":
            core.end = _event_end(
                lex, flow, core, cores[i + 1].start if i + 1 < len(cores) else None
            )
        is_ref = core.point is not None and _is_reference(ctx, lex, core, mention_ends)
        start, prefix, period_word = core.start, None, False
        if not is_ref and core.shape != "continuous":
            start, prefix, period_word = _prefix(lex, flow, core, max(prev_end, 0))
        kind = decide_kind(
            lex, flow, core, prefix, start, period_word=period_word, is_reference=is_ref
        )
        if core.coordinated and prefix is None and items:
            kind = items[-1].kind  # ``trong quý I và quý II/2025``: one role for both
        items.append(_build(ctx, core, start, prefix, kind, anchor, len(items) + 1))
        prev_end = core.end
    return items


def _prefix(lex: Lexicon, flow: str, core: Core, floor: int) -> tuple[int, Prefix | None, bool]:
    """Where the span starts once its preposition / period word is added, and what they say."""
    lo = max(floor, core.start - _PREFIX_WINDOW)
    m = lex.prefix.search(flow[lo : core.start])
    if not m or m.start() == m.end():
        return core.start, None, False
    begin = lo + m.start()
    words = m.group("p2") or m.group("p1")
    info = lex.prefix_info(words) if words else None
    period_word = bool(m.group("pw"))
    if m.group("p2") and (not period_word or info is None or info.mod != "ON_OR_AFTER"):
        # ``từ đến năm 2020`` (a copy that lost a word), ``từng thời kỳ đến năm 2030``: only the
        # preposition next to the value belongs to it; a period word only before ``từ``.
        begin, period_word = lo + m.start("p2"), False
    if core.shape in _NO_PREFIX:
        return core.start, None, False
    if info is not None and info.grains is not None:
        grain = core.point.grain if core.point is not None else None
        if grain not in info.grains:  # ``vào ngày chủ nhật, 22 tháng 5``: ``vào`` stays out
            return core.start, None, False
    if core.shape == "duration" and info is not None and info.mod is not None and not info.limit:
        return core.start, None, False  # ``từ 3 năm`` is not a start: keep the bare duration
    return begin, info, period_word


_EVENT_STOP = regex.compile(r"[,.;:()\n]")
_EVENT_MAX = 80


def _event_end(lex: Lexicon, flow: str, core: Core, next_start: int | None) -> int:
    """A limit counted from an event keeps the event in its span: ``trong thời hạn 10 ngày kể từ
    ngày nhận Kế hoạch này``, up to the clause's end; not when a date follows (its own item)."""
    if not lex.event_after.match(flow[core.end : core.end + 30]):
        return core.end
    stop = _EVENT_STOP.search(flow, core.end, core.end + _EVENT_MAX)
    end = stop.start() if stop else None
    if end is None or (next_start is not None and next_start < end):
        return core.end
    return len(flow[:end].rstrip())


def _mention_ends(ctx: Context) -> list[int]:
    return sorted(m.end for ref in ctx.references for m in ref.mentions)


def _is_reference(ctx: Context, lex: Lexicon, core: Core, mention_ends: list[int]) -> bool:
    """The date of a referenced document, or the document's own header date."""
    before = ctx.flow[max(0, core.start - 40) : core.start]
    if lex.reference_cue.search(before):
        return True
    if _HEADER_PLACE.search(ctx.text[max(0, core.start - 60) : core.start]):
        return True
    date_span = ctx.metadata.spans.get("issued_date")
    src_start, _ = ctx.norm.to_source(core.start, core.end)
    if date_span is not None and date_span.start <= src_start < date_span.end:
        return True
    # A mention that ends at most 6 characters before (``mention_ends`` is sorted).
    near = mention_ends[
        bisect_left(mention_ends, src_start - 6) : bisect_right(mention_ends, src_start)
    ]
    return any(_REFERENCE_GAP.match(ctx.source[e:src_start]) for e in near)


def _fill_year(p: Point, core: Core, anchor: dt.date | None) -> Point:
    if anchor is None:
        return p
    if core.year_offset is not None:
        return replace(p, year=anchor.year + core.year_offset)
    if core.shape == "day_nomonth" and p.year == anchor.year and p.day == anchor.day:
        # ``ngày 06 tháng năm 2012``: a header copy that lost its month; the document's date
        # (read from another copy of the header) gives it.
        return replace(p, month=anchor.month)
    return p.with_year(anchor.year)


def _build(
    ctx: Context,
    core: Core,
    start: int,
    prefix: Prefix | None,
    kind: str,
    anchor: dt.date | None,
    number: int,
) -> TimeExpression:
    span = ctx.span(start, core.end)
    fields: dict[str, object] = {"id": f"D{number}", "kind": kind}
    if core.shape == "continuous":
        return TimeExpression(**span, **fields)
    if core.shape == "duration":
        fields.update(type="DURATION", value=core.period)
        return TimeExpression(**span, **fields)
    mod = prefix.mod if prefix is not None else None
    if core.anchor_day:  # ``kể từ ngày ký``
        point: Point | None = (
            Point("day", anchor.year, anchor.month, anchor.day) if anchor else None
        )
        lo, hi = apply_mod(point.bounds() if point else (None, None), mod)
        fields.update(type="DATE", mod=mod, value=point.value if point else None)
        fields.update(earliest=lo, latest=hi)
        return TimeExpression(**span, **fields)
    if core.unknown:  # the day is known, its month and year only relative: ``XXXX-XX-20``
        fields.update(type="DATE", mod=mod, value=core.point.value if core.point else None)
        return TimeExpression(**span, **fields)
    if core.point is None:  # a plain recurrence: ``hằng năm``, ``định kỳ 06 tháng``
        fields.update(type="SET", value=core.period, frequency=core.period)
        return TimeExpression(**span, **fields)
    if core.shape == "named_day" and core.point is not None:
        value = core.point.value + (f"/{core.until.value}" if core.until else "")
        fields.update(type="SET", value=value, frequency=core.period)
        return TimeExpression(**span, **fields)
    if core.shape == "set_date":
        fields.update(type="SET", value=core.point.value, frequency=core.period, mod=mod)
        return TimeExpression(**span, **fields)
    point = _fill_year(core.point, core, anchor)
    if core.until is not None:
        until = _fill_year(core.until, core, anchor)
        lo, hi = range_bounds(point, until)
        if mod == "ON_OR_AFTER":  # the ``từ`` of ``từ X đến Y`` opens the range, not a start
            mod = None
        lo, hi = apply_mod((lo, hi), mod)
        fields.update(type="DATE", value=f"{point.value}/{until.value}", mod=mod)
    else:
        # ``từ đầu năm``, ``từ nay đến cuối năm 2025``: the part of the value is the more telling
        # mod, and its bounds are the value's.
        mod = core.mod or mod
        lo, hi = apply_mod(point.bounds(), mod, half_month=core.half_month)
        # A value with nothing known (``đầu năm`` in a text with no date) is null, not ``XXXX``.
        known = point.year is not None or point.grain != "year"
        fields.update(type="DATE", value=point.value if known else None, mod=mod)
    fields.update(earliest=lo, latest=hi)
    return TimeExpression(**span, **fields)
