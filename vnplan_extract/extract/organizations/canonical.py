"""A matched body name written as its canonical name.

``Ban Cán sự Đảng Ủy ban nhân dân Tỉnh`` is ``Ban cán sự đảng Ủy ban nhân dân tỉnh``: the known
phrases of ``data/organizations.json`` and ``data/body_names.json`` keep their fixed spelling
(variants such as ``Sở Văn hoá Thể thao du lịch`` map to the official name), level words go to lower
case, words in capitals (a header line) take a capital letter only, and the other words stay as
written (place names, the topic of a steering committee).
"""

from __future__ import annotations

from functools import cache

import regex

from vnplan_extract.data import load_table

_TOKEN = regex.compile(r"[\p{L}\p{M}\d&/.']+|[^\s]")
_PUNCT = {",", "-", "–"}


def _keys(text: str) -> list[str]:
    return [t.casefold() for t in _TOKEN.findall(text) if t not in _PUNCT]


@cache
def phrase_table() -> list[tuple[list[str], str]]:
    """(key words, display) pairs, longest first."""
    t = load_table("organizations")
    pairs: dict[tuple[str, ...], str] = {}

    def add(form: str, display: str) -> None:
        pairs.setdefault(tuple(_keys(form)), display)

    for e in t["fixed"] + t["committees"] + t["level_bodies"] + t["wrappers"]:
        if e.get("as_written"):
            continue  # written differently in each document (``khu Kinh tế``, ``Khu kinh tế``)
        for f in e.get("forms") or [e["name"]]:
            add(f, e["name"])
    for organ in t["organs"]:
        add(organ, organ)
    for head, names in t["named_heads"].items():
        for n in names:
            add(f"{head} {n}", f"{head} {n}")
            for v in t["named_head_variants"].get(n, []):
                add(f"{head} {v}", f"{head} {n}")
    for p in load_table("body_names")["phrases"] + t["case_phrases"]:
        add(p, p)
    return sorted(((list(k), v) for k, v in pairs.items()), key=lambda kv: -len(kv[0]))


@cache
def _level_words() -> list[list[str]]:
    words = load_table("organizations")["level_words"]
    return sorted((w.split() for w in words), key=len, reverse=True)


@cache
def fixed_names() -> dict[tuple[str, ...], str]:
    out: dict[tuple[str, ...], str] = {}
    for e in load_table("organizations")["fixed"]:
        for f in e["forms"]:
            out[tuple(_keys(f))] = e["name"]
    return out


@cache
def wrapper_names() -> frozenset[str]:
    return frozenset(w["name"] for w in load_table("organizations")["wrappers"])


@cache
def _phrases_by_first() -> dict[str, list[tuple[list[str], str]]]:
    index: dict[str, list[tuple[list[str], str]]] = {}
    for key, display in phrase_table():
        index.setdefault(key[0], []).append((key, display))
    return index


@cache
def canonical_name(text: str) -> str:
    """The canonical name of a matched body ``text`` (abbreviations already expanded)."""
    whole = fixed_names().get(tuple(_keys(text)))
    if whole:
        return whole
    tokens = _TOKEN.findall(text)
    # Positions of the word tokens (punctuation is kept between phrases, dropped inside one).
    words = [i for i, tok in enumerate(tokens) if tok not in _PUNCT]
    keys = [tokens[i].casefold() for i in words]
    shouting = all(not tok.isalpha() or tok.isupper() for tok in tokens)
    out: list[str] = []
    last_wrapper = False
    w = 0
    prev_tok_index = -1
    while w < len(words):
        # punctuation between the previous word and this one
        for j in range(prev_tok_index + 1, words[w]):
            if tokens[j] in {"-", "–"} and last_wrapper:
                continue  # ``Phòng Tham mưu - Công an tỉnh``: the dash only joins the two
            out.append(tokens[j])
        for pkey, display in _phrases_by_first().get(keys[w], []):
            if keys[w : w + len(pkey)] == pkey:
                out.append(display)
                last_wrapper = display in wrapper_names()
                w += len(pkey)
                break
        else:
            for lkey in _level_words():
                if keys[w : w + len(lkey)] == lkey:
                    # level words are lower case (``Ủy ban nhân dân Tỉnh`` is of ``tỉnh``); a
                    # place's official name keeps its capital (``capitalised_places``)
                    out.append(" ".join(lkey))
                    w += len(lkey)
                    break
            else:
                tok = tokens[words[w]]
                roman = regex.fullmatch(r"[IVXLC]+", tok) is not None
                if (shouting or tok.isupper()) and not roman:
                    tok = tok[:1] + tok[1:].lower()
                out.append(tok)
                w += 1
            last_wrapper = False
        prev_tok_index = words[w - 1]
    name = " ".join(out)
    name = regex.sub(r"\s+([,;:)])", r"\1", name)
    for place in load_table("organizations")["capitalised_places"]:
        name = regex.sub(rf"\b{regex.escape(place)}\b", place, name, flags=regex.IGNORECASE)
    return _steering_order(name[:1].upper() + name[1:])


_STEERING_LEVEL = regex.compile(
    r"^(?P<head>(?:.* )?Ban Chỉ đạo) (?P<level>tỉnh|thành phố|huyện) (?P<rest>về .*)$"
)
_OF_LEVEL = regex.compile(r" của (?P<level>tỉnh|thành phố|huyện|xã)(?P<place>(?: \p{Lu}\S*)*)$")


def _steering_order(name: str) -> str:
    """``Ban Chỉ đạo tỉnh về X`` is named ``Ban Chỉ đạo về X tỉnh``; ``... bầu cử của tỉnh`` is
    ``... bầu cử tỉnh``."""
    name = _OF_LEVEL.sub(lambda m: f" {m.group('level')}{m.group('place')}", name)
    m = _STEERING_LEVEL.match(name)
    if m:
        rest = m.group("rest")
        level = m.group("level")
        if not regex.search(rf" {level}(?: \p{{Lu}}\S*)*$", rest):
            rest = f"{rest} {level}"
        name = f"{m.group('head')} {rest}"
    return name
