"""The outbox worker: carries out stored decisions on one platform, each call once,
one lane per chat.

Before a call its intent is committed (``sending``); it is marked done only after
the platform confirms it. A call whose answer never came (a crash, a timeout, a
dropped connection, a proxy's error page) has an unknown outcome and is never
simply repeated: the platform is asked first (:meth:`Platform.settled`) whether it
already took effect. A message cannot be asked about on the platforms we serve,
so after an unknown outcome it is not repeated (``unconfirmed``) and the row says
why: the one case this loses a message is a crash in the instant between
recording the intent and the request leaving the machine; a repeat would instead
duplicate it after every answer lost on the way back, the common case.

Refusals split as the platform reports them: ``RETRY`` waits what the platform
asked (a 429's ``retry_after``) or backs off, forever, because a decision must
not be dropped; ``FINAL`` (the member left, no rights) is recorded as the row's
error. Each decision chat is a lane: its calls run in order, and a hung or
backing-off call holds up its own chat only.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging

from chatwarden.delivery.evidence import Keeper
from chatwarden.delivery.port import LOCAL, Outcome, Platform, Result, Step
from chatwarden.delivery.store import Outbox, Pending

log = logging.getLogger("chatwarden.delivery")
IDLE_SECONDS = 2.0
MAX_BACKOFF = 60.0
NOT_REPEATED = "outcome unknown (no answer); a message is sent at most once, not repeated"


def backoff(attempts: int) -> float:
    return min(MAX_BACKOFF, 2.0 ** min(attempts, 6))


def short(exc: BaseException, limit: int = 300) -> str:
    text = " ".join(str(exc).split()) or type(exc).__name__
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Worker:
    def __init__(self, outbox: Outbox, platform: Platform, keeper: Keeper | None = None) -> None:
        self.outbox, self.platform, self.keeper = outbox, platform, keeper
        self.wake = asyncio.Event()
        self.lanes: dict[str, asyncio.Task[None]] = {}

    def poke(self) -> None:
        """New outbox rows were committed: look now instead of at the next idle tick."""
        self.wake.set()

    async def run(self) -> None:
        try:
            while True:
                self.wake.clear()
                try:
                    await self.expand()
                    for p in self.outbox.next_steps(self.lanes.keys()):
                        task = asyncio.create_task(self._lane(p), name=f"lane {p.lane}")
                        self.lanes[p.lane] = task
                        task.add_done_callback(functools.partial(self._free, p.lane))
                except Exception:  # the ledger busy or gone for a moment: the worker must live
                    log.exception("the outbox could not be read")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), IDLE_SECONDS)
        finally:
            for task in self.lanes.values():
                task.cancel()

    async def _lane(self, p: Pending) -> None:
        try:
            await self.execute(p)
        except Exception:  # a bookkeeping write failed: the step is retried, not spun on
            log.exception("%s of outbox row %s failed", p.step.method, p.outbox_id)
            await asyncio.sleep(IDLE_SECONDS)

    def _free(self, lane: str, _: object) -> None:
        self.lanes.pop(lane, None)
        self.wake.set()

    async def expand(self) -> None:
        """Plan the rows not planned yet, once their chat's rights are known: the plan is
        fixed for good, and one made blind would tell nobody."""
        for outbox_id, decision in self.outbox.unplanned():
            try:
                rights = await self.platform.rights(decision.chat)
            except LookupError:
                continue
            local: list[Step] = []
            if self.keeper is not None:
                decision = self.keeper.complete(decision)
                local = self.keeper.plan(decision)
            self.outbox.plan(outbox_id, local + self.platform.plan(decision, rights))

    async def perform(self, step: Step) -> Result:
        if step.method.startswith(LOCAL):
            if self.keeper is None:
                return Result(Outcome.FINAL, f"{step.method}: no evidence keeper configured")
            return await self.keeper.perform(step)
        return await self.platform.perform(step)

    async def execute(self, p: Pending) -> None:
        checked = False  # an unknown outcome stays unknown until checked or confirmed
        if p.unknown and not p.step.method.startswith(LOCAL):
            try:
                settled = await self.platform.settled(p.step)
            except Exception as exc:  # could not ask: still unknown, ask again later
                log.warning("%s: could not check a lost answer (%s)", p.step.method, short(exc))
                self.outbox.attempt(p, short(exc), unknown=True)
                await asyncio.sleep(backoff(p.attempts))
                return
            if settled is None:
                log.warning("a %s had no answer; not sent again", p.step.method)
                self.outbox.finish(p, NOT_REPEATED, unconfirmed=True)
                return
            if settled:
                log.info("%s was already carried out", p.step.method)
                self.outbox.finish(p)
                return
            checked = True
        self.outbox.begin(p)
        result = await self.perform(p.step)
        if result.outcome is Outcome.DONE:
            self.outbox.finish(p)
        elif result.outcome is Outcome.FINAL:
            log.warning("%s failed for good: %s", p.step.method, result.detail)
            self.outbox.finish(p, error=result.detail or "refused")
        else:
            unknown = result.outcome is Outcome.UNKNOWN or (p.unknown and not checked)
            delay = result.wait or backoff(p.attempts)
            log.warning("%s failed (%s%s), retry in %.0fs", p.step.method, result.detail,
                        ", outcome unknown" if unknown else "", delay)
            self.outbox.attempt(p, result.detail, unknown=unknown)
            await asyncio.sleep(delay)
