"""The outbox's bookkeeping: which decisions wait, their stored plans, each call's state.

The ledger writes an outbox row with each decision, in the decision's own
transaction; this module is the only reader and updater of those rows (adapters
go through it, never through the ledger's tables). A call is ``pending`` (not
sent, or known not carried out), ``sending`` (its intent was committed before the
call: if a row is still so, the outcome is unknown), ``done``, ``failed`` or
``unconfirmed`` (a message whose answer was lost, not repeated).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import Engine, func, select, update

from chatwarden.delivery.port import Step
from chatwarden.delivery.tables import steps as s
from chatwarden.engine.decision import Decision
from chatwarden.ledger import tables as t

OPEN = ("pending", "sending")


@dataclass(frozen=True, slots=True)
class Pending:
    """The next call of one lane."""

    outbox_id: int
    seq: int
    step: Step
    attempts: int
    lane: str = ""
    """The decision's chat: its calls run in order, other chats' calls beside them."""
    unknown: bool = False
    """Tried before with no answer (a crash, a lost connection): check before repeating."""


def _now() -> str:
    return datetime.now(UTC).isoformat()


class Outbox:
    def __init__(self, engine: Engine, platform: str, scrub: Callable[[str], str] = str) -> None:
        self.engine, self.platform, self.scrub = engine, platform, scrub

    def unplanned(self) -> list[tuple[int, Decision]]:
        """Pending outbox rows whose calls are not planned yet, oldest first."""
        planned = select(s.c.outbox_id)
        query = (select(t.outbox.c.id, t.outbox.c.decision)
                 .where(t.outbox.c.status == "pending", t.outbox.c.id.not_in(planned))
                 .order_by(t.outbox.c.id))
        with self.engine.connect() as conn:
            return [(row.id, Decision.from_json(json.loads(row.decision)))
                    for row in conn.execute(query)]

    def plan(self, outbox_id: int, planned: list[Step]) -> None:
        """Store an outbox row's calls once; the plan never changes after this."""
        with self.engine.begin() as conn:
            if planned:
                conn.execute(s.insert(), [
                    {"outbox_id": outbox_id, "seq": i, "platform": self.platform,
                     "method": step.method, "params": json.dumps(step.params, ensure_ascii=False),
                     "status": "pending", "attempts": 0} for i, step in enumerate(planned)])
            else:
                conn.execute(update(t.outbox).where(t.outbox.c.id == outbox_id)
                             .values(status="done", done_at=_now()))

    def next_steps(self, busy: Collection[str] = ()) -> list[Pending]:
        """The first open call of each decision chat's lane (lanes not in ``busy``): one
        chat's calls run in order, chats run side by side."""
        o = t.outbox
        heads = (select(o.c.chat, func.min(s.c.outbox_id).label("head"))
                 .join(o, o.c.id == s.c.outbox_id)
                 .where(s.c.status.in_(OPEN), s.c.platform == self.platform).group_by(o.c.chat))
        found = []
        with self.engine.connect() as conn:
            for chat, head in conn.execute(heads):
                if chat in busy:
                    continue
                row = conn.execute(select(s).where(s.c.outbox_id == head, s.c.status.in_(OPEN))
                                   .order_by(s.c.seq).limit(1)).mappings().one()
                found.append(Pending(row["outbox_id"], row["seq"],
                                     Step(row["method"], json.loads(row["params"])),
                                     row["attempts"], chat, row["status"] == "sending"))
        return found

    def begin(self, p: Pending) -> None:
        """Record the intent before the call: after a crash, ``sending`` means "maybe done"."""
        with self.engine.begin() as conn:
            conn.execute(update(s).where(s.c.outbox_id == p.outbox_id, s.c.seq == p.seq)
                         .values(status="sending", attempts=s.c.attempts + 1))

    def attempt(self, p: Pending, error: str, *, unknown: bool) -> None:
        """A call that did not succeed: known not carried out (back to ``pending``) or
        of unknown outcome (stays ``sending``, checked before any repeat)."""
        error = self.scrub(error)
        with self.engine.begin() as conn:
            conn.execute(update(s).where(s.c.outbox_id == p.outbox_id, s.c.seq == p.seq)
                         .values(status="sending" if unknown else "pending", error=error))
            conn.execute(update(t.outbox).where(t.outbox.c.id == p.outbox_id)
                         .values(attempts=t.outbox.c.attempts + 1, error=error))

    def finish(self, p: Pending, error: str | None = None, *, unconfirmed: bool = False) -> None:
        """Mark one call confirmed, given up (``error``) or ``unconfirmed`` (a message whose
        answer was lost: not repeated); the row is done when no call is left.

        A row that ends done carries no error, even if a try on the way failed."""
        error = self.scrub(error) if error is not None else None
        status = "unconfirmed" if unconfirmed else "failed" if error else "done"
        with self.engine.begin() as conn:
            conn.execute(update(s).where(s.c.outbox_id == p.outbox_id, s.c.seq == p.seq)
                         .values(status=status, done_at=_now(), error=error))
            left = conn.scalar(select(func.count()).select_from(s).where(
                s.c.outbox_id == p.outbox_id, s.c.status.in_(OPEN)))
            if left == 0:
                failed = conn.scalar(select(s.c.error).where(
                    s.c.outbox_id == p.outbox_id, s.c.status == "failed").limit(1))
                conn.execute(update(t.outbox).where(t.outbox.c.id == p.outbox_id).values(
                    status="failed" if failed else "done", done_at=_now(), error=failed))

    def backlog(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(t.outbox)
                               .where(t.outbox.c.status == "pending")) or 0
