"""The PostgreSQL-only mode (no broker) on a real PostgreSQL: workers share one ledger and its
queue, each judging the chats of the partitions it holds; the result equals one replay of the
same events, whichever worker judged what, with one of them killed (-9) or joining late; an
event the engine always fails on goes to the dead letters and comes back with `retry`."""

from __future__ import annotations

import itertools
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy
from typer.testing import CliRunner

from chatwarden.broker.dead import requeue
from chatwarden.broker.layout import Layout
from chatwarden.broker.pgqueue import PgWorker, QueueError, ensure_partitions, put
from chatwarden.cli import app
from chatwarden.engine.engine import Engine
from chatwarden.engine.state import Outcome
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger, LedgerFenced
from chatwarden.policy.loader import load_policy
from chatwarden.policy.schema import Policy, without_detectors
from chatwarden.runtime import Runtime
from chatwarden.traffic import generate
from tests.conftest import KLINT
from tests.postgres import create_database

pytestmark = pytest.mark.slow
SKIP = "toxicity,spam,advertising,links,pii"
LAYOUT = Layout(partitions=8, batch=64)
_names = itertools.count()

Decision = tuple[str, str, tuple[str, ...], tuple[str, ...]]


@pytest.fixture(scope="module")
def policy() -> Policy:
    return without_detectors(load_policy(KLINT), set(SKIP.split(",")))


@pytest.fixture
def url(postgres_server: str) -> str:
    return create_database(postgres_server, f"pgqueue{next(_names)}")


def traffic(chats: int, per_chat: int) -> list[Event]:
    return list(generate(chats * per_chat, chats=chats, members=10, seed=5))


class Result:
    """What a ledger holds after judging, in the terms a replay can be compared by: record
    numbers depend on which worker took which block, what was decided does not."""

    def __init__(self, url: str) -> None:
        ledger = Ledger(url)
        try:
            self.events = Counter(r["id"] for r in ledger.rows("events"))
            self.by_chat: dict[str, list[Decision]] = defaultdict(list)
            for d in ledger.decisions():     # oldest first: the order they were committed in
                self.by_chat[d["chat"]].append((d["event"], d["user"], tuple(d["rules"]),
                                                tuple(a["type"] for a in d["actions"])))
            self.sanctions = Counter((s["chat"], s["user"], s["type"], s["rule_id"], s["event_id"])
                                     for s in ledger.rows("sanctions"))
            self.queued = len(ledger.rows("queue"))
        finally:
            ledger.close()


def replayed(policy: Policy, events: list[Event], tmp_path: Path) -> Result:
    """One `replay` of the same events on a fresh ledger: what the workers must come to."""
    path = str(tmp_path / f"reference-{len(events)}.db")
    runtime = Runtime(policy, Ledger(path))
    for event in events:
        runtime.handle(event)
    runtime.flush()
    runtime.ledger.close()
    return Result(path)


def assert_same(url: str, reference: Result, events: list[Event]) -> None:
    got = Result(url)
    assert got.queued == 0
    assert got.events == Counter(e.id for e in events)          # every event judged, once
    assert sum(reference.sanctions.values()) > 20             # the traffic gets members sanctioned
    assert got.sanctions == reference.sanctions
    for chat, expected in reference.by_chat.items():            # each chat in its events' order
        assert got.by_chat[chat] == expected, chat
    assert set(got.by_chat) == set(reference.by_chat)


def judged(url: str) -> int:
    """Events in the ledger, read beside the workers writing it."""
    engine = sqlalchemy.create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(sqlalchemy.text("SELECT count(*) FROM events")).scalar_one())
    except sqlalchemy.exc.DBAPIError:
        return 0            # the schema is being made
    finally:
        engine.dispose()


def owners(url: str) -> Counter[str]:
    engine = sqlalchemy.create_engine(url)
    try:
        with engine.connect() as conn:
            return Counter(conn.execute(sqlalchemy.text(
                "SELECT owner FROM partitions WHERE owner IS NOT NULL")).scalars())
    finally:
        engine.dispose()


def wait_for(check: Callable[[], bool], timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def enqueue(url: str, events: list[Event]) -> None:
    ledger = Ledger(url)
    try:
        layout = Layout(partitions=ensure_partitions(ledger, LAYOUT.partitions))
        stored = put(ledger, layout, events)
        assert (stored.events, stored.duplicates) == (len(events), 0)
    finally:
        ledger.close()


def test_the_queue_keeps_each_event_id_once_in_its_chats_partition_under_a_fixed_count(
        url: str, tmp_path: Path) -> None:
    events = traffic(6, 20)
    ledger = Ledger(url)
    try:
        layout = Layout(partitions=ensure_partitions(ledger, LAYOUT.partitions))
        first = put(ledger, layout, [*events, events[0]], batch=50)     # one resent in the file
        again = put(ledger, layout, events)
        rows = ledger.rows("queue")
        with pytest.raises(QueueError, match="has 8 partitions, not 4"):
            ensure_partitions(ledger, 4)
        assert ensure_partitions(ledger) == 8
    finally:
        ledger.close()
    assert (first.events, first.duplicates) == (len(events) + 1, 1)
    assert (again.events, again.duplicates) == (len(events), len(events))
    assert [r["event_id"] for r in sorted(rows, key=lambda r: r["seq"])] == [e.id for e in events]
    assert all(r["partition"] == layout.partition(r["chat"]) for r in rows)
    sqlite = Ledger(str(tmp_path / "ledger.db"))
    try:
        with pytest.raises(QueueError, match="needs a PostgreSQL ledger"):
            put(sqlite, layout, events)
    finally:
        sqlite.close()


@contextmanager
def worker_thread(url: str, policy: Policy, name: str, **options: Any) -> Iterator[PgWorker]:
    """A worker on a thread of its own (its own ledger connections), stopped on leaving."""
    worker = PgWorker(Ledger(url), policy, LAYOUT, name=name, tick=0, idle=0.2, **options)
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(stop,), name=name)
    thread.start()
    try:
        yield worker
    finally:
        stop.set()
        thread.join(timeout=60)
        worker.ledger.close()
        assert not thread.is_alive()


def test_two_workers_judge_every_event_once_in_order_as_one_replay_would(
        url: str, policy: Policy, tmp_path: Path) -> None:
    events = traffic(40, 50)
    enqueue(url, events)
    with worker_thread(url, policy, "a") as a, worker_thread(url, policy, "b") as b:
        wait_for(lambda: judged(url) >= len(events) and a.handled + b.handled >= len(events))
        assert a.owned.keys().isdisjoint(b.owned.keys())
        assert len(a.owned) + len(b.owned) == LAYOUT.partitions
    assert a.handled + b.handled == len(events)          # no row handed out twice
    assert_same(url, replayed(policy, events, tmp_path), events)


def test_with_the_outbox_each_decision_that_acts_waits_there_for_the_sender(
        url: str, policy: Policy, tmp_path: Path) -> None:
    """`chatwarden worker --outbox`: what `chatwarden send` carries out, written in the same
    commit as the decision; and a worker keeping few chats in memory judges the same."""
    events = traffic(40, 50)
    enqueue(url, events)
    with worker_thread(url, policy, "a", outbox=True, max_chats=3) as a:
        wait_for(lambda: a.handled >= len(events))
        assert len(a.runtime.engine.state.loaded) <= 3
    ledger = Ledger(url)
    try:
        acting = [d for d in ledger.decisions() if d["actions"]]
        waiting = ledger.rows("outbox")
        assert acting and len(waiting) == len(acting)
        assert {r["event_id"] for r in waiting} == {d["event"] for d in acting}
        assert {r["status"] for r in waiting} == {"pending"}
    finally:
        ledger.close()
    assert_same(url, replayed(policy, events, tmp_path), events)


def test_a_worker_joining_later_is_given_partitions_and_judges_some(
        url: str, policy: Policy, tmp_path: Path) -> None:
    events = traffic(40, 30)
    first, second = events[:len(events) // 2], events[len(events) // 2:]
    enqueue(url, first)
    with worker_thread(url, policy, "early") as early:
        wait_for(lambda: early.handled >= len(first))
        assert len(early.owned) == LAYOUT.partitions             # alone: all of them
        with worker_thread(url, policy, "late") as late:
            wait_for(lambda: len(late.owned) == len(early.owned) == LAYOUT.partitions // 2)
            enqueue(url, second)
            wait_for(lambda: early.handled + late.handled >= len(events))
        assert late.handled > 0 and early.handled > len(first)
        wait_for(lambda: len(early.owned) == LAYOUT.partitions)   # the late one left: all again
    assert early.handled + late.handled == len(events)
    assert_same(url, replayed(policy, events, tmp_path), events)


def chatwarden(*args: str, **kw: Any) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "chatwarden", *args], **kw)


def test_a_worker_killed_mid_stream_leaves_its_partitions_to_the_other(
        url: str, policy: Policy, tmp_path: Path) -> None:
    events = traffic(40, 60)
    source = tmp_path / "events.jsonl"
    source.write_text("".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in events))
    ingest = subprocess.run([sys.executable, "-m", "chatwarden", "ingest", str(source), "--db", url,
                             "--partitions", str(LAYOUT.partitions)], capture_output=True, text=True,
                            timeout=120)
    assert ingest.returncode == 0, ingest.stderr
    assert f"{len(events)} events stored in 8 partitions, 0 dropped as duplicates" in ingest.stdout
    # old events: no wall-clock jobs among them, or the ledger would differ from a plain replay
    cmd = ("worker", "--db", url, "--policy", str(KLINT), "--skip", SKIP, "--batch", "16",
           "--tick", "0")
    log = tmp_path / "survivor.log"
    doomed = chatwarden(*cmd, "--name", "doomed", stderr=subprocess.DEVNULL)
    with log.open("wb") as sink:
        survivor = chatwarden(*cmd, "--name", "survivor", stderr=sink)
    try:
        try:
            wait_for(lambda: owners(url)["doomed"] > 0 and judged(url) >= 300)
        finally:
            os.kill(doomed.pid, signal.SIGKILL)
            doomed.wait()
        assert judged(url) < len(events), "the workers finished before one could be killed"
        wait_for(lambda: judged(url) >= len(events))
        wait_for(lambda: owners(url) == {"survivor": LAYOUT.partitions})
    finally:
        survivor.send_signal(signal.SIGTERM)
        survivor.wait(timeout=60)
        print(log.read_text(errors="replace")[-3000:])     # shown when the test fails
    assert survivor.returncode == 0
    assert_same(url, replayed(policy, events, tmp_path), events)

    again = subprocess.run([sys.executable, "-m", "chatwarden", "ingest", str(source), "--db", url],
                           capture_output=True, text=True, timeout=120)
    assert f"0 events stored in 8 partitions, {len(events)} dropped as duplicates" in again.stdout


def test_a_worker_loads_the_policys_models_as_it_starts(url: str, tmp_path: Path) -> None:
    """The whole Клинт policy, models included: by default the encoders load on a thread at
    start (the log says so) while the queue is judged, so a batch's first event does not wait
    for all of them (``--lazy`` leaves them to the first message that needs one)."""
    events = traffic(2, 10)
    enqueue(url, events)
    log = tmp_path / "worker.log"
    with log.open("wb") as sink:
        proc = chatwarden("worker", "--db", url, "--policy", str(KLINT), "--tick", "0",
                          stderr=sink)
    try:
        wait_for(lambda: judged(url) >= len(events))
        wait_for(lambda: "models loaded in" in log.read_text(errors="replace"))
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    assert proc.returncode == 0, log.read_text(errors="replace")[-3000:]


def test_a_worker_cut_off_from_postgresql_takes_partitions_afresh_and_judges_nothing_twice(
        url: str, policy: Policy, tmp_path: Path) -> None:
    """Its session ends (as when the network drops): its locks go with it, the other worker
    takes its partitions at once; whatever it had in hand is refused by the fence or was
    committed before the take-over, and it comes back for a fair share."""
    events = traffic(40, 50)
    enqueue(url, events)
    with worker_thread(url, policy, "cut") as cut, worker_thread(url, policy, "other") as other:
        wait_for(lambda: bool(cut.owned) and judged(url) >= 300)
        engine = sqlalchemy.create_engine(url)
        with engine.connect() as conn:
            ended = conn.execute(sqlalchemy.text(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE application_name = 'chatwarden-worker cut'")).scalar_one()
        engine.dispose()
        assert ended == 1
        assert judged(url) < len(events), "the workers finished before one could be cut off"
        wait_for(lambda: judged(url) >= len(events) and cut.handled + other.handled >= len(events))
        wait_for(lambda: len(cut.owned) == len(other.owned) == LAYOUT.partitions // 2)
    assert cut.handled + other.handled == len(events)
    assert_same(url, replayed(policy, events, tmp_path), events)


def test_one_command_starts_the_workers_on_the_postgresql_queue_and_ctrl_c_stops_them(
        url: str, tmp_path: Path) -> None:
    """`chatwarden cluster --db postgresql+psycopg://...`: the PostgreSQL queue by default (no
    broker), the workers on the ledger's own queue."""
    events = traffic(5, 60)
    source = tmp_path / "events.jsonl"
    source.write_text("".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in events))
    cluster = chatwarden("cluster", "--db", url, "--workers", "2", "--policy",  # the default queue
                         str(KLINT), "--dir", str(tmp_path / "c"), "--skip", SKIP, "--tick", "0",
                         stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert cluster.stdout is not None
    lines: list[str] = []
    try:
        while not (lines and lines[-1].startswith("ready:")):
            line = cluster.stdout.readline()
            assert line, "".join(lines)
            lines.append(line)
        assert not any(line.startswith("nats-server") for line in lines)
        assert sum(line.startswith("worker") for line in lines) == 2
        assert f"--db '{url}'" in lines[-1]
        ingest = subprocess.run([sys.executable, "-m", "chatwarden", "ingest", str(source), "--db", url],
                                capture_output=True, text=True, timeout=120)
        assert f"{len(events)} events stored in 16 partitions" in ingest.stdout, ingest.stderr
        wait_for(lambda: judged(url) >= len(events))
        wait_for(lambda: owners(url) == {"cluster-w1": 8, "cluster-w2": 8})
    finally:
        cluster.send_signal(signal.SIGINT)
        out, _ = cluster.communicate(timeout=120)
    assert cluster.returncode == 0, "".join(lines) + out
    assert "stopped      cluster-w1 (0)" in out and "stopped      cluster-w2 (0)" in out


def failing_on(monkeypatch: pytest.MonkeyPatch, poison: Event) -> tuple[Counter[str], threading.Event]:
    """The engine raises on ``poison`` until the returned event is set (the fix deployed); the
    counter holds its tries."""
    tries: Counter[str] = Counter()
    fixed = threading.Event()
    process = Engine.process

    def failing(engine: Engine, event: Event) -> Outcome:
        if event.id == poison.id and not fixed.is_set():
            tries[event.id] += 1
            raise ValueError(f"boom on {event.id}")
        return process(engine, event)

    monkeypatch.setattr(Engine, "process", failing)
    return tries, fixed


def test_an_event_the_engine_always_fails_on_becomes_a_dead_letter_and_retry_gets_it_judged(
        url: str, policy: Policy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    events = traffic(8, 100)
    poison = events[len(events) // 3]
    others = [e for e in events if e is not poison]
    tries, fixed = failing_on(monkeypatch, poison)
    enqueue(url, events)
    cli = CliRunner()
    with caplog.at_level(logging.INFO, logger="chatwarden.broker.pgqueue"), \
            worker_thread(url, policy, "w", retry_delay=0.05) as worker:
        wait_for(lambda: worker.dead == 1 and worker.handled == len(others))
        assert tries[poison.id] == 5
        ledger = Ledger(url)
        try:
            [letter] = ledger.rows("dead_letters")
            again = put(ledger, LAYOUT, events)     # a file ingested again: no event comes back
        finally:
            ledger.close()
        assert (again.events, again.duplicates) == (len(events), len(events))
        assert (letter["event_id"], letter["chat"], letter["failures"], letter["worker"]) == (
            poison.id, poison.chat, 5, "w")
        assert letter["partition"] == LAYOUT.partition(poison.chat)
        assert letter["error"].startswith("Traceback (most recent call last):")
        assert letter["error"].splitlines()[-1] == f"ValueError: boom on {poison.id}"
        assert_same(url, replayed(policy, others, tmp_path), others)   # all others once, in order
        [dead] = [r.getMessage() for r in caplog.records if r.getMessage().startswith("DEAD LETTER:")]
        assert poison.id in dead and poison.chat in dead
        assert "chatwarden dead-letters list" in dead and "chatwarden dead-letters retry" in dead

        listed = cli.invoke(app, ["dead-letters", "list", "--db", url])
        assert listed.exit_code == 0, listed.output
        assert listed.output.splitlines() == [
            f"#{letter['id']}  event {poison.id}  chat {poison.chat}  partition "
            f"{letter['partition']}  failed 5x  on w  at {letter['at']}",
            f"    ValueError: boom on {poison.id}",
            "1 dead letter(s)"]

        fixed.set()                         # the fix is deployed: the engine decides it now
        retried = cli.invoke(app, ["dead-letters", "retry", "--db", url])
        assert retried.output == f"1 dead letter(s) sent again: #{letter['id']} {poison.id}\n"
        wait_for(lambda: worker.handled == len(events))
        assert tries[poison.id] == 5
        judged_late = [*others, poison]     # at the end of its partition: behind its chat's rest
        reference = replayed(policy, judged_late, tmp_path)
        assert_same(url, reference, judged_late)

        ledger = Ledger(url)                # a letter whose event was judged after all
        try:
            with ledger.engine.begin() as conn:
                conn.execute(sqlalchemy.insert(sqlalchemy.table(
                    "dead_letters", *(sqlalchemy.column(c) for c in letter if c != "id"))),
                    {c: v for c, v in letter.items() if c != "id"})
            assert [x.body["event"]["id"] for x in requeue(ledger)] == [poison.id]
            assert ledger.rows("dead_letters") == []
        finally:
            ledger.close()
        wait_for(lambda: worker.handled == len(events) + 1)     # its row consumed, a no-op
    assert worker.dead == 1
    assert_same(url, reference, judged_late)
    assert cli.invoke(app, ["dead-letters", "list", "--db", url]).output == "0 dead letter(s)\n"


def test_the_failure_count_is_the_rows_so_the_next_owner_counts_on_and_a_fenced_out_one_cannot(
        url: str, policy: Policy, monkeypatch: pytest.MonkeyPatch) -> None:
    """Workers stepped by hand: 3 failures under one, the last 2 under the next owner; and a
    take-over landing after the engine failed (the events before it committed) refuses the
    count and the move: a worker that lost the partition, at its last try, dead-letters nothing
    and counts nothing, and the rows stay queued."""
    events = traffic(1, 3)
    poison = events[1]
    tries, _ = failing_on(monkeypatch, poison)
    enqueue(url, events)

    def queued() -> dict[str, int]:
        ledger = Ledger(url)
        try:
            return {r["event_id"]: r["failures"] for r in ledger.rows("queue")}
        finally:
            ledger.close()

    def stepped(name: str, steps: int, *, usurp: bool = False) -> PgWorker:
        worker = PgWorker(Ledger(url), policy, LAYOUT, name=name, tick=0, retry_delay=0,
                          max_deliver=1 if usurp else 5)
        try:
            worker._rebalance()
            if usurp:       # taken over right after the runtime committed the earlier events
                recover = worker.runtime._recover

                def taken_over() -> None:
                    recover()
                    worker.ledger.take_partition(LAYOUT.partition(poison.chat), "usurper")

                monkeypatch.setattr(worker.runtime, "_recover", taken_over)
                with pytest.raises(LedgerFenced):
                    worker._judge_batch()
            for _ in range(steps):
                assert worker._judge_batch()
        finally:
            worker._leave()
            worker.ledger.close()
        return worker

    assert stepped("stale", 0, usurp=True).dead == 0
    assert queued() == {events[0].id: 0, poison.id: 0, events[2].id: 0}   # refused whole
    assert stepped("first", 3).dead == 0
    assert queued() == {poison.id: 3, events[2].id: 0}
    assert stepped("next", 3).dead == 1            # 2 failures more, then the rest of the chat
    assert tries[poison.id] == 6 and queued() == {}
    ledger = Ledger(url)
    try:
        assert [(r["event_id"], r["failures"], r["worker"]) for r in ledger.rows("dead_letters")] == [
            (poison.id, 5, "next")]
        assert Counter(r["id"] for r in ledger.rows("events")) == {events[0].id: 1, events[2].id: 1}
    finally:
        ledger.close()
