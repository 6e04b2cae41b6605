"""Fast matching with the ``regex`` engine: patterns run only where a match can start.

Two costs of the engine dominate parsing a 20 KB plan, and both are avoidable without changing a
single match:

* A pattern that opens with a look-behind, an optional group or an alternation of words is tried
  at every position of the text, while a word (``ngày``, ``Kế``) or a digit is found with a fast
  string search. When every match of the pattern starts where one of a few cheap *anchors*
  matches (its first words, a digit), running the pattern only at those places gives exactly the
  matches of ``pattern.finditer(text)``: ``finditer`` returns the leftmost match at or after the
  end of the previous one, and a match attempt at a position is the one a search makes there
  (look-behinds and ``\\b`` still see the text before it).
* When a pattern holds a literal the engine calls *required* (``tháng`` in ``\\d+\\s+tháng``), every
  ``match(text, pos)`` first looks for that literal from ``pos`` onwards, up to the end of the
  text when it is rare: a match attempt at one place costs a scan of the document. The same
  pattern as the only branch of an alternation (``(?:P)|(?!)``, the second branch never matches)
  has no required literal and matches the same way; :func:`compile_at` builds it, for patterns
  used with ``match`` at a position, never to search.

The anchors must give a *superset* of the possible starts; ``tests/test_anchored.py`` checks every
anchored pattern against plain ``finditer`` over the corpus.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import regex


def compile_at(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)`` for a pattern only ever matched at a given position
    (``match``, ``fullmatch``): the same matches, without the scan ahead for a required literal
    (and slow to *search* with)."""
    if regex.match(r"\(\?[a-zA-Z]+\)", source):
        raise ValueError("a pattern with leading global flags: pass the flags instead")
    return regex.compile(rf"(?:{source})|(?!)", flags)


def match_only(pattern: regex.Pattern[str]) -> regex.Pattern[str]:
    """:func:`compile_at` for an already compiled pattern."""
    return compile_at(pattern.pattern, pattern.flags)


@dataclass(frozen=True)
class Word:
    """An anchor: the places where ``text`` has ``word``, in any case with ``ignore_case`` (as the
    engine's case-insensitive match, or more places: see :func:`_word_positions`).

    With ``word_start`` a place right after a letter (``str.isalpha``) is left out: right for a
    pattern that opens with ``\\b`` or a look-behind that refuses a letter, as a letter is always
    a word character of the engine.
    """

    word: str
    ignore_case: bool = True
    word_start: bool = False


Anchor = Word | regex.Pattern[str]

# The anchor places found in the text scanned last: patterns share anchors (a digit, the type
# words), and a document is scanned by several patterns in turn. Keyed on the text object itself
# (``is``), so a new document, even with the same content, is scanned afresh; the pair is
# replaced as a whole, so a thread never reads another text's places.
_memo: tuple[str, dict[object, object]] = ("", {})


def _text_memo(text: str) -> dict[object, object]:
    global _memo
    memo_text, memo = _memo
    if memo_text is not text:
        memo = {}
        _memo = (text, memo)
    return memo


# The engine also matches ``ı`` (dotless i) to ``I`` without case, which ``casefold`` keeps apart.
# (``str.replace``, as ``str.translate`` is twenty times slower.)


def fold_case(text: str) -> str:
    """The key under which two characters the engine matches without case are equal."""
    return text.casefold().replace("ı", "i")


def _folded(text: str, memo: dict[object, object]) -> str | None:
    """``fold_case(text)`` when it keeps every offset (no character folds to two), else None."""
    if "casefold" not in memo:
        folded = fold_case(text)
        memo["casefold"] = folded if len(folded) == len(text) else None
    got = memo["casefold"]
    return got if isinstance(got, str) else None


def _word_positions(anchor: Word, text: str, memo: dict[object, object]) -> tuple[int, ...]:
    """Where ``anchor.word`` occurs. Case-insensitively that is where the case-folded text has the
    case-folded word: every character the engine matches without case to a letter of the word
    folds to the same letter (``tests/test_anchored.py`` checks it for every anchor word against
    all of Unicode). When folding would change the text's length, the engine itself finds them,
    with simple and with full case-folding."""
    word, hay = anchor.word, text
    if anchor.ignore_case:
        folded = _folded(text, memo)
        if folded is None or len(fold_case(word)) != len(word):
            found: set[int] = set()
            for flags in (regex.IGNORECASE, regex.IGNORECASE | regex.FULLCASE):
                pattern = regex.compile(regex.escape(word), flags)
                found.update(m.start() for m in pattern.finditer(text, overlapped=True))
            return tuple(
                p for p in sorted(found) if not (anchor.word_start and p and text[p - 1].isalpha())
            )
        word, hay = fold_case(word), folded
    out = []
    i = hay.find(word)
    while i >= 0:
        if not (anchor.word_start and i and text[i - 1].isalpha()):
            out.append(i)
        i = hay.find(word, i + 1)
    return tuple(out)


def _positions(anchor: Anchor, text: str) -> tuple[int, ...]:
    memo = _text_memo(text)
    got = memo.get(anchor)
    if got is None:
        if isinstance(anchor, Word):
            got = _word_positions(anchor, text, memo)
        else:
            got = tuple(m.start() for m in anchor.finditer(text, overlapped=True))
        memo[anchor] = got
    assert isinstance(got, tuple)
    return got


def anchor_starts(anchors: Iterable[Anchor], text: str) -> list[int]:
    """Every position where one of ``anchors`` matches (overlapping matches included), sorted."""
    found: set[int] = set()
    for anchor in anchors:
        found.update(_positions(anchor, text))
    return sorted(found)


def with_space_before(text: str, starts: Iterable[int], *, openers: str = "") -> list[int]:
    """``starts`` and, before each, the whitespace run that ends there (and an opening bracket
    right before that run, one of ``openers``): where a pattern that opens with optional spaces
    (``{SP}xây dựng``, ``(?[^\\S\\n]*sau đây``) can start, given where its first word can.

    ``str.isspace`` holds for every character ``\\s`` matches, so the run is never too short.
    """
    out: set[int] = set()
    for start in starts:
        i = start
        while i > 0 and text[i - 1].isspace():
            i -= 1
        out.update(range(i, start + 1))
        if i > 0 and text[i - 1] in openers:
            out.add(i - 1)
    return sorted(out)


def finditer_at(
    pattern: regex.Pattern[str], text: str, starts: Iterable[int]
) -> Iterator[regex.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, given that every one starts in ``starts``
    (sorted positions, a superset of the possible match starts). ``pattern`` is best a
    :func:`match_only` copy."""
    pos = 0
    for start in starts:
        if start < pos:
            continue
        m = pattern.match(text, start)
        if m is None:
            continue
        if m.end() == start:
            # An empty match: ``finditer``'s rule for what follows one is its own; hand over.
            yield from pattern.finditer(text, start)
            return
        yield m
        pos = m.end()


class Anchored:
    """A pattern with the anchors that find where its matches can start."""

    def __init__(
        self,
        pattern: regex.Pattern[str],
        anchors: Iterable[Anchor],
        *,
        space_before: bool = False,
        openers: str = "",
        upper: bool = False,
    ) -> None:
        """``anchors`` find where the pattern's first word can be; with ``space_before`` the
        pattern may open with whitespace (and one of ``openers``) before that word; with
        ``upper`` it opens with a capital (``(?=\\p{Lu})``): a lower-case letter cannot start it."""
        self.pattern = pattern
        self.anchors = tuple(anchors)
        self.at = match_only(pattern)
        self.space_before = space_before
        self.openers = openers
        self.upper = upper

    def starts(self, text: str) -> list[int]:
        starts = anchor_starts(self.anchors, text)
        if self.upper:
            starts = [p for p in starts if not text[p].islower()]
        if self.space_before:
            starts = with_space_before(text, starts, openers=self.openers)
        return starts

    def finditer(self, text: str) -> Iterator[regex.Match[str]]:
        """Exactly ``self.pattern.finditer(text)``."""
        return finditer_at(self.at, text, self.starts(text))
