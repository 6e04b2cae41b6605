"""Normalization for matching, with a character map back to the source text.

Matching works on a normalized copy of ``doc.text``: NFC, one tone placement (``hóa``, ``thủy``,
``Ủy``), one capital D-stroke, plain spaces, no CR, no markdown residue (``**``, ``*...*``, table
pipes, ``#`` headings). Every normalized character remembers the source range it came from, so a
span found in the copy maps back to ``doc.text`` exactly (the LexNLP way: normalized text plus a
map, never a guess).

Two views share the same offsets:

* ``text``: line structure kept, for the header, signature and recipients, which are line-based;
* ``flow``: the same string with the line breaks *inside* running paragraphs turned into spaces
  (hard-wrapped PDF and markdown copies, a sentence split by a page break), for sections,
  references, time expressions and tasks.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

import regex

from vnplan_extract.data import load_table
from vnplan_extract.text.spacing import letter_spacing_repairs

_Repl = Callable[["regex.Match[str]"], str]


@dataclass(frozen=True)
class NormalizedText:
    source: str
    text: str
    flow: str
    starts: list[int]
    ends: list[int]
    wrapped: bool

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalized ``[start, end)`` to the matching range of ``source``."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside normalized text of {len(self.text)}")
        if start == end:
            pos = self.starts[start] if start < len(self.starts) else len(self.source)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def source_text(self, start: int, end: int) -> str:
        s, e = self.to_source(start, end)
        return self.source[s:e]


class _Builder:
    """A string plus, for each character, the source range it stands for."""

    def __init__(self, source: str) -> None:
        self.text = source
        self.starts = list(range(len(source)))
        self.ends = list(range(1, len(source) + 1))

    def sub(self, pattern: regex.Pattern[str], repl: str | _Repl) -> None:
        """Replace every match of ``pattern`` (a string, or a function of the match)."""
        edits = []
        for m in pattern.finditer(self.text):
            r = repl if isinstance(repl, str) else repl(m)
            if r != m.group(0):
                edits.append((m.start(), m.end(), r))
        self.apply(edits)

    def apply(self, edits: list[tuple[int, int, str]]) -> None:
        """Replace the ranges ``[a, b)`` of the text by strings; edits are sorted and disjoint.

        A replacement of the same length keeps the one-to-one map; any other stands, every one of
        its characters, for the whole source range it replaces.
        """
        if not edits:
            return
        text, starts, ends = self.text, self.starts, self.ends
        if all(len(r) == b - a for a, b, r in edits):
            # Same lengths (a tab to a space, a tone moved): the map stays as it is.
            pieces: list[str] = []
            prev = 0
            for a, b, r in edits:
                pieces += (text[prev:a], r)
                prev = b
            pieces.append(text[prev:])
            self.text = "".join(pieces)
            return
        out: list[str] = []
        new_starts: list[int] = []
        new_ends: list[int] = []
        prev = 0
        for a, b, r in edits:
            out.append(text[prev:a])
            new_starts.extend(starts[prev:a])
            new_ends.extend(ends[prev:a])
            if len(r) == b - a:
                new_starts.extend(starts[a:b])
                new_ends.extend(ends[a:b])
            elif r:
                lo, hi = starts[a], ends[b - 1]
                new_starts.extend([lo] * len(r))
                new_ends.extend([hi] * len(r))
            out.append(r)
            prev = b
        out.append(text[prev:])
        new_starts.extend(starts[prev:])
        new_ends.extend(ends[prev:])
        self.text = "".join(out)
        self.starts, self.ends = new_starts, new_ends


# --- the steps -------------------------------------------------------------------------------

_CLUSTER = regex.compile(r"\P{M}?\p{M}+")
_NEWLINES = regex.compile(r"\r\n?|[\u2028\u2029\x85]")


def _tone_tables() -> tuple[dict[str, str], regex.Pattern[str], regex.Pattern[str]]:
    table = load_table("normalization")
    moves: dict[str, str] = table["tone_moves"]
    # ``oa``, ``oe``, ``uy`` take the tone on the first vowel in the placement the contract uses
    # (``hóa``, ``thủy``), but only in an open syllable: ``hoạch``, ``toán`` keep it on the ``a``
    # in both styles, and ``quý`` is ``qu`` + ``ý`` in both.
    pairs = "|".join(regex.escape(k) for k in moves)
    pattern = regex.compile(rf"(?<![qQ])(?:{pairs})(?!\p{{L}}|\p{{M}})")
    spaces = regex.compile("[" + "".join(table["odd_spaces"]) + "]")
    return moves, pattern, spaces


_TONE_MOVES, _TONE_PATTERN, _ODD_SPACES = _tone_tables()
_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = regex.compile(f"[{_INVISIBLE_CHARS}]")
_NEWLINE_CHARS = "\r\u2028\u2029\x85"
_D_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u0189": "\u0110", "\u00f0": "\u0111"})
_BOLD = regex.compile(r"\*\*")
# A star is markdown emphasis unless it is a bullet (``* Mục đích``) or a lone decorative star.
# (The first branch reads ``(?<!^[ \t]*)\*``, written star first so that the engine looks for stars
# rather than trying every position; the branches never match at the same place.)
_STAR = regex.compile(r"(?m)\*(?<!^[ \t]*\*)|^([ \t]*)\*(?=\S)")
_PIPE = regex.compile(r"\|")
_MD_HEADING = regex.compile(r"(?m)^#{1,6}[ \t]+")
_TABLE_RULE = regex.compile(r"(?m)^[ \t]*:?-{3,}:?(?:[ \t]*:?-{3,}:?)+[ \t]*$")


def _has_any(text: str, chars: str) -> bool:
    return any(ch in text for ch in chars)


def _nfc(b: _Builder) -> None:
    if not unicodedata.is_normalized("NFC", b.text):
        b.sub(_CLUSTER, lambda m: unicodedata.normalize("NFC", m.group(0)))


def normalize(source: str) -> NormalizedText:
    """Normalize ``source`` for matching; the result maps every character back."""
    b = _Builder(source)
    # Each step runs only when the text holds a character it acts on (a plain string search is
    # far quicker than the engine's scan, and most texts hold no CR, no pipe, no ``#``).
    if _has_any(b.text, _NEWLINE_CHARS):
        b.sub(_NEWLINES, "\n")
    if _has_any(b.text, _INVISIBLE_CHARS):
        b.sub(_INVISIBLE, "")
    _nfc(b)
    if any(ch in b.text for ch in "\u00d0\u0189\u00f0"):
        b.text = b.text.translate(_D_LOOKALIKES)
    b.sub(_ODD_SPACES, " ")
    b.sub(_TONE_PATTERN, lambda m: _TONE_MOVES[m.group(0)])
    if "*" in b.text:
        b.sub(_BOLD, "")
    if "*" in b.text:
        b.sub(_STAR, lambda m: m.group(1) or "")
    if "---" in b.text:
        b.sub(_TABLE_RULE, "")
    if "|" in b.text:
        b.sub(_PIPE, "\n")
    if "#" in b.text:
        b.sub(_MD_HEADING, "")
    b.apply(letter_spacing_repairs(b.text))
    from vnplan_extract.text.flow import flow_text

    flow, wrapped = flow_text(b.text)
    return NormalizedText(source, b.text, flow, b.starts, b.ends, wrapped)


@lru_cache(maxsize=8192)
def fold(text: str) -> str:
    """A comparison key: normalized, lower case, whitespace collapsed (for soft matching).

    Cached: the same type words and body names are folded over and over while a document is
    parsed (about fifty calls each), and a whole normalization per call costs more than the rest
    of their matching."""
    n = normalize(text).text
    return " ".join(n.lower().split())
