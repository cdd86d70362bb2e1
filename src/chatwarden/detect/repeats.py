"""Rule 1.1's first clause: repeated or meaningless messages, N in a row.

A story told over several messages, or answers to other people, carries
meaning; only the same text again (or near-same), or keyboard mash, counts.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context
from chatwarden.detect.normalize import _INVISIBLE, fold, normalize
from chatwarden.detect.textcache import text_cache
from chatwarden.events import Event

_LETTERS = re.compile(r"[^\W\d_]+")
_VOWELS = frozenset("aeiouyаеёиоуыэюя")
_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "йцукенгшщзхъ", "фывапролджэ", "ячсмитьбю")


class RepeatParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    count: int = Field(3, ge=2, description="messages in a row that make spam")
    similarity: float = Field(0.9, gt=0, le=1, description="near-duplicate ratio (1 = identical)")
    within_minutes: int = Field(10, ge=1)


@text_cache(65536)
def is_meaningless(text: str) -> bool:
    """Keyboard mash or a stretched single letter; short chat words ("да", "ок") are meaningful."""
    folded = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold().strip()
    words = _LETTERS.findall(folded)
    if not words:
        return bool(folded) and not any(ch.isdigit() for ch in folded) and len(folded) <= 3
    if len(words) > 1:
        return False
    word = words[0]
    if len(word) < 4:
        return False
    if len(set(word)) <= 2:
        return True
    vowels = sum(ch in _VOWELS for ch in word)
    if vowels / len(word) < 0.15:
        return True
    return any(word[i:i + 4] in row for row in _KEYBOARD_ROWS for i in range(len(word) - 3))


_WORDS = re.compile(r"\w+")


@text_cache(65536)
def _key(text: str) -> str:
    """The words of a message, case and punctuation aside ("Купите слона!!!" = "купите слона")."""
    return " ".join(_WORDS.findall(fold(text)))


@text_cache(65536)
def _reader_key(text: str) -> str:
    """The words as a reader sees them: look-alike letters and stretched letters undone too."""
    return " ".join(_WORDS.findall(normalize(text).text))


def _same(a: str, b: str, similarity: float) -> bool:
    """Near-duplicates. The cheap key decides most pairs; the costlier reader's key only
    those that look alike already (a look-alike letter here, a stretched one there)."""
    ka, kb = _key(a), _key(b)
    if ka == kb or _close(ka, kb, similarity):
        return True
    if fuzz.ratio(ka, kb) < 60:
        return False
    ra, rb = _reader_key(a), _reader_key(b)
    return ra == rb or _close(ra, rb, similarity)


def _close(a: str, b: str, similarity: float) -> bool:
    """The length bound skips the edit distance for most pairs."""
    if similarity >= 1 or 2 * min(len(a), len(b)) < similarity * (len(a) + len(b)):
        return False
    return fuzz.ratio(a, b) >= similarity * 100


class Repeats(Detector):
    name = "repeats"
    labels = ("spam.repeat", "spam.meaningless")
    Params: ClassVar[type[BaseModel]] = RepeatParams
    stateful = True
    description = "The same (or nearly the same) text, or meaningless text, N messages in a row."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, RepeatParams)
        p = self.params
        if event.type != "message" or event.media is not None or not event.text:
            return [self.miss()]
        meaningless = is_meaningless(event.text)
        since = event.ts - timedelta(minutes=p.within_minutes)
        same: list[str] = []
        mash: list[str] = []
        for seen in ctx.recent(self.name):
            prior = seen.event
            if prior.ts < since or prior.media is not None or not prior.text:
                break
            if _same(prior.text, event.text, p.similarity):
                same.append(prior.id)
            elif not (meaningless and is_meaningless(prior.text)):
                break
            if meaningless and is_meaningless(prior.text):
                mash.append(prior.id)
            if len(same) >= p.count and (not meaningless or len(mash) >= p.count):
                break
        if len(same) >= p.count:
            return [self._hit("spam.repeat", same, f"{len(same)} repeated messages in a row")]
        if meaningless and len(mash) >= p.count:
            return [self._hit("spam.meaningless", mash, f"{len(mash)} meaningless messages in a row")]
        return [self.miss(explanation=f"{len(same)} of {p.count} repeats")]

    def _hit(self, label: str, ids: list[str], why: str) -> Signal:
        evidence = tuple(Evidence(i) for i in reversed(ids))
        return Signal(self.name, label, 1.0, True, why, evidence)
