"""The section tree: headings found line by line, nested by numbering style, typed by kind.

A heading is a line (in the flow view, so a hard-wrapped heading is one line) that opens with a
label: Roman (``I.``, ``I-``, ``I Mục đích``), Arabic (``1.``, ``1/``, ``1)``), multi-level
(``1.1.``), a letter (``a)``) or a star (``* Mục đích, yêu cầu``). Candidates must continue the
numbering of their level (``1`` or the previous sibling plus one), which keeps numbered sentences,
dates and lists of figures out. Attachments after the signature (an outline, appendices) become
top-level sections ``A1``, ``A2`` ... with their own numbering beneath.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import regex

from vnplan_extract.context import Context
from vnplan_extract.data import load_table
from vnplan_extract.models import Section
from vnplan_extract.text.lines import Line, iter_lines

_ROMAN = regex.compile(
    r"^(?P<label>[IVXLC]{1,7})(?:\s*[.\-–/):]\s*|\s+(?=\p{Lu}))(?P<head>\p{Lu}.*)$"
)
_MULTI = regex.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?P<head>[\p{L}\"“(].*)$")
_ARABIC = regex.compile(r"^(?P<label>\d{1,2})\s*[./)]\s*(?P<head>[\p{L}\"“(].*)$")
_LETTER = regex.compile(r"^(?P<label>[a-zđ])\)\s*(?P<head>\S.*)$")
_STAR = regex.compile(r"^\*\s+(?P<head>\p{Lu}.*)$")
# A heading glued to the capitalised heading before it by a lost line break:
# ``II. KẾT QUẢ ... THỰC HIỆN**1. Đánh giá ...`` (seed 002).
_GLUED = regex.compile(r"(?<=\p{Lu}{2})(?=\d{1,2}\.\s+\p{Lu}\p{Ll})")
_SENTENCE = regex.compile(r"(?<=[.;:!?])\s+(?=\p{Lu})")
_HEADING_MAX = 150

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_value(label: str) -> int | None:
    """The value of a well-formed Roman numeral, else None (``IIII`` and ``VX`` are not)."""
    total = 0
    prev = 0
    for ch in reversed(label):
        v = _ROMAN_VALUES.get(ch)
        if v is None:
            return None
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total if to_roman(total) == label else None


def to_roman(n: int) -> str:
    out = []
    for value, numeral in (
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


@dataclass
class _Candidate:
    style: str  # "roman", "arabic", "multi<n>", "letter", "star"
    label: str
    number: int  # position in its sequence
    start: int  # label start (normalized offset)
    head_start: int
    head_end: int
    bare: bool = False  # a Roman label with no punctuation after it (``I Tỉnh ủy``)


@dataclass
class _Node:
    cand: _Candidate
    id: str
    level: int
    parent: _Node | None
    kind: str
    heading: str
    end: int = 0
    last_child_number: dict[str, int] = field(default_factory=dict)


@cache
def _kind_patterns(group: str) -> list[tuple[regex.Pattern[str], str]]:
    out = []
    for entry in load_table("headings")[group]:
        for start in entry["starts"]:
            words = [regex.escape(w) for w in start.replace(",", " ,").split()]
            pat = ""
            for w in words:
                if w == ",":
                    pat += r"\s*(?:,|-|–|và)?\s*"
                else:
                    pat += (r"\s+" if pat and not pat.endswith(r"\s*") else "") + w
            out.append(
                (regex.compile(rf"^(?:các\s+)?{pat}(?!\p{{L}})", regex.IGNORECASE), entry["kind"])
            )
    return out


@cache
def _kind_alternation(group: str) -> tuple[regex.Pattern[str], list[str]]:
    """The kind patterns as the branches of one pattern, in order, each closed by an empty group
    ``k<i>`` that says which one matched: the engine tries them in turn exactly as a loop over
    the patterns would, in one call instead of one per pattern."""
    patterns = _kind_patterns(group)
    branches = [
        rf"(?:{p.pattern.removeprefix('^')})(?P<k{i}>)" for i, (p, _) in enumerate(patterns)
    ]
    combined = regex.compile("^(?:" + "|".join(branches) + ")", regex.IGNORECASE)
    return combined, [kind for _, kind in patterns]


def heading_kind(heading: str, group: str = "kinds") -> str:
    """The canonical kind a heading's words give (``other`` when none)."""
    text = heading.strip(" .:*")
    combined, kinds = _kind_alternation(group)
    m = combined.match(text)
    return kinds[int(m.lastgroup[1:])] if m and m.lastgroup else "other"


_KIND_HEADING_MAX = 70


def _kind_of(heading: str) -> str:
    """A heading names a kind only as a title: short, or in capitals. A long numbered paragraph
    that happens to open with ``Đánh giá tình hình ...`` is running text, kind ``other``."""
    if len(heading) > _KIND_HEADING_MAX and not heading.isupper():
        return "other"
    return heading_kind(heading)


_CELL_EDGE = regex.compile(r"[\s*]*\|")


def _is_table_row(ctx: Context, line: Line) -> bool:
    """A table row or cell is never a heading: a tab between cells in the source line, or a
    markdown table cell (the line stands between two ``|`` of the source)."""
    s, e = ctx.norm.to_source(line.start, line.end)
    source = ctx.source
    if "\t" in source[s:e]:
        return True
    before = source[max(0, s - 12) : s][::-1]
    return _CELL_EDGE.match(before) is not None and _CELL_EDGE.match(source, e) is not None


def _candidate(ctx: Context, line: Line) -> _Candidate | None:
    text = line.text
    for style, pattern in (
        ("multi", _MULTI),
        ("arabic", _ARABIC),
        ("roman", _ROMAN),
        ("letter", _LETTER),
        ("star", _STAR),
    ):
        m = pattern.match(text)
        if not m:
            continue
        head_start = line.start + m.start("head")
        if style == "multi":
            label = m.group("label")
            number = int(label.split(".")[-1])
            style = f"multi{label.count('.')}"
        elif style == "arabic":
            label = m.group("label")
            number = int(label)
        elif style == "roman":
            label = m.group("label")
            value = roman_value(label)
            if value is None:
                continue
            number = value
        elif style == "letter":
            label = m.group("label")
            number = "abcdđeghiklmnopqrstuvxy".find(label) + 1
            if label == "đ":
                number = 5
            elif label > "đ" and label in "eghiklmnopqrstuvxy":
                number = "abcdđeghiklmnopqrstuvxy".index(label)
        else:
            label = "*"
            number = 0
        if _is_table_row(ctx, line):
            return None
        bare = style == "roman" and not text[len(label) : m.start("head")].strip()
        return _Candidate(style, label, number, line.start, head_start, line.end, bare)
    return None


def _letter_number(label: str) -> int:
    # Vietnamese lists run a, b, c, d, đ, e, g, h, i, k, l, m, n ...
    order = "abcdđeghiklmnopqrstuvxy"
    i = order.find(label)
    return i + 1 if i >= 0 else 0


def _heading_text(view: str, cand: _Candidate) -> str:
    text = " ".join(view[cand.head_start : cand.head_end].split())
    if len(text) > _HEADING_MAX:
        m = _SENTENCE.search(text)
        if m and m.start() <= 400:
            text = text[: m.start()]
    return text


def _split_glued(lines: list[Line]) -> list[Line]:
    out: list[Line] = []
    for line in lines:
        m = _GLUED.search(line.text) if line.text[:1].isupper() else None
        if m and _ROMAN.match(line.text):
            cut = m.start()
            out.append(Line(line.start, line.start + cut, line.text[:cut]))
            out.append(Line(line.start + cut, line.end, line.text[cut:]))
        else:
            out.append(line)
    return out


class _TreeBuilder:
    """Nests candidates by numbering style and keeps the numbering sequences honest."""

    def __init__(self, view: str, root_id: str = "", root_level: int = 0) -> None:
        self.view = view
        self.root_id = root_id
        self.root_level = root_level
        self.nodes: list[_Node] = []
        self.stack: list[_Node] = []
        self.top_numbers: dict[str, int] = {}
        self.repeats: dict[str, int] = {}

    def _siblings_numbers(self, parent: _Node | None) -> dict[str, int]:
        return parent.last_child_number if parent else self.top_numbers

    def offer(self, cand: _Candidate) -> bool:
        if cand.style == "letter":
            cand.number = _letter_number(cand.label)
        if cand.bare:
            # A bare ``I Tỉnh ủy`` after Arabic numbering has begun, or one that does not continue
            # the Roman numbering, is a table row that lost its cell separators (a PDF text
            # layer), not a new top-level part.
            last_roman = self.top_numbers.get("roman", 0)
            if (last_roman == 0 and self.stack) or (last_roman and cand.number != last_roman + 1):
                return False
        # Find where this style already sits in the open path: a sibling of that node.
        styles = [n.cand.style for n in self.stack]
        if cand.style in styles:
            depth = styles.index(cand.style)
            parent = self.stack[depth - 1] if depth > 0 else None
        else:
            depth = len(self.stack)
            parent = self.stack[-1] if self.stack else None
            if cand.style == "roman" and self.stack:
                # Roman numerals are the top level wherever they appear.
                depth, parent = 0, None
            if cand.style.startswith("multi"):
                # ``1.2.`` nests under the Arabic ``1.`` it extends.
                prefix = cand.label.rsplit(".", 1)[0]
                for d in range(len(self.stack) - 1, -1, -1):
                    if self.stack[d].cand.label == prefix:
                        depth, parent = d + 1, self.stack[d]
                        break
        numbers = self._siblings_numbers(parent)
        last = numbers.get(cand.style, 0)
        # A writer may repeat a top-level numeral (two ``IV.``): the second is ``IV(2)``.
        repeated = cand.style == "roman" and last > 0 and cand.number == last
        if cand.style != "star" and cand.number != last + 1 and not repeated:
            return False
        numbers[cand.style] = cand.number if cand.style != "star" else last + 1
        # Close everything deeper than ``depth``.
        for node in self.stack[depth:]:
            node.end = cand.start
        del self.stack[depth:]
        if cand.style == "star":
            label_part = f"*{numbers[cand.style]}"
        elif cand.style.startswith("multi"):
            label_part = cand.label.rsplit(".", 1)[1]
        else:
            label_part = cand.label
        if repeated:
            self.repeats[label_part] = self.repeats.get(label_part, 1) + 1
            label_part = f"{label_part}({self.repeats[label_part]})"
        base = parent.id if parent else self.root_id
        node_id = f"{base}.{label_part}" if base else label_part
        heading = _heading_text(self.view, cand)
        level = (parent.level if parent else self.root_level) + 1
        node = _Node(cand, node_id, level, parent, _kind_of(heading), heading)
        self.nodes.append(node)
        self.stack.append(node)
        return True

    def close(self, end: int) -> None:
        for node in self.stack:
            node.end = end
        self.stack.clear()


def _trim_end(view: str, start: int, end: int) -> int:
    while end > start and view[end - 1].isspace():
        end -= 1
    return end


def _build(
    ctx: Context, lines: list[Line], end: int, root_id: str = "", root_level: int = 0
) -> list[_Node]:
    builder = _TreeBuilder(ctx.flow, root_id, root_level)
    for line in _split_glued(lines):
        if not line:
            continue
        cand = _candidate(ctx, line)
        if cand:
            builder.offer(cand)
    builder.close(end)
    return builder.nodes


def _to_section(ctx: Context, node: _Node, *, kind: str | None = None) -> Section:
    end = _trim_end(ctx.flow, node.cand.start, node.end)
    return Section(
        id=node.id,
        label=node.cand.label,
        heading=node.heading,
        kind=kind or node.kind,
        level=node.level,
        parent=node.parent.id if node.parent else (None if node.level == 1 else _root_of(node)),
        **ctx.span(node.cand.start, end),
    )


def _root_of(node: _Node) -> str | None:
    return node.id.rsplit(".", 1)[0] if "." in node.id else None


_ATTACHMENT_NUMBER = regex.compile(r"\b(\d{1,3}[A-Z]?)\s*$")


def _all_caps(text: str) -> bool:
    """Some letters, all in capitals (read up to the first small letter: most lines have one)."""
    seen = False
    for ch in text:
        if ch.isalpha():
            if not ch.isupper():
                return False
            seen = True
    return seen


def _attachment_starts(ctx: Context, lines: list[Line]) -> list[tuple[Line, str, str]]:
    """Attachment heading lines after the signature, with their kind and number."""
    out = []
    for line in lines:
        text = line.text.strip(" *")
        if len(text) > 120 or not _all_caps(text):
            continue
        kind = heading_kind(text, "attachments")
        if kind == "other" and not any(p.match(text) for p, _ in _kind_patterns("attachments")):
            continue
        m = _ATTACHMENT_NUMBER.search(text)
        out.append((line, kind, m.group(1) if m else ""))
    return out


def find_sections(ctx: Context) -> list[Section]:
    view = ctx.flow
    body_end = ctx.body_end if ctx.body_end is not None else len(view)
    body_lines = list(iter_lines(view, ctx.body_start, body_end))
    sections = [_to_section(ctx, n) for n in _build(ctx, body_lines, body_end)]
    if ctx.signature_end is None:
        return sections
    tail = list(iter_lines(view, ctx.signature_end))
    starts = _attachment_starts(ctx, tail)
    for i, (line, kind, number) in enumerate(starts):
        att_id = f"A{i + 1}"
        att_end = starts[i + 1][0].start if i + 1 < len(starts) else len(view)
        end = _trim_end(view, line.start, att_end)
        sections.append(
            Section(
                id=att_id,
                label=number,
                heading=" ".join(line.text.split()),
                kind=kind,
                level=1,
                parent=None,
                **ctx.span(line.start, end),
            )
        )
        inner = [ln for ln in tail if line.end <= ln.start < att_end]
        for node in _build(ctx, inner, att_end, root_id=att_id, root_level=1):
            sec = _to_section(ctx, node)
            if sec.parent is None:
                sec.parent = att_id
            sections.append(sec)
    return sections
