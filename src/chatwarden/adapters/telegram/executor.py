"""The outbox worker: carries out stored decisions, one confirmed Bot API call at a time.

A call is marked done only after Telegram confirms it, so a crash repeats at
most the one call in flight and never a whole decision. 429 answers wait their
``retry_after``; network and server errors back off and retry, forever, because
a decision must not be dropped; a 400/403 is final (the message is gone, the
member left, the bot lost its rights) and is recorded as the row's error.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNotFound,
    TelegramRetryAfter,
)

from chatwarden.adapters.telegram.plan import Planner
from chatwarden.adapters.telegram.sender import Sender
from chatwarden.adapters.telegram.store import PendingStep, TelegramStore

log = logging.getLogger("chatwarden.telegram")
FINAL = (TelegramBadRequest, TelegramForbiddenError, TelegramNotFound, TelegramMigrateToChat,
         TelegramEntityTooLarge)
IDLE_SECONDS = 2.0
MAX_BACKOFF = 60.0


class Executor:
    def __init__(self, store: TelegramStore, planner: Callable[[], Planner], sender: Sender) -> None:
        self.store, self.planner, self.sender = store, planner, sender
        self.wake = asyncio.Event()

    def poke(self) -> None:
        """New outbox rows were committed: look now instead of at the next idle tick."""
        self.wake.set()

    async def run(self) -> None:
        while True:
            self.wake.clear()
            self.expand()
            pending = self.store.next_step()
            if pending is None:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), IDLE_SECONDS)
                continue
            await self.execute(pending)

    def expand(self) -> None:
        planner = self.planner()
        for outbox_id, decision in self.store.unexpanded():
            info = self.store.chat(decision["chat"])
            self.store.plan(outbox_id, planner.plan(decision, info))

    async def execute(self, p: PendingStep) -> None:
        try:
            await self.sender.call(p.step)
        except TelegramRetryAfter as exc:
            log.info("%s: 429, waiting %ss", p.step.method, exc.retry_after)
            self.store.attempt(p, f"429 retry after {exc.retry_after}s")
            await asyncio.sleep(exc.retry_after)
        except FINAL as exc:
            log.warning("%s failed for good: %s", p.step.method, exc.message)
            self.store.finish(p, error=exc.message)
        except Exception as exc:  # network or server trouble: the call must still happen
            delay = min(MAX_BACKOFF, 2.0 ** min(p.attempts, 6))
            log.warning("%s failed (%s), retry in %.0fs", p.step.method, exc, delay)
            self.store.attempt(p, str(exc))
            await asyncio.sleep(delay)
        else:
            self.store.finish(p)
