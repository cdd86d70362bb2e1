"""The split every probe script shares: a probe text falls in the tuning half (even CRC-32 of
its UTF-8) or the held half (odd). Rules are chosen on the tuning half's misses only; the held
half is measured, never read. One function, so no probe set can drift to a split of its own."""

from __future__ import annotations

import zlib


def tuning(text: str) -> bool:
    """Whether ``text`` is in the tuning half; the rest is held."""
    return zlib.crc32(text.encode("utf-8")) % 2 == 0
