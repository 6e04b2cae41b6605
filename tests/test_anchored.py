"""The fast forms of patterns (``text/anchored.py``) find exactly what the plain patterns find.

Anchored patterns are run only where an anchor says a match can start; ``compile_at`` patterns
drop the engine's scan ahead for a required literal; the normalization and flow steps that were
rewritten for speed keep their old results. Each is checked against its plain form over the
corpus and over tables of tricky strings.
"""

from __future__ import annotations

import sys
from functools import cache

import pytest
import regex
from conftest import CORPUS_IDS, corpus_text

from vnplan_extract.extract.references.aliases import _clause_re
from vnplan_extract.extract.references.patterns import DATE_RE, OF_RE, TERM_RE, numbered_finder
from vnplan_extract.extract.references.selfrefs import _builder_re, _of_re, _this_re
from vnplan_extract.extract.time.lexicon import lexicon
from vnplan_extract.structure.sections import _kind_patterns, heading_kind
from vnplan_extract.text.anchored import Anchored, Word, compile_at, finditer_at, fold_case
from vnplan_extract.text.flow import _ends_sentence
from vnplan_extract.text.normalize import _STAR, normalize
from vnplan_extract.text.spacing import _candidate_lines, _letter_spaced

# Strings that stress the anchors: capitals, a dotless i, characters that fold to two, a letter
# right before a word, spaces and brackets before a clause, digits glued to words.
TRICKY = [
    "QUÝ I VÀ II/2025, quý ı và ıı/2025; Quý III, IV năm 2024",
    "Straße ngày 05/6/2024 và İstanbul NGÀY 20 THÁNG 11 NĂM 2025, ﬁ 3 tháng đầu năm",
    "xKế hoạch số 12-KH/TU; Kế hoạch này,3Kế hoạch này; KẾ HOẠCH CỦA BAN THƯỜNG VỤ",
    "Nghị quyết số 20-NQ/TW (sau đây viết tắt là Nghị quyết số 20), xsau đây gọi tắt là Đề án",
    "Tỉnh ủy  \n xây dựng Kế hoạch như sau:\tBan Thường vụ đã\n\nban hành Kế hoạch này",
    "từ ngày 08 đến ngày 10 tháng 12 năm 2025; hằng tháng, mười hai tháng, định kỳ 6 tháng/lần",
    "các năm tiếp theo; 2021-2030; năm 2024, 2025 và 2026; tháng 10, 11/2019; 15, 16/8/2024",
    "",
    "1",
    "ba",
]


@cache
def _texts() -> list[str]:
    flows = [normalize(corpus_text(doc_id)).flow for doc_id in CORPUS_IDS]
    return flows + [normalize(t).flow for t in TRICKY] + TRICKY


def _anchored() -> list[tuple[str, Anchored]]:
    lex = lexicon()
    out = [
        (name, Anchored(dict(lex.patterns)[name], anchors))
        for name, (_, anchors) in lex.anchored.items()
    ]
    out += [("numbered", numbered_finder()), ("this", _this_re()), ("of", _of_re())]
    out += [("builder", _builder_re()), ("clause", _clause_re())]
    return out


def _found(matches: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("name", "anchored"), _anchored(), ids=lambda x: x if isinstance(x, str) else ""
)
def test_anchored_finds_what_the_plain_pattern_finds(name: str, anchored: Anchored) -> None:
    for text in _texts():
        assert _found(anchored.finditer(text)) == _found(anchored.pattern.finditer(text)), name


def test_time_shapes_use_their_anchors() -> None:
    # The scanner's own path (shared anchor places) gives the plain matches too.
    from vnplan_extract.extract.time.scan import _matches

    lex = lexicon()
    for text in _texts():
        for shape, pattern in lex.patterns:
            assert _found(_matches(lex, shape, pattern, text)) == _found(pattern.finditer(text))


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (DATE_RE, ", ngày 30/5/2019 của Ban Bí thư"),
        (TERM_RE, " (khóa X) về tiếp tục"),
        (OF_RE, ", của Ban Chấp hành Trung ương"),
        (TERM_RE, "Nghị quyết số 20 không có khóa"),
    ],
)
def test_compile_at_matches_like_the_plain_pattern(pattern: regex.Pattern[str], text: str) -> None:
    plain = regex.compile(pattern.pattern[3 : -len(")|(?!)")], pattern.flags)
    assert pattern.pattern.startswith("(?:")
    for t in [text, *_texts()[:3]]:
        for pos in range(len(t) + 1):
            a, b = pattern.match(t, pos), plain.match(t, pos)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


def test_compile_at_refuses_leading_global_flags() -> None:
    with pytest.raises(ValueError):
        compile_at("(?m)^x")


def test_finditer_at_hands_over_on_an_empty_match() -> None:
    pattern = regex.compile(r"a*")
    assert _found(finditer_at(pattern, "baab", [0, 1, 2, 3, 4])) == _found(pattern.finditer("baab"))


@cache
def _all_characters() -> str:
    return "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)


def _case_insensitive_words() -> list[str]:
    words = set()
    for _, anchored in _anchored():
        words |= {a.word for a in anchored.anchors if isinstance(a, Word) and a.ignore_case}
    return sorted(words)


def test_case_folding_finds_every_case_insensitive_match() -> None:
    # ``Word`` anchors look for the case-folded word in the case-folded text: every character the
    # engine matches without case to a letter of an anchor word must fold to the same letter.
    letters = {ch for w in _case_insensitive_words() for ch in w}
    everything = _all_characters()
    for letter in sorted(letters):
        for flags in (regex.I, regex.I | regex.V1, regex.I | regex.V1 | regex.FULLCASE):
            pattern = regex.compile(regex.escape(letter), flags)
            for m in pattern.finditer(everything):
                folded = fold_case(m.group(0))
                assert folded == fold_case(letter) or len(folded) != 1, (letter, m.group(0))


def test_every_regex_space_is_a_python_space() -> None:
    # ``with_space_before`` walks back over ``str.isspace`` characters.
    assert all(m.group(0).isspace() for m in regex.finditer(r"\s", _all_characters()))
    assert all(m.group(0).isspace() for m in regex.finditer(r"(?V1)\s", _all_characters()))


_OLD_STAR = regex.compile(r"(?m)(?<!^[ \t]*)\*|^([ \t]*)\*(?=\S)")


@pytest.mark.parametrize(
    "text", ["**a** *b*", "* Mục đích\n  *x* \n\t*y\n*\n * z", "a*\n*b", "", "***", " * ", *TRICKY]
)
def test_star_pattern_matches_its_plain_form(text: str) -> None:
    for t in [text, *_texts()]:
        assert _found(_STAR.finditer(t)) == _found(_OLD_STAR.finditer(t))


_OLD_SENTENCE_END = regex.compile(r"[.;:!?…]['\"”’)]*[ \t]*$")


@pytest.mark.parametrize(
    ("line", "ends"),
    [("Kế hoạch.", True), ("như sau:", True), ("(trích)”)", False), ("xong.”)", True), ("", False)],
)
def test_sentence_end(line: str, ends: bool) -> None:
    assert _ends_sentence(line) is ends
    assert bool(_OLD_SENTENCE_END.search(line)) is ends


def test_sentence_end_over_the_corpus() -> None:
    for text in _texts():
        for line in text.split("\n"):
            s = line.rstrip()
            assert _ends_sentence(s) is bool(_OLD_SENTENCE_END.search(s)), s


def _old_heading_kind(heading: str, group: str) -> str:
    text = heading.strip(" .:*")
    for pattern, kind in _kind_patterns(group):
        if pattern.match(text):
            return kind
    return "other"


@pytest.mark.parametrize(
    "heading",
    [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "các nhiệm vụ trọng tâm",
        "Tổ chức thực hiện:",
        "Phụ lục 2",
        "Mục đíchx",
    ],
)
def test_heading_kind_tries_the_patterns_in_order(heading: str) -> None:
    lines = [heading] + [line.strip() for t in _texts() for line in t.split("\n")]
    for line in lines:
        for group in ("kinds", "attachments"):
            assert heading_kind(line, group) == _old_heading_kind(line, group), line


@pytest.mark.parametrize(
    "text",
    [
        "T hành phố Hồ C h í M inh",
        "B ộ X â y d ự n g ban hành\nKế hoạch",
        "a b c d e f\ng h",
        "x\nU B N D T Ỉ N H",
        *TRICKY,
    ],
)
def test_letter_spaced_lines_are_candidates(text: str) -> None:
    for t in [text, *_texts()]:
        candidates = set(_candidate_lines(t))
        for line in regex.finditer(r"[^\n]+", t):
            if _letter_spaced(regex.findall(r"\S+", line.group(0))):
                assert line.span() in candidates, line.group(0)
