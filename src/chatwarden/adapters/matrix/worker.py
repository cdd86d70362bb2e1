"""The outbox loop for Matrix until the shared worker (``delivery.outbox``) lands.

Rows are planned once (the plan is stored), then each room is a lane: its calls
run in order, rooms run side by side. Before a call its intent is committed
(``sending``); after a crash such a call is checked with
:meth:`~chatwarden.delivery.port.Platform.settled` before any repeat: done ones
are marked done, ones known not done run again (messages keep their
transaction id, so the homeserver never shows one twice), and ones the platform
cannot tell about are left as they are and recorded.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable

from chatwarden.adapters.matrix.platform import MatrixPlatform
from chatwarden.adapters.matrix.store import MatrixStore, PendingStep
from chatwarden.delivery.port import Outcome, Rights
from chatwarden.engine.decision import Decision

log = logging.getLogger("chatwarden.matrix")
IDLE_SECONDS = 1.0
NOT_REPEATED = "outcome unknown (no answer) and the room cannot tell: not repeated"


class Worker:
    def __init__(self, store: MatrixStore, platform: MatrixPlatform,
                 rights: Callable[[str], Rights | None]) -> None:
        self.store, self.platform, self.rights = store, platform, rights
        self._wake = asyncio.Event()

    def poke(self) -> None:
        self._wake.set()

    async def run(self) -> None:
        while True:
            self._expand()
            heads = self.store.next_steps()
            if not heads:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), IDLE_SECONDS)
                self._wake.clear()
                continue
            await asyncio.gather(*(self._one(p) for p in heads))

    def _expand(self) -> None:
        for outbox_id, raw in self.store.unexpanded(lambda _room: True):
            decision = Decision.from_json(raw)
            self.store.plan(outbox_id, self.platform.plan(decision, self.rights(decision.chat)))

    async def _one(self, p: PendingStep) -> None:
        if p.unknown:
            done = await self.platform.settled(p.step)
            if done is None:
                self.store.finish(p, NOT_REPEATED)
                return
            if done:
                self.store.finish(p)
                return
        self.store.begin(p)
        result = await self.platform.perform(p.step)
        if result.outcome is Outcome.DONE:
            self.store.finish(p)
        elif result.outcome is Outcome.FINAL:
            log.warning("%s in %s refused: %s", p.step.method, p.lane, result.detail)
            self.store.finish(p, result.detail)
        else:
            unknown = result.outcome is Outcome.UNKNOWN
            log.warning("%s in %s: %s (%s)", p.step.method, p.lane, result.detail,
                        "checked before a repeat" if unknown else "tried again")
            self.store.retry(p, result.detail, unknown=unknown)
            await asyncio.sleep(result.wait)
