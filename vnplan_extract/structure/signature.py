"""Signature (authority, position, name) and recipients (``Nơi nhận:``).

Both sit after the body; their position fixes where the body ends (``ctx.body_end``) and where the
attachments begin (``ctx.signature_end``).
"""

from __future__ import annotations

from functools import cache

import regex

from vnplan_extract.context import Context
from vnplan_extract.data import load_table
from vnplan_extract.models import Recipient, Span
from vnplan_extract.structure.names import ordinary_case
from vnplan_extract.text.flow import is_name_line
from vnplan_extract.text.lines import Line, iter_lines

_RECIPIENTS = regex.compile(r"(?m)^[ \t]*Nơi[ \t]+nhận[ \t]*:?")
_ITEM_SPLIT = regex.compile(r"(?:^[-+•]|(?<=[;,.])\s*-)\s+")
_NOTE = regex.compile(
    r"\s*\((?P<note>(?:để\s+)?(?:báo\s+cáo|b/c|thực\s+hiện|t/h|biết|phối\s+hợp|chỉ\s+đạo))\)\s*[,;.]*$",
    regex.IGNORECASE,
)
_NOTE_ONLY = regex.compile(r"^\((?P<note>[^()]{1,30})\)[,;.]*$")
_ARCHIVE = regex.compile(r"^Lưu\b\s*:?\s*", regex.IGNORECASE)
# How far after the recipients a signature may stand (a blank page's worth of lines).
_SIGNATURE_WINDOW = 600


@cache
def _authority() -> regex.Pattern[str]:
    words = load_table("signature")["authorities"]
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"^(?P<auth>{alt})\s*(?P<rest>\S.*)?$")


@cache
def _position() -> regex.Pattern[str]:
    words = load_table("signature")["positions"]
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"^(?:{alt})$")


def _span(ctx: Context, a: int, b: int) -> dict[str, int | str]:
    return ctx.span(a, b)


def _recipient(ctx: Context, a: int, b: int, note: str | None = None) -> Recipient | None:
    text = ctx.flow[a:b]
    trimmed = text.rstrip(" ,;.")
    b = a + len(trimmed)
    m = _NOTE.search(trimmed)
    name = trimmed
    if m:
        note = " ".join(m.group("note").split())
        name = trimmed[: m.start()]
    archive = False
    am = _ARCHIVE.match(name)
    if am:
        archive = True
        name = name[am.end() :]
    name = " ".join(name.split()).strip(" ,;.")
    if not name:
        return None
    return Recipient(name=name, note=note, archive=archive, **_span(ctx, a, b))


def _read_recipients(ctx: Context, start: int) -> tuple[list[Recipient], int]:
    """Recipients after ``Nơi nhận:`` at ``start``; also where the list ends."""
    view = ctx.flow
    header = _RECIPIENTS.match(view, start)
    assert header is not None
    out: list[Recipient] = []
    end = header.end()
    first = True
    for line in iter_lines(view, header.end()):
        text = line.text
        if first and text:
            first = False
            # ``Nơi nhận: - Như Điều 3; - ...`` may be flattened onto one line; no dash, no list.
            if not text.startswith("-") and "-" not in text:
                break
        if not text:
            continue
        if text.startswith(("-", "+", "•")):
            for part in _split_items(line):
                r = _recipient(ctx, *part)
                if r:
                    out.append(r)
            end = line.end
            continue
        nm = _NOTE_ONLY.match(text)
        if nm and out:
            out[-1].note = nm.group("note").strip()
            end = line.end
            continue
        break
    return out, end


def _split_items(line: Line) -> list[tuple[int, int]]:
    parts: list[tuple[int, int]] = []
    marks = list(_ITEM_SPLIT.finditer(line.text))
    for i, m in enumerate(marks):
        a = line.start + m.end()
        b = line.start + (marks[i + 1].start() if i + 1 < len(marks) else len(line.text))
        if b > a:
            parts.append((a, b))
    return parts


def read_signature(ctx: Context) -> None:
    """Fill ``signer``, ``recipients``, ``ctx.body_end`` and ``ctx.signature_end``."""
    view = ctx.flow
    md = ctx.metadata
    rec = _RECIPIENTS.search(view, ctx.body_start)
    region_start = rec.start() if rec else None
    region_end = ctx.body_start
    if rec:
        md.recipients, region_end = _read_recipients(ctx, rec.start())
    search_from = max(ctx.body_start, (region_start or len(view)) - _SIGNATURE_WINDOW)
    if rec is None:
        search_from = max(ctx.body_start, len(view) - 4000)
    sig = _find_signer(ctx, search_from, region_end)
    if sig is not None:
        sig_start, sig_end = sig
        region_start = sig_start if region_start is None else min(region_start, sig_start)
        region_end = max(region_end, sig_end)
    if region_start is not None:
        ctx.body_end = region_start
        ctx.signature_end = region_end


def _find_signer(ctx: Context, start: int, recipients_end: int) -> tuple[int, int] | None:
    view = ctx.flow
    stop = min(len(view), max(recipients_end, start) + _SIGNATURE_WINDOW + 600)
    lines = [line for line in iter_lines(view, start, stop) if line]
    md = ctx.metadata
    auth_i = next(
        (i for i, line in enumerate(lines) if _authority().match(line.text) and _upper(line.text)),
        None,
    )
    begin = auth_i
    pos_i = None
    scan_from = 0 if auth_i is None else auth_i
    for i in range(scan_from, min(len(lines), scan_from + 4)):
        m = _authority().match(lines[i].text)
        rest = (m.group("rest") or "") if m else lines[i].text
        if _position().match(rest.strip()):
            pos_i = i
            if m and auth_i is not None and i > auth_i:
                continue
    if auth_i is not None:
        m = _authority().match(lines[auth_i].text)
        assert m is not None
        rest = m.group("rest") or ""
        md.signer.authority = f"{m.group('auth')} {ordinary_case(rest)}".strip()
    if pos_i is not None:
        m = _authority().match(lines[pos_i].text)
        text = (m.group("rest") or "") if m and pos_i != auth_i else lines[pos_i].text
        if pos_i == auth_i and m:
            text = m.group("rest") or ""
        md.signer.position = ordinary_case(text)
        if begin is None:
            begin = pos_i
    # The name: the first name-like line after the position (or, with neither authority nor
    # position in the copy, right after the recipients).
    name_from = (pos_i if pos_i is not None else auth_i if auth_i is not None else -1) + 1
    if name_from == 0:
        name_from = next(
            (i for i, ln in enumerate(lines) if ln.start >= recipients_end), len(lines)
        )
    for line in lines[name_from : name_from + 4]:
        if is_name_line(line.text):
            md.signer.name = line.text
            if begin is None:
                begin = lines.index(line)
            end = line.end
            md.spans["signer"] = Span.model_validate(ctx.span(lines[begin].start, end))
            return lines[begin].start, end
    if begin is not None:
        last = pos_i if pos_i is not None else begin
        md.spans["signer"] = Span.model_validate(ctx.span(lines[begin].start, lines[last].end))
        return lines[begin].start, lines[last].end
    return None


def _upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) / len(letters) > 0.8
