"""Fencing: a worker stopped (SIGSTOP) with a decided batch in hand, longer than the lease TTL,
while another worker takes its partitions over and judges their events, commits nothing of that
batch when it resumes."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from chatwarden.broker.ingest import publish
from chatwarden.broker.layout import Layout, ensure
from chatwarden.broker.serve import serve
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.loader import load_policy
from chatwarden.policy.schema import Policy, without_detectors
from tests.broker.test_broker import connect, run, until
from tests.broker.test_worker_process import wait_for
from tests.conftest import KLINT
from tests.reliability.test_restart import MONDAY

pytestmark = pytest.mark.slow
LAYOUT = Layout(partitions=2, lease_ttl=2.0, batch=64)
ROOT = Path(__file__).resolve().parents[2]


def policy() -> Policy:
    return without_detectors(load_policy(KLINT), {"toxicity", "spam", "advertising", "links", "pii"})


def judged(db: Path) -> list[str]:
    ledger = Ledger(str(db))
    try:
        return sorted(r["id"] for r in ledger.rows("events"))
    finally:
        ledger.close()


def test_a_worker_paused_past_its_lease_commits_nothing_after_another_took_over(
        nats_url: str, tmp_path: Path) -> None:
    events = [Event(f"m{i}", "message", f"chat{i % 4}", f"u{i % 3}", MONDAY + timedelta(seconds=i),
                    text="привет") for i in range(40)]
    marker, paused_db, other_db = tmp_path / "in-hand", tmp_path / "paused.db", tmp_path / "other.db"

    async def setup() -> None:
        nc = await connect(nats_url)
        await publish(nc.jetstream(), await ensure(nc.jetstream(), LAYOUT), events)
        await nc.close()

    run(setup())
    log_file = tmp_path / "paused.log"
    with log_file.open("wb") as sink:  # the worker has its own copy of the descriptor
        paused = subprocess.Popen([sys.executable, "-m", "tests.broker.paused_worker", nats_url,
                                   str(paused_db), str(marker)], cwd=ROOT, stderr=sink)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert paused.poll() is None and time.monotonic() < deadline, "no batch in hand"
            time.sleep(0.02)
        os.kill(paused.pid, signal.SIGSTOP)     # decided, not committed: stopped right there
        in_hand = marker.read_text().split()

        async def take_over() -> None:
            ledger = Ledger(str(other_db))
            stop = asyncio.Event()
            task = asyncio.create_task(serve(nats_url, ledger, policy(), LAYOUT, stop, name="other", tick=0))
            try:
                await until(lambda: len(judged(other_db)) == len(events), timeout=60)
            finally:
                stop.set()
                await task
                ledger.close()

        run(take_over())                        # its leases lapse (2 s), the other judges all
        os.kill(paused.pid, signal.SIGCONT)     # it wakes, decides the batch, checks the fence
        wait_for(lambda: "not committed, partition" in log_file.read_text(errors="replace"), timeout=60)
    finally:
        os.kill(paused.pid, signal.SIGCONT)
        paused.send_signal(signal.SIGTERM)
        paused.wait(timeout=60)
    log = log_file.read_text(errors="replace")
    assert in_hand and set(in_hand) <= {e.id for e in events}
    assert judged(other_db) == sorted(e.id for e in events)
    assert judged(paused_db) == [], log[-3000:]
    assert "not committed, partition" in log and "lease" in log, log[-3000:]
