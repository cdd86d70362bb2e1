"""Several workers on one shared PostgreSQL ledger (real nats-server, real PostgreSQL, worker
processes as deployed): every event judged once, each chat's events committed in order, the
same sanctions as a single replay, with a worker killed (-9) mid-stream; and a worker paused
past its lease has its late commit refused by the ledger itself."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa

from chatwarden.broker.ingest import publish
from chatwarden.broker.layout import Layout, ensure, lease_bucket
from chatwarden.broker.serve import serve
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.traffic import generate
from tests.broker.test_broker import connect, run, until
from tests.broker.test_fencing import LAYOUT, policy
from tests.broker.test_worker_process import assert_same_as_replay, chatwarden, judged, wait_for
from tests.conftest import KLINT
from tests.postgres import create_database
from tests.reliability.test_restart import MONDAY

pytestmark = pytest.mark.slow
SKIP = "toxicity,spam,advertising,links,pii"
ROOT = Path(__file__).resolve().parents[2]
LEASE = 3.0
"""Seconds a killed worker's partitions wait for the others (the bucket's TTL; 10 by default)."""
_names = itertools.count()


@pytest.fixture
def shared_url(postgres_server: str) -> str:
    url = create_database(postgres_server, f"shared{os.getpid()}_{next(_names)}")
    Ledger(url).close()     # the schema made once, before workers start side by side
    return url


def commit_order(url: str) -> dict[str, list[tuple[int, str]]]:
    """Each chat's events with the transaction that committed them (PostgreSQL's ``xmin``),
    in commit order: a chat judged out of order shows a later event committed earlier."""
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text("SELECT chat, id, xmin::text::bigint FROM events")).all()
    finally:
        engine.dispose()
    chats: dict[str, list[tuple[int, str]]] = {}
    for chat, ident, xid in rows:
        chats.setdefault(chat, []).append((int(xid), ident))
    return chats


def owners(url: str) -> dict[int, tuple[str, int]]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            return {p: (o, t) for p, o, t in conn.execute(sa.text(
                "SELECT partition, owner, token FROM partitions"))}
    finally:
        engine.dispose()


def assert_judged_as_one_replay(url: str, events: list[Event], policy: Policy | None = None,
                                least: int = 1) -> None:
    """As :func:`assert_same_as_replay`, and each chat's events committed in their order."""
    assert_same_as_replay(url, events, policy, least)
    position = {e.id: i for i, e in enumerate(events)}
    for chat, committed in commit_order(url).items():
        by_commit = [ident for _, ident in sorted(committed, key=lambda c: (c[0], position[c[1]]))]
        assert by_commit == sorted(by_commit, key=position.__getitem__), f"chat {chat} out of order"


@pytest.mark.parametrize("workers", [3])  # 2 left: the killed one's partitions are shared out
def test_workers_on_one_ledger_judge_each_event_once_in_order_even_when_one_is_killed(
        nats_url: str, shared_url: str, tmp_path: Path, workers: int) -> None:
    events = list(generate(4000, chats=60, members=10, seed=5))
    source = tmp_path / "events.jsonl"
    source.write_text("".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in events))

    async def stream() -> None:
        nc = await connect(nats_url)
        layout = Layout(partitions=8, lease_ttl=LEASE)
        await ensure(nc.jetstream(), layout)
        await lease_bucket(nc.jetstream(), layout)  # the workers keep the TTL it is made with
        await nc.close()

    run(stream())
    names = [f"w{i}" for i in range(workers)]
    procs = {name: chatwarden("worker", "--nats", nats_url, "--db", shared_url, "--policy", str(KLINT),
                              "--skip", SKIP, "--batch", "16", "--tick", "0", "--name", name,
                              stderr=subprocess.PIPE)
             for name in names}
    logs: dict[str, str] = {}
    try:
        # all of them hold partitions before the events come (a worker taking one takes it in
        # the ledger, so the partitions table names it)
        wait_for(lambda: {o for o, _ in owners(shared_url).values()} == set(names))
        ingest = subprocess.run([sys.executable, "-m", "chatwarden", "ingest", str(source), "--nats",
                                 nats_url], capture_output=True, text=True, timeout=120)
        assert f"{len(events)} events stored in 8 partitions" in ingest.stdout, ingest.stderr
        wait_for(lambda: judged(shared_url) >= len(events) // 10)
        held = owners(shared_url)
        victim = names[0]
        os.kill(procs[victim].pid, signal.SIGKILL)
        procs[victim].wait()
        assert judged(shared_url) < len(events), "all judged before the kill"
        wait_for(lambda: judged(shared_url) >= len(events))     # its leases lapse to the others
        # a partition whose events were all judged before the kill changes hands only when its
        # lease lapses, which may come after the last event is judged
        taken_over = [p for p, (o, _) in held.items() if o == victim]
        wait_for(lambda: all(owners(shared_url)[p][0] != victim for p in taken_over))
        time.sleep(1)                                           # anything redelivered is skipped
    finally:
        for name, proc in procs.items():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            logs[name] = proc.communicate(timeout=60)[1].decode(errors="replace")
    assert all(procs[n].returncode == 0 for n in names[1:]), "\n".join(logs.values())[-3000:]
    after = owners(shared_url)
    assert taken_over and all(after[p][0] != victim and after[p][1] > held[p][1] for p in taken_over)

    assert_judged_as_one_replay(shared_url, events, least=50)


def test_a_paused_workers_late_commit_is_refused_by_the_ledger(
        nats_url: str, shared_url: str, tmp_path: Path) -> None:
    """No broker-side check here: the paused worker decides its batch, stops (SIGSTOP) right
    before the commit, another worker on the same ledger takes both partitions over (new
    fencing tokens) and judges all 40 events; resumed, the paused one's commit is refused."""
    events = [Event(f"m{i}", "message", f"chat{i % 4}", f"u{i % 3}", MONDAY + timedelta(seconds=i),
                    text="привет") for i in range(40)]
    marker = tmp_path / "in-hand"

    async def setup() -> None:
        nc = await connect(nats_url)
        await publish(nc.jetstream(), await ensure(nc.jetstream(), LAYOUT), events)
        await nc.close()

    run(setup())
    log_file = tmp_path / "paused.log"
    with log_file.open("wb") as sink:  # the worker has its own copy of the descriptor
        paused = subprocess.Popen([sys.executable, "-m", "tests.broker.paused_worker", nats_url,
                                   shared_url, str(marker), "shared"], cwd=ROOT, stderr=sink)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert paused.poll() is None and time.monotonic() < deadline, "no batch in hand"
            time.sleep(0.02)
        os.kill(paused.pid, signal.SIGSTOP)     # decided, about to commit: stopped right there
        in_hand = marker.read_text().split()

        async def take_over() -> None:
            ledger = Ledger(shared_url)
            stop = asyncio.Event()
            task = asyncio.create_task(serve(nats_url, ledger, policy(), LAYOUT, stop, name="other",
                                             tick=0, shared=True))
            try:
                await until(lambda: judged(shared_url) == len(events), timeout=60)
            finally:
                stop.set()
                await task
                ledger.close()

        run(take_over())                        # the leases lapse (2 s), the other judges all
        os.kill(paused.pid, signal.SIGCONT)     # it wakes and commits its decided batch
        wait_for(lambda: "the ledger refused the commit" in log_file.read_text(errors="replace"),
                 timeout=60)
    finally:
        os.kill(paused.pid, signal.SIGCONT)
        paused.send_signal(signal.SIGTERM)
        paused.wait(timeout=60)
    log = log_file.read_text(errors="replace")
    assert in_hand and set(in_hand) <= {e.id for e in events}
    ledger = Ledger(shared_url)
    try:
        assert Counter(r["id"] for r in ledger.rows("events")) == Counter(e.id for e in events)
    finally:
        ledger.close()
    assert "the ledger refused the commit" in log and "taken over" in log, log[-3000:]
    assert "lease now held by" not in log, "the broker-side check ran"
    assert {o for o, _ in owners(shared_url).values()} <= {"other", "paused"}


def test_cluster_runs_its_workers_on_one_postgres_ledger(shared_url: str, tmp_path: Path) -> None:
    from chatwarden.broker.server import free_port

    events = list(generate(300, chats=5, members=10, seed=1))
    source = tmp_path / "events.jsonl"
    source.write_text("".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in events))
    port = free_port()
    cluster = subprocess.Popen(
        [sys.executable, "-m", "chatwarden", "cluster", "--policy", str(KLINT), "--dir", str(tmp_path / "c"),
         "--port", str(port), "--skip", SKIP, "--tick", "0", "--workers", "2", "--db", shared_url,
         "--queue", "nats"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert cluster.stdout is not None
    lines: list[str] = []
    try:
        while not (lines and lines[-1].startswith("ready:")):
            line = cluster.stdout.readline()
            assert line, "".join(lines)
            lines.append(line)
        workers = [x for x in lines if x.startswith("worker")]
        assert len(workers) == 2 and all(shared_url in x and "shared ledger, partitions by lease" in x
                                         for x in workers), "".join(lines)
        ingest = subprocess.run([sys.executable, "-m", "chatwarden", "ingest", str(source), "--nats",
                                 f"nats://127.0.0.1:{port}"], capture_output=True, text=True, timeout=120)
        assert "300 events stored in 16 partitions" in ingest.stdout, ingest.stderr
        wait_for(lambda: judged(shared_url) >= len(events))
        wait_for(lambda: len({o for o, _ in owners(shared_url).values()}) == 2)  # they share it
    finally:
        cluster.send_signal(signal.SIGINT)
        out, _ = cluster.communicate(timeout=120)
    report = "".join(lines) + out
    assert cluster.returncode == 0, report
    assert "stopped      cluster-w1 (0)" in report and "stopped      cluster-w2 (0)" in report
    ledger = Ledger(shared_url)
    try:
        assert Counter(r["id"] for r in ledger.rows("events")) == Counter(e.id for e in events)
    finally:
        ledger.close()
