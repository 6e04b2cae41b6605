"""The text with body abbreviations spelled out, mapped back to the normalized offsets.

Bodies are matched on one spelling: ``UBND tỉnh`` and ``Ủy ban nhân dân tỉnh`` must meet the same
pattern, so abbreviation tokens (``UBND``, ``HĐND``, ``KH&KT``, ``VPTU``) are replaced by their
expansion before matching. Every character of the expanded string remembers the normalized range
it stands for; an expansion stands for its whole token, so a mention never cuts an abbreviation.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import regex

from vnplan_extract.data import load_table


@dataclass(frozen=True)
class Expanded:
    text: str
    starts: list[int]  # normalized start of the character at each position
    ends: list[int]  # normalized end of the character at each position

    def to_norm(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


@cache
def _abbreviations() -> tuple[dict[str, str], regex.Pattern[str]]:
    t = load_table("organizations")
    shared: dict[str, str] = load_table("abbreviations")["abbreviations"]
    table: dict[str, str] = dict(shared)
    prefixes: dict[str, str] = t["prefix_abbreviations"]
    table.update(prefixes)
    keys = sorted(shared, key=len, reverse=True)
    alts = "|".join(regex.escape(k) for k in keys)
    pre = "|".join(regex.escape(k) for k in sorted(prefixes, key=len, reverse=True))
    # ``/`` and ``-`` before a key: a document symbol (``83-KH/TU``), not a body. A key ending in
    # a dot (``TT.``) may be glued to the next word (``TT.HĐND``). A prefix (``TT`` for
    # ``Thường trực``) only counts before a body word: ``TT`` is also ``Thông tư``.
    pattern = regex.compile(
        rf"(?<![\p{{L}}\p{{M}}\d&/-])(?:(?:{alts})(?:(?<=\.)|(?![\p{{L}}\p{{M}}\d&]))"
        rf"|(?:{pre})(?=[ \t]*{t['prefix_abbreviations_before']}))"
    )
    return table, pattern


def expand_abbreviations(text: str, offset: int = 0) -> Expanded:
    """``text`` (a slice of the normalized text starting at ``offset``) with abbreviations
    expanded."""
    table, pattern = _abbreviations()
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    prev = 0
    for m in pattern.finditer(text):
        a, b = m.span()
        out.append(text[prev:a])
        starts.extend(range(offset + prev, offset + a))
        ends.extend(range(offset + prev + 1, offset + a + 1))
        rep = table[m.group(0)]
        if rep and m.group(0).endswith(".") and text[b : b + 1].isalpha():
            rep += " "
        out.append(rep)
        starts.extend([offset + a] * len(rep))
        ends.extend([offset + b] * len(rep))
        prev = b
    out.append(text[prev:])
    starts.extend(range(offset + prev, offset + len(text)))
    ends.extend(range(offset + prev + 1, offset + len(text) + 1))
    return Expanded("".join(out), starts, ends)
