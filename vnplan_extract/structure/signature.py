"""Signature (authority, position, name) and recipients (``Nơi nhận:``).

Both sit after the body; their position fixes where the body ends (``ctx.body_end``) and where the
attachments begin (``ctx.signature_end``).
"""

from __future__ import annotations

from dataclasses import dataclass
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
_NOTE_ONLY = regex.compile(r"^\((?P<note>[^()]{1,30})\)[,;.]*$")
_ARCHIVE = regex.compile(r"^Lưu\b\s*:?\s*", regex.IGNORECASE)
# How far after the recipients a signature may stand (a blank page's worth of lines).
_SIGNATURE_WINDOW = 600


@cache
def _note() -> regex.Pattern[str]:
    """A purpose in parentheses at the end of a recipient: ``(báo cáo)``, ``(b/c)``."""
    words = load_table("signature")["recipient_notes"]
    alt = "|".join(
        regex.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return regex.compile(rf"\s*\((?P<note>{alt})\)\s*[,;.]*$", regex.IGNORECASE)


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
    m = _note().search(trimmed)
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


@dataclass
class _Part:
    kind: str  # "auth", "position" or "name"
    text: str
    start: int
    end: int
    auth: str = ""


def _line_parts(line: Line) -> list[_Part]:
    """The signature parts on one line; a flattened copy may hold all three
    (``KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Hữu Tín``)."""
    text = line.text
    parts: list[_Part] = []
    m = _authority().match(text)
    pos = 0
    if m and text[: m.end("auth")].isupper():
        parts.append(_Part("auth", "", line.start, line.start + m.end("auth"), m.group("auth")))
        pos = m.end("auth")
    rest = text[pos:]
    # A position inside the rest; what stands before it is the authority's body.
    found = None
    for pm in _position_inline().finditer(rest):
        tail = rest[pm.end() :].strip()
        if not tail or is_name_line(tail):
            found = pm
    if (
        found is not None
        and parts
        and not rest[: found.start()].strip()
        and not rest[found.end() :].strip()
    ):
        # ``KT. CHỦ TỊCH`` alone: the position word is the authority's body.
        parts[0].text = found.group(0)
        parts[0].end = line.start + pos + found.end()
        return parts
    if found is not None:
        body = rest[: found.start()].strip()
        if parts and body:
            parts[0].text = body
            parts[0].end = line.start + pos + len(rest[: found.start()].rstrip())
        elif body:
            return []
        parts.append(
            _Part(
                "position",
                found.group(0),
                line.start + pos + found.start(),
                line.start + pos + found.end(),
            )
        )
        rest_start = pos + found.end()
    elif parts:
        body = rest.strip()
        if body and _upper(body):
            parts[0].text = body
            parts[0].end = line.end
            return parts
        rest_start = pos
    else:
        rest_start = 0
    tail = text[rest_start:]
    if tail.strip() and is_name_line(tail.strip()):
        lead = len(tail) - len(tail.lstrip())
        t = tail.strip()
        parts.append(
            _Part(
                "name", t, line.start + rest_start + lead, line.start + rest_start + lead + len(t)
            )
        )
    return parts


def _find_signer(ctx: Context, start: int, recipients_end: int) -> tuple[int, int] | None:
    """Authority, position and name in the signature block; their extent in the text."""
    view = ctx.flow
    stop = min(len(view), max(recipients_end, start) + _SIGNATURE_WINDOW + 600)
    parts: list[_Part] = []
    for line in iter_lines(view, start, stop):
        if not line:
            continue
        if line.start < recipients_end and not _authority().match(line.text):
            continue
        got = _line_parts(line)
        if got and (got[0].kind != "name" or any(p.kind != "name" for p in parts)):
            parts.extend(got)
        elif got and line.start >= recipients_end and not parts:
            parts.extend(got)  # a copy with a bare name after the recipients (seed 001)
        if parts and parts[-1].kind == "name":
            break
    if not parts:
        return None
    md = ctx.metadata
    auth = next((p for p in parts if p.kind == "auth"), None)
    if auth is not None:
        md.signer.authority = f"{auth.auth} {ordinary_case(auth.text)}".strip()
    positions = [p for p in parts if p.kind == "position"]
    if positions:
        md.signer.position = ordinary_case(positions[-1].text)
    names = [p for p in parts if p.kind == "name"]
    if names:
        md.signer.name = names[0].text
    begin, end = parts[0].start, parts[-1].end
    md.spans["signer"] = Span.model_validate(ctx.span(begin, end))
    return begin, end


@cache
def _position_inline() -> regex.Pattern[str]:
    words = load_table("signature")["positions"]
    alt = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?<![\p{{L}}])(?:{alt})(?![\p{{L}}])")


def _upper(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isupper() for ch in letters) / len(letters) > 0.8
