"""A second, seeded obfuscator of Russian text: the offensive words, as real chats hide them.

:mod:`obfuscate` touches about half of all words at random with seven kinds, and the readers
(``normalize.reading``, ``LinearModel.reading``, the lexicon) were improved while measuring on
it, so its figures may flatter them. This one is the honest second check (issue 10):

- it hides the **offensive words** of a row — мат found by :func:`lexicon.judge_token` and
  insults from a stem list of its own (:data:`OFFENSIVE`) — as members do, and touches no other
  word; a row with none of them gets one word of four letters or more hidden the same way (a
  decoy: clean rows are obfuscated like toxic ones, so precision is measured). It never sees
  the label;
- its kinds are shapes :mod:`obfuscate` never made (a consonant masked, stars to the end,
  «@» for «а», one or two digits with «3» for «е», a hyphen or space splitting a word,
  other Latin look-alikes, «ё», shouting, punctuation runs inside a word, uneven spacing,
  emoji inside, dropped vowels, the English keyboard layout, one word transliterated inside
  Cyrillic, Greek look-alikes, mocking case);
- the kinds are split, before any reader was changed, into a **tuning** set (readers may be
  improved on its misses) and a **held** set (measured once before and once after): the split
  is the CRC-32 of the kind's name, even for tuning (the probes' rule,
  ``scripts/probe_split.tuning``), and :data:`TUNING` / :data:`HELD` are committed with it.

Each row gets one kind of a set, chosen from :data:`SEED` and the row's text, so a rerun
gives the same text.
"""

from __future__ import annotations

import random
import re
import zlib
from collections.abc import Callable

from chatwarden.detect.judge import lexicon

SEED = 22
"""One fixed seed: the obfuscated texts are the same in every run and every commit."""

_VOWELS = frozenset("аеёиоуыэюя")
_WORD = re.compile(r"[А-Яа-яЁё]+")

OFFENSIVE = re.compile(
    r"^(?:дебил|идиот|туп[оаыуе]|тупиц|глуп|дур(?:а|ак|ачок|ра|еха|ень|н)|придур|урод|мраз|"
    r"твар|чмо|чмош|лох|лош|даун|кретин|ублюд|скот|сволоч|падл|гнид|ничтожеств|клоун|"
    r"дегенерат|шиз|псих|мудак|мудил|пид[оаэе]?р|хуесос|гандон|гондон|пиздабол|свин|коз[её]л|"
    r"козл|еблан|петух|петуш|быдл|дебич|деград|недоум|болван|сопляк|школот|выблядок|нищеброд|"
    r"терпил|чушк|чушпан|паскуд|подонок|подонк|мерзав|обсос|говноед|балбес|баран|олен|овц|"
    r"дятел|дятл|жирн|жирух|заткн|сдохн|сдох|убей|убью|вал[иь]|отсос|сос[иа]|член|жоп|говн|"
    r"дерьм|сран|сук|сучк|сучар|шлюх|шалав|тупорыл|долба|долбо|дол?б[ао][её]б|ебан|ебл|уеб|"
    r"хрен|хер|залуп|очко|рукожоп|бомж|нахер|нахрен)")
"""Insult and coarse stems, at a word's start (lower case, «ё» as written); мат comes from
the lexicon. Written for this obfuscator, from no data set: which words it hides decides
nothing about the label."""


def offensive(word: str) -> bool:
    """Whether a Cyrillic ``word`` is one a member would hide: мат, vulgar or an insult."""
    low = word.lower()
    return bool(OFFENSIVE.match(low) or lexicon.judge_token(low))


def _inner(word: str) -> list[int]:
    return list(range(1, len(word) - 1))


def mask_any(word: str, rng: random.Random) -> str:
    """«х*й», «п#здец», «д%бил»: one inner letter, a consonant as often as a vowel, masked."""
    i = rng.choice(_inner(word))
    return word[:i] + rng.choice("*#%") + word[i + 1:]


def stars_tail(word: str, rng: random.Random) -> str:
    """«х**», «п****ц», «д***л»: the first letter kept, the rest stars (the last letter kept
    half the time)."""
    keep_last = len(word) > 3 and rng.random() < 0.5
    stars = len(word) - 1 - keep_last
    return word[0] + "*" * stars + (word[-1] if keep_last else "")


def at_a(word: str, rng: random.Random) -> str:
    """«бл@», «н@хуй», «с@мка»: every «а» and «я» written «@»."""
    return re.sub("[аяАЯ]", "@", word)


_DIGIT = {"з": "3", "е": "3", "и": "1", "о": "0", "ч": "4", "б": "6", "т": "7", "в": "8",
          "а": "4", "я": "9"}


def digits(word: str, rng: random.Random) -> str:
    """«ид1от», «д3бил», «c7ерва»: one or two letters as digits, «3» for «е» or «з», «7» for «т»."""
    slots = [i for i, ch in enumerate(word) if ch.lower() in _DIGIT]
    picked = rng.sample(slots, min(len(slots), rng.choice((1, 2))))
    return "".join(_DIGIT[ch.lower()] if i in picked else ch for i, ch in enumerate(word))


def apart_mixed(word: str, rng: random.Random) -> str:
    """«д.е б_и,л»: letters apart, a different separator between each two."""
    out = word[0]
    for ch in word[1:]:
        out += rng.choice((".", " ", "_", ",", "-", ". ", "'")) + ch
    return out


def split(word: str, rng: random.Random) -> str:
    """«ху-йня», «ду рак»: the word cut once, by a hyphen or a space."""
    i = rng.randrange(2, len(word) - 1) if len(word) > 3 else 1
    return word[:i] + rng.choice(("-", " ")) + word[i:]


_OTHER_LATIN = {"и": "u", "в": "b", "ь": "b", "п": "n", "г": "r", "т": "m", "д": "g",
                "л": "JI", "я": "R", "ш": "w", "з": "3"}


def lookalike(word: str, rng: random.Random) -> str:
    """«дeбuл», «nидор», «rовно», «ублюgок»: the look-alikes that are no confusable pair
    (u for «и», b for «в» or «ь», n for «п», r for «г», m for «т», g for «д», w for «ш»), one
    to three of them."""
    slots = [i for i, ch in enumerate(word) if ch.lower() in _OTHER_LATIN]
    picked = rng.sample(slots, min(len(slots), rng.choice((1, 2, 3))))
    return "".join(_OTHER_LATIN[ch.lower()] if i in picked else ch for i, ch in enumerate(word))


def yo(word: str, rng: random.Random) -> str:
    """«ёбаный», «дёбил», «уёбок», «сучёнок»: «е» and «ё» swapped."""
    return word.translate(str.maketrans("еёЕЁ", "ёеЁЕ"))


_CAP_LATIN = str.maketrans("АВЕКМНОРСТХ", "ABEKMHOPCTX")


def shout(word: str, rng: random.Random) -> str:
    """«ДEБИЛ» in a shouted line: the word in capitals with some capitals Latin (the whole
    line is upper-cased by :func:`obfuscate`)."""
    up = word.upper()
    return "".join(ch.translate(_CAP_LATIN) if rng.random() < 0.5 else ch for ch in up)


def punct_inside(word: str, rng: random.Random) -> str:
    """«д...ебил», «ту!!пой», «су,,ка»: a run of punctuation inside the word."""
    i = rng.randrange(1, len(word))
    return word[:i] + rng.choice(".,!?-") * rng.randint(2, 3) + word[i:]


def spaced_uneven(word: str, rng: random.Random) -> str:
    """«с у  к   а»: letters apart with one to three spaces, unevenly."""
    out = word[0]
    for ch in word[1:]:
        out += " " * rng.randint(1, 3) + ch
    return out


_EMOJI = ("🤡", "💩", "🖕", "😡", "🔥", "❤️", "🙈", "👉")


def emoji_inside(word: str, rng: random.Random) -> str:
    """«ду🤡рак», «х💩й»: an emoji between two letters, or for one of them."""
    i = rng.randrange(1, len(word))
    e = rng.choice(_EMOJI)
    if rng.random() < 0.5 and i < len(word) - 1:
        return word[:i] + e + word[i + 1:]
    return word[:i] + e + word[i:]


def no_vowels(word: str, rng: random.Random) -> str:
    """«пдр», «дбл», «ск»: the vowels after the first letter dropped."""
    return word[0] + "".join(ch for ch in word[1:] if ch.lower() not in _VOWELS)


_LAYOUT = str.maketrans("йцукенгшщзхъфывапролджэячсмитьбюё",
                        "qwertyuiop[]asdfghjkl;'zxcvbnm,.`")


def layout(word: str, rng: random.Random) -> str:
    """«lt,bk», «negjq», «cerf»: typed with the English keyboard layout on."""
    return word.lower().translate(_LAYOUT)


_CHAT_TRANSLIT: dict[str, tuple[str, ...]] = {
    "а": ("a",), "б": ("b",), "в": ("v",), "г": ("g",), "д": ("d",), "е": ("e",), "ё": ("e", "yo"),
    "ж": ("zh", "j"), "з": ("z",), "и": ("i",), "й": ("i", "y", "j"), "к": ("k",), "л": ("l",),
    "м": ("m",), "н": ("n",), "о": ("o",), "п": ("p",), "р": ("r",), "с": ("s",), "т": ("t",),
    "у": ("u",), "ф": ("f",), "х": ("h", "x", "kh"), "ц": ("c", "ts"), "ч": ("ch", "4"),
    "ш": ("sh", "w"), "щ": ("sch", "sh"), "ъ": ("",), "ы": ("y", "i"), "ь": ("", "'"),
    "э": ("e",), "ю": ("yu", "ju", "u"), "я": ("ya", "ja", "a"),
}


def translit_word(word: str, rng: random.Random) -> str:
    """«ты debil», «idi nahui», «4mo»: the one word in Latin, as chat spells it (x or h for
    «х», w for «ш», 4 for «ч», j for «й»), inside a Cyrillic line."""
    return "".join(rng.choice(_CHAT_TRANSLIT.get(ch, (ch,))) for ch in word.lower())


_GREEK = {"о": "ο", "а": "α", "е": "ε", "р": "ρ", "к": "κ", "т": "τ", "х": "χ", "п": "π",
          "и": "υ", "н": "η", "в": "β", "у": "γ"}


def greek(word: str, rng: random.Random) -> str:
    """«дεбил», «χуй», «πидор»: Greek look-alikes for one or two letters."""
    slots = [i for i, ch in enumerate(word) if ch.lower() in _GREEK]
    picked = rng.sample(slots, min(len(slots), rng.choice((1, 2))))
    return "".join(_GREEK[ch.lower()] if i in picked else ch for i, ch in enumerate(word))


def alt_case(word: str, rng: random.Random) -> str:
    """«ДеБиЛ», «сУкА»: mocking case, letters alternately upper and lower."""
    start = rng.randrange(2)
    return "".join(ch.upper() if (i + start) % 2 else ch.lower() for i, ch in enumerate(word))


Kind = Callable[[str, random.Random], str]

KINDS: dict[str, Kind] = {
    "mask_any": mask_any, "stars_tail": stars_tail, "at_a": at_a, "digits": digits,
    "apart_mixed": apart_mixed, "split": split, "lookalike": lookalike, "yo": yo,
    "shout": shout, "punct_inside": punct_inside, "spaced_uneven": spaced_uneven,
    "emoji_inside": emoji_inside, "no_vowels": no_vowels, "layout": layout,
    "translit_word": translit_word, "greek": greek, "alt_case": alt_case,
}
"""Every kind, by name. Each hides one word; ``shout`` upper-cases the whole line too."""

TUNING = ("alt_case", "apart_mixed", "digits", "emoji_inside", "greek", "layout", "lookalike",
          "no_vowels", "translit_word")
"""The kinds the readers may be improved on (even CRC-32 of the name), decided before any
reader changed: see :func:`split_of`."""
HELD = ("at_a", "mask_any", "punct_inside", "shout", "spaced_uneven", "split", "stars_tail", "yo")
"""The kinds measured only, once before and once after (odd CRC-32 of the name)."""


def split_of(kind: str) -> str:
    """"tuning" or "held": the CRC-32 of the kind's UTF-8 name, even for tuning."""
    return "tuning" if zlib.crc32(kind.encode("utf-8")) % 2 == 0 else "held"


def _changes(kind: str, word: str) -> bool:
    if len(word) < 3:
        return False
    return KINDS[kind](word, random.Random(0)) != word


def targets(text: str, kind: str) -> tuple[list[tuple[int, int]], bool]:
    """The spans ``kind`` hides in ``text`` and whether they are offensive words (False: a
    decoy, the longest word of four letters or more that ``kind`` can change, when the row
    has no offensive word it can)."""
    words = [m for m in _WORD.finditer(text) if _changes(kind, m.group())]
    found = [m.span() for m in words if offensive(m.group())]
    if found:
        return found, True
    long = [m for m in words if len(m.group()) >= 4]
    if not long:
        return [], False
    best = max(long, key=lambda m: (len(m.group()), -m.start()))
    return [best.span()], False


def kind_for(text: str, kinds: tuple[str, ...], seed: int = SEED) -> str:
    """The kind of ``kinds`` that row ``text`` gets under ``seed``."""
    return random.Random(zlib.crc32(f"{seed}\x00{text}".encode())).choice(kinds)


def obfuscate(text: str, kind: str, seed: int = SEED) -> str:
    """``text`` with its offensive words (or its decoy) hidden by ``kind``."""
    rng = random.Random(zlib.crc32(f"{seed}\x01{kind}\x01{text}".encode()))
    spans, _ = targets(text, kind)
    fn = KINDS[kind]
    out, pos = [], 0
    for start, end in spans:
        out.append(text[pos:start])
        out.append(fn(text[start:end], rng))
        pos = end
    out.append(text[pos:])
    joined = "".join(out)
    if kind == "shout":
        joined = joined.upper().rstrip(".!?") + "!!!"
    return joined


def obfuscated(texts: list[str], kinds: tuple[str, ...],
               seed: int = SEED) -> tuple[list[str], list[str], list[bool]]:
    """Each row obfuscated with a kind of ``kinds``: (texts, kind per row, whether the row's
    hidden words were offensive ones rather than a decoy)."""
    chosen = [kind_for(t, kinds, seed) for t in texts]
    return ([obfuscate(t, k, seed) for t, k in zip(texts, chosen, strict=True)], chosen,
            [targets(t, k)[1] for t, k in zip(texts, chosen, strict=True)])
