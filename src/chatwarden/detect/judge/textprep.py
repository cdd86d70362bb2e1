"""Obscenity-specific readings on top of the shared :func:`normalize.normalize`.

The shared view already resolves look-alikes, leetspeak inside words, letters
written apart («х у й») and stretched letters, with a map back to the original.
Swearing needs two more readings per token: Latin transliteration of Russian
(«pizdec», «blyad») and leet at a word's edge («3аебал»), which the shared
view leaves alone because there it could be a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from chatwarden.detect.normalize import Normalized, normalize

# Latin look-alikes and leet digits read as Cyrillic inside a Cyrillic-looking token.
_TO_CYR = str.maketrans({
    "a": "а", "b": "б", "c": "с", "e": "е", "h": "н", "k": "к", "m": "м", "o": "о",
    "p": "р", "t": "т", "x": "х", "y": "у", "u": "и", "n": "п", "r": "г",
    "0": "о", "1": "и", "3": "з", "4": "ч", "6": "б", "@": "а", "$": "с", "€": "е", "|": "и",
})
# Cyrillic look-alikes and leet digits read as Latin inside a Latin-looking token.
_TO_LAT = str.maketrans({
    "а": "a", "в": "b", "с": "c", "е": "e", "н": "h", "к": "k", "м": "m", "о": "o",
    "р": "p", "т": "t", "х": "x", "у": "y", "і": "i", "ѕ": "s", "0": "o", "1": "i",
    "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l",
})
# Transliteration of whole Latin tokens into Cyrillic («pizdec», «blyad», «huy»).
_TRANSLIT = (
    ("shch", "щ"), ("sch", "щ"), ("zh", "ж"), ("kh", "х"), ("ch", "ч"), ("sh", "ш"),
    ("ya", "я"), ("yo", "ё"), ("yu", "ю"), ("ja", "я"), ("ju", "ю"), ("ts", "ц"),
    ("uy", "уй"), ("ay", "ай"), ("oy", "ой"), ("ey", "ей"), ("iy", "ий"),
    ("a", "а"), ("b", "б"), ("v", "в"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
    ("i", "и"), ("j", "й"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"),
    ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("h", "х"),
    ("c", "ц"), ("y", "ы"), ("w", "в"), ("x", "кс"), ("q", "к"),
)
_TRANSLIT_RE = re.compile("|".join(re.escape(k) for k, _ in _TRANSLIT))
_TRANSLIT_MAP = dict(_TRANSLIT)
# A token: letters, digits and the symbols people put inside a swear word.
_TOKEN = re.compile(r"[\w@$€|*!]+")


@dataclass(frozen=True, slots=True)
class Folded:
    """The shared normalized text, with its map back to the original."""

    norm: Normalized

    @property
    def text(self) -> str:
        return self.norm.text

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original ``[start, end)`` of normalized ``[start, end)``."""
        return self.norm.span(start, end)


def _cyrillic_share(token: str) -> float:
    letters = [ch for ch in token if ch.isalpha()]
    if not letters:
        return 0.0
    return sum("а" <= ch <= "я" or ch == "ё" for ch in letters) / len(letters)


def canon_token(token: str) -> tuple[str, str]:
    """Both readings of one token: (Cyrillic reading, Latin reading).

    A token mostly in Cyrillic keeps its Cyrillic and reads Latin look-alikes
    as Cyrillic; a token wholly in Latin is read both as English (leet undone)
    and as Russian transliteration, because «pizdec» and «fuck» are both real.
    """
    low = token.casefold().replace("ё", "е")
    share = _cyrillic_share(low)
    if share > 0:
        cyr = low.translate(_TO_CYR)
        return cyr, low.translate(_TO_LAT)
    lat = low.translate(_TO_LAT)
    return _TRANSLIT_RE.sub(lambda m: _TRANSLIT_MAP[m.group(0)], lat), lat


def prepare(text: str) -> Folded:
    """The shared :func:`normalize` view (look-alikes, leet, separators, runs resolved)."""
    return Folded(normalize(text))


def tokens(folded: Folded) -> list[tuple[int, int, str]]:
    """Tokens of the folded text as (start, end, token)."""
    out = []
    for m in _TOKEN.finditer(folded.text):
        token = m.group(0).rstrip("!")
        if token:
            out.append((m.start(), m.start() + len(token), token))
    return out
