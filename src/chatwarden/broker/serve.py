"""A worker whose handler is the runtime: decide each event, commit the batch, then ack.

Exactly once end to end comes from two halves: the broker redelivers whatever was not acked
(a crash between commit and ack included), and the runtime skips an event id the ledger already
holds. Today one ledger takes one writer (``Ledger.acquire_writer``), so one worker per ledger;
several workers on a shared PostgreSQL ledger need ids from the database and per-partition
locks (the second half of issue 14).
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Callable, Coroutine, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any, TypeVar

from chatwarden.broker.layout import Layout, connect
from chatwarden.broker.worker import Delivery, EventFailed, LeaseLost, Worker
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime

log = logging.getLogger(__name__)

Committed = Callable[[Sequence[Delivery], float], None]
"""Told each committed batch and the wall-clock time (``time.time()``) of its commit."""
Fence = Callable[[Iterable[int]], Coroutine[Any, Any, None]]
"""Raises :class:`LeaseLost` unless this worker still holds the partitions (``Worker.hold``)."""
Clock = Callable[[], datetime]
R = TypeVar("R")

TICK = 30.0
"""Seconds between runs of the timed jobs (a mute's end, the weekly purge) on the wall clock."""


def wall_clock() -> datetime:
    return datetime.now(UTC)


class RuntimeHandler:
    """Decides on a thread of its own (always the same one: the runtime is not thread-safe), so
    the event loop stays free meanwhile to renew leases, pull and ack: a batch that takes
    seconds (a thousand chats loaded for the first time) must not let the leases lapse.

    The runtime commits only when told (its own batch limit is off): the fence is checked
    between deciding a batch and committing it."""

    def __init__(self, runtime: Runtime, on_commit: Committed | None = None,
                 fence: Fence | None = None) -> None:
        self.runtime, self.on_commit, self.fence = runtime, on_commit, fence
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chatwarden-runtime")
        self._loop: asyncio.AbstractEventLoop | None = None

    async def __call__(self, batch: Sequence[Delivery]) -> None:
        await self._on_thread(self._decide, batch)
        if self.on_commit is not None:
            self.on_commit(batch, time.time())

    async def _on_thread(self, call: Callable[..., R], *args: object) -> R:
        self._loop = asyncio.get_running_loop()
        return await self._loop.run_in_executor(self._thread, call, *args)

    def _decide(self, batch: Sequence[Delivery]) -> None:
        for delivery in batch:
            try:
                self.runtime.handle(delivery.event)
            except Exception as exc:
                # the runtime committed the batch's earlier events and left this one undone
                raise EventFailed(delivery, exc) from exc
        self._fenced({d.partition for d in batch})
        self.runtime.flush()

    def _fenced(self, partitions: set[int]) -> None:
        """Check the fence from this thread on the event loop; when it fails, forget the
        decided batch (a runtime afresh from the ledger) so nothing of it is ever committed."""
        if self.fence is None or self._loop is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self.fence(partitions), self._loop).result()
        except LeaseLost:
            old = self.runtime
            self.runtime = Runtime(old.policy, old.ledger, batch=old.batch, outbox=old.outbox)
            raise

    async def tick(self, now: datetime) -> int:
        """Run the jobs due by ``now`` in every chat of the ledger and commit them: timed
        sanctions end, and purges run, without waiting for the chat's next event. Every chat,
        not only this worker's partitions: one worker writes a ledger today. Returns the
        number of decisions."""
        return len(await self._on_thread(self.runtime.finish, now))

    async def close(self) -> None:
        """Commit what is pending and let the thread go."""
        await self._on_thread(self.runtime.flush)
        self._thread.shutdown()


async def serve(url: str, ledger: Ledger, policy: Policy, layout: Layout, stop: asyncio.Event, *,
                name: str | None = None, on_commit: Committed | None = None,
                max_deliver: int = 5, tick: float = TICK, clock: Clock = wall_clock,
                shard: tuple[int, int] | None = None) -> Worker:
    """Run one worker on ``ledger`` until ``stop`` is set; raises LedgerBusy before connecting
    when another process writes that ledger. ``tick`` seconds apart (0: never) the timed jobs
    run as of ``clock()``: events must then carry live times (replaying old events through a
    ticking worker would run today's jobs among them; replay history with ``tick=0``)."""
    runtime = Runtime(policy, ledger, batch=sys.maxsize)
    nc = await connect(url, name or "chatwarden-worker")
    handler = RuntimeHandler(runtime, on_commit)
    worker = Worker(nc, layout, handler, max_deliver=max_deliver, shard=shard)
    if name:
        worker.name = name
    handler.fence = worker.hold
    helpers = [asyncio.create_task(_report(worker))]
    if tick > 0:
        helpers.append(asyncio.create_task(_tick(handler, tick, clock)))
    try:
        await worker.run(stop)
    finally:
        for helper in helpers:
            helper.cancel()
        await asyncio.gather(*helpers, return_exceptions=True)
        await handler.close()
        await nc.drain()
    return worker


async def _tick(handler: RuntimeHandler, every: float, clock: Clock) -> None:
    while True:
        await asyncio.sleep(every)
        try:
            if decided := await handler.tick(clock()):
                log.info("timed jobs: %d decision(s) as of %s", decided, clock().isoformat())
        except Exception:
            log.exception("timed jobs failed; they run again in %.0f s", every)


async def _report(worker: Worker, every: float = 60.0) -> None:
    """A line a minute while events come: what a worker does, for whoever watches its log."""
    last = 0
    while True:
        await asyncio.sleep(every)
        if worker.handled != last:
            log.info("%s: judged %d event(s) in the last %.0f s (%.0f/s), partitions %s",
                     worker.name, worker.handled - last, every, (worker.handled - last) / every,
                     sorted(worker.owned))
            last = worker.handled
