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
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

from chatwarden.broker.layout import Layout, connect
from chatwarden.broker.worker import Delivery, Worker
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime

log = logging.getLogger(__name__)

Committed = Callable[[Sequence[Delivery], float], None]
"""Told each committed batch and the wall-clock time (``time.time()``) of its commit."""


class RuntimeHandler:
    """Decides on a thread of its own (always the same one: the runtime is not thread-safe), so
    the event loop stays free meanwhile to renew leases, pull and ack: a batch that takes
    seconds (a thousand chats loaded for the first time) must not let the leases lapse."""

    def __init__(self, runtime: Runtime, on_commit: Committed | None = None) -> None:
        self.runtime, self.on_commit = runtime, on_commit
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chatwarden-runtime")

    async def __call__(self, batch: Sequence[Delivery]) -> None:
        await asyncio.get_running_loop().run_in_executor(self._thread, self._decide, batch)
        if self.on_commit is not None:
            self.on_commit(batch, time.time())

    def _decide(self, batch: Sequence[Delivery]) -> None:
        for delivery in batch:
            self.runtime.handle(delivery.event)
        self.runtime.flush()

    async def close(self) -> None:
        """Commit what is pending and let the thread go."""
        await asyncio.get_running_loop().run_in_executor(self._thread, self.runtime.flush)
        self._thread.shutdown()


async def serve(url: str, ledger: Ledger, policy: Policy, layout: Layout, stop: asyncio.Event, *,
                name: str | None = None, on_commit: Committed | None = None) -> Worker:
    """Run one worker on ``ledger`` until ``stop`` is set; raises LedgerBusy before connecting
    when another process writes that ledger."""
    runtime = Runtime(policy, ledger, batch=layout.batch)
    nc = await connect(url, name or "chatwarden-worker")
    handler = RuntimeHandler(runtime, on_commit)
    worker = Worker(nc, layout, handler, name=name) if name else Worker(nc, layout, handler)
    reporter = asyncio.create_task(_report(worker))
    try:
        await worker.run(stop)
    finally:
        reporter.cancel()
        await asyncio.gather(reporter, return_exceptions=True)
        await handler.close()
        await nc.drain()
    return worker


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
