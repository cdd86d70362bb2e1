"""An act the console queued in the ledger's intake is decided by the bot (the ledger's
writer) and carried out in the chat like a command typed there."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from chatwarden.events import Event
from chatwarden.ledger import intake
from chatwarden.ledger.store import Ledger
from tests.telegram.conftest import CHAT, OWNER, Updates, decided, person
from tests.telegram.fake_api import FakeTelegram

pytestmark = pytest.mark.slow
VASYA = person(201, "Вася", "vasya")


def test_a_console_warn_reaches_the_chat(telegram, updates: Updates, tmp_path: Path) -> None:
    server, _ = telegram()
    fake: FakeTelegram = server.fake
    hello = updates.text(VASYA, "привет всем")
    fake.push(hello)
    fake.wait(lambda f: decided(tmp_path / "ledger.db", hello["update_id"]))
    ledger = Ledger(str(tmp_path / "ledger.db"))  # a second process: it only queues
    try:
        intake.put(ledger, Event("console:1", "command", str(CHAT["id"]), str(OWNER["id"]),
                                 datetime.now(UTC), text="/warn @201 7d флуд",
                                 extra={"via": "console"}))
        fake.wait(lambda f: any(c.method == "sendMessage" and c.params["chat_id"] == CHAT["id"]
                                for c in f.actions()))
        (notice,) = [c.params["text"] for c in fake.actions() if c.method == "sendMessage"]
        assert "tg://user?id=201" in notice and "варн, 7 дн." in notice
        assert intake.waiting(ledger) == 0
    finally:
        ledger.close()
