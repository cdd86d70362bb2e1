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

import nats

from chatwarden.broker.layout import Layout
from chatwarden.broker.worker import Delivery, Worker
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime

log = logging.getLogger(__name__)

Committed = Callable[[Sequence[Delivery], float], None]
"""Told each committed batch and the wall-clock time (``time.time()``) of its commit."""


class RuntimeHandler:
    def __init__(self, runtime: Runtime, on_commit: Committed | None = None) -> None:
        self.runtime, self.on_commit = runtime, on_commit

    async def __call__(self, batch: Sequence[Delivery]) -> None:
        for delivery in batch:
            self.runtime.handle(delivery.event)
        self.runtime.flush()
        if self.on_commit is not None:
            self.on_commit(batch, time.time())


async def serve(url: str, ledger: Ledger, policy: Policy, layout: Layout, stop: asyncio.Event, *,
                name: str | None = None, on_commit: Committed | None = None) -> Worker:
    """Run one worker on ``ledger`` until ``stop`` is set; raises LedgerBusy before connecting
    when another process writes that ledger."""
    runtime = Runtime(policy, ledger, batch=layout.batch)
    nc = await nats.connect(url, name=name or "chatwarden-worker", max_reconnect_attempts=-1,
                            reconnect_time_wait=0.5)
    handler = RuntimeHandler(runtime, on_commit)
    worker = Worker(nc, layout, handler, name=name) if name else Worker(nc, layout, handler)
    try:
        await worker.run(stop)
    finally:
        runtime.flush()
        await nc.drain()
    return worker
