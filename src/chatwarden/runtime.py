"""Glue between a source of events, the engine and the ledger: the one processing loop.

Replay and the live bot both go through :class:`Runtime`, so idempotency (an
event id is processed once, ever) and durability (decisions committed before
any action runs) hold the same way for both.
"""

from __future__ import annotations

from datetime import datetime

from chatwarden.engine.decision import Decision
from chatwarden.engine.engine import Engine
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy


class Runtime:
    def __init__(self, policy: Policy, ledger: Ledger, *, batch: int = 1000,
                 outbox: bool = False) -> None:
        self.ledger = ledger
        self.engine = Engine(policy, ledger.load())
        self.seen = ledger.seen_ids()
        self.batch, self.outbox = batch, outbox
        self._events: list[Event] = []
        self._decisions: list[Decision] = []
        self.duplicates = 0

    def handle(self, event: Event) -> list[Decision] | None:
        """Decide one event; None when its id was already processed (nothing changes)."""
        if event.id in self.seen:
            self.duplicates += 1
            return None
        decisions = self.engine.process(event)
        self.seen.add(event.id)
        self._events.append(event)
        self._decisions.extend(decisions)
        if len(self._events) >= self.batch:
            self.flush()
        return decisions

    def finish(self, now: datetime | None) -> list[Decision]:
        """Run jobs due by ``now`` (the last event's time in a replay) and flush."""
        decisions = self.engine.finish(now) if now is not None else []
        self._decisions.extend(decisions)
        self.flush()
        return decisions

    def flush(self) -> None:
        self.ledger.write(self._events, self._decisions, self.engine.state, outbox=self.outbox)
        self._events.clear()
        self._decisions.clear()
