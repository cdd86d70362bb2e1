"""Latin ↔ Cyrillic look-alikes and leetspeak, resolved one word at a time.

A spammer writes ``зaрaботok`` (Latin a, o, k inside a Russian word) or
``pаypal`` (a Cyrillic а inside an English one) so that keyword filters miss
it. Inside a word that mixes the two alphabets, the letters of one script are
mapped to their look-alikes in the other: to the script that can spell the
whole word, the majority one when both can. The pairs come from the Unicode
confusables table as packaged by ``confusable_homoglyphs``, plus a few
handwriting look-alikes spammers use that the table leaves out.

Leetspeak digits and symbols are decoded only *between* letters (``b1tch``,
``с0сать``), so prices, years and phone numbers stay untouched.
"""

from __future__ import annotations

from functools import lru_cache

from confusable_homoglyphs import categories, confusables

# Look-alikes the Unicode table does not list but that chat spam uses widely.
_EXTRA_LAT2CYR = {"n": "п", "u": "и", "m": "т", "b": "ь", "k": "к", "h": "н", "y": "у"}
_LEET = {
    "lat": {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a",
            "$": "s", "!": "i", "|": "l"},
    "cyr": {"0": "о", "3": "з", "4": "ч", "6": "б", "8": "в", "@": "а"},
}


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
    for lat, cyr in _EXTRA_LAT2CYR.items():
        to_cyr.setdefault(lat, cyr)
        to_lat.setdefault(cyr, lat)
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
    return {"lat": to_lat, "cyr": to_cyr}


def _target(word: str) -> str | None:
    lat = cyr = 0
    for ch in word:
        s = _script(ch)
        if s == "lat":
            lat += 1
        elif s == "cyr":
            cyr += 1
    if not lat and not cyr:
        return None
    if not lat or not cyr:
        return "lat" if lat else "cyr"
    t = tables()
    can_cyr = all(ch in t["cyr"] for ch in word if _script(ch) == "lat")
    can_lat = all(ch in t["lat"] for ch in word if _script(ch) == "cyr")
    if can_cyr and (not can_lat or cyr >= lat):
        return "cyr"
    if can_lat:
        return "lat"
    return None


@lru_cache(maxsize=65536)
def resolve_word(word: str) -> str:
    """``word`` spelled in one alphabet, with leetspeak between letters decoded.

    The result has the same length as ``word``, so positions still line up.
    """
    target = _target(word)
    if target is None:
        return word
    swap = tables()[target]
    leet = _LEET[target]
    out = list(word)
    for i, ch in enumerate(word):
        s = _script(ch)
        if s is not None and s != target:
            out[i] = swap.get(ch, ch)
    i = 0
    n = len(word)
    while i < n:
        if word[i] in leet and not word[i].isalpha():
            j = i
            while j < n and word[j] in leet and not word[j].isalpha():
                j += 1
            if i > 0 and j < n and word[i - 1].isalpha() and word[j].isalpha():
                for k in range(i, j):
                    out[k] = leet[word[k]]
            i = j
        else:
            i += 1
    return "".join(out)
