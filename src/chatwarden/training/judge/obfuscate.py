"""A seeded obfuscator of Russian text, for measuring how toxicity survives filter dodging.

Synthetic, not collected: labelled obfuscated Russian comments are what the held-out set
has and we do not. The kinds are the "word camouflage" that Huertas-García et al. catalogue
in content-moderation evasion (arXiv:2212.14727, their ``pyleetspeak`` simulator: leet,
punctuation inserted between letters, look-alike characters) plus what Russian chats add
on top (Latin look-alikes inside Cyrillic words, masks such as «с*ка», transliteration
such as «suka»):

- ``latin``: Cyrillic letters swapped for Latin look-alikes («тупoй» with a Latin o);
- ``leet``: digits for letters (о→0, з→3, ч→4, б→6, и→1, а→4);
- ``mask``: one vowel hidden behind ``*``, ``@`` or ``#`` («т*пой», «ид@от»);
- ``spaced``: a word written apart, letter by letter or dotted («т у п о й», «т.у.п.о.й»);
- ``stretch``: a letter repeated («тууупой»);
- ``zwsp``: zero-width characters between letters (invisible in the client);
- ``translit``: the whole text in Latin transliteration («ty tupoy idiot»).

Each row gets one or two kinds, chosen from a seed and the row's text, so toxic and clean
rows are treated alike and a rerun gives the same text. Word-level kinds touch about half
of the words of three letters or more (never the label's words in particular: the
obfuscator does not see the label).
"""

from __future__ import annotations

import random
import re
import zlib

KINDS = ("latin", "leet", "mask", "stretch", "spaced", "zwsp", "translit")
"""In the order they are applied: letters first, then what splits a word, transliteration last."""
MIX = "mix"
"""The kind reported for rows that got two kinds."""

_LATIN = str.maketrans("аеорсухкмтАЕОРСУХКМТВН", "aeopcyxkmtAEOPCYXKMTBH")
_LEET = str.maketrans("озчбиа", "034614")
_VOWELS = frozenset("аеёиоуыэюя")
_MASKS = "*@#"
_TRANSLIT = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p",
     "r", "s", "t", "u", "f", "h", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"),
    strict=True))
_WORD = re.compile(r"[^\W\d_][^\W_]{2,}")


def _latin(word: str, rng: random.Random) -> str:
    return word.translate(_LATIN)


def _leet(word: str, rng: random.Random) -> str:
    return word.translate(_LEET)


def _mask(word: str, rng: random.Random) -> str:
    inner = [i for i, ch in enumerate(word) if i > 0 and ch.lower() in _VOWELS]
    if not inner:
        return word
    i = rng.choice(inner)
    return word[:i] + rng.choice(_MASKS) + word[i + 1:]


def _spaced(word: str, rng: random.Random) -> str:
    return rng.choice((" ", ".", "-")).join(word)


def _stretch(word: str, rng: random.Random) -> str:
    i = rng.randrange(len(word))
    return word[:i + 1] + word[i] * rng.randint(2, 4) + word[i + 1:]


def _zwsp(word: str, rng: random.Random) -> str:
    return "\u200b".join(word)


def _translit(text: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) if ch.islower() else
                   _TRANSLIT.get(ch.lower(), ch).capitalize() for ch in text)


_PER_WORD = {"latin": _latin, "leet": _leet, "mask": _mask, "spaced": _spaced,
             "stretch": _stretch, "zwsp": _zwsp}


def _applies(kind: str, word: str) -> bool:
    """Whether ``kind`` can change ``word`` (no look-alike letter, no vowel to mask: no)."""
    if kind in ("latin", "leet"):
        return word.translate(_LATIN if kind == "latin" else _LEET) != word
    return kind != "mask" or any(ch.lower() in _VOWELS for ch in word[1:])


def kinds_for(text: str, seed: int) -> tuple[str, ...]:
    """The one or two kinds row ``text`` gets under ``seed``."""
    rng = random.Random(zlib.crc32(f"{seed}\x00{text}".encode()))
    return tuple(rng.sample(KINDS, rng.choice((1, 2))))


def obfuscate(text: str, seed: int = 0, kinds: tuple[str, ...] | None = None) -> str:
    """``text`` obfuscated with ``kinds`` (by default :func:`kinds_for` the seed)."""
    chosen = [k for k in KINDS if k in (kinds or kinds_for(text, seed))]
    rng = random.Random(zlib.crc32(f"{seed}\x01{text}".encode()))
    out = text
    for kind in chosen:
        if kind == "translit":
            out = _translit(out)
            continue
        fn = _PER_WORD[kind]
        words = [m for m in _WORD.finditer(out) if _applies(kind, m.group())]
        if not words:
            continue
        # spacing a whole sentence out is rarer than a word or two; other kinds touch half;
        # at least one word each, so every row really is obfuscated
        share = 0.3 if kind == "spaced" else 0.5
        picked = {m.start() for m in words if rng.random() < share} \
            or {rng.choice(words).start()}
        out = _WORD.sub(lambda m, fn=fn, picked=picked: fn(m.group(), rng)  # type: ignore[misc]
                        if m.start() in picked else m.group(), out)
    return out


def kind_of(text: str, seed: int) -> str:
    """The name a row is reported under: its kind, or :data:`MIX` for two."""
    chosen = kinds_for(text, seed)
    return chosen[0] if len(chosen) == 1 else MIX
