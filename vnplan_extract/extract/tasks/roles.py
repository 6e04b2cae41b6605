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

from vnplan_extract.extract.tasks.bodies import (
    Body,
    OrgSpan,
    collective_name,
    org_at,
    orgs_in,
    parse_list,
)
from vnplan_extract.extract.tasks.words import (
    collective_head,
    coordinate_trigger,
    execute_trigger,
    fronted_adverbial,
    is_catch_all,
    list_continues,
    list_stop,
    mid_opener,
    opener,
    qualifier_word,
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
_WRAPPED = regex.compile(r"\n*[ \t]*\p{Ll}")
_WRAPPED_HYPHEN = regex.compile(r"\n[ \t]*[-–][ \t]+\p{Ll}")  # ``chính trị\n- xã hội``
_PLURAL_BEFORE = regex.compile(r"(?i:các|những)[ \t]+$")


def list_end(
    flow: str, a: int, b: int, orgs: list[OrgSpan], verbs: regex.Pattern[str] | None = None
) -> int:
    """Where a list of assignees starting at ``a`` ends: at a verb (``verbs``, by default the
    verbs of ``task_words.json``) or ``:`` outside a body."""
    default_verbs = verbs is None
    verbs = verbs or verb_at()
    inside = orgs_in(orgs, a, b)
    # the walk meets every mention at its start: jump to its end (the longest one there)
    jumps: dict[int, int] = {}
    for o in inside:
        jumps[o.start] = max(jumps.get(o.start, o.end), o.end)
    qualified = False  # after ``được giao nhiệm vụ``, ``trong Kế hoạch`` goes on qualifying
    pos = a
    while pos < b:
        jump = jumps.get(pos)
        if jump is not None and jump > pos:
            pos = jump
            continue
        ch = flow[pos]
        word_start = ch.isalpha() and (pos == a or not flow[pos - 1].isalnum())
        if word_start and default_verbs:
            cont = list_continues().match(flow, pos)
            if cont:
                qualified = qualified or cont.group(0).startswith("được")
                pos = cont.end()
                continue
        # ``các tổ chức chính trị - xã hội``: a noun after ``các``, not the verb ``tổ chức``
        if (
            word_start
            and pos > a
            and (
                verbs.match(flow, pos)
                or (
                    default_verbs
                    and list_stop().match(flow, pos)
                    and not (qualified and qualifier_word().match(flow, pos))
                )
            )
            and not _PLURAL_BEFORE.search(flow[max(a, pos - 8) : pos])
            and not _enumerated(flow, a, pos, verbs)
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
            _WRAPPED.match(flow, pos, pos + 10)
            or (_WRAPPED_HYPHEN.match(flow, pos, pos + 10) and flow[pos - 1 : pos].isalpha())
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


_COMMA_BEFORE = regex.compile(r",[ \t\n]*$")
_COMMA_AFTER = regex.compile(r"[ \t]*,")


def _enumerated(flow: str, a: int, pos: int, verbs: regex.Pattern[str]) -> bool:
    """``Doanh nghiệp, tổ chức, cơ sở giáo dục``: a word between two commas of a list is one of
    its nouns, not the verb that starts the action."""
    m = verbs.match(flow, pos)
    return (
        m is not None
        and _COMMA_BEFORE.search(flow, a, pos) is not None
        and _COMMA_AFTER.match(flow, m.end()) is not None
    )


def has_action(flow: str, a: int, b: int) -> bool:
    """Whether ``flow[a:b]`` names work to do (a verb), not a quota (``: Không quá 05 cá
    nhân;``, ``mỗi đơn vị đề nghị không quá 02 tập thể``) nor a condition (``: Nếu có ...``)."""
    pos = a
    while pos < b and not flow[pos].isalpha():
        pos += 1
    return (
        verb_at().search(flow, pos, b) is not None
        and not _NOT_WORK.match(flow, pos, b)
        and not _QUOTA.match(flow, pos, b)
    )


# a quota, a condition, or a request to a superior to consider (``đề nghị Thủ tướng Chính phủ,
# Chủ tịch UBND tỉnh xem xét tặng Bằng khen``)
_NOT_WORK = regex.compile(r"(?i:không[ \t]+quá|tối[ \t]+đa|mỗi|nếu|xem[ \t]+xét|\d)")
_QUOTA = regex.compile(r"[^.;:\n]{0,40}?(?i:không[ \t]+quá|tối[ \t]+đa)[ \t]+\d")


def _more_bodies(flow: str, pos: int, b: int, orgs: list[OrgSpan]) -> bool:
    while pos < b and flow[pos] in " \t":
        pos += 1
    return org_at(orgs, pos) is not None or collective_head().match(flow, pos) is not None


def starts_with_bodies(
    flow: str, a: int, orgs: list[OrgSpan], *, after_opener: bool = False
) -> bool:
    """Whether bodies are named at ``a``: a body, or a collective opening a sentence (after
    ``Đề nghị`` it may be lower case)."""
    if org_at(orgs, a) is not None:
        return True
    upper = flow[a : a + 1].isupper() or after_opener
    return collective_head().match(flow, a) is not None and upper


def analyse(
    flow: str,
    a: int,
    b: int,
    orgs: list[OrgSpan],
    inherited: Roles | None,
    *,
    in_task_section: bool,
    own_coordinate: bool = False,
    mid_sentence: bool = False,
) -> Roles | None:
    """The roles of the item ``flow[a:b]``; ``None`` when it assigns nothing to anyone.

    ``own_coordinate``: the item sits under a ``Chủ trì, phối hợp`` sub-heading of a body's block,
    so the bodies it names work with the block's lead rather than instead of it."""
    roles = Roles(action_start=a)
    m = (mid_opener() if mid_sentence else opener()).match(flow, a)
    if m:
        s = m.end()
        e = list_end(flow, s, b, orgs)
        roles.lead = parse_list(flow, s, e, orgs)
        roles.own = bool(roles.lead)
        roles.action_start = e
        if not in_task_section and not has_action(flow, e, b):
            roles.lead, roles.own = [], False  # ``Đối với Ban Tổ chức Tỉnh ủy;``: no work named
    elif starts_with_bodies(flow, a, orgs):
        e = list_end(flow, a, b, orgs)
        bodies = parse_list(flow, a, e, orgs)
        follows_verb = e < b and (verb_at().match(flow, e) is not None or flow[e] == ":")
        strong = e < b and (strong_verb_at().match(flow, e) is not None or flow[e] == ":")
        specific = any(x.specific for x in bodies)
        acts = in_task_section or has_action(flow, e, b)
        if bodies and follows_verb and acts and (in_task_section or specific or strong):
            roles.lead = bodies
            roles.own = True
            roles.action_start = e + (1 if flow[e] == ":" else 0)
        elif not bodies and follows_verb and acts and _catch_all_subject(flow, a, e):
            # ``Các sở, ban, ngành tỉnh có liên quan ... có trách nhiệm ... phối hợp cùng X``:
            # work for no one in particular; the task stands, its lead list stays empty
            roles.own = True
            roles.action_start = e
    if not roles.lead:
        clause = _clause_subject(flow, a, b, orgs, in_task_section=in_task_section)
        if clause:
            roles.lead = clause
            roles.own = True
    if not roles.lead:
        requested = requested_bodies(flow, a, b, orgs)
        if requested:
            roles.lead, roles.own = requested, True
    if own_coordinate and roles.own and inherited is not None and inherited.lead:
        roles.coordinate = [x for x in roles.lead if x.specific]
        roles.lead = []
    if not roles.lead and not roles.own and inherited is not None and inherited.lead:
        roles.lead = list(inherited.lead)
        roles.execute = list(inherited.execute)
    if not roles.lead and not roles.own:
        return None
    _executes(flow, roles, b, orgs)
    _coordinates(flow, a, b, orgs, roles)
    return roles


def _catch_all_subject(flow: str, a: int, e: int) -> bool:
    """``Các đơn vị có liên quan phối hợp ...``: a plural catch-all opening a sentence."""
    return _PLURAL_AT.match(flow, a) is not None and is_catch_all(collective_name(flow[a:e]))


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


_CLAUSE_START = regex.compile(r"[;,:][ \t\n]+")


def _clause_subject(
    flow: str, a: int, b: int, orgs: list[OrgSpan], *, in_task_section: bool
) -> list[Body]:
    """The bodies opening a later clause and followed by a verb (``...; Sở Tài chính tham
    mưu ...``, ``Trên cơ sở ..., Ban cán sự đảng ... xây dựng ...``, ``Căn cứ Kế hoạch này,
    các sở, ban, ngành ... nghiên cứu triển khai``)."""
    inside = orgs_in(orgs, a, b)
    by_start = {o.start: o for o in reversed(inside)}  # the longest mention at each place
    ends = {o.end for o in inside}
    for m in _CLAUSE_START.finditer(flow, a, b):
        pos = m.end()
        named = by_start.get(pos)
        if named is not None and flow[m.start()] != ":":
            # a body with its verb right after it (``..., Sở Tài chính tham mưu``)
            after = named.end
            while after < b and flow[after] in " \t":
                after += 1
            if _subject_verb(flow, after) and m.start() not in ends:
                return [Body(named.start, named.end, named.name, True)]
            continue
        if not _collective_at(flow, pos) or not _main_clause_at(flow, a, m.start(), pos):
            continue
        if _in_list(flow, a, m.start(), inside):
            continue
        e = list_end(flow, pos, b, orgs)
        if e >= b or not _subject_verb(flow, e):
            continue
        bodies = parse_list(flow, pos, e, orgs)
        # outside an implementation section a collective alone is addressed, not assigned
        # (``...: Các cơ quan, đơn vị cấp tỉnh ... trực tiếp thực hiện``), unless it must
        specific = any(x.specific for x in bodies)
        if bodies and (in_task_section or specific or strong_verb_at().match(flow, e)):
            return bodies
    return []


# ``Tỉnh ủy được tiến hành``: a passive; ``UBND tỉnh chỉ đạo``: the body a lead directs
_NO_SUBJECT_VERB = regex.compile(r"(?i:được|lãnh[ \t]+đạo|chỉ[ \t]+đạo)\b")


def _collective_at(flow: str, pos: int) -> bool:
    """A collective opens here: ``các`` and a body word, or a body word with a capital."""
    first = flow[pos : pos + 1]
    if first not in "cC" and not first.isupper():
        return False
    m = _PLURAL_AT.match(flow, pos)
    if m:
        return collective_head().match(flow, m.end()) is not None
    return flow[pos : pos + 1].isupper() and collective_head().match(flow, pos) is not None


_PLURAL_AT = regex.compile(r"(?i:các)[ \t\n]+")


def _subject_verb(flow: str, pos: int) -> bool:
    return verb_at().match(flow, pos) is not None and not _NO_SUBJECT_VERB.match(flow, pos)


def _in_list(flow: str, a: int, sep: int, orgs: list[OrgSpan]) -> bool:
    """Whether the comma at ``sep`` goes on a list rather than opening a clause: it follows a
    body (``của Chính phủ, Tỉnh ủy``), or ``phối hợp với``, ``chỉ đạo`` or ``của`` opened a
    list earlier in the sentence."""
    if any(o.end == sep for o in orgs):
        return True
    start = a
    for m in _SENTENCE_END.finditer(flow, a, sep):
        start = m.end()
    for m in _CLAUSE_BREAK.finditer(flow, start, sep):
        start = m.end()
    return _LIST_OPENER.search(flow, start, sep) is not None


_SENTENCE_END = regex.compile(r"[.!?][ \t\n]+")
_CLAUSE_BREAK = regex.compile(r";[ \t\n]+")
# ``của`` opens a list of bodies only before a plural (``của các sở, ngành, ...``); ``của Bộ
# trưởng Bộ Công an và Kế hoạch này, các Sở ...`` ends a fronted phrase
_LIST_OPENER = regex.compile(
    r"(?:(?i:phối[ \t\n]+hợp|chỉ[ \t\n]+đạo|với|cho|giữa)[ \t\n]+(?:(?i:các)[ \t\n]+)?\S"
    r"|(?i:của)[ \t\n]+(?i:các)[ \t\n]+\S)"
)


def _main_clause_at(flow: str, a: int, sep: int, pos: int) -> bool:
    """Whether a collective at ``pos`` opens the main clause of its sentence: after a fronted
    adverbial (``Căn cứ Kế hoạch này, các sở ...``, ``Trong quá trình thực hiện, nếu có vướng
    mắc, các cơ quan ...``) or as a new sentence after a colon (``...: Các Sở, ban, ngành ...``)."""
    if flow[sep] == ":":
        return flow[pos : pos + 1].isupper()
    start = a
    for m in _SENTENCE_END.finditer(flow, a, sep):
        start = m.end()
    return fronted_adverbial().match(flow, start) is not None


def _executes(flow: str, roles: Roles, b: int, orgs: list[OrgSpan]) -> None:
    pos = roles.action_start
    while pos < b and flow[pos] in " \t:":
        pos += 1
    m = execute_trigger().match(flow, pos)
    if not m:
        return
    target = org_at(orgs, m.end())
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
