"""The PostgreSQL queue: scale-out on one machine with no broker, the ledger's database as queue.

Intake (:func:`put`): each event becomes a row of the ledger's ``queue`` table, keyed by its
id (``ON CONFLICT (event_id) DO NOTHING``: a Telegram update fetched twice, a Matrix event
resent, a file ingested again is stored once, with no time window), tagged with its chat's
partition (:meth:`Layout.partition`, the same hash and count as the NATS subjects), numbered
in arrival order (``seq``). Each batch NOTIFYs the waiting workers when it commits.

Work (:class:`PgWorker`): a worker owns partitions through session-level advisory locks on
one kept connection, ``pg_try_advisory_lock(PARTITION_LOCK, p)``. The server releases them the
moment that session ends, so a worker killed with -9 (or cut off) frees its partitions at once,
with no lease TTL to wait out. Every live worker also holds ``MEMBER_LOCK`` shared; counting its
holders in ``pg_locks`` tells each worker how many there are, so it keeps ``ceil(P / workers)``
partitions, giving back extras when one joins and taking the freed ones when one leaves.
Taking a partition bumps its fencing token (:meth:`Ledger.take_partition`) and evicts its
chats from memory, so no state from an earlier ownership is used.

A worker reads its partitions' oldest rows, decides them in ``seq`` order, then commits the
decisions and deletes those rows in ONE transaction (``runtime.flush(fence=..., also=...)``),
which also checks each partition's token: exactly once with no ack step. A crash before that
commit leaves the rows for the next owner; a worker whose session was lost (its partitions
perhaps taken) is refused by the fence and commits nothing.

Why not ``SELECT … FOR UPDATE SKIP LOCKED`` per row: order. Two workers skipping each other's
locked rows would judge one chat's events side by side; the partition lock gives a chat one
judge at a time. Row locks would also have to outlive the read and be held by another
connection than the ledger's transaction that deletes the rows, which would then wait on them.
The rows a batch read are deleted under the fence, and a count other than the batch's aborts it.

Dead letters, with NATS mode's contract (``Worker.max_deliver``): when the engine raises while
deciding an event, the runtime has committed the batch's events before it; one transaction,
fenced by their partitions, deletes their rows and adds one to the event's ``queue.failures``,
and at ``max_deliver`` moves the row to ``dead_letters`` (with the traceback) so its partition
goes on. Any other error (a lost session, a fenced commit, the database refusing) is not the
event's fault and counts nothing.

Why the count is a column and not worker memory, as with NATS: the row outlives the worker. A
worker restarted, cut off or replaced (its partitions taken over) hands the count to the next
owner with the row, so an event that fails under one worker after another still reaches the
dead letters; and since the count is written under the fence, a worker that lost the partition
can neither count nor dead-letter. It costs one small transaction per failure, nothing on the
way of the events that pass. What it cannot count is a failure the worker never lives to write:
an event that kills its process outright (the count would have to be written before each try,
a write per batch for every event to guard against a rare one).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import socket
import sys
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

import psycopg
from sqlalchemy import Connection, delete, func, insert, make_url, select, update
from sqlalchemy.dialects import postgresql
from sqlalchemy.exc import DBAPIError

from chatwarden.broker.layout import Layout
from chatwarden.broker.outage import LedgerUnreachable, Outage, Stopped, unreachable
from chatwarden.broker.serve import TICK, Clock, wall_clock
from chatwarden.errors import ChatwardenError, InputError
from chatwarden.events import Event, checked, event_from_json
from chatwarden.ledger import tables as t
from chatwarden.ledger.store import Ledger, LedgerConflict, LedgerFenced
from chatwarden.policy.schema import Policy
from chatwarden.runtime import MAX_CHATS, Runtime

log = logging.getLogger(__name__)

QUEUE: Final = t.queue
DEAD: Final = t.dead_letters
PARTITIONS: Final = t.partitions
CHANNEL: Final = "chatwarden_intake"
"""LISTEN/NOTIFY channel: intake tells the workers that rows were committed."""
PARTITION_LOCK: Final = 0x43575051
"""Advisory lock class of a partition ("CWPQ"): ``pg_try_advisory_lock(PARTITION_LOCK, p)``."""
MEMBER_LOCK: Final = 0x4357504D
"""Advisory lock class every live worker holds shared ("CWPM"): its holders are the workers."""
DEFAULT_PARTITIONS: Final = 16
MAX_DELIVER: Final = 5
NOT_THE_EVENTS: Final = (LedgerFenced, LedgerConflict, DBAPIError, psycopg.Error)
"""Errors while deciding an event that come from the ledger, not from the event: never counted."""
REPORT_EVERY: Final = 60.0


class QueueError(ChatwardenError):
    """The ledger cannot be this queue (not PostgreSQL, or another partition count)."""


@dataclass
class Stored:
    events: int = 0
    duplicates: int = 0
    """Left out by id: already queued, already judged (in the ledger's events), or set aside as
    a dead letter (``dead-letters retry`` queues it again)."""


def postgres_url(url: str) -> bool:
    """Whether a ``--db`` names a PostgreSQL ledger (checked before the ledger is made)."""
    return "://" in url and make_url(url).get_backend_name() == "postgresql"


def postgres_only(ledger: Ledger) -> None:
    """Refuse a ledger that cannot hold the queue (it needs PostgreSQL's locks and NOTIFY)."""
    if ledger.engine.dialect.name != "postgresql":
        raise QueueError(f"the PostgreSQL queue needs a PostgreSQL ledger, not {ledger.url}")


def ensure_partitions(ledger: Ledger, partitions: int | None = None) -> int:
    """The queue's partition count, registered on first use as the rows of ``partitions``.

    The count is fixed for a queue's life, as for a NATS stream: another count would move chats
    between partitions while their earlier events wait in the old ones. ``None`` takes the
    registered count (16 for a new queue); another count given explicitly is an error."""
    postgres_only(ledger)
    with ledger.engine.begin() as conn:
        held = conn.scalar(select(func.count()).select_from(PARTITIONS))
        if not held:
            count = partitions or DEFAULT_PARTITIONS
            conn.execute(postgresql.insert(PARTITIONS).values(
                [{"partition": p, "token": 0} for p in range(count)]).on_conflict_do_nothing())
            return count
    if partitions is not None and partitions != held:
        raise QueueError(f"the queue in {ledger.url} has {held} partitions, not {partitions}; "
                         "the count is fixed for a queue's life")
    return int(held)


def put(ledger: Ledger, layout: Layout, events: Iterable[Event], *, batch: int = 1000,
        progress: Callable[[int], None] | None = None) -> Stored:
    """Store ``events`` in the queue in order, ``batch`` rows per transaction, each with its
    chat's partition; an id already queued is counted as a duplicate and left as it is.

    Also skips ids the ledger already judged (their rows are gone from the queue), so a file
    ingested again is not judged again (the runtime would skip them too; this saves the work),
    and ids in the dead letters, so it does not bring back an event the workers gave up on."""
    postgres_only(ledger)
    result = Stored()
    rows: list[dict[str, Any]] = []

    def store() -> None:
        received = datetime.now(UTC).isoformat()
        judged = ledger.known_events(row["event_id"] for row in rows)
        with ledger.engine.begin() as conn:
            judged |= set(conn.scalars(select(DEAD.c.event_id).where(
                DEAD.c.event_id.in_([row["event_id"] for row in rows]))))
            fresh = [dict(row, received=received) for row in rows if row["event_id"] not in judged]
            stored = conn.scalars(postgresql.insert(QUEUE).values(fresh).on_conflict_do_nothing(
                index_elements=["event_id"]).returning(QUEUE.c.seq)).all() if fresh else []
            if stored:
                conn.execute(select(func.pg_notify(CHANNEL, "")))   # delivered at commit
        result.events += len(rows)
        result.duplicates += len(rows) - len(stored)
        if progress is not None:
            progress(len(rows))
        rows.clear()

    for event in events:
        event = checked(event)
        rows.append({"event_id": event.id, "chat": event.chat,
                     "partition": layout.partition(event.chat),
                     "raw": json.dumps(event.to_json(), ensure_ascii=False)})
        if len(rows) >= batch:
            store()
    if rows:
        store()
    return result


@dataclass(frozen=True, slots=True)
class _Row:
    seq: int
    partition: int
    event: Event | None
    """None for a row no valid producer wrote: deleted with the batch, logged."""


_FETCH: Final = f"""
SELECT q.seq, q.partition, q.raw FROM unnest(%s::int[]) AS o(p)
CROSS JOIN LATERAL (SELECT seq, partition, raw FROM {QUEUE.name} WHERE partition = o.p
                    ORDER BY seq LIMIT %s) AS q
"""
"""Each owned partition's oldest rows, through the ``(partition, seq)`` index (one ``ANY``
over all of them would sort the whole backlog)."""

_LIVE: Final = """
SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = %s::oid
AND objid = 0 AND objsubid = 2
AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
"""


@dataclass
class PgWorker:
    """One process's share of the partitions; :meth:`run` until ``stop`` is set."""

    ledger: Ledger
    policy: Policy
    layout: Layout = field(default_factory=Layout)
    name: str = field(default_factory=lambda: f"{socket.gethostname()}-{os.getpid()}")
    tick: float = TICK
    """Seconds between runs of the timed jobs of its chats on ``clock``; 0: never (replays)."""
    clock: Clock = wall_clock
    idle: float = 1.0
    """Seconds to wait for a NOTIFY when nothing is queued; also how often it rebalances."""
    retry_delay: float = 1.0
    """Seconds a partition rests after the engine failed on one of its events."""
    max_deliver: int = MAX_DELIVER
    """Failures of one event before its row goes to ``dead_letters``."""
    outbox: bool = False
    """Write each decision's actions to the outbox for ``chatwarden send`` to carry out."""
    max_chats: int = MAX_CHATS
    """Chats kept in memory (the least recently used dropped past that)."""
    outage: Outage = field(default_factory=Outage)
    """How long PostgreSQL may stay unreachable (``outage.limit``) before :meth:`run` gives up."""
    handled: int = 0
    dead: int = 0
    """Events this worker moved to the dead letters."""
    owned: dict[int, int] = field(default_factory=dict)
    """The partitions held, each with the fencing token it was taken under."""

    def __post_init__(self) -> None:
        postgres_only(self.ledger)
        self._runtime: Runtime | None = self._fresh_runtime()   # here, so LedgerBusy comes at once
        self._conn: psycopg.Connection[Any] | None = None
        self._resting: dict[int, float] = {}
        """Partitions whose event the engine failed on, and when they may go on."""

    def _fresh_runtime(self) -> Runtime:
        """A runtime with nothing loaded and nothing pending; its commits wait for the fence.
        The commits it makes by itself (timed jobs, after an engine error, an eviction's) are
        fenced by every partition held: ``owned`` is its fence, the same dict, kept current."""
        runtime = Runtime(self.policy, self.ledger, batch=sys.maxsize, shared=True,
                          owns=self.owns, outbox=self.outbox, max_chats=self.max_chats,
                          sleep=self._nap)
        runtime.fence = self.owned
        return runtime

    @property
    def runtime(self) -> Runtime:
        """Made afresh after a lost session (then inside the loop, where a failure is retried)."""
        if self._runtime is None:
            self._runtime = self._fresh_runtime()
        return self._runtime

    def owns(self, chat: str) -> bool:
        return self.layout.partition(chat) in self.owned

    def run(self, stop: threading.Event) -> None:
        """Rebalance every ``idle`` seconds, run the timed jobs every ``tick``, and judge
        whatever is queued meanwhile; leave (the locks given back) once ``stop`` is set.

        PostgreSQL unreachable (restarting, recovering, the connection cut): the session is
        dropped with whatever was decided and not committed, and the worker waits with backoff
        (``outage``) and takes partitions afresh; past ``outage.limit`` it raises
        :class:`~chatwarden.broker.outage.LedgerUnreachable` naming the step that failed."""
        self.outage.stop = stop   # a stop cuts the waits for PostgreSQL short too
        next_balance = next_tick = time.monotonic()
        next_report, reported = next_balance + REPORT_EVERY, 0
        try:
            while not stop.is_set():
                now = time.monotonic()
                doing = "judging"
                try:
                    if now >= next_balance:
                        doing = "taking partitions"
                        self._rebalance()
                        next_balance = now + self.idle
                    if self.tick > 0 and now >= next_tick:
                        doing = "running the timed jobs"
                        self._timed_jobs()
                        next_tick = now + self.tick
                    doing = "judging a batch"
                    if not self._judge_batch():
                        doing = "waiting for queued events"
                        self._wait(min(next_balance, next_tick) if self.tick > 0 else next_balance)
                    self.outage.over()
                except LedgerConflict as exc:   # the batch was forgotten; its rows come again
                    log.warning("%s: batch not committed (%s)", self.name, exc)
                except Stopped:
                    break
                except LedgerUnreachable:   # from the runtime's waits (_nap): past the limit
                    raise
                except Exception as exc:
                    # a lost session (PostgreSQL restarted, the connection cut), a fenced commit,
                    # or another failure that is not the event's (those rest their partition):
                    # drop what was decided, uncommitted, and take partitions afresh; ending
                    # the worker instead would stall its partitions until a restart
                    self._drop_session()
                    if not unreachable(exc):
                        log.warning("%s: partitions dropped (%s); taking them afresh in %.1f s",
                                    self.name, exc, self.retry_delay,
                                    exc_info=not isinstance(exc, LedgerFenced))
                        stop.wait(self.retry_delay)
                    elif not self.outage.wait(f"{self.name}: {doing}", exc):
                        break
                if now >= next_report:
                    if self.handled != reported:
                        log.info("%s: judged %d event(s) in the last %.0f s, partitions %s", self.name,
                                 self.handled - reported, REPORT_EVERY, sorted(self.owned))
                    next_report, reported = now + REPORT_EVERY, self.handled
        finally:
            self._leave()

    # -- owning partitions -------------------------------------------------------------------

    @property
    def conn(self) -> psycopg.Connection[Any]:
        """The session that holds the locks and LISTENs, opened (and joined) when missing."""
        if self._conn is None or self._conn.closed:
            engine = self.ledger.engine
            cargs, cparams = engine.dialect.create_connect_args(engine.url)
            conn = psycopg.connect(*cargs, **cparams, autocommit=True,
                                   application_name=f"chatwarden-worker {self.name}"[:63])
            conn.execute("SELECT pg_advisory_lock_shared(%s, 0)", (MEMBER_LOCK,))
            conn.execute(f"LISTEN {CHANNEL}")
            self._conn = conn
        return self._conn

    def _scalar(self, sql: str, *params: object) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        assert row is not None
        return row[0]

    def _rebalance(self) -> None:
        """Give back or take partitions until this worker holds ``ceil(P / workers)``."""
        fair = math.ceil(self.layout.partitions / max(int(self._scalar(_LIVE, MEMBER_LOCK)), 1))
        for p in sorted(self.owned, reverse=True)[:max(len(self.owned) - fair, 0)]:
            self._give_back(p)
        # each worker starts looking at its own place, so they do not all contend for 0 first
        start = int.from_bytes(hashlib.blake2b(self.name.encode(), digest_size=4).digest(), "big")
        for p in ((start + i) % self.layout.partitions for i in range(self.layout.partitions)):
            if len(self.owned) >= fair:
                break
            if p not in self.owned and self._scalar("SELECT pg_try_advisory_lock(%s, %s)",
                                                    PARTITION_LOCK, p):
                token = self.ledger.take_partition(p, self.name)
                self._forget(p)
                self.owned[p] = token
                log.info("partition %d: taken by %s (token %d)", p, self.name, token)

    def _give_back(self, p: int) -> None:
        """Between batches (nothing of ``p`` is pending): forget its chats, then unlock it."""
        del self.owned[p]
        self._forget(p)
        self._scalar("SELECT pg_advisory_unlock(%s, %s)", PARTITION_LOCK, p)
        log.info("partition %d: given back by %s", p, self.name)

    def _forget(self, p: int) -> None:
        """Drop the partition's chats from memory: whoever judged them last, it was not us."""
        self.runtime.evict(lambda chat: self.layout.partition(chat) == p)

    def _drop_session(self) -> None:
        """The locks are gone with the session (or the fence says so): own nothing, forget
        every chat and whatever was decided but not committed (never committed unfenced); the
        next rebalance takes partitions under fresh tokens."""
        self._leave()
        self._runtime = None

    def _leave(self) -> None:
        """End the session (each batch is committed as it is judged): its locks go with it."""
        self.owned.clear()
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # -- judging -----------------------------------------------------------------------------

    def _nap(self, seconds: float) -> None:
        """The runtime's wait before it tries a refused commit again (it logged why): part of
        the outage, so the limit and a stop hold there too (the batch is then dropped, never
        committed; its rows stay queued)."""
        if not self.outage.wait(f"{self.name}: committing a batch", seconds=seconds):
            raise Stopped("committing a batch")

    def _fetch(self) -> list[_Row]:
        now = time.monotonic()
        ready = [p for p in self.owned if self._resting.get(p, 0.0) <= now]
        if not ready:
            return []
        limit = max(self.layout.batch // len(ready), 1)
        rows = []
        for seq, partition, raw in self.conn.execute(_FETCH, (ready, limit)):
            try:
                event: Event | None = event_from_json(json.loads(raw))
            except (InputError, ValueError) as exc:
                log.error("partition %d: dropping an unreadable row (seq %d): %s", partition, seq, exc)
                event = None
            rows.append(_Row(seq, partition, event))
        rows.sort(key=lambda row: row.seq)
        return rows

    def _judge_batch(self) -> bool:
        """Decide the owned partitions' oldest rows and commit them with their deletion; False
        when none were waiting."""
        rows = self._fetch()
        if not rows:
            return False
        self.runtime.prefetch([row.event.id for row in rows if row.event is not None])
        for at, row in enumerate(rows):
            if row.event is None:
                continue
            try:
                self.runtime.handle(row.event)
            except NOT_THE_EVENTS:
                raise
            except Exception as exc:
                self._failed(rows, at, exc)     # the rows after it come again
                return True
        seqs = [row.seq for row in rows]
        fence = {p: self.owned[p] for p in {row.partition for row in rows}}
        self.runtime.flush(fence=fence, also=lambda conn: _consume(conn, seqs))
        self.handled += len(rows)
        return True

    def _failed(self, rows: Sequence[_Row], at: int, exc: Exception) -> None:
        """The engine raised on ``rows[at]``; the runtime committed the events before it. In one
        transaction fenced by their partitions: delete those rows and count the failure on the
        event's row, moving it to ``dead_letters`` at ``max_deliver`` (its partition goes on);
        below that its partition rests, the others go on."""
        row, done = rows[at], [r.seq for r in rows[:at]]
        assert row.event is not None
        fence = {p: self.owned[p] for p in {r.partition for r in rows[:at + 1]}}
        error = "".join(traceback.format_exception(exc)).strip()
        failures = 0

        def count(conn: Connection) -> None:
            nonlocal failures
            _consume(conn, done)
            failures = _count_failure(conn, row.seq, self.max_deliver, self.name, error)

        self.runtime.flush(fence=fence, also=count)
        self.handled += len(done)
        event = row.event
        if failures < self.max_deliver:
            self._resting[row.partition] = time.monotonic() + self.retry_delay
            log.warning("partition %d: event %s of chat %s failed %d of %d time(s); it comes again "
                        "in %.1f s", row.partition, event.id, event.chat, failures, self.max_deliver,
                        self.retry_delay, exc_info=exc)
            return
        self.dead += 1
        log.error("DEAD LETTER: partition %d: event %s of chat %s failed %d times (%r); moved to "
                  "the ledger's dead_letters table, its partition goes on. `chatwarden dead-letters "
                  "list --db URL` shows it, `chatwarden dead-letters retry --db URL` queues it "
                  "again (URL: %s)", row.partition, event.id, event.chat, failures, exc,
                  self.ledger.url, exc_info=exc)

    def _timed_jobs(self) -> None:
        if decided := len(self.runtime.finish(self.clock())):
            log.info("timed jobs: %d decision(s)", decided)

    def _wait(self, until: float) -> None:
        """Sleep until ``until`` or a NOTIFY from intake, whichever comes first."""
        timeout = max(until - time.monotonic(), 0.0)
        for _ in self.conn.notifies(timeout=timeout, stop_after=1):
            pass


def _consume(conn: Connection, seqs: Sequence[int]) -> None:
    """Inside the ledger's transaction: delete the batch's rows; any already gone means another
    worker judged them, so the whole transaction is undone."""
    gone = conn.execute(delete(QUEUE).where(QUEUE.c.seq.in_(seqs))).rowcount
    if gone != len(seqs):
        raise LedgerFenced(f"{len(seqs) - gone} of the batch's {len(seqs)} queued event(s) "
                           "were already taken")


def _count_failure(conn: Connection, seq: int, max_deliver: int, worker: str, error: str) -> int:
    """Inside the fenced transaction: one more failure of the queued event ``seq``, and at
    ``max_deliver`` its row moved to ``dead_letters``; the count it has now."""
    failures = conn.scalar(update(QUEUE).where(QUEUE.c.seq == seq)
                           .values(failures=QUEUE.c.failures + 1).returning(QUEUE.c.failures))
    if failures is None:
        raise LedgerFenced(f"the queued event (seq {seq}) was already taken")
    if failures >= max_deliver:
        moved = conn.execute(delete(QUEUE).where(QUEUE.c.seq == seq).returning(
            QUEUE.c.partition, QUEUE.c.seq, QUEUE.c.event_id, QUEUE.c.chat, QUEUE.c.raw,
            QUEUE.c.received, QUEUE.c.failures)).one()
        conn.execute(insert(DEAD).values(**moved._mapping, worker=worker, error=error,
                                         at=datetime.now(UTC).isoformat(timespec="seconds")))
    return int(failures)
