"""Glue between a source of events, the engine and the ledger: the one processing loop.

Replay and the live bot both go through :class:`Runtime`, so idempotency (an
event id is processed once, ever) and durability (decisions committed before
any action runs) hold the same way for both.

A runtime is its ledger's only writer (it takes the writer lock before reading
anything). A busy database makes :meth:`Runtime.flush` wait and try again, the
batch kept in memory; an engine that fails part-way through an event never
commits what it half did (see :meth:`Runtime.handle`).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.exc import DBAPIError, OperationalError

from chatwarden.engine.decision import Decision
from chatwarden.engine.engine import Engine
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy

log = logging.getLogger(__name__)

FIRST_WAIT = 0.5
LONGEST_WAIT = 30.0
"""Seconds between tries of a busy ledger: doubling from the first, up to the longest."""


def transient(exc: BaseException) -> bool:
    """A database error that passes by itself: a lock held by another connection (SQLite's
    "database is locked"), a serialization failure or deadlock, a dropped connection."""
    if isinstance(exc, OperationalError):
        return True
    return isinstance(exc, DBAPIError) and exc.connection_invalidated


class Runtime:
    def __init__(self, policy: Policy, ledger: Ledger, *, batch: int = 1000,
                 outbox: bool = False, sleep: Callable[[float], None] = time.sleep) -> None:
        self.policy, self.ledger = policy, ledger
        self.batch, self.outbox = batch, outbox
        self._sleep = sleep
        ledger.acquire_writer()
        self.engine = self._engine()
        self.seen = ledger.seen_ids()
        self._events: list[Event] = []
        self._decisions: list[Decision] = []
        self.duplicates = 0
        self.retries = 0
        """Writes retried because the database was busy (for reports and tests)."""

    def _engine(self) -> Engine:
        engine = Engine(self.policy, self.ledger.load())
        self.ledger.load_budgets(engine.budgets)
        return engine

    def handle(self, event: Event) -> list[Decision] | None:
        """Decide one event; None when its id was already processed (nothing changes).

        When the engine raises, its memory holds part of the event's changes (a job's
        kicks without the decision that made them, say). Those are never written: the
        engine is rebuilt from the ledger, the batch's earlier events are decided again
        (the same way: the engine is deterministic) and committed, and the error goes on
        to the caller with the failed event left undone.
        """
        if event.id in self.seen:
            self.duplicates += 1
            return None
        try:
            decisions = self.engine.process(event)
        except Exception:
            self._recover()
            raise
        self.seen.add(event.id)
        self._events.append(event)
        self._decisions.extend(decisions)
        if len(self._events) >= self.batch:
            self.flush()
        return decisions

    def finish(self, now: datetime | None) -> list[Decision]:
        """Run jobs due by ``now`` (the last event's time in a replay) and flush."""
        try:
            decisions = self.engine.finish(now) if now is not None else []
        except Exception:
            self._recover()
            raise
        self._decisions.extend(decisions)
        self.flush()
        return decisions

    def _recover(self) -> None:
        pending = list(self._events)
        self._events.clear()
        self._decisions.clear()
        self.engine = self._engine()
        self.seen = self.ledger.seen_ids()
        for event in pending:
            self.handle(event)
        self.flush()

    def flush(self) -> None:
        """Commit the batch; while the database is busy, wait (doubling) and try again."""
        wait = FIRST_WAIT
        while True:
            try:
                self.ledger.write(self._events, self._decisions, self.engine.state,
                                  outbox=self.outbox, budgets=self.engine.budgets)
                break
            except DBAPIError as exc:
                if not transient(exc):
                    raise
                self.retries += 1
                log.warning("ledger busy (%s); %d event(s) kept, trying again in %.1f s",
                            str(exc.orig).splitlines()[0] if exc.orig else exc, len(self._events),
                            wait)
                self._sleep(wait)
                wait = min(wait * 2, LONGEST_WAIT)
        self._events.clear()
        self._decisions.clear()
