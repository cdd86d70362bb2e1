"""Dead letters: the events a worker gave up on (the engine raised ``max_deliver`` times), kept
with the error until an operator sends them again: in their own stream with NATS, in the
ledger's ``dead_letters`` table with the PostgreSQL queue (:mod:`chatwarden.broker.pgqueue`).
Both read back as the same :class:`Letter`, so ``chatwarden dead-letters`` shows them alike.

Sending again puts the event at the end of its partition, behind whatever its chat said since:
a dead letter is out of order by nature, and the operator decides when that is acceptable (after
the fix that makes the engine decide it). The ledger's event-id idempotency makes a retry of an
event that was judged after all a no-op.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from nats.js import JetStreamContext
from nats.js.errors import NotFoundError
from sqlalchemy import Row, delete, func, select
from sqlalchemy.dialects import postgresql

from chatwarden.broker.ingest import MSG_ID
from chatwarden.broker.layout import Layout, dead_letter_stream, encode
from chatwarden.broker.pgqueue import CHANNEL, DEAD, QUEUE, postgres_only
from chatwarden.events import event_from_json
from chatwarden.ledger.store import Ledger


@dataclass(frozen=True)
class Letter:
    seq: int
    """Its sequence in the dead-letter stream (its row id in ``dead_letters``): the handle to
    retry it by."""
    body: dict[str, Any]
    """What the worker wrote: event, partition, seq (in the events stream or queue), failures,
    worker, at, error (the traceback)."""


async def letters(js: JetStreamContext, layout: Layout) -> AsyncIterator[Letter]:
    """Every dead letter, oldest first."""
    await dead_letter_stream(js, layout)
    seq = 1
    while True:
        try:
            msg = await js.get_msg(layout.dead_stream, seq=seq, subject=f"{layout.prefix}-dead.*",
                                   next=True)
        except NotFoundError:
            return
        assert msg.seq is not None and msg.data is not None
        yield Letter(msg.seq, json.loads(msg.data))
        seq = msg.seq + 1


async def retry(js: JetStreamContext, layout: Layout, only: Collection[int] = ()) -> list[Letter]:
    """Publish the letters (``only`` those sequences, when given) to their partitions again and
    remove them from the dead-letter stream. Published with a message id of its own (the
    event's would be dropped as a duplicate within the window), derived from the letter, so a
    retry repeated after a crash is dropped instead."""
    sent: list[Letter] = []
    async for letter in letters(js, layout):
        if only and letter.seq not in only:
            continue
        event = event_from_json(letter.body["event"])
        await js.publish(layout.subject(layout.partition(event.chat)), encode(event),
                         headers={MSG_ID: f"dead-letter-{letter.seq}-{letter.body['at']}"},
                         stream=layout.stream)
        await js.delete_msg(layout.dead_stream, letter.seq)
        sent.append(letter)
    return sent


def _letter(row: Row[Any]) -> Letter:
    return Letter(row.id, {"event": json.loads(row.raw), "partition": row.partition,
                           "seq": row.seq, "failures": row.failures, "worker": row.worker,
                           "at": row.at, "error": row.error})


def stored_letters(ledger: Ledger) -> list[Letter]:
    """Every dead letter of the ledger's queue, oldest first."""
    postgres_only(ledger)
    with ledger.engine.connect() as conn:
        return [_letter(row) for row in conn.execute(select(DEAD).order_by(DEAD.c.id))]


def requeue(ledger: Ledger, only: Collection[int] = ()) -> list[Letter]:
    """Queue the letters (``only`` those ids, when given) again, each at the end of its
    partition (a new ``seq``), and remove them, in one transaction: a crash retries all or none,
    and two operators retrying at once each take a letter once (the delete claims it). An event
    queued meanwhile stays queued once; one judged meanwhile is skipped by the worker."""
    postgres_only(ledger)
    claim = delete(DEAD).returning(*DEAD.c)
    if only:
        claim = claim.where(DEAD.c.id.in_(list(only)))
    received = datetime.now(UTC).isoformat()
    with ledger.engine.begin() as conn:
        sent = sorted((_letter(row) for row in conn.execute(claim)), key=lambda x: x.seq)
        if sent:
            rows = [{"partition": x.body["partition"], "event_id": x.body["event"]["id"],
                     "chat": x.body["event"]["chat"], "received": received,
                     "raw": json.dumps(x.body["event"], ensure_ascii=False)} for x in sent]
            conn.execute(postgresql.insert(QUEUE).values(rows)
                         .on_conflict_do_nothing(index_elements=["event_id"]))
            conn.execute(select(func.pg_notify(CHANNEL, "")))   # delivered at commit
    return sent
