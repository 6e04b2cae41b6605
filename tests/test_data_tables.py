"""Every data table loads, and every example in it holds for the code that uses it."""

from __future__ import annotations

import pytest

from vnplan_extract.data import load_table, table_names
from vnplan_extract.structure.header import type_of_line
from vnplan_extract.structure.names import ordinary_case
from vnplan_extract.structure.sections import heading_kind
from vnplan_extract.structure.signature import _authority
from vnplan_extract.text.normalize import normalize


def test_every_table_has_a_description_and_examples() -> None:
    for name in table_names():
        table = load_table(name)
        assert isinstance(table, dict), name
        assert table.get("description"), name
        assert table.get("examples") or any(
            isinstance(v, list) and v and isinstance(v[0], dict) and "examples" in v[0]
            for v in table.values()
        ), name


@pytest.mark.parametrize("example", load_table("normalization")["examples"])
def test_normalization_examples(example: dict[str, str]) -> None:
    assert normalize(example["source"]).text == example["normalized"]


@pytest.mark.parametrize("example", load_table("headings")["examples"])
def test_heading_examples(example: dict[str, str]) -> None:
    assert heading_kind(example["heading"]) == example["kind"]


@pytest.mark.parametrize("example", load_table("header")["examples"])
def test_type_line_examples(example: dict[str, str]) -> None:
    line = example["line"]
    capitals = line.strip(" .").isupper()
    assert type_of_line(line, capitals_only=capitals) == example["doc_type"]


@pytest.mark.parametrize("example", load_table("body_names")["examples"])
def test_body_name_examples(example: dict[str, str]) -> None:
    assert ordinary_case(example["upper"]) == example["name"]


@pytest.mark.parametrize("example", [e for e in load_table("signature")["examples"] if "text" in e])
def test_signature_examples(example: dict[str, str]) -> None:
    from vnplan_extract import parse_text

    doc = parse_text("KẾ HOẠCH\n\nthử\n\nI. MỤC ĐÍCH\n\nNội dung.\n\n" + example["text"] + "\n")
    signer = doc.metadata.signer
    assert (signer.authority, signer.position, signer.name) == (
        example["authority"],
        example["position"],
        example["name"],
    )
    assert _authority().match(example["text"].split("\n")[0])


@pytest.mark.parametrize("example", load_table("abbreviations")["examples"])
def test_abbreviation_table_examples(example: dict[str, str]) -> None:
    from vnplan_extract.extract.organizations.expand import expand_abbreviations

    assert expand_abbreviations(example["text"]).text == example["expanded"]
    # The header's casing of capitalised lines reads the same table.
    assert ordinary_case(example["text"].upper()).casefold() == example["expanded"].casefold()


@pytest.mark.parametrize(
    "example", [e for e in load_table("signature")["examples"] if "recipient" in e]
)
def test_recipient_note_examples(example: dict[str, str]) -> None:
    from vnplan_extract import parse_text

    doc = parse_text(
        "KẾ HOẠCH\n\nthử\n\nI. MỤC ĐÍCH\n\nx.\n\nNơi nhận:\n- " + example["recipient"] + "\n"
    )
    (recipient,) = doc.metadata.recipients
    assert (recipient.name, recipient.note) == (example["name"], example["note"])


@pytest.mark.parametrize("word", load_table("doc_types")["generic_words"])
def test_generic_words_name_no_type(word: str) -> None:
    from vnplan_extract.extract.references.numbered import type_of_word

    assert type_of_word(word) is None
    assert type_of_word(word.capitalize()) is None
