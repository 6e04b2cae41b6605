"""What a time expression does in its sentence: deadline, start, period, date, duration ...

Decided from the expression's own words first (a range is a period, ``từ`` a start, ``trước`` a
deadline) and then from the clause before it:

* a completion or reporting verb (``hoàn thành``, ``xong``, ``báo cáo``, ``ban hành``) or a target
  word (``phấn đấu``, ``bảo đảm``) makes a ``trong`` or plain value a deadline; without one it is
  the period the sentence is about (``Trong năm 2022 Đảng bộ ... đã``, ``thi đua năm 2025``);
* ``đến năm 2030`` is the deadline of a target when it opens a sentence (``Đến năm 2030, 100%
  ...``), follows a target word (``phấn đấu``) or stands between commas; inside a name (``Chương
  trình ... đến năm 2030``, ``tầm nhìn đến năm 2045``) or a heading it is a period.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from vnplan_extract.extract.time.lexicon import Lexicon, Prefix
from vnplan_extract.extract.time.scan import Core

_SENTENCE_BREAK = regex.compile(r"[.;:!?\n](?!\d)")
_SET_SHAPES = {
    "set_every",
    "set_every_n",
    "set_per",
    "set_date",
    "set_bare",
    "set_word",
    "named_day",
}
# What may stand between a sentence start and the expression: a list marker or heading label.
_OPENS_SENTENCE = regex.compile(
    r"(?:[.;:!?]|(?:\A|\n)[ \t]*(?:[-+•]|\d+(?:\.\d+)*\.?|[a-zđ]\)|[IVX]+[.\-]))[ \t]*\Z"
)
_LINE_END = regex.compile(r"[ \t*]*(?:\n|\Z)")


@dataclass(frozen=True)
class Clause:
    sentence: str  # from the last sentence break (or line break) to the expression
    inner: str  # the same, from an opening parenthesis if there is one
    in_paren: bool

    @property
    def local(self) -> str:
        return self.inner if self.in_paren else self.sentence


def clause_before(flow: str, start: int, *, limit: int = 120) -> Clause:
    window = flow[max(0, start - limit) : start]
    cut = 0
    for m in _SENTENCE_BREAK.finditer(window):
        cut = m.end()
    sentence = window[cut:]
    paren = sentence.rfind("(")
    if paren >= 0 and ")" not in sentence[paren:]:
        return Clause(sentence, sentence[paren + 1 :], True)
    return Clause(sentence, sentence, False)


def _alone_on_line(flow: str, core: Core) -> bool:
    """The value fills its line: a table cell (pipes are line breaks once normalized)."""
    line_start = flow.rfind("\n", 0, core.start) + 1
    line_end = flow.find("\n", core.end)
    return (
        not flow[line_start : core.start].strip()
        and not flow[core.end : line_end if line_end >= 0 else len(flow)].strip()
    )


def _is_target(lex: Lexicon, flow: str, start: int, end: int, clause: Clause) -> bool:
    """``đến năm 2030`` as the deadline of a target rather than a name's horizon."""
    before = flow[max(0, start - 40) : start]
    after = flow[end : end + 40]
    # ``Đến năm 2030, 100% ...`` opens a sentence; a heading line ``2.1. Đến năm 2030`` does not
    # state a target by itself.
    if _OPENS_SENTENCE.search(before) and not _LINE_END.match(after):
        return True
    if lex.target_tail.search(clause.local) or lex.target_after.match(after):
        return True
    return before.rstrip().endswith(",") and flow[end : end + 2].lstrip().startswith(",")


def _has_deadline_words(lex: Lexicon, text: str) -> bool:
    tail = text[-80:]
    return bool(lex.deadline_verbs.search(tail) or lex.target_tail.search(tail))


def _targets_in(lex: Lexicon, text: str) -> bool:
    return any(lex.target_tail.search(text[: m.end()]) for m in regex.finditer(r"\s", text))


def decide_kind(
    lex: Lexicon,
    flow: str,
    core: Core,
    prefix: Prefix | None,
    span_start: int,
    *,
    period_word: bool,
    is_reference: bool,
) -> str:
    if core.shape == "continuous":
        return "continuous"
    if core.shape in _SET_SHAPES:
        return "recurring"
    if core.shape == "duration":
        after = flow[core.end : core.end + 30]
        if (prefix and prefix.limit) or lex.event_after.search(after):
            return "deadline"
        return "duration"
    if is_reference:
        return "date"
    if core.shape == "year_range" and prefix is None and _alone_on_line(flow, core):
        return "deadline"  # ``| 2025 - 2030 |``: a cell of a plan's timeline column
    if core.is_range or period_word or core.period_word:
        return "period"
    mod = prefix.mod if prefix else None
    clause = clause_before(flow, span_start)
    if mod == "ON_OR_AFTER":
        return "start"
    if mod == "BEFORE":
        return "deadline"
    if mod == "ON_OR_BEFORE":
        if (prefix and prefix.deadline) or lex.strong_deadline_verbs.search(clause.local):
            return "deadline"
        if _is_target(lex, flow, span_start, core.end, clause):
            return "deadline"
        return "period"
    if prefix is not None:  # ``trong``, ``vào``: within a value
        if clause.in_paren or _has_deadline_words(lex, clause.local):
            return "deadline"
        if _targets_in(lex, clause.sentence):
            return "deadline"
        return "period"
    if core.point is not None and core.point.grain == "day":
        return "date"
    if core.shape == "cell_year":  # a year in a plan's timeline column
        return "deadline"
    if core.shape == "bare_year":
        return "period"
    if _has_deadline_words(lex, clause.sentence) or _targets_in(lex, clause.sentence):
        return "deadline"
    return "period"
