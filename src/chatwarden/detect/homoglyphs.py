"""Latin ↔ Cyrillic look-alikes and leetspeak, resolved one word at a time.

A spammer writes ``зaрaботok`` (Latin a, o, k inside a Russian word) or
``pаypal`` (a Cyrillic а inside an English one) so that keyword filters miss
it. Inside a word that mixes the two alphabets, the letters of one script are
mapped to their look-alikes in the other: to the script that can spell the
whole word, the majority one when both can. The pairs come from the Unicode
confusables table as packaged by ``confusable_homoglyphs``, plus a few
handwriting look-alikes spammers use that the table leaves out.

Leetspeak digits and symbols are decoded only *between* letters (``b1tch``,
``с0сать``) or as a single character opening or closing a long word
(``3дравствуйте``), so prices, years and phone numbers stay untouched.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from confusable_homoglyphs import categories, confusables

# Look-alikes the Unicode table does not list but that chat spam uses widely.
_EXTRA_LAT2CYR = {"n": "п", "u": "и", "m": "т", "b": "ь", "k": "к", "h": "н", "y": "у"}
LEET = {
    "lat": {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a",
            "$": "s", "!": "i", "|": "l"},
    "cyr": {"0": "о", "3": "з", "4": "ч", "6": "б", "8": "в", "@": "а"},
}
"""Leet digits and symbols as letters, per alphabet: inside a word here, and at its edges in
``normalize`` (where the word already hides one inside)."""


_GREEK_SMALL_CAPS = {"ᴦ": "г", "ᴧ": "л", "ᴨ": "п", "ᴩ": "р"}


def _script(ch: str) -> str | None:
    if "a" <= ch <= "z" or "A" <= ch <= "Z":
        return "lat"
    if "\u0400" <= ch <= "\u04ff":
        return "cyr"
    return None


@lru_cache(maxsize=1)
def tables() -> dict[str, dict[str, str]]:
    """``{"lat": Cyrillic→Latin, "cyr": Latin→Cyrillic}`` for single basic letters, by case."""
    to_lat: dict[str, str] = {}
    to_cyr: dict[str, str] = {}
    for ch, glyphs in confusables.confusables_data.items():
        if len(ch) != 1:
            continue
        src = _script(ch)
        for glyph in glyphs:
            c = glyph["c"]
            if len(c) != 1 or src is None or _script(c) is None or _script(c) == src:
                continue
            if categories.alias(ch) not in ("LATIN", "CYRILLIC"):
                continue
            (to_lat if src == "cyr" else to_cyr).setdefault(ch, c)
    for src, dst in list(to_cyr.items()):
        to_lat.setdefault(dst, src)
    for src, dst in list(to_lat.items()):
        to_cyr.setdefault(dst, src)
    # add the other case of every pair whose case partner is also a letter of the same script
    for table in (to_lat, to_cyr):
        for src, dst in list(table.items()):
            for a, b in ((src.upper(), dst.upper()), (src.lower(), dst.lower())):
                if len(a) == 1 and len(b) == 1 and _script(a) and _script(b):
                    table.setdefault(a, b)
    for lat, cyr in _EXTRA_LAT2CYR.items():
        to_cyr.setdefault(lat, cyr)
        to_lat.setdefault(cyr, lat)
    return {"lat": to_lat, "cyr": to_cyr}


@lru_cache(maxsize=1)
def exotic() -> dict[str, str]:
    """Letters of other blocks (small capitals, phonetic and Greek forms) → the basic
    Latin or Cyrillic letter they imitate: ``ᴏ`` → ``o``, ``ᴨ`` → ``п``."""
    out: dict[str, str] = dict(_GREEK_SMALL_CAPS)
    for ch, glyphs in confusables.confusables_data.items():
        if len(ch) != 1 or _script(ch) or not ch.isalpha():
            continue
        for glyph in glyphs:
            if len(glyph["c"]) == 1 and _script(glyph["c"]):
                out.setdefault(ch, glyph["c"])
                break
    for code in range(0x1D00, 0x1D2C):  # Phonetic Extensions: the small capitals
        ch = chr(code)
        name = unicodedata.name(ch, "")
        letter = name.rsplit(" ", 1)[-1]
        if "SMALL CAPITAL" in name and len(letter) == 1:
            out.setdefault(ch, letter.lower())
    for ch in "ʙɢʜɪʟɴʀʏ":
        out.setdefault(ch, unicodedata.name(ch).rsplit(" ", 1)[-1].lower())
    return out


def _in(target: str, ch: str) -> str | None:
    """``ch`` spelled in ``target``'s alphabet, if it has a look-alike there."""
    s = _script(ch)
    if s == target:
        return ch
    if s is not None:
        return tables()[target].get(ch)
    base = exotic().get(ch)
    if base is None:
        return None
    return base if _script(base) == target else tables()[target].get(base)


@lru_cache(maxsize=1)
def _strict() -> frozenset[str]:
    """Basic letters that have a look-alike in the other alphabet in the Unicode table."""
    out: set[str] = set()
    for ch, glyphs in confusables.confusables_data.items():
        for glyph in glyphs:
            c = glyph["c"]
            if len(ch) == 1 and len(c) == 1 and _script(ch) and _script(c) \
                    and _script(ch) != _script(c):
                out.update((ch, c, ch.lower(), c.lower()))
    return frozenset(out)


def _target(word: str) -> str | None:
    """The alphabet a mixed word is really written in.

    Letters with no look-alike in the other alphabet (Cyrillic п, д, ж; Latin f,
    g) decide, then the plain majority, then Cyrillic, the product's language.
    Words made only of exotic look-alikes are taken as Latin, their origin.
    """
    counts = {"lat": 0, "cyr": 0}
    distinct = {"lat": 0, "cyr": 0}
    odd = 0
    strict = _strict()
    for ch in word:
        s = _script(ch)
        if s is not None:
            counts[s] += 1
            distinct[s] += ch not in strict
        elif ch in exotic():
            odd += 1
    lat, cyr = counts["lat"], counts["cyr"]
    if not lat and not cyr:
        return "lat" if odd and all(_in("lat", c) for c in word if c in exotic()) else None
    if not odd and (not lat or not cyr):
        return "lat" if lat else "cyr"
    letters = [ch for ch in word if _script(ch) or ch in exotic()]
    can = {t: all(_in(t, ch) for ch in letters) for t in ("lat", "cyr")}
    ranked = sorted(("cyr", "lat"), key=lambda t: (distinct[t], counts[t], t == "cyr"),
                    reverse=True)
    return next((t for t in ranked if can[t]), None)


@lru_cache(maxsize=65536)
def resolve_word(word: str) -> str:
    """``word`` spelled in one alphabet, with leetspeak between letters decoded.

    The result has the same length as ``word``, so positions still line up.
    """
    target = _target(word)
    if target is None:
        return word
    leet = LEET[target]
    out = list(word)
    for i, ch in enumerate(word):
        if _script(ch) != target and ch.isalpha():
            out[i] = _in(target, ch) or ch
    i = 0
    n = len(word)
    while i < n:
        if word[i] in leet and not word[i].isalpha():
            j = i
            while j < n and word[j] in leet and not word[j].isalpha():
                j += 1
            inside = i > 0 and j < n and word[i - 1].isalpha() and word[j].isalpha()
            # one leet character opening or closing a long word: "3дравствуйте"
            edge = j - i == 1 and (i == 0 or j == n) and sum(c.isalpha() for c in word) >= 4
            if inside or edge:
                for k in range(i, j):
                    out[k] = leet[word[k]]
            i = j
        else:
            i += 1
    return "".join(out)
