"""Unnumbered references, identified by their name.

* A plenum's resolution: ``Nghị quyết Trung ương 7 khóa X``, ``Nghị quyết Trung ương 7 (khóa X)``
  (one name: ``Nghị quyết Trung ương 7 khóa X``), ``Nghị quyết Hội nghị Trung ương 6 khóa XI``.
* A congress's documents: ``Văn kiện Đại hội toàn quốc lần thứ XIII của Đảng``, ``Nghị quyết Đại
  hội đại biểu Đảng bộ tỉnh lần thứ XX``.
* A law by its name: ``Luật Phòng, chống ma túy``.
* A named strategy, project or programme: the head word (``Chiến lược``, ``Đề án``, ``Chương trình
  mục tiêu quốc gia``) and the name up to its last year (``... đến năm 2020 và tầm nhìn đến năm
  2030``), within its clause; a name without a year counts when it is a whole clause of a list or
  when an alias clause follows it.
* Fixed names (``Điều lệ Đảng``).
"""

from __future__ import annotations

from functools import cache
from typing import Any, cast

import regex

from vnplan_extract.data import load_table
from vnplan_extract.extract.references.details import read_details, roman
from vnplan_extract.extract.references.found import Found
from vnplan_extract.extract.references.issuers import read_issuer
from vnplan_extract.extract.references.numbered import type_of_word
from vnplan_extract.extract.references.patterns import HS, SP, type_start_re, words_pattern
from vnplan_extract.models import DocType
from vnplan_extract.text.anchored import compile_at

_NL = r"(?![\p{L}\p{M}\d])"
_NB = r"(?<![\p{L}\p{M}\d])"
_YEAR = regex.compile(
    r"(?<!\d)(?:19|20)\d{2}(?:[^\S\n]*[-–][^\S\n]*(?:19|20)\d{2})?(?!\d)(?![/.]\d)"
)
_YEAR_WORD = regex.compile(r"(?i:năm)[^\S\n]+$")
_CLAUSE_END = regex.compile(r"[;(:\n“”\"!?]|\.(?=\s|$)")
# A list item's start: a name without a year is a reference only as a whole item of a list.
_ITEM_START = regex.compile(r"(?:[;:]|^|\n)[^\S\n]*(?:[-+•][^\S\n]+)?$")
# What may follow the body of ``Chiến lược ... của Bộ Xây dựng giai đoạn 2025-2030`` when the
# body is the name's issuer (not ``... của Liên hiệp các Hội ...``, a body the project is about).
_AFTER_BODY = compile_at(rf"{SP}(?:giai{SP}đoạn|thời{SP}kỳ|đến|tầm{SP}nhìn|năm|\d)")
_NAME_WORDS_MAX = 35
_TERM_IN_BRACKETS = regex.compile(r"\(\s*([Kk]hóa\s+[IVXLC\d]+)\s*\)")
_OF = regex.compile(rf"{SP}của{SP}")
_LIST_NAME_WORDS_MAX = 25


@cache
def _forms() -> dict[str, Any]:
    table: dict[str, Any] = load_table("reference_forms")
    return table


@cache
def _party_res() -> list[tuple[regex.Pattern[str], bool]]:
    forms = _forms()
    patterns = [(p, False) for p in forms["central_conference"] + forms["congress"]]
    patterns += [(forms["law_name"], False), (forms["law_name_lower"], True)]
    return [(regex.compile(_NB + p.replace(r"\s+", SP)), known) for p, known in patterns]


@cache
def _heads() -> list[tuple[regex.Pattern[str], DocType, dict[str, Any]]]:
    out = []
    for h in sorted(_forms()["named_heads"], key=lambda h: len(h["head"]), reverse=True):
        if h["generic"]:
            # An ordinary word too: only in ordinary case, before a lower-case name word.
            pattern = _NB + words_pattern([h["head"]]) + rf"{_NL}(?={SP}\p{{Ll}})"
        else:
            # In ordinary case or in capitals, never in lower case (``xây dựng chiến lược ...``
            # is a strategy still to be written).
            pattern = _NB + rf"(?=\p{{Lu}})(?i:{words_pattern([h['head']])}){_NL}(?={SP}\p{{L}})"
        out.append((regex.compile(pattern), cast(DocType, h["doc_type"]), h))
    return out


@cache
def _name_stop() -> regex.Pattern[str]:
    return regex.compile(rf"{SP}(?:{words_pattern(_forms()['name_stops'])}){_NL}")


@cache
def _to_be_written() -> regex.Pattern[str]:
    verbs = words_pattern(_forms()["to_be_written"])
    return regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{verbs}){HS}:?{SP}(?:các{SP})?$")


@cache
def _next_head() -> regex.Pattern[str]:
    # ``..., Quy hoạch tổng thể ...``: a list of names is several references.
    heads = words_pattern([h["head"] for h in _forms()["named_heads"]])
    return regex.compile(rf"[^\S\n]*(?:,|{SP}và){SP}(?={heads}{_NL})")


@cache
def _alias_after() -> regex.Pattern[str]:
    return regex.compile(rf"[^\S\n]*\(?[^\S\n]*(?i:{words_pattern(_forms()['alias_clauses'])})")


@cache
def _fixed() -> list[tuple[regex.Pattern[str], str, DocType]]:
    return [
        (regex.compile(_NB + words_pattern([f["name"]]) + _NL), f["name"], f["doc_type"])
        for f in _forms()["fixed_names"]
    ]


def name_of(text: str) -> str:
    """The name as written, whitespace collapsed, a parenthesised term unwrapped."""
    name = " ".join(text.split())
    return _TERM_IN_BRACKETS.sub(r"\1", name)


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _party(flow: str) -> list[Found]:
    out: list[Found] = []
    for pattern, known_only in _party_res():
        for m in pattern.finditer(flow):
            type_word = m.group("type")
            term = m.groupdict().get("term")
            found = Found(
                start=m.start(),
                end=m.end(),
                kind="named",
                doc_type="other"
                if type_word.startswith("Văn")
                else type_of_word(type_word) or "other",
                name=name_of(m.group(0)),
                term=roman(term) if term else None,
                known_only=known_only,
            )
            details = read_details(flow, m.end(), caps=False)
            found.issued_date, found.issuer = details.issued_date, details.issuer
            found.term = found.term or details.term
            found.subject = details.subject
            found.tail_end = details.subject_end or details.end
            out.append(found)
    return out


def _named(flow: str) -> list[Found]:
    out: list[Found] = []
    taken: list[tuple[int, int]] = []
    for pattern, doc_type, head in _heads():
        for m in pattern.finditer(flow):
            if any(a <= m.start() < b for a, b in taken):
                continue
            end = _name_end(flow, m.start(), m.end(), caps=_is_caps(m.group(0)), head=head)
            if end is None:
                continue
            if head["requires"] and head["requires"] not in " ".join(flow[m.start() : end].split()):
                continue
            if _to_be_written().search(flow, max(0, m.start() - 40), m.start()):
                continue
            taken.append((m.start(), end))
            name = name_of(flow[m.start() : end])
            found = Found(m.start(), end, "named", doc_type, name=name)
            # ``Chiến lược chuyển đổi số của Bộ Xây dựng giai đoạn 2025-2030``: its issuer.
            of = _OF.search(flow[m.start() : end])
            got = read_issuer(flow, m.start() + of.end(), caps=False) if of else None
            if got and (_AFTER_BODY.match(flow, got[0]) or got[0] == end):
                found.issuer = got[1]
            out.append(found)
    for pattern, name, fixed_type in _fixed():
        for m in pattern.finditer(flow):
            out.append(Found(m.start(), m.end(), "named", fixed_type, name=name))
    return out


def _name_end(flow: str, start: int, pos: int, *, caps: bool, head: dict[str, Any]) -> int | None:
    """Where the name opened at ``start`` (head ending at ``pos``) ends, or None if none."""
    clause = _CLAUSE_END.search(flow, pos)
    limit = clause.start() if clause else len(flow)
    stops = [type_start_re(), _next_head()] + ([] if caps else [_name_stop()])
    for stop_re in stops:
        stop = stop_re.search(flow, pos, limit)
        if stop:
            limit = stop.start()
    words = flow[pos:limit].split()
    if len(words) > _NAME_WORDS_MAX:
        limit = pos + len(" ".join(flow[pos:limit].split(maxsplit=_NAME_WORDS_MAX)[:-1]))
    years = list(_YEAR.finditer(flow, pos, limit))
    if head["generic"]:
        # A generic head needs a plain time phrase (``đến năm 2030``, ``2021-2030``).
        years = [
            y
            for y in years
            if "-" in y.group(0)
            or "–" in y.group(0)
            or _YEAR_WORD.search(flow, max(0, y.start() - 6), y.start())
        ]
    if years:
        return years[-1].end()
    rest = flow[pos:limit].rstrip(" ,")
    if not rest.strip() or caps:
        return None
    # No year: a name when an alias clause follows it, or when it is a whole list item.
    if _alias_after().match(flow, pos + len(rest)) and len(rest.split()) <= 20:
        return pos + len(rest)
    whole_clause = clause is not None and limit == clause.start() and flow[limit] in ".;"
    item = _ITEM_START.search(flow, max(0, start - 40), start) is not None
    if head["list_item"] and whole_clause and item and len(rest.split()) <= _LIST_NAME_WORDS_MAX:
        return pos + len(rest)
    return None


@cache
def _cut_re() -> regex.Pattern[str]:
    return regex.compile(rf"{SP}(?:{words_pattern(_forms()['short_name_cuts'])}){_NL}")


def short_names(flow: str, named: list[Found]) -> list[Found]:
    """Later mentions of a named document by the start of its name: ``Quy hoạch tỉnh Hậu Giang``
    for ``Quy hoạch tỉnh Hậu Giang thời kỳ 2021 - 2030, tầm nhìn đến năm 2050``."""
    out: list[Found] = []
    done: set[str] = set()
    for f in named:
        if not f.name or f.kind != "named" or f.known_only:
            continue
        cut = _cut_re().search(f.name)
        short = f.name[: cut.start()] if cut else None
        if not short or len(short.split()) < 3 or short in done:
            continue
        done.add(short)
        pattern = regex.compile(_NB + SP.join(regex.escape(w) for w in short.split()) + _NL)
        for m in pattern.finditer(flow, f.end):
            out.append(Found(m.start(), m.end(), "alias", f.doc_type, target=f))
    return out


def find_named(flow: str) -> list[Found]:
    return _party(flow) + _named(flow)
