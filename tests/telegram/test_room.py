"""A group suspended for a term: its permissions are kept before it is made read-only and
given back when the term ends; a second suspension keeps the first one's permissions."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from aiogram.types import ChatPermissions

from chatwarden.adapters.telegram.platform import KEEP, REOPEN_AT, TelegramPlatform
from chatwarden.adapters.telegram.store import TelegramStore
from chatwarden.delivery.port import Outcome, Step
from chatwarden.delivery.texts import Texts
from chatwarden.ledger.store import Ledger
from chatwarden.policy.loader import load_policy

ROOT = Path(__file__).resolve().parents[2]
CHAT = -1001234567890
END = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
BEFORE = {"can_send_messages": True, "can_send_photos": False}


class Sender:
    def __init__(self) -> None:
        self.calls: list[Step] = []

    async def call(self, step: Step) -> Any:
        self.calls.append(step)
        if step.method == "getChat":
            return SimpleNamespace(permissions=ChatPermissions(**BEFORE))  # getChat's answer, in part
        return True


def test_a_suspended_group_gets_its_own_permissions_back_when_the_term_ends(tmp_path: Path) -> None:
    ledger = Ledger(str(tmp_path / "ledger.db"))
    try:
        store, sender = TelegramStore(ledger.engine), Sender()
        platform = TelegramPlatform(Texts(load_policy(ROOT / "policies" / "calimero.en.yaml")),
                                    store, sender)  # type: ignore[arg-type]

        async def suspend(until: datetime) -> None:
            for step in (Step(KEEP, {"chat_id": CHAT}),
                         Step("setChatPermissions", {"chat_id": CHAT, "permissions": {}}),
                         Step(REOPEN_AT, {"chat_id": CHAT, "at": until.isoformat()})):
                assert (await platform.perform(step)).outcome is Outcome.DONE

        asyncio.run(suspend(END))
        asyncio.run(suspend(END - timedelta(days=1)))  # a shorter one meanwhile: the later end stays
        assert [c.method for c in sender.calls] == ["getChat", "setChatPermissions",
                                                    "setChatPermissions"]
        asyncio.run(platform.reopen(END - timedelta(minutes=1)))
        assert len(sender.calls) == 3  # not yet
        asyncio.run(platform.reopen(END))
        given = sender.calls[-1]
        assert given.method == "setChatPermissions"
        assert {k: v for k, v in given.params["permissions"].items() if k in BEFORE} == BEFORE
        assert store.locked(str(CHAT)) is None
    finally:
        ledger.close()
