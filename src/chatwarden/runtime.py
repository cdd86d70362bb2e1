"""Glue between a source of events, the engine and the ledger: the one processing loop.

Replay and the live bot both go through :class:`Runtime`, so idempotency (an
event id is processed once, ever) and durability (decisions committed before
any action runs) hold the same way for both.

The engine returns an outcome per event (decisions and the record changes they
imply); the runtime folds a batch of them and has the ledger apply it in one
transaction. A runtime is its ledger's only writer (it takes the writer lock
before reading anything), or one of a cluster's shared writers (``shared=True``:
each judges the chats of the partitions it owns, numbers records from blocks the
ledger hands out, asks the ledger which event ids it holds instead of keeping all
of them in memory, and fences each commit). A busy database makes
:meth:`Runtime.flush` wait and try again, the batch kept in memory; an engine that
fails part-way through an event never commits what it half did (see
:meth:`Runtime.handle`).

Adapters and the console read through the runtime, not the engine:
:meth:`Runtime.chat` (a chat's state, loaded when first asked for),
:meth:`Runtime.chats`, :meth:`Runtime.role_of` and :attr:`Runtime.commands`.
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from datetime import datetime
from typing import TypeVar

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, OperationalError

from chatwarden.engine.engine import Engine
from chatwarden.engine.state import ChatState, Outcome, State
from chatwarden.engine.workflows.commands import CommandDesk
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger, LedgerConflict, LedgerFenced
from chatwarden.policy.schema import Policy

log = logging.getLogger(__name__)
T = TypeVar("T")

FIRST_WAIT = 0.5
LONGEST_WAIT = 30.0
"""Seconds between tries of a busy ledger: doubling from the first, up to the longest."""
BLOCK = 64
"""Record numbers a shared writer takes from the ledger at a time, per kind."""
RECENT = 100_000
"""Event ids a shared writer remembers itself; older ones it asks the ledger about."""
MAX_CHATS = 10_000
"""Chats kept in memory; beyond that the least recently used are dropped after a commit."""


_FROZEN = False
"""Whether :meth:`Runtime.warm` has frozen the loaded models (:func:`gc.freeze`) yet."""
_FREEZE_LOCK = threading.Lock()


class Recent(dict[str, None]):
    """The last ``limit`` ids added, oldest dropped first: a bounded memory of what this
    process already decided (the ledger remembers the rest)."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit = limit
        self.dropped = False
        """Whether an id was ever dropped: from then on, one not here may still be known."""

    def add(self, key: str) -> None:
        self[key] = None
        if len(self) > self.limit:
            del self[next(iter(self))]
            self.dropped = True


class Blocks:
    """Record numbers for a shared writer: a block of ``size`` per kind from the ledger,
    the next block when one runs out."""

    def __init__(self, ledger: Ledger, size: int = BLOCK) -> None:
        self.ledger, self.size = ledger, size
        self._next: dict[str, int] = {}
        self._end: dict[str, int] = {}

    def __call__(self, kind: str) -> int:
        ident = self._next.get(kind, 0)
        if ident >= self._end.get(kind, 0):
            ident = self.ledger.reserve_ids(kind, self.size)
            self._end[kind] = ident + self.size
        self._next[kind] = ident + 1
        return ident


def transient(exc: BaseException) -> bool:
    """A database error that passes by itself: a lock held by another connection (SQLite's
    "database is locked"), a serialization failure or deadlock, a dropped connection."""
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


class Runtime:
    def __init__(self, policy: Policy, ledger: Ledger, *, batch: int = 1000,
                 outbox: bool = False, sleep: Callable[[float], None] = time.sleep,
                 shared: bool = False, owns: Callable[[str], bool] | None = None,
                 max_chats: int = MAX_CHATS) -> None:
        self.policy, self.ledger = policy, ledger
        self.batch, self.outbox = batch, outbox
        self.shared, self.owns, self.max_chats = shared, owns, max_chats
        self._sleep = sleep
        ledger.acquire_writer(shared=shared)
        self.engine = self._engine()
        self.seen = Recent(RECENT)
        """The ids this process decided lately; the ledger is asked about any other."""
        self._fresh = not shared and not ledger.holds_events()
        """The only writer of a ledger that held no event when it started: an id it does not
        remember (and never dropped) cannot be in the ledger, so it never asks."""
        self._unknown: set[str] = set()
        """Ids the ledger did not hold when last asked (:meth:`prefetch`)."""
        self.fence: dict[int, int] | None = None
        """A shared writer's partitions and the tokens it took them with: every commit that
        names no fence of its own is fenced by these (the timed jobs', the one after an engine
        error, an eviction's), so none of them can land after a take-over either."""
        self._pending = Outcome()
        """The batch: the outcomes decided since the last commit, folded into one."""
        self.duplicates = 0
        self.retries = 0
        """Writes retried because the database was busy (for reports and tests)."""

    def _engine(self) -> Engine:
        """An engine that loads each chat from the ledger when it first needs it."""
        if self.shared:
            return Engine(self.policy, State(self.ledger, allocate=Blocks(self.ledger)))
        return Engine(self.policy, State(self.ledger, self.ledger.next_ids()))

    def warm(self) -> None:
        """Load the policy's models now rather than at the first event that needs one: for a
        process that will decide events for a while (a server, a benchmark), where a message
        waiting seconds for the encoder to load is worse than a slower start.

        The loaded models are then frozen out of the cyclic garbage collector
        (:func:`gc.freeze`): they live as long as the process, yet every full collection
        walked their ~170,000 objects again (0.08–0.13 s of CPU each, about one per 3,000
        real-chat events; docs/evaluation.md, "Speed on real text"). Only the collector's
        scans change: frozen objects are still freed by reference counting when dropped.
        Once per process: a runtime built again (a policy reloaded, a benchmark's next source)
        would otherwise freeze the one it replaces, and any cycle in it would never be freed."""
        global _FROZEN
        self.engine.warm()
        with _FREEZE_LOCK:
            if not _FROZEN:
                gc.freeze()
                _FROZEN = True

    def warm_soon(self) -> threading.Thread:
        """:meth:`warm` on a daemon thread, for a bot: what needs no model (commands, joins,
        rules) is answered meanwhile, if more slowly (the load holds the interpreter lock much
        of the time), and the first message that needs one waits only for the rest of the
        load, since each loader holds a lock and loads once. A load that fails here is logged
        and tried again at first use, where its error is the event's."""
        def load() -> None:
            start = time.monotonic()
            try:
                self.warm()
            except Exception:
                log.exception("models could not be loaded ahead: they load at first use")
            else:
                log.info("models loaded in %.1fs", time.monotonic() - start)
        thread = threading.Thread(target=load, name="chatwarden-warm", daemon=True)
        thread.start()
        return thread

    # -- reading, for adapters and the console ------------------------------------------------

    def chat(self, chat: str) -> ChatState:
        """A chat's state as of the last event decided (loaded from the ledger when first
        asked for). For reading only: the engine changes it, and only while deciding an
        event, so read it between calls of :meth:`handle`, on the thread that makes them."""
        return self.engine.state.chat(chat)

    def chats(self) -> list[str]:
        """Every chat: those the ledger holds and those decided since (in a fixed order)."""
        return self.engine.state.known()

    def role_of(self, username: str) -> str:
        """The role the policy gives a platform name (``roles.moderators: [name]``)."""
        return self.engine.sanctioner.policy_role(username)

    @property
    def commands(self) -> CommandDesk:
        """The moderator-command desk: ``addressed``/``parse`` a message as the engine will."""
        return self.engine.commands

    # -- deciding -------------------------------------------------------------------------------

    def handle(self, event: Event) -> Outcome | None:
        """Decide one event: its outcome (a list of its decisions); None when its id was
        already processed (nothing changes). Committed with its batch (:meth:`flush`).

        When the engine raises, its memory holds part of the event's changes (a job's
        kicks without the decision that made them, say). Those are never written: the
        engine is rebuilt from the ledger, the batch's earlier events are decided again
        (the same way: the engine is deterministic) and committed, and the error goes on
        to the caller with the failed event left undone.
        """
        if self.processed(event.id):
            self.duplicates += 1
            return None
        try:
            outcome = self.engine.process(event)
        except Exception:
            self._recover()
            raise
        self.seen.add(event.id)
        self._unknown.discard(event.id)
        self._pending.merge(outcome)
        if len(self._pending.events) >= self.batch:
            self.flush()
        return outcome

    def processed(self, event_id: str) -> bool:
        """Whether this event id was decided already (by this process or, as the ledger
        holds it, by any): no process keeps every id ever seen in memory."""
        if event_id in self.seen:
            return True
        if event_id in self._unknown or (self._fresh and not self.seen.dropped):
            return False
        return bool(self.ledger.known_events([event_id]))

    def prefetch(self, ids: Iterable[str]) -> None:
        """Ask the ledger in one query which of a batch's event ids it holds, before handling
        them (otherwise each id this process does not remember costs a query of its own)."""
        if self._fresh and not self.seen.dropped:
            return
        asked = {i for i in ids if i not in self.seen}
        known = self.ledger.known_events(asked)
        for ident in known:
            self.seen.add(ident)
        self._unknown = asked - known

    def ahead(self, items: Iterable[T], size: int = 1000) -> Iterator[T]:
        """``items`` as they come, with the ledger asked about each ``size`` events' ids in one
        query before they are handled (:meth:`prefetch`): a replay over a ledger that holds
        events asks once per thousand, not once per event. Non-events pass through."""
        chunk: list[T] = []
        for item in items:
            chunk.append(item)
            if len(chunk) == size:
                self.prefetch(e.id for e in chunk if isinstance(e, Event))
                yield from chunk
                chunk = []
        self.prefetch(e.id for e in chunk if isinstance(e, Event))
        yield from chunk

    def finish(self, now: datetime | None) -> Outcome:
        """Run jobs due by ``now`` (the last event's time in a replay) and flush. A shared
        writer runs them only in the chats it owns (``owns``)."""
        try:
            if now is None:
                outcome = Outcome()
            elif self.owns is not None:
                chats = self.engine.due(now, self.owns)
                outcome = self.engine.finish(now, chats)
            else:
                outcome = self.engine.finish(now)
        except Exception:
            self._recover()
            raise
        self._pending.merge(outcome)
        self.flush()
        return outcome

    def _recover(self) -> None:
        pending = self._pending.events
        self._reset()
        for event in pending:
            self.handle(event)
        self.flush()

    def _reset(self) -> None:
        """Forget everything not committed: an engine afresh from the ledger."""
        self._pending = Outcome()
        self.engine = self._engine()
        self.seen = Recent(RECENT)
        self._fresh = False  # what this process committed is in the ledger, not remembered
        self._unknown = set()

    def evict(self, which: Callable[[str], bool]) -> None:
        """Drop the loaded chats for which ``which(chat)`` (a partition taken over or given
        away): the next event of each loads it from the ledger as others left it. Commits
        what is pending first, so nothing decided is lost."""
        self.flush()
        self.engine.forget([chat for chat in list(self.engine.state.loaded) if which(chat)])

    def flush(self, fence: Mapping[int, int] | None = None,
              also: Callable[[Connection], None] | None = None) -> None:
        """Commit the batch; while the database is busy, wait (doubling) and try again.

        ``fence`` (default: :attr:`fence`) and ``also`` go to :meth:`Ledger.apply`. When the
        ledger refuses the batch
        because the partitions were taken over (:class:`LedgerFenced`) or an event was judged
        by another writer meanwhile (:class:`LedgerConflict`, shared writers), the batch is
        forgotten (never committed here) and the error raised: the caller must not
        acknowledge those events, their new owner judges them."""
        wait = FIRST_WAIT
        fence = self.fence if fence is None else fence
        while True:
            try:
                self.ledger.apply(self._pending, outbox=self.outbox, fence=fence, also=also)
                break
            except (LedgerFenced, LedgerConflict):
                if not self.shared and fence is None:
                    raise
                self._reset()
                raise
            except DBAPIError as exc:
                if not transient(exc):
                    raise
                self.retries += 1
                log.warning("ledger busy (%s); %d event(s) kept, trying again in %.1f s",
                            str(exc.orig).splitlines()[0] if exc.orig else exc,
                            len(self._pending.events), wait)
                self._sleep(wait)
                wait = min(wait * 2, LONGEST_WAIT)
        self._pending = Outcome()
        if len(self.engine.state.loaded) > self.max_chats:
            self.engine.forget(self.engine.state.least_used(self.max_chats))
