"""Where events live in JetStream: the stream and its partition subjects (made by whichever side,
ingest or worker, comes first), each partition's consumer (made by the worker that takes the
partition) and the lease bucket; plus the event's wire form and the client connection."""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
from dataclasses import dataclass, replace
from typing import Final

import nats
from nats.aio.client import Client
from nats.js import JetStreamContext
from nats.js.api import (
    AckPolicy,
    ConsumerConfig,
    DeliverPolicy,
    KeyValueConfig,
    RetentionPolicy,
    StorageType,
    StreamConfig,
)
from nats.js.errors import BucketNotFoundError, NotFoundError
from nats.js.kv import KeyValue

from chatwarden.errors import ChatwardenError
from chatwarden.events import Event, event_from_json

log = logging.getLogger(__name__)

STREAM: Final = "CHATWARDEN_EVENTS"
LEASES: Final = "CHATWARDEN_LEASES"
DEAD: Final = "CHATWARDEN_DEAD"
_PARTITIONS_KEY: Final = "chatwarden_partitions"


class BrokerError(ChatwardenError):
    """The broker holds something this version cannot work with (say, another partition count)."""


@dataclass(frozen=True)
class Layout:
    """The broker's shape. ``partitions`` is fixed for a stream's life: changing it would move
    chats between subjects while their earlier events wait in the old ones, out of order."""

    partitions: int = 16
    stream: str = STREAM
    prefix: str = "events"
    leases: str = LEASES
    dead_stream: str = DEAD
    """Events the engine failed on ``max_deliver`` times, with the error (kept until retried)."""
    dedup_window: float = 3600.0
    """Seconds JetStream remembers a message id (the broker's side of exactly-once intake)."""
    lease_ttl: float = 10.0
    """Seconds a worker's lease outlives its last renewal (renewed three times per TTL): how
    long a crashed worker's partitions wait for another worker. Fixed when the bucket is made."""
    ack_wait: float = 30.0
    """Seconds before a batch its owner holds un-acked is delivered again (to that owner; a new
    owner starts from the oldest un-acked event at once, see :func:`fresh_consumer`)."""
    batch: int = 256
    """Events a worker fetches, handles and commits at once; also its consumer's
    max_ack_pending, so no later event is handed out while a batch is outstanding."""

    def partition(self, chat: str) -> int:
        """A stable hash (the same in every process and version; Python's ``hash`` is salted)."""
        digest = hashlib.blake2b(chat.encode("utf-8", "surrogatepass"), digest_size=8).digest()
        return int.from_bytes(digest, "big") % self.partitions

    def subject(self, partition: int) -> str:
        return f"{self.prefix}.{partition}"

    def consumer(self, partition: int) -> str:
        return f"partition-{partition}"

    def dead_subject(self, partition: int) -> str:
        return f"{self.prefix}-dead.{partition}"


async def connect(url: str, name: str, *, attempts: int = 60) -> Client:
    """A client that reconnects by itself (``attempts`` tries, half a second apart, also for
    the first connection) and logs each failure as one line instead of nats-py's traceback."""

    async def one_line(exc: Exception) -> None:
        log.warning("nats %s: %s", url, exc)

    return await nats.connect(url, name=name, error_cb=one_line, max_reconnect_attempts=attempts,
                              reconnect_time_wait=0.5, connect_timeout=2)


def encode(event: Event) -> bytes:
    return json.dumps(event.to_json(), ensure_ascii=False).encode()


def decode(data: bytes) -> Event:
    """The event of a message; raises :class:`~chatwarden.errors.InputError` (or a JSON error)
    for a payload no valid producer wrote."""
    return event_from_json(json.loads(data))


async def ensure(js: JetStreamContext, layout: Layout, *, partitions_given: bool = True) -> Layout:
    """Create the stream where missing (workers make its consumers); return the layout
    as the broker has it (its partition count wins when ``partitions_given`` is false, and a
    different one given explicitly is an error)."""
    try:
        info = await js.stream_info(layout.stream)
    except NotFoundError:
        info = None
    if info is None:
        await js.add_stream(StreamConfig(
            name=layout.stream, subjects=[f"{layout.prefix}.*"],
            retention=RetentionPolicy.WORK_QUEUE, storage=StorageType.FILE,
            duplicate_window=layout.dedup_window,
            metadata={_PARTITIONS_KEY: str(layout.partitions)},
            description="Chatwarden events, one subject per chat partition"))
    else:
        held = int((info.config.metadata or {}).get(_PARTITIONS_KEY, "0"))
        if held <= 0:
            raise BrokerError(f"stream {layout.stream} was not made by Chatwarden (no partition count)")
        if held != layout.partitions:
            if partitions_given:
                raise BrokerError(f"stream {layout.stream} has {held} partitions, not "
                                  f"{layout.partitions}; the count is fixed for a stream's life")
            layout = replace(layout, partitions=held)
    return layout


async def fresh_consumer(js: JetStreamContext, layout: Layout, partition: int) -> None:
    """Make the partition's consumer anew, starting at its oldest event still in the stream.

    A work-queue stream keeps exactly the events nobody acked, so a fresh consumer hands out
    first whatever an earlier owner (crashed, or whose handler raised) left unacked, in order,
    without waiting for ``ack_wait``; an old consumer would hand out later events beside them.
    """
    name = layout.consumer(partition)
    with contextlib.suppress(NotFoundError):
        await js.delete_consumer(layout.stream, name)
    await js.add_consumer(layout.stream, ConsumerConfig(
        durable_name=name, name=name, filter_subject=layout.subject(partition),
        deliver_policy=DeliverPolicy.ALL, ack_policy=AckPolicy.EXPLICIT,
        ack_wait=layout.ack_wait, max_ack_pending=layout.batch))


async def lease_bucket(js: JetStreamContext, layout: Layout) -> KeyValue:
    """The lease bucket; its TTL is the one it was made with (a running cluster keeps it)."""
    try:
        return await js.key_value(layout.leases)
    except BucketNotFoundError:
        pass
    return await js.create_key_value(KeyValueConfig(
        bucket=layout.leases, ttl=layout.lease_ttl, history=1, storage=StorageType.FILE,
        description="Chatwarden: which worker holds which partition"))


async def dead_letter_stream(js: JetStreamContext, layout: Layout) -> None:
    """Create the dead-letter stream where missing: plain retention (a letter stays until
    ``chatwarden dead-letters retry`` sends it again and removes it), file storage."""
    try:
        await js.stream_info(layout.dead_stream)
    except NotFoundError:
        await js.add_stream(StreamConfig(
            name=layout.dead_stream, subjects=[f"{layout.prefix}-dead.*"], storage=StorageType.FILE,
            description="Chatwarden events the engine failed on, with the error"))
