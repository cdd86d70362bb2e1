"""Fixtures for the Telegram end-to-end tests: a test policy, real-shaped updates, the bot
as a subprocess against the fake Bot API server."""

from __future__ import annotations

import itertools
import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from chatwarden.detect.registry import REGISTRY
from tests.command import Command
from tests.telegram.fake_api import FakeTelegram, Server

ROOT = Path(__file__).resolve().parents[2]
KLINT = ROOT / "policies" / "klint.ru.yaml"
CHAT = {"id": -1001234567890, "title": "Клинт", "type": "supergroup"}
OWNER = {"id": 111, "is_bot": False, "first_name": "Kaan", "username": "kaanizel", "language_code": "ru"}
TOKEN = "123456:TEST-token-never-logged"  # the id before ":" is the bot id, as on Telegram
SECRET = TOKEN.partition(":")[2]
"""The part of the token that must never be written anywhere."""


def person(uid: int, name: str, username: str | None = None) -> dict[str, Any]:
    user: dict[str, Any] = {"id": uid, "is_bot": False, "first_name": name, "language_code": "ru"}
    if username:
        user["username"] = username
    return user


def _detectors(cond: Any) -> set[str]:
    if isinstance(cond, dict):
        found = {cond["detector"]} if "detector" in cond else set()
        for value in cond.values():
            found |= _detectors(value)
        return found
    if isinstance(cond, list):
        return set().union(*(_detectors(c) for c in cond)) if cond else set()
    return set()


@pytest.fixture(scope="session")
def policy_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Клинт policy; rules whose detector is not installed yet become human rules."""
    data = yaml.safe_load(KLINT.read_text(encoding="utf-8"))
    for rule in data["rules"]:
        used = _detectors(rule.get("when")) | _detectors(rule.get("unless"))
        if any(name not in REGISTRY for name in used):
            rule.pop("when", None)
            rule.pop("unless", None)
            rule["mode"] = "human"
            rule["reason"] = "detector not installed in this test environment"
    path = tmp_path_factory.mktemp("policy") / "klint.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


class Updates:
    """Builds updates shaped like the examples in Telegram's Bot API documentation."""

    def __init__(self, start: int | None = None) -> None:
        self.ids = itertools.count(1000)
        self.mids = itertools.count(1)
        self.now = start or int(time.time()) - 300

    def _tick(self, seconds: int) -> int:
        self.now += seconds
        return self.now

    def message(self, user: dict[str, Any], after: int = 5, chat: dict[str, Any] | None = None,
                reply_to: dict[str, Any] | None = None, **content: Any) -> dict[str, Any]:
        msg: dict[str, Any] = {"message_id": next(self.mids), "from": user, "chat": chat or CHAT,
                               "date": self._tick(after), **content}
        if reply_to is not None:
            msg["reply_to_message"] = reply_to["message"]
        return {"update_id": next(self.ids), "message": msg}

    def text(self, user: dict[str, Any], text: str, **kw: Any) -> dict[str, Any]:
        entities = [{"offset": 0, "length": len(text.split()[0]), "type": "bot_command"}] \
            if text.startswith("/") else []
        return self.message(user, text=text, **({"entities": entities} if entities else {}), **kw)

    def sticker(self, user: dict[str, Any], **kw: Any) -> dict[str, Any]:
        n = next(self.mids)
        return self.message(user, sticker={
            "file_id": f"CAACAgIAAxkBAAE{n}", "file_unique_id": f"AgAD{n}", "type": "regular",
            "width": 512, "height": 512, "is_animated": False, "is_video": False, "emoji": "😂",
            "set_name": "HotCherry"}, **kw)

    def edited(self, original: dict[str, Any], text: str, after: int = 20) -> dict[str, Any]:
        msg = {**original["message"], "text": text, "edit_date": self._tick(after)}
        return {"update_id": next(self.ids), "edited_message": msg}

    def bot_promoted(self, rights: dict[str, bool]) -> dict[str, Any]:
        """``my_chat_member``: the owner makes the bot an administrator with ``rights``."""
        from tests.telegram.fake_api import BOT, admin_rights

        upd = {"chat": CHAT, "from": OWNER, "date": self._tick(1),
               "old_chat_member": {"status": "member", "user": BOT},
               "new_chat_member": {"status": "administrator", "user": BOT, **admin_rights(rights)}}
        return {"update_id": next(self.ids), "my_chat_member": upd}

    def private(self, user: dict[str, Any], text: str) -> dict[str, Any]:
        chat = {"id": user["id"], "type": "private", "first_name": user["first_name"]}
        return self.text(user, text, chat=chat)

    def joined(self, user: dict[str, Any], link: str | None = None, after: int = 2) -> dict[str, Any]:
        upd: dict[str, Any] = {"chat": CHAT, "from": user, "date": self._tick(after),
                               "old_chat_member": {"status": "left", "user": user},
                               "new_chat_member": {"status": "member", "user": user}}
        if link:
            upd["invite_link"] = {"invite_link": link, "creator": OWNER, "creates_join_request": False,
                                  "is_primary": False, "is_revoked": False}
        return {"update_id": next(self.ids), "chat_member": upd}


@pytest.fixture
def updates() -> Updates:
    return Updates()


class Bot(Command):
    """``chatwarden telegram`` as a real subprocess against the fake server; ``--lazy`` unless
    ``warm``: most tests start a bot many times, and one that loads its models (seconds of
    CPU) at each start would slow the suite for nothing those tests check."""

    def __init__(self, server: Server, policy: Path, db: Path, log: Path, *extra: str,
                 prelude: str = "", warm: bool = False) -> None:
        load = () if warm else ("--lazy",)
        super().__init__(["telegram", "--policy", str(policy), "--db", str(db), *load, *extra],
                         {"CHATWARDEN_TELEGRAM_TOKEN": TOKEN, "CHATWARDEN_TELEGRAM_API": server.url},
                         log, prelude=prelude)


@pytest.fixture
def telegram(tmp_path: Path, policy_file: Path) -> Iterator[Any]:
    """Start fakes and bots; everything started is stopped at the end."""
    started: list[Any] = []

    def start(fake: FakeTelegram | None = None, *extra: str, db: Path | None = None,
              server: Server | None = None, prelude: str = "", warm: bool = False) -> tuple[Server, Bot]:
        """``prelude``: Python run in the bot's process before it starts (a slowed detector)."""
        if server is None:
            server = Server(fake or FakeTelegram(OWNER, CHAT)).__enter__()
            started.append(server)
        bot = Bot(server, policy_file, db or tmp_path / "ledger.db", tmp_path / "bot.log", *extra,
                  prelude=prelude, warm=warm)
        started.append(bot)
        return server, bot

    yield start
    for thing in reversed(started):
        if isinstance(thing, Bot):
            thing.stop()
        else:
            thing.__exit__(None, None, None)
    log = tmp_path / "bot.log"
    if log.exists():
        assert SECRET not in log.read_text(encoding="utf-8", errors="replace"), "the token was logged"


def decided(db: Path, update_id: int) -> bool:
    """Whether the bot decided every update up to ``update_id``: one confirmed to Telegram
    may still wait in the bot's inbox (polling reads on while the engine judges)."""
    try:
        with sqlite3.connect(db) as conn:
            offset = conn.execute("SELECT value FROM tg_state WHERE key = 'offset'").fetchone()
            waiting = conn.execute("SELECT count(*) FROM tg_inbox WHERE update_id <= ?",
                                   (update_id,)).fetchone()[0]
    except sqlite3.OperationalError:  # not created yet: nothing was received
        return False
    return offset is not None and int(offset[0]) > update_id and waiting == 0


def stored_anywhere(db: Path, text: str) -> bool:
    """Whether ``text`` is in the SQLite ledger's bytes (any table, free pages, the WAL)."""
    files = [db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-journal")]
    return any(text.encode() in f.read_bytes() for f in files if f.exists())
