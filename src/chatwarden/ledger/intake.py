"""Events waiting for the ledger's writer: how a second process (the console) acts on a
ledger that another one (the bot) writes.

The ledger has one writer (:meth:`Ledger.acquire_writer`), so the console never decides
anything itself: it puts the moderator's act, an ordinary command :class:`Event`, into
this durable table, and whoever holds the writer lock calls :func:`drain` from its loop.
The act then goes through :meth:`Runtime.handle` exactly like a command typed in the chat:
role checks, ladder, audit, outbox.

Idempotent by event id at both ends: putting the same event twice keeps one row, and a
writer that dies between committing the events and marking them drained hands them to
the runtime again on its next drain, which skips ids it has already processed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError

from chatwarden.engine.decision import Decision
from chatwarden.events import Event, event_from_json
from chatwarden.ledger import tables as t
from chatwarden.ledger.store import Ledger
from chatwarden.runtime import Runtime


def _now() -> str:
    return datetime.now(UTC).isoformat()


def put(ledger: Ledger, event: Event) -> bool:
    """Queue an event for the writer; False when its id is already queued (nothing changes)."""
    row = {"event_id": event.id, "raw": json.dumps(event.to_json(), ensure_ascii=False),
           "put_at": _now(), "pending": True}
    try:
        with ledger.engine.begin() as conn:
            conn.execute(insert(t.intake).values(**row))
    except IntegrityError:
        return False
    return True


def outcome(decisions: Iterable[Decision] | None) -> str:
    """What the writer did with an event, in a line a moderator can read."""
    if decisions is None:
        return "already processed"
    parts = []
    for d in decisions:
        refused = [a.note for a in d.actions if a.type == "refuse"]
        if refused:
            parts.append("refused: " + "; ".join(filter(None, refused)))
            continue
        acts = ", ".join(a.type + (f" {a.term_days:g}d" if a.term_days else "") for a in d.actions)
        parts.append(f"@{d.user}: {acts or 'recorded'}")
    return "; ".join(parts) or "recorded"


def drain(runtime: Runtime, limit: int = 100) -> list[tuple[Event, str]]:
    """Hand up to ``limit`` waiting events to the runtime, oldest first, and commit them.

    One indexed query when nothing waits, so the bot can call it on every loop. Returns
    each drained event with its outcome (see :func:`outcome`).
    """
    ledger = runtime.ledger
    query = (select(t.intake.c.raw).where(t.intake.c.pending.is_(True))
             .order_by(t.intake.c.put_at).limit(limit))
    with ledger.engine.connect() as conn:
        rows = conn.scalars(query).all()
    if not rows:
        return []
    done: list[tuple[Event, str]] = []
    for raw in rows:
        event = event_from_json(json.loads(raw))
        try:
            done.append((event, outcome(runtime.handle(event))))
        except Exception as exc:  # an engine error must not block the events behind it
            done.append((event, f"failed: {type(exc).__name__}: {exc}"))
    runtime.flush()
    with ledger.engine.begin() as conn:
        for event, said in done:
            conn.execute(update(t.intake).where(t.intake.c.event_id == event.id)
                         .values(pending=False, done_at=_now(), outcome=said))
    return done


def status(ledger: Ledger, event_id: str) -> dict[str, Any] | None:
    """The intake row of an event (``pending``, ``outcome``), or None when it never came here."""
    with ledger.engine.connect() as conn:
        row = conn.execute(select(t.intake).where(t.intake.c.event_id == event_id)).mappings().first()
    return dict(row) if row else None


def waiting(ledger: Ledger) -> int:
    """Events the writer has not taken yet (shown in the console's header)."""
    with ledger.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(t.intake)
                           .where(t.intake.c.pending.is_(True))) or 0
