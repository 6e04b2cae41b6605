"""Find the calendar cores of time expressions and join the ones that belong together.

A *core* is the calendar part of an expression (``ngày 20/4/2026``, ``quý II/2024``, ``hằng
năm``, ``03 năm``); prepositions and modifiers are added later (``prefixes.py``). The shapes are
tried in the lexicon's order and a match masks what it covers, so ``tháng 11 năm 2025`` is one month
and never also a year. Then neighbours are joined: a range ``từ X đến (hết) Y``, a day followed by
``hằng tháng`` (a monthly date), and coordinated values that share a year (``quý I và quý
II/2025``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex

from vnplan_extract.extract.time.calendar import Point, valid_day
from vnplan_extract.extract.time.lexicon import Lexicon
from vnplan_extract.text.anchored import anchor_starts, finditer_at

# The TIMEX3 unit letter of a recurrence or duration; a quarter is three months.
_PERIOD = {"Y": (1, "Y"), "Q": (3, "M"), "M": (1, "M"), "W": (1, "W"), "D": (1, "D")}


@dataclass
class Core:
    start: int
    end: int
    shape: str
    point: Point | None = None
    until: Point | None = None  # the end of a range
    period: str | None = None  # a duration or a recurrence's frequency (``P6M``)
    mod: str | None = None  # START/MID/END from ``đầu``/``giữa``/``cuối``
    half_month: int | None = None
    period_word: bool = False  # ``giai đoạn``, ``nhiệm kỳ``, ``năm học``
    this_year: bool = False  # ``năm nay``: the document's year
    working_days: bool = False
    coordinated: bool = False  # the second of ``quý I và quý II/2025``: shares the first's role
    unknown: bool = False  # a day whose month and year are only relative (``tháng cuối quý``)
    year_offset: int | None = None  # ``năm tiếp theo``: the document's year + 1
    anchor_day: bool = False  # ``ngày ký``: the document's own date

    @property
    def is_range(self) -> bool:
        return self.until is not None


def _period(lex: Lexicon, count: int, unit_word: str) -> str:
    mult, letter = _PERIOD[lex.table["units"][unit_word.lower()]]
    return f"P{count * mult}{letter}"


def _int(m: regex.Match[str], name: str) -> int | None:
    g = m.group(name)
    return int(g) if g else None


def _quarter(lex: Lexicon, m: regex.Match[str]) -> int:
    return int(lex.table["quarters"][m.group("q").upper()])


def _core(lex: Lexicon, shape: str, m: regex.Match[str]) -> Core | None:
    """The core a shape's match stands for, or None when the numbers are not a calendar value."""
    a, b = m.span()
    gd = m.groupdict()
    y = _int(m, "y") if "y" in gd else None
    this_year = bool(gd.get("nay"))
    if shape == "day_span":
        d1, d, mo = _int(m, "d1"), _int(m, "d"), _int(m, "m")
        assert d1 is not None and d is not None
        if not (d1 < d and valid_day(d, mo, y)):
            return None
        return Core(a, b, shape, Point("day", y, mo, d1), Point("day", y, mo, d))
    if shape in (
        "day_words",
        "day_num",
        "day_noyear_words",
        "day_noyear_num",
        "day_nomonth",
        "day_after_prep",
    ):
        d, mo = _int(m, "d"), (_int(m, "m") if "m" in gd else None)
        assert d is not None
        if not valid_day(d, mo, y):
            return None
        return Core(a, b, shape, Point("day", y, mo, d))
    if shape == "bare_day":
        return Core(a, b, shape, Point("day", None, None, _int(m, "d")))
    if shape in ("month_num", "month_words", "month_noyear", "month_list"):
        return Core(a, b, shape, Point("month", y, _int(m, "m")))
    if shape == "part_month":
        half = gd.get("half")
        mod = lex.table["parts"][m.group("part").lower()] if m.group("part") else None
        half_no = int(lex.table["halves"][half.lower()]) if half else None
        if half_no:
            mod = "START" if half_no == 1 else "END"
        return Core(a, b, shape, Point("month", y, _int(m, "m")), mod=mod, half_month=half_no)
    if shape in ("quarter", "quarter_list"):
        return Core(a, b, shape, Point("quarter", y, part=_quarter(lex, m)))
    if shape in ("half_count", "half_word"):
        h = int(lex.table["halves"][m.group("hp").lower()])
        count = lex.number(m.group("n")) if shape == "half_count" else 6
        core = Core(a, b, shape, this_year=this_year)
        if count == 6:
            core.point = Point("half", y, part=h)
        elif count == 3:
            core.point = Point("quarter", y, part=1 if h == 1 else 4)
        elif 1 <= count < 12:
            first, last = (1, count) if h == 1 else (13 - count, 12)
            core.point, core.until = Point("month", y, first), Point("month", y, last)
        else:
            return None
        return core
    if shape == "part_year":
        mod = lex.table["parts"][m.group("part").lower()]
        return Core(a, b, shape, Point("year", y), mod=mod, this_year=this_year)
    if shape in ("school", "year_range"):
        y1, y2 = _int(m, "y1"), _int(m, "y2")
        assert y1 is not None and y2 is not None
        if not 0 < y2 - y1 <= 100:
            return None
        return Core(
            a, b, shape, Point("year", y1), Point("year", y2), period_word=shape == "school"
        )
    if shape == "named_day":  # ``Ngày Môi trường thế giới (05/6)``: every year on that day
        d, mo = _int(m, "d"), _int(m, "m")
        assert d is not None
        if not valid_day(d, mo, None) or not lex.named_day_before.search(_window_before(m)):
            return None
        point = Point("day", None, mo, d)
        d1 = _int(m, "d1")
        until = None
        if d1 is not None:
            point, until = Point("day", None, mo, d1), point
        return Core(a, b, shape, point, until, period="P1Y")
    if shape == "day_relative":  # ``ngày 20 tháng cuối quý``: a day no calendar can place
        return Core(a, b, shape, Point("day", None, None, _int(m, "d")), unknown=True)
    if shape in ("year", "bare_year", "year_list", "cell_year"):
        return Core(a, b, shape, Point("year", y))
    if shape == "set_word":  # ``thường niên``
        return Core(a, b, shape, period=lex.table["recurrence_standalone"][m.group("w").lower()])
    if shape == "signing_day":
        return Core(a, b, shape, anchor_day=True)
    if shape == "relative_year":
        offset = int(lex.table["relative_years"][" ".join(m.group("rel").lower().split())])
        mod = "ON_OR_AFTER" if m.group("pl") else None
        return Core(a, b, shape, Point("year", None), mod=mod, year_offset=offset)
    if shape == "set_bare":  # ``định kỳ báo cáo``: recurring, period not said
        return Core(a, b, shape)
    if shape in ("set_every", "set_every_n", "set_per"):
        count = lex.number(m.group("n")) if gd.get("n") else 1
        if count < 1:
            return None
        return Core(a, b, shape, period=_period(lex, count, m.group("u")))
    if shape == "duration":
        count = lex.number(m.group("n"))
        if count < 1:
            return None
        return Core(
            a, b, shape, period=_period(lex, count, m.group("u")), working_days=bool(m.group("wd"))
        )
    if shape == "continuous":
        return Core(a, b, shape)
    return None


def _window_before(m: regex.Match[str], width: int = 80) -> str:
    """The text just before a match (a named day's name)."""
    return m.string[max(0, m.start() - width) : m.start()]


def _continuous_ok(lex: Lexicon, flow: str, core: Core) -> bool:
    """``thường xuyên`` of work, not ``chi thường xuyên`` (a budget line) nor ``thường xuyên xảy
    ra`` (a frequency adjective)."""
    before = flow[max(0, core.start - 20) : core.start]
    after = flow[core.end : core.end + 20]
    return not (lex.continuous_not_after.search(before) or lex.continuous_not_before.search(after))


def _matches(
    lex: Lexicon, shape: str, pattern: regex.Pattern[str], flow: str
) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(flow)``, run only where the shape's anchors say a match can start."""
    if shape not in lex.anchored:
        return pattern.finditer(flow)
    at, anchors = lex.anchored[shape]
    return finditer_at(at, flow, anchor_starts(anchors, flow))


def find_cores(lex: Lexicon, flow: str) -> list[Core]:
    taken = bytearray(len(flow))
    cores: list[Core] = []
    for shape, pattern in lex.patterns:
        for m in _matches(lex, shape, pattern, flow):
            a, b = m.span()
            if a == b or any(taken[a:b]):
                continue
            core = _core(lex, shape, m)
            if core is None:
                continue
            if shape == "continuous" and not _continuous_ok(lex, flow, core):
                continue
            if shape == "set_every" and lex.recurrence_not_after.search(flow[max(0, a - 20) : a]):
                continue  # ``đời sống hàng ngày``: daily life, not a recurrence
            taken[a:b] = b"\x01" * (b - a)
            cores.append(core)
    cores.sort(key=lambda c: c.start)
    return _join(lex, flow, cores)


def _fill(p: Point, q: Point) -> Point:
    """``p`` with the year (and for a bare day the month) it leaves out taken from ``q``."""
    out = p.with_year(q.year)
    if out.grain == "day" and out.month is None and p.year is None:
        out = replace(out, month=q.month)
    return out


def _join(lex: Lexicon, flow: str, cores: list[Core]) -> list[Core]:
    out: list[Core] = []
    i = 0
    while i < len(cores):
        c = cores[i]
        nxt = cores[i + 1] if i + 1 < len(cores) else None
        between = flow[c.end : nxt.start] if nxt else ""
        if (
            nxt
            and c.point
            and nxt.point
            and not c.is_range
            and not nxt.is_range
            and c.period is None
            and lex.between_range.search(between)
            and _opens_range(lex, flow, c)
        ):
            # ``từ ngày 08 đến ngày 10 tháng 12 năm 2025``, ``từ năm 2021 đến (hết) năm 2025``
            start = _fill(c.point, nxt.point)
            out.append(Core(c.start, nxt.end, "range", start, nxt.point))
            i += 2
            continue
        if (
            nxt
            and c.point
            and c.point.grain == "day"
            and c.point.year is None
            and c.point.month is None
            and nxt.shape == "set_every"
            and nxt.period == "P1M"
            and not between.strip()
        ):
            # ``trước ngày 25 hằng tháng``: a day of every month. A full day and month
            # (``trước ngày 15/11 hằng năm``) stays a date of the document's year plus a recurrence.
            out.append(Core(c.start, nxt.end, "set_date", c.point, period=nxt.period))
            i += 2
            continue
        if (
            nxt
            and c.point
            and nxt.point
            and c.point.year is None
            and not c.this_year
            and c.point.grain == nxt.point.grain
            and nxt.point.year is not None
            and lex.between_coord.search(between)
        ):
            # ``quý I và quý II/2025``: the first value shares the second's year (and a bare day
            # of ``ngày 15, 16/8/2024`` its month).
            c.point = _fill(c.point, nxt.point)
            nxt.coordinated = True
        out.append(c)
        i += 1
    # A bare day (``ngày 08``) only means something inside a range, a list (``ngày 15, 16/8``)
    # or a monthly date.
    return [c for c in out if c.shape != "bare_day" or (c.point and c.point.month is not None)]


def _opens_range(lex: Lexicon, flow: str, c: Core) -> bool:
    m = lex.prefix.search(flow[max(0, c.start - 40) : c.start])
    if not m:
        return False
    words = m.group("p2") or m.group("p1")
    return bool(words) and lex.prefix_info(words).mod == "ON_OR_AFTER"
