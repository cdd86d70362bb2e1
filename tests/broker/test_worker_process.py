"""End to end through the command line: ``chatwarden ingest`` -> NATS -> ``chatwarden worker``
-> ledger (SQLite, and PostgreSQL where its server binaries are installed), with the worker
killed (-9) mid-stream and started again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy

from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.loader import load_policy
from chatwarden.policy.schema import Policy, without_detectors
from chatwarden.runtime import Runtime
from chatwarden.traffic import generate
from tests.conftest import KLINT

pytestmark = pytest.mark.slow
SKIP = "toxicity,spam,advertising,links,pii"
EVENTS = 3000


def chatwarden(*args: str, **kw: object) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-m", "chatwarden", *args], **kw)  # type: ignore[call-overload]


def judged(url: str) -> int:
    """Events in the ledger, read beside the worker writing it."""
    engine = sqlalchemy.create_engine(url if "://" in url else f"sqlite:///{url}")
    try:
        with engine.connect() as conn:
            return int(conn.execute(sqlalchemy.text("SELECT count(*) FROM events")).scalar_one())
    except sqlalchemy.exc.DBAPIError:
        return 0            # the schema is being made
    finally:
        engine.dispose()


def wait_for(check: object, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def outcome(ledger: Ledger) -> Counter[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """Decisions as (event, member, rules, actions): record numbers depend on the order chats
    were interleaved in, what was decided does not."""
    return Counter((d["event"], d["user"], tuple(d["rules"]), tuple(a["type"] for a in d["actions"]))
                   for d in ledger.decisions())


def sanctions(ledger: Ledger) -> Counter[tuple[Any, ...]]:
    """Sanctions by content: their numbers come from each worker's blocks, what they are does not."""
    return Counter(tuple(v for k, v in row.items() if k not in {"id", "offence_id"})
                   for row in ledger.rows("sanctions"))


def assert_same_as_replay(url: str, events: list[Event], policy: Policy | None = None,
                          least: int = 1) -> None:
    """What the workers left in the ledger at ``url``: every event once, the decisions (event,
    member, rules, actions: at least ``least`` of them) and the sanctions by content of one
    plain replay of the same events."""
    reference = Ledger("sqlite://")
    runtime = Runtime(policy or without_detectors(load_policy(KLINT), set(SKIP.split(","))),
                      reference)
    for event in events:
        runtime.handle(event)
    runtime.flush()
    ledger = Ledger(url)
    try:
        assert Counter(r["id"] for r in ledger.rows("events")) == Counter(e.id for e in events)
        expected = outcome(reference)
        assert sum(expected.values()) >= least  # the traffic does get members sanctioned
        assert outcome(ledger) == expected      # no decision lost or doubled
        assert sanctions(ledger) == sanctions(reference) and sanctions(reference)
    finally:
        ledger.close()
        reference.close()


# SQLite: on PostgreSQL the same kill with workers sharing the ledger is
# tests/broker/test_shared.py, and the exclusive refusal tests/reliability/test_shared_writers.py
def test_a_worker_killed_mid_stream_judges_every_event_exactly_once(
        nats_url: str, tmp_path: Path) -> None:
    ledger_url = str(tmp_path / "ledger.db")
    events = list(generate(EVENTS, chats=40, members=10, seed=3))
    source = tmp_path / "events.jsonl"
    source.write_text("".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in events))
    # old events: no wall-clock jobs among them, or the ledger would differ from a plain replay
    worker_cmd = ("worker", "--nats", nats_url, "--db", ledger_url, "--policy", str(KLINT), "--skip", SKIP,
                  "--batch", "16", "--tick", "0")

    ingest = subprocess.run([sys.executable, "-m", "chatwarden", "ingest", str(source), "--nats", nats_url,
                             "--partitions", "4"], capture_output=True, text=True, timeout=120)
    assert ingest.returncode == 0, ingest.stderr
    assert f"{EVENTS} events stored in 4 partitions, 0 dropped as duplicates" in ingest.stdout

    first = chatwarden(*worker_cmd, "--name", "first", stderr=subprocess.DEVNULL)
    try:
        wait_for(lambda: judged(ledger_url) >= 500)
    finally:
        os.kill(first.pid, signal.SIGKILL)
        first.wait()
    at_kill = judged(ledger_url)
    assert at_kill < EVENTS, "the worker finished before it could be killed"

    second = chatwarden(*worker_cmd, "--name", "second", stderr=subprocess.PIPE)
    try:
        wait_for(lambda: judged(ledger_url) >= EVENTS)
        # a second writer of a SQLite ledger is refused, naming the one writing it
        busy = subprocess.run([sys.executable, "-m", "chatwarden", *worker_cmd, "--exclusive"],
                              capture_output=True, text=True, timeout=120)
        assert busy.returncode == 2
        assert "being written by" in busy.stderr, busy.stderr
        time.sleep(1)            # anything redelivered is skipped, not judged again
    finally:
        second.send_signal(signal.SIGTERM)
        _, err = second.communicate(timeout=60)
    assert second.returncode == 0, err.decode()[-2000:]

    assert_same_as_replay(ledger_url, events, least=51)


def test_ingest_refuses_another_partition_count_and_drops_a_resent_file(
        nats_url: str, tmp_path: Path) -> None:
    source = tmp_path / "events.jsonl"
    source.write_text("".join(json.dumps(e.to_json()) + "\n" for e in generate(30, chats=3, members=5))
                      + "not json\n")

    def ingest(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "chatwarden", "ingest", str(source), "--nats", nats_url,
                               *extra], capture_output=True, text=True, timeout=120)

    first = ingest("--partitions", "4")
    assert first.returncode == 0, first.stderr
    assert "30 events stored in 4 partitions, 0 dropped as duplicates, 1 unreadable line(s) skipped" \
        in first.stdout
    again = ingest()
    assert "0 events stored in 4 partitions, 30 dropped as duplicates" in again.stdout
    other = ingest("--partitions", "8")
    assert other.returncode == 2
    assert "has 4 partitions, not 8; the count is fixed" in other.stderr
