"""Sections as blocks of items.

A section's own text runs from its heading to its first sub-section. When the heading is a line of
its own (``4. Ban Tuyên giáo Tỉnh ủy``) the items are the dash items below it, or its paragraphs
when it has none. When the heading is the first sentence of a numbered paragraph (``1. Đảng ủy Ủy
ban nhân dân tỉnh lãnh đạo ...``), that paragraph is an item and the label is not part of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from vnplan_extract.models import Section

_LABEL = regex.compile(
    r"[ \t]*(?:[IVXLC]+|\d+(?:\.\d+)*|[a-zđ]|\*)[ \t]*[.\-)/–]?[ \t]*", regex.IGNORECASE
)
_DASH = regex.compile(r"(?m)^[ \t]*[-–—•][ \t]+")
_LINE = regex.compile(r"[^\n]+")
_PARAGRAPH = regex.compile(r"(?m)^[ \t]*\p{Lu}[^\n]*")
_NEXT_LETTER = regex.compile(r"[ \t\n]*([-–][ \t]+)?(\p{L})")


@dataclass(frozen=True)
class Block:
    section: Section
    heading: tuple[int, int] | None  # a heading line of its own, normalized offsets
    items: list[tuple[int, int]]  # normalized offsets, without dash markers
    paragraph_heading: bool  # the heading is the first sentence of the first item
    heading_item: bool = False  # a leaf's heading line is its only item


def block_of(flow: str, sec: Section, start: int, end: int, own_end: int) -> Block:
    """``start``/``end``: the section in normalized offsets; ``own_end``: where its first
    sub-section starts (or ``end``)."""
    m = _LABEL.match(flow, start)
    label_end = m.end() if m else start
    line_end = flow.find("\n", label_end, end)
    if line_end == -1:
        line_end = end
    line = " ".join(flow[label_end:line_end].split()).rstrip(":").strip()
    heading = " ".join(sec.heading.split()).rstrip(":").strip()
    # A heading line of its own names a body or a topic; a line ending a sentence is a paragraph.
    continued = _continues(flow, line_end, own_end)
    if (
        heading
        and line.casefold() == heading.casefold()
        and not line.endswith((".", ";", ",", "…"))
        and not continued
    ):
        items = split_items(flow, line_end, own_end)
        heading_span = (label_end, _rstrip(flow, label_end, line_end))
        if not items and own_end >= end:
            # a leaf whose heading is all its text (``b) Đẩy mạnh số hóa ...``): the heading
            # is the item; the caller keeps it only when it names work
            return Block(sec, heading_span, [heading_span], False, heading_item=True)
        return Block(sec, heading_span, items, False)
    # The heading is the first sentence of a paragraph: that paragraph is the first item.
    first_end = _paragraph_end(flow, label_end, own_end)
    items = [(label_end, _rstrip(flow, label_end, first_end))]
    items += split_items(flow, first_end, own_end)
    return Block(sec, None, items, True)


def split_items(flow: str, a: int, b: int) -> list[tuple[int, int]]:
    """Dash items of ``flow[a:b]``, or its paragraphs when it has none."""
    # ``tổ chức chính trị\n- xã hội``: a hard-wrapped hyphen inside a sentence is no item
    dashes = [m for m in _DASH.finditer(flow, a, b) if not _wrapped_hyphen(flow, m)]
    spans: list[tuple[int, int]] = []
    if dashes:
        for i, m in enumerate(dashes):
            e = dashes[i + 1].start() if i + 1 < len(dashes) else b
            # a dash item is one paragraph of the flow view; what follows it is not the item,
            # but a paragraph of its own that opens a sentence is one more item (``Tham mưu
            # Ban Thường vụ Tỉnh ủy ...`` after the dash items of ``3. Ban Tuyên giáo Tỉnh ủy``)
            nl = flow.find("\n", m.end(), e)
            spans.append((m.end(), e if nl == -1 else nl))
            if nl != -1:
                for para in _PARAGRAPH.finditer(flow, nl, e):
                    spans.append(para.span())
    else:
        for para in _LINE.finditer(flow, a, b):
            spans.append(para.span())
    out = []
    for s, e in spans:
        while s < e and flow[s] in " \t\n":
            s += 1
        e = _rstrip(flow, s, e)
        if e - s > 3:
            out.append((s, e))
    return out


def _wrapped_hyphen(flow: str, m: regex.Match[str]) -> bool:
    """A dash at a line start that continues the line above: the line above ends inside a
    sentence (a letter) and the text goes on in lower case."""
    before = flow[max(0, m.start() - 300) : m.start()].rstrip(" \t")
    if not before.endswith("\n"):
        return False
    prev = before[:-1].rstrip(" \t")
    return bool(prev) and prev[-1].isalpha() and flow[m.end() : m.end() + 1].islower()


def _continues(flow: str, pos: int, end: int) -> bool:
    """Whether the paragraph break at ``pos`` splits a sentence (a page break): the text goes on
    in lower case."""
    m = _NEXT_LETTER.match(flow, pos, end)
    if m is None or not m.group(2).islower():
        return False
    # a wrapped ``chính trị\n- xã hội`` goes on; a dash item after a finished line does not
    return not m.group(1) or flow[pos - 1 : pos].isalpha()


def _paragraph_end(flow: str, start: int, end: int) -> int:
    pos = flow.find("\n", start, end)
    while pos != -1 and _continues(flow, pos, end):
        pos = flow.find("\n", pos + 1, end)
        while pos != -1 and pos < end and flow[pos - 1] == "\n":
            pos = flow.find("\n", pos + 1, end)
    return end if pos == -1 else pos


def _rstrip(flow: str, s: int, e: int) -> int:
    while e > s and flow[e - 1] in " \t\n":
        e -= 1
    return e
