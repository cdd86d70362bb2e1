"""Sending stays under Telegram's limits: ~30 calls a second overall, 20 messages a minute
per group. Token buckets, so a short burst goes out at once and a flood is spread out
instead of dropped (dropping a sanction notice would hide a decision from the member).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(slots=True)
class Bucket:
    capacity: float
    rate: float
    """tokens per second"""
    tokens: float
    stamp: float

    def refill(self, now: float) -> None:
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def wait(self) -> float:
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


class Limiter:
    def __init__(self, per_second: float = 30, per_chat_minute: float = 20,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_second, self.per_chat = per_second, per_chat_minute
        self.clock = clock
        now = clock()
        self.overall = Bucket(per_second, per_second, per_second, now)
        self.chats: dict[str, Bucket] = {}

    def _chat(self, chat: str, now: float) -> Bucket:
        bucket = self.chats.get(chat)
        if bucket is None:
            bucket = self.chats[chat] = Bucket(self.per_chat, self.per_chat / 60, self.per_chat, now)
        return bucket

    def delay(self, chat: str | None) -> float:
        """Seconds to wait before the next call (0: take a token now)."""
        now = self.clock()
        buckets = [self.overall] + ([self._chat(chat, now)] if chat is not None else [])
        for b in buckets:
            b.refill(now)
        wait = max(b.wait() for b in buckets)
        if wait == 0:
            for b in buckets:
                b.tokens -= 1
        return wait

    async def acquire(self, chat: str | None = None) -> None:
        """Wait for a slot; ``chat`` is given for messages sent into a chat.

        No lock is held while waiting: a chat out of its per-minute budget must not
        hold up the others (the check and the take have no await between them)."""
        while (wait := self.delay(chat)) > 0:
            await asyncio.sleep(wait)
