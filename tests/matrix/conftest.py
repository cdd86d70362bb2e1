"""Fixtures for the Matrix tests: one real Synapse per session, the bot as a subprocess."""

from __future__ import annotations

import atexit
import functools
import re
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from tests.command import Command
from tests.matrix.homeserver import SERVER_NAME, Synapse, _die_with_parent

ROOT = Path(__file__).resolve().parents[2]
BOT = f"@warden:{SERVER_NAME}"
BOT2 = f"@warden2:{SERVER_NAME}"
"""A second bot user, for runs side by side with the first on other rooms."""


@functools.cache
def _homeserver(home: Path) -> Synapse:
    """One Synapse per test process, whichever test directory asks first (the fixture is
    also imported by ``tests/platforms``); stopped when the process exits, and killed by the
    kernel if it dies."""
    server = Synapse(home)
    atexit.register(server.stop)
    for bot in (BOT, BOT2):
        server.tokens[bot] = server.register_admin(bot[1:].partition(":")[0])
    return server


@pytest.fixture(scope="session")
def synapse(tmp_path_factory: pytest.TempPathFactory) -> Synapse:
    return _homeserver(tmp_path_factory.getbasetemp() / "synapse")


class MatrixBot(Command):
    """``chatwarden matrix`` as a real subprocess against the test homeserver, ``--lazy`` as
    the Telegram tests' bots are (``tests/telegram/conftest.py``: the load is tested there)."""

    def __init__(self, server: Synapse, policy: Path, db: Path, log: Path, *extra: str,
                 user: str = BOT, token: str | None = None) -> None:
        super().__init__(["matrix", "--policy", str(policy), "--homeserver", server.url,
                          "--user", user, "--db", str(db), "--sync-timeout", "1", "--tick", "0.5",
                          "--lazy", *extra],
                         {"CHATWARDEN_MATRIX_TOKEN": token or server.tokens[user]}, log,
                         preexec_fn=_die_with_parent)


@pytest.fixture
def matrix_bot(tmp_path: Path) -> Iterator[Callable[..., MatrixBot]]:
    started: list[MatrixBot] = []

    def start(server: Synapse, policy: Path, *extra: str, db: Path | None = None,
              user: str = BOT, token: str | None = None) -> MatrixBot:
        log = tmp_path / f"{user[1:].partition(':')[0]}.log"
        bot = MatrixBot(server, policy, db or tmp_path / "ledger.db", log, *extra, user=user,
                        token=token)
        started.append(bot)
        secrets.extend(filter(None, [token, server.tokens.get(user)]))
        return bot

    secrets: list[str] = []
    yield start
    for bot in started:
        bot.stop()
    for bot in started:
        text = bot.log.read_text(errors="replace") if bot.log.exists() else ""
        assert not any(secret in text for secret in secrets), "an access token was logged"


def wait_for(check: Callable[[], Any], timeout: float = 60, what: str = "",
             log: Path | None = None) -> Any:
    """Poll ``check`` until it returns something true; fail naming ``what`` (and the bot's log)."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if value := check():
            return value
        time.sleep(0.25)
    tail = log.read_text(errors="replace")[-3000:] if log and log.exists() else ""
    raise AssertionError(f"timed out waiting for {what}\n{tail}")


KLINT = ROOT / "policies" / "klint.ru.yaml"
CALIMERO = ROOT / "policies" / "calimero.en.yaml"


class Scene:
    """One room on the test homeserver with its owner, a moderator (power level 50) and an
    admin (100) who were there before the bot, members who join after it, the bot's ledger."""

    def __init__(self, hs: Synapse, db: Path, log: Path, tag: str,
                 people: tuple[str, ...], bot: str = BOT) -> None:
        self.hs, self.db, self.log, self.bot = hs, db, log, bot
        self.owner, self.mod, self.admin = (hs.person(f"{role}{tag}") for role in ("owner", "mod", "admin"))
        self.people = {name: hs.person(f"{name}{tag}") for name in people}
        self.room = hs.create_room(self.owner, f"room {tag}", bot=bot,
                                   levels={bot: 100, self.mod: 50, self.admin: 100})
        for user in (self.mod, self.admin):
            hs.invite(self.owner, self.room, user)
            hs.join(user, self.room)

    def key(self, name: str) -> str:
        """The ledger's key of a test person (the localpart on the bot's own homeserver)."""
        return self.people[name].removeprefix("@").partition(":")[0]

    def enter(self, *names: str) -> None:
        for user in (self.people[n] for n in names):
            self.hs.invite(self.owner, self.room, user)
            self.hs.join(user, self.room)

    def rows(self, sql: str, *args: Any) -> list[tuple[Any, ...]]:
        if not self.db.exists():
            return []
        with closing(sqlite3.connect(self.db, timeout=30)) as conn:
            try:
                return conn.execute(sql, args).fetchall()
            except sqlite3.OperationalError:   # tables not created yet
                return []

    def sanctions(self) -> list[tuple[Any, ...]]:
        """(member, kind, rule, term in days, lifted?) in the order they were decided."""
        return self.rows("SELECT user, type, rule_id, term_days, lifted_at IS NOT NULL "
                         "FROM sanctions WHERE chat = ? ORDER BY id", self.room)

    def bot_messages(self) -> list[dict[str, Any]]:
        return [e for e in self.hs.messages(self.room, self.owner)
                if e["sender"] == self.bot and e["type"] == "m.room.message"]

    def levels(self) -> dict[str, Any]:
        return dict(self.hs.state(self.room, "m.room.power_levels", "", self.owner))

    def redacted(self, event_id: str) -> bool:
        event = self.hs.call("GET", f"/rooms/{quote(self.room)}/event/{quote(event_id)}", self.owner)
        return not event.get("content")

    def wait(self, check: Callable[[], Any], what: str, timeout: float = 60) -> Any:
        return wait_for(check, timeout, what, self.log)

    def settled(self, timeout: float = 60) -> None:
        """Every outbox row carried out (none pending or in flight)."""
        self.wait(lambda: self.rows("SELECT count(*) FROM outbox")
                  and not self.rows("SELECT id FROM outbox WHERE status = 'pending'"),
                  "the outbox to drain", timeout)


@pytest.fixture
def scene(synapse: Synapse, matrix_bot: Callable[..., MatrixBot], tmp_path: Path,
          request: pytest.FixtureRequest) -> Callable[..., tuple[Scene, MatrixBot]]:
    """A room, the bot started on ``policy`` and joined, then ``people`` joining it."""
    def make(policy: Path, people: tuple[str, ...] = ("alice", "bob"), *extra: str,
             tag: str = "", bot: str = BOT) -> tuple[Scene, MatrixBot]:
        tag = re.sub(r"[^a-z0-9]", "", request.node.name.removeprefix("test_").lower())[:12] + tag
        name = bot[1:].partition(":")[0]
        room = Scene(synapse, tmp_path / f"{name}.db", tmp_path / f"{name}.log", tag, people, bot)
        running = matrix_bot(synapse, policy, *extra, db=room.db, user=bot)
        room.wait(lambda: synapse.membership(room.room, bot, room.owner) == "join", "the bot to join")
        room.enter(*people)
        room.wait(lambda: len(room.rows("SELECT id FROM events WHERE type = 'join' AND chat = ?",
                                        room.room)) >= len(people), "the joins to be decided")
        return room, running
    return make
