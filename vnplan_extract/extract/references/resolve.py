"""Mentions grouped into entries, the way eyecite resolves short citations to full ones.

* A numbered mention belongs to the entry of its (doc_type, number); a full number and symbol
  written after another type word (``Công văn số 7886/HD-BNV`` after ``Hướng dẫn số 7886/HD-BNV``)
  joins the entry that has it.
* A short mention (``Nghị quyết số 20``, ``Kết luận 52``) belongs to the entry of the same type
  whose number is those digits (``20-NQ/TW``), the one mentioned last before it when there are
  several. Unresolved, it is an entry of its own when written with ``số``; without ``số`` it is
  a name when short and closing its phrase (``Đề án 06.``), else no mention.
* An unnumbered mention belongs to the entry of its name; an alias use to the entry of the mention
  it names; self mentions to one ``is_self`` entry per type (the document, and a plan it issues).

Values come from the first mention that gives them (the full one, normally the first).
"""

from __future__ import annotations

import regex

from vnplan_extract.context import Context
from vnplan_extract.extract.references.found import Found
from vnplan_extract.models import Mention, Reference
from vnplan_extract.text.anchored import compile_at
from vnplan_extract.text.normalize import fold

_CLOSES_PHRASE = compile_at(r"[^\S\n]*(?:[.,;:)]|\n|$)")
_NUMBER_YEAR = regex.compile(r"\d+/(\d{4})/")
_DASH = regex.compile(r"\s*[-–]\s*")
_DIGITS = regex.compile(r"\d+")


class _Entry:
    def __init__(self, first: Found) -> None:
        self.doc_type = first.doc_type
        self.number = first.number if first.kind in ("numbered", "short") else None
        self.name = first.name
        self.is_self = first.kind == "self"
        self.found: list[Found] = []

    def add(self, f: Found) -> None:
        self.found.append(f)

    def to_model(self, ctx: Context, rid: str) -> Reference:
        found = sorted(self.found, key=lambda f: f.start)

        def first(attr: str) -> object:
            return next((getattr(f, attr) for f in found if getattr(f, attr) is not None), None)

        issued = first("issued_date")
        year = _NUMBER_YEAR.match(self.number or "")
        if year and issued is not None and str(getattr(issued, "year", "")) != year.group(1):
            # ``Nghị quyết số 163/2024/QH15 ngày 27 tháng 11 năm 2025`` is a slip: the number
            # holds the year; another mention with that year gives the date.
            issued = next(
                (
                    f.issued_date
                    for f in found
                    if f.issued_date and f.issued_date.year == int(year.group(1))
                ),
                issued,
            )

        mentions = []
        seen: set[tuple[int, int]] = set()
        for f in found:
            if (f.start, f.end) not in seen:
                seen.add((f.start, f.end))
                mentions.append(Mention.model_validate(ctx.span(f.start, f.end)))
        return Reference.model_validate(
            {
                "id": rid,
                "doc_type": self.doc_type,
                "number": self.number,
                "issued_date": None if self.is_self else issued,
                "issuer": None if self.is_self else first("issuer"),
                "term": None if self.is_self else first("term"),
                "name": self.name,
                "subject": None if self.is_self else first("subject"),
                "alias": first("alias"),
                "is_self": self.is_self,
                "mentions": mentions,
            }
        )


def _name_key(name: str) -> str:
    """``giai đoạn 2025 - 2030`` and ``giai đoạn 2025-2030`` name one document, and so do
    ``Luật Thi đua, khen thưởng`` and ``Luật Thi đua khen thưởng``."""
    return _DASH.sub("-", fold(name).replace(",", ""))


def _digits(number: str) -> str:
    m = _DIGITS.match(number)
    return m.group(0) if m else number


def resolve(ctx: Context, found: list[Found]) -> list[Reference]:
    flow = ctx.flow
    found = sorted(found, key=lambda f: (f.start, -f.end))
    entries: list[_Entry] = []
    by_key: dict[tuple[str, str], _Entry] = {}
    key: tuple[str, str]
    by_found: dict[int, _Entry] = {}

    def entry_for(key: tuple[str, str], f: Found) -> _Entry:
        if key not in by_key:
            by_key[key] = _Entry(f)
            entries.append(by_key[key])
        return by_key[key]

    # Full forms first, so that a short form before its full one (a headline) still resolves.
    for f in found:
        if f.kind == "numbered" and f.number:
            # A title in capitals writes ``QĐ-TTG`` for ``QĐ-TTg``: one document, and the number
            # as written in ordinary case where there is one.
            key = (f.doc_type, f.number.casefold())
            if key not in by_key:
                # ``Công văn số 7886/HD-BNV`` after ``Hướng dẫn số 7886/HD-BNV``: a full number
                # and symbol names one document whatever word the text puts before it.
                key = next((k for k in by_key if k[1] == key[1] and k[0] != "name"), key)
            e = entry_for(key, f)
            if e.number and e.number.isupper() and not f.number.isupper():
                e.number = f.number
        elif f.kind == "named" and f.name:
            key = ("name", _name_key(f.name))
            if f.known_only and key not in by_key:
                continue
            e = entry_for(key, f)
            # A title in capitals names it too; the name is written as in running text.
            if e.name and e.name.isupper() and not f.name.isupper():
                e.name = f.name
        elif f.kind == "self":
            e = entry_for(("self", f.doc_type), f)
        else:
            continue
        e.add(f)
        by_found[id(f)] = e
    for f in found:
        if f.kind == "short" and f.number:
            e_short = _resolve_short(f, entries, found, by_found)
            if e_short is None:
                if f.has_so:
                    e_short = entry_for((f.doc_type, f.number.casefold()), f)
                elif _CLOSES_PHRASE.match(flow, f.end) and len(f.number) <= 3:
                    # ``Đề án 06.``: a document known by its type and number, a name.
                    f.kind, f.name = "named", " ".join(flow[f.start : f.end].split())
                    e_short = entry_for(("name", _name_key(f.name)), f)
                    e_short.number = None
                else:
                    continue
            e_short.add(f)
            by_found[id(f)] = e_short
    for f in found:
        if f.kind == "alias" and f.target is not None:
            target = by_found.get(id(f.target))
            if target is not None:
                target.add(f)
    entries = [e for e in entries if e.found]
    entries.sort(key=lambda e: min(f.start for f in e.found))
    return [e.to_model(ctx, f"R{i}") for i, e in enumerate(entries, start=1)]


def _resolve_short(
    f: Found, entries: list[_Entry], found: list[Found], by_found: dict[int, _Entry]
) -> _Entry | None:
    assert f.number is not None
    matches = [
        e
        for e in entries
        if not e.is_self
        and e.number is not None
        and e.doc_type == f.doc_type
        and e.number != f.number
        and _digits(e.number) == f.number
    ]
    if not matches:
        return None
    if len(matches) == 1:
        return matches[0]
    # Several documents share the digits: the one mentioned last before this mention.
    before = [g for g in found if g.start < f.start and by_found.get(id(g)) in matches]
    return by_found[id(before[-1])] if before else matches[0]
