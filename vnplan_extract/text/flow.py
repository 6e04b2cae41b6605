"""Which line breaks are layout and which are structure.

Real copies break lines for layout: a PDF or markdown copy hard-wraps every paragraph at about 80
columns, and a page break can split a sentence over a blank line (seed 002: ``...chính trị - xã
hội`` / ``tỉnh, Báo và Phát thanh``). Those breaks become spaces in the *flow* view; the breaks that
carry structure (a heading, a list item, a signature line) stay. The flow view has the same length
as its input, so offsets are shared.
"""

from __future__ import annotations

import itertools
from functools import cache

import regex

from vnplan_extract.data import load_table

# The start of a line that begins a new unit: list items, heading labels, recipients.
_MARKER = regex.compile(
    r"""^[ \t]*(?:
        [-+•–—][ \t]                      # dash and plus items
      | \*[ \t]                           # star headings
      | [a-zđ]\)                          # a) b)
      | \(?[IVXLC]{1,6}[.\-/)]?[ \t]      # I. I- I)  and bare ``I Mục đích``
      | \d{1,2}(?:\.\d{1,2})*[./)][ \t]*(?=\p{Lu}|\p{Ll})   # 1. 1/ 1.1.
      | \[\d+\]                           # footnotes
      | Nơi[ \t]nhận
      | Kính[ \t]gửi
    )""",
    regex.VERBOSE,
)
# A heading label left alone on its line (``**1.`` / ``Công tác tham mưu ...**``).
_LONE_LABEL = regex.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)\-/]?$")
_HEADING_LABEL = regex.compile(r"^(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2})*)[.)\-/]\s")
_SENTENCE_ENDS = ".;:!?…"
_CLOSERS = "'\"”’)"


def _ends_sentence(line: str) -> bool:
    """Whether ``line`` (right-stripped) ends a sentence: ``[.;:!?…]['"”’)]*`` at its end, read
    from the end rather than searched for (a regex search tries every position of the line)."""
    body = line.rstrip(_CLOSERS)
    return bool(body) and body[-1] in _SENTENCE_ENDS


@cache
def _signature_starts() -> regex.Pattern[str]:
    """Lines that open a signature part: an authority (``T/M``, ``KT.``) or a position word."""
    table = load_table("signature")
    words = sorted({w for w in table["authorities"] + table["positions"]}, key=len, reverse=True)
    alt = "|".join(regex.escape(w) for w in words)
    return regex.compile(rf"^[ \t]*(?:{alt})(?!\p{{L}})")


def is_name_line(line: str) -> bool:
    """A person's name on its own line: two to five capitalised words, nothing else."""
    words = line.split()
    return 2 <= len(words) <= 5 and all(w[:1].isupper() and w[1:].islower() for w in words)


def is_marker(line: str) -> bool:
    return _MARKER.match(line) is not None


def _joins(prev: str, nxt: str, *, wrapped: bool, across_blank: bool) -> bool:
    """Whether the break between ``prev`` and ``nxt`` is layout only."""
    prev_s = prev.rstrip()
    nxt_s = nxt.lstrip()
    if not prev_s or not nxt_s:
        return False
    if _LONE_LABEL.match(prev_s) and not across_blank and not is_marker(nxt_s):
        return True
    if _ends_sentence(prev_s):
        return False
    if _HEADING_LABEL.match(prev_s) and prev_s.isupper() and nxt_s.isupper() and not across_blank:
        # ``I. MỤC`` / ``ĐÍCH, YÊU CẦU``: a capitalised heading wrapped over two lines.
        return not _signature_starts().match(nxt_s)
    if is_marker(nxt_s) or prev_s.endswith(("-----", "*")):
        return False
    first = nxt_s[0]
    if prev_s.isupper() and not wrapped:
        # A line in capitals is a type line or heading: ``KẾ HOẠCH`` / ``triển khai ...``.
        return False
    if first.islower():
        # ``tỉnh, Báo và Phát thanh`` after a page break; but a lone ``a)`` is a marker (above).
        return not is_marker(prev_s) or not across_blank
    if across_blank or not wrapped:
        return False
    # A hard-wrapped copy: join unless the next line opens a signature part or is a name.
    # A name after a capitalised position line is the signer, not the rest of a wrapped line
    # (``3. Sở`` / ``Công Thương`` is).
    return not (_signature_starts().match(nxt_s) or (is_name_line(nxt_s) and prev_s.isupper()))


def _looks_wrapped(lines: list[str]) -> bool:
    """A copy is hard-wrapped when most breaks inside a block fall mid-sentence."""
    breaks = cont = 0
    for prev, nxt in itertools.pairwise(lines):
        if not prev.strip() or not nxt.strip():
            continue
        breaks += 1
        if not _ends_sentence(prev.rstrip()) and not is_marker(nxt):
            cont += 1
    return breaks >= 20 and cont / breaks > 0.5


def flow_text(text: str) -> tuple[str, bool]:
    """The flow view of ``text`` (same length) and whether the copy is hard-wrapped."""
    lines = text.split("\n")
    wrapped = _looks_wrapped(lines)
    pieces: list[str] = []
    done = 0  # ``text`` up to here is in ``pieces``
    pos = 0
    starts = []
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    i = 0
    n = len(lines)
    while i < n - 1:
        if not lines[i].strip():
            i += 1
            continue
        j = i + 1
        while j < n and not lines[j].strip():
            j += 1
        if j >= n:
            break
        across = j > i + 1
        if _joins(lines[i], lines[j], wrapped=wrapped, across_blank=across):
            # The break (and any blank lines) between the two lines become spaces.
            gap_start = starts[i] + len(lines[i])
            pieces += (text[done:gap_start], " " * (starts[j] - gap_start))
            done = starts[j]
        i = j
    pieces.append(text[done:])
    return "".join(pieces), wrapped
