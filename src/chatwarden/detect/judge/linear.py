"""The fast stage: a linear model over character and word n-grams, plain arrays only.

Training (scikit-learn, not needed at run time) and scoring share one analyzer,
:func:`features`, so the shipped vocabulary means exactly what it meant in
training. The artifact is a JSON vocabulary plus an ``.npz`` of idf, weights and
calibration: nothing is unpickled, so a model file cannot run code.

Scoring is TF-IDF (sublinear tf, l2 norm) dotted with one weight row per label,
then Platt-calibrated per language: ``p = sigmoid(a * logit + b)``. The two
languages' data disagree on where "toxic" starts (forum comments vs tweets), so
each language gets its own ``a, b``, fitted on that language's validation rows.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise, product, repeat
from pathlib import Path
from typing import Final

import numpy as np

from chatwarden.detect.judge import lexicon
from chatwarden.detect.judge.group_spelling import offensive_respelled
from chatwarden.detect.judge.textprep import canon_token
from chatwarden.detect.normalize import clean, fold, reading, russian_dictionary

ARTIFACTS = Path(__file__).parent / "artifacts"
_WORD = re.compile(r"\w+")
_DIGITS = re.compile(r"\d")
CHAR_RANGE = (3, 5)
"""Char 2-grams cost a quarter of the scoring time and add nothing measurable."""


def features(text: str) -> list[str]:
    """The n-grams a text is judged on: words, word pairs, char 3–5-grams, lexicon hits.

    Digits become ``0`` (numbers carry no toxicity), ``ё`` becomes ``е``; a lexicon
    hit adds one ``lex:`` feature so obfuscated swearing weighs like the plain word.
    """
    folded = _DIGITS.sub("0", fold(text).replace("ё", "е"))
    words = _WORD.findall(folded)
    out = [f"w:{w}" for w in words]
    out.extend(f"b:{a} {b}" for a, b in pairwise(words))
    for w in words:
        out.extend(_cached_grams(w) if len(w) <= CACHED_WORD else char_grams(w))
    out.extend(f"lex:{h.strength}" for h in lexicon.find(text))
    return out


CACHED_WORD = 40
"""The longest word whose n-grams are cached. Chat repeats its short words; a long one is
rare, and a flood of distinct 8,000-letter "words" (about 2 MB of n-grams each) would
otherwise fill the cache with hundreds of megabytes."""


def char_grams(word: str) -> tuple[str, ...]:
    """The char n-grams of one word (:data:`CHAR_RANGE`, the word padded with a space each
    side), shortest first, in order: the order is the one the model's dot product sums in."""
    lo, hi = CHAR_RANGE
    padded = f" {word} "
    size = len(padded)
    return tuple(padded[i:i + n] for n in range(lo, min(hi, size) + 1)
                 for i in range(size - n + 1))


_cached_grams = lru_cache(maxsize=65536)(char_grams)
"""Building n-grams was a fifth of the linear stage; words up to :data:`CACHED_WORD` long
are built once (65,536 of them are a few tens of megabytes)."""


# a Cyrillic word with one or two characters standing in for letters: «т*пой», «п1д0р»
_MASKED = re.compile(r"(?<!\w)[а-яё]+(?:[*#@_\d][а-яё]*){1,2}[а-яё]+(?!\w)")
_MASK_CHAR = re.compile(r"[*#@_\d]")
_VOWELS = tuple("аеиоуыяюэ")
_FILLS = {**dict.fromkeys("*#@", _VOWELS), "_": ("", *_VOWELS), "0": ("о",), "1": ("и", "ь"),
          "3": ("з", "е"), "4": ("ч", "а"), "6": ("б",), "8": ("в",)}
_LATIN_WORD = re.compile(r"[a-z]+")
# what one transliteration writes that another reading of the same letters spells right
_TRANSLIT_ALTERNATIVES = (("йу", "ю"), ("йа", "я"), ("йо", "ё"), ("ыы", "ый"), ("ця", "ться"),
                          ("ц", "тс"), ("ш", "шь"), ("ы", "й"), ("х", "кх"))
_CYR_WORD = re.compile(r"[а-яё]{6,}")
_LETTERS_APART = re.compile(r"(?<![^\W\d_])[^\W\d_](?:[\s.\-_*·,']{1,3}[^\W\d_]){2,}(?![^\W\d_])")
_TRANSLIT_CUES = frozenset({"ty", "ti", "vy", "vi", "sam", "sama", "sami"})
"""«Ты», «вы», «сам» transliterated: who a short line speaks to (:meth:`LinearModel._addressed_short`)."""
_SHORT_MAX = 4
"""Words at most in a line read by its address alone: longer lines have the two long words
:meth:`LinearModel._from_translit` asks for."""
_RESPLIT_MAX = 40
"""Longest run of joined letters split back into words (the split is quadratic)."""

# What a character standing inside a Cyrillic word may stand for (chats, issue 10's second
# check, tuning kinds of ``obfuscate_real``): Latin look-alikes beyond the confusable pairs
# (u for «и», b for «в»/«ь», n for «п», r for «г», g for «д», w for «ш»), leet digits («3» for
# «е» too, «7» for «т», «9» for «я»), Greek look-alikes, and a mask or an emoji for any letter
_ANY = ("", *_VOWELS, *"бвгджзйклмнпрстфхцчшщьъ")
_STANDS_FOR: Final[dict[str, tuple[str, ...]]] = {
    "a": ("а",), "b": ("в", "ь", "б"), "c": ("с",), "d": ("д",), "e": ("е",), "g": ("д", "г"),
    "h": ("н",), "i": ("и",), "k": ("к",), "m": ("м", "т"), "n": ("п", "н"), "o": ("о",),
    "p": ("р",), "r": ("г", "я"), "t": ("т",), "u": ("и",), "x": ("х",), "y": ("у",),
    "w": ("ш",), "0": ("о",), "1": ("и", "ь"), "3": ("з", "е"), "4": ("ч", "а"), "6": ("б",),
    "7": ("т",), "8": ("в",), "9": ("я",), "@": ("а",),
    "ο": ("о",), "α": ("а",), "ε": ("е", "з"), "ρ": ("р",), "κ": ("к",), "τ": ("т",),
    "χ": ("х",), "π": ("п",), "υ": ("и", "у"), "η": ("п", "н"), "β": ("в", "б"),
    "γ": ("у", "г"), "ι": ("и",), "ν": ("в",), "λ": ("л",), "μ": ("м",), "δ": ("д",),
    "ω": ("ш",), "σ": ("о",), "ς": ("с",),
    **dict.fromkeys("*#%$", _ANY[1:]), "_": ("", *_VOWELS),
}
_EMOJI_CHARS = "\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF"
# a token holding a Cyrillic letter and something that is none (pure Cyrillic tokens, the
# plain case, never match), or a Latin one in a line that holds Cyrillic
_TOKEN_CHAR = f"[\\w*#%$@{_EMOJI_CHARS}]"
_ODD_TOKEN = re.compile(
    f"(?<!{_TOKEN_CHAR}){_TOKEN_CHAR}*?(?:[^\\W_а-яё]|[*#%$@{_EMOJI_CHARS}]){_TOKEN_CHAR}*")
_ODD_CHAR = re.compile(f"[^а-яё_{_EMOJI_CHARS}]|[{_EMOJI_CHARS}]")
_EMOJI = re.compile(f"[{_EMOJI_CHARS}]")
_CHAT_LATIN = (("x", "h"), ("w", "sh"), ("4", "ch"))
"""Latin spellings of chats that a transliteration table does not use."""
_CHAT_ENDINGS = (("ии", "ий"), ("аи", "ай"), ("ои", "ой"), ("уи", "уй"), ("еи", "ей"),
                 ("ий", "ый"), ("ие", "ые"), ("их", "ых"), ("им", "ым"))
"""Endings a transliteration writes one way and Russian spells another («glupyi», «tupie»)."""
_UNDERSCORED = re.compile(r"[а-яё](?:_[а-яё])+")
_APART_BEFORE = re.compile(r"(?<![а-яё])[а-яё][\s.\-*·,'_]{1,2}$")
_APART_AFTER = re.compile(r"[\s.\-*·,'_]{1,2}[а-яё](?![а-яё])")
_ONE_LETTER_WORDS = frozenset("авикосуя")
_SWEAR_LOOKS = 0.5
"""The share of a lexicon word's char 4-grams the model must know to read a hidden word as it."""
_NUMERAL = re.compile(r"\d+-?[а-яё]{1,3}$")
_MARKED = re.compile(r"[*#]{2,}$")
_EMOJI_EDGE = re.compile(f"^[{_EMOJI_CHARS}]+|[{_EMOJI_CHARS}]+$")
_CYR_ONLY = re.compile("[а-яё]+")
_VOWELS_SET = frozenset("аеёиоуыэюя")
_DECODE_MAX = 512
"""Most spellings of one token tried (a mask or an emoji may stand for any letter, two of
them at most)."""
_DICTIONARY_MAX = 64
"""Most spellings of one token looked up in the Russian dictionary (slower than the model's
vocabulary; a token with a mask for any letter has 34)."""
# letters typed with the English keyboard layout on: «negjq» is «тупой», «lt,bk» «дебил»
_LAYOUT = str.maketrans("qwertyuiop[]asdfghjkl;'zxcvbnm,.`",
                        "йцукенгшщзхъфывапролджэячсмитьбюё")
_LAYOUT_TOKEN = re.compile(r"(?<![\w\[\];',.`])[a-z\[\];',.`]*[a-z][a-z\[\];',.`]*")
# a Cyrillic word with no vowel after its first letter: «пдр», «дбл», «нхй»
_NO_VOWELS = re.compile(r"(?<![\w*])[а-яё][бвгджзйклмнпрстфхцчшщьъ]{2,}(?![\w*])")

LANGS = ("ru", "en")
_CYRILLIC = re.compile(r"[а-яё]")
_LATIN = re.compile(r"[a-z]")


def _in_address(m: re.Match[str]) -> bool:
    """Whether the word ``m`` is part of an address or a name with dots («pikabu.ru»,
    «politforums.net», «@nick»): written as it is meant."""
    text, start, end = m.string, m.start(), m.end()
    return text[start - 1:start] in ("." , "/", "@", ":") or bool(
        re.match(r"[./@:][a-z0-9]", text[end:end + 2]))


def lang_of(text: str) -> int:
    """0 for Russian, 1 for English (and anything else): by the share of Cyrillic letters."""
    low = text.casefold()
    cyr = len(_CYRILLIC.findall(low))
    return 0 if cyr and cyr >= 0.3 * (cyr + len(_LATIN.findall(low))) else 1


def sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, x))))


@dataclass(frozen=True)
class LinearModel:
    """One vocabulary, several labels: ``weights`` is (labels, features)."""

    labels: tuple[str, ...]
    vocab: dict[str, int]
    idf: np.ndarray
    weights: np.ndarray
    bias: np.ndarray
    platt: np.ndarray  # (labels, langs, 2): a, b

    @classmethod
    def load(cls, stem: str = "linear", folder: Path = ARTIFACTS) -> LinearModel:
        meta = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
        with np.load(folder / f"{stem}.npz", allow_pickle=False) as arrays:
            return cls(
                labels=tuple(meta["labels"]),
                vocab={term: i for i, term in enumerate(meta["vocab"])},
                idf=arrays["idf"].astype(np.float32),
                weights=arrays["weights"].astype(np.float32),
                bias=arrays["bias"].astype(np.float32),
                platt=arrays["platt"].astype(np.float32),
            )

    def save(self, stem: str = "linear", folder: Path = ARTIFACTS) -> None:
        terms = sorted(self.vocab, key=self.vocab.__getitem__)
        meta = {"labels": list(self.labels), "vocab": terms, "analyzer": "chatwarden.linear.v1"}
        (folder / f"{stem}.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
        np.savez_compressed(folder / f"{stem}.npz", idf=self.idf.astype(np.float16),
                            weights=self.weights.astype(np.float16), bias=self.bias,
                            platt=self.platt)

    def vector(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """The text's TF-IDF row over the model's terms (sublinear tf, l2 norm), as
        (term indices, values): what every row is dotted with, and what training fits a row
        on (``training.judge.fit.tfidf``)."""
        # the n-grams looked up and kept in the order they were counted (the order the dot
        # product sums in), by C-level ``map`` and a mask: a Python loop over ~100 n-grams
        # a text was a twentieth of the time per event
        counts = Counter(features(text))
        ids = np.fromiter(map(self.vocab.get, counts, repeat(-1)), dtype=np.int64,
                          count=len(counts))
        known = ids >= 0
        idx = ids[known]
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))[known]
        x = (1.0 + np.log(tf)) * self.idf[idx]
        x /= float(np.linalg.norm(x)) or 1.0
        return idx, x

    def _logits(self, text: str) -> np.ndarray:
        idx, x = self.vector(text)
        if not len(idx):
            return self.bias.copy()
        result: np.ndarray = self.weights[:, idx] @ x + self.bias
        return result

    def logits(self, text: str) -> np.ndarray:
        """Raw decision values, one per label (before calibration).

        An obfuscated text is scored as written and as :meth:`reading` reads it, and each
        label keeps the higher: the model never learnt «т*пой» or «tupoy», and plain text
        (where the two agree) scores exactly as before."""
        raw = self._logits(text)
        read = self.reading(text)
        return raw if read is None else np.maximum(raw, self._logits(read))

    def known(self, word: str) -> bool:
        return f"w:{word}" in self.vocab

    def __post_init__(self) -> None:
        # the cascade asks for a text's reading twice (its stages, then the logits); words
        # repeat across texts, so their transliterations are cached too
        object.__setattr__(self, "reading", lru_cache(maxsize=4096)(self._reading))
        object.__setattr__(self, "_skeletons", lru_cache(maxsize=1)(self._skeletons))
        for name in ("_cyrillic", "_looks_known", "_spellings"):
            object.__setattr__(self, name, lru_cache(maxsize=65536)(getattr(self, name)))

    def reading(self, text: str) -> str | None:
        """See :meth:`_reading` (cached per model)."""
        return self._reading(text)  # replaced by the cached one in __post_init__

    def _reading(self, text: str) -> str | None:
        """What an obfuscated text says, in words this model knows; None for plain text.

        On top of :func:`normalize.reading` (look-alikes, leet, letters written apart):
        a mask or digit inside a Cyrillic word becomes the letter that makes a known word
        («т*пой», «п1д0р»), letters written apart are split back into known words
        («т у п о й и д и о т»), and a Latin-only text whose words read as known Russian
        transliterated («ty tupoy idiot») is read in Cyrillic."""
        folded = fold(text)
        read = reading(_MASKED.sub(self._unmask, self._decode(folded)))
        if not _CYRILLIC.search(read):
            read = self._from_translit(read)
        if not _CYRILLIC.search(read):
            read = offensive_respelled(read)
        if read != folded and _LETTERS_APART.search(folded):
            plain = set(_WORD.findall(folded))
            read = _CYR_WORD.sub(lambda m: m.group() if m.group() in plain
                                 else self._resplit(m.group()), read)
        return None if read == folded else read

    def model_text(self, text: str) -> str:
        """The text the embedding and tuned stages read: :meth:`reading` where the text is
        obfuscated, else the text with invisible characters dropped (case kept)."""
        return self.reading(text) or clean(text).text

    def _decode(self, folded: str) -> str:
        """``folded`` with the words a chat hides from a filter spelled out, in a line that
        holds Cyrillic (issue 10's second check, chosen on its tuning kinds' misses on 2ch
        validation rows): a word typed with the English layout on («negjq»), a Cyrillic word
        holding Latin, Greek, digit, mask or emoji stand-ins («дeбuл», «д3бил», «ду🤡рак»), a
        Latin word inside Cyrillic (look-alikes «gypaka» or transliterated «debil»), and a
        word of consonants only («пдр»). Each is replaced only by a word the model, the
        lexicon or (for a word that mixes scripts) the Russian dictionary knows."""
        if not _CYRILLIC.search(folded):
            return folded
        out = _LAYOUT_TOKEN.sub(self._layout, folded) if _LATIN.search(folded) else folded
        out = _ODD_TOKEN.sub(self._odd, out)
        return _NO_VOWELS.sub(self._vowelless, out)

    def _layout(self, m: re.Match[str]) -> str:
        token = m.group()
        bare = token.rstrip(".,")
        if len(bare) < 3 or _in_address(m):
            return token
        for core in dict.fromkeys((bare, token)):  # a closing «,» or «.» is «б», «ю» or itself
            if self.known(core) or (len(core) < 4 and not any(ch in "[];',.`" for ch in core)):
                continue
            cyr = core.translate(_LAYOUT)
            if self._swear_or_known(cyr) or (
                    len(cyr) >= 5 and russian_dictionary().word_is_known(cyr)):
                return cyr + token[len(core):]
        return token

    def _swear_or_known(self, word: str) -> bool:
        """A word the model knows, or one of four letters or more where the lexicon or the
        name-calling stems find an offensive word: what a Latin word in a Cyrillic line
        is read as (typed in the wrong layout or transliterated, the shape says it is hidden;
        мат has more forms than any dictionary: «пидорнули», «ебле»)."""
        from chatwarden.detect.judge.targets import NAME_CALLING

        return self.known(word) or (len(word) >= 4 and bool(
            lexicon.judge_token(word) or NAME_CALLING.match(word)))

    def _offensive(self, word: str) -> bool:
        """A word the lexicon or the name-calling stems find (мат, vulgar, an insult) that
        the model or the Russian dictionary knows as a word (the lexicon alone matches a
        root at a word's start, and «себенпно» starts with one)."""
        from chatwarden.detect.judge.targets import NAME_CALLING

        return bool(lexicon.judge_token(word) or NAME_CALLING.match(word)) and self._known_word(word)

    def _odd(self, m: re.Match[str]) -> str:
        token = m.group()
        core = _EMOJI_EDGE.sub("", token)
        lead = token.index(core) if core else 0
        marks = len(core) - len(core.lstrip("*#"))  # «**жирный**», «#тег»: markup, no mask
        core, lead = core[marks:], lead + marks
        if len(core) < 3:
            return token
        cyr = len(_CYRILLIC.findall(core))
        if not cyr:  # a Latin word inside a Cyrillic line
            if not core.isascii() or not core.replace("4", "").isalpha() or self.known(core) \
                    or _in_address(m) or self._looks_known(core) >= 1.0:
                return token  # every 4-gram of it known as written: nothing looks more Russian
            found = self._spelled(core, strict=True, latin=True) or self._translit_known(core)
            # an English word of look-alike letters («boom», «ebay», «model») reads as
            # itself: Latin is read in Cyrillic only where it looks more Russian that way
            if found is not None and (self._looks_known(found) <= self._looks_known(core)
                                      or self._looks_known(found) < _SWEAR_LOOKS):
                found = None  # «ebay» spells «ебай», which no word around it looks like
        elif cyr < 2 or not _ODD_CHAR.search(core) or _NUMERAL.match(core) or (
                (_MARKED.search(core) or (marks and core[-1] in "*#"))
                and self._known_word(core.rstrip("*#"))):
            return token  # «9ти», «2х»: a numeral; «дебил**», «*курсив*»: emphasis
        else:
            found = (self._spelled(core, strict=True) or self._spelled(core, strict=False)
                     or self._likeliest_swear(core))
        return token if found is None else token[:lead] + found + token[lead + len(core):]

    def _likeliest_swear(self, word: str) -> str | None:
        """Of the spellings of ``word`` where the lexicon finds мат or a vulgar word (forms
        no dictionary lists: «заебало», «пидорнули»), the one the model's char 4-grams know
        best, if it knows at least half of them: «себеnnно» spells «себенпно», a root at a
        word's start that no word around it looks like (0.14)."""
        best, score = None, _SWEAR_LOOKS - 1e-9
        for cand in self._spellings(word):
            if lexicon.judge_token(cand) and (looks := self._looks_known(cand)) > score:
                best, score = cand, looks
        return best

    def _known_word(self, word: str) -> bool:
        return self.known(word) or russian_dictionary().word_is_known(word)

    def _translit_known(self, word: str) -> str | None:
        """``word`` transliterated back as chats write it (x or h for «х», w for «ш», 4 for
        «ч»; «-yi», «-ie» for «-ый», «-ые»), if that is a word :meth:`_swear_or_known`."""
        variants = [word]
        for old, new in _CHAT_LATIN:
            variants += [v.replace(old, new) for v in variants if old in v]
        cands = [cand for variant in variants if variant.isalpha()
                 for cyr in (self._cyrillic(variant),)
                 for cand in (cyr, *(cyr[:-len(end)] + fix for end, fix in _CHAT_ENDINGS
                                     if cyr.endswith(end)))]
        return next((c for c in cands if self.known(c)), None) or next(
            (c for c in cands if self._swear_or_known(c)), None)

    def _spelled(self, word: str, strict: bool, latin: bool = False) -> str | None:
        """The first spelling of ``word`` with its stand-ins read as letters that is a word
        the model knows or an offensive word (``strict``; of a ``latin`` word, an offensive
        one only), or else one the Russian dictionary knows; None if none."""
        known: Callable[[str], bool] = (
            self._offensive if latin else
            (lambda w: self.known(w) or self._offensive(w)) if strict else
            russian_dictionary().word_is_known)
        spellings = self._spellings(word)
        if not strict and len(spellings) > _DICTIONARY_MAX:
            return None
        return next((c for c in spellings if len(c) >= (2 if strict else 3) and known(c)), None)

    def _spellings(self, word: str) -> list[str]:
        """``word`` with its stand-ins read as letters, every way (at most
        :data:`_DECODE_MAX`), the likeliest letters first; ``word`` itself left out."""
        out: list[str] = []
        for variant in [word, word.replace("ji", "л")] if "ji" in word else [word]:
            slots = [(ch,) if "а" <= ch <= "я" or ch == "ё" else
                     _STANDS_FOR.get(ch, _ANY if _EMOJI.match(ch) else ()) for ch in variant]
            if all(slots) and sum(len(o) > 2 for o in slots) <= 2:  # two letters of any at most
                out += [c for letters in islice(product(*slots), _DECODE_MAX)
                        if (c := "".join(letters)) != word]
        return out

    def _vowelless(self, m: re.Match[str]) -> str:
        word = m.group()
        if self._known_word(word):
            return word
        return self._skeletons().get(word, word)

    def _skeletons(self) -> dict[str, str]:
        """The offensive words the model knows — мат or vulgar by the lexicon, or
        name-calling (``targets.NAME_CALLING``) — by their consonants (the first letter
        kept, the vowels after it dropped: «пидор» is «пдр»); of offensive words with one
        skeleton, the one of the higher toxicity weight. A skeleton that some other word of
        the model has too is left out: «кнчн» is «конечно» as often as «конченый», «збл»
        «забыл». Built on first use (cached per model)."""
        from chatwarden.detect.judge.targets import NAME_CALLING

        weights = self.weights[self.labels.index("toxicity")] if "toxicity" in self.labels \
            else np.zeros(len(self.vocab), dtype=np.float32)
        ranked = sorted(((float(weights[i]), term[2:]) for term, i in self.vocab.items()
                         if term.startswith("w:") and len(term) >= 5
                         and _CYR_ONLY.fullmatch(term[2:])), reverse=True)
        out: dict[str, str] = {}
        plain: set[str] = set()
        for _, w in ranked:
            skeleton = w[0] + "".join(ch for ch in w[1:] if ch not in _VOWELS_SET)
            if len(skeleton) < 3 or skeleton == w:
                continue
            if lexicon.judge_token(w) or NAME_CALLING.match(w):
                out.setdefault(skeleton, w)
            else:
                plain.add(skeleton)
        return {k: v for k, v in out.items() if k not in plain}

    def _unmask(self, m: re.Match[str]) -> str:
        word = m.group()
        if _UNDERSCORED.fullmatch(word) and (
                _APART_BEFORE.search(m.string[max(0, m.start() - 3):m.start()])
                or _APART_AFTER.match(m.string[m.end():m.end() + 3])):
            return word  # «т у.п_о,й»: «_» parts letters written apart, it hides none
        slots = [k.start() for k in _MASK_CHAR.finditer(word)]
        options = [""]
        for k, slot in enumerate(slots):
            start = slots[k - 1] + 1 if k else 0
            options = [o + word[start:slot] + fill for o in options
                       for fill in _FILLS.get(word[slot], ())]
        tail = word[slots[-1] + 1:]
        return next((w for o in options if self.known(w := o + tail)), word)

    def _from_translit(self, text: str) -> str:
        """Latin-only text read in Cyrillic when most of its words look more Russian
        transliterated than English as written (by the model's own char 4-grams: the
        vocabulary keeps too few whole words to look them up). Chosen on 2ch/pikabu
        validation rows transliterated against Ubuntu IRC dev lines: 87% of the first
        read in Cyrillic, 0.13% of the second."""
        words = _LATIN_WORD.findall(text)
        if self._addressed_short(words):
            return _LATIN_WORD.sub(lambda m: self._cyrillic(m.group()), text)
        long = [w for w in words if len(w) > 2]
        # a word whose every 4-gram the model knows as written cannot look more Russian:
        # most English text stops here, before any transliterating
        unsure = [(w, lat) for w in long if (lat := self._looks_known(w)) < 1.0]
        if len(unsure) < 2 or 2 * len(unsure) <= len(long):
            return text
        russian = sum(self._looks_known(self._cyrillic(w)) > lat for w, lat in unsure)
        if russian < 2 or 2 * russian <= len(long):
            return text
        return _LATIN_WORD.sub(lambda m: self._cyrillic(m.group()), text)

    def _addressed_short(self, words: list[str]) -> bool:
        """A short line said to someone in transliterated Russian ("ty debil", "sam durak",
        "vy vse debily"), too short for the two long words :meth:`_from_translit` asks of a
        line: it holds «ты», «вы» or «сам» and every other word reads as Russian, a word the
        model looks more Russian in Cyrillic than as written. "ty" is English for "thank
        you" too: "ty man", "ty so much", "ty for the help" have a word as English as it is
        Russian (or more) and stay English (leftovers)."""
        if not 2 <= len(words) <= _SHORT_MAX or not any(w in _TRANSLIT_CUES for w in words):
            return False
        rest = [w for w in words if w not in _TRANSLIT_CUES]
        return bool(rest) and all(self._reads_russian(w) for w in rest)

    def _reads_russian(self, word: str) -> bool:
        """``word`` of a short addressed line reads as Russian: it looks more Russian in
        Cyrillic than as written, or (the 4-grams tied: «кретин», which the vocabulary never
        kept as a word, looks as known as "kretin") it is no word the model knows as written
        and its Cyrillic reading is what one calls a person, a Russian dictionary noun or
        adjective in the nominative that is no first name or surname ("ty kretin", "sam
        kretin"; "ty martin", "ty dude" stay English: left2)."""
        cyr = self._cyrillic(word)
        seen, as_written = self._looks_known(cyr), self._looks_known(word)
        if seen > as_written:
            return True
        return seen == as_written and not self.known(word) and _called(cyr)

    def _looks_known(self, word: str) -> float:
        """The share of ``word``'s char 4-grams the model has seen."""
        padded = f" {word} "
        grams = [padded[i:i + 4] for i in range(len(padded) - 3)]
        return sum(g in self.vocab for g in grams) / max(1, len(grams))

    def _cyrillic(self, word: str) -> str:
        """``word`` transliterated back, choosing among the spellings transliteration
        loses (ь, э, «tsya» for -ться, «yu» for ю) the one that is a known word or,
        failing that, looks most like one."""
        found = [canon_token(word)[0]]
        for old, new in _TRANSLIT_ALTERNATIVES:
            found += [w.replace(old, new) for w in found if old in w][:8]
        found += ["э" + w[1:] for w in found if w.startswith("е")]
        known = next((w for w in (*found, *(w + "ь" for w in found)) if self.known(w)), None)
        return known or max(found, key=self._looks_known)  # the first of equals: as written

    def _resplit(self, run: str) -> str:
        """``run`` as the fewest known words of 2+ letters, or as it was."""
        if self.known(run) or len(run) > _RESPLIT_MAX:
            return run
        n = len(run)
        best: list[list[str] | None] = [[]] + [None] * n
        for end in range(2, n + 1):
            for start in range(end - 1):
                prev = best[start]
                if prev is not None and self.known(run[start:end]) and (
                        best[end] is None or len(prev) + 1 < len(best[end] or ())):
                    best[end] = [*prev, run[start:end]]
        found = best[n]
        if found:
            return " ".join(found)
        # a word of one letter joined to the run's end or start: «г л у п ы й и» ran on
        known = russian_dictionary().word_is_known
        if known(run):
            return run
        for head, tail, at_end in ((run[:-1], run[-1], True), (run[1:], run[0], False)):
            if tail not in _ONE_LETTER_WORDS or len(head) < 3:
                continue
            read = head if self.known(head) or known(head) else self._resplit(head)
            if read != head or self.known(head) or known(head):
                return f"{read} {tail}" if at_end else f"{tail} {read}"
        return run

    def scores(self, text: str) -> dict[str, float]:
        """Calibrated probabilities per label, in the text's language."""
        return self.calibrate(self.logits(text), lang_of(self.reading(text) or text))

    def calibrate(self, raw: np.ndarray, lang: int) -> dict[str, float]:
        """Probabilities from :meth:`logits` for language index ``lang`` (see :data:`LANGS`)."""
        return {label: sigmoid(float(self.platt[k, lang, 0] * raw[k] + self.platt[k, lang, 1]))
                for k, label in enumerate(self.labels)}


_NAMED_BY: Final = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})
"""Grammemes of a proper name: «Мартин» is who one speaks to, not what one calls him."""


@lru_cache(maxsize=4096)
def _called(word: str) -> bool:
    """Whether the Cyrillic ``word`` can be what one calls a person in «ты …»: a known noun or
    full adjective of the Russian dictionary in the nominative, not a proper name."""
    return any(p.is_known and "nomn" in p.tag and ("NOUN" in p.tag or "ADJF" in p.tag)
               and not _NAMED_BY & p.tag.grammemes
               for p in russian_dictionary().parse(word))


@lru_cache(maxsize=2)
def shipped(stem: str = "linear") -> LinearModel:
    """The model in the package, loaded once per process."""
    return LinearModel.load(stem)
