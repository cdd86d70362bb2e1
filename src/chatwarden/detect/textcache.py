"""Caches keyed by a message's text, bounded in size as well as in count.

A reading of a text (folded, normalized, its links, its insults) is asked for by several
detectors and rules, so it is cached. ``lru_cache`` bounds the entries, not their size: an
event's text may be 16,384 characters (:data:`chatwarden.events.MAX_TEXT`), and a flood of
distinct long messages (a raid, a hostile export) would fill 65,536 entries of ``fold`` with
~4 GB of keys and readings. A text longer than :data:`LONGEST` is read anew every time instead:
chat lines are far shorter (the median Telegram line here is under 60 characters), so the
caches keep nearly every hit they had and hold at most ``maxsize × LONGEST`` characters each.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import _CacheInfo, lru_cache, update_wrapper
from typing import Final, Generic, TypeVar

LONGEST: Final = 512
"""The longest text a cache keeps (characters)."""

T = TypeVar("T")


class TextCache(Generic[T]):
    """``fn`` with an LRU cache of ``maxsize`` texts of at most :data:`LONGEST` characters."""

    def __init__(self, fn: Callable[[str], T], maxsize: int) -> None:
        self._fn = fn
        self._cached = lru_cache(maxsize=maxsize)(fn)
        update_wrapper(self, fn)

    def __call__(self, text: str) -> T:
        return self._cached(text) if len(text) <= LONGEST else self._fn(text)

    def cache_info(self) -> _CacheInfo:
        return self._cached.cache_info()

    def cache_clear(self) -> None:
        self._cached.cache_clear()


def text_cache(maxsize: int) -> Callable[[Callable[[str], T]], TextCache[T]]:
    """``@text_cache(4096)`` where ``@lru_cache(maxsize=4096)`` would keep any text."""
    def wrap(fn: Callable[[str], T]) -> TextCache[T]:
        return TextCache(fn, maxsize)
    return wrap
