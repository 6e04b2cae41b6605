"""Every item of every corpus document points at its own text; real-copy variants parse alike."""

from __future__ import annotations

import pytest
from conftest import CORPUS_IDS, SEED_IDS, corpus_text
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from variants import cp1258_bytes, crlf, nfd, old_tone_placement

from vnplan_extract import parse_bytes, parse_text
from vnplan_extract.models import PlanDocument


def assert_offsets_true(doc: PlanDocument) -> int:
    count = 0
    for where, span in doc.spans():
        assert 0 <= span.start <= span.end <= len(doc.text), where
        assert doc.text[span.start : span.end] == span.text, (where, span)
        count += 1
    return count


@pytest.mark.parametrize("doc_id", CORPUS_IDS)
def test_every_item_of_every_corpus_document(doc_id: str, parsed_corpus) -> None:
    doc = parsed_corpus[doc_id]
    assert doc.text == corpus_text(doc_id)
    assert_offsets_true(doc)
    # Sections nest inside their parents.
    by_id = {s.id: s for s in doc.sections}
    assert len(by_id) == len(doc.sections), "section ids are unique"
    for s in doc.sections:
        if s.parent:
            p = by_id[s.parent]
            assert p.start <= s.start and s.end <= p.end, s.id


def _signature(doc: PlanDocument) -> tuple:
    md = doc.metadata
    return (
        md.doc_type,
        md.number,
        md.issuer,
        md.place,
        md.issued_date,
        md.title,
        md.signer,
        [(r.name, r.note, r.archive) for r in md.recipients],
        [(s.id, s.kind, s.heading, s.level, s.parent) for s in doc.sections],
        [(r.doc_type, r.number, r.issued_date, r.issuer, len(r.mentions)) for r in doc.references],
        [(t.value, t.mod, t.kind) for t in doc.time_expressions],
        [(o.name, len(o.mentions)) for o in doc.organizations],
        [(t.section, [(a.name, a.role) for a in t.assignees]) for t in doc.tasks],
    )


VARIANTS = {
    "nfd": lambda t: parse_text(nfd(t)),
    "crlf": lambda t: parse_text(crlf(t)),
    "old_tones": lambda t: parse_text(old_tone_placement(t)),
    "cp1258": lambda t: parse_bytes(cp1258_bytes(t)),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("doc_id", SEED_IDS)
def test_seed_variants_parse_alike(doc_id: str, variant: str, parsed_corpus) -> None:
    original = parsed_corpus[doc_id]
    text = corpus_text(doc_id)
    doc = VARIANTS[variant](text)
    assert doc.text != text or variant == "old_tones"
    assert assert_offsets_true(doc) == assert_offsets_true(original)
    assert _signature(doc) == _signature(original)


def test_cp1258_variant_is_decoded_as_windows_1258() -> None:
    doc = parse_bytes(cp1258_bytes(corpus_text(SEED_IDS[0])))
    assert doc.source.encoding == "cp1258"


_VIET = st.sampled_from(
    [*list("aăâeêioôơuưyđAĂÂEÊIOÔƠUƯYĐ ̣́̀̉̃\n\r\t*|#-–/:.,;()0123456789IVX"), "hoá", "Uỷ", "KẾ HOẠCH", "Số 83-KH/TU", "ngày 27 tháng 8 năm 2019", "I. MỤC ĐÍCH", "1. ", "Nơi nhận:", "- Lưu VT.", "T/M BAN THƯỜNG VỤ", "**", "\xa0", "\ufeff", "quý IV/2019", "Kết luận số 52-KL/TW", "Ban Tuyên giáo Tỉnh ủy", "trước ngày 20/4/2026", "PHỤ LỤC 01"]
)  # fmt: skip


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_VIET, max_size=80).map("".join))
def test_parse_text_never_raises_and_keeps_offsets_true(text: str) -> None:
    doc = parse_text(text)
    assert doc.text == text
    assert_offsets_true(doc)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_parse_text_on_arbitrary_unicode(text: str) -> None:
    doc = parse_text(text)
    assert_offsets_true(doc)
