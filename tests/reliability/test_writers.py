"""Two writers on one ledger: the second is refused at once, by name; nothing is ever
overwritten; a busy database is waited for, not fatal."""

from __future__ import annotations

import itertools
import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from chatwarden.cli import app
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger, LedgerBusy, LedgerConflict
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.conftest import EXAMPLE, KLINT, ROOT
from tests.postgres import create_database
from tests.reliability.test_restart import MONDAY

_names = itertools.count()


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> Callable[[], str]:
    if request.param == "sqlite":
        return lambda: f"sqlite:///{tmp_path}/ledger{next(_names)}.db"
    base = request.getfixturevalue("postgres_server")
    return lambda: create_database(base, f"writers{next(_names)}")


def _repeats(user: str, n: int, start: int = 0) -> list[Event]:
    return [Event(f"{user}:{i}", "message", "klint", user, MONDAY + timedelta(seconds=i),
                  text="купите слона пожалуйста") for i in range(start, start + n)]


def test_a_second_writer_is_refused_at_once_naming_the_first(klint: Policy,
                                                             new_store: Callable[[], str]) -> None:
    db = new_store()
    first = Ledger(db)
    Runtime(klint, first)
    second = Ledger(db)
    started = time.monotonic()
    with pytest.raises(LedgerBusy) as refused:
        Runtime(klint, second)
    assert time.monotonic() - started < 5
    message = str(refused.value)
    assert f"pid {os.getpid()} on {socket.gethostname()}" in message
    assert "one writer at a time" in message and "since 20" in message
    first.close()  # the lock goes with its holder
    Runtime(klint, second)
    second.close()


def test_replay_into_a_ledger_being_written_exits_2_and_readers_still_read(
        klint: Policy, tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    holder = Ledger(str(db))
    runtime = Runtime(klint, holder)
    for e in _repeats("vasya", 3):
        runtime.handle(e)
    runtime.flush()
    runner = CliRunner()
    refused = runner.invoke(app, ["replay", str(EXAMPLE), "--policy", str(KLINT), "--db", str(db),
                                  "--report", str(tmp_path / "r.html")])
    assert refused.exit_code == 2
    assert f"being written by pid {os.getpid()}" in refused.output
    read = runner.invoke(app, ["ledger", "decisions", "--db", str(db)])
    assert read.exit_code == 0, read.output
    assert [json.loads(line)["rules"] for line in read.output.splitlines()] == [["1.1"]]
    holder.close()


def test_a_second_bot_on_a_ledger_being_written_exits_2_naming_the_writer(
        klint: Policy, tmp_path: Path) -> None:
    """The bot takes the writer lock before it speaks to Telegram: no traceback, no retries."""
    db = tmp_path / "ledger.db"
    holder = Ledger(str(db))
    Runtime(klint, holder)
    env = {**os.environ, "CHATWARDEN_TELEGRAM_TOKEN": "123456:TEST",
           "CHATWARDEN_TELEGRAM_API": "http://127.0.0.1:9"}   # never reached
    bot = subprocess.run([sys.executable, "-m", "chatwarden", "telegram", "--policy", str(KLINT),
                          "--db", str(db)], cwd=ROOT, env=env, capture_output=True, text=True,
                         timeout=120)
    holder.close()
    assert bot.returncode == 2, bot.stderr
    assert f"being written by pid {os.getpid()}" in bot.stderr
    assert "Traceback" not in bot.stderr and "123456:TEST" not in bot.stderr


def test_a_clash_with_a_foreign_record_is_an_error_not_an_overwrite(klint: Policy,
                                                                    tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    ledger = Ledger(db)
    runtime = Runtime(klint, ledger)
    # a process that ignored the lock numbered the next sanction first
    taken = runtime.engine.state.next_id["sanction"]
    foreign = (taken, "klint", "someone", "ban", MONDAY.isoformat(), "x", None, None, None, None,
               1, None, None, 0, None, None)
    with sqlite3.connect(db) as conn:
        conn.execute(f"INSERT INTO sanctions VALUES ({', '.join('?' * len(foreign))})", foreign)
    for e in _repeats("vasya", 3):
        runtime.handle(e)  # a warning: sanction #taken
    with pytest.raises(LedgerConflict, match="already exists"):
        runtime.flush()
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT * FROM sanctions").fetchall() == [foreign]
        assert conn.execute("SELECT count(*) FROM events").fetchone() == (0,)  # nothing half-done
    ledger.close()


def test_a_busy_database_is_waited_for_and_the_batch_kept(klint: Policy, tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    ledger = Ledger(str(db))
    blocker = sqlite3.connect(db, isolation_level=None)
    waits: list[float] = []

    def sleep(seconds: float) -> None:
        waits.append(seconds)
        blocker.execute("ROLLBACK")  # the other process lets go (after SQLite's own 5 s)

    runtime = Runtime(klint, ledger, sleep=sleep)
    blocker.execute("BEGIN EXCLUSIVE")
    for e in _repeats("vasya", 3):
        runtime.handle(e)
    runtime.flush()
    assert waits == [0.5] and runtime.retries == 1
    assert [r["rules"] for r in ledger.decisions()] == [["1.1"]]
    assert len(ledger.seen_ids()) == 3
    blocker.close()
    ledger.close()


def test_a_dropped_postgresql_connection_is_retried_and_the_lock_taken_again(
        klint: Policy, postgres_server: str) -> None:
    db = create_database(postgres_server, f"blip{next(_names)}")
    ledger = Ledger(db)
    runtime = Runtime(klint, ledger, sleep=lambda _: None)
    for e in _repeats("vasya", 3):
        runtime.handle(e)
    admin = create_engine(db)
    with admin.begin() as conn:  # the server drops every other session, the writer's too
        dropped = conn.scalar(text(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
    assert dropped
    runtime.flush()
    assert runtime.retries >= 1
    assert [r["rules"] for r in ledger.decisions()] == [["1.1"]]
    other = Ledger(db)
    with pytest.raises(LedgerBusy):  # held again by the writer, on its new session
        Runtime(klint, other)
    other.close()
    admin.dispose()
    ledger.close()


@pytest.mark.slow
def test_two_replays_of_different_files_at_once_lose_nothing(tmp_path: Path) -> None:
    """Two processes, two files, one ledger: the second is refused (exit 2, the first named)
    and the ledger holds exactly what a lone run of the first file gives."""
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()[:250]
    files = []
    for name in ("one", "two"):
        path = tmp_path / f"{name}.jsonl"
        path.write_text("\n".join(line.replace('"klint:', f'"{name}:') for line in lines) + "\n",
                        encoding="utf-8")
        files.append(path)

    def replay(src: Path, db: Path, err: int = subprocess.DEVNULL) -> subprocess.Popen[str]:
        return subprocess.Popen(
            [sys.executable, "-m", "chatwarden", "replay", str(src), "--policy", str(KLINT),
             "--db", str(db), "--report", str(tmp_path / f"{src.stem}.html"), "--batch", "20"],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=err, text=True)

    shared = tmp_path / "shared.db"
    first = replay(files[0], shared)
    lock = Path(f"{shared}.lock")
    deadline = time.monotonic() + 120
    while not (lock.exists() and lock.stat().st_size) and time.monotonic() < deadline:
        time.sleep(0.05)
    second = replay(files[1], shared, subprocess.PIPE)
    _, err = second.communicate(timeout=120)
    assert second.returncode == 2
    assert f"being written by pid {first.pid}" in " ".join(err.split())
    assert first.wait(timeout=300) == 0
    alone = tmp_path / "alone.db"
    assert replay(files[0], alone).wait(timeout=300) == 0

    def rows(db: Path, sql: str) -> list[tuple]:
        with sqlite3.connect(db) as conn:
            return conn.execute(sql).fetchall()

    assert rows(shared, "SELECT * FROM sanctions ORDER BY id") == \
        rows(alone, "SELECT * FROM sanctions ORDER BY id")
    assert rows(shared, "SELECT count(*) FROM events WHERE id LIKE 'two:%'") == [(0,)]
