"""Glue between a source of events, the engine and the ledger: the one processing loop.

Replay and the live bot both go through :class:`Runtime`, so idempotency (an
event id is processed once, ever) and durability (decisions committed before
any action runs) hold the same way for both.

The engine returns an outcome per event (decisions and the record changes they
imply); the runtime folds a batch of them and has the ledger apply it in one
transaction. A runtime is its ledger's only writer (it takes the writer lock
before reading anything). A busy database makes :meth:`Runtime.flush` wait and
try again, the batch kept in memory; an engine that fails part-way through an
event never commits what it half did (see :meth:`Runtime.handle`).

Adapters and the console read through the runtime, not the engine:
:meth:`Runtime.chat` (a chat's state, loaded when first asked for),
:meth:`Runtime.chats`, :meth:`Runtime.role_of` and :attr:`Runtime.commands`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime

from sqlalchemy.exc import DBAPIError, OperationalError

from chatwarden.engine.engine import Engine
from chatwarden.engine.state import ChatState, Outcome, State
from chatwarden.engine.workflows.commands import CommandDesk
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
        self._pending = Outcome()
        """The batch: the outcomes decided since the last commit, folded into one."""
        self.duplicates = 0
        self.retries = 0
        """Writes retried because the database was busy (for reports and tests)."""

    def _engine(self) -> Engine:
        """An engine that loads each chat from the ledger when it first needs it."""
        return Engine(self.policy, State(self.ledger, self.ledger.next_ids()))

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
        if event.id in self.seen:
            self.duplicates += 1
            return None
        try:
            outcome = self.engine.process(event)
        except Exception:
            self._recover()
            raise
        self.seen.add(event.id)
        self._pending.merge(outcome)
        if len(self._pending.events) >= self.batch:
            self.flush()
        return outcome

    def finish(self, now: datetime | None) -> Outcome:
        """Run jobs due by ``now`` (the last event's time in a replay) and flush."""
        try:
            outcome = self.engine.finish(now) if now is not None else Outcome()
        except Exception:
            self._recover()
            raise
        self._pending.merge(outcome)
        self.flush()
        return outcome

    def _recover(self) -> None:
        pending = self._pending.events
        self._pending = Outcome()
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
                self.ledger.apply(self._pending, outbox=self.outbox)
                break
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
