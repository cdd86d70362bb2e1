"""``/rules``, ``/me`` and ``/report`` in reply, through the real bot and the fake API."""

from __future__ import annotations

import pytest

from tests.telegram.conftest import CHAT, OWNER, Updates, person

pytestmark = pytest.mark.slow
VASYA = person(201, "Вася", "vasya")
PETYA = person(202, "Петя", "petya")


def texts(fake, chat: int) -> list[str]:
    return [c.params["text"] for c in fake.actions()
            if c.method == "sendMessage" and c.params["chat_id"] == chat]


def test_rules_me_and_report_in_reply(telegram, updates: Updates) -> None:
    server, _ = telegram()
    fake = server.fake
    fake.push(*(updates.sticker(VASYA) for _ in range(4)))
    fake.wait(lambda f: len(texts(f, CHAT["id"])) == 1)  # the 14-day warn

    fake.push(updates.text(VASYA, "/me"))
    fake.wait(lambda f: len(texts(f, CHAT["id"])) == 2)
    me = texts(fake, CHAT["id"])[1]
    assert "#1 варн, 14 дн., до" in me and "(1.1-flood)" in me
    # /me itself is a question to the bot, not chat activity: 4 stickers this week
    assert "Возвращений осталось: 3" in me and "Сообщений за неделю: 4 из 150" in me

    fake.push(updates.text(PETYA, "/rules"))
    fake.wait(lambda f: len(texts(f, CHAT["id"])) == 3)
    rules = texts(fake, CHAT["id"])[2]
    assert rules.startswith("<b>Правила «Клинт»</b>") and "1.1 — Спам" in rules and "12.2 —" in rules
    fake.push(updates.text(PETYA, "/rules 7.2"))
    fake.wait(lambda f: len(texts(f, CHAT["id"])) == 4)
    assert texts(fake, CHAT["id"])[3] == "7.2 При неактивности в 3 дня Вы будете удалены."

    spam = updates.sticker(VASYA)
    fake.push(spam, updates.text(PETYA, "/report флудит стикерами", reply_to=spam))
    fake.wait(lambda f: len(texts(f, OWNER["id"])) == 1)
    summary = texts(fake, OWNER["id"])[0]
    assert "complaint #1 from @202: флудит стикерами (1/5 distinct)" in summary
    assert "tg://user?id=201" in summary


def test_the_bot_loads_its_models_as_it_starts_and_answers_meanwhile(telegram,
                                                                     updates: Updates) -> None:
    """By default (no --lazy) the encoders load on a thread at start: the log says so, and a
    command is answered whether or not the load has finished."""
    server, bot = telegram(warm=True)
    fake = server.fake
    fake.push(updates.text(PETYA, "/rules 7.2"))
    fake.wait(lambda f: len(texts(f, CHAT["id"])) == 1)
    assert texts(fake, CHAT["id"])[0] == "7.2 При неактивности в 3 дня Вы будете удалены."
    fake.wait(lambda f: "models loaded in" in bot.log.read_text(encoding="utf-8", errors="replace"))
