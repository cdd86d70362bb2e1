"""A worker whose handler is the runtime: decide each event, commit the batch, then ack.

Exactly once end to end comes from two halves: the broker redelivers whatever was not acked
(a crash between commit and ack included), and the runtime skips an event id the ledger already
holds. Two ways to use a ledger:

- shared (``shared=True``, the default on PostgreSQL): several workers write one ledger, each
  judging the chats of the partitions it leased. Gaining a lease, a worker takes the partition
  in the ledger (a new fencing token) and forgets its chats (another worker may have judged
  them since); each batch commits with the tokens of its partitions, compared inside the
  commit transaction, so a worker that lost a partition (paused past its lease, say) has its
  late commit refused by the ledger (``LedgerFenced``) and never acks. The runtime's own
  commits (timed jobs, the one after an engine error) are fenced by every partition it holds
  (``Runtime.fence``). Timed jobs run only for the chats of the partitions it owns.
- exclusive: one worker per ledger (``Ledger.acquire_writer``), the broker-side lease check
  (:meth:`Worker.hold`) just before each commit as its fence; ``shard`` pins the partitions so
  that each chat stays in one ledger.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Callable, Coroutine, Iterable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import Any, TypeVar

from chatwarden.broker.layout import Layout, connect
from chatwarden.broker.worker import Delivery, EventFailed, LeaseLost, Worker
from chatwarden.ledger.store import Ledger, LedgerFenced
from chatwarden.policy.schema import Policy
from chatwarden.runtime import MAX_CHATS, Runtime

log = logging.getLogger(__name__)

Committed = Callable[[Sequence[Delivery], float], None]
"""Told each committed batch and the wall-clock time (``time.time()``) of its commit."""
Fence = Callable[[Iterable[int]], Coroutine[Any, Any, None]]
"""Raises :class:`LeaseLost` unless this worker still holds the partitions (``Worker.hold``)."""
Tokens = Callable[[Iterable[int]], Mapping[int, int]]
"""The ledger fence of a batch's partitions (``Worker.tokens``); raises :class:`LeaseLost`."""
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

    The runtime commits only when told (its own batch limit is off), with the batch's fence:
    ``tokens`` (a shared ledger compares them inside the commit) or ``fence`` (the broker-side
    lease check, between deciding a batch and committing it)."""

    def __init__(self, runtime: Runtime, on_commit: Committed | None = None,
                 fence: Fence | None = None, tokens: Tokens | None = None) -> None:
        self.runtime, self.on_commit, self.fence, self.tokens = runtime, on_commit, fence, tokens
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chatwarden-runtime")
        self._loop: asyncio.AbstractEventLoop | None = None

    async def __call__(self, batch: Sequence[Delivery]) -> None:
        # read on the event loop, which owns the leases, before the batch goes to the thread
        fence = dict(self.tokens({d.partition for d in batch})) if self.tokens is not None else None
        await self._on_thread(self._decide, batch, fence)
        if self.on_commit is not None:
            self.on_commit(batch, time.time())

    async def take(self, partition: int, owner: str, of: Callable[[str], int]) -> int:
        """Take the partition in the ledger (its new fencing token, which from now on also
        fences the runtime's own commits: timed jobs, the one after an engine error) and
        forget its chats: their state as loaded may be older than what another owner
        committed since."""
        return await self._on_thread(self._take, partition, owner, of)

    def _take(self, partition: int, owner: str, of: Callable[[str], int]) -> int:
        token = self.runtime.ledger.take_partition(partition, owner)
        self.runtime.fence = {**(self.runtime.fence or {}), partition: token}
        self._forget(partition, of)
        return token

    async def drop(self, partition: int, of: Callable[[str], int]) -> None:
        """Forget the chats of a partition this worker no longer owns, and its token."""
        await self._on_thread(self._drop, partition, of)

    def _drop(self, partition: int, of: Callable[[str], int]) -> None:
        if self.runtime.fence is not None:
            self.runtime.fence.pop(partition, None)
        self._forget(partition, of)

    def _forget(self, partition: int, of: Callable[[str], int]) -> None:
        try:
            self.runtime.evict(lambda chat: of(chat) == partition)
        except LedgerFenced:
            # another partition held was taken over meanwhile (its lease loss not yet seen):
            # nothing was pending, and the runtime forgot every chat, these among them
            log.info("partition %d: chats forgotten with all others (a partition was taken over)",
                     partition)

    async def _on_thread(self, call: Callable[..., R], *args: object) -> R:
        self._loop = asyncio.get_running_loop()
        return await self._loop.run_in_executor(self._thread, call, *args)

    def _decide(self, batch: Sequence[Delivery], fence: Mapping[int, int] | None = None) -> None:
        self.runtime.prefetch([d.event.id for d in batch])    # one query, not one per event
        try:
            for delivery in batch:
                try:
                    self.runtime.handle(delivery.event)
                except LedgerFenced:
                    raise   # the commit after an engine error was refused: not the event's fault
                except Exception as exc:
                    # the runtime committed the batch's earlier events and left this one undone
                    raise EventFailed(delivery, exc) from exc
            self._fenced({d.partition for d in batch})
            self.runtime.flush(fence=fence)
        except LedgerFenced as exc:
            # the runtime forgot the batch; the partition's new owner judges it
            raise LeaseLost(f"the ledger refused the commit: {exc}") from exc

    def _fenced(self, partitions: set[int]) -> None:
        """Check the fence from this thread on the event loop; when it fails, forget the
        decided batch (a runtime afresh from the ledger) so nothing of it is ever committed."""
        if self.fence is None or self._loop is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(self.fence(partitions), self._loop).result()
        except LeaseLost:
            old = self.runtime
            self.runtime = Runtime(old.policy, old.ledger, batch=old.batch, outbox=old.outbox,
                                   shared=old.shared, owns=old.owns, max_chats=old.max_chats)
            self.runtime.fence = old.fence
            raise

    async def tick(self, now: datetime) -> int:
        """Run the jobs due by ``now`` and commit them: timed sanctions end, and purges run,
        without waiting for the chat's next event. In every chat of the ledger for its only
        writer; for a shared writer only in the chats of the partitions it holds
        (``Runtime.owns``). Returns the number of decisions."""
        return len(await self._on_thread(self.runtime.finish, now))

    async def close(self) -> None:
        """Commit what is pending and let the thread go. A shared worker's last commit is
        fenced by every partition it still believed it held; one taken over meanwhile (a lease
        that lapsed unnoticed) refuses it, which is no failure of the stop."""
        try:
            await self._on_thread(self.runtime.flush)
        except LedgerFenced as exc:
            log.warning("last commit refused (%s); the partition's new owner judges it", exc)
        finally:
            self._thread.shutdown()


async def serve(url: str, ledger: Ledger, policy: Policy, layout: Layout, stop: asyncio.Event, *,
                name: str | None = None, on_commit: Committed | None = None,
                max_deliver: int = 5, tick: float = TICK, clock: Clock = wall_clock,
                shard: tuple[int, int] | None = None, shared: bool = False,
                outbox: bool = False, max_chats: int = MAX_CHATS, warm: bool = False) -> Worker:
    """Run one worker on ``ledger`` until ``stop`` is set; raises LedgerBusy before connecting
    when the ledger cannot be written that way (another exclusive writer; or, exclusive, any
    other writer). ``shared``: one of several workers on this ledger (the module's docstring).
    ``tick`` seconds apart (0: never) the timed jobs run as of ``clock()``: events must then
    carry live times (replaying old events through a ticking worker would run today's jobs
    among them; replay history with ``tick=0``). ``warm``: load the models on a thread now
    (:meth:`Runtime.warm_soon`), so a batch's first event does not wait for them."""
    runtime = Runtime(policy, ledger, batch=sys.maxsize, shared=shared, outbox=outbox,
                      max_chats=max_chats)
    if warm:
        runtime.warm_soon()
    nc = await connect(url, name or "chatwarden-worker")
    handler = RuntimeHandler(runtime, on_commit)
    worker = Worker(nc, layout, handler, max_deliver=max_deliver, shard=shard)
    if name:
        worker.name = name
    fence(worker, handler)
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


def fence(worker: Worker, handler: RuntimeHandler) -> None:
    """Fence the handler's commits by the worker's leases: on a shared ledger by the partitions'
    tokens in the ledger (taken when a lease is gained, chats and token forgotten when it is
    lost; timed jobs only in the chats of partitions held), else by the broker-side lease
    check."""
    if not handler.runtime.shared:
        handler.fence = worker.hold
        return

    def of(chat: str) -> int:
        return worker.layout.partition(chat)    # the stream's partition count, once running

    handler.tokens = worker.tokens
    handler.runtime.owns = lambda chat: worker.owns(of(chat))
    worker.take = lambda p: handler.take(p, worker.name, of)
    worker.drop = lambda p: handler.drop(p, of)


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
