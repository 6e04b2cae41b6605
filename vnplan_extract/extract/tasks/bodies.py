"""A list of assignees: named bodies and collective phrases.

``Cấp ủy, tổ chức đảng, chính quyền, Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị -
xã hội tỉnh`` is three assignees: the collective ``cấp ủy, tổ chức đảng, chính quyền``, the body
``Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh`` and the collective ``đoàn thể chính trị - xã hội tỉnh``.
A named body is its own assignee; lower-case pieces joined by commas make one collective; ``và``,
``;``, a piece opening with ``các`` or a capital start a new one. A body after ``trực thuộc``
belongs to the phrase before it. Members in parentheses replace the phrase they explain (``Các cơ
quan, đơn vị cấp tỉnh (Hội đồng nhân dân tỉnh, Ban Tổ chức Tỉnh ủy, ...)``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import regex

from vnplan_extract.extract.organizations.expand import expand_abbreviations
from vnplan_extract.extract.tasks.words import (
    collective_head,
    is_catch_all,
    link_before,
    not_collective,
    table,
)


@dataclass(frozen=True)
class OrgSpan:
    """An organization mention in normalized offsets, with its canonical name."""

    start: int
    end: int
    name: str


@dataclass(frozen=True)
class Body:
    start: int
    end: int
    name: str
    specific: bool


_SEP = regex.compile(r";|,|[ \t\n]+và[ \t\n]+|\(|\)")
_LEADING = regex.compile(r"^(?i:(?:các|những|mọi)[ \t\n]+)")
_PLURAL_LOWER = regex.compile(r"(?:các|những|mọi)[ \t\n]+")
# A piece closed by a level (``đoàn thể cấp tỉnh``, ``cơ quan ngành dọc đóng trên địa bàn``)
# ends its collective: what follows names other bodies.
_LEVEL_END = regex.compile(
    r"\p{L}[ \t\n]+(?:(?i:cấp)[ \t\n]+)?(?:tỉnh|thành[ \t\n]+phố|huyện|quận)$"
    r"|(?i:trên[ \t\n]+địa[ \t\n]+bàn)$"
)


_LOOSE_HYPHEN = regex.compile(r"(?<=\p{L})(?: [-–]|[-–] )(?=\p{L})")
_PROVINCE = regex.compile(r"\bTỉnh\b(?![ \t]+ủy)")
_PARTY_BOARD = regex.compile(r"(?i)\bban cán sự Đảng\b")
_CAPITAL_ITEM = regex.compile(r"(?<=, )\p{Lu}(?=\p{Ll}*(?:,|$))")


def collective_name(text: str) -> str:
    """A collective assignee as the gold names it: normalized, abbreviations expanded, no leading
    ``các``, lower first."""
    text = " ".join(expand_abbreviations(text).text.split())
    text = _LEADING.sub("", text)
    # ``chính trị- xã hội`` is ``chính trị - xã hội``
    text = _LOOSE_HYPHEN.sub(" - ", text)
    # a level word is lower case in a name (``sở, ban, ngành Tỉnh`` is of ``tỉnh``)
    text = _PROVINCE.sub("tỉnh", text)
    text = _PARTY_BOARD.sub("ban cán sự đảng", text)
    # a one-word item of the list written with a capital (``Viện, Trường``) is a common noun
    text = _CAPITAL_ITEM.sub(lambda m: m.group(0).lower(), text)
    return text[:1].lower() + text[1:]


def _expanded(text: str) -> str:
    return expand_abbreviations(text).text


def orgs_in(orgs: list[OrgSpan], a: int, b: int) -> list[OrgSpan]:
    """The mentions inside ``[a, b)``; ``orgs`` is sorted by start."""
    lo = bisect_left(orgs, a, key=_start)
    hi = bisect_left(orgs, b, lo, key=_start)
    return [o for o in orgs[lo:hi] if o.end <= b]


def org_at(orgs: list[OrgSpan], pos: int) -> OrgSpan | None:
    """The (longest) mention starting at ``pos``; ``orgs`` is sorted by (start, -end)."""
    i = bisect_left(orgs, pos, key=_start)
    return orgs[i] if i < len(orgs) and orgs[i].start == pos else None


def _start(o: OrgSpan) -> int:
    return o.start


def parse_list(flow: str, a: int, b: int, orgs: list[OrgSpan]) -> list[Body]:
    """The assignees named in ``flow[a:b]``."""
    inside = orgs_in(orgs, a, b)
    # Tokens: ("org", OrgSpan) | ("text", (s, e)) | ("sep", kind)
    tokens: list[tuple[str, object]] = []
    pos = a
    for o in [*inside, OrgSpan(b, b, "")]:
        seg_end = o.start
        for m in _SEP.finditer(flow, pos, seg_end):
            _text_token(flow, pos, m.start(), tokens)
            sep = m.group(0).strip() or "và"
            tokens.append(("sep", "và" if sep == "và" else sep))
            pos = m.end()
        _text_token(flow, pos, seg_end, tokens)
        if o.name:
            tokens.append(("org", o))
        pos = o.end
    return _group(flow, tokens)


def _text_token(flow: str, s: int, e: int, tokens: list[tuple[str, object]]) -> None:
    while s < e and flow[s] in " \t\n":
        s += 1
    while e > s and flow[e - 1] in " \t\n.:":
        e -= 1
    if e > s:
        tokens.append(("text", (s, e)))


def _group(flow: str, tokens: list[tuple[str, object]]) -> list[Body]:
    out: list[Body] = []
    group: list[tuple[int, int]] = []
    last_sep = ""
    depth = 0
    paren_start = 0

    def close() -> None:
        if group:
            s, e = group[0][0], group[-1][1]
            name = collective_name(flow[s:e])
            # a collective is a plural (``các ...``) or opens with a body word (``sở, ngành``)
            opening = expand_abbreviations(flow[s:e]).text
            nominal = _LEADING.match(opening) is not None or collective_head().match(opening)
            generic = name in table()["too_generic"] or not_collective().match(name) is not None
            if name and nominal and not generic and not is_catch_all(name):
                # a plural word inside a sentence is left out of the mention, as of the name
                lead = _PLURAL_LOWER.match(flow, s, e)
                out.append(Body(lead.end() if lead else s, e, name, False))
            group.clear()

    for kind, val in tokens:
        if kind == "sep":
            if val == "(":
                close()
                depth += 1
                paren_start = len(out)
            elif val == ")":
                close()
                depth = max(0, depth - 1)
                members = out[paren_start:]
                explained = out[paren_start - 1] if paren_start > 0 else None
                if any(m.specific for m in members) and explained and not explained.specific:
                    # the members replace the collective phrase they explain
                    del out[paren_start - 1]
                elif explained is not None and explained.specific:
                    # ``Sở Nội vụ (Ban Thi đua - Khen thưởng)``: a unit of the body, which stays
                    del out[paren_start:]
                elif not any(m.specific for m in members):
                    del out[paren_start:]
            last_sep = str(val)
            continue
        if kind == "org":
            assert isinstance(val, OrgSpan)
            if group and flow[group[-1][1] : val.start].strip() == ":":
                group.clear()  # ``UBND các xã: Gia Thuận, ...``: the places replace the plural
            if group and link_before().search(flow[group[-1][0] : val.start]):
                group.append((group[-1][0], val.end))
            else:
                close()
                out.append(Body(val.start, val.end, val.name, True))
            last_sep = ""
            continue
        assert isinstance(val, tuple)
        s, e = val
        text = flow[s:e]
        new = (
            not group
            or last_sep == ";"
            or (last_sep == "và" and (text[:1].isupper() or _LEADING.match(text) is not None))
            or _LEADING.match(text) is not None
            # ``Ủy ban nhân dân xã, phường`` after ``sở, ban, ngành`` is another collective;
            # ``Viện, Trường`` is one
            or (text[:1].isupper() and collective_head().match(_expanded(text)) is not None)
            or (
                last_sep == ","
                and _LEVEL_END.search(_LEADING.sub("", flow[group[-1][0] : group[-1][1]]))
                is not None
                and collective_head().match(_expanded(text)) is not None
            )
        )
        if new:
            close()
        group.append((s, e))
        last_sep = ""
    close()
    return out
