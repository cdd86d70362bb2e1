"""The ingest side: publish events to their chat's partition, de-duplicated by event id."""

from __future__ import annotations

import asyncio
import hashlib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Final

from nats.js import JetStreamContext
from nats.js.api import PubAck

from chatwarden.broker.layout import Layout, encode
from chatwarden.events import Event, checked

MSG_ID: Final = "Nats-Msg-Id"
_HEADER_SAFE: Final = re.compile(r"[\x21-\x7e]{1,256}")


@dataclass
class Published:
    events: int = 0
    duplicates: int = 0
    """Dropped by JetStream: the same event id was published within the duplicate window."""


def message_id(event: Event) -> str:
    """The event id, or a digest of it where it could not travel in a header (a line break,
    a space, non-ASCII, a very long id): the same id always gives the same message id."""
    if _HEADER_SAFE.fullmatch(event.id):
        return event.id
    return "b2:" + hashlib.blake2b(event.id.encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()


async def publish(js: JetStreamContext, layout: Layout, events: Iterable[Event], *,
                  window: int = 1000, progress: Callable[[int], None] | None = None,
                  rate: float | None = None) -> Published:
    """Publish ``events`` in order and wait until JetStream stored each (or named it a duplicate).

    Up to ``window`` publishes are in flight at once; they leave on one connection in order, so
    a chat's events are stored in the order given. ``progress`` is told how many were settled.
    ``rate`` (events/s) paces them, for an offered load that does not depend on the broker.
    """
    result = Published()
    pending: list[asyncio.Future[PubAck]] = []
    loop = asyncio.get_running_loop()
    start = loop.time()

    async def settle() -> None:
        for ack in await asyncio.gather(*pending):
            result.events += 1
            result.duplicates += bool(ack.duplicate)
        if progress is not None:
            progress(len(pending))
        pending.clear()

    for n, event in enumerate(events):
        if rate is not None and (ahead := start + n / rate - loop.time()) > 0:
            await asyncio.sleep(ahead)
        event = checked(event)
        pending.append(await js.publish_async(
            layout.subject(layout.partition(event.chat)), encode(event),
            headers={MSG_ID: message_id(event)}, stream=layout.stream))
        if len(pending) >= window:
            await settle()
    if pending:
        await settle()
    return result
