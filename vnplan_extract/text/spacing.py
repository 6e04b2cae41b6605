"""Repair of letter-spaced OCR text: ``T hành phố Hồ C h í M inh`` is ``Thành phố Hồ Chí Minh``.

Some text layers split words into letters (``B ộ X â y d ự n g``). Vietnamese writes one
syllable per word, and a syllable has a known shape (onset, vowel nucleus, coda), so the
fragments between spaces can be regrouped: among the ways to join neighbouring fragments, take
the one with the fewest words in which every joined word is a well-formed syllable. Only lines
that are clearly letter-spaced (many one-letter tokens) are touched; the repair deletes spaces,
so offsets keep mapping back.
"""

from __future__ import annotations

import itertools
import unicodedata
from functools import lru_cache

import regex

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_SYLLABLE = regex.compile(
    r"^(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnprstvx])?"
    r"(?:[ou](?=[aăâeêy]))?"
    r"(?:iê|ia|yê|ya|uô|ua|ươ|ưa|ưu|ươu|[aăâeêioôơuưy])"
    r"(?:ch|ng|nh|[cmnpt]|[iyou])?$"
)
# A one-letter token after a space (or a line break); see ``_candidate_lines``.
_ONE_LETTER = regex.compile(r"\s\p{L}(?!\S)")
_TOKEN = regex.compile(r"\S+")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
# A line is letter-spaced when at least this share of its tokens are single letters, or when it
# holds several lone consonants (``T hành``, ``M inh``), which are never Vietnamese words.
_MIN_SINGLE_SHARE = 0.35
_MIN_LONE_CONSONANTS = 2
_MIN_TOKENS = 6
_INVALID_COST = 3  # an unrepairable fragment costs more than any well-formed word


@lru_cache(maxsize=4096)
def is_syllable(word: str) -> bool:
    """Whether ``word`` has the shape of one Vietnamese syllable (tone marks ignored)."""
    bare = "".join(ch for ch in unicodedata.normalize("NFD", word.lower()) if ch not in _TONE_MARKS)
    return _SYLLABLE.match(unicodedata.normalize("NFC", bare)) is not None


def _starts_a_syllable(tokens: list[str], k: int) -> bool:
    """Whether ``tokens[k]`` with the fragments after it can make a well-formed syllable."""
    joined = tokens[k]
    for nxt in tokens[k + 1 : k + 5]:
        joined += nxt
        if is_syllable(joined):
            return True
    return False


def _regroup(tokens: list[str]) -> list[int]:
    """For a run of letter tokens, the group sizes of the cheapest regrouping.

    Fewest words first; then a lone consonant goes forward as the next word's onset rather than
    back as a coda (``Hồ C H Í`` is ``Hồ CHÍ``, not ``HồC HÍ``); on a full tie the earlier word is
    the longer one (``Thành ủy`` rather than ``Thà nhủy``).
    """
    n = len(tokens)
    unreached: tuple[tuple[int, int], list[int]] = ((10**9, 0), [])
    best: list[tuple[tuple[int, int], list[int]]] = [((0, 0), []), *([unreached] * n)]
    for i in range(n):
        (words_i, pen_i), groups_i = best[i]
        joined = ""
        for j in range(i, min(n, i + 8)):
            joined += tokens[j]
            if is_syllable(joined):
                words = words_i + 1
            elif j == i:
                words = words_i + _INVALID_COST
            else:
                continue
            last = tokens[j]
            pen = pen_i + int(
                j > i and len(last) == 1 and not is_syllable(last) and _starts_a_syllable(tokens, j)
            )
            if (words, pen) <= best[j + 1][0]:
                best[j + 1] = ((words, pen), [*groups_i, j - i + 1])
    return best[n][1]


def _letter_spaced(tokens: list[str]) -> bool:
    if len(tokens) < _MIN_TOKENS:
        return False
    singles = [t for t in tokens if len(t) == 1 and t.isalpha()]
    lone_consonants = sum(1 for t in singles if not is_syllable(t))
    return (
        len(singles) / len(tokens) >= _MIN_SINGLE_SHARE or lone_consonants >= _MIN_LONE_CONSONANTS
    )


def _candidate_lines(text: str) -> list[tuple[int, int]]:
    """The lines (start, end) with two one-letter tokens or more: ``_letter_spaced`` needs two
    (a share of 0.35 of six tokens, or two lone consonants), so no other line can be
    letter-spaced, and one scan of the text finds them instead of one tokenization per line."""
    # The first line may open with a one-letter token that has no space before it.
    counts: dict[int, int] = {0: 1}
    for m in _ONE_LETTER.finditer(text):
        line_start = text.rfind("\n", 0, m.start() + 1) + 1
        counts[line_start] = counts.get(line_start, 0) + 1
    out = []
    for start, count in sorted(counts.items()):
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if count >= 2 and end > start:
            out.append((start, end))
    return out


def letter_spacing_repairs(text: str) -> list[tuple[int, int, str]]:
    """The spaces to delete (as edits ``(a, b, "")``) to repair letter-spaced lines of ``text``."""
    edits: list[tuple[int, int, str]] = []
    for base, end in _candidate_lines(text):
        content = text[base:end]
        if not _letter_spaced(_TOKEN.findall(content)):
            continue
        # Runs of letter groups separated by spaces only; punctuation ends a run.
        runs: list[list[regex.Match[str]]] = []
        for word in _WORD.finditer(content):
            if runs and runs[-1] and content[runs[-1][-1].end() : word.start()].isspace():
                runs[-1].append(word)
            else:
                runs.append([word])
        for run in runs:
            if len(run) < 2:
                continue
            pos = 0
            for size in _regroup([w.group(0) for w in run]):
                group = run[pos : pos + size]
                for left, right in itertools.pairwise(group):
                    edits.append((base + left.end(), base + right.start(), ""))
                pos += size
    return edits
