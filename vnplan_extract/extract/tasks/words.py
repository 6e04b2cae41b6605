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
    parts = []
    for w in sorted(set(words), key=len, reverse=True):
        parts.append(r"[ \t]+".join(regex.escape(x) for x in w.split()))
    return "(?:" + "|".join(parts) + ")"


@cache
def verb_at() -> regex.Pattern[str]:
    """A verb that starts the action (ends a list of assignees)."""
    return regex.compile(rf"{B0}(?i:{_alts(table()['verbs'])}){B1}")


@cache
def catch_all() -> regex.Pattern[str]:
    return regex.compile(rf"^(?i:(?:các[ \t]+)?{_alts(table()['catch_all'])})$")


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
def collective_head() -> regex.Pattern[str]:
    return regex.compile(rf"(?i:{_alts(table()['collective_heads'])}){B1}")


@cache
def strong_verb_at() -> regex.Pattern[str]:
    return regex.compile(rf"{B0}(?i:{_alts(table()['strong_verbs'])}){B1}")


@cache
def list_stop() -> regex.Pattern[str]:
    return regex.compile(rf"{B0}(?i:{_alts(table()['list_stops'])}){B1}")
