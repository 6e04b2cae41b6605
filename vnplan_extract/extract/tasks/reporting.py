"""Reporting lines of a task: ``báo cáo ... về X (qua Y)``, ``gửi X``, ``trình X``.

A report goes to the named bodies right after the trigger word, or after a preposition (``về``,
``với``, ``lên``) that follows it in the same clause; bodies joined by ``,`` or ``và`` all receive
it. ``(qua Y)`` or ``qua Y`` right after them is the channel.
"""

from __future__ import annotations

import regex

from vnplan_extract.extract.tasks.bodies import OrgSpan
from vnplan_extract.extract.tasks.words import (
    onward_report,
    position_gap,
    report_prep,
    report_trigger,
    table,
)

_CLAUSE_END = regex.compile(r"[;.\n]|\((?!\s*qua\b)")
_JOIN = regex.compile(r"^(?:[ \t]*,[ \t]*|[ \t]+và[ \t]+)$")


def reporting(flow: str, a: int, b: int, orgs: list[OrgSpan]) -> tuple[list[str], list[str]]:
    inside = [o for o in orgs if a <= o.start and o.end <= b]
    to: list[str] = []
    via: list[str] = []
    via_word = table()["report_via"]
    for m in report_trigger().finditer(flow, a, b):
        if onward_report().search(flow, max(a, m.start() - 70), m.start()):
            continue  # ``gửi về Sở Xây dựng để tổng hợp, báo cáo X``: the receiver reports on
        end_m = _CLAUSE_END.search(flow, m.end(), b)
        clause_end = end_m.start() if end_m else b
        first = None
        for o in inside:
            if o.start < m.end() or o.start >= clause_end:
                continue
            gap = flow[m.end() : o.start]
            # ``trình Chủ tịch Ủy ban nhân dân thành phố``: a position is written as its body
            if not gap.strip() or report_prep().search(gap) or position_gap().fullmatch(gap):
                first = o
            break
        if first is None:
            continue
        chain = [first]
        for o in inside:
            if o.start > chain[-1].end and _JOIN.match(flow[chain[-1].end : o.start]):
                chain.append(o)
        for o in chain:
            if o.name not in to:
                to.append(o.name)
        tail = flow[chain[-1].end : min(b, chain[-1].end + 8)]
        vm = regex.match(rf"[ \t]*\(?[ \t]*{via_word}[ \t]+", tail)
        if vm:
            start = chain[-1].end + vm.end()
            target = next((o for o in inside if o.start == start), None)
            if target is not None and target.name not in via:
                via.append(target.name)
    return to, via
