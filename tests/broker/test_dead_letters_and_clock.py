"""What keeps a partition moving without new events or past a bad one: dead letters (an event
the engine fails on ``max_deliver`` times is set aside, acked, and can be sent again) and timed
jobs on the wall clock (a purge runs although the chat stays silent)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import timedelta
from pathlib import Path

import pytest

from chatwarden.broker.dead import letters, retry
from chatwarden.broker.ingest import publish
from chatwarden.broker.layout import ensure
from chatwarden.broker.serve import serve
from chatwarden.broker.worker import Delivery, EventFailed, Worker
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from tests.broker.test_broker import LAYOUT, Recorder, connect, run, traffic, until
from tests.reliability.test_restart import MONDAY

pytestmark = pytest.mark.slow


def test_an_event_that_fails_max_deliver_times_is_dead_lettered_and_can_be_retried(nats_url: str) -> None:
    events = traffic(120, chats=6)
    poison = events[31]
    home = LAYOUT.partition(poison.chat)
    recorder = Recorder()
    healed = asyncio.Event()
    tries = 0

    async def picky(batch: Sequence[Delivery]) -> None:
        nonlocal tries
        for n, d in enumerate(batch):
            if d.event.id == poison.id and not healed.is_set():
                tries += 1
                # what came before it is committed (once: the ledger skips it when it comes again)
                await recorder([x for x in batch[:n] if x.event.id not in recorder.ids()])
                raise EventFailed(d, ValueError("the engine cannot decide this event"))
        # as the ledger does: an event committed before (ahead of the poison in a batch that
        # spanned partitions, then retried one partition at a time) is skipped, not judged again
        await recorder([x for x in batch if x.event.id not in recorder.ids()])

    async def main() -> tuple[list[str], int, int, int]:
        nc = await connect(nats_url)
        js = nc.jetstream()
        layout = await ensure(js, LAYOUT)
        stop = asyncio.Event()
        worker = Worker(nc, layout, picky, name="w1", fetch_wait=0.3, retry_delay=0.2, max_deliver=3)
        task = asyncio.create_task(worker.run(stop))
        await publish(js, layout, events)
        others = {e.id for e in events} - {poison.id}
        await until(lambda: others <= set(recorder.ids()))
        dead = [letter async for letter in letters(js, layout)]
        errors = [letter.body["error"].splitlines()[-1] for letter in dead]
        assert [(x.body["event"]["id"], x.body["partition"], x.body["failures"]) for x in dead] == \
            [(poison.id, home, 3)]
        assert errors == ["ValueError: the engine cannot decide this event"]
        healed.set()                            # the fix is deployed: send it again
        assert [x.seq for x in await retry(js, layout)] == [dead[0].seq]
        await until(lambda: poison.id in recorder.ids())
        left = len([x async for x in letters(js, layout)])
        stop.set()
        await task
        waiting = (await js.stream_info(layout.stream)).state.messages
        await nc.close()
        return recorder.ids(), left, waiting, worker.dead

    ids, left, waiting, dead = run(main())
    assert tries >= 3       # the tries alone count; one beside other partitions' batches may come first
    assert sorted(ids) == sorted(e.id for e in events)      # each once, the bad one last
    assert ids[-1] == poison.id
    assert (dead, left, waiting) == (1, 0, 0)   # one dead-lettered, none left, the stream empty
    # its partition went on past it: every later event of its chat was judged, in order
    texts = [int(i[1:]) for i in ids if i != poison.id and LAYOUT.partition(events[int(i[1:])].chat) == home]
    assert texts == sorted(texts)


def test_timed_jobs_run_on_the_clock_without_events(nats_url: str, klint: Policy, tmp_path: Path) -> None:
    """Monday's joins, then silence: the Клинт purge (Saturday noon, Moscow) kicks both silent
    members when the worker's clock passes it, with no event to wake their chats."""
    joins = [Event(f"j{c}", "join", c, "u", MONDAY + timedelta(minutes=i)) for i, c in enumerate("ab")]
    now = [MONDAY + timedelta(days=1)]
    ledger = Ledger(str(tmp_path / "ledger.db"))
    committed: list[str] = []

    def purged() -> list[tuple[str, str]]:
        return sorted((d["chat"], d["user"]) for d in ledger.decisions())

    async def main() -> list[tuple[str, str]]:
        nc = await connect(nats_url)
        layout = await ensure(nc.jetstream(), LAYOUT)
        stop = asyncio.Event()
        task = asyncio.create_task(serve(
            nats_url, ledger, klint, layout, stop, name="w1", tick=0.2, clock=lambda: now[0],
            on_commit=lambda batch, _: committed.extend(d.event.id for d in batch)))
        await publish(nc.jetstream(), layout, joins)
        await until(lambda: len(committed) == 2)
        await asyncio.sleep(0.6)                # ticks on Tuesday: nothing is due
        assert purged() == []
        now[0] = MONDAY + timedelta(days=5, hours=3)
        await until(lambda: len(purged()) == 2)
        stop.set()
        await task
        await nc.close()
        return purged()

    try:
        assert run(main()) == [("a", "u"), ("b", "u")]
        assert all(d["rules"] == ["7.2"] for d in ledger.decisions())
    finally:
        ledger.close()


