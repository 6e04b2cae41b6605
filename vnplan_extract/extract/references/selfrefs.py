"""The document's mentions of itself: ``Kế hoạch này``, ``Chương trình này``, ``Quyết định này``,
``Kế hoạch của Ban Thường vụ Tỉnh ủy`` in a plan of that body, and its name where the preamble
issues it (``Ủy ban nhân dân tỉnh ban hành Kế hoạch Chuyển đổi số ... trên địa bàn tỉnh Đồng
Tháp, như sau``).

The document's own type is the header's (``ctx.metadata.doc_type``); when the header stage set
none, the type line near the top (``KẾ HOẠCH``) gives it, else the word used. ``Kế hoạch này`` in
a decision that issues a plan names the attached plan: a self entry of its own type.

Its own bodies are the header's issuer and the body that builds or issues a document of its type
in the text (``Ban Thường vụ Tỉnh ủy xây dựng kế hoạch thực hiện như sau``), since the header
names the committee (``Tỉnh ủy Điện Biên``) while the text names the standing committee that
signs for it.

``Chương trình hành động của Chính phủ`` (an action programme of another body) is an unnumbered
reference named with its body; it is read here because only the own bodies tell the two apart.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from vnplan_extract.context import Context
from vnplan_extract.data import load_table
from vnplan_extract.extract.references.found import Found
from vnplan_extract.extract.references.issuers import body_before, read_issuer
from vnplan_extract.extract.references.numbered import type_of_word
from vnplan_extract.extract.references.patterns import (
    SP,
    first_words,
    type_alternation,
    type_anchors,
    words_pattern,
)
from vnplan_extract.models import DocType
from vnplan_extract.text.anchored import Anchored, compile_at
from vnplan_extract.text.normalize import fold

_HEADER_LINES = 60
_NL = r"(?![\p{L}\p{M}])"
_SELF_NAME_WORDS_MAX = 45
_ABOUT = compile_at(rf"{SP}về{_NL}")
_SENTENCE_END = regex.compile(r"[.;:!?](?=\s|$)|\n\n")
_BREAK = regex.compile(r"[,;.:()\n]")


@cache
def _forms() -> dict[str, Any]:
    table: dict[str, Any] = load_table("reference_forms")
    return table


@cache
def _this_re() -> Anchored:
    # The type word in ordinary case (a capital first letter), then ``này``.
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?=\p{{Lu}})(?P<type>(?i:{type_alternation()}))"
        rf"{SP}(?:(?i:hành){SP}(?i:động){SP})?này{_NL}"
    )
    return Anchored(pattern, type_anchors(), upper=True)


@cache
def _of_re() -> Anchored:
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?=\p{{Lu}})(?P<type>(?i:{type_alternation()}))"
        rf"(?P<action>{SP}hành{SP}động)?{SP}(?:này{SP})?của{SP}"
    )
    return Anchored(pattern, type_anchors(), upper=True)


_BUILD_VERBS = ["đã", "xây dựng", "ban hành"]


@cache
def _builder_re() -> Anchored:
    # ``Ban Thường vụ Tỉnh ủy xây dựng kế hoạch``, ``Ủy ban nhân dân tỉnh ban hành Kế hoạch``.
    pattern = regex.compile(
        rf"(?P<verb>{SP}(?:đã{SP})?(?:xây{SP}dựng|ban{SP}hành){SP})"
        rf"(?P<type>(?i:{type_alternation()})){_NL}"
    )
    # It opens with the spaces before one of the verbs (``_BUILD_VERBS`` lists the words it
    # can start with).
    return Anchored(
        pattern, first_words(_BUILD_VERBS, ignore_case=False, word_start=False), space_before=True
    )


@cache
def _name_end_re() -> regex.Pattern[str]:
    ends = words_pattern(_forms()["self_name_ends"])
    return regex.compile(rf"[^\S\n]*,?{SP}(?:{ends}){_NL}|[.;:(\n]")


@cache
def _as_follows_re() -> regex.Pattern[str]:
    return regex.compile(rf"{SP}(?:{words_pattern(_forms()['self_name_ends'])}){_NL}")


@cache
def _closing_re() -> regex.Pattern[str]:
    openers = words_pattern(_forms()["self_openers"])
    return regex.compile(rf"(?:{openers}){SP}(?P<type>(?i:{type_alternation()})){_NL}")


@cache
def _headline_re() -> regex.Pattern[str]:
    return compile_at(
        rf"^[^\S\n]*(?P<type>(?i:{type_alternation()})){SP}(?i:của){SP}\S.*?"
        rf"(?=[^\S\n]+(?i:về){_NL}|[^\S\n]*$)",
        regex.MULTILINE,
    )


def own_type(ctx: Context) -> DocType | None:
    if ctx.metadata.doc_type is not None:
        return ctx.metadata.doc_type
    for line in ctx.text.split("\n")[:_HEADER_LINES]:
        s = line.strip()
        if s and s.isupper() and (code := type_of_word(s)):
            return code
    return None


def _builders(ctx: Context, mine: DocType) -> list[tuple[regex.Match[str], str]]:
    """The places where a body builds or issues a document of the own type, with the body."""
    out = []
    flow = ctx.flow
    for m in _builder_re().finditer(flow):
        if type_of_word(m.group("type")) != mine:
            continue
        # The preamble's ``... ban hành Kế hoạch ... như sau``; elsewhere a body issuing a
        # document of the same type is another body (``Chính phủ ban hành Kế hoạch ...``).
        sentence = _SENTENCE_END.search(flow, m.end(), m.end() + 600)
        limit = sentence.start() if sentence else min(len(flow), m.end() + 600)
        if not _as_follows_re().search(flow, m.end(), limit):
            continue
        lo = max(0, m.start() - 80)
        breaks = [b.end() for b in _BREAK.finditer(flow, lo, m.start())]
        lo = breaks[-1] if breaks else lo
        got = body_before(flow, m.start(), lo=lo)
        if got:
            out.append((m, fold(got[1])))
    return out


def _is_own(name: str, bodies: set[str]) -> bool:
    key = fold(name)
    return any(key == b or b.startswith(key + " ") for b in bodies)


def find_self(ctx: Context, numbered: list[Found]) -> tuple[list[Found], list[Found]]:
    """Self mentions (and action programmes of other bodies), and the self names that may
    overlap a numbered mention (``Kế hoạch sơ kết ... thực hiện Nghị quyết số 45-NQ/TW``)."""
    flow = ctx.flow
    mine = own_type(ctx)
    out: list[Found] = []
    for m in _this_re().finditer(flow):
        # ``Kế hoạch này`` in a decision is the plan it issues (an attached document of its own):
        # a self reference of the type named.
        word_type = type_of_word(m.group("type")) or mine or "other"
        out.append(Found(m.start(), m.end(), "self", word_type))
    builders = _builders(ctx, mine) if mine else []
    bodies = {b for _, b in builders}
    if ctx.metadata.issuer:
        bodies.add(fold(ctx.metadata.issuer))
    for m in _of_re().finditer(flow):
        got = read_issuer(flow, m.end(), caps=False)
        if got is None or any(f.start == m.start() for f in out):
            continue
        own = mine is not None and type_of_word(m.group("type")) == mine
        own = own and _is_own(got[1], bodies)
        if own and mine and not _ABOUT.match(flow, got[0]):
            out.append(Found(m.start(), got[0], "self", mine))
        elif own and mine:
            # ``Kế hoạch của Ủy ban nhân dân tỉnh Đồng Tháp về thực hiện Nghị quyết số 26/NQ-CP``:
            # another plan of the same body, named with its subject.
            name = " ".join(flow[m.start() : got[0]].split())
            out.append(Found(m.start(), got[0], "named", mine, name=name, issuer=got[1]))
        elif fold(flow[m.start() : m.end("action") if m.group("action") else m.end("type")]) in {
            fold(h) for h in _forms()["action_heads"]
        }:
            name = " ".join(flow[m.start() : got[0]].split())
            doc_type = type_of_word(m.group("type")) or "other"
            out.append(Found(m.start(), got[0], "named", doc_type, name=name, issuer=got[1]))
    if mine is None:
        return out, []
    out += _headline(ctx, mine)
    return out, _self_names(ctx, mine, builders, numbered)


def _headline(ctx: Context, mine: DocType) -> list[Found]:
    """``NGHỊ QUYẾT CỦA ĐẢNG ỦY XÃ TRƯỜNG XUÂN``: a first line naming the document itself."""
    first = next((i for i, ch in enumerate(ctx.text) if not ch.isspace()), None)
    if first is None:
        return []
    m = _headline_re().match(ctx.text, first)
    if m and m.start("type") == first and type_of_word(m.group("type")) == mine:
        return [Found(first, m.end(), "self", mine)]
    return []


def _self_names(
    ctx: Context, mine: DocType, builders: list[tuple[regex.Match[str], str]], numbered: list[Found]
) -> list[Found]:
    """The document's name where the preamble issues it and where the closing sums it up."""
    flow = ctx.flow
    out: list[Found] = []
    starts = [(m, m.start("type")) for m, _ in builders]
    starts += [(m, m.start("type")) for m in _closing_re().finditer(flow)]
    for m, start in starts:
        if type_of_word(m.group("type")) != mine:
            continue
        if not flow[start].isupper():
            continue
        at = [f for f in numbered if f.start == start]
        if at:
            # ``Ban Thường vụ Huyện ủy đã ban hành Hướng dẫn số 12 – HD/HU`` on a page that is
            # that guidance, which has no number of its own in its header.
            if ctx.metadata.number is None and at[0].doc_type == mine:
                at[0].kind = "self"
            continue
        stop = _name_end_re().search(flow, m.end())
        end = stop.start() if stop else len(flow)
        inner = [f for f in numbered if m.end() <= f.start < end]
        if inner:
            end = inner[0].end
        end = m.end() + len(flow[m.end() : end].rstrip(" \t\n,"))
        if (
            not flow[m.end() : end].strip()
            or len(flow[m.end() : end].split()) > _SELF_NAME_WORDS_MAX
        ):
            continue
        out.append(Found(start, end, "self", mine))
    return out
