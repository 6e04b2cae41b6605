"""The examples of ``data/time_words.json`` hold against the extractor that reads the table."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from vnplan_extract.context import Context
from vnplan_extract.data import load_table
from vnplan_extract.extract.time import find_time_expressions
from vnplan_extract.extract.time.lexicon import lexicon
from vnplan_extract.text.normalize import normalize

EXAMPLES: list[dict[str, Any]] = load_table("time_words")["examples"]


@pytest.mark.parametrize("example", EXAMPLES, ids=[e["text"][:40] for e in EXAMPLES])
def test_table_example(example: dict[str, Any]) -> None:
    ctx = Context(norm=normalize(example["text"]))
    if example.get("anchor"):
        ctx.metadata.issued_date = dt.date.fromisoformat(example["anchor"])
    got = [t.model_dump(mode="json") for t in find_time_expressions(ctx)]
    assert [g["text"] for g in got] == [e["text"] for e in example["items"]], got
    for g, e in zip(got, example["items"], strict=True):
        for key, want in e.items():
            assert g[key] == want, (key, g)


def test_every_prefix_word_has_a_mod_entry() -> None:
    lex = lexicon()
    for entry in lex.table["prefixes"]:
        for word in entry["words"]:
            assert lex.prefix_info(word).mod == entry["mod"]


def test_number_words_are_not_five() -> None:
    """``năm`` is "year" and "five": as a count it would turn ``năm năm`` into false items."""
    assert "năm" not in lexicon().table["number_words"]


@pytest.mark.parametrize("word", sorted(load_table("time_words")["quarters"]))
def test_quarter_numerals(word: str) -> None:
    ctx = Context(norm=normalize(f"trong quý {word}/2024"))
    (item,) = find_time_expressions(ctx)
    q = load_table("time_words")["quarters"][word]
    assert item.value == f"2024-Q{q}"
