"""Tasks: one entry per assignment of work to one or more bodies.

Under an implementation or specific-tasks section a heading that names bodies makes them the lead
of every item of its block (and of its sub-sections); an item naming its own bodies takes them
instead (:mod:`.roles`). Elsewhere only an item that assigns work itself counts (``Giao X ...``,
``Đối với X: ...``, ``X có trách nhiệm ...``). Task tables of state plans give one task per row
(:mod:`.tables`). Deadlines are the time expressions inside the task that govern it; reporting lines
come from :mod:`.reporting`.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from vnplan_extract.context import Context
from vnplan_extract.extract.tasks.blocks import block_of
from vnplan_extract.extract.tasks.bodies import Body, OrgSpan, org_at, orgs_in, parse_list
from vnplan_extract.extract.tasks.offsets import SourceMap
from vnplan_extract.extract.tasks.reporting import reporting
from vnplan_extract.extract.tasks.roles import (
    Roles,
    analyse,
    has_action,
    list_end,
    requested_bodies,
    starts_with_bodies,
)
from vnplan_extract.extract.tasks.tables import Row, task_rows
from vnplan_extract.extract.tasks.words import (
    closing,
    coordinate_trigger,
    execute_trigger,
    execution_formula,
    mid_opener,
    opener,
    table,
    verb_at,
)
from vnplan_extract.models import Assignee, Organization, Section, Task, TimeExpression


@dataclass
class _Draft:
    start: int  # normalized
    end: int
    section: str | None
    roles: Roles
    kinds: frozenset[str]
    action: str


def _org_spans(ctx: Context, smap: SourceMap, organizations: list[Organization]) -> list[OrgSpan]:
    out = []
    for org in organizations:
        for m in org.mentions:
            s, e = smap.to_norm(m.start, m.end)
            out.append(OrgSpan(s, e, org.name))
    return sorted(out, key=lambda o: (o.start, -o.end))


def _task_sections(sections: list[Section]) -> set[str]:
    kinds = set(table()["task_section_kinds"])
    ids: set[str] = set()
    for sec in sections:  # parents come before their children
        if sec.kind in kinds or (sec.parent is not None and sec.parent in ids):
            ids.add(sec.id)
    return ids


def _heading_roles(flow: str, hs: int, he: int, orgs: list[OrgSpan]) -> Roles | None:
    """The bodies a heading names: leads, and the body a delegation chain makes execute."""
    m = opener().match(flow, hs)
    if m:  # ``2.9. Đề nghị Liên đoàn Lao động tỉnh``, ``6. Đề nghị các tổ chức ...``
        hs = m.end()
    if not starts_with_bodies(flow, hs, orgs, after_opener=m is not None):
        return None
    # A heading has no verb but the delegation's (``... lãnh đạo UBND tỉnh:``).
    le = list_end(flow, hs, he, orgs, execute_trigger())
    leads = parse_list(flow, hs, le, orgs)
    if not leads:
        return None
    roles = Roles(lead=leads, action_start=le)
    m = execute_trigger().match(flow, le)
    if m:
        target = org_at(orgs, m.end())
        if target is not None:
            roles.execute.append(Body(target.start, target.end, target.name, True))
    return roles


def _drafts(
    ctx: Context, smap: SourceMap, orgs: list[OrgSpan], skip: list[tuple[int, int]]
) -> list[_Draft]:
    flow = ctx.flow
    sections = ctx.sections
    in_task = _task_sections(sections)
    norm = {s.id: smap.to_norm(s.start, s.end) for s in sections}
    first_child: dict[str, int] = {}
    for sec in sections:
        if sec.parent is not None and sec.parent not in first_child:
            first_child[sec.parent] = norm[sec.id][0]
    inherited: dict[str, Roles | None] = {}
    kinds = frozenset(table()["deadline_kinds"])
    out: list[_Draft] = []
    preamble = _preamble(ctx, flow, sections, norm, orgs, kinds, out)
    for sec in sections:
        if sec.parent is None and preamble is not None and inherited.get("") is None:
            inherited[""] = preamble
        s, e = norm[sec.id]
        own_end = first_child.get(sec.id, e)
        block = block_of(flow, sec, s, e, own_end)
        task_sec = sec.id in in_task or (sec.parent is None and preamble is not None)
        parent_roles = inherited.get(sec.parent) if sec.parent else inherited.get("")
        roles_here = parent_roles if task_sec else None
        if task_sec and block.heading is not None and sec.kind == "other":
            heading_roles = _heading_roles(flow, *block.heading, orgs)
            if heading_roles is not None:
                roles_here = heading_roles
        inherited[sec.id] = roles_here
        # ``b) Chủ trì, phối hợp`` under ``2.3. Công an tỉnh``: the items name the partners
        own_coordinate = (
            task_sec
            and block.heading is not None
            and roles_here is parent_roles
            and coordinate_trigger().search(flow, *block.heading) is not None
        )
        for a, b in block.items:
            if any(a < y and x < b for x, y in skip):
                continue
            if block.heading_item and not has_action(flow, a, b):
                continue
            parts = _own_sentences(flow, a, b, orgs, task_sec)
            if parts and (len(parts) > 1 or parts[0][0] > a):
                for ps, pe, own in _split(flow, a, b, parts, orgs, roles_here, task_sec):
                    out.append(_Draft(ps, pe, sec.id, own, kinds, _action(flow, own, ps, pe)))
                continue
            if closing().match(flow, a):
                continue  # the plan's closing words assign nothing unless they name bodies
            roles = analyse(
                flow,
                a,
                b,
                orgs,
                roles_here,
                in_task_section=task_sec,
                own_coordinate=own_coordinate,
            )
            if roles is None and out and out[-1].section == sec.id and _TIME_LINE.match(flow, a):
                # ``Thời gian hoàn tất: trước ngày 30 tháng 9 năm 2014.`` closes the task above
                out[-1].end = b
                continue
            if roles is None:
                # a later sentence may assign the work (``... Đề nghị các cơ quan, đơn vị ...``)
                a, roles = _sentence_task(flow, a, b, orgs)
                if roles is None:
                    continue
            out.append(_Draft(a, b, sec.id, roles, kinds, _action(flow, roles, a, b)))
    return out


def _action(flow: str, roles: Roles, a: int, b: int) -> str:
    action = " ".join(flow[roles.action_start if roles.own else a : b].split())
    return action.lstrip(":, ").strip()


_OWN_HINT = regex.compile(r"(?<![\p{L}\p{M}])(?:[Cc]ác|\p{Lu})")
_SENTENCE_SPLIT = regex.compile(r"(?<=[.;])[ \t\n]+(?=\S)")


def _own_sentences(
    flow: str, a: int, b: int, orgs: list[OrgSpan], task_sec: bool
) -> list[tuple[int, int, Roles | None]]:
    """The sentences (and ``;`` clauses) of an item that name their own bodies, with their
    roles: (start, end, roles)."""
    starts = [a] + [m.end() for m in _SENTENCE_SPLIT.finditer(flow, a, b)]
    if len(starts) < 2:
        return []
    out: list[tuple[int, int, Roles | None]] = []
    # the later sentences first: the first one matters only when one of them has its bodies
    for i in [*range(1, len(starts)), 0]:
        if i == 0 and not out:
            break
        s = starts[i]
        e = _rstrip(flow, s, starts[i + 1]) if i + 1 < len(starts) else b
        if i and not orgs_in(orgs, s, e) and not _OWN_HINT.search(flow, s, e):
            continue  # no body and no plural: nobody is named here (a cheap test first)
        roles = analyse(flow, s, e, orgs, None, in_task_section=task_sec)
        start = s
        if roles is None:
            start, roles = _sentence_task(flow, s, e, orgs)
        if roles is not None and roles.own:
            out.append((start, e, roles))
    return sorted(out, key=lambda p: p[0])


def _split(
    flow: str,
    a: int,
    b: int,
    parts: list[tuple[int, int, Roles | None]],
    orgs: list[OrgSpan],
    inherited: Roles | None,
    task_sec: bool,
) -> list[tuple[int, int, Roles]]:
    """An item cut at its sentences that name their own bodies (``...; trường hợp vượt thẩm
    quyền, Sở Khoa học và Công nghệ tổng hợp ...``): each is a task up to the next one. What
    comes before the first is the block's work (or, with no block lead, part of the first; the
    closing words of the plan are nobody's)."""
    if parts[0][0] > a and inherited is not None and not closing().match(flow, a):
        parts.insert(0, (a, _rstrip(flow, a, parts[0][0]), None))
    elif parts[0][0] > a and inherited is None:
        parts[0] = (a, parts[0][1], parts[0][2])
    out: list[tuple[int, int, Roles]] = []
    for i, (ps, _pe, own) in enumerate(parts):
        pe = _rstrip(flow, ps, parts[i + 1][0]) if i + 1 < len(parts) else b
        roles = own or analyse(flow, ps, pe, orgs, inherited, in_task_section=task_sec)
        if roles is not None:
            out.append((ps, pe, roles))
    return out


def _rstrip(flow: str, s: int, e: int) -> int:
    while e > s and flow[e - 1] in " \t\n":
        e -= 1
    return e


_PREAMBLE_PARAGRAPH = regex.compile(r"\S(?:[^\n]|\n(?![ \t]*\n))*")


def _preamble(
    ctx: Context,
    flow: str,
    sections: list[Section],
    norm: dict[str, tuple[int, int]],
    orgs: list[OrgSpan],
    kinds: frozenset[str],
    out: list[_Draft],
) -> Roles | None:
    """Tasks in the text before the first section. When its last paragraph asks named bodies
    to do ``các nhiệm vụ sau:`` (a news copy of a plan), the numbered sections that follow are
    their tasks: the bodies are returned for them to inherit."""
    start = ctx.body_start
    end = min((norm[s.id][0] for s in sections), default=ctx.body_end or len(flow))
    last: Roles | None = None
    # paragraphs, not lines: a news copy may keep the hard line breaks of its source
    items = [
        (start + m.start(), start + len(m.group(0).rstrip()) + m.start())
        for m in _PREAMBLE_PARAGRAPH.finditer(flow[start:end])
    ]
    for a, b in items:
        # only a request (``... đề nghị các địa phương, đơn vị ... tập trung ...``) makes a task
        # here: a preamble's own subject is the issuer writing the plan
        requested = requested_bodies(flow, a, b, orgs)
        roles = Roles(lead=requested, own=True, action_start=a) if requested else None
        if roles is None:
            a, roles = _executors(flow, a, b, orgs)
        if roles is not None:
            out.append(_Draft(a, b, None, roles, kinds, _action(flow, roles, a, b)))
        last = roles
    if last is not None and items and flow[items[-1][1] - 1] == ":" and sections:
        out.pop()  # the intro of the list, not a task itself
        return Roles(lead=last.lead)
    return None


_ARTICLE = regex.compile(r"(?i:điều)[ \t]+\d+[ \t]*[.:][ \t]*")


def _executors(flow: str, a: int, b: int, orgs: list[OrgSpan]) -> tuple[int, Roles | None]:
    """The article of a decision that names who carries it out: ``Điều 3. Chánh Văn phòng Ủy
    ban nhân dân Thành phố, Giám đốc Sở Xây dựng, ... chịu trách nhiệm thi hành Quyết định
    này.``: the bodies of the listed positions lead."""
    m = _ARTICLE.match(flow, a, b)
    if m is None:
        return a, None
    start = m.end()
    formula = execution_formula().search(flow, start, b)
    if formula is None:
        return a, None
    bodies = [x for x in parse_list(flow, start, formula.start(), orgs) if x.specific]
    if not bodies:
        return a, None
    return start, Roles(lead=bodies, own=True, action_start=formula.start())


_TIME_LINE = regex.compile(r"(?i:thời[ \t]+gian|thời[ \t]+hạn|tiến[ \t]+độ)[^:\n]{0,30}:")
_SENTENCE_OPENER = regex.compile(r"(?<=[.;:][ \t]+)(?=(?:Đề nghị|Giao)\b)")
_SENTENCE_BREAK = regex.compile(r"[.;:][ \t\n]")


def _sentence_task(flow: str, a: int, b: int, orgs: list[OrgSpan]) -> tuple[int, Roles | None]:
    """A later sentence or clause that assigns the work: ``... Đề nghị các cơ quan ...``,
    ``Đồng thời, giao Công an tỉnh chủ trì ...``, ``... vướng mắc đề nghị các cơ quan, đơn vị
    ... phản ánh ...``. A clause of the first sentence makes the whole item the task."""
    for m in _SENTENCE_OPENER.finditer(flow, a, b):
        roles = analyse(flow, m.start(), b, orgs, None, in_task_section=False)
        if roles is not None:
            return m.start(), roles
    for m in mid_opener().finditer(flow, a, b):
        roles = analyse(flow, m.start(), b, orgs, None, in_task_section=False, mid_sentence=True)
        if roles is not None:
            first = _SENTENCE_BREAK.search(flow, a, m.start()) is None
            return (a if first else m.start()), roles
    return a, None


def _row_drafts(
    ctx: Context, smap: SourceMap, orgs: list[OrgSpan], rows: list[Row]
) -> list[_Draft]:
    flow = ctx.flow
    kinds = frozenset(table()["table_deadline_kinds"])
    out: list[_Draft] = []
    for row in rows:
        cols = row.columns
        a = smap.to_norm(row.cells[0].start, row.cells[0].end)[0]
        b = smap.to_norm(row.cells[-1].start, row.cells[-1].end)[1]
        lead_cell = row.cells[cols["lead"]]
        ls, le = smap.to_norm(lead_cell.start, lead_cell.end)
        roles = _lead_cell(flow, ls, le, orgs)
        if "coordinate" in cols:
            cell = row.cells[cols["coordinate"]]
            cs, ce = smap.to_norm(cell.start, cell.end)
            roles.coordinate = [x for x in parse_list(flow, cs, ce, orgs)]
        task_cell = row.cells[cols["task"]]
        ts, te = smap.to_norm(task_cell.start, task_cell.end)
        if not roles.lead:
            continue
        out.append(_Draft(a, b, None, roles, kinds, " ".join(flow[ts:te].split())))
    return out


_CELL_CLAUSE = regex.compile(r";[ \t\n]*")


def _lead_cell(flow: str, a: int, b: int, orgs: list[OrgSpan]) -> Roles:
    """The ``Chủ trì`` cell of a task table: the bodies it names lead; a cell that says what
    they do (``Sở KH&CN chủ trì hướng dẫn, tổng hợp; Các sở, ngành, UBND cấp xã thực hiện công
    bố ...``) names its lead before the verb, and the bodies of a later clause carry out."""
    e = list_end(flow, a, b, orgs)
    roles = Roles(lead=parse_list(flow, a, e, orgs), own=True)
    if e >= b:
        return roles
    for m in _CELL_CLAUSE.finditer(flow, e, b):
        pos = m.end()
        if not starts_with_bodies(flow, pos, orgs):
            continue
        end = list_end(flow, pos, b, orgs)
        if end < b and verb_at().match(flow, end):
            roles.execute += [x for x in parse_list(flow, pos, end, orgs) if x not in roles.lead]
    return roles


def _section_of(ctx: Context, start: int) -> str | None:
    best: Section | None = None
    for sec in ctx.sections:
        if sec.start <= start < sec.end and (best is None or sec.level >= best.level):
            best = sec
    return best.id if best else None


def find_tasks(ctx: Context, organizations: list[Organization]) -> list[Task]:
    smap = SourceMap.of(ctx)
    orgs = _org_spans(ctx, smap, organizations)
    rows = task_rows(ctx.source)
    row_spans = [smap.to_norm(r.cells[0].start, r.cells[-1].end) for r in rows]
    drafts = _drafts(ctx, smap, orgs, row_spans) + _row_drafts(ctx, smap, orgs, rows)
    drafts.sort(key=lambda d: d.start)
    times = [(smap.to_norm(t.start, t.end), t) for t in ctx.time_expressions]
    tasks: list[Task] = []
    for i, d in enumerate(drafts, 1):
        span = ctx.span(d.start, d.end)
        section = d.section or _section_of(ctx, int(span["start"]))
        assignees = [
            _assignee(ctx, body, role)
            for role, bodies in (
                ("lead", d.roles.lead),
                ("execute", d.roles.execute),
                ("coordinate", d.roles.coordinate),
            )
            for body in bodies
        ]
        to, via = reporting(ctx.flow, d.start, d.end, orgs)
        tasks.append(
            Task(
                id=f"T{i}",
                section=section,
                action=d.action or None,
                assignees=assignees,
                deadlines=_deadlines(times, d),
                report_to=to,
                report_via=via,
                **span,
            )
        )
    return tasks


def _deadlines(times: list[tuple[tuple[int, int], TimeExpression]], d: _Draft) -> list[str]:
    return [t.id for (s, e), t in times if d.start <= s and e <= d.end and t.kind in d.kinds]


def _assignee(ctx: Context, body: Body, role: str) -> Assignee:
    return Assignee(name=body.name, role=role, **ctx.span(body.start, body.end))
