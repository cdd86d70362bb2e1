"""Durable Matrix-side state next to the ledger: sync token, cursors, steps, lifts.

Every write here is keyed so that writing it twice is harmless: a restart after
``kill -9`` re-reads it and carries on. The steps of an outbox row follow the
Telegram adapter's life cycle (``pending`` → ``sending`` → ``done``/``failed``);
``sending`` found at start-up means "maybe done": the platform's
:meth:`~chatwarden.delivery.port.Platform.settled` is asked before a repeat.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from chatwarden.adapters.matrix import tables as mx
from chatwarden.delivery.port import Step
from chatwarden.ledger import tables as t

MIGRATIONS = Path(__file__).with_name("migrations")
OPEN = ("pending", "sending")


@dataclass(frozen=True, slots=True)
class PendingStep:
    outbox_id: int
    seq: int
    step: Step
    lane: str
    """The decision's room: its calls run in order, other rooms' calls beside them."""
    unknown: bool
    """Tried before with no answer (a crash, a lost connection): ask before repeating."""


def _now() -> str:
    return datetime.now(UTC).isoformat()


def migrate(engine: Engine) -> None:
    """Bring the adapter's tables to their newest revision (own chain, own version table)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "matrix@head")


class MatrixStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        migrate(engine)

    def _upsert(self, table: Any, keys: list[str], row: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
            stmt = dialect.insert(table).values(**row)
            conn.execute(stmt.on_conflict_do_update(
                index_elements=keys, set_={k: v for k, v in row.items() if k not in keys}))

    # -- sync token and cursors ---------------------------------------------------------------

    def get(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(mx.mx_state.c.value).where(mx.mx_state.c.key == key))

    def put(self, key: str, value: str) -> None:
        self._upsert(mx.mx_state, ["key"], {"key": key, "value": value})

    # -- outbox steps -------------------------------------------------------------------------

    def unexpanded(self, ready: Callable[[str], bool]) -> list[tuple[int, dict[str, Any]]]:
        """Pending outbox rows not planned yet, oldest first, of rooms ``ready`` accepts."""
        planned = select(mx.mx_steps.c.outbox_id)
        query = (select(t.outbox.c.id, t.outbox.c.chat, t.outbox.c.decision)
                 .where(t.outbox.c.status == "pending", t.outbox.c.id.not_in(planned))
                 .order_by(t.outbox.c.id))
        with self.engine.connect() as conn:
            return [(row.id, json.loads(row.decision)) for row in conn.execute(query)
                    if ready(row.chat)]

    def plan(self, outbox_id: int, steps: list[Step]) -> None:
        """Store an outbox row's calls once; the plan never changes after this."""
        with self.engine.begin() as conn:
            if steps:
                conn.execute(mx.mx_steps.insert(), [
                    {"outbox_id": outbox_id, "seq": i, "method": s.method,
                     "params": json.dumps(s.params, ensure_ascii=False), "status": "pending",
                     "attempts": 0} for i, s in enumerate(steps)])
            else:
                conn.execute(update(t.outbox).where(t.outbox.c.id == outbox_id)
                             .values(status="done", done_at=_now()))

    def next_steps(self, busy: Collection[str] = ()) -> list[PendingStep]:
        """The first open call of each room's lane, for lanes not in ``busy``."""
        s, o = mx.mx_steps, t.outbox
        heads = (select(o.c.chat, func.min(s.c.outbox_id).label("head"))
                 .join(o, o.c.id == s.c.outbox_id)
                 .where(s.c.status.in_(OPEN)).group_by(o.c.chat))
        found = []
        with self.engine.connect() as conn:
            for chat, head in conn.execute(heads):
                if chat in busy:
                    continue
                row = conn.execute(select(s).where(s.c.outbox_id == head, s.c.status.in_(OPEN))
                                   .order_by(s.c.seq).limit(1)).mappings().one()
                found.append(PendingStep(row["outbox_id"], row["seq"],
                                         Step(row["method"], json.loads(row["params"])),
                                         chat, row["status"] == "sending"))
        return found

    def _step(self, p: PendingStep, **values: Any) -> None:
        s = mx.mx_steps
        with self.engine.begin() as conn:
            conn.execute(update(s).where(s.c.outbox_id == p.outbox_id, s.c.seq == p.seq)
                         .values(**values))

    def begin(self, p: PendingStep) -> None:
        """Record the intent before the call: after a crash, ``sending`` means "maybe done"."""
        self._step(p, status="sending", attempts=mx.mx_steps.c.attempts + 1)

    def retry(self, p: PendingStep, error: str, *, unknown: bool) -> None:
        """A call that did not succeed: known not carried out (back to ``pending``) or of
        unknown outcome (stays ``sending``, asked about before any repeat)."""
        self._step(p, status="sending" if unknown else "pending", error=error)

    def finish(self, p: PendingStep, error: str | None = None) -> None:
        """Mark one call confirmed or given up (``error``); the row is done when none is left."""
        s = mx.mx_steps
        self._step(p, status="failed" if error else "done", done_at=_now(), error=error)
        with self.engine.begin() as conn:
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

    # -- lifts at term end --------------------------------------------------------------------

    def schedule_lift(self, room: str, user: str, kind: str, due: str) -> None:
        self._upsert(mx.mx_lifts, ["room", "user", "kind"],
                     {"room": room, "user": user, "kind": kind, "due": due})

    def cancel_lift(self, room: str, user: str, kind: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(mx.mx_lifts).where(
                mx.mx_lifts.c.room == room, mx.mx_lifts.c.user == user, mx.mx_lifts.c.kind == kind))

    def due_lifts(self, now: datetime) -> list[tuple[str, str, str]]:
        """(room, user, kind) of the mutes and bans whose term ended by ``now``."""
        query = select(mx.mx_lifts.c.room, mx.mx_lifts.c.user, mx.mx_lifts.c.kind).where(
            mx.mx_lifts.c.due <= now.astimezone(UTC).isoformat())
        with self.engine.connect() as conn:
            return [(r.room, r.user, r.kind) for r in conn.execute(query)]
