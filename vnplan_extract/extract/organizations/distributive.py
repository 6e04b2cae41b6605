"""Bodies named by their places after a plural: ``UBND các xã: Gia Thuận, Tân Điền, Gò Công Đông``
(or ``Ủy ban nhân dân 04 xã: ...``) names the people's committees of those communes, one body per
place (the mention is the place)."""

from __future__ import annotations

from functools import cache

import regex

from vnplan_extract.extract.organizations.expand import expand_abbreviations
from vnplan_extract.extract.organizations.found import Found

_CHEAP = regex.compile(r"(?:các|\d+)[ \t\n]+(?:xã|phường|huyện|quận|thị xã|thị trấn)[ \t]*:")
_PLACE = r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]+\p{Lu}[\p{L}\p{M}]*){0,3}"


@cache
def _pattern() -> regex.Pattern[str]:
    return regex.compile(
        r"(?P<body>Ủy ban nhân dân|Hội đồng nhân dân)[ \t\n]+(?:các|\d+)[ \t\n]+"
        r"(?P<level>xã|phường|huyện|quận|thị xã|thị trấn)[ \t]*:[ \t]*"
        rf"(?P<places>{_PLACE}(?:[ \t]*,[ \t]*{_PLACE})*(?:[ \t]+và[ \t]+{_PLACE})?)"
    )


def distributed(text: str) -> list[Found]:
    """The bodies such a plural names in ``text`` (normalized), one per place."""
    if not _CHEAP.search(text):
        return []
    exp = expand_abbreviations(text)
    out: list[Found] = []
    for m in _pattern().finditer(exp.text):
        base = f"{m.group('body')} {m.group('level')}"
        for p in regex.finditer(_PLACE, exp.text[: m.end("places")], pos=m.start("places")):
            s, e = exp.to_norm(p.start(), p.end())
            out.append(Found(s, e, "distributive", f"{base} {p.group(0)}"))
    return out
