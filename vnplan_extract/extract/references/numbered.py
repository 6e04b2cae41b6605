"""Numbered mentions: ``Kết luận số 52-KL/TW``, ``Chỉ thị 13-CT/TW``, ``Nghị quyết số 71/NQ-CP``,
and the short forms ``Nghị quyết số 20``, ``Kết luận 52``.

The type comes from the type word (``Công văn số 7886/HD-BNV`` is a công văn, ``Quy định số
97-QĐ/TW`` a quy định); the symbol's code is used only when the word names no type (``Văn bản``).
"""

from __future__ import annotations

from functools import cache
from typing import cast

import regex

from vnplan_extract.data import load_table
from vnplan_extract.extract.references.details import read_before, read_details
from vnplan_extract.extract.references.found import Found
from vnplan_extract.extract.references.patterns import numbered_finder, type_words
from vnplan_extract.models import DocType
from vnplan_extract.text.normalize import fold
from vnplan_extract.text.symbols import normalize_number

_PARTY_CODE = regex.compile(r"\d+[a-z]?-([^/]+)/")
_STATE_CODE = regex.compile(r"\d+(?:/\d{4})?/([^-/]+)(?:-|$)")


@cache
def _word_types() -> dict[str, str]:
    return {fold(w): t.code for t in type_words() for w in t.words}


@cache
def _generic_words() -> frozenset[str]:
    """Words that name no type of their own (``Văn bản``): the symbol decides."""
    return frozenset(fold(w) for w in load_table("doc_types")["generic_words"])


def type_of_word(word: str) -> DocType | None:
    """``Nghị quyết`` → ``nghi_quyet``; ``Chương trình hành động`` → ``chuong_trinh``."""
    key = fold(word)
    if key in _generic_words():
        return None
    code = _word_types().get(key)
    return cast(DocType, code) if code else None


def type_of_symbol(number: str) -> DocType | None:
    """The type code inside a normalized symbol: ``97-QĐi/TW`` → ``quy_dinh``."""
    party = _PARTY_CODE.match(number)
    state = _STATE_CODE.match(number)
    for m, field in ((party, "party_symbols"), (state, "state_symbols")):
        if m:
            code = m.group(1)
            for t in type_words():
                if code in getattr(t, field):
                    return cast(DocType, t.code)
    return None


def _is_caps(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def find_numbered(flow: str) -> list[Found]:
    out: list[Found] = []
    for m in numbered_finder().finditer(flow):
        raw_number = m.group("num")
        short = raw_number.isdigit()
        type_word = m.group("type")
        # ``KẾ HOẠCH`` / ``Số 83-KH/TU`` on the next lines is the document's own header.
        if "\n" in flow[m.end("type") : m.start("num")] and _is_caps(type_word):
            continue
        number = raw_number if short else normalize_number(raw_number)
        doc_type = type_of_word(type_word) or type_of_symbol(number) or "other"
        caps = _is_caps(type_word)
        found = Found(
            start=m.start(),
            end=m.end(),
            kind="short" if short else "numbered",
            doc_type=doc_type,
            number=number,
            has_so=m.group("so") is not None,
        )
        details = read_details(flow, m.end(), caps=caps)
        found.issued_date = details.issued_date
        found.issuer = details.issuer
        if found.issuer is None and not short:
            before_date, found.issuer = read_before(flow, m.start())
            found.issued_date = found.issued_date or before_date
        found.term = details.term
        found.subject = details.subject
        found.tail_end = details.subject_end or details.end
        out.append(found)
    return out
