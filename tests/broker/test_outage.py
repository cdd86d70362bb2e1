"""A PostgreSQL-queue worker waits out PostgreSQL outages instead of dying of them: down when
the worker starts (a worker started beside a database that is restarting), down mid-stream;
it judges every event once, as one replay would; and it gives up, exit 2 naming what failed
and since when, only past ``--outage-limit``."""

from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from chatwarden.broker.outage import LedgerUnreachable, Outage, Stopped
from chatwarden.broker.pgqueue import ensure_partitions, put
from chatwarden.broker.server import LocalPostgres, free_port
from chatwarden.ledger.store import Ledger
from tests.broker.test_chaos import crashable  # noqa: F401 (fixture)
from tests.broker.test_pgqueue import LAYOUT, SKIP, policy, traffic  # noqa: F401 (fixture)
from tests.broker.test_shared import assert_judged_as_one_replay
from tests.broker.test_worker_process import chatwarden, judged, wait_for
from tests.conftest import KLINT
from tests.postgres import create_database

REFUSED = psycopg.OperationalError("connection is bad: ... Connection refused")


def failing(times: int, error: Exception = REFUSED) -> Callable[[], list[int]]:
    """A call that raises ``error`` ``times`` times, then returns how often it was called."""
    calls: list[int] = []

    def call() -> list[int]:
        calls.append(1)
        if len(calls) <= times:
            raise error
        return calls
    return call


def test_an_unreachable_database_is_tried_again_until_it_answers() -> None:
    outage = Outage(limit=30)
    assert len(outage.retry("opening the ledger", failing(1))) == 2  # waited 0.5 s between


def test_a_statement_the_database_refuses_is_not_an_outage() -> None:
    refused = psycopg.errors.UndefinedTable('relation "queue" does not exist')
    with pytest.raises(psycopg.errors.UndefinedTable):
        Outage(limit=30).retry("reading the queue", failing(1, refused))


def test_past_the_limit_the_error_names_what_failed_and_since_when() -> None:
    started = time.monotonic()
    with pytest.raises(LedgerUnreachable) as caught:
        Outage(limit=0.2).retry("opening the ledger", failing(100))
    assert time.monotonic() - started < 5
    message = str(caught.value)
    assert message.startswith("opening the ledger failed (connection is bad: ... Connection refused)")
    assert "PostgreSQL unreachable since 20" in message and " UTC (" in message
    assert "past the outage limit of 0.2 s (--outage-limit)" in message


def test_a_stop_ends_the_wait() -> None:
    outage = Outage(limit=300, stop=threading.Event())
    threading.Timer(0.2, outage.stop.set).start()
    with pytest.raises(Stopped):
        outage.retry("opening the ledger", failing(100))


@pytest.mark.slow
def test_a_worker_gives_up_past_the_outage_limit_naming_what_failed(tmp_path: Path) -> None:
    nowhere = LocalPostgres(tmp_path, free_port()).url("chatwarden")  # no server ever started
    done = subprocess.run([sys.executable, "-m", "chatwarden", "worker", "--db", nowhere,
                           "--policy", str(KLINT), "--tick", "0", "--outage-limit", "1"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr[-3000:]
    assert "opening the ledger failed (connection is bad:" in done.stderr
    assert "waiting for PostgreSQL: trying again in 0.5 s" in done.stderr
    assert "PostgreSQL unreachable since" in done.stderr
    assert "past the outage limit of 1 s (--outage-limit)" in done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.slow
def test_a_worker_started_while_postgresql_is_down_waits_and_judges_every_event_once(
        crashable: LocalPostgres, policy, tmp_path: Path) -> None:  # noqa: F811
    url = create_database(crashable.url("{db}"), "outage")
    events = traffic(40, 60)
    ledger = Ledger(url)
    try:
        ensure_partitions(ledger, LAYOUT.partitions)
        put(ledger, LAYOUT, events)
    finally:
        ledger.close()
    log = tmp_path / "a.log"

    def waits() -> int:
        """Waits the worker logged: its own, or the runtime's before it tries a commit again."""
        text = log.read_text(errors="replace")
        return text.count("waiting for PostgreSQL") + text.count("ledger busy")

    crashable.stop(signal.SIGKILL)  # down before the worker opens the ledger
    with log.open("wb") as sink:
        worker = chatwarden("worker", "--db", url, "--policy", str(KLINT), "--skip", SKIP,
                            "--batch", "16", "--tick", "0", "--name", "a", stderr=sink)
    try:
        wait_for(lambda: waits() > 0 or worker.poll() is not None)
        assert worker.poll() is None, log.read_text(errors="replace")[-3000:]
        crashable.start(dbs=())
        wait_for(lambda: judged(url) >= 300, timeout=180)
        # down mid-stream, for longer than a restart: its session lost, a commit perhaps cut
        before = waits()
        crashable.stop(signal.SIGKILL)
        wait_for(lambda: waits() > before or worker.poll() is not None)
        crashable.start(dbs=())
        assert judged(url) < len(events), "the worker finished before PostgreSQL went down"
        wait_for(lambda: judged(url) >= len(events), timeout=240)
        time.sleep(1)  # anything fetched again is skipped as judged
    finally:
        if worker.poll() is None:
            worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=60)
    text = log.read_text(errors="replace")
    assert worker.returncode == 0, text[-3000:]
    assert "PostgreSQL reachable again" in text

    assert_judged_as_one_replay(url, events, policy)
    ledger = Ledger(url)
    try:
        assert not ledger.rows("queue")  # every queued event consumed
    finally:
        ledger.close()
