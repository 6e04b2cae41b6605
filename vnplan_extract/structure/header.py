"""Header metadata: document type, number, issuer, place and date, title.

The header is everything before the preamble: issuer block, national heading, ``Số ...``, place and
date, the type line (``KẾ HOẠCH``) and the title (trích yếu). Copies without a header (seeds 002-004
start at the type line; web pages at a headline) leave the missing fields null rather than guessed.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from vnplan_extract.context import Context
from vnplan_extract.data import load_table
from vnplan_extract.models import Span
from vnplan_extract.structure.names import opens_body_name, ordinary_case
from vnplan_extract.text.flow import is_marker
from vnplan_extract.text.lines import Line, iter_lines
from vnplan_extract.text.symbols import normalize_number

# The header sits at the top; a type line further down belongs to an attachment or a citation.
_HEADER_WINDOW = 2500

_NUMBER = regex.compile(
    r"\bSố\s*:?\s*(?P<num>\d+[\p{L}\d]*(?:\s*[-–/]\s*[\p{L}\d&.]+)*(?:\s+\p{Lu}[\p{Lu}&]*/[\p{Lu}\p{L}\d&-]+)?)"
)
_PLACE_DATE = regex.compile(
    r"(?P<place>[\p{L}][\p{L}\p{M}. ]{1,40}?)\s*,\s*ngày\s+(?P<d>\d{1,2})\s+tháng\s+"
    r"(?:(?P<m>\d{1,2})\s+)?năm\s+(?P<y>\d{4})"
)
_RULE = regex.compile(r"^[-_=*.\s]*$")


@cache
def _type_lines() -> list[tuple[regex.Pattern[str], str]]:
    entries = load_table("header")["type_lines"]
    out = []
    for e in sorted(entries, key=lambda e: len(e["words"]), reverse=True):
        words = r"\s+".join(regex.escape(w) for w in e["words"].split())
        out.append((regex.compile(rf"^{words}\b", regex.IGNORECASE), e["doc_type"]))
    return out


@cache
def _national() -> regex.Pattern[str]:
    heads = load_table("header")["national_headings"]
    alt = "|".join(r"\s+".join(regex.escape(w) for w in h.split()) for h in heads)
    return regex.compile(rf"(?:{alt})", regex.IGNORECASE)


@cache
def _body_openers() -> regex.Pattern[str]:
    words = load_table("header")["body_openers"]
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"^(?:{alt})\b")


def type_of_line(line: str, *, capitals_only: bool = True) -> str | None:
    """The doc_type code a type line (``KẾ HOẠCH``, ``NGHỊ QUYẾT.``) names, else None."""
    core = line.strip(" .:*")
    if capitals_only and not core.isupper():
        return None
    for pattern, code in _type_lines():
        m = pattern.match(core)
        if m and (not capitals_only or m.end() == len(core)):
            return code
    return None


def _find_type_line(lines: list[Line]) -> tuple[int, str] | None:
    for i, line in enumerate(lines):
        if line.start > _HEADER_WINDOW:
            break
        code = type_of_line(line.text)
        if code:
            return i, code
    return None


@cache
def _inline_type() -> regex.Pattern[str]:
    words = [e["words"] for e in load_table("header")["type_lines"]]
    alt = "|".join(
        r"\s+".join(regex.escape(w) for w in ws.split())
        for ws in sorted(words, key=len, reverse=True)
    )
    return regex.compile(rf"năm\s+\d{{4}}\s+(?P<type>{alt})\b")


def _split_flattened(lines: list[Line]) -> list[Line]:
    """A header flattened onto one line (web-004): break it before its type word."""
    if not lines or not lines[0]:
        return lines
    first = lines[0]
    m = _inline_type().search(first.text)
    if m is None:
        return lines
    cut = m.start("type")
    head = Line(
        first.start, first.start + len(first.text[:cut].rstrip()), first.text[:cut].rstrip()
    )
    tail_text = first.text[cut:]
    type_end = cut + len(m.group("type"))
    type_line = Line(first.start + cut, first.start + type_end, m.group("type"))
    rest = tail_text[len(m.group("type")) :].lstrip()
    rest_line = Line(first.end - len(rest), first.end, rest)
    return [head, type_line, rest_line, *lines[1:]]


def _span(ctx: Context, start: int, end: int) -> Span:
    return Span.model_validate(ctx.span(start, end))


def _title(ctx: Context, lines: list[Line], after: int) -> tuple[int, int] | None:
    """The title block after the type line: up to two paragraphs before the preamble."""
    parts: list[Line] = []
    for line in lines[after + 1 :]:
        if not line:
            continue
        if _RULE.match(line.text) or is_marker(line.text) or _body_openers().match(line.text):
            break
        if _position_opener().match(line.text):
            # ``CHỦ TỊCH ỦY BAN NHÂN DÂN ...`` above a decision's preamble: the enacting authority.
            break
        if parts and line.text.isupper() != parts[-1].text.isupper():
            break
        parts.append(line)
        if len(parts) >= 2:
            break
    if not parts:
        return None
    return parts[0].start, parts[-1].end


@cache
def _level_start() -> regex.Pattern[str]:
    """A capitalised line opening with an administrative level word (``TỈNH ĐỒNG THÁP``)."""
    words = [w.upper() for w in load_table("body_names")["level_words"]]
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"^(?:{alt})(?!\p{{L}})")


@cache
def _position_opener() -> regex.Pattern[str]:
    """A capitalised line opening with a signer's position (``CHỦ TỊCH``, ``BỘ TRƯỞNG``)."""
    words = load_table("signature")["positions"]
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"^(?:{alt})(?!\p{{L}})")


def _capital_blocks(lines: list[Line], stop: int) -> list[list[tuple[int, int, str]]]:
    """Runs of capitalised header lines, cut at rules, other text, the number and the date.

    A blank line (what is left of a ``**`` or a table pipe) cuts softly: a run that opens with a
    level word (``TỈNH BẮC NINH``) after it still completes the name above it.
    """
    blocks: list[tuple[bool, list[tuple[int, int, str]]]] = [(True, [])]
    for line in lines[:stop]:
        text = line.text
        if not text:
            if blocks[-1][1]:
                blocks.append((False, []))
            continue
        if _RULE.match(text):
            blocks.append((True, []))
            continue
        # A flattened header keeps several fields on one line: cut at the number and date.
        cut = len(text)
        for pattern in (_NUMBER, _PLACE_DATE):
            m = pattern.search(text)
            if m:
                cut = min(cut, m.start())
        seg = text[:cut]
        lead = len(seg) - len(seg.lstrip(" -*"))
        seg = seg.strip(" -*")
        if len(seg) < 2 or not seg.replace(" ", "").isupper():
            blocks.append((True, []))
            continue
        blocks[-1][1].append((line.start + lead, line.start + lead + len(seg), seg))
        if cut < len(text):
            blocks.append((True, []))
    merged: list[list[tuple[int, int, str]]] = []
    for hard, items in blocks:
        if not items:
            continue
        if not hard and merged and _level_start().match(items[0][2]):
            merged[-1].extend(items)
        else:
            merged.append(list(items))
    return merged


def _without_national(block: list[tuple[int, int, str]]) -> list[list[tuple[int, int, str]]]:
    """Split a block around the national heading, which may itself run over two lines."""
    joined_parts: list[str] = []
    where: list[tuple[int, int] | None] = []  # joined char -> (line in block, offset in line)
    for i, (_, _, seg) in enumerate(block):
        if joined_parts:
            joined_parts.append(" ")
            where.append(None)
        joined_parts.append(seg)
        where.extend((i, k) for k in range(len(seg)))
    joined = "".join(joined_parts)
    cuts = [(m.start(), m.end()) for m in _national().finditer(joined)]
    ranges = []
    pos = 0
    for a, b in cuts:
        ranges.append((pos, a))
        pos = b
    ranges.append((pos, len(joined)))
    pieces: list[list[tuple[int, int, str]]] = []
    for a, b in ranges:
        by_line: dict[int, list[int]] = {}
        for k in range(a, b):
            w = where[k]
            if w is not None:
                by_line.setdefault(w[0], []).append(w[1])
        piece = []
        for i, offsets in by_line.items():
            s0, _, seg = block[i]
            part = seg[offsets[0] : offsets[-1] + 1]
            lead = len(part) - len(part.lstrip(" -*"))
            part = part.strip(" -*")
            if part:
                start = s0 + offsets[0] + lead
                piece.append((start, start + len(part), part))
        if piece:
            pieces.append(piece)
    return pieces


def _issuer(ctx: Context, lines: list[Line], stop: int) -> tuple[str, int, int] | None:
    """The issuer: the last capitalised block above the type line that names a body.

    Within a block the issuer is its last line when that line names a body itself (a superior
    body stands above: ``ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH`` / ``ĐẢNG UỶ SỞ NỘI VỤ``); otherwise the
    lines are one name wrapped over several lines (``ỦY BAN NHÂN`` / ``DÂN`` / ``TỈNH ĐỒNG THÁP``).
    """
    best: tuple[str, int, int] | None = None
    for block in _capital_blocks(lines, stop):
        for piece in _without_national(block):
            for k in range(len(piece) - 1, -1, -1):
                words = " ".join(seg for _, _, seg in piece[k:])
                if opens_body_name(words):
                    best = (ordinary_case(words), piece[k][0], piece[-1][1])
                    break
    return best


def _date(m: regex.Match[str]) -> dt.date | None:
    if not m.group("m"):
        return None
    try:
        return dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    except ValueError:
        return None


def read_header(ctx: Context) -> None:
    """Fill ``ctx.metadata`` header fields and ``ctx.body_start``."""
    md = ctx.metadata
    view = ctx.flow
    lines = _split_flattened(list(iter_lines(view, 0, min(len(view), _HEADER_WINDOW + 2000))))
    found = _find_type_line(lines)
    if found is None:
        _headline_type(ctx, lines)
        return
    idx, code = found
    type_line = lines[idx]
    md.doc_type = code  # type: ignore[assignment]
    md.spans["doc_type"] = _span(ctx, type_line.start, type_line.end)
    header_end = type_line.start
    title = _title(ctx, lines, idx)
    if title:
        md.title = " ".join(view[title[0] : title[1]].split())
        md.spans["title"] = _span(ctx, *title)
        ctx.body_start = title[1]
    else:
        ctx.body_start = type_line.end
    if header_end == 0:
        return
    head = view[:header_end]
    m = _NUMBER.search(head)
    if m:
        md.number = normalize_number(m.group("num"))
        md.spans["number"] = _span(ctx, m.start("num"), m.end("num"))
    for m in _PLACE_DATE.finditer(head):
        place = " ".join(m.group("place").split()).strip(". ")
        place = (
            regex.sub(r"^(?:.*\s)?(?=TP\b|Thành phố|Tp\b)", "", place) if "TP" in place else place
        )
        if not place or _national().search(place):
            continue
        md.place = place
        md.spans["place"] = _span(ctx, m.end("place") - len(place), m.end("place"))
        md.issued_date = _date(m)
        md.spans["issued_date"] = _span(ctx, m.start("d") - len("ngày "), m.end("y"))
        break
    issuer = _issuer(ctx, lines, idx)
    if issuer:
        md.issuer = issuer[0]
        md.spans["issuer"] = _span(ctx, issuer[1], issuer[2])


def _headline_type(ctx: Context, lines: list[Line]) -> None:
    """A copy without a type line: a news headline may still name the document's type."""
    first = next((line for line in lines if line), None)
    if first is None:
        return
    code = type_of_line(first.text, capitals_only=False)
    if code:
        ctx.metadata.doc_type = code  # type: ignore[assignment]
        word_end = first.start + len(first.text.split()[0])
        ctx.metadata.spans["doc_type"] = _span(ctx, first.start, word_end)
