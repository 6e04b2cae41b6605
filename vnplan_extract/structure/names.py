"""Capitalised header and signature lines to names in ordinary case.

``TỈNH ỦY ĐIỆN BIÊN`` is ``Tỉnh ủy Điện Biên``; ``ĐẢNG UỶ SỞ NỘI VỤ`` is ``Đảng ủy Sở Nội vụ``.
Known phrases (``data/body_names.json``) keep their fixed spelling, administrative level words
go to lower case, and the remaining words, place and person names, take a capital letter.
"""

from __future__ import annotations

from functools import cache

import regex

from vnplan_extract.data import load_table
from vnplan_extract.text.normalize import normalize


def _key(words: str) -> str:
    return normalize(words).text.casefold()


@cache
def _tables() -> tuple[list[tuple[list[str], str]], dict[str, str], list[list[str]]]:
    table = load_table("body_names")
    phrases = [(_key(p).split(), p) for p in table["phrases"]]
    phrases.sort(key=lambda item: len(item[0]), reverse=True)
    abbreviations = {
        k.casefold(): v for k, v in load_table("abbreviations")["abbreviations"].items()
    }
    levels = sorted((_key(w).split() for w in table["level_words"]), key=len, reverse=True)
    return phrases, abbreviations, levels


_TOKEN = regex.compile(r"[\p{L}\p{M}\d.&/'-]+|[^\s]")


def ordinary_case(text: str) -> str:
    """``text`` (often in capitals) written as a name in ordinary case."""
    phrases, abbreviations, levels = _tables()
    raw = _TOKEN.findall(normalize(text).text)
    words: list[str] = []
    for tok in raw:
        expanded = abbreviations.get(tok.casefold())
        words.extend(expanded.split() if expanded else [tok])
    keys = [w.casefold() for w in words]
    out: list[str] = []
    i = 0
    while i < len(words):
        for pkey, display in phrases:
            if keys[i : i + len(pkey)] == pkey:
                out.append(display)
                i += len(pkey)
                break
        else:
            for lkey in levels:
                if keys[i : i + len(lkey)] == lkey:
                    out.append(" ".join(lkey))
                    i += len(lkey)
                    break
            else:
                w = words[i]
                out.append(w[:1].upper() + w[1:].lower() if w.isupper() or w.islower() else w)
                i += 1
    name = " ".join(out)
    name = regex.sub(r"\s+([,.;:)])", r"\1", name)
    return name[:1].upper() + name[1:]


def opens_body_name(text: str) -> bool:
    """Whether ``text`` opens with a known body phrase or abbreviation (a level word alone,
    ``TỈNH ĐỒNG THÁP``, does not: it completes the line above it)."""
    phrases, abbreviations, _levels = _tables()
    keys = [w.casefold() for w in _TOKEN.findall(normalize(text).text)]
    if not keys:
        return False
    return keys[0] in abbreviations or any(keys[: len(p)] == p for p, _ in phrases)
