"""The word lists of ``data/task_words.json`` as compiled patterns (built on first use)."""

from __future__ import annotations

from functools import cache
from typing import Any

import regex

from vnplan_extract.data import load_table

B0 = r"(?<![\p{L}\p{M}\d])"
B1 = r"(?![\p{L}\p{M}\d])"


def table() -> Any:
    return load_table("task_words")


def _alts(words: list[str]) -> str:
    # A hard-wrapped line may split a phrase (``Đề\nnghị``, ``chính trị\n- xã hội``).
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        parts.append(r"[ \t\n]+".join(regex.escape(x) for x in w.split()))
    return "(?:" + "|".join(parts) + ")"


@cache
def verb_at() -> regex.Pattern[str]:
    """A verb that starts the action (ends a list of assignees)."""
    return regex.compile(rf"{B0}(?i:{_alts(table()['verbs'])}){B1}")


@cache
def catch_all() -> regex.Pattern[str]:
    return regex.compile(rf"^(?i:(?:các[ \t]+)?{_alts(table()['catch_all'])})$")


@cache
def _catch_all_qualified() -> regex.Pattern[str]:
    heads = _alts(table()["catch_all_heads"])
    qualifiers = _alts(table()["catch_all_qualifiers"])
    return regex.compile(rf"^(?i:(?:các[ \t]+)?{heads}{B1}.*{B0}{qualifiers}{B1})")


def is_catch_all(name: str) -> bool:
    """A phrase that names no body and no defined set: a listed catch-all, or generic unit
    nouns qualified by ``(có) liên quan`` with whatever else (a level word, ``khác``, a place:
    ``sở, ban, ngành tỉnh có liên quan``, ``đơn vị, địa phương có liên quan tại khu vực biên
    giới``)."""
    return catch_all().match(name) is not None or _catch_all_qualified().match(name) is not None


@cache
def link_before() -> regex.Pattern[str]:
    """A body right after these words belongs to the phrase before it (``trực thuộc Tỉnh ủy``)."""
    return regex.compile(rf"{B0}(?i:{_alts(table()['link_words'])})[ \t]*$")


@cache
def execute_trigger() -> regex.Pattern[str]:
    return regex.compile(rf"{B0}(?i:{_alts(table()['execute_triggers'])})[ \t]+")


@cache
def coordinate_trigger() -> regex.Pattern[str]:
    return regex.compile(rf"{B0}(?i:{_alts(table()['coordinate_triggers'])}){B1}[ \t]*")


@cache
def report_trigger() -> regex.Pattern[str]:
    return regex.compile(rf"{B0}(?i:{_alts(table()['report_triggers'])}){B1}")


@cache
def report_prep() -> regex.Pattern[str]:
    return regex.compile(rf"{B0}(?i:{_alts(table()['report_preps'])})[ \t]+$")


@cache
def opener() -> regex.Pattern[str]:
    return regex.compile(rf"(?P<op>{_alts(table()['assign_openers'])}){B1}[ \t]*")


@cache
def not_collective() -> regex.Pattern[str]:
    """Words that never open a collective: work (``phòng, chống ma túy`` is no office
    ``phòng``), people and places (``các trường hợp``, ``các khu vực``)."""
    return regex.compile(rf"(?i:{_alts(table()['not_collective'])}){B1}")


@cache
def collective_head() -> regex.Pattern[str]:
    not_heads = not_collective().pattern
    return regex.compile(rf"(?!{not_heads})(?i:{_alts(table()['collective_heads'])}){B1}")


@cache
def strong_verb_at() -> regex.Pattern[str]:
    return regex.compile(rf"{B0}(?i:{_alts(table()['strong_verbs'])}){B1}")


@cache
def list_continues() -> regex.Pattern[str]:
    """Words that look like a verb but go on naming the bodies: a compound noun (``viện nghiên
    cứu``), a qualifier (``có liên quan``, ``được giao chủ trì``)."""
    return regex.compile(rf"{B0}(?i:{_alts(table()['list_continues'])}){B1}")


@cache
def qualifier_word() -> regex.Pattern[str]:
    """Words that go on qualifying a collective after ``được giao`` (``trong Kế hoạch``)."""
    return regex.compile(rf"{B0}(?i:{_alts(table()['qualifier_words'])}){B1}")


@cache
def list_stop() -> regex.Pattern[str]:
    return regex.compile(rf"{B0}(?i:{_alts(table()['list_stops'])}){B1}")


@cache
def fronted_adverbial() -> regex.Pattern[str]:
    """Words opening a sentence whose subject comes after a comma (``Căn cứ Kế hoạch này, ...``)."""
    return regex.compile(rf"(?i:{_alts(table()['fronted_adverbials'])}){B1}")


@cache
def mid_opener() -> regex.Pattern[str]:
    """An opener inside a sentence (``Đồng thời, giao X``, ``vướng mắc đề nghị các ...``): lower
    case, after a space, and followed by the bodies (``các`` or a capital)."""
    return regex.compile(
        rf"(?<=[ \t\n])(?P<op>{_alts(table()['mid_sentence_openers'])})[ \t\n]+"
        r"(?=(?:các|Các)[ \t\n]|\p{Lu})"
    )


@cache
def closing() -> regex.Pattern[str]:
    """The formula that opens the closing words of a plan (``Trên đây là Kế hoạch ...``)."""
    return regex.compile(rf"(?i:{_alts(table()['closing_formulas'])}){B1}")


@cache
def execution_formula() -> regex.Pattern[str]:
    """The words by which a decision names who carries it out (``chịu trách nhiệm thi hành``)."""
    return regex.compile(rf"{B0}(?i:{_alts(table()['execution_formulas'])}){B1}")


@cache
def onward_report() -> regex.Pattern[str]:
    """``để (tổng hợp,) `` right before a report trigger: the receiver's own report onward
    (``gửi về Sở Xây dựng để tổng hợp, báo cáo Ủy ban nhân dân Thành phố``)."""
    return regex.compile(rf"{B0}(?i:để){B1}[^.;:()]{{0,60}}$")


@cache
def position_gap() -> regex.Pattern[str]:
    """A position between a report trigger and its body (``trình Chủ tịch Ủy ban nhân dân``)."""
    return regex.compile(rf"[ \t\n]*(?i:{_alts(table()['positions'])})[ \t\n]+")
