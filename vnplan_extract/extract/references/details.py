"""What follows a reference's mention: date, issuer, term and the ``về ...`` subject.

``Nghị quyết số 20-NQ/TW ngày 01/11/2012 của Ban Chấp hành Trung ương Đảng Khóa XI về phát triển
...``: after the number come, in any order and each optional, a date (``ngày 24/11/2023``,
``, ngày 30/5/2019``, ``30-5-2019``, ``ngày 24 tháng 11 năm 2023``), ``của`` and the issuer (or a
plenum: ``, Hội nghị lần thứ 8 của Ban Chấp hành Trung ương Đảng``) and a term (``khóa XI``,
``(khóa X)``); then the subject, which runs to ``;``, ``(``, ``:``, a line break, the end of the
sentence, or a new reference in a list (``, Kế hoạch số ...``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache

import regex

from vnplan_extract.data import load_table
from vnplan_extract.extract.references.issuers import body_before, read_issuer
from vnplan_extract.extract.references.patterns import (
    CONFERENCE_RE,
    DATE_NUM,
    DATE_RE,
    DATE_WORDS,
    HS,
    OF_RE,
    SENTENCE_END_RE,
    SP,
    SUBJECT_START_RE,
    TERM_RE,
    type_alternation,
    words_pattern,
)
from vnplan_extract.text.anchored import compile_at

_ROMAN = [(10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
_SUBJECT_MAX = 600


@dataclass
class Details:
    end: int  # where the date/issuer/term part ends (the subject not included)
    issued_date: dt.date | None = None
    issuer: str | None = None
    term: str | None = None
    subject: str | None = None
    subject_end: int | None = None


def roman(value: str) -> str:
    """A term as a Roman numeral: ``11`` → ``XI``; a Roman numeral stays."""
    if not value.isdigit():
        return value.upper()
    n, out = int(value), ""
    for v, r in _ROMAN:
        while n >= v:
            out, n = out + r, n - v
    return out


def _date(m: regex.Match[str]) -> dt.date | None:
    d, mo, y = (m.group("d"), m.group("m"), m.group("y"))
    if d is None:
        d, mo, y = (m.group("d2"), m.group("m2"), m.group("y2"))
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def read_details(flow: str, pos: int, *, caps: bool) -> Details:
    """Date, issuer and term after a mention ending at ``pos``, then its subject."""
    out = Details(end=pos)
    for _ in range(5):
        if out.issued_date is None and (m := DATE_RE.match(flow, out.end)):
            out.issued_date, out.end = _date(m), m.end()
            continue
        if out.issuer is None and (got := _issuer(flow, out.end, caps=caps)):
            out.end, out.issuer = got
            continue
        if out.issuer is None and out.issued_date is not None and not caps:
            # ``ngày 19/3/2012 Đảng ủy Khối ...``: a body right after the date, without ``của``.
            got = read_issuer(flow, _skip_space(flow, out.end), caps=False)
            if got and _skip_space(flow, out.end) > out.end:
                out.end, out.issuer = got
                continue
        if out.term is None and (m := TERM_RE.match(flow, out.end)):
            out.term, out.end = roman(m.group("term")), m.end()
            continue
        break
    _read_subject(flow, out)
    return out


# ``Ngày 05-1-2011, Bộ Chính trị ban hành Chỉ thị số 50-CT/TW``; ``quan điểm chỉ đạo của Bộ Chính
# trị tại Kết luận số 132-KL/TW``: the issuer (and date) written before the mention.
_ISSUED_BEFORE = regex.compile(rf"{SP}(?:đã{SP})?(?:ký{SP})?ban{SP}hành{SP}$")
_OF_BEFORE = regex.compile(rf"(?i:của){SP}(?P<rest>.*?){SP}(?:tại|trong){SP}$")
_DATE_BEFORE = regex.compile(rf"(?i:ngày){HS}(?P<date>{DATE_NUM}|{DATE_WORDS}){HS},?{SP}$")
_BETWEEN_RE = compile_at(rf"{HS},?{SP}giữa{SP}")
_LIST_SEP_RE = compile_at(rf"{HS},{SP}|{SP}và{SP}")
_CLAUSE_BREAK = regex.compile(r"[;.:!?\n(]")
_BEFORE_REACH = 160


def read_before(flow: str, start: int) -> tuple[dt.date | None, str | None]:
    """The date and issuer written in front of a mention starting at ``start``, if any."""
    lo = max(0, start - _BEFORE_REACH)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(flow, lo, start)]
    lo = breaks[-1] if breaks else lo
    before = flow[lo:start]
    m = _ISSUED_BEFORE.search(before)
    if m:
        got = body_before(flow, lo + m.start(), lo=lo)
        if got:
            d = _DATE_BEFORE.search(flow[lo : got[0]])
            return (_date(d) if d else None), got[1]
    m = _OF_BEFORE.search(before)
    got = read_issuer(flow, lo + m.start("rest"), caps=False) if m else None
    if m and got and got[0] == lo + m.end("rest"):
        return None, got[1]
    return None, None


def _skip_space(flow: str, pos: int) -> int:
    while pos < len(flow) and flow[pos] in " \t":
        pos += 1
    return pos


def _bodies_between(flow: str, pos: int) -> tuple[int, str] | None:
    """``giữa Bộ Công an, Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao``."""
    m = _BETWEEN_RE.match(flow, pos)
    if not m:
        return None
    names: list[str] = []
    end = m.end()
    while got := read_issuer(flow, end, caps=False):
        names.append(got[1])
        sep = _LIST_SEP_RE.match(flow, got[0])
        if not sep:
            end = got[0]
            break
        end = sep.end()
    return (end, ", ".join(names)) if len(names) > 1 else None


def _issuer(flow: str, pos: int, *, caps: bool) -> tuple[int, str] | None:
    if not caps and (between := _bodies_between(flow, pos)):
        return between
    for pattern in (OF_RE, CONFERENCE_RE):
        m = pattern.match(flow, pos)
        if m:
            got = read_issuer(flow, m.end(), caps=caps)
            if got:
                return got
    return None


@cache
def _subject_stop() -> regex.Pattern[str]:
    types = type_alternation()
    stops = words_pattern(load_table("reference_forms")["subject_stops"])
    return regex.compile(
        rf"[;(:]|\n(?![^\S\n]*(?:\p{{Ll}}|[IVXLC]+[^\S\n]+\p{{Ll}}))|(?:,|{SP}và){SP}(?=(?i:{types}){SP}(?:(?i:số)\s*:?\s*)?\d)|{SP}(?:{stops})"
    )


def _read_subject(flow: str, out: Details) -> None:
    m = SUBJECT_START_RE.match(flow, out.end)
    if not m:
        return
    start = m.start("s")
    limit = min(len(flow), start + _SUBJECT_MAX)
    after = flow[m.end() : m.end() + 3].lstrip()
    if after.startswith(("“", '"')):
        # A quoted subject ends with its closing quote, whatever it holds.
        close = flow.find("”" if after[0] == "“" else '"', flow.index(after[0], m.end()) + 1)
        end = close + 1 if 0 < close < limit else limit
    else:
        end = limit
        stop = _subject_stop().search(flow, start, limit)
        if stop:
            end = stop.start()
        sentence = SENTENCE_END_RE.search(flow, start, end)
        if sentence:
            end = sentence.start()
    text = " ".join(flow[start:end].split()).rstrip(" ,.")
    if len(text) > 3:
        out.subject = text
        out.subject_end = start + len(flow[start:end].rstrip(" ,."))
