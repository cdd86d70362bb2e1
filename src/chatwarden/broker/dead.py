"""Dead letters: the events a worker gave up on (the engine raised ``max_deliver`` times), kept
in their own stream with the error until an operator sends them again.

Sending again puts the event at the end of its partition, behind whatever its chat said since:
a dead letter is out of order by nature, and the operator decides when that is acceptable (after
the fix that makes the engine decide it). The ledger's event-id idempotency makes a retry of an
event that was judged after all a no-op.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Collection
from dataclasses import dataclass
from typing import Any

from nats.js import JetStreamContext
from nats.js.errors import NotFoundError

from chatwarden.broker.ingest import MSG_ID
from chatwarden.broker.layout import Layout, dead_letter_stream, encode
from chatwarden.events import event_from_json


@dataclass(frozen=True)
class Letter:
    seq: int
    """Its sequence in the dead-letter stream: the handle to retry it by."""
    body: dict[str, Any]
    """What the worker wrote: event, partition, seq (in the events stream), failures, worker,
    at, error (the traceback)."""


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
