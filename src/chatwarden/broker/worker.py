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

Fencing: a worker paused longer than the TTL (a stopped VM, SIGSTOP) may still hold a decided
batch when it resumes, after another worker took the partition over. On a shared ledger the
ledger itself refuses that commit: a worker that gains a lease first takes the partition in the
ledger (``take``: ``Ledger.take_partition`` bumps the partition's fencing token), each lease
keeps its token, and the handler commits a batch with the tokens of the leases it was pulled
under (:meth:`Worker.tokens`), compared inside the commit transaction. With a ledger per worker
(where the rival writes another ledger, so no token there can tell) the handler instead calls
:meth:`Worker.hold` just before it commits: unless each partition's lease at the broker still
names this worker at the revision it last renewed, under the very lease the batch was pulled
under, the batch is dropped uncommitted (:class:`LeaseLost`); that leaves the window between
the check and the end of the commit.

Dead letters: when the handler names the event it could not decide (:class:`EventFailed`), the
worker counts the failures of that event; at ``max_deliver`` the event goes to the dead-letter
stream with the error and is acked, so its partition moves on. Any other error (the ledger
refusing writes, say) is not the event's fault: the batch is tried again, without limit.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import math
import os
import socket
import traceback
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final

import nats.errors
from nats.aio.client import Client
from nats.aio.msg import Msg
from nats.js import JetStreamContext
from nats.js.errors import BadRequestError, KeyNotFoundError, KeyWrongLastSequenceError, NoKeysError
from nats.js.kv import KeyValue

from chatwarden.broker.layout import (
    Layout,
    dead_letter_stream,
    decode,
    ensure,
    fresh_consumer,
    lease_bucket,
)
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


class EventFailed(Exception):
    """Raised by a handler that could not decide ``delivery``: the events before it in the batch
    are committed, it and those after it are not. Counts towards the event's dead letter."""

    def __init__(self, delivery: Delivery, cause: BaseException) -> None:
        super().__init__(f"event {delivery.event.id} of chat {delivery.event.chat}: {cause!r}")
        self.delivery, self.cause = delivery, cause


class LeaseLost(Exception):
    """A partition of the batch is no longer this worker's: the batch must not be committed."""


Handler = Callable[[Sequence[Delivery]], Awaitable[None]]
"""Decide and commit a batch (events of one or more partitions, each partition's in order);
return only once it is durable. Raising leaves the batch un-acked: it comes again, first,
after ``retry_delay`` (with whatever followed it)."""
Take = Callable[[int], Awaitable[int]]
"""Become the partition's owner in the ledger before any of its events is handled; returns its
fencing token (``Ledger.take_partition``, then the runtime forgets the partition's chats)."""
Drop = Callable[[int], Awaitable[None]]
"""The partition is no longer this worker's: forget its chats (their state is the new owner's)."""


@dataclass
class _Lease:
    revision: int
    task: asyncio.Task[None] | None = None
    stopping: bool = False
    token: int | None = None
    """The partition's fencing token in the ledger, once taken there under this lease."""


@dataclass
class _Pulled:
    """A partition's batch waiting to be judged; ``done`` tells its puller how it went."""

    partition: int
    lease: _Lease
    """The lease it was pulled under: it may be committed only while that very lease holds."""
    msgs: list[Msg]
    deliveries: list[Delivery]
    done: asyncio.Future[bool]




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
    shard: tuple[int, int] | None = None
    """``(i, n)``: hold exactly the partitions ``p`` with ``p % n == i``, never others. For a
    ledger per worker (one writer per ledger today): a chat then never moves to another
    ledger, and a stopped worker's partitions wait for it to come back."""
    max_deliver: int = 5
    """Failures of one event (:class:`EventFailed`) before it goes to the dead-letter stream."""
    take: Take | None = None
    drop: Drop | None = None
    handled: int = 0
    dead: int = 0
    owned: dict[int, _Lease] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._js: JetStreamContext = self.nc.jetstream()
        self._ready: asyncio.Queue[_Pulled] = asyncio.Queue()
        self._kv: KeyValue | None = None
        self._retired: dict[asyncio.Task[None], int] = {}
        """Tasks of partitions whose lease lapsed (with the partition): they finish their batch,
        then are reaped and the partition dropped."""
        self._in_hand: dict[int, _Lease] = {}
        """The leases the batch now with the handler was pulled under, by partition."""
        self._failures: dict[int, int] = {}
        """Failures so far of an event not yet acked, by stream sequence. Kept in memory: a new
        owner counts afresh, so an event that kills its worker outright is not dead-lettered."""

    async def run(self, stop: asyncio.Event) -> None:
        self.layout = await ensure(self._js, self.layout, partitions_given=False)
        self._kv = await lease_bucket(self._js, self.layout)
        await dead_letter_stream(self._js, self.layout)
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
        """Give back or take partitions until this worker holds ``ceil(P / workers)`` (or,
        with a ``shard``, all of its own)."""
        for task in [t for t in self._retired if t.done()]:
            await self._reap(task)
            await self._dropped(self._retired.pop(task))
        for p in [p for p, lease in self.owned.items() if lease.task is not None and lease.task.done()]:
            await self._release(p)          # its task died: let the lease go, take it afresh
        if self.shard is None:
            fair = math.ceil(self.layout.partitions / max(await self._members(), 1))
            for p in sorted(self.owned, reverse=True)[:max(len(self.owned) - fair, 0)]:
                await self._release(p)
            start = int.from_bytes(hashlib.blake2b(self.name.encode(), digest_size=4).digest(), "big")
            wanted = [(start + i) % self.layout.partitions for i in range(self.layout.partitions)]
        else:
            index, count = self.shard
            wanted = [p for p in range(self.layout.partitions) if p % count == index]
            fair = len(wanted)
        for p in wanted:
            if len(self.owned) >= fair:
                break
            if p in self.owned:
                continue
            try:
                revision = await self.kv.create(PARTITION + str(p), self.name.encode())
            except KeyWrongLastSequenceError:
                continue        # another worker holds it
            lease = self.owned[p] = _Lease(revision)   # renewed from now on, while it is taken
            if not await self._taken(p, lease):
                continue
            lease.task = asyncio.create_task(self._drain(p, lease), name=f"partition-{p}")
            log.info("partition %d: taken by %s", p, self.name)

    async def _taken(self, p: int, lease: _Lease) -> bool:
        """Take the partition in the ledger (its fencing token) before pulling anything; when
        that fails, or the lease lapsed meanwhile, give the lease back for a later try."""
        if self.take is None:
            return True
        try:
            lease.token = await self.take(p)
        except Exception:
            log.exception("partition %d: not taken in the ledger; its lease is given back", p)
        if lease.token is not None and not lease.stopping:
            return True
        if self.owned.get(p) is lease:
            await self._release(p)
        return False

    async def _dropped(self, p: int) -> None:
        if self.drop is not None and p not in self.owned:
            try:
                await self.drop(p)
            except Exception:
                log.exception("partition %d: its chats not forgotten", p)

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
                        self._retired[lease.task] = p

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
        """Let the partition's batch in hand finish (and commit: the lease is still held), then
        drop it from ``owned``."""
        lease = self.owned[p]
        lease.stopping = True
        if lease.task is not None:
            await self._reap(lease.task)
        del self.owned[p]
        return lease

    def owns(self, partition: int) -> bool:
        """Whether this worker holds the partition and has taken it in the ledger (whose chats'
        timed jobs are then its to run)."""
        lease = self.owned.get(partition)
        return lease is not None and lease.token is not None and not lease.stopping

    def tokens(self, partitions: Iterable[int]) -> dict[int, int]:
        """The fence of the batch in hand: each partition's token in the ledger under the lease
        the batch was pulled under. The ledger compares them inside the commit transaction."""
        fence: dict[int, int] = {}
        for p in set(partitions):
            lease = self._in_hand.get(p)
            if lease is None or lease.token is None:
                raise LeaseLost(f"partition {p}: not taken in the ledger")
            fence[p] = lease.token
        return fence

    async def hold(self, partitions: Iterable[int]) -> None:
        """Raise :class:`LeaseLost` unless the broker still names this worker as the holder of
        each partition's lease, at the revision this worker last wrote, and that lease is the
        one the batch in hand was pulled under (not one taken again since, after a lapse): the
        fence a handler checks just before its commit (the module's docstring says what is left).
        The partitions are asked all at once, not one after another."""
        await asyncio.gather(*(self._holds(p) for p in sorted(set(partitions))))

    async def _holds(self, p: int) -> None:
        lease = self.owned.get(p)
        if lease is None or lease is not self._in_hand.get(p, lease):
            raise LeaseLost(f"partition {p}: lease lapsed")
        try:
            entry = await self.kv.get(PARTITION + str(p))
        except KeyNotFoundError:
            raise LeaseLost(f"partition {p}: lease lapsed at the broker") from None
        if entry.value != self.name.encode() or entry.revision != lease.revision:
            holder = (entry.value or b"").decode(errors="replace")
            raise LeaseLost(f"partition {p}: lease now held by {holder!r} (revision "
                            f"{entry.revision}, ours {lease.revision})")

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
        if lease.token is not None:
            await self._dropped(p)

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
        self._retired.clear()
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
                    pulled = _Pulled(p, lease, *await self._readable(p, msgs), loop.create_future())
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
                    await self._handled([pulled])   # alone, so a failure is its own
            for pulled in ready:
                if not pulled.done.done():
                    pulled.done.set_result(False)

    async def _handled(self, ready: list[_Pulled]) -> bool:
        batch = [d for pulled in ready for d in pulled.deliveries]
        parts = sorted({pulled.partition for pulled in ready})
        self._in_hand = {pulled.partition: pulled.lease for pulled in ready}
        try:
            await self.handler(batch)
        except LeaseLost as exc:
            log.warning("%s: not committed, %s; the new owner judges its %d event(s)",
                        self.name, exc, len(batch))
            return False
        except EventFailed as exc:
            log.error("handling %d event(s) of partition(s) %s failed at %s", len(batch), parts, exc,
                      exc_info=exc.cause)
            if len(ready) == 1:
                try:
                    await self._failed(ready[0], exc)
                except TRANSIENT as lost:   # not set aside: it comes again, and is counted on
                    log.warning("partition %d: dead letter not stored (%r)", ready[0].partition, lost)
            return False
        except Exception:
            log.exception("handling %d event(s) of partition(s) %s failed; they come again in %.1f s",
                          len(batch), parts, self.retry_delay)
            return False
        self.handled += len(batch)
        await asyncio.gather(*(self._ack(pulled) for pulled in ready))
        return True

    async def _failed(self, pulled: _Pulled, exc: EventFailed) -> None:
        """Count a failure of the event named; at ``max_deliver`` dead-letter it and ack it with
        those before it (committed by the handler), so what follows it comes next."""
        at = next((i for i, d in enumerate(pulled.deliveries) if d is exc.delivery), None)
        if at is None:
            return
        msg = pulled.msgs[at]
        seq = msg.metadata.sequence.stream
        failures = self._failures[seq] = self._failures.get(seq, 0) + 1
        if failures < self.max_deliver:
            log.warning("partition %d: event %s failed %d of %d time(s); it comes again in %.1f s",
                        pulled.partition, exc.delivery.event.id, failures, self.max_deliver,
                        self.retry_delay)
            return
        letter = {"event": exc.delivery.event.to_json(), "partition": pulled.partition, "seq": seq,
                  "failures": failures, "worker": self.name,
                  "at": datetime.now(UTC).isoformat(timespec="seconds"),
                  "error": "".join(traceback.format_exception(exc.cause)).strip()}
        await self._js.publish(self.layout.dead_subject(pulled.partition),
                               json.dumps(letter, ensure_ascii=False).encode(),
                               stream=self.layout.dead_stream)
        for m in pulled.msgs[:at + 1]:
            await m.ack()
        self._failures.pop(seq, None)
        self.dead += 1
        log.error("DEAD LETTER: partition %d: event %s of chat %s failed %d times (%r); moved to "
                  "%s and acked, its partition goes on. `chatwarden dead-letters list` shows it, "
                  "`chatwarden dead-letters retry` sends it again", pulled.partition,
                  exc.delivery.event.id, exc.delivery.event.chat, failures, exc.cause,
                  self.layout.dead_stream)

    async def _ack(self, pulled: _Pulled) -> None:
        try:
            for msg in pulled.msgs[:-1]:
                await msg.ack()
            # acks are processed in order: the last one's confirmation covers them all
            await pulled.msgs[-1].ack_sync(timeout=ACK_CONFIRM)
            if self._failures:
                for msg in pulled.msgs:
                    self._failures.pop(msg.metadata.sequence.stream, None)
        except TRANSIENT as exc:
            # committed but not acked: they come again and the ledger skips them as seen
            log.warning("partition %d: ack not confirmed (%s); a redelivery will be skipped",
                        pulled.partition, exc)
        pulled.done.set_result(True)
