"""Alias clauses and the later uses of an alias.

``(sau đây viết tắt là Nghị quyết số 20)``, ``(viết tắt là Kết luận số 52-KL/TW)``, ``(sau đây
gọi tắt là Chương trình)``, and a bare parenthesised short name right after a full reference
(``(Chương trình MTQG)``) define a short name for a document mentioned earlier in the same
sentence. The alias belongs to the nearest earlier mention of the same type (and, for an alias
with a number, the same number): in ``Kết luận số 52-KL/TW ... về việc tiếp tục thực hiện Nghị
quyết Trung ương 7 (khóa X) về ... (viết tắt là Kết luận số 52-KL/TW)`` that is the conclusion,
not the resolution named inside its subject. An alias is recorded only when it names a document
(it opens with a type word).

An alias with a number is found again as a numbered or short mention and grouped by its number.
An alias without one (``Chương trình``, ``Chương trình MTQG``) is a mention where it is defined,
and every later occurrence of it, written the same way, is a mention of the same entry.
"""

from __future__ import annotations

from functools import cache

import regex

from vnplan_extract.data import load_table
from vnplan_extract.extract.references.found import Found
from vnplan_extract.extract.references.numbered import type_of_word
from vnplan_extract.extract.references.patterns import (
    SP,
    first_words,
    numbered_re,
    type_alternation,
    words_pattern,
)
from vnplan_extract.text.anchored import Anchored, match_only

_SENTENCE_BREAK = regex.compile(r";|\.(?=\s)|\n\n")
_REACH = 800  # how far back (characters) an alias clause looks for its document


@cache
def _clause_re() -> Anchored:
    clauses = load_table("reference_forms")["alias_clauses"]
    words = words_pattern(clauses)
    types = type_alternation()
    pattern = regex.compile(
        rf"(?P<open>\()?[^\S\n]*(?i:{words})[^\S\n]*:?{SP}?[“\"]?"
        rf"(?P<alias>(?:{types})(?:[^\S\n]+[^\s(),;“”\"]+){{0,8}}?)[”\"]?"
        rf"(?(open)[^\S\n]*\)|(?=[,;.)]|$))"
    )
    # It starts at a clause's first word, the spaces before it or the bracket before those.
    return Anchored(
        pattern,
        first_words(clauses, ignore_case=True, word_start=False),
        space_before=True,
        openers="(",
    )


@cache
def _bare_re() -> regex.Pattern[str]:
    # ``(Chương trình MTQG)``: a type word and a few words in parentheses, nothing else.
    types = type_alternation()
    return match_only(
        regex.compile(rf"[^\S\n]*\((?P<alias>(?:{types})(?:[^\S\n]+[^\s(),;]+){{0,6}}?)[^\S\n]*\)")
    )


def _number_of(alias: str) -> str | None:
    m = numbered_re().fullmatch(alias)
    if not m:
        return None
    return m.group("num").split("-")[0].split("/")[0].strip()


def _same_number(full: str | None, digits: str) -> bool:
    return full is not None and (full == digits or full.startswith((digits + "-", digits + "/")))


def _target(alias: str, before: list[Found]) -> Found | None:
    """The mention the alias names: the nearest earlier one of its type (and number)."""
    first_words = alias.split()
    doc_type = None
    for n in (3, 2, 1):
        doc_type = type_of_word(" ".join(first_words[:n]))
        if doc_type:
            break
    number = _number_of(alias)
    for f in reversed(before):
        if f.kind == "alias" or (f.kind == "self" and f is not before[-1]):
            # The document's own name takes an alias only right before the clause
            # (``Kế hoạch phát động phong trào thi đua ... (gọi tắt là Kế hoạch thi đua)``).
            continue
        if doc_type and f.doc_type != doc_type:
            continue
        if number and not _same_number(f.number, number):
            continue
        return f
    return None


def _candidates_before(found: list[Found], flow: str, pos: int) -> list[Found]:
    """Mentions earlier in the same sentence (or the last few hundred characters)."""
    lo = max(0, pos - _REACH)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(flow, lo, pos)]
    lo = breaks[-1] if breaks else lo
    return sorted((f for f in found if lo <= f.start and f.end <= pos), key=lambda f: f.start)


def apply_aliases(flow: str, found: list[Found]) -> list[Found]:
    """Record aliases on the mentions they name; return the new alias mentions."""
    new: list[Found] = []
    defs: list[tuple[int, str, Found]] = []
    for m in _clause_re().finditer(flow):
        _define(flow, m, found, new, defs)
    for f in sorted(found, key=lambda f: f.start):
        if f.kind in ("self", "alias"):
            continue
        bare = _bare_re().match(flow, f.after)
        # ``(Nghị quyết số 163/2024/QH15)`` repeats the full number: a mention, not a short name.
        defined = bare is not None and any(d[0] == bare.start("alias") for d in defs)
        if bare and "/" not in bare.group("alias") and not defined:
            _define(flow, bare, found, new, defs)
    # Later uses of an alias without a number.
    taken = found + new
    for pos, alias, target in defs:
        if _number_of(alias) is not None:
            continue
        use = regex.compile(
            r"(?<![\p{L}\p{M}])"
            + SP.join(regex.escape(w) for w in alias.split())
            + r"(?![\p{L}\p{M}\d])"
        )
        for u in use.finditer(flow, pos + 1):
            mention = Found(u.start(), u.end(), "alias", target.doc_type, target=target)
            if not any(mention.overlaps(t) for t in taken):
                new.append(mention)
                taken.append(mention)
    return new


def _define(
    flow: str,
    m: regex.Match[str],
    found: list[Found],
    new: list[Found],
    defs: list[tuple[int, str, Found]],
) -> None:
    alias = " ".join(m.group("alias").split())
    target = _target(alias, _candidates_before(found, flow, m.start()))
    if target is None:
        return
    target.alias = target.alias or alias
    start, end = m.span("alias")
    defs.append((start, alias, target))
    mention = Found(start, end, "alias", target.doc_type, target=target)
    if _number_of(alias) is None and not any(mention.overlaps(f) for f in found + new):
        new.append(mention)
