"""Text normalization shared by every text detector.

Members dodge filters with look-alike letters, invisible characters, leetspeak,
separators and stretched words; comparing raw strings would let ``спам``,
``спaм`` (Latin a), ``с​п​а​м`` (zero-width joins), ``с.п.а.м`` and ``спааам``
count as five different words. Two views are offered, each with a map back to
the original text so evidence points at what the member actually wrote:

- :func:`clean` — NFKC, zero-width and bidi controls dropped; case, digits and
  punctuation kept. For detectors that read numbers and addresses (PII, links).
- :func:`normalize` — ``clean`` plus Latin↔Cyrillic look-alikes resolved per
  word (from the Unicode confusables table of ``confusable_homoglyphs``),
  leetspeak inside words (``b1tch``, ``sh!t``, and then at their edges too:
  ``h4t3``; a "!" after a word is an exclamation, ``idiot!`` stays as written),
  separators between single letters (``х.у.й``) unless a letter is a word of its
  own (``I h a t e`` is ``i hate``, «а я в» stays), case folded and repeated
  letters cut to one. For keyword and similarity matching; patterns must be
  passed through it too.

Both are cached per text, so a chain of detectors normalizes a message once.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import emoji
from pymorphy3 import MorphAnalyzer

from chatwarden.detect.homoglyphs import LEET, resolve_word
from chatwarden.detect.textcache import text_cache

_INVISIBLE_CHARS = (
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
    "\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0"
)
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_INVISIBLE_SET = frozenset(chr(c) for c in range(0x10000) if _INVISIBLE.match(chr(c)))
_SPACES = re.compile(r"\s+")
_REPEATS = re.compile(r"(.)\1{2,}")
# Three or more single letters split by the same kind of filler: "х.у.й", "с п а м".
_SPACED = re.compile(r"(?<![^\W\d_])[^\W\d_](?:[\s.\-_*·•/|+~,'`]{1,3}[^\W\d_]){2,}(?![^\W\d_])")
_FILLER = frozenset(" \t\n.-_*·•/|+~,'`")
# The words of one letter, which may open such a run as a word of their own: "I h a t e"
_LATIN_WORDS = frozenset("ai")
_CYRILLIC_WORDS = frozenset("авикосуя")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_RUNS = re.compile(r"([^\W\d_])\1+")
# Words as look-alikes are resolved in: letters, digits and leet symbols, "!" at either edge
# too (normalize_with_edge_bangs, the spam model's reading: "stop!" read "stopi")
_WORDS = re.compile(r"[\w@$!|]+")
# The same, with "!" only inside a word: «sh!t» is leet, "stop!" is an exclamation
_INNER_WORDS = re.compile(r"[\w@$|]+(?:!+[\w@$|]+)*")
# a digit or symbol touching a letter; written to start on the rarer class, which is faster
_LEETISH = re.compile(r"[\d@$!|](?:(?<=[^\W\d_][\d@$!|])|(?=[^\W\d_]))")
_CACHE = 8192


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalized copy of ``original`` that remembers where each character came from.

    ``starts[i]``/``ends[i]`` are the original span of ``text[i]``; both are
    ``None`` when nothing moved (the common case of plain text), which keeps the
    fast path free of per-character bookkeeping.
    """

    original: str
    text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of ``text[start:end]`` (what the member wrote)."""
        if self.starts is None or self.ends is None:
            return start, end
        if start >= end:
            pos = self.starts[start] if start < len(self.starts) else len(self.original)
            return pos, pos
        return self.starts[start], self.ends[end - 1]


def rewrite(
    norm: Normalized, pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str]
) -> Normalized:
    """Replace every match of ``pattern`` in ``norm.text``; each replacement character
    maps to the original span of the whole match, so evidence still covers ``[.]``."""
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    text = norm.text
    for m in pattern.finditer(text):
        new = repl(m)
        for k in range(pos, m.start()):
            s, e = norm.span(k, k + 1)
            starts.append(s)
            ends.append(e)
        pieces.append(text[pos:m.start()])
        s, e = norm.span(m.start(), m.end())
        starts.extend([s] * len(new))
        ends.extend([e] * len(new))
        pieces.append(new)
        pos = m.end()
    if not pieces:
        return norm
    for k in range(pos, len(text)):
        s, e = norm.span(k, k + 1)
        starts.append(s)
        ends.append(e)
    pieces.append(text[pos:])
    return Normalized(norm.original, "".join(pieces), tuple(starts), tuple(ends))


@text_cache(_CACHE)
def clean(text: str) -> Normalized:
    """NFKC per grapheme cluster with invisible and bidi characters dropped."""
    if unicodedata.is_normalized("NFKC", text) and not _INVISIBLE.search(text):
        return Normalized(text, text)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    n = len(text)
    i = 0
    combining = unicodedata.combining
    while i < n:
        j = i + 1
        while j < n and combining(text[j]):
            j += 1
        cluster = text[i:j]
        if j == i + 1 and (cluster.isascii() or cluster in _INVISIBLE_SET):
            if cluster not in _INVISIBLE_SET:
                out.append(cluster)
                starts.append(i)
                ends.append(j)
            i = j
            continue
        if _INVISIBLE.search(cluster):
            cluster = _INVISIBLE.sub("", cluster)
        for ch in unicodedata.normalize("NFKC", cluster):
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return Normalized(text, "".join(out), tuple(starts), tuple(ends))


def _cut(
    text: str, starts: list[int], ends: list[int], cuts: list[tuple[int, int]], *, stretch: bool
) -> tuple[str, list[int], list[int]]:
    """Remove the ranges ``cuts`` (sorted, disjoint) keeping the maps aligned.

    With ``stretch`` the character before a cut takes over its original span,
    so one kept letter of ``спааам`` still points at the whole stretched run.
    """
    out: list[str] = []
    new_starts: list[int] = []
    new_ends: list[int] = []
    pos = 0
    for a, b in cuts:
        out.append(text[pos:a])
        new_starts.extend(starts[pos:a])
        new_ends.extend(ends[pos:a])
        if stretch and new_ends:
            new_ends[-1] = ends[b - 1]
        pos = b
    out.append(text[pos:])
    new_starts.extend(starts[pos:])
    new_ends.extend(ends[pos:])
    return "".join(out), new_starts, new_ends


def _resolve(match: re.Match[str]) -> str:
    word = match.group()
    if word.isalpha() and word.isascii():
        return word
    read = resolve_word(word)
    # a mention or a piece of a link names something as written: "@4TR0N3", "t.co/0l0Kg"
    if read == word or word[0] == "@" or match.string[match.start() - 1:match.start()] == "/":
        return read
    return _edge_leet(word, read)


def _edge_leet(word: str, read: str) -> str:
    """``read`` with a digit opening or closing it decoded too, when ``word`` already hid a
    digit between letters: "h4t3" is "hate", "wh0r3" is "whore", but "mp3", "win10" or
    "covid19", with no digit inside, stay as written ("b2b" or "h264" hide none: 2 and 6
    stand for no letter). A word of more digits than letters is a code ("f345e18b7"), and
    "!" inside ("3D!!B") is punctuation as often as leet: neither counts."""
    if sum(ch.isdigit() for ch in word) > sum(ch.isalpha() for ch in word) or not any(
            word[k].isdigit() and read[k - 1:k + 2].isalpha() for k in range(1, len(word) - 1)):
        return read
    leet = LEET["cyr" if _CYRILLIC.search(read) else "lat"]
    out = list(read)
    last = len(read.rstrip("!")) - 1  # "h4t3!!": the word ends before its exclamation
    for edge, inner in ((0, 1), (last, last - 1)):
        if read[edge].isdigit() and read[inner].isalpha():
            out[edge] = leet.get(read[edge], read[edge])
    return "".join(out)


@text_cache(_CACHE)
def normalize(text: str) -> Normalized:
    """The comparison form: look-alikes resolved, leet decoded, separators and repeats cut.
    A "!" is leet only inside a word ("sh!t"); after one it is an exclamation ("idiot!")."""
    return _normalize(text, _INNER_WORDS)


@text_cache(_CACHE)
def normalize_with_edge_bangs(text: str) -> Normalized:
    """:func:`normalize` as it read before version 14, a "!" at a word's edge decoded as
    leet "i" too ("idiot!" is "idioti", "stop!" "stopi"; a run, "stop!!", stays as written).
    Only the shipped spam model reads this: it was trained on it, and a changed input would
    shift its verdicts (``spam_model.MODEL_NORMALIZE``). Reading only a word-ending "!" as
    punctuation (left2) was measured and not shipped: of the 74,829 rows of
    ``training.spam.load``, 1,257 of the 7,075 with a "!" score differently, 2 cross the
    review point (a tg-spam advert 0.574 → 0.447) and 5 the sure point."""
    return _normalize(text, _WORDS)


def _normalize(text: str, words: re.Pattern[str]) -> Normalized:
    """:func:`normalize`, with look-alikes and leet resolved in each match of ``words``."""
    base = clean(text)
    s = base.text
    if not s.isascii() or _LEETISH.search(s):
        s = words.sub(_resolve, s)  # same length: positions are unchanged
    lowered = s.lower().replace("ё", "е")  # ё is written as е as often as not
    starts: list[int] | None = None
    ends: list[int] | None = None
    if base.starts is not None and base.ends is not None:
        starts, ends = list(base.starts), list(base.ends)
    if len(lowered) != len(s):  # a few letters lower to two characters (İ)
        starts, ends = _widen(s, starts, ends)
    cased = s if len(lowered) == len(s) else lowered  # case tells "I h a t e" from a word
    s = lowered
    for pattern, stretch in ((_SPACED, False), (_RUNS, True)):
        if not pattern.search(s):
            continue
        if starts is None or ends is None:
            starts, ends = list(range(len(s))), list(range(1, len(s) + 1))
        cuts = _spaced_cuts(s, cased) if pattern is _SPACED else [
            (m.start() + 1, m.end()) for m in _RUNS.finditer(s)]
        s, starts, ends = _cut(s, starts, ends, cuts, stretch=stretch)
    if starts is None or ends is None:
        return Normalized(text, s)
    return Normalized(text, s, tuple(starts), tuple(ends))


def _spaced_cuts(s: str, cased: str) -> list[tuple[int, int]]:
    """The fillers between letters written apart (``s`` lowered, ``cased`` as written)."""
    cuts: list[tuple[int, int]] = []
    for m in _SPACED.finditer(s):
        k = m.start() + _word_before(cased[m.start():m.end()])
        while k < m.end():
            if s[k] in _FILLER:
                j = k
                while j < m.end() and s[j] in _FILLER:
                    j += 1
                cuts.append((k, j))
                k = j
            else:
                k += 1
    return cuts


def _word_before(run: str) -> int:
    """How many characters opening ``run`` (letters written apart, as written) stay as they
    are: a word of one letter and the space after it ("I h a t e" is "I hate", «я в с е» is
    «я все», but «с п а м» is «спам»), or the whole run when every letter is a word of its
    own («а я в квартире»); 0 when they all make one word.

    Russian asks the OpenCorpora dictionary: a word stands apart when the letters joined
    make no word and the letters after it do. English has no dictionary here, so case
    decides: the pronoun "I" (or a sentence's "A") is a capital before small letters, while
    a word spelled out keeps one case ("I D I O T", "i d i o t" stay "idiot")."""
    lead = run[0].lower()
    if lead not in _LATIN_WORDS and lead not in _CYRILLIC_WORDS:
        return 0
    gap = 1
    while run[gap] in _FILLER:
        gap += 1
    rest = "".join(ch for ch in run[gap:] if ch not in _FILLER)
    if lead in _LATIN_WORDS:
        apart = len(rest) >= 3 and run[1:gap].isspace() and run[0].isupper() and rest.islower()
        return gap if apart else 0
    rest = rest.lower()
    known = russian_dictionary().word_is_known
    if known(lead + rest):
        return 0
    if set(rest) <= _CYRILLIC_WORDS and set(rest) != {lead}:  # «а-а-а» is a stretched «а»
        return len(run)
    return gap if len(rest) >= 3 and run[1:gap].isspace() and known(rest) else 0


@cache
def russian_dictionary() -> MorphAnalyzer:
    """OpenCorpora's Russian dictionary, loaded (~0.3 s, ~25 MB) by the first run of
    letters written apart that opens with a Russian word of one letter; one per process,
    for any detector that needs it."""
    return MorphAnalyzer()


def _joined(match: re.Match[str]) -> str:
    """Letters written apart, joined, less a word of one letter opening them."""
    run = match.group()
    head = _word_before(run)
    return run[:head] + "".join(ch for ch in run[head:] if ch not in _FILLER)


def _widen(
    s: str, starts: list[int] | None, ends: list[int] | None
) -> tuple[list[int], list[int]]:
    """Maps for ``s.lower()`` when some letters lower to more than one character."""
    ws: list[int] = []
    we: list[int] = []
    for i, ch in enumerate(s):
        for _ in ch.lower():
            ws.append(starts[i] if starts is not None else i)
            we.append(ends[i] if ends is not None else i + 1)
    return ws, we


@text_cache(_CACHE)
def reading(text: str) -> str:
    """What an obfuscated text says, in :func:`fold`'s form: look-alikes and leet resolved,
    letters written apart joined, but doubled letters kept (``ссылка``), so a model trained
    on folded text meets the words it knows. Plain text reads as its ``fold``."""
    s = clean(text).text
    if not s.isascii() or _LEETISH.search(s):
        s = _INNER_WORDS.sub(_resolve, s)
    if _SPACED.search(s):
        s = _SPACED.sub(_joined, s)
    s = s.casefold()
    return _REPEATS.sub(r"\1\1", _SPACES.sub(" ", s).strip())


@text_cache(65536)
def fold(text: str) -> str:
    """A comparison key: NFKC, case-folded, invisibles dropped, runs of 3+ letters cut to 2."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text).casefold()
    text = _SPACES.sub(" ", text).strip()
    return _REPEATS.sub(r"\1\1", text)


def emoji_only(text: str) -> int:
    """How many emoji a message holds if it holds nothing else (whitespace aside), else 0."""
    stripped = _INVISIBLE.sub("", text)
    if not stripped.strip() or not emoji.purely_emoji(stripped.replace(" ", "")):
        return 0
    return emoji.emoji_count(stripped)


_PICTOGRAPHS = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\u2300-\u23FF]")


def emoji_count(text: str) -> int:
    """About how many emoji a text holds (spam often opens with a row of them).

    Counts pictographic code points with one regex: a ZWJ family counts as
    several, which is fine for a heuristic and many times faster than a full
    emoji tokenizer (that one is for :func:`emoji_only`, where exactness matters).
    """
    return len(_PICTOGRAPHS.findall(text))


def longest_emoji_run(text: str) -> int:
    """The longest run of emoji standing next to each other (spaces allowed between)."""
    best = run = 0
    last_end = -1
    for match in emoji.emoji_list(text):
        gap = text[last_end:match["match_start"]] if last_end >= 0 else ""
        run = run + 1 if last_end >= 0 and not gap.strip() else 1
        best = max(best, run)
        last_end = match["match_end"]
    return best
