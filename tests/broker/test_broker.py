"""The transport against a real nats-server: de-duplication, order per chat, ack after the
handler, rebalancing, a broker restart."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Coroutine, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

import nats
import pytest
from nats.aio.client import Client

from chatwarden.broker.ingest import publish
from chatwarden.broker.layout import Layout, ensure
from chatwarden.broker.server import LocalNats
from chatwarden.broker.worker import Delivery, Worker
from chatwarden.events import Event

pytestmark = pytest.mark.slow
T = TypeVar("T")
START = datetime(2026, 11, 16, 10, 0, tzinfo=UTC)
LAYOUT = Layout(partitions=4, lease_ttl=1.5, batch=8)


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(asyncio.wait_for(coro, 90))


def traffic(count: int, chats: int = 12, prefix: str = "e") -> list[Event]:
    """Messages dealt round-robin over chats, each chat's numbered in the order sent."""
    return [Event(f"{prefix}{i}", "message", f"chat{i % chats}", "u1", START + timedelta(seconds=i),
                  text=f"{i // chats}") for i in range(count)]


async def connect(url: str) -> Client:
    return await nats.connect(url, max_reconnect_attempts=-1, reconnect_time_wait=0.2)


class Recorder:
    """A handler that keeps what it saw, in order; ``fail`` makes its next calls raise."""

    def __init__(self) -> None:
        self.seen: list[Delivery] = []
        self.fail = 0

    async def __call__(self, batch: Sequence[Delivery]) -> None:
        self.seen.extend(batch)
        if self.fail:
            self.fail -= 1
            raise RuntimeError("handler failed")

    def ids(self) -> list[str]:
        return [d.event.id for d in self.seen]


async def until(check: Callable[[], bool | Awaitable[bool]], timeout: float = 30) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not (await r if isinstance(r := check(), Awaitable) else r):
        assert asyncio.get_running_loop().time() < deadline, "timed out waiting"
        await asyncio.sleep(0.05)


async def working(nc: Client, handler: Recorder, name: str, stop: asyncio.Event,
                  layout: Layout = LAYOUT) -> tuple[Worker, asyncio.Task[None]]:
    worker = Worker(nc, layout, handler, name=name, fetch_wait=0.3, retry_delay=0.2)
    return worker, asyncio.create_task(worker.run(stop))


def test_a_republished_event_is_stored_once(nats_url: str) -> None:
    async def main() -> tuple[int, int, int]:
        nc = await connect(nats_url)
        js = nc.jetstream()
        layout = await ensure(js, LAYOUT)
        first = await publish(js, layout, traffic(50))
        again = await publish(js, layout, traffic(60))   # the 50 again, then 10 new
        stored = (await js.stream_info(layout.stream)).state.messages
        await nc.close()
        return first.duplicates, again.duplicates, stored

    assert run(main()) == (0, 50, 60)


def test_the_partition_count_is_fixed_for_a_stream(nats_url: str) -> None:
    from chatwarden.broker.layout import BrokerError

    async def main() -> int:
        nc = await connect(nats_url)
        await ensure(nc.jetstream(), Layout(partitions=4))
        with pytest.raises(BrokerError, match="has 4 partitions, not 8"):
            await ensure(nc.jetstream(), Layout(partitions=8))
        held = await ensure(nc.jetstream(), Layout(partitions=8), partitions_given=False)
        await nc.close()
        return held.partitions

    assert run(main()) == 4


def test_each_chat_is_handled_in_order_by_its_partition(nats_url: str) -> None:
    events = traffic(400)
    recorder = Recorder()

    async def main() -> None:
        nc = await connect(nats_url)
        await publish(nc.jetstream(), await ensure(nc.jetstream(), LAYOUT), events)
        stop = asyncio.Event()
        _, task = await working(nc, recorder, "w1", stop)
        await until(lambda: len(recorder.seen) >= len(events))
        stop.set()
        await task
        await nc.close()

    run(main())
    assert sorted(recorder.ids()) == sorted(e.id for e in events)      # each once
    for chat in {e.chat for e in events}:
        texts = [d.event.text for d in recorder.seen if d.event.chat == chat]
        assert texts == [str(n) for n in range(len(texts))]
    assert all(LAYOUT.partition(d.event.chat) == d.partition for d in recorder.seen)


def test_a_batch_is_acked_only_after_the_handler_returned(nats_url: str) -> None:
    """A handler that raises leaves its batch unacked: it comes again, first, and the chat's
    order holds; while a handler runs, its events are still pending at the broker."""
    events = traffic(40, chats=1)        # one chat, one partition
    recorder = Recorder()
    recorder.fail = 2
    gate = asyncio.Event()
    pending_while_handling: list[int] = []
    sizes: list[int] = []

    async def main() -> None:
        nc = await connect(nats_url)
        js = nc.jetstream()
        layout = await ensure(js, LAYOUT)
        await publish(js, layout, events)
        consumer = layout.consumer(layout.partition("chat0"))

        async def held(batch: Sequence[Delivery]) -> None:
            if not gate.is_set():
                info = await js.consumer_info(layout.stream, consumer)
                pending_while_handling.append(info.num_ack_pending)
                gate.set()
            sizes.append(len(batch))
            await recorder(batch)

        stop = asyncio.Event()
        worker = Worker(nc, layout, held, name="w1", fetch_wait=0.3, retry_delay=0.2)
        task = asyncio.create_task(worker.run(stop))
        await until(lambda: worker.handled >= len(events))
        info = await js.consumer_info(layout.stream, consumer)
        stop.set()
        await task
        assert info.num_ack_pending == 0
        assert (await js.stream_info(layout.stream)).state.messages == 0   # acked ones leave
        await nc.close()

    run(main())
    assert pending_while_handling == [LAYOUT.batch]
    # failed twice, each time from the first event again, then all handled in order (a batch
    # fills from what reached the client within a few ms, so under load it may come short)
    ids, (one, two) = recorder.ids(), sizes[:2]
    assert ids[:one] == [e.id for e in events[:one]]
    assert ids[one:one + two] == [e.id for e in events[:two]]
    assert ids[one + two:] == [e.id for e in events]


def test_workers_share_partitions_and_take_over_when_one_leaves(nats_url: str) -> None:
    async def main() -> list[tuple[int, int]]:
        shares = []
        one, two = await connect(nats_url), await connect(nats_url)
        stop_one, stop_two = asyncio.Event(), asyncio.Event()
        w1, t1 = await working(one, Recorder(), "w1", stop_one)
        await until(lambda: len(w1.owned) == 4)
        shares.append((len(w1.owned), 0))
        w2, t2 = await working(two, Recorder(), "w2", stop_two)
        await until(lambda: len(w1.owned) == 2 and len(w2.owned) == 2)
        assert not set(w1.owned) & set(w2.owned)
        shares.append((len(w1.owned), len(w2.owned)))
        stop_two.set()
        await t2
        await until(lambda: len(w1.owned) == 4)
        shares.append((len(w1.owned), len(w2.owned)))
        stop_one.set()
        await t1
        await one.close()
        await two.close()
        return shares

    assert run(main()) == [(4, 0), (2, 2), (4, 0)]


def test_a_crashed_workers_partitions_lapse_to_the_others(nats_url: str) -> None:
    """No goodbye (the connection just drops): its leases run out after the TTL."""
    events = traffic(200)

    async def main() -> Recorder:
        one, two = await connect(nats_url), await connect(nats_url)
        stop = asyncio.Event()
        w1, t1 = await working(one, Recorder(), "w1", stop)
        await until(lambda: len(w1.owned) == 4)
        t1.cancel()        # the task dies without giving anything back
        await asyncio.gather(t1, return_exceptions=True)
        await one.close()
        await publish(two.jetstream(), LAYOUT, events)
        survivor = Recorder()
        _, t2 = await working(two, survivor, "w2", stop)
        await until(lambda: len(survivor.seen) >= len(events))
        stop.set()
        await t2
        await two.close()
        return survivor

    survivor = run(main())
    assert sorted(survivor.ids()) == sorted(e.id for e in events)


def test_a_broker_restart_mid_stream_loses_nothing(nats_server: LocalNats, nats_url: str) -> None:
    events = traffic(600)
    recorder = Recorder()

    async def slow(batch: Sequence[Delivery]) -> None:
        await recorder(batch)
        await asyncio.sleep(0.01)

    async def main() -> int:
        nc = await connect(nats_url)
        await publish(nc.jetstream(), await ensure(nc.jetstream(), LAYOUT), events)
        stop = asyncio.Event()
        worker = Worker(nc, LAYOUT, slow, name="w1", fetch_wait=0.3, retry_delay=0.2)
        task = asyncio.create_task(worker.run(stop))
        await until(lambda: len(recorder.seen) >= 100)
        at_restart = len(recorder.seen)
        await asyncio.to_thread(nats_server.restart)          # kill -9, then start on the same store
        await until(lambda: len(set(recorder.ids())) >= len(events), timeout=60)
        stop.set()
        await task
        await nc.close()
        return at_restart

    at_restart = run(main())
    assert at_restart < len(events)
    assert set(recorder.ids()) == {e.id for e in events}


def test_a_chat_stays_in_order_while_partitions_move_between_workers(nats_url: str) -> None:
    """Events keep coming while a second worker joins (taking half the partitions) and leaves
    again (giving them back): every chat's events are judged once each, in order."""
    events = traffic(1200, chats=24)
    timeline = Recorder()            # both workers record into one list: one order over both

    async def main() -> None:
        one, two = await connect(nats_url), await connect(nats_url)
        js = one.jetstream()
        layout = await ensure(js, LAYOUT)
        stop_one, stop_two = asyncio.Event(), asyncio.Event()
        w1, t1 = await working(one, timeline, "w1", stop_one)
        await until(lambda: len(w1.owned) == 4)
        feeder = asyncio.create_task(publish(js, layout, events, rate=300))
        await until(lambda: len(timeline.seen) >= 200)
        w2, t2 = await working(two, timeline, "w2", stop_two)
        await until(lambda: len(w2.owned) == 2 and w2.handled > 0)
        stop_two.set()
        await t2
        await feeder
        await until(lambda: len(set(timeline.ids())) >= len(events))
        stop_one.set()
        await t1
        assert w1.handled > 0 and w2.handled > 0
        await one.close()
        await two.close()

    run(main())
    assert sorted(timeline.ids()) == sorted(e.id for e in events)
    for chat in {e.chat for e in events}:
        texts = [d.event.text for d in timeline.seen if d.event.chat == chat]
        assert texts == [str(n) for n in range(len(texts))]


def test_an_event_that_always_fails_holds_back_only_its_own_partition(nats_url: str) -> None:
    events = traffic(240, chats=12)
    poison = events[50]
    held_back = LAYOUT.partition(poison.chat)
    recorder = Recorder()

    async def picky(batch: Sequence[Delivery]) -> None:
        if any(d.event.id == poison.id for d in batch):
            raise RuntimeError("the engine cannot decide this event")
        await recorder(batch)

    async def main() -> int:
        nc = await connect(nats_url)
        js = nc.jetstream()
        layout = await ensure(js, LAYOUT)
        stop = asyncio.Event()
        worker = Worker(nc, layout, picky, name="w1", fetch_wait=0.3, retry_delay=0.2)
        task = asyncio.create_task(worker.run(stop))
        await publish(js, layout, events)
        others = {e.id for e in events if LAYOUT.partition(e.chat) != held_back}
        await until(lambda: others <= set(recorder.ids()))
        await asyncio.sleep(1)              # a few more tries of the bad one
        stop.set()
        await task
        waiting = (await js.stream_info(layout.stream)).state.messages
        await nc.close()
        return waiting

    stalled = [e for e in events if LAYOUT.partition(e.chat) == held_back]
    before = stalled[:stalled.index(poison)]
    waiting = run(main())
    assert waiting >= len(stalled) - len(before)        # the bad one and all after it, kept
    assert poison.id not in recorder.ids()
    # its own partition: what came before the bad event may be judged, nothing after it
    assert {d.event.id for d in recorder.seen if d.partition == held_back} <= {e.id for e in before}
