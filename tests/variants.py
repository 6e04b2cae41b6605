"""Real-copy variants of a text: what archives do to the same document."""

from __future__ import annotations

import unicodedata

from vnplan_extract.data import load_table

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


def old_tone_placement(text: str) -> str:
    """``hóa`` → ``hoá``, ``thủy`` → ``thuỷ``: the other placement, from the same table reversed."""
    moves = load_table("normalization")["tone_moves"]
    out = text
    for old, new in moves.items():
        out = out.replace(new + " ", old + " ").replace(new + "\n", old + "\n")
        out = out.replace(new + ",", old + ",").replace(new + ".", old + ".")
    return out


def cp1258_bytes(text: str) -> bytes:
    """Windows-1258 writes tone marks as combining characters after a precomposed base."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in parts if c not in _TONES)
        tones = "".join(c for c in parts if c in _TONES)
        out.append(unicodedata.normalize("NFC", base) + tones)
    return "".join(out).encode("cp1258")
