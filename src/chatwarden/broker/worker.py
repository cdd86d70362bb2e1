"""The worker side: lease a fair share of the partitions, hand their batches to a handler in
order, ack only after the handler returned.

Why leases rather than several subscribers on one consumer: two workers pulling from one
partition's consumer would judge one chat's events side by side, out of order. A lease in the
KV bucket (created only where none exists, renewed with compare-and-set, lapsing after the
bucket's TTL) gives each partition one worker at a time, and a worker whose renewal fails
(lapsed, perhaps taken) stops pulling from that partition after the batch in hand.

Each owned partition has a task that pulls one batch at a time; one judging task hands every
batch waiting at that moment to the handler at once (one commit for all of them), then acks
each. The handler runs on the event loop's time only as much as it awaits (the runtime's
handler decides on a thread), so renewals and pulls go on meanwhile.

What a lease cannot promise: a worker paused longer than the TTL (a stopped VM) may still hold a
batch when another worker takes over. Both then commit through the ledger's event-id
idempotency, so an event is still judged once, but their order in that window is not fenced;
storing the lease revision with each commit (a fencing token) is the next step.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import math
import os
import socket
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Final

import nats.errors
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.js import JetStreamContext
from nats.js.errors import BadRequestError, KeyWrongLastSequenceError, NoKeysError
from nats.js.kv import KeyValue

from chatwarden.broker.layout import Layout, decode, ensure, fresh_consumer, lease_bucket
from chatwarden.errors import InputError
from chatwarden.events import Event

log = logging.getLogger(__name__)

MEMBER: Final = "member."
PARTITION: Final = "partition."
TRANSIENT: Final = (nats.errors.Error, TimeoutError)
"""Errors of a broker that is restarting or briefly unreachable: the client reconnects by itself."""
ACK_CONFIRM: Final = 2.0
"""Seconds to wait for a batch's ack to be confirmed. Unconfirmed is harmless (what comes again
is skipped as seen) and a broker restart loses the confirmation, so not long."""
REST_WAIT: Final = 0.005
"""Seconds a pull for the rest of a batch waits: a batch fills only from what is already there."""


@dataclass(frozen=True, slots=True)
class Delivery:
    event: Event
    partition: int
    stored: datetime
    """When JetStream stored the event: the start of its publish-to-commit latency."""


Handler = Callable[[Sequence[Delivery]], Awaitable[None]]
"""Decide and commit a batch (events of one or more partitions, each partition's in order);
return only once it is durable. Raising leaves the batch un-acked: it comes again, first,
after ``retry_delay`` (with whatever followed it)."""


@dataclass
class _Pulled:
    """A partition's batch waiting to be judged; ``done`` tells its puller how it went."""

    partition: int
    msgs: list[Msg]
    deliveries: list[Delivery]
    done: asyncio.Future[bool]


@dataclass
class _Lease:
    revision: int
    task: asyncio.Task[None] | None = None
    stopping: bool = False


@dataclass
class Worker:
    """One process's share of the partitions; :meth:`run` until ``stop`` is set."""

    nc: Client
    layout: Layout
    handler: Handler
    name: str = field(default_factory=lambda: f"{socket.gethostname()}-{os.getpid()}")
    fetch_wait: float = 1.0
    """Seconds a pull waits for events; also how soon a released partition stops."""
    retry_delay: float = 1.0
    handled: int = 0
    owned: dict[int, _Lease] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._js: JetStreamContext = self.nc.jetstream()
        self._ready: asyncio.Queue[_Pulled] = asyncio.Queue()
        self._kv: KeyValue | None = None
        self._retired: set[asyncio.Task[None]] = set()
        """Tasks of partitions whose lease lapsed: they finish their batch, then are reaped."""

    async def run(self, stop: asyncio.Event) -> None:
        self.layout = await ensure(self._js, self.layout, partitions_given=False)
        self._kv = await lease_bucket(self._js, self.layout)
        tick = ((await self._kv.status()).ttl or 3.0) / 3   # three renewals per TTL
        await self.kv.put(MEMBER + self.name, b"")
        helpers = [asyncio.create_task(self._judge(), name="judge"),
                   asyncio.create_task(self._renew_every(tick), name="renew")]
        try:
            while not stop.is_set():
                try:
                    await self._rebalance()
                except TRANSIENT as exc:
                    log.warning("broker unreachable while rebalancing (%s); trying again", exc)
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(stop.wait(), tick)
        finally:
            await self._leave()
            for helper in helpers:
                helper.cancel()
            await asyncio.gather(*helpers, return_exceptions=True)

    @property
    def kv(self) -> KeyValue:
        assert self._kv is not None, "run() first"
        return self._kv

    async def _rebalance(self) -> None:
        """Give back or take partitions until this worker holds ``ceil(P / workers)``."""
        for task in [t for t in self._retired if t.done()]:
            self._retired.discard(task)
            await self._reap(task)
        for p in [p for p, lease in self.owned.items() if lease.task is not None and lease.task.done()]:
            await self._release(p)          # its task died: let the lease go, take it afresh
        fair = math.ceil(self.layout.partitions / max(await self._members(), 1))
        for p in sorted(self.owned, reverse=True)[:max(len(self.owned) - fair, 0)]:
            await self._release(p)
        start = int.from_bytes(hashlib.blake2b(self.name.encode(), digest_size=4).digest(), "big")
        for i in range(self.layout.partitions):
            if len(self.owned) >= fair:
                break
            p = (start + i) % self.layout.partitions
            if p in self.owned:
                continue
            try:
                revision = await self.kv.create(PARTITION + str(p), self.name.encode())
            except KeyWrongLastSequenceError:
                continue        # another worker holds it
            lease = self.owned[p] = _Lease(revision)
            lease.task = asyncio.create_task(self._drain(p, lease), name=f"partition-{p}")
            log.info("partition %d: taken by %s", p, self.name)

    async def _renew_every(self, tick: float) -> None:
        """Renew every lease and the membership each tick, all at once, apart from rebalancing
        (which waits for partitions to finish their batch): a renewal must never queue behind
        anything slow, or the lease lapses under a worker that is working."""
        while True:
            await asyncio.sleep(tick)
            held = [(p, lease) for p, lease in self.owned.items() if not lease.stopping]
            *renewed, member = await asyncio.gather(
                *(self._renew(p, lease) for p, lease in held),
                self.kv.put(MEMBER + self.name, b""), return_exceptions=True)
            if isinstance(member, BaseException):
                log.warning("broker unreachable while renewing leases (%s); trying again", member)
            for (p, lease), ok in zip(held, renewed, strict=True):
                if ok is False and self.owned.get(p) is lease:
                    log.warning("partition %d: lease lapsed (and may be taken); stopping it", p)
                    del self.owned[p]
                    lease.stopping = True       # its task ends after the batch in hand
                    if lease.task is not None:
                        self._retired.add(lease.task)

    async def _renew(self, p: int, lease: _Lease) -> bool:
        try:
            lease.revision = await self.kv.update(PARTITION + str(p), self.name.encode(), last=lease.revision)
        except KeyWrongLastSequenceError:
            return False
        return True

    async def _members(self) -> int:
        try:
            return sum(key.startswith(MEMBER) for key in await self.kv.keys())
        except NoKeysError:
            return 0

    async def _stop(self, p: int) -> _Lease:
        lease = self.owned.pop(p)
        lease.stopping = True
        if lease.task is not None:
            await self._reap(lease.task)
        return lease

    @staticmethod
    async def _reap(task: asyncio.Task[None]) -> None:
        try:
            await task
        except Exception:
            log.exception("%s: stopped with an error", task.get_name())

    async def _release(self, p: int) -> None:
        lease = await self._stop(p)
        try:
            await self.kv.delete(PARTITION + str(p), last=lease.revision)
            log.info("partition %d: given back by %s", p, self.name)
        except BadRequestError:
            pass            # the lease lapsed meanwhile (and may be taken)

    async def _leave(self) -> None:
        for lease in self.owned.values():
            lease.stopping = True       # all at once: each takes up to fetch_wait to stop
        for p in list(self.owned):
            try:
                await self._release(p)
            except TRANSIENT as exc:    # the broker is gone: the lease lapses by itself
                log.warning("partition %d: lease not given back (%r); it lapses by itself", p, exc)
        for task in self._retired:
            await self._reap(task)
        if self._kv is not None:
            with contextlib.suppress(*TRANSIENT):
                await self.kv.delete(MEMBER + self.name)

    async def _drain(self, p: int, lease: _Lease) -> None:
        """Pull the partition's events and queue them for judging, one batch outstanding."""
        loop = asyncio.get_running_loop()
        while not lease.stopping:
            await fresh_consumer(self._js, self.layout, p)
            sub = await self._js.pull_subscribe_bind(self.layout.consumer(p), stream=self.layout.stream)
            try:
                while not lease.stopping:
                    try:
                        msgs = await self._pull(sub)
                    except TRANSIENT:
                        continue    # nothing waiting, or the broker is restarting
                    pulled = _Pulled(p, *await self._readable(p, msgs), loop.create_future())
                    if not pulled.msgs:
                        continue
                    await self._ready.put(pulled)
                    if not await pulled.done:
                        await asyncio.sleep(self.retry_delay)
                        break       # a fresh consumer hands the failed batch out again, first
            finally:
                with contextlib.suppress(*TRANSIENT):
                    await sub.unsubscribe()

    async def _pull(self, sub: JetStreamContext.PullSubscription) -> list[Msg]:
        """Wait for one event, then take what else is waiting, up to a batch.

        One pull for the whole batch would hold the first event until the batch fills or the
        pull expires (nats-py waits out the deadline for the rest): a second of latency at a
        quiet hour for no gain."""
        msgs = await sub.fetch(1, timeout=self.fetch_wait)
        if self.layout.batch > 1:
            with contextlib.suppress(*TRANSIENT):
                msgs += await sub.fetch(self.layout.batch - 1, timeout=REST_WAIT)
        return msgs

    @staticmethod
    async def _readable(p: int, msgs: list[Msg]) -> tuple[list[Msg], list[Delivery]]:
        good: list[Msg] = []
        deliveries: list[Delivery] = []
        for msg in msgs:
            try:
                event = decode(msg.data)
            except (InputError, ValueError) as exc:
                # no valid producer wrote it; sending it again would stall the chat behind it
                log.error("partition %d: dropped an unreadable message (seq %d): %s", p,
                          msg.metadata.sequence.stream, exc)
                await msg.term()
                continue
            good.append(msg)
            deliveries.append(Delivery(event, p, msg.metadata.timestamp))
        return good, deliveries

    async def _judge(self) -> None:
        """Hand every partition's waiting batch to the handler at once (one commit for all),
        then ack each. When that fails, each partition's batch is tried alone, so one bad
        event holds back only its own partition."""
        while True:
            ready = [await self._ready.get()]
            while not self._ready.empty():
                ready.append(self._ready.get_nowait())
            if not await self._handled(ready) and len(ready) > 1:
                for pulled in ready:
                    await self._handled([pulled])
            for pulled in ready:
                if not pulled.done.done():
                    pulled.done.set_result(False)

    async def _handled(self, ready: list[_Pulled]) -> bool:
        batch = [d for pulled in ready for d in pulled.deliveries]
        try:
            await self.handler(batch)
        except Exception:
            log.exception("handling %d event(s) of partition(s) %s failed; they come again in %.1f s",
                          len(batch), sorted({pulled.partition for pulled in ready}), self.retry_delay)
            return False
        self.handled += len(batch)
        await asyncio.gather(*(self._ack(pulled) for pulled in ready))
        return True

    async def _ack(self, pulled: _Pulled) -> None:
        try:
            for msg in pulled.msgs[:-1]:
                await msg.ack()
            # acks are processed in order: the last one's confirmation covers them all
            await pulled.msgs[-1].ack_sync(timeout=ACK_CONFIRM)
        except TRANSIENT as exc:
            # committed but not acked: they come again and the ledger skips them as seen
            log.warning("partition %d: ack not confirmed (%s); a redelivery will be skipped",
                        pulled.partition, exc)
        pulled.done.set_result(True)
