"""The regular expressions of reference finding, built once from the data tables.

Everything runs on ``ctx.flow``: layout breaks are spaces there, but a structural break (a new
list item, a heading) is still a newline, and a reference never runs across two of them. Inside a
reference the words may still be split by one break that the flow view kept (a page break before a
capital letter), so the separator ``SP`` allows a single newline.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from vnplan_extract.data import load_table
from vnplan_extract.text.anchored import Anchored, Word, compile_at

# One or more spaces, at most one (or one blank-line) break: words of one reference.
SP = r"(?:[^\S\n]+(?:\n\n?[^\S\n]*)?|\n\n?[^\S\n]*)"
# Optional spaces on one line.
HS = r"[^\S\n]*"
_NOT_LETTER = r"(?![\p{L}\p{M}\d])"
_NOT_AFTER_LETTER = r"(?<![\p{L}\p{M}\d])"

# A symbol part: ``QĐ``, ``CTr``, ``UBTVQH12``, ``QLN&CS``, ``TTg``; an OCR ``TƯ`` is one too.
SYM = r"\p{Lu}[\p{L}\p{M}\d&]*"
_DASH = r"[-‐‑‒–—−]"
# Party form ``52-KL/TW``, ``12 – HD/HU``, ``10- CTr/TU``, ``1018-NQ/UBTVQH12``, and without its
# hyphen ``08 HD/ĐU`` (the slash after the code makes it safe).
PARTY_NUMBER = (
    rf"\d{{1,5}}[a-z]?(?:{HS}{_DASH}{HS}|[^\S\n]+){SYM}{HS}/{HS}{SYM}(?:{HS}{_DASH}{HS}{SYM})*"
)
# State form ``71/NQ-CP``, ``163/2024/QH15``, ``3210/QĐ - UBND``, ``22/2013/QĐ-TTg``.
STATE_NUMBER = rf"\d{{1,5}}(?:{HS}/{HS}\d{{4}})?{HS}/{HS}{SYM}(?:{HS}{_DASH}{HS}{SYM})*"
# A short form (``Nghị quyết số 20``): digits not followed by a symbol.
SHORT_NUMBER = rf"\d{{1,5}}(?![\d/])(?!{HS}{_DASH}{HS}\p{{Lu}})(?![.,]\d)"


def words_pattern(words: list[str]) -> str:
    """An alternation of phrases, longest first, any spacing between their words."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(SP.join(regex.escape(w) for w in phrase.split()) for phrase in ordered)


def first_words(phrases: list[str], *, ignore_case: bool, word_start: bool) -> tuple[Word, ...]:
    """Anchors for an alternation built by :func:`words_pattern`: its first words, each found
    with a fast string search (``text/anchored.py``); a match of the alternation starts with one.
    ``word_start``: the pattern refuses a letter before the alternation."""
    firsts = sorted({p.split()[0] for p in phrases})
    return tuple(Word(w, ignore_case=ignore_case, word_start=word_start) for w in firsts)


@dataclass(frozen=True)
class TypeWord:
    code: str
    words: list[str]
    party_symbols: list[str]
    state_symbols: list[str]


@cache
def type_words() -> list[TypeWord]:
    return [
        TypeWord(t["code"], t["words"], t["party_symbols"], t["state_symbols"])
        for t in load_table("doc_types")["types"]
    ]


@cache
def type_alternation() -> str:
    return words_pattern([w for t in type_words() for w in t.words])


@cache
def type_anchors() -> tuple[Word, ...]:
    """Where a type word (``(?i:{type_alternation()})``) can start, in a pattern that refuses a
    letter before it."""
    return first_words(
        [w for t in type_words() for w in t.words], ignore_case=True, word_start=True
    )


@cache
def numbered_finder() -> Anchored:
    """``numbered_re()``, run only where a type word can start."""
    return Anchored(numbered_re(), type_anchors())


@cache
def numbered_re() -> regex.Pattern[str]:
    """A type word, optional qualifier words and ``số``, then a number and symbol.

    ``Kết luận liên ngành tư pháp Trung ương số 23/KL-LNTPTW`` has words between the type word and
    ``số``; they may not contain another type word (``Kế hoạch thực hiện Nghị quyết số 45`` is a
    reference to the resolution, not a numbered plan).
    """
    types = type_alternation()
    word = rf"(?!(?i:{types}|của|và|này|số){_NOT_LETTER})[\p{{L}}\p{{M}}]+"
    so = rf"(?i:số){HS}:?"
    return regex.compile(
        rf"{_NOT_AFTER_LETTER}(?P<type>(?i:{types}))"
        rf"(?:(?P<qual>(?:{SP}{word}){{0,6}}?){SP}(?P<so>{so}){HS}\n?{HS}|{SP})"
        rf"(?P<num>{PARTY_NUMBER}|{STATE_NUMBER}|{SHORT_NUMBER})"
    )


@cache
def type_start_re() -> regex.Pattern[str]:
    """A type word followed by a number (with or without ``số``): where a new reference starts."""
    return regex.compile(
        rf"{_NOT_AFTER_LETTER}(?i:{type_alternation()}){SP}(?:(?i:số){HS}:?{HS})?\d"
    )


DATE_NUM = rf"(?P<d>\d{{1,2}}){HS}[/.\-]{HS}(?P<m>\d{{1,2}}){HS}[/.\-]{HS}(?P<y>\d{{4}})"
DATE_WORDS = r"(?P<d2>\d{1,2})\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s+(?i:năm)\s+(?P<y2>\d{4})"
# The patterns below are matched at the end of a mention, never searched with (``compile_at``).
DATE_RE = compile_at(
    rf"{HS},?\s{{0,3}}(?:(?i:ngày){HS}\n?{HS})?(?P<date>{DATE_NUM}|{DATE_WORDS}){_NOT_LETTER}"
)
TERM_RE = compile_at(
    rf"{HS},?{HS}(?P<open>\()?{HS}(?i:khóa){SP}(?P<term>[IVXLC]{{1,6}}|\d{{1,2}}){_NOT_LETTER}"
    rf"(?(open){HS}\))"
)
OF_RE = compile_at(rf"{HS},?{SP}?(?i:của){SP}")
# ``Nghị quyết 36-NQ/TW ngày 22/10/2018, Hội nghị lần thứ 8 của Ban Chấp hành Trung ương Đảng``
CONFERENCE_RE = compile_at(
    rf"{HS},?{SP}(?i:Hội{SP}nghị)(?:{SP}(?i:lần{SP}thứ){SP}[\p{{L}}\d]+)?(?:{SP}(?i:của))?{SP}"
)
SUBJECT_START_RE = compile_at(rf"{HS},?{SP}?(?P<s>(?i:về){_NOT_LETTER})")
SENTENCE_END_RE = regex.compile(r"[.!?…](?=\s|$)")
