"""Sending stays under Telegram's limits: ~30 calls a second overall, 20 messages a minute
per group. Sliding windows, not token buckets: a bucket that starts full lets a group get
its burst of 20 and then 20 more as the minute refills it (40 in one minute, and Telegram
answers 429); a window counts the calls of the last minute itself, so no minute, wherever
it starts, holds more than 20. A short burst still goes out at once, and a flood is spread
out instead of dropped (dropping a sanction notice would hide a decision from the member).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable


class Window:
    """At most ``limit`` calls in any ``span`` seconds: the times of the last ``limit``."""

    __slots__ = ("limit", "span", "times")

    def __init__(self, limit: float, span: float) -> None:
        self.limit, self.span = max(1, int(limit)), span
        self.times: deque[float] = deque()

    def wait(self, now: float) -> float:
        """Seconds until a call fits (0: now)."""
        while self.times and self.times[0] <= now - self.span:
            self.times.popleft()
        return 0.0 if len(self.times) < self.limit else self.times[0] + self.span - now

    def take(self, now: float) -> None:
        self.times.append(now)


class Limiter:
    def __init__(self, per_second: float = 30, per_chat_minute: float = 20,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.per_second, self.per_chat = per_second, per_chat_minute
        self.clock = clock
        self.overall = Window(per_second, 1.0)
        self.chats: dict[str, Window] = {}

    def delay(self, chat: str | None) -> float:
        """Seconds to wait before the next call (0: the call is counted now)."""
        now = self.clock()
        windows = [self.overall]
        if chat is not None:
            windows.append(self.chats.setdefault(chat, Window(self.per_chat, 60.0)))
        wait = max(w.wait(now) for w in windows)
        if wait == 0:
            for w in windows:
                w.take(now)
        if len(self.chats) > 10_000:  # forget groups quiet for a minute: they may send again
            self.chats = {c: w for c, w in self.chats.items() if w.wait(now) or w.times}
        return wait

    async def acquire(self, chat: str | None = None) -> None:
        """Wait for a slot; ``chat`` is given for messages sent into a chat.

        No lock is held while waiting: a chat out of its per-minute budget must not
        hold up the others (the check and the take have no await between them)."""
        while (wait := self.delay(chat)) > 0:
            await asyncio.sleep(wait)
