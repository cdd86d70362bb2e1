"""Several writers on one ledger (a cluster's workers): each judges the chats of its own
partitions, numbers records from blocks the ledger hands out, and proves at each commit that
it still owns them. The result must equal one writer's, every event judged once."""

from __future__ import annotations

import itertools
import subprocess
import sys
from collections.abc import Callable, Iterable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from chatwarden.events import Event
from chatwarden.ledger.store import Ledger, LedgerBusy, LedgerConflict, LedgerFenced
from chatwarden.policy.schema import Policy, without_detectors
from chatwarden.runtime import Runtime
from chatwarden.traffic import generate
from tests.postgres import create_database

_names = itertools.count()
SKIP = {"toxicity", "spam", "advertising", "links", "pii"}
"""The rules path: the detectors that load models are skipped (they are not what this tests)."""


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    if request.param == "sqlite":
        return lambda: f"sqlite:///{tmp_path}/ledger{next(_names)}.db"
    base = request.getfixturevalue("postgres_server")
    return lambda: create_database(base, f"shared{next(_names)}")


@pytest.fixture(scope="module")
def rules(klint: Policy) -> Policy:
    return without_detectors(klint, SKIP)


@pytest.fixture(scope="module")
def traffic() -> list[Event]:
    return list(generate(3000, chats=6, members=25, seed=7))


def side(chat: str) -> int:
    """Two partitions: chats 0, 2, 4 and chats 1, 3, 5."""
    return int(chat.removeprefix("chat")) % 2


def content(ledger: Ledger) -> dict[str, Any]:
    """What a ledger holds, without the record numbers (shared writers number in blocks)."""
    sanctions = sorted((r["chat"], r["user"], r["type"], r["rule_id"] or "", r["event_id"],
                        r["until"] or "") for r in ledger.rows("sanctions"))
    offences = sorted((r["chat"], r["user"], r["rule_id"], r["step"], r["event_id"])
                      for r in ledger.rows("offences"))
    decisions = sorted((d["event"], d["user"], tuple(a["type"] for a in d["actions"]))
                       for d in ledger.decisions())
    return {"sanctions": sanctions, "offences": offences, "decisions": decisions,
            "events": len(ledger.rows("events"))}


def read(url: str) -> dict[str, Any]:
    ledger = Ledger(url)
    try:
        return content(ledger)
    finally:
        ledger.engine.dispose()


def done(*ledgers: Ledger) -> None:
    for ledger in ledgers:
        ledger.close()
        ledger.engine.dispose()


def judge(runtime: Runtime, events: Iterable[Event], fence: dict[int, int] | None = None,
          every: int = 100) -> None:
    batch: list[Event] = []
    for event in events:
        batch.append(event)
        if len(batch) == every:
            runtime.prefetch(e.id for e in batch)
            for e in batch:
                runtime.handle(e)
            runtime.flush(fence=fence)
            batch = []
    for e in batch:
        runtime.handle(e)
    runtime.flush(fence=fence)


def alone(rules: Policy, traffic: list[Event], url: str) -> dict[str, Any]:
    ledger = Ledger(url)
    runtime = Runtime(rules, ledger, batch=10**9)
    judge(runtime, traffic)
    done(ledger)
    return read(url)


def test_two_shared_writers_give_what_one_writer_gives(rules: Policy, traffic: list[Event],
                                                       new_store: Callable[[], str]) -> None:
    expected = alone(rules, traffic, new_store())
    assert expected["sanctions"], "the traffic must draw sanctions for this test to mean anything"

    url = new_store()
    writers, fences = [], []
    for p in (0, 1):
        ledger = Ledger(url)
        writers.append(Runtime(rules, ledger, batch=10**9, shared=True,
                               owns=lambda chat, p=p: side(chat) == p))
        fences.append({p: ledger.take_partition(p, f"w{p}")})
    # interleaved: each writer commits its own chats' batches between the other's
    mine = [[e for e in traffic if side(e.chat) == p] for p in (0, 1)]
    for start in range(0, max(map(len, mine)), 150):
        for p in (0, 1):
            judge(writers[p], mine[p][start:start + 150], fences[p], every=50)
    done(*(w.ledger for w in writers))

    assert read(url) == expected
    ledger = Ledger(url)
    ids = [r["id"] for r in ledger.rows("sanctions")]
    assert len(ids) == len(set(ids))  # numbers from blocks: unique, gaps allowed
    assert len({r["id"] for r in ledger.rows("events")}) == len(traffic)
    done(ledger)


def test_an_exclusive_writer_and_shared_writers_exclude_each_other(
        rules: Policy, new_store: Callable[[], str]) -> None:
    url = new_store()
    one = Runtime(rules, Ledger(url), shared=True)
    two = Runtime(rules, Ledger(url), shared=True)  # shared writers go together
    refused = Ledger(url)
    with pytest.raises(LedgerBusy, match="the workers of a cluster"):
        Runtime(rules, refused)
    done(one.ledger, two.ledger)
    exclusive = Runtime(rules, Ledger(url))
    again = Ledger(url)
    with pytest.raises(LedgerBusy, match="one writer at a time"):
        Runtime(rules, again, shared=True)
    done(exclusive.ledger, refused, again)


def test_a_writer_that_lost_its_partition_commits_nothing(rules: Policy, traffic: list[Event],
                                                         new_store: Callable[[], str]) -> None:
    url = new_store()
    events = [e for e in traffic if side(e.chat) == 0][:400]
    old_ledger, new_ledger = Ledger(url), Ledger(url)
    old = Runtime(rules, old_ledger, batch=10**9, shared=True)
    token = old_ledger.take_partition(0, "old")
    judge(old, events[:200], {0: token})
    for e in events[200:]:  # decided, not committed yet ...
        old.handle(e)
    new = Runtime(rules, new_ledger, batch=10**9, shared=True)
    new_token = new_ledger.take_partition(0, "new")  # ... when the partition is taken over
    with pytest.raises(LedgerFenced, match="partition"):
        old.flush(fence={0: token})
    assert not old._pending.events  # forgotten, never to be committed by this writer
    assert len(new_ledger.rows("events")) == 200

    judge(new, events, {0: new_token})  # the new owner skips what is committed, judges the rest
    assert new.duplicates == 200
    done(old_ledger, new_ledger)
    assert read(url) == alone(rules, events, new_store())


def test_an_event_judged_by_another_writer_meanwhile_is_not_committed_twice(
        rules: Policy, traffic: list[Event], new_store: Callable[[], str]) -> None:
    url = new_store()
    events = [e for e in traffic if side(e.chat) == 1][:300]
    a = Runtime(rules, Ledger(url), batch=10**9, shared=True)
    b = Runtime(rules, Ledger(url), batch=10**9, shared=True)
    for e in events:
        a.handle(e)
        b.handle(e)
    a.flush()
    with pytest.raises(LedgerConflict, match="already in the ledger"):
        b.flush()
    judge(b, events)  # asked again: the ledger holds them all, none is judged twice
    assert b.duplicates == len(events)
    done(a.ledger, b.ledger)
    assert read(url) == alone(rules, events, new_store())


def test_a_writer_keeping_few_chats_in_memory_decides_the_same(
        rules: Policy, traffic: list[Event], new_store: Callable[[], str]) -> None:
    url = new_store()
    runtime = Runtime(rules, Ledger(url), batch=10**9, shared=True, max_chats=2)
    judge(runtime, traffic, every=150)  # six chats, two kept: each batch loads chats again
    assert len(runtime.engine.state.loaded) <= 2
    done(runtime.ledger)
    assert read(url) == alone(rules, traffic, new_store())


def test_numbers_from_blocks_continue_past_an_exclusive_writers(
        rules: Policy, traffic: list[Event], new_store: Callable[[], str]) -> None:
    url = new_store()
    ledger = Ledger(url)
    runtime = Runtime(rules, ledger, batch=10**9)
    judge(runtime, traffic[:1500])
    highest = max(r["id"] for r in ledger.rows("sanctions"))
    done(ledger)
    shared = Ledger(url)
    shared.acquire_writer(shared=True)
    first = shared.reserve_ids("sanction", 64)
    assert first == highest + 1
    assert shared.reserve_ids("sanction", 64) == first + 64
    done(shared)


def test_the_commits_a_writer_makes_by_itself_are_fenced_too(
        rules: Policy, traffic: list[Event], new_store: Callable[[], str]) -> None:
    """The timed jobs' commit names no batch: the writer's own tokens fence it."""
    url = new_store()
    events = [e for e in traffic if side(e.chat) == 0][:300]
    month_on = events[-1].ts + timedelta(days=30)  # the weekly jobs are due by then
    mine, theirs = Ledger(url), Ledger(url)
    runtime = Runtime(rules, mine, batch=10**9, shared=True, owns=lambda chat: side(chat) == 0)
    runtime.fence = {0: mine.take_partition(0, "me")}
    judge(runtime, events)
    before = mine.rows("jobs")
    other = Runtime(rules, theirs, batch=10**9, shared=True, owns=lambda chat: side(chat) == 0)
    other.fence = {0: theirs.take_partition(0, "them")}
    with pytest.raises(LedgerFenced):
        runtime.finish(month_on)
    assert mine.rows("jobs") == before  # nothing of the late writer's jobs
    other.finish(month_on)  # the owner's run the same jobs, and they are written
    assert mine.rows("jobs") != before
    done(mine, theirs)


def test_workers_opening_a_fresh_postgresql_ledger_at_once_all_start(postgres_server: str) -> None:
    """Each opens (and so migrates) the ledger as it starts: one migrates, the others wait."""
    url = create_database(postgres_server, f"race{next(_names)}")
    code = "import sys; from chatwarden.ledger.store import Ledger; Ledger(sys.argv[1]).close()"
    procs = [subprocess.Popen([sys.executable, "-c", code, url], stderr=subprocess.PIPE)
             for _ in range(4)]
    failed = [err.decode()[-500:] for p in procs if (err := p.communicate(timeout=120)[1])
              and p.returncode]
    assert not failed, failed
    assert all(p.returncode == 0 for p in procs)
