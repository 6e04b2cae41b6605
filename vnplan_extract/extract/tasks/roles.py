"""Who does the work of one item: lead, coordinate, execute.

* ``Giao X chủ trì ...``, ``Đối với X: ...``, ``Riêng X ...``: X leads.
* An item opening with bodies followed by a verb (``Sở Tài chính tham mưu ...``, ``Các sở, ban,
  ngành ... có trách nhiệm ...``), or a clause doing so (``...; Sở Tài chính tham mưu ...``): they
  lead.
* Otherwise the block's leads (its heading) are inherited.
* ``lãnh đạo X``, ``chỉ đạo X`` right after the lead (or at the item's start) with X a named body: X
  executes (``Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo ...``).
* ``phối hợp với X, Y và Z``: they coordinate.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from vnplan_extract.extract.tasks.bodies import Body, OrgSpan, orgs_in, parse_list
from vnplan_extract.extract.tasks.words import (
    collective_head,
    coordinate_trigger,
    execute_trigger,
    list_stop,
    opener,
    strong_verb_at,
    verb_at,
)


@dataclass
class Roles:
    lead: list[Body] = field(default_factory=list)
    coordinate: list[Body] = field(default_factory=list)
    execute: list[Body] = field(default_factory=list)
    action_start: int = 0
    own: bool = False  # the item names its own leads


_LIST_END = regex.compile(r"[:(;.\n]")
_PLURAL_BEFORE = regex.compile(r"(?i:các|những)[ \t]+$")


def list_end(
    flow: str, a: int, b: int, orgs: list[OrgSpan], verbs: regex.Pattern[str] | None = None
) -> int:
    """Where a list of assignees starting at ``a`` ends: at a verb (``verbs``, by default the
    verbs of ``task_words.json``) or ``:`` outside a body."""
    default_verbs = verbs is None
    verbs = verbs or verb_at()
    inside = orgs_in(orgs, a, b)
    pos = a
    while pos < b:
        covering = next((o for o in inside if o.start <= pos < o.end), None)
        if covering:
            pos = covering.end
            continue
        ch = flow[pos]
        word_start = ch.isalpha() and (pos == a or not flow[pos - 1].isalnum())
        # ``các tổ chức chính trị - xã hội``: a noun after ``các``, not the verb ``tổ chức``
        if (
            word_start
            and pos > a
            and (verbs.match(flow, pos) or (default_verbs and list_stop().match(flow, pos)))
            and not _PLURAL_BEFORE.search(flow[max(a, pos - 8) : pos])
        ):
            return pos
        if ch == "(":
            close = flow.find(")", pos, b)
            if close == -1:
                return pos
            # members in parentheses are part of the list; a note (``(báo cáo)``) ends it
            if not orgs_in(inside, pos, close):
                return pos
            pos = close + 1
            continue
        if ch == "\n" and (
            regex.match(r"\n*[ \t]*\p{Ll}", flow[pos : pos + 8])
            or flow[a:pos].rstrip(" \t").endswith(",")
        ):
            pos += 1  # a page break or a hard-wrapped line inside the list
            continue
        if ch == ":" and _more_bodies(flow, pos + 1, b, inside):
            pos += 1  # ``UBND các xã: Gia Thuận, Tân Điền``: the places are the bodies
            continue
        if ch == ";" and _more_bodies(flow, pos + 1, b, inside):
            pos += 1  # ``...; các huyện ủy, ...``: the list goes on
            continue
        if _LIST_END.match(ch):
            return pos
        pos += 1
    return b


def _has_action(flow: str, a: int, b: int) -> bool:
    """Whether ``flow[a:b]`` names work to do (a verb), not a quota
    (``: Không quá 05 cá nhân;``)."""
    pos = a
    while pos < b and not flow[pos].isalpha():
        pos += 1
    return verb_at().search(flow, pos, b) is not None and not regex.match(
        r"(?i:không quá|tối đa|mỗi|\d)", flow[pos:b]
    )


def _more_bodies(flow: str, pos: int, b: int, orgs: list[OrgSpan]) -> bool:
    while pos < b and flow[pos] in " \t":
        pos += 1
    return any(o.start == pos for o in orgs) or collective_head().match(flow, pos) is not None


def starts_with_bodies(flow: str, a: int, orgs: list[OrgSpan]) -> bool:
    if any(o.start == a for o in orgs):
        return True
    return collective_head().match(flow, a) is not None and flow[a : a + 1].isupper()


def analyse(
    flow: str,
    a: int,
    b: int,
    orgs: list[OrgSpan],
    inherited: Roles | None,
    *,
    in_task_section: bool,
    own_coordinate: bool = False,
) -> Roles | None:
    """The roles of the item ``flow[a:b]``; ``None`` when it assigns nothing to anyone.

    ``own_coordinate``: the item sits under a ``Chủ trì, phối hợp`` sub-heading of a body's block,
    so the bodies it names work with the block's lead rather than instead of it."""
    roles = Roles(action_start=a)
    m = opener().match(flow, a)
    if m:
        s = m.end()
        e = list_end(flow, s, b, orgs)
        roles.lead = parse_list(flow, s, e, orgs)
        roles.own = bool(roles.lead)
        roles.action_start = e
        if not in_task_section and not _has_action(flow, e, b):
            roles.lead, roles.own = [], False  # ``Đối với Ban Tổ chức Tỉnh ủy;``: no work named
    elif starts_with_bodies(flow, a, orgs):
        e = list_end(flow, a, b, orgs)
        bodies = parse_list(flow, a, e, orgs)
        follows_verb = e < b and (verb_at().match(flow, e) is not None or flow[e] == ":")
        strong = e < b and (strong_verb_at().match(flow, e) is not None or flow[e] == ":")
        specific = any(x.specific for x in bodies)
        acts = in_task_section or _has_action(flow, e, b)
        if bodies and follows_verb and acts and (in_task_section or specific or strong):
            roles.lead = bodies
            roles.own = True
            roles.action_start = e + (1 if flow[e] == ":" else 0)
    if not roles.lead:
        clause = _clause_subject(flow, a, b, orgs)
        if clause:
            roles.lead = [clause]
            roles.own = True
    if not roles.lead:
        requested = requested_bodies(flow, a, b, orgs)
        if requested:
            roles.lead, roles.own = requested, True
    if own_coordinate and roles.own and inherited is not None and inherited.lead:
        roles.coordinate = [x for x in roles.lead if x.specific]
        roles.lead = []
    if not roles.lead and inherited is not None and inherited.lead:
        roles.lead = list(inherited.lead)
        roles.execute = list(inherited.execute)
    if not roles.lead:
        return None
    _executes(flow, roles, b, orgs)
    _coordinates(flow, a, b, orgs, roles)
    return roles


_REQUEST = regex.compile(r"(?<=[ \t])(?:yêu cầu|đề nghị)[ \t]+(?=\S)")


def requested_bodies(flow: str, a: int, b: int, orgs: list[OrgSpan]) -> list[Body]:
    """``Ban Thường vụ Tỉnh ủy yêu cầu các ban cán sự đảng, ... thực hiện ...``: the bodies a
    named body asks to do the work."""
    for m in _REQUEST.finditer(flow, a, b):
        requester = [o for o in orgs_in(orgs, a, m.start()) if o.end >= m.start() - 2]
        if not requester:
            continue
        e = list_end(flow, m.end(), b, orgs)
        bodies = parse_list(flow, m.end(), e, orgs)
        if bodies and e < b and verb_at().match(flow, e):
            return bodies
    return []


def _clause_subject(flow: str, a: int, b: int, orgs: list[OrgSpan]) -> Body | None:
    """A named body opening a later clause and followed by a verb (``...; Sở Tài chính tham
    mưu ...``, ``Trên cơ sở ..., Ban cán sự đảng ... xây dựng ...``)."""
    for o in orgs_in(orgs, a, b):
        before = flow[max(a, o.start - 2) : o.start]
        if not regex.search(r"[;,][ \t]$", before):
            continue
        after = o.end
        while after < b and flow[after] in " \t":
            after += 1
        if verb_at().match(flow, after) and not execute_trigger().match(flow, after):
            return Body(o.start, o.end, o.name, True)
    return None


def _executes(flow: str, roles: Roles, b: int, orgs: list[OrgSpan]) -> None:
    pos = roles.action_start
    while pos < b and flow[pos] in " \t:":
        pos += 1
    m = execute_trigger().match(flow, pos)
    if not m:
        return
    target = next((o for o in orgs if o.start == m.end()), None)
    if target is not None and not any(x.name == target.name for x in roles.execute):
        roles.execute.append(Body(target.start, target.end, target.name, True))


def _coordinates(flow: str, a: int, b: int, orgs: list[OrgSpan], roles: Roles) -> None:
    leads = {x.name for x in roles.lead}
    for m in coordinate_trigger().finditer(flow, a, b):
        s = m.end()
        if not m.group(0).rstrip().endswith("với") and not _more_bodies(flow, s, b, orgs):
            continue  # ``Phối hợp triển khai ...``: no body named
        e = list_end(flow, s, b, orgs)
        for body in parse_list(flow, s, e, orgs):
            if body.name not in leads and all(body.name != c.name for c in roles.coordinate):
                roles.coordinate.append(body)
