"""Legacy 8-bit Vietnamese font encodings (TCVN3/ABC, VNI) to Unicode.

Archives still hold documents typed with the ABC (TCVN3) or VNI fonts: the bytes are Vietnamese only
through the font, and any ordinary reading shows mojibake (``Ban ChÊp hµnh Trung ­¬ng`` is TCVN3,
``Vieät Nam`` is VNI). Such text reaches us either as raw bytes (read as Latin-1, which keeps every
byte) or as Unicode that someone already read as Windows-1252/1258 or Latin-1 and saved as UTF-8.
Both become bytes again through :func:`_to_bytes`, then through the byte tables in
``data/legacy_tcvn3.json`` / ``data/legacy_vni.json``.

Detection compares how many words are well-formed Vietnamese syllables before and after each
conversion: ordinary Unicode Vietnamese loses words when converted (``Đảng`` becomes ``éảng``), real
legacy text gains them, so a Unicode document is never converted.
"""

from __future__ import annotations

import unicodedata
from functools import cache
from typing import Literal

import regex

from vnplan_extract.data import load_table

LegacyName = Literal["tcvn3", "vni"]

_TONES = "\u0300\u0301\u0303\u0309\u0323"
_MARKS = _TONES + "\u0302\u0306"
# Onset, vowel nucleus and coda of a Vietnamese syllable (tones removed, lowercase). Somewhat loose
# (no onset/coda agreement): it only has to tell real syllables from mojibake such as ``hµnh``,
# ``vieät`` or ``hoaẽch``.
_NUCLEI_WORDS = (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi oo ua uâ uê ui uô "
    "uơ uy ưa ưi ưu ươ yê iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu"
)
_NUCLEI = _NUCLEI_WORDS.split(" ")
_SYLLABLE = regex.compile(
    r"(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?"
    r"(?:" + "|".join(sorted(_NUCLEI, key=len, reverse=True)) + r")"
    r"(?:ch|ng|nh|[cmnpt])?"
)
_WORD = regex.compile(r"\S+")
_EDGE_PUNCT = "\"'()[]{}.,;:!?-–—…“”‘’«»/*_#|<>"
_MIN_GAIN_WORDS = 2


@cache
def _reverse_reading() -> dict[str, int]:
    """Character -> byte for every common misreading of legacy bytes (Latin-1, 1252, 1258)."""
    rev: dict[str, int] = {}
    for b in range(0x80, 0x100):
        for codec in ("latin-1", "cp1252", "cp1258"):
            try:
                rev.setdefault(bytes([b]).decode(codec), b)
            except UnicodeDecodeError:
                continue
    return rev


@cache
def _suspects() -> frozenset[str]:
    """Characters of a misread legacy text that ordinary Vietnamese text (nearly) never holds."""
    viet = set("àáâãèéêìíòóôõùúýăđơưÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐƠƯ") | set(_TONES)
    common = set("“”‘’–—…•€°§©®«»·\u00a0")
    return frozenset(ch for ch in _reverse_reading() if ch not in viet and ch not in common)


@cache
def _byte_table(name: LegacyName) -> dict[int, str]:
    """Byte -> Unicode from ``data/legacy_<name>.json`` (VNI: letters and marks in one map)."""
    table = load_table(f"legacy_{name}")
    if name == "tcvn3":
        return {int(k, 16): v for k, v in table["bytes"].items()}
    out = {int(k, 16): v for k, v in table["letters"].items()}
    out.update({int(k, 16): v for k, v in table["marks"].items()})
    return out


@cache
def _char_table(name: LegacyName) -> dict[int, str]:
    """Misread character -> Unicode, for :meth:`str.translate`; other characters stay as is."""
    table = _byte_table(name)
    out = {ord(ch): table[b] for ch, b in _reverse_reading().items() if b in table}
    # Raw bytes read as Latin-1 show the fonts' Windows-1252 punctuation as C1 controls.
    for b in range(0x80, 0xA0):
        if b not in table:
            try:
                out.setdefault(b, bytes([b]).decode("cp1252"))
            except UnicodeDecodeError:
                continue
    return out


def convert(text: str, name: LegacyName) -> str:
    """``text`` (legacy bytes read as Latin-1/1252/1258) converted to Unicode as ``name``.

    Marks written as separate codes (VNI always, TCVN3 for capitals) are composed (NFC).
    """
    out = unicodedata.normalize("NFC", text.translate(_char_table(name)))
    if name == "tcvn3" and not _explicit_capitals(name).search(text):
        out = _capitalize_caps_lines(out)
    return out


# Ă Â Ê Ô Ơ Ư Đ: the capitals ABC has; the others are typed with the lowercase codes in a
# capitals font such as .VnTimeH, unless the document uses the VN1 slots or base + tone byte.
_PLAIN_CAPS = frozenset(range(0xA1, 0xA8))
# What the fonts keep of Windows-1252 (80-9F) and what an encoder may write as is.
_PUNCTUATION = frozenset("€‚„…†‡‰‹‘’“”•–—™›\u00a0")
_TONE_BYTES = frozenset(range(0xB0, 0xB5))


@cache
def _explicit_capitals(name: LegacyName) -> regex.Pattern[str]:
    """Misread characters that show the document writes toned capitals with their own codes."""
    table = _byte_table(name)
    rev = _reverse_reading()
    caps = {
        ch
        for ch, b in rev.items()
        if b in table and len(table[b]) == 1 and table[b].isupper() and b not in _PLAIN_CAPS
    }
    tones = {ch for ch, b in rev.items() if b in _TONE_BYTES}
    plain = {ch for ch, b in rev.items() if b in _PLAIN_CAPS}
    cap_class = "".join(regex.escape(c) for c in sorted(caps))
    upper_class = "A-Z" + "".join(regex.escape(c) for c in sorted(plain))
    tone_class = "".join(regex.escape(c) for c in sorted(tones))
    return regex.compile(f"[{cap_class}]|[{upper_class}][{tone_class}]")


def _capitalize_caps_lines(text: str) -> str:
    """ABC documents type toned capitals as lowercase codes in a capitals font (``KÕ HO¹CH``).

    A line whose ASCII letters are all capitals (at least three) is a heading in such a font, so
    its converted lowercase letters are capitals too.
    """
    lines = text.split("\n")
    for i, line in enumerate(lines):
        ascii_letters = [ch for ch in line if ch.isascii() and ch.isalpha()]
        if len(ascii_letters) >= 3 and all(ch.isupper() for ch in ascii_letters):
            lines[i] = line.upper()
    return "\n".join(lines)


def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(decomposed.count(t) for t in _TONES) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return _SYLLABLE.fullmatch(base) is not None


def vietnamese_words(text: str) -> tuple[int, int]:
    """(well-formed Vietnamese syllables, words) among the words that hold a non-ASCII character."""
    good = total = 0
    for m in _WORD.finditer(text):
        word = m.group().strip(_EDGE_PUNCT)
        if not word or word.isascii():
            continue
        total += 1
        good += _is_syllable(word)
    return good, total


def detect_and_convert(text: str) -> tuple[str, LegacyName] | None:
    """``(unicode_text, name)`` when ``text`` is legacy-encoded; ``None`` otherwise."""
    suspects = _suspects()
    if not any(ch in suspects for ch in set(text)):
        return None
    sample = text[:20000]
    base_good, _ = vietnamese_words(sample)
    best: tuple[int, LegacyName] | None = None
    names: tuple[LegacyName, ...] = ("tcvn3", "vni")
    for name in names:
        good, total = vietnamese_words(convert(sample, name))
        # Real legacy text turns into mostly proper syllables; demand a clear gain over the text
        # as read, so Unicode text with a stray © or ½ is never converted.
        gain = good - base_good
        clear = total and good >= 0.6 * total and gain >= max(_MIN_GAIN_WORDS, 0.3 * total)
        if clear and (best is None or good > best[0]):
            best = (good, name)
    if best is None:
        return None
    return convert(text, best[1]), best[1]


def encode(text: str, name: LegacyName, errors: Literal["strict", "replace"] = "strict") -> bytes:
    """Unicode ``text`` as legacy bytes (for making test files; the inverse of :func:`convert`).

    Characters with no legacy code are written as decomposed base + marks where the encoding allows
    (TCVN3 has combining tone bytes, VNI writes every mark after its letter). A character neither
    can write raises :class:`ValueError`, or becomes ``?`` with ``errors="replace"``.
    """
    table = _byte_table(name)
    # Marks keyed in canonical order (dot below sorts before the circumflex), as NFD gives them.
    inverse = {
        unicodedata.normalize("NFD", "a" + v)[1:] if v[0] in _MARKS else v: k
        for k, v in sorted(table.items(), reverse=True)
    }
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += _encode_char(ch, inverse, name)
        except ValueError:
            if errors == "strict":
                raise
            out += b"?"
    return bytes(out)


def _encode_char(ch: str, inverse: dict[str, int], name: LegacyName) -> bytes:
    if ch.isascii():
        return ch.encode("ascii")
    if ch in inverse:
        return bytes([inverse[ch]])
    if ch in _PUNCTUATION:
        return ch.encode("cp1252")
    decomposed = unicodedata.normalize("NFD", ch)
    if name == "vni":
        # Base letter (which may itself be a one-byte VNI letter such as ơ) then one mark byte.
        base, marks = decomposed[0], decomposed[1:]
        for i in range(len(decomposed), 0, -1):
            head = unicodedata.normalize("NFC", decomposed[:i])
            if head in inverse or (len(head) == 1 and head.isascii()):
                base, marks = head, decomposed[i:]
                break
        if base != ch and (marks in inverse or not marks):
            mark = b""
            if marks:
                # Mark codes come in two cases; a capital letter takes the capital one.
                code = inverse[marks] | 0x20
                mark = bytes([code - 0x20 if base.isupper() else code])
            return _encode_char(base, inverse, name) + mark
    else:
        # A letter with its tone removed has a code; the tone is one of the combining bytes.
        tones = [c for c in decomposed if c in _TONES]
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))
        if len(tones) == 1 and tones[0] in inverse and (base in inverse or base.isascii()):
            return _encode_char(base, inverse, name) + bytes([inverse[tones[0]]])
    raise ValueError(f"{ch!r} has no {name} code")
