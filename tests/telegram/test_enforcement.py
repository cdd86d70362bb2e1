"""End to end: the bot against the fake Bot API, asserting the exact calls it makes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from tests.telegram.conftest import CHAT, OWNER, Updates, person
from tests.telegram.fake_api import FakeTelegram

pytestmark = pytest.mark.slow
MSK = ZoneInfo("Europe/Moscow")
VASYA = person(201, "Вася", "vasya")
PETYA = person(202, "Петя", "petya")


def sends(fake: FakeTelegram, chat: int = CHAT["id"]) -> list[dict]:
    return [c.params for c in fake.actions() if c.method == "sendMessage" and c.params["chat_id"] == chat]


def test_fourth_sticker_in_a_row_gets_a_14_day_warn_notice(telegram, updates: Updates) -> None:
    server, _ = telegram()
    fake = server.fake
    stickers = [updates.sticker(VASYA) for _ in range(4)]
    fake.push(*stickers[:3])
    fake.wait(lambda f: f.confirmed_offset() > stickers[2]["update_id"])
    assert fake.actions() == []  # three in a row are allowed
    fake.push(stickers[3])
    fake.wait(lambda f: len(sends(f)) == 1)
    notice = sends(fake)[0]
    fourth = stickers[3]["message"]
    until = datetime.fromtimestamp(fourth["date"], UTC) + timedelta(days=14)
    assert notice["reply_parameters"]["message_id"] == fourth["message_id"]
    assert "Правило 1.1:" in notice["text"]
    assert "Чрезмерное количество GIF, стикеров или эмодзи" in notice["text"]
    assert f"варн, 14 дн., до {until.astimezone(MSK):%d.%m.%Y %H:%M} MSK" in notice["text"]
    assert 'href="tg://user?id=201"' in notice["text"]
    assert [c.method for c in fake.actions()] == ["sendMessage"]  # a warn restricts nothing
