"""The time-word table (``data/time_words.json``) compiled into the patterns the scanner uses.

The words live in the table; the shapes (a day is ``D/M/Y`` or ``ngày D tháng M năm Y`` ...) live
here. Every pattern runs case-insensitively on the flow view of the normalized text, so a heading
in capitals (``NGÀY 01 THÁNG 7 NĂM 2013``) reads like running text.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from vnplan_extract.data import load_table
from vnplan_extract.text.anchored import Anchor, Word, match_only

_FLAGS = regex.IGNORECASE | regex.VERSION1

# Number shapes. Each is closed by a look-ahead so that ``27`` is never read as ``2`` + ``7``.
D = r"(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"
M = r"(?P<m>1[0-2]|0?[1-9])(?!\d)"
Y = r"(?P<y>(?:19|20|21)\d\d)(?!\d)"
Y1 = r"(?P<y1>(?:19|20|21)\d\d)(?!\d)"
Y2 = r"(?P<y2>(?:19|20|21)\d\d)(?!\d)"
_SEP = r"[/.\-]"
_DASH = r"[-–—]"
# A pattern starts at a word start. ``\b`` says the same as ``(?<![\p{L}\d])`` before a letter or
# digit, and the engine skips to the next word boundary at once instead of trying every position
# (about three times faster over the corpus, with identical matches).
_START = r"\b"
_END = r"(?![\p{L}\d])"


def _firsts(words: list[str] | dict[str, Any]) -> list[str]:
    """The first words of the entries of ``_alt(words)``: a match of the alternation starts with
    one of them."""
    return sorted({w.split()[0] for w in words})


def _alt(words: list[str] | dict[str, Any]) -> str:
    """An alternation of ``words``, longest first, spaces matching any whitespace."""
    out = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in out) + ")"


@cache
def _anchor(word: str) -> Anchor:
    """Where a shape's match starting with ``word`` (``""``: with a digit) can start. Every shape
    opens with ``\\b``, so a word anchor never follows a letter. A digit or a single letter
    (``I`` of ``III``) is found by the engine: a string search would stop at every ``i``."""
    if not word or word.isdigit():
        return regex.compile(_START + r"\d", _FLAGS)
    if len(word) == 1:
        return regex.compile(_START + regex.escape(word), _FLAGS)
    return Word(word, word_start=True)


@dataclass(frozen=True)
class Prefix:
    mod: str | None
    deadline: bool
    limit: bool
    grains: tuple[str, ...] | None = None  # the grains it applies to; None: all


@dataclass(frozen=True)
class Lexicon:
    table: dict[str, Any]
    patterns: list[tuple[str, regex.Pattern[str]]]
    # For a shape the engine cannot find fast: its pattern for matching at a place and the
    # anchors that find where its matches can start (``text/anchored.py``).
    anchored: dict[str, tuple[regex.Pattern[str], tuple[Anchor, ...]]]
    prefix: regex.Pattern[str]
    prefixes: dict[str, Prefix]
    between_range: regex.Pattern[str]
    between_coord: regex.Pattern[str]
    reference_cue: regex.Pattern[str]
    deadline_verbs: regex.Pattern[str]
    strong_deadline_verbs: regex.Pattern[str]
    event_after: regex.Pattern[str]
    target_tail: regex.Pattern[str]
    recurrence_not_after: regex.Pattern[str]
    target_after: regex.Pattern[str]
    named_day_before: regex.Pattern[str]
    continuous_not_after: regex.Pattern[str]
    continuous_not_before: regex.Pattern[str]

    def number(self, text: str) -> int:
        """A count written in digits (``06``) or words (``sáu``)."""
        t = " ".join(text.lower().split())
        if t.isdigit():
            return int(t)
        return int(self.table["number_words"][t])

    def prefix_info(self, words: str) -> Prefix:
        return self.prefixes[" ".join(words.lower().split())]


@cache
def lexicon() -> Lexicon:
    t: dict[str, Any] = load_table("time_words")
    units = _alt(t["units"])
    parts = _alt(t["parts"])
    halves = _alt(t["halves"])
    numw = _alt(t["number_words"])
    n = rf"(?P<n>\d{{1,3}}|{numw})"
    quarter = _alt(sorted(t["quarters"], key=len, reverse=True))
    rec = _alt(t["recurrence_words"])
    lead = _alt(t["recurrence_lead"])
    after_prep = _alt([w for e in t["prefixes"] if e["mod"] for w in e["words"]])
    year_or_nay = rf"(?:\s+(?:{Y}|(?P<nay>{_alt(t['this_year'])}){_END}))?"
    # Ordered: a longer or more specific shape is tried first and masks what it covers.
    shapes: list[tuple[str, str]] = [
        ("school", rf"(?P<pw>{_alt(t['school_year_words'])})\s+{Y1}\s*[-–—/]\s*{Y2}"),
        # ``ngày 5-6/8/2024``, ``ngày 08 - 10 tháng 12 năm 2025``: days of one month.
        (
            "day_span",
            rf"ngày\s+(?P<d1>3[01]|[12]\d|0?[1-9])\s*[-–]\s*{D}"
            rf"(?:(?P<sep>[/.\-]){M}(?P=sep){Y}(?![/.\-]?\d)|\s+tháng\s+{M}\s*,?\s+năm\s+{Y})",
        ),
        (
            "day_words",
            rf"(?:ngày\s+(?:{_alt(t['weekdays'])}\s*,?\s*)?)?{D}\s+tháng\s+{M}\s*,?\s+năm\s+{Y}",
        ),
        ("day_nomonth", rf"ngày\s+{D}\s+tháng\s+năm\s+{Y}"),
        ("day_num", rf"(?:ngày\s+)?(?<![\d/.\-]){D}(?P<sep>{_SEP}){M}(?P=sep){Y}(?![/.\-]?\d)"),
        (
            "part_month",
            rf"(?:nửa\s+(?P<half>{halves})|(?P<part>{parts}))\s+tháng"
            rf"(?:\s+{M}(?:\s*(?:{_SEP}|,?\s+năm\s+)\s*{Y})?)?(?!\s*\d)",
        ),
        ("month_num", rf"tháng\s+{M}\s*{_SEP}\s*{Y}"),
        ("month_words", rf"tháng\s+{M}\s*,?\s+năm\s+{Y}"),
        ("day_noyear_words", rf"ngày\s+{D}\s+tháng\s+{M}(?!\s*{_SEP}\s*\d)(?!\s*,?\s+năm\s+\d)"),
        ("day_noyear_num", rf"ngày\s+{D}\s*[/\-]\s*{M}(?!\s*{_SEP}\s*\d)"),
        # ``trước 30/6``: a day and month without ``ngày``, only right after a preposition (a bare
        # ``7/29`` is a count).
        ("day_after_prep", rf"(?<=(?:{after_prep})\s+){D}/{M}(?![/.\-]?\d)"),
        ("month_noyear", rf"tháng\s+{M}(?!\s*{_SEP}\s*\d)(?!\s*,?\s+năm\s+\d)"),
        ("quarter", rf"quý\s+(?P<q>{quarter}){_END}(?:\s*(?:{_SEP}|,?\s+năm\s+)\s*{Y})?"),
        # ``quý I và II/2025``, ``tháng 10, 11/2019``: the later members of a list that writes
        # the unit word once.
        (
            "quarter_list",
            rf"(?<=quý\s+{quarter}(?:\s*(?:,|và)\s*{quarter})*\s*(?:,|và)\s*)(?P<q>{quarter}){_END}"
            rf"(?:\s*(?:{_SEP}|,?\s+năm\s+)\s*{Y})?",
        ),
        (
            "month_list",
            rf"(?<=tháng\s+\d{{1,2}}(?:\s*(?:,|và)\s*\d{{1,2}})*\s*(?:,|và)\s*){M}"
            rf"(?:\s*(?:{_SEP}|,?\s+năm\s+)\s*{Y})",
        ),
        ("half_count", rf"{n}\s+tháng\s+(?P<hp>{halves})\s+năm{year_or_nay}"),
        ("half_word", rf"nửa\s+(?P<hp>{halves})\s+năm{year_or_nay}"),
        ("part_year", rf"(?P<part>{parts})\s+năm{year_or_nay}(?!\s+học)"),
        ("year_range", rf"(?:năm\s+)?(?<![\d/.\-]){Y1}\s*{_DASH}\s*(?:năm\s+)?{Y2}(?![/.\-]?\d)"),
        ("year", rf"năm\s+(?:tài\s+chính\s+)?{Y}(?![/.\-]?\d)"),
        ("bare_year", rf"(?<={_alt(t['bare_year_after'])}\s+){Y}(?![/.\-]?\d)(?!\s*%)"),
        # ``năm 2024, 2025 và 2026``: the later years of a list written once with ``năm``.
        (
            "year_list",
            rf"(?<=năm\s+(?:19|20|21)\d\d(?:\s*(?:,|và)\s*(?:19|20|21)\d\d)*\s*(?:,|và)\s*)"
            rf"{Y}(?![/.\-]?\d)",
        ),
        (
            "set_every_n",
            rf"(?P<lead>{lead})\s+{n}\s+(?P<u>{units}){_END}(?:\s*/\s*lần|\s+(?:một|1)\s+lần)?",
        ),
        ("set_every", rf"(?:(?P<lead>{lead})\s+)?{rec}\s+(?P<u>{units}){_END}(?!\s+(?:học|\d))"),
        ("set_per", rf"{n}\s+(?P<u>{units})\s*(?:/\s*(?:1\s+)?lần|\s+(?:một|1)\s+lần)"),
        ("set_word", rf"(?P<w>{_alt(t['recurrence_standalone'])}){_END}"),
        ("signing_day", rf"{_alt(t['signing_day'])}{_END}"),
        (
            "named_day",
            rf"(?<![\d/.\-])(?:(?P<d1>3[01]|[12]\d|0?[1-9])\s*[-–]\s*)?{D}/{M}(?![/.\-]?\d)",
        ),
        ("day_relative", rf"ngày\s+{D}\s+tháng\s+(?:{parts})\s+(?:quý|năm)"),
        # ``định kỳ (hằng năm)``: the recurrence in parentheses is the item, not a second one.
        ("set_bare", rf"{lead}{_END}(?!\s*\(\s*{rec}\s)"),
        # A year alone in a table cell (pipes are line breaks once normalized): a timeline column.
        ("cell_year", rf"(?<=(?:^|\n)[ \t]*){Y}(?=[ \t]*(?:\n|$))"),
        ("bare_day", rf"ngày\s+{D}(?!\s*{_SEP}\s*\d)(?!\s+tháng)"),
        (
            "duration",
            rf"(?<![\d/.,\-])(?<!ngày\s+){n}\s+(?P<u>{units}){_END}(?P<wd>\s+làm\s+việc)?"
            rf"(?!\s*{_SEP}\s*\d)(?!\s+\d{{1,2}}(?!\d))",
        ),
        (
            "relative_year",
            rf"(?:(?P<pl>các)\s+)?năm\s+(?P<rel>{_alt(t['relative_years'])}){_END}(?!\s+khi)",
        ),
        ("continuous", _alt(t["continuous"]["words"])),
    ]
    patterns = [(name, regex.compile(_START + rx, _FLAGS)) for name, rx in shapes]
    # The words (or a digit) each shape's match can start with. A shape that opens with an
    # optional part, a look-behind or an alternation would otherwise be tried at every word start;
    # one that opens with a word shares the search for it. Each list must cover every first token
    # of its shape above: a digit for ``D``, ``M``, ``Y`` and ``\d{1,3}``, the first words of
    # each alternation that can open it (``tests/test_anchored.py`` checks the matches).
    digit = ""
    count = [digit, *_firsts(t["number_words"])]
    starts: dict[str, list[str]] = {
        "day_words": ["ngày", digit],
        "day_num": ["ngày", digit],
        "part_month": ["nửa", *_firsts(t["parts"])],
        "day_after_prep": [digit],
        "quarter_list": _firsts(t["quarters"]),
        "month_list": [digit],
        "half_count": count,
        "part_year": _firsts(t["parts"]),
        "year_range": ["năm", digit],
        "bare_year": [digit],
        "year_list": [digit],
        "set_every": [*_firsts(t["recurrence_lead"]), *_firsts(t["recurrence_words"])],
        "set_per": count,
        "named_day": [digit],
        "cell_year": [digit],
        "duration": count,
        "relative_year": ["các", "năm"],
        # The shapes that open with a word: their words are looked for once for all of them.
        "school": _firsts(t["school_year_words"]),
        "day_span": ["ngày"],
        "day_nomonth": ["ngày"],
        "month_num": ["tháng"],
        "month_words": ["tháng"],
        "day_noyear_words": ["ngày"],
        "day_noyear_num": ["ngày"],
        "month_noyear": ["tháng"],
        "quarter": ["quý"],
        "half_word": ["nửa"],
        "year": ["năm"],
        "set_every_n": _firsts(t["recurrence_lead"]),
        "set_word": _firsts(t["recurrence_standalone"]),
        "signing_day": _firsts(t["signing_day"]),
        "day_relative": ["ngày"],
        "set_bare": _firsts(t["recurrence_lead"]),
        "bare_day": ["ngày"],
        "continuous": _firsts(t["continuous"]["words"]),
    }
    compiled = dict(patterns)
    anchored = {
        name: (match_only(compiled[name]), tuple(_anchor(w) for w in words))
        for name, words in starts.items()
    }
    prefixes: dict[str, Prefix] = {}
    for entry in t["prefixes"]:
        for w in entry["words"]:
            grains = tuple(entry["grains"]) if entry.get("grains") else None
            prefixes[w] = Prefix(
                entry["mod"], bool(entry.get("deadline")), bool(entry.get("limit")), grains
            )
    prep = _alt(list(prefixes))
    pw = _alt(t["period_words"])
    prefix = regex.compile(
        rf"(?<![\p{{L}}\d])(?:(?P<p1>{prep})\s+)?(?:(?P<pw>{pw})\s+)?(?:(?P<p2>{prep})\s+)?\Z",
        _FLAGS,
    )
    cont = t["continuous"]
    return Lexicon(
        table=t,
        patterns=patterns,
        anchored=anchored,
        prefix=prefix,
        prefixes=prefixes,
        between_range=regex.compile(r"\A\s*(?:cho\s+)?(?:đến\s+hết|đến|tới)\s+\Z", _FLAGS),
        between_coord=regex.compile(r"\A\s*(?:và|hoặc|,)\s*\Z", _FLAGS),
        reference_cue=regex.compile(t["reference_cue"], regex.VERSION1),
        deadline_verbs=regex.compile(
            rf"{_START}(?<!{_alt(t['narrative_markers'])}\s+){_alt(t['deadline_verbs'])}{_END}",
            _FLAGS,
        ),
        target_tail=regex.compile(rf"{_START}{_alt(t['target_words'])}\s*\Z", _FLAGS),
        target_after=regex.compile(rf"\A\s*{_alt(t['target_after'])}{_END}", _FLAGS),
        # Case kept: ``Ngày Môi trường thế giới``, not the common noun ``ngày``.
        named_day_before=regex.compile(
            rf"(?<![\p{{L}}]){_alt(t['named_day_words'])}\s+\p{{L}}[^.;:!?\n]*\Z", regex.VERSION1
        ),
        recurrence_not_after=regex.compile(
            rf"{_START}{_alt(t['recurrence_not_after'])}\s*\Z", _FLAGS
        ),
        strong_deadline_verbs=regex.compile(
            rf"{_START}{_alt(t['strong_deadline_verbs'])}{_END}", _FLAGS
        ),
        event_after=regex.compile(rf"\A\s*{_alt(t['event_after'])}{_END}", _FLAGS),
        continuous_not_after=regex.compile(rf"{_START}{_alt(cont['not_after'])}\s*\Z", _FLAGS),
        continuous_not_before=regex.compile(rf"\A\s*{_alt(cont['not_before'])}{_END}", _FLAGS),
    )
