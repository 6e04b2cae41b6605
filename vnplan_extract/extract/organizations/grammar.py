"""The patterns of body names, built from ``data/organizations.json``.

Each family is its own pattern; the finder runs them all and keeps the longest mention at each
place, so ``Ban cán sự đảng Ủy ban nhân dân tỉnh`` (a wrapper around a level body) wins over the
``Ủy ban nhân dân tỉnh`` inside it. Names are matched case-insensitively after a capital first
letter (Party texts capitalise body names; ``các sở, ban, ngành`` is not a body), on the text with
abbreviations expanded (:mod:`.expand`).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from vnplan_extract.data import load_table

# Words of a name may be split by one line break (a signature block, a table cell), never by a
# blank line.
SP = r"(?:[ \t]*\n[ \t]*|[ \t]+)"
B0 = r"(?<![\p{L}\p{M}\d])"
B1 = r"(?![\p{L}\p{M}\d])"


def phrase_re(phrase: str, *, first_upper: bool = True) -> str:
    """A case-insensitive pattern of ``phrase``; hyphens and commas between words are loose."""
    parts: list[str] = []
    for word in phrase.split():
        if word in {"-", "–"}:
            parts.append(r"[ \t]*[-–][ \t]*")
            continue
        if parts and not parts[-1].endswith(r"[ \t]*"):
            parts.append(SP)
        if word.endswith(","):
            parts.append(regex.escape(word[:-1]) + r"[ \t]*,?")
        else:
            parts.append(regex.escape(word))
    body = "".join(parts)
    head = r"(?=\p{Lu})" if first_upper else ""
    return rf"{B0}{head}(?i:{body}){B1}"


def _alts(phrases: list[str], *, first_upper: bool = True) -> str:
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "(?:" + "|".join(phrase_re(p, first_upper=first_upper) for p in ordered) + ")"


@dataclass(frozen=True)
class Family:
    name: str
    pattern: regex.Pattern[str]


def _forms(entry: dict[str, Any]) -> list[str]:
    return list(entry.get("forms") or [entry["name"]])


@cache
def families() -> list[Family]:
    t = load_table("organizations")
    level = (
        r"(?i:(?:cấp" + SP + r")?(?:thành" + SP + r"phố|thị" + SP + r"xã|thị" + SP + r"trấn|"
        r"tỉnh|huyện|quận|xã(?![ \t]+hội)|phường))" + B1
    )
    stop = "|".join(regex.escape(w) for w in sorted(t["not_places"], key=len, reverse=True))
    # two letters at least: a letter-spaced line (``T N C S``) is no place
    place_word = rf"(?!(?i:{stop}){B1})\p{{Lu}}[\p{{L}}\p{{M}}]+"
    place = rf"{place_word}(?:[ \t]+{place_word}){{1,3}}"
    committee_core = _alts([f for c in t["committees"] for f in _forms(c)])
    committee = rf"{committee_core}(?![ \t]+viên{B1})(?:[ \t]+{place})?"
    centre = phrase_re("Trung ương")
    organ = rf"{_alts(t['organs'])}{SP}(?:{committee}|{centre})"
    bare_organ = _alts(t["bare_organs"])
    with_level = [b for b in t["level_bodies"] if b.get("needs_level")]
    level_opt = [b for b in t["level_bodies"] if not b.get("needs_level")]
    region = r"(?i:(?:chi[ \t]+nhánh[ \t]+)?khu[ \t]+vực)[ \t]+(?:[IVXL]+|\d+)" + B1
    level_tail = (
        rf"(?:{SP}(?i:của{SP})?{level}(?:[ \t]+{place})?|{SP}(?i:tối{SP}cao){B1}|{SP}{region})"
    )
    lb_req = rf"{_alts([f for b in with_level for f in _forms(b)])}{level_tail}"
    lb_opt = rf"{_alts([f for b in level_opt for f in _forms(b)])}{level_tail}?"
    # A body named after its place with no level word (``Báo và Phát thanh, Truyền hình Đồng Nai``).
    direct = [f for b in t["level_bodies"] if b.get("place_direct") for f in _forms(b)]
    if direct:
        lb_opt = rf"(?:{_alts(direct)}[ \t]+{place}|{lb_opt})"
    named_parts = []
    variants: dict[str, list[str]] = t["named_head_variants"]
    for head, names in t["named_heads"].items():
        forms = [n for n in names] + [v for n in names for v in variants.get(n, [])]
        named_parts.append(rf"{phrase_re(head)}{SP}{_alts(forms, first_upper=False)}")
    named = "(?:" + "|".join(named_parts) + ")"
    # A steering committee's topic: lower-case words (and ``Tổ quốc``, ``Đề án 06``) up to a level
    # word (``... chuyển đổi số tỉnh``, ``bầu cử của tỉnh``), a stop, or a word that starts what
    # the sentence says about the committee (``để``, ``gồm``, ``phù hợp``).
    topic_word = (
        # ``người có công`` is a topic (``... hỗ trợ nhà ở cho người có công với cách mạng``)
        r"(?!(?:để|gồm|phù|nhằm|theo|tại|trong|đã|đang|sẽ|(?<!người[ \t])có|là|được|"
        r"triển[ \t]+khai|"
        r"thực[ \t]+hiện|tổ[ \t]+chức|chủ[ \t]+trì|ban[ \t]+hành|báo[ \t]+cáo|chỉ[ \t]+đạo|"
        r"căn[ \t]+cứ|tham[ \t]+mưu|thông[ \t]+báo)" + B1 + rf"|{level}|của{SP}{level})"
        r"(?:[\p{Ll}][\p{L}\p{M}]*|Tổ[ \t]+quốc|Đề[ \t]+án|\d+)"
    )
    topic_end = rf"(?:{SP}(?i:của{SP})?{level}(?:[ \t]+{place})?)?"

    topic = rf"{topic_word}(?:[ \t]*,?{SP}{topic_word}){{0,25}}{topic_end}"
    steering = (
        rf"{phrase_re('Ban Chỉ đạo')}(?:{SP}(?i:Trung{SP}ương|của{SP}Chính{SP}phủ|{level}){B1})?"
        # ``Ban Chỉ đạo thực hiện hỗ trợ nhà ở ...``: the topic may open with ``thực hiện``
        rf"{SP}(?i:về{SP}|thực{SP}hiện{SP})?{topic}"
    )
    inner = rf"(?:{lb_req}|{lb_opt}|{named}|{steering}|{level}[ \t]+{place})"
    wrapper = rf"{_alts([f for w in t['wrappers'] for f in _forms(w)])}{SP}{inner}"
    fixed = _alts([f for e in t["fixed"] for f in _forms(e)])
    pats = {
        "fixed": fixed,
        "committee": committee,
        "organ": organ,
        "bare_organ": bare_organ,
        "level_body": rf"(?:{lb_req}|{lb_opt})",
        "named": named,
        "steering": steering,
        "wrapper": wrapper,
    }
    return [Family(k, regex.compile(v)) for k, v in pats.items()]


# Tried in this order at one place: the first family that matches gives the longest name there
# (a wrapper holds a level body, an organ holds a committee, a fixed name is complete).
ORDER = ("fixed", "wrapper", "organ", "steering", "level_body", "named", "committee", "bare_organ")


@cache
def combined() -> regex.Pattern[str]:
    """All families in one pattern; ``lastgroup`` names the family that matched."""
    pats = {f.name: f.pattern.pattern for f in families()}
    alts = "|".join(f"(?P<{k}>{pats[k]})" for k in ORDER)
    return regex.compile(rf"{B0}(?=\p{{Lu}})(?:{alts})")


@cache
def anchor() -> regex.Pattern[str]:
    """The first words of every family: the only places a body name can start. Matching the
    combined pattern there only is several times faster than scanning the whole text with it."""
    t = load_table("organizations")
    firsts = {"bộ", "sở", "ban"}
    for e in t["fixed"] + t["committees"] + t["level_bodies"] + t["wrappers"]:
        firsts.update(f.split()[0].casefold() for f in _forms(e))
    firsts.update(o.split()[0].casefold() for o in t["organs"] + t["bare_organs"])
    alts = "|".join(regex.escape(w) for w in sorted(firsts, key=len, reverse=True))
    return regex.compile(rf"{B0}(?=\p{{Lu}})(?i:{alts}){B1}")
