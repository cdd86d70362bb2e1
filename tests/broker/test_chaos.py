"""PostgreSQL itself killed (-9, every process of it) at seeded random points while the workers
judge, then started again on the same data — and with NATS, the broker killed (-9) too: in both
modes (the PostgreSQL queue, and NATS with a shared PostgreSQL ledger) every event is judged
exactly once, each chat in order, and the ledger holds what one replay of the same events
gives."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from chatwarden.broker.server import LocalPostgres
from chatwarden.ledger.store import Ledger
from tests.broker.test_pgqueue import LAYOUT, SKIP, policy, traffic  # noqa: F401 (fixture)
from tests.broker.test_shared import assert_judged_as_one_replay
from tests.broker.test_worker_process import chatwarden, judged, wait_for
from tests.conftest import KLINT
from tests.postgres import create_database, discard, new_postgres

pytestmark = pytest.mark.slow
CRASHES = {"postgres-queue": ["postgresql", "postgresql"],
           "nats": ["postgresql", "nats-server", "postgresql"]}
"""What is killed, in turn, at the seeded points of each mode's run."""


@pytest.fixture
def crashable() -> Iterator[LocalPostgres]:
    """A PostgreSQL of this test's own: the session's server must not be killed."""
    server = new_postgres()
    try:
        yield server
    finally:
        discard(server)


@pytest.mark.parametrize("mode", ["postgres-queue", "nats"])
def test_the_database_and_broker_killed_mid_stream_lose_and_double_nothing(
        mode: str, crashable: LocalPostgres, policy, tmp_path: Path,  # noqa: F811
        request: pytest.FixtureRequest) -> None:
    url = create_database(crashable.url("{db}"), "chaos")
    Ledger(url).close()  # the schema, before the workers start side by side
    events = traffic(40, 60)
    source = tmp_path / "events.jsonl"
    source.write_text("".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in events))
    where = ["--db", url] if mode == "postgres-queue" else ["--nats", request.getfixturevalue("nats_url")]
    ingest = subprocess.run([sys.executable, "-m", "chatwarden", "ingest", str(source), *where,
                             "--partitions", str(LAYOUT.partitions)],
                            capture_output=True, text=True, timeout=120)
    assert ingest.returncode == 0, ingest.stderr
    # an ack lost with the broker holds its partition up until the batch comes again: 5 s, not 30
    bus = [] if mode == "postgres-queue" else [*where, "--ack-wait", "5"]
    logs = {name: tmp_path / f"{name}.log" for name in ("a", "b")}
    workers = {}
    for name, log in logs.items():
        with log.open("wb") as sink:  # the worker has its own copy of the descriptor
            workers[name] = chatwarden("worker", *bus, "--db", url, "--policy", str(KLINT),
                                       "--skip", SKIP, "--batch", "16", "--tick", "0",
                                       "--name", name, stderr=sink)
    victims = CRASHES[mode]
    points = sorted(random.Random(f"chaos-{mode}").sample(range(200, len(events) * 2 // 3),
                                                          len(victims)))
    try:
        for point, victim in zip(points, victims, strict=True):  # seeded: the same each run
            wait_for(lambda point=point: judged(url) >= point, timeout=180)
            if victim == "nats-server":
                request.getfixturevalue("nats_server").restart()  # kill -9, same store
                continue
            # kill -9; for a second the workers meet a dead database (refused connections, lost
            # sessions, their locks gone); then it recovers from its log on the same data
            crashable.restart(signal.SIGKILL, pause=1.0)
        assert judged(url) < len(events), "the workers finished before the last crash"
        wait_for(lambda: judged(url) >= len(events), timeout=240)
        time.sleep(1)  # anything handed out again is skipped as judged
    finally:
        for proc in workers.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=60)
    # a worker that died says where: its exit status and the start of its last traceback
    text = "\n".join(f"--- {n} (exit {workers[n].returncode})\n"
                     f"{_last_traceback(p.read_text(errors='replace'))}" for n, p in logs.items())
    assert all(p.returncode == 0 for p in workers.values()), text

    assert_judged_as_one_replay(url, events, policy)
    if mode == "postgres-queue":
        ledger = Ledger(url)
        try:
            assert not ledger.rows("queue")  # every queued event consumed
        finally:
            ledger.close()


def _last_traceback(log: str, keep: int = 6000) -> str:
    """The log from its last traceback on (where a worker died), else its tail."""
    at = log.rfind("Traceback (most recent call last)")
    return log[max(at - 600, 0):][:keep] if at >= 0 else log[-1500:]
