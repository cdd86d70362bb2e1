"""Spellings that dodge the word lists, read back: a message in which no frame matches is
read once more, word by word (:func:`respelled`).

A group's name or a predicate word with one letter missing or two swapped is read as the
word, and two words glued together ("alwomen", "deathto") are read apart, where a piece
names a group or a predicate; several glued words are split by wordninja. English words
stay as written (:data:`_NOT_TYPOS`). A frame still needs its group and its predicate, so a
typo alone flags nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from chatwarden.detect.judge import lexicon
from chatwarden.detect.judge.group_frames import (
    FEELING_WORDS,
    PREDICATE_SPELLED,
    PREDICATE_WORDS,
    RESPELLABLE,
)
from chatwarden.detect.judge.group_words import (
    ADJ_EN,
    NOUNS_EN,
    PERSONS_EN,
    RUN,
    SLUR_NOUNS,
    SLURS_EN,
    alt,
    plural,
)

_MISSING_ONE: Final[dict[str, str]] = {}
"""Each respellable word with one letter dropped → the word (first one wins); squeezed as
the normalizer squeezes it, too, where the drop made a double ("cockroaches" less its "o" is
"cckroaches", written "ckroaches")."""
for _word in sorted(RESPELLABLE):
    for _i in range(len(_word)):
        _MISSING_ONE.setdefault(_word[:_i] + _word[_i + 1:], _word)
        _MISSING_ONE.setdefault(RUN.sub(r"\1", _word[:_i] + _word[_i + 1:]), _word)
_FRAME_WORDS: Final = ("rid", "stand", "sick")
"""Words of the frames written as phrases ("get rid of", "can't stand", "make me sick"):
pieces of a glued phrase ("ridof", "standwomen") that name a predicate, read back from two
neighbours swapped ("scik") or a vowel dropped ("stnd") like a predicate word (the fourth
suite's misses)."""
_SHORT_SWAPS: Final[dict[str, str]] = {}
"""A predicate word of four or five letters with two neighbours swapped → the word ("htae",
"rpae"): a swap keeps every letter, so unlike a dropped one it seldom makes another word;
those it makes are in :data:`_NOT_TYPOS` (read in :func:`_read`, which checks them first)."""
for _word in sorted(w for w in {*PREDICATE_SPELLED, *_FRAME_WORDS} if 4 <= len(w) <= 5):
    for _i in range(len(_word) - 1):
        _swap = RUN.sub(r"\1", _word[:_i] + _word[_i + 1] + _word[_i] + _word[_i + 2:])
        if _swap != RUN.sub(r"\1", _word) and len(_swap) >= 4:
            # swapped as written: "klil" is "kill", which the normalizer writes "kil"
            _SHORT_SWAPS.setdefault(_swap, RUN.sub(r"\1", _word))
_TOKEN: Final = re.compile(r"[^\W\d_]{4,}")
_GROUP_WORD: Final = re.compile(f"{alt(*ADJ_EN)}|{alt(*NOUNS_EN)}|{alt(*PERSONS_EN)}")


def _typos(word: str) -> set[str]:
    """``word`` with one letter dropped or two neighbours swapped."""
    return ({word[:i] + word[i + 1:] for i in range(len(word))}
            | {word[:i] + word[i + 1] + word[i] + word[i + 2:] for i in range(len(word) - 1)})


_GROUP_SPELLINGS: Final = frozenset(
    RUN.sub(r"\1", word) for pattern in (*NOUNS_EN, *ADJ_EN, *SLUR_NOUNS)
    if (plain := re.fullmatch(r"([a-z]+)(s\?)?", pattern))
    for word in (plain[1], plain[1] + "s")[:1 + bool(plain[2])]
) | {RUN.sub(r"\1", plural(noun)) for noun in SLUR_NOUNS if noun.isalpha()}
"""The groups' one-word names and slurs as the normalizer writes them ("imigrants")."""
_NOT_TYPOS: Final = frozenset((
    # one typo from a group's name (4+ letters), found in a system word list
    # (/usr/share/dict/words, squeezed) when this was written
    "africa", "asia", "back", "backs", "bind", "brow", "brows", "christina", "disable",
    "female", "gasy", "gyps", "hind", "hinds", "ilegal", "india", "indus", "lack", "lacks",
    "latin", "legals", "lind", "moron", "morons", "oman", "omen", "pakistan", "ques", "riple",
    "riples", "roam", "sexual", "sian", "tans", "theist", "theists", "tran", "whit", "whits",
    # two pieces of a glued phrase, from the same word list
    "banal", "begone", "firebomb", "fireman", "firemen", "garbageman", "hangman", "hangmen",
    "manhunt", "manslaughter", "therapists", "togas", "trashcan",
    # two neighbours swapped in a short predicate ("arts" is "rats" swapped)
    "apse", "arts", "brunt", "lairs", "liras", "veil",
    # the same made of the words added since ("pets" is "pests" with a letter dropped)
    "pets", "pest", "worts",
))
"""English words a typo or a glued phrase would otherwise make of: they stay as written."""
_GROUP_TYPOS: Final[dict[str, str]] = {}
"""A group's name (4+ letters) with one typo → the name: "mslims", "wmen", "imigrnats".
Not a slur's: a slur is its own predicate, and its typos are words ("pics", "hink")."""
for _word in sorted(_GROUP_SPELLINGS):
    if len(_word) >= 4 and not re.fullmatch(SLURS_EN, _word):
        for _typo in _typos(_word) - _GROUP_SPELLINGS - _NOT_TYPOS:
            if len(_typo) >= 4:
                _GROUP_TYPOS.setdefault(_typo, _word)
_FUNCTION_SPELLED: Final = (
    "all", "are", "is", "was", "were", "be", "to", "the", "these", "those", "them", "they",
    "of", "and", "but", "every", "most", "should", "must", "will", "can", "you", "no", "so",
    "such", "just", "fucking", "we",
    # intensifiers glued to the predicate they intensify ("utterlyworthless")
    "utterly", "totally", "absolutely", "completely", "really", "truly",
)
_FUNCTION_WORDS: Final = frozenset(RUN.sub(r"\1", w) for w in _FUNCTION_SPELLED)
_PIECES: Final = _GROUP_SPELLINGS | _FUNCTION_WORDS | frozenset(PREDICATE_WORDS) | frozenset(
    RUN.sub(r"\1", w) for w in (*ADJ_EN, *PERSONS_EN, *_FRAME_WORDS) if w.isalpha())
"""What a glued word may be made of ("alwomen", "deathto", "aredisgusting"): a group's
name or a predicate, with a function word or another of them."""
_NAMED: Final = _PIECES - _FUNCTION_WORDS
_ARTICLE_WORDS: Final = frozenset((
    "afire", "afoul", "alice", "apathetic", "aroma", "aromanian", "ashot", "aspic", "aspics",
    "asyrian", "asyrians",
))
"""Words that open with "a" before one of :data:`_NAMED` (wordninja's English word list,
squeezed, when this was written): "apathetic" is not "a pathetic"."""


def _article_glued(word: str) -> str | None:
    """``word`` read as an article and the word of a group, a predicate or a vulgar word after
    it ("amoron", "anidiot", "abitch"), or None: the normalizer joins letters written apart,
    and a lowercase "a" before them reads as one of them ("a m o r o n" is "amoron"; only a
    capital "A" or "I" stands apart there)."""
    if word in _ARTICLE_WORDS:
        return None
    for article in ("an", "a"):
        rest = word[len(article):]
        if word.startswith(article) and len(rest) >= 4 and (
                rest in _NAMED or lexicon.judge_token(rest) is not None):
            return f"{article} {rest}"
    return None


def _glued(word: str) -> str | None:
    """``word`` split in two where both pieces are :data:`_PIECES` and one names a group or
    a predicate, or None. "i" glued to a verb of hatred ("ihate") is a piece too, and two
    pieces may share the letter where they met: the normalizer squeezed the pair ("should
    die" glued is "shoulddie", read "shouldie")."""
    if word[:1] == "i" and word[1:] in FEELING_WORDS:
        return f"i {word[1:]}"
    for i in range(2, len(word) - 1):
        head, tail = word[:i], word[i:]
        if head in _PIECES and tail in _PIECES and (head in _NAMED or tail in _NAMED):
            return f"{head} {tail}"
    for i in range(2, len(word) - 1):
        head, tail = word[:i], word[i - 1:]
        if head in _PIECES and tail in _PIECES and (head in _NAMED or tail in _NAMED):
            return f"{head} {tail}"
    return None


def _respell(match: re.Match[str]) -> str:
    """:func:`_read` of the word ``match``: every message without a frame is read again,
    and chat repeats its words."""
    return _read(match.group(0))


@lru_cache(maxsize=8192)
def _read(word: str) -> str:
    """The word ``word`` is read as, else as written: a group's name with one letter
    missing or two neighbours swapped ("mslims"), two words glued ("alwomen"), a predicate
    word of 4-5 letters with two neighbours swapped ("htae"), one of 6+ letters with
    either typo ("disgustng", "disgsuting"), or several words glued (:func:`_segmented`). Only
    these two typos: a changed letter makes everyday words of predicates ("change" is one
    letter from "hanged"). Words of English (:data:`_NOT_TYPOS`) stay as they are, and so
    does a word with a letter outside ASCII (:data:`_ENGLISH_ONLY`)."""
    if _ENGLISH_ONLY and not word.isascii():
        return word
    if word in _PIECES or word in _NOT_TYPOS or _GROUP_WORD.fullmatch(word):
        return word
    if (found := _GROUP_TYPOS.get(word) or _glued(word) or _SHORT_SWAPS.get(word)
            or _article_glued(word)) is not None:
        return found
    if len(word) < 6:
        return _LONG_VOWEL_DROPPED.get(word, word)
    if (found := _MISSING_ONE.get(word)) is not None:
        return found
    for i in range(len(word) - 1):
        if (swapped := word[:i] + word[i + 1] + word[i] + word[i + 2:]) in RESPELLABLE:
            return swapped
    return _segmented(word) or word


def _pieced(word: str) -> str | None:
    """``word`` covered by our own pieces (:data:`_PIECES`, "i", "a", "r", "u"), fewest
    first, at least one naming a group or a predicate, or None: the normalizer squeezed
    doubled letters before the split ("killallwomen" is "kilalwomen", which wordninja's
    English reads "ki lal women"), so its pieces are ours, squeezed the same way; and a
    letter doubled where two pieces met is one letter, shared ("standisabled" is "stand
    disabled")."""
    best: list[list[str] | None] = [[]] + [None] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 16), end):
            head = best[start]
            if head is None:
                continue
            for piece in (word[start:end], *((word[start - 1:end],) if head else ())):
                if (piece in _PIECES or piece in _LETTER_PIECES) \
                        and (best[end] is None or len(head) + 1 < len(best[end] or ())):
                    best[end] = [*head, piece]
    pieces = best[len(word)]
    if pieces is None or len(pieces) < 2 or not any(p in _NAMED for p in pieces):
        return None
    return " ".join(pieces)


_LETTER_PIECES: Final = frozenset(("i", "a", "r", "u"))


def _segmented(word: str) -> str | None:
    """``word`` of 7+ letters split into English words where it is several glued together
    ("alltranspeople", "nothingbut", "imigrantsaretrash"), or None; the message still needs
    a frame, group and predicate, to be hate. The split is wordninja's (a unigram model of English Wikipedia,
    shipped in its wheel): :func:`_glued` knows only our own pieces and two of them. A
    one-letter piece other than "a" or "i" means the split is a guess ("keyboard in t
    erupt"), and a known word stays one ("gaylord")."""
    if len(word) < 7 or not word.isascii():  # its word list is English
        return None
    import wordninja  # 0.1 s to load its word list: only messages with a glued word pay it

    parts = wordninja.split(word)
    if len(parts) >= 2 and (ours := _pieced(word)) is not None:
        return ours
    if len(parts) < 2 or any(len(p) == 1 and p not in "ai" for p in parts):
        return None
    return " ".join(parts)



def _dropped(words: set[str] | frozenset[str], length: int, last: int,
             stay: set[str] | frozenset[str], letters: str = "aeiou") -> dict[str, str]:
    """Each of ``words`` of ``length`` letters with one of ``letters`` dropped, from the
    second letter to the one before ``last`` → the word (first one wins), less those in
    ``stay``."""
    out: dict[str, str] = {}
    for word in sorted(w for w in words if len(w) == length and w.isalpha()):
        for i in range(1, last):
            if word[i] in letters and (short := word[:i] + word[i + 1:]) not in stay:
                out.setdefault(short, word)
    return out


_SHORT_WORDS: Final = frozenset((
    "hat", "rap", "fir", "fre", "aps", "rts", "dgs", "vil", "hrt", "lic", "wak", "grs", "gon",
))
_VOWEL_DROPPED: Final = _dropped(PREDICATE_WORDS | {"gone", "dead"}, 4, 4, _SHORT_WORDS)
"""A predicate word of four letters with a vowel after its first letter dropped → the word
("hte", "gne", "lzy"): three consonants are seldom a word, and the four-letter predicates
are the ones a dropped letter leaves too short for :data:`_TOKEN`. Those that are words or
common abbreviations stay (:data:`_SHORT_WORDS`)."""
_LONG_VOWEL_DROPPED: Final = {
    **_dropped(RESPELLABLE, 6, 5, {
        "bests", "chats", "lathe", "morns", "swage", "snaky", "basts", "stond"}),
    **_dropped(RESPELLABLE, 6, 5, {
        "babos", "beats", "bests", "bured", "chats", "chips", "depot", "duped", "henas",
        "inane", "lathe", "loses", "money", "morns", "moros", "picks", "pured", "reset",
        "snaky", "wiped"}, letters="bcdfghjklmnpqrstvwxyz"),
    **_dropped(RESPELLABLE | {*_FRAME_WORDS}, 5, 4, {
        "band", "fles", "frek", "lars", "morn", "rten"}),
}
"""A predicate word of six letters with a letter inside dropped ("stpid", "vrmin", "filty")
or of five with a vowel inside dropped ("idot", "mron", "trsh") → the word; :func:`_read`
reads other typos only from six letters up. Words of English stay (those added with the
consonants and the five-letter words: found in wordninja's word list when this was
written; "morn" is no "moron", "money" no "monkey")."""
_ENGLISH_ONLY: Final = all(word.isascii() for table in (
    _PIECES, _NOT_TYPOS, _GROUP_TYPOS, _SHORT_SWAPS, _LONG_VOWEL_DROPPED, _MISSING_ONE,
    RESPELLABLE, FEELING_WORDS) for word in table)
"""Whether every word :func:`_read` can read another word as, or split one into, is ASCII
(true of the shipped lists): then a word with a Cyrillic letter is read as written before
any typo or glue is tried — the answer those would give, at a fraction of the cost (half
of real chat is Russian, and each of its words was tried once)."""
_SHORT_TOKEN: Final = re.compile(r"\b[^\W\d_]{3}\b")
_SHORT_GROUP_WORDS: Final = {
    **{w[:i] + w[i + 1:]: w for w in ADJ_EN if re.fullmatch(r"[a-z]{3}", w)
       for i in (1, 2) if w[i] in "aeiou"},
    **{w[:i] + w[i + 1] + w[i] + w[i + 2:]: w for w in ADJ_EN if re.fullmatch(r"[a-z]{3}", w)
       for i in (0, 1)}}
"""A group's three-letter adjective with a vowel dropped or two letters swapped → the
adjective ("gy", "gya" → "gay")."""
_SHORT_GROUP: Final = re.compile(
    rf"\b{alt(*_SHORT_GROUP_WORDS)}(?=\s+{alt(*PERSONS_EN)}\b)")
"""Such an adjective before a person ("gy people"): alone, two letters are too many words."""


_NT_GLUED: Final = re.compile(r"n['’]t(?=[^\W\d_]{3,})")
"""A negation glued to the word after it ("can'tstandwomen"): no English word goes on
after "n't", and the apostrophe cuts the rest off as a word of its own ("tstandwomen")."""
_SPELLED: Final = {RUN.sub(r"\1", w): w for w in sorted(
    {*PREDICATE_SPELLED, *_FUNCTION_SPELLED}, reverse=True)}
"""A predicate or function word as the normalizer writes it → as spelled ("worthles" →
"worthless", "al" → "all")."""


def _offensive_word(match: re.Match[str]) -> str:
    word = match.group(0)
    if match.string[match.start() - 1:match.start()] in ("#", "@"):
        return word  # a tag or a name glues its words by design ("#stopasianhate")
    squeezed = RUN.sub(r"\1", word)
    read = _read(squeezed)
    pieces = read.split()
    if read == squeezed or not any(piece in PREDICATE_WORDS or re.fullmatch(SLURS_EN, piece)
                                   or lexicon.judge_token(piece) for piece in pieces):
        return word
    if len(pieces) > 1 and pieces[0] not in ("a", "an") and not any(
            piece in _ADDRESSED or piece in _GROUP_SPELLINGS for piece in pieces):
        return word  # glued words that name no one: "killall" is a command, not "kill all"
    import wordninja  # loaded by _read already where it split a glued word

    if wordninja.split(word) == [word]:
        return word  # a word of English: "garage" is no "garbage", "heaters" no "cheaters"
    return " ".join(_SPELLED.get(piece, piece) for piece in pieces)


_ADDRESSED: Final = frozenset(("you", "u", "ur", "your", "youre", "ya"))
"""The one addressed, as a piece of glued words ("youareanidiot")."""


def offensive_respelled(text: str) -> str:
    """``text`` (folded, Latin) with each word that :func:`_read` reads as holding a predicate,
    a slur or a vulgar word spelled as that reading ("ur such an idoit" → "ur such an idiot",
    "youareanidiot" → "you are an idiot", "amoron" → "a moron"): the toxicity model
    never learnt the typos, and an insult to the one addressed names no group, so the group
    frames alone never read them back. Glued words are read apart only where a piece names
    the one addressed or a group, or an article opens them ("killall" is a command, found
    on Ubuntu IRC). Every other word stays as written ("looser", doubled letters kept), and
    so do words of English (wordninja's list keeps them whole: "garage",
    one letter from "garbage") and tags and names ("#stopasianhate", "@idiotbox")."""
    return _TOKEN.sub(_offensive_word, text)


def warm() -> None:
    """Load wordninja's word list now (~0.3 s) rather than at the first glued word."""
    import wordninja  # noqa: F401


def respelled(norm: str) -> str:
    """The normalized text ``norm`` with each word of four letters or more read as
    :func:`_read` reads it, a four-letter predicate missing a vowel and a three-letter group
    adjective missing one before a person read back; ``norm`` itself where no word changes."""
    text = _NT_GLUED.sub(r"\g<0> ", norm)
    text = _SHORT_TOKEN.sub(lambda m: _VOWEL_DROPPED.get(m.group(0), m.group(0)), text)
    text = _SHORT_GROUP.sub(lambda m: _SHORT_GROUP_WORDS[m.group(0)], text)
    return _TOKEN.sub(_respell, text)
