"""The console as deployed: ``chatwarden serve`` in its own process on a loopback port,
driven over real HTTP, next to a bot that holds the ledger (the intake path), on SQLite
and on PostgreSQL."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from chatwarden.console import queries as q
from chatwarden.ledger import intake
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.console.conftest import NOW, build_example, log_in
from tests.console.server import serving
from tests.postgres import create_database

pytestmark = pytest.mark.slow


def _confirm(client: httpx.Client, db: str, user: str, rule: str, policy: Policy) -> str:
    """Log in as the moderator, claim ``user``'s item, confirm it; returns the page's note."""
    csrf = log_in(client, "mod")
    ledger = Ledger(db)
    item = next(i for i in q.items(ledger, policy, (), NOW) if i.user == user and rule in i.rules)
    ledger.close()
    client.post(f"/item/{item.id}/claim", data={"csrf": csrf})
    r = client.post(f"/item/{item.id}/decide", data={"verdict": "confirm", "reason": "off-topic",
                                                     "csrf": csrf})
    assert r.status_code == 303, r.text
    return httpx.QueryParams(r.headers["location"].split("?", 1)[1])["note"]


def _main_flow(db: str, policy: Policy) -> None:
    """Writer mode: the console holds the ledger, so the act shows at once."""
    with serving(db) as client:
        note = _confirm(client, db, "anya", "9.1", policy)
        assert note == "@anya: warning"
        ledger = Ledger(db)
        assert [s["type"] for s in ledger.rows("sanctions", user="anya")
                if s["rule_id"] == "9.1"] == ["warning"]
        assert [r["status"] for r in ledger.rows("outbox") if r["user"] == "anya"] == ["pending"]
        ledger.close()
        assert "@anya" in client.get("/member/klint/anya").text
        assert "warning" in client.get("/member/klint/anya").text


def _bot_flow(db: str, policy: Policy) -> None:
    """Intake mode: a bot holds the ledger; the act waits for its drain, then shows."""
    bot_ledger = Ledger(db)
    bot = Runtime(policy, bot_ledger, batch=1, outbox=True)
    try:
        with serving(db) as client:
            note = _confirm(client, db, "sasha", "9.1", policy)
            assert note == "queued for the bot (it holds the ledger)"
            assert "журнал пишет бот (решений ждут его: 1)" in client.get("/queue").text
            assert not [s for s in bot_ledger.rows("sanctions", user="sasha") if s["rule_id"] == "9.1"]
            assert intake.waiting(bot_ledger) == 1
            drained = intake.drain(bot)
            assert [said for _, said in drained] == ["@sasha: warning"]
            assert intake.drain(bot) == []  # nothing left: one cheap query
            assert [s["type"] for s in bot_ledger.rows("sanctions", user="sasha")
                    if s["rule_id"] == "9.1"] == ["warning"]
            assert "@sasha: warning" in client.get("/audit").text
    finally:
        bot_ledger.close()


def test_serve_on_sqlite(example_ledger: Path, tmp_path: Path, klint: Policy) -> None:
    for flow in (_main_flow, _bot_flow):
        db = tmp_path / f"{flow.__name__}.db"
        db.write_bytes(example_ledger.read_bytes())
        flow(str(db), klint)


def test_serve_on_postgresql(postgres_server: str, klint: Policy, tmp_path: Path) -> None:
    build_example(create_database(postgres_server, "consoleexample"), klint)  # built once, copied
    for flow in (_main_flow, _bot_flow):
        flow(create_database(postgres_server, f"console{flow.__name__.replace('_', '')}",
                             template="consoleexample"), klint)


def test_users_add_reads_the_password_from_stdin(tmp_path: Path) -> None:
    db = tmp_path / "u.db"
    run = [sys.executable, "-m", "chatwarden", "users", "add", "alice", "--role", "owner",
           "--as", "kaanizel", "--db", str(db)]
    done = subprocess.run(run, input="a long enough secret\n", capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "account alice: owner, acts as @kaanizel, chats: all" in done.stdout
    again = subprocess.run(run, input="a long enough secret\n", capture_output=True, text=True)
    assert again.returncode == 2 and "exists" in again.stderr
    cli = [sys.executable, "-m", "chatwarden", "users"]
    off = subprocess.run([*cli, "disable", "alice", "--db", str(db)], capture_output=True, text=True)
    assert off.returncode == 0, off.stderr
    listed = subprocess.run([*cli, "list", "--db", str(db)], capture_output=True, text=True).stdout
    assert listed == "alice\towner\t@kaanizel\tall chats\tdisabled\n"
