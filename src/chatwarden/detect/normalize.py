"""Text normalization shared by every text detector.

Members dodge filters with look-alike letters, invisible characters and
stretched words; comparing raw strings would let ``спам``, ``спaм`` (Latin a)
and ``с​п​а​м`` (zero-width joins) count as three different messages.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import emoji

_INVISIBLE = re.compile(r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f"
                        r"\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]")
_SPACES = re.compile(r"\s+")
_REPEATS = re.compile(r"(.)\1{2,}")


@lru_cache(maxsize=65536)
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
