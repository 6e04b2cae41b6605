"""The issuer of a referenced document, read after ``của`` and written as a canonical name.

``data/reference_issuers.json`` holds the words: a body name opens with a head (``Ban``, ``Bộ``,
``Ủy ban nhân dân``) and runs on through capitalised words and a few lower-case name words
(``nhân dân``, ``chỉ đạo``, level words); it stops at ``về``, a term, a date, punctuation, or a
lower-case verb (``ban hành``, ``phê duyệt``). A line in capitals (a title) gives no such clue, so
there only the known names are read.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from vnplan_extract.data import load_table
from vnplan_extract.extract.references.patterns import SP, type_alternation, words_pattern
from vnplan_extract.text.anchored import compile_at
from vnplan_extract.text.normalize import fold

_NL = r"(?![\p{L}\p{M}\d])"
_ABOUT = compile_at(rf"{SP}về{_NL}")
_TRAILING_CONNECTIVE = regex.compile(r"\s+(?:và|các cơ quan)$")


@dataclass(frozen=True)
class _Tables:
    head: regex.Pattern[str]
    cont: regex.Pattern[str]
    known: regex.Pattern[str]
    canonical: dict[str, str]
    abbreviations: dict[str, str]
    positions: list[str]
    phrases: list[tuple[regex.Pattern[str], str]]
    levels: regex.Pattern[str]
    topic_body: regex.Pattern[str]
    topic_stop: regex.Pattern[str]


@cache
def _tables() -> _Tables:
    t: dict[str, Any] = load_table("reference_issuers")
    abbreviations: dict[str, str] = load_table("abbreviations")["abbreviations"]
    heads = t["heads"] + list(abbreviations)
    head = regex.compile(rf"(?=\p{{Lu}})(?i:{words_pattern(heads)}){_NL}")
    # A continuation: a capitalised word (not a type word, not ``Khóa``, not a Roman term), an
    # abbreviation, or one of the lower-case name words.
    stop_caps = rf"(?:{type_alternation()}|Khóa|Hội{SP}nghị|Kỳ|Phiên|Về|Ngày)"
    syllable = (
        rf"(?!(?:{words_pattern(t['not_name_syllables'])}){_NL})\p{{Ll}}[\p{{L}}\p{{M}}]*{_NL}"
    )
    known_parts = words_pattern(t["phrases"] + heads)
    cont = regex.compile(
        rf"{SP}(?:(?=\p{{Lu}})(?i:{known_parts}){_NL}|(?!{stop_caps}{_NL})(?![IVXLC]+{_NL})\p{{Lu}}[\p{{L}}\p{{M}}]*{_NL}"
        rf"(?:[^\S\n]+{syllable})?"
        rf"|(?:{words_pattern(t['continuations'])}){_NL})"
    )
    canonical = {fold(v): name for name, variants in t["canonical"].items() for v in variants}
    variants = [v for vs in t["canonical"].values() for v in vs]
    known = regex.compile(rf"(?i:{words_pattern(variants)}){_NL}")
    phrases = [
        (regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?i:{words_pattern([p])}){_NL}"), p)
        for p in sorted(t["phrases"], key=len, reverse=True)
    ]
    levels = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}])(?i:{words_pattern(t['level_words'])})(?!{SP}ủy){_NL}"
    )
    topic_body = regex.compile(rf"(?i:{words_pattern(t['topic_bodies'])})(?:{SP}\S+){{0,3}}$")
    topic_stop = regex.compile(
        rf"{SP}(?i:{words_pattern(t['topic_stops'])}){_NL}|[;(:.\n]|{SP}\p{{Lu}}\p{{Ll}}*{SP}(?i:số)"
    )
    return _Tables(
        head,
        cont,
        known,
        canonical,
        abbreviations,
        t["positions"],
        phrases,
        levels,
        topic_body,
        topic_stop,
    )


@cache
def _position_prefixes() -> list[regex.Pattern[str]]:
    return [
        regex.compile(rf"^{regex.escape(pos)}\s+", regex.IGNORECASE) for pos in _tables().positions
    ]


def read_issuer(flow: str, pos: int, *, caps: bool) -> tuple[int, str] | None:
    """The body name starting at ``pos``: its end and its canonical name, or None."""
    t = _tables()
    if caps:
        m = t.known.match(flow, pos)
        return (m.end(), canonical_issuer(m.group(0))) if m else None
    m = t.head.match(flow, pos)
    if not m:
        return None
    end = m.end()
    while c := t.cont.match(flow, end):
        end = c.end()
    raw = flow[pos:end]
    # A trailing connective belongs to what follows (``Bộ Chính trị và các chỉ thị``).
    trimmed = _TRAILING_CONNECTIVE.sub("", raw)
    end = pos + len(trimmed)
    if t.topic_body.search(trimmed) and (m := _ABOUT.match(flow, end)):
        # ``Ban Chỉ đạo về phát triển ... chuyển đổi số tỉnh``: the field is part of the name.
        stop = t.topic_stop.search(flow, m.end(), m.end() + 200)
        if stop:
            end = stop.start()
            trimmed = flow[pos:end].rstrip(" ,")
            end = pos + len(trimmed)
    return end, canonical_issuer(trimmed)


def body_before(flow: str, end: int, *, lo: int) -> tuple[int, str] | None:
    """The body name that ends exactly at ``end`` (a sentence's subject before its verb), looked
    for between ``lo`` and ``end``: its start and canonical name."""
    for start in range(lo, end):
        if start > lo and flow[start - 1] not in " \t\n":
            continue
        got = read_issuer(flow, start, caps=False)
        if got and got[0] == end:
            return start, got[1]
    return None


def canonical_issuer(raw: str) -> str:
    """``Ban Bí thư Trung ương Đảng`` → ``Ban Bí thư``; ``UBND Tỉnh`` → ``Ủy ban nhân dân tỉnh``."""
    t = _tables()
    words = []
    for w in raw.split():
        words.append(t.abbreviations.get(w, w))
    name = " ".join(words)
    # ``Bộ trưởng Bộ Xây dựng`` issues for ``Bộ Xây dựng``; a lone position stays.
    for position in _position_prefixes():
        rest = position.sub("", name)
        if rest != name and t.head.match(rest):
            name = rest
    key = fold(name)
    if key in t.canonical:
        return t.canonical[key]
    for pattern, spelling in t.phrases:
        name = pattern.sub(spelling, name)
    name = t.levels.sub(lambda m: m.group(0).lower(), name)
    return t.canonical.get(fold(name)) or _repaired(name) or name[:1].upper() + name[1:]


def _repaired(name: str) -> str | None:
    """``Đảng ủy Khối quan tỉnh`` (a text layer that lost ``các cơ``) is ``Đảng ủy Khối các cơ quan
    tỉnh``: the one known name holding these words in order, same first two and last words."""
    words = fold(name).split()
    if len(words) < 4:
        return None
    hits = set()
    for key, canonical in _tables().canonical.items():
        known = key.split()
        if len(known) <= len(words) or known[:2] != words[:2] or known[-1] != words[-1]:
            continue
        it = iter(known)
        if all(w in it for w in words):
            hits.add(canonical)
    return hits.pop() if len(hits) == 1 else None
