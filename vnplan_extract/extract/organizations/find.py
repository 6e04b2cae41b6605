"""Every body named in a document, one entry per canonical name, every occurrence a mention.

Steps: expand abbreviations on the flow view; run every family pattern; keep the longest mention
at each place; drop plural and collective uses (``các Huyện ủy``, ``Ủy ban nhân dân xã, phường``,
``Ủy ban nhân dân cấp xã``); name each mention (:func:`.canonical.canonical_name`); complete the
names the text leaves short from the document itself (a bare ``Ủy ban nhân dân`` is the one of the
document's level, ``BAN THƯỜNG VỤ`` under a signature is the issuer committee's).
"""

from __future__ import annotations

from collections import Counter
from functools import cache

import regex

from vnplan_extract.context import Context
from vnplan_extract.data import load_table
from vnplan_extract.extract.organizations.canonical import canonical_name
from vnplan_extract.extract.organizations.distributive import distributed
from vnplan_extract.extract.organizations.expand import Expanded, expand_abbreviations
from vnplan_extract.extract.organizations.found import Found
from vnplan_extract.extract.organizations.grammar import anchor, combined
from vnplan_extract.models import Mention, Organization

_PLURAL_BEFORE = regex.compile(r"(?i:\b(?:các|những|mọi)[ \t]+)$")
_LEVEL = r"(?i:thành[ \t]+phố|thị[ \t]+xã|thị[ \t]+trấn|tỉnh|huyện|quận|xã|phường)"
# ``Ủy ban nhân dân xã, phường``, ``UBND các huyện``, ``Ủy ban nhân dân các cấp``: every body of a
# level, a collective, not one body.
_COLLECTIVE_AFTER = regex.compile(
    rf"^(?:[ \t]*(?:,|và)[ \t]*{_LEVEL}\b|[ \t]+(?i:các)\b|[ \t\n]+\d+[ \t\n]+{_LEVEL}\b)"
)
_LOWER_LEVELS = regex.compile(r"(?i:cấp[ \t]+(?:huyện|xã|cơ sở))")
# Institutions named as a kind, not one body: ``đại biểu Hội đồng nhân dân`` (the deputies),
# ``Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân`` (a law's title), ``Chính phủ số``.
_KIND_BEFORE = regex.compile(
    r"(?:(?i:đại[ \t]+biểu)[ \t]+|Luật[ \t]+Tổ[ \t]+chức[ \t]+(?:[^,.;\n]*[ \t]+và[ \t]+)?)$"
)
_KIND_AFTER = regex.compile(r"^[ \t]+(?:số|điện[ \t]+tử)\b")


@cache
def _completions() -> tuple[frozenset[str], frozenset[str], dict[str, str]]:
    t = load_table("organizations")
    always = frozenset(b["name"] for b in t["level_bodies"] if b.get("always_level"))
    optional = frozenset(
        b["name"]
        for b in t["level_bodies"]
        if not b.get("needs_level") and not b.get("always_level")
    )
    committee_level = {c["name"]: c["level"] for c in t["committees"]}
    return always, optional, committee_level


def scan(text: str, offset: int = 0) -> list[Found]:
    """Body mentions in ``text`` (normalized, starting at ``offset``), named but not completed."""
    exp = expand_abbreviations(text, offset)
    pattern = combined()
    out: list[Found] = []
    last_end = -1
    for anchor_m in anchor().finditer(exp.text):
        a = anchor_m.start()
        if a < last_end:
            continue
        m = pattern.match(exp.text, a)
        if m is None or m.lastgroup is None:
            continue
        b = m.end()
        while b > a and exp.text[b - 1] in " \t\n,":
            b -= 1
        if _skip(exp, a, b, m.lastgroup):
            continue
        last_end = b
        s, e = exp.to_norm(a, b)
        out.append(Found(s, e, m.lastgroup, canonical_name(exp.text[a:b])))
    return out


def _skip(exp: Expanded, a: int, b: int, family: str) -> bool:
    before = exp.text[max(0, a - 12) : a]
    if _PLURAL_BEFORE.search(before):
        return True
    if _KIND_AFTER.match(exp.text[b : b + 12]):
        return True
    if family == "level_body" and _KIND_BEFORE.search(exp.text[max(0, a - 80) : a]):
        return True
    if family in {"level_body", "wrapper", "bare_organ"}:
        if _COLLECTIVE_AFTER.match(exp.text[b : b + 20]):
            return True
        if _LOWER_LEVELS.search(exp.text[a:b]):
            return True
    return False


def _doc_committee(ctx: Context, found: list[Found]) -> tuple[str | None, str]:
    """The document's own committee (``Tỉnh ủy``) and level (``tỉnh``, ``thành phố``)."""
    _always, _optional, committee_level = _completions()
    issuer = _issuer_name(ctx.metadata.issuer)
    committee: str | None = None
    for name in committee_level:
        if issuer.startswith(name) or f" {name}" in issuer:
            committee = name
    if committee is None:
        counts = Counter(f.name for f in found if f.name in committee_level)
        if counts:
            committee = counts.most_common(1)[0][0]
    m = regex.search(r"\b(tỉnh|[Tt]hành phố|huyện|quận|thị xã|xã|phường)\b", issuer)
    if m:
        return committee, m.group(1).lower()
    if committee:
        return committee, committee_level[committee]
    return None, "tỉnh"


_LEVEL_TAIL = r"(?: Việt Nam)?(?: (?:cấp )?(?:tỉnh|[Tt]hành phố|huyện|quận|thị xã|xã|phường))"
# A fuller name adds a level (``Liên hiệp các Hội ... tỉnh``); for a body of every level
# (``Ủy ban nhân dân``) it may add the place too (``... tỉnh Đồng Nai``).
_FULLER_TAIL = regex.compile(rf"^{_LEVEL_TAIL}$")
_FULLER_TAIL_PLACE = regex.compile(rf"^{_LEVEL_TAIL}(?: \p{{Lu}}\S*)*$")


def _fuller(name: str, names: Counter[str], every_level: bool) -> str | None:
    tail = _FULLER_TAIL_PLACE if every_level else _FULLER_TAIL
    options = [
        (n, c) for n, c in names.items() if n.startswith(name + " ") and tail.match(n[len(name) :])
    ]
    return max(options, key=lambda nc: nc[1])[0] if options else None


def _complete(ctx: Context, found: list[Found], issuer: str) -> None:
    """Complete the names the text leaves short, from the document itself."""
    always, _optional, _levels = _completions()
    wrappers = [w["name"] for w in load_table("organizations")["wrappers"]]
    committee, level = _doc_committee(ctx, found)
    body_end = ctx.body_end if ctx.body_end is not None else len(ctx.text)
    sig_end = ctx.signature_end if ctx.signature_end is not None else len(ctx.text)
    bare_organs = set(load_table("organizations")["bare_organs"])
    names = Counter(f.name for f in found)
    if issuer:
        names[issuer] += 1
    city = level == "thành phố"
    for f in found:
        if city and "Tỉnh ủy" in f.name and "TU" in ctx.text[f.start : f.end]:
            f.name = f.name.replace("Tỉnh ủy", "Thành ủy")  # ``TU`` of a city is its Thành ủy
        head, body = "", f.name
        for w in wrappers:
            if f.name.startswith(w + " ") and f.name[len(w) + 1 :] in always:
                head, body = w + " ", f.name[len(w) + 1 :]
        every_level = any(body == a or body.startswith(a + " ") for a in always)
        fuller = _fuller(f.name, names, every_level)
        in_signature = body_end <= f.start < sig_end
        if fuller:
            f.name = fuller
        elif body in always:
            if in_signature and not head and issuer.startswith(body):
                f.name = issuer
            else:
                f.name = f"{head}{body} {level}"
        elif f.name in bare_organs and committee:
            f.name = f"{f.name} {committee}"


def find_organizations(ctx: Context) -> list[Organization]:
    found = scan(ctx.flow)
    found += [d for d in distributed(ctx.flow) if not any(_overlap(d, f) for f in found)]
    issuer = _issuer_name(ctx.metadata.issuer)
    issuer_span = ctx.metadata.spans.get("issuer")
    if issuer_span is not None and issuer:
        lo, hi = issuer_span.start, issuer_span.end
        found = [f for f in found if not _overlaps_source(ctx, f, lo, hi)]
    _complete(ctx, found, issuer)
    mentions: list[tuple[int, int, str]] = []
    for f in found:
        s, e = ctx.norm.to_source(f.start, f.end)
        mentions.append((s, e, f.name))
    if issuer_span is not None and issuer:
        mentions.append((issuer_span.start, issuer_span.end, issuer))
    mentions.sort()
    orgs: dict[str, Organization] = {}
    for s, e, name in mentions:
        org = orgs.setdefault(name, Organization(name=name))
        org.mentions.append(Mention(start=s, end=e, text=ctx.source[s:e]))
    return list(orgs.values())


def _overlap(a: Found, b: Found) -> bool:
    return a.start < b.end and b.start < a.end


def _issuer_name(issuer: str | None) -> str:
    """The header's issuer under this module's naming (``Thành phố Hồ Chí Minh`` capitalised)."""
    if not issuer:
        return ""
    for place in load_table("organizations")["capitalised_places"]:
        issuer = regex.sub(rf"\b{regex.escape(place)}\b", place, issuer, flags=regex.IGNORECASE)
    return issuer


def _overlaps_source(ctx: Context, f: Found, lo: int, hi: int) -> bool:
    s, e = ctx.norm.to_source(f.start, f.end)
    return s < hi and lo < e
