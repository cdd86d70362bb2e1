"""End to end: the bot against the fake Bot API, asserting the exact calls it makes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from chatwarden.detect.registry import REGISTRY
from tests.telegram.conftest import CHAT, OWNER, Updates, decided, person
from tests.telegram.fake_api import FakeTelegram, Fault

pytestmark = pytest.mark.slow
MSK = ZoneInfo("Europe/Moscow")
VASYA = person(201, "Вася", "vasya")
PETYA = person(202, "Петя", "petya")


def sends(fake: FakeTelegram, chat: int = CHAT["id"]) -> list[dict]:
    return [c.params for c in fake.actions() if c.method == "sendMessage" and c.params["chat_id"] == chat]


def test_fourth_sticker_in_a_row_gets_a_14_day_warn_notice(telegram, updates: Updates,
                                                           tmp_path: Path) -> None:
    server, _ = telegram()
    fake = server.fake
    stickers = [updates.sticker(VASYA) for _ in range(4)]
    fake.push(*stickers[:3])
    fake.wait(lambda f: decided(tmp_path / "ledger.db", stickers[2]["update_id"]))
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


def test_a_raid_bans_every_raider_and_deletes_the_flood(telegram, updates: Updates) -> None:
    server, _ = telegram()
    fake = server.fake
    raiders = [person(300 + i, f"Raider{i}") for i in range(5)]
    link = "https://t.me/+AbCdEfGhIjKlMnOp"
    fake.push(*(updates.joined(r, link) for r in raiders))
    flood = [updates.sticker(r, after=1) for r in raiders]
    fake.push(*flood)
    fake.wait(lambda f: sum(c.method == "banChatMember" for c in f.actions()) == 5)
    bans = [c.params for c in fake.actions() if c.method == "banChatMember"]
    assert sorted(b["user_id"] for b in bans) == [r["id"] for r in raiders]
    assert all(b["chat_id"] == CHAT["id"] and "until_date" not in b for b in bans)  # for good
    fake.wait(lambda f: sum(c.method == "deleteMessage" for c in f.actions()) == 2)
    deleted = {c.params["message_id"] for c in fake.actions() if c.method == "deleteMessage"}
    # the raid is proven at the 4th flood item; each message that proves it is removed
    assert deleted == {flood[3]["message"]["message_id"], flood[4]["message"]["message_id"]}
    assert not any(c.method == "unbanChatMember" for c in fake.actions())  # a ban, not a kick


@pytest.mark.skipif("pii" not in REGISTRY, reason="the pii detector is not installed")
def test_a_rule_that_deletes_content_gives_delete_message(telegram, updates: Updates) -> None:
    server, _ = telegram()
    fake = server.fake
    doxx = updates.text(PETYA, "Вот номер Маши: +7 912 345-67-89, звоните")
    fake.push(doxx)
    fake.wait(lambda f: len(sends(f)) == 1)
    mid = doxx["message"]["message_id"]
    first = fake.actions()[0]
    assert (first.method, first.params) == ("deleteMessage", {"chat_id": CHAT["id"], "message_id": mid})
    notice = sends(fake)[0]["text"]
    assert "предупреждение" in notice and "сообщение удалено" in notice and "Правило 11.1" in notice
    # an edit is judged again: a clean message edited into a phone number goes too
    clean = updates.text(VASYA, "напишите мне")
    fake.push(clean)
    fake.push(updates.edited(clean, "напишите ей: +7 912 345-67-89"))
    fake.wait(lambda f: len(sends(f)) == 2)
    deletes = [c.params["message_id"] for c in fake.actions() if c.method == "deleteMessage"]
    assert deletes == [mid, clean["message"]["message_id"]]


def test_moderator_commands_by_reply_username_alias_and_refusals(telegram, updates: Updates) -> None:
    server, _ = telegram()
    fake = server.fake
    hello = updates.text(VASYA, "привет всем")
    offtopic = updates.text(PETYA, "смотрите какую картинку нашёл")
    fake.push(hello, offtopic)
    # /punish 4.1 in reply: the rule's ladder (warn 2 weeks + deletion) for the replied author
    punish = updates.text(OWNER, "/punish 4.1", reply_to=offtopic)
    fake.push(punish)
    fake.wait(lambda f: any(c.method == "deleteMessage" for c in f.actions()))
    fake.wait(lambda f: len(sends(f)) == 1)
    assert [c.params for c in fake.actions() if c.method == "deleteMessage"] == [
        {"chat_id": CHAT["id"], "message_id": offtopic["message"]["message_id"]}]
    assert "Правило 4.1" in sends(fake)[0]["text"] and "tg://user?id=202" in sends(fake)[0]["text"]

    # a member's /ban is refused: a reply to them, and nothing else happens
    refused = updates.text(PETYA, "/ban", reply_to=hello)
    fake.push(refused)
    fake.wait(lambda f: len(sends(f)) == 2)
    reply = sends(fake)[1]
    assert reply["reply_parameters"]["message_id"] == refused["message"]["message_id"]
    assert "admin" in reply["text"]
    assert not any(c.method in ("banChatMember", "restrictChatMember") for c in fake.actions())

    # @username resolves to the id the bot has seen; a Russian alias works as well
    mute = updates.text(OWNER, "/mute @vasya 1d флуд")
    fake.push(mute)
    fake.wait(lambda f: any(c.method == "restrictChatMember" for c in f.actions()))
    restrict = next(c.params for c in fake.actions() if c.method == "restrictChatMember")
    assert restrict["user_id"] == 201
    assert restrict["until_date"] == mute["message"]["date"] + 86400
    assert restrict["permissions"]["can_send_messages"] is False
    fake.push(updates.text(OWNER, "варн @vasya неделя"))
    fake.wait(lambda f: len(sends(f)) == 4)
    assert "варн, 7 дн." in sends(fake)[3]["text"]
    assert "флуд" in sends(fake)[2]["text"]  # the moderator's reason is in the mute notice

    # a name the bot never saw: it asks for a reply instead of guessing
    fake.push(updates.text(OWNER, "/warn @nobody 2w"))
    fake.wait(lambda f: len(sends(f)) == 5)
    assert "@nobody" in sends(fake)[4]["text"]


def test_private_complaints_and_appeals(telegram, updates: Updates) -> None:
    server, _ = telegram()
    fake = server.fake
    fake.push(updates.text(VASYA, "всем привет"), updates.text(PETYA, "и тебе"))
    bad = updates.private(PETYA, "вася плохой, удалите его")
    fake.push(bad)
    fake.wait(lambda f: len(sends(f, PETYA["id"])) == 1)
    back = sends(fake, PETYA["id"])[0]
    assert "Роль человека на которого жалоба:" in back["text"]  # the 12.2 template comes back
    assert back["reply_parameters"]["message_id"] == bad["message"]["message_id"]
    good = updates.private(PETYA, "/report\nРоль человека на которого жалоба: участник\nЕго юз: @vasya\n"
                                  "Ссылка на соо/скрин: https://t.me/c/1234567890/1\nПричина жалобы: флуд")
    fake.push(good)
    fake.wait(lambda f: len(sends(f, OWNER["id"])) == 1 and len(sends(f, PETYA["id"])) == 2)
    assert "complaint #1" in sends(fake, OWNER["id"])[0]["text"]
    assert "tg://user?id=201" in sends(fake, OWNER["id"])[0]["text"]
    fake.push(updates.private(VASYA, "/appeal 99 я не виноват"))
    fake.wait(lambda f: len(sends(f, VASYA["id"])) == 1)
    assert "no sanction #99" in sends(fake, VASYA["id"])[0]["text"]


def test_rate_limited_429_is_waited_out(telegram, updates: Updates) -> None:
    fake = FakeTelegram(OWNER, CHAT, failures={"sendMessage": [Fault("error", 429, retry_after=2)]})
    telegram(fake)
    fake.push(*(updates.sticker(VASYA) for _ in range(4)))
    fake.wait(lambda f: len(sends(f)) == 1)
    tries = [c for c in fake.calls if c.method == "sendMessage"]
    assert [c.status for c in tries] == [429, 200]
    assert tries[1].params == tries[0].params
    assert tries[1].at - tries[0].at >= 2.0


def test_shadow_mode_only_tells_the_admins(telegram, updates: Updates) -> None:
    server, _ = telegram(None, "--shadow")
    fake = server.fake
    fake.push(*(updates.sticker(VASYA) for _ in range(4)))
    fake.wait(lambda f: len(sends(f, OWNER["id"])) == 1)
    assert sends(fake) == []
    report = sends(fake, OWNER["id"])[0]["text"]
    assert report.startswith("Теневой режим") and "варн, 14 дн." in report and "1.1" in report


def test_missing_rights_are_reported_and_decisions_kept_in_shadow(telegram, updates: Updates) -> None:
    fake = FakeTelegram(OWNER, CHAT, bot_rights=False)
    telegram(fake)
    fake.push(*(updates.sticker(VASYA) for _ in range(4)))
    fake.wait(lambda f: len(sends(f, OWNER["id"])) == 2)
    told, shadow = (c["text"] for c in sends(fake, OWNER["id"]))
    assert "удалять сообщения" in told and "блокировать участников" in told
    assert shadow.startswith("Теневой режим")
    assert sends(fake) == []
    # the owner grants the rights: the bot re-reads them (my_chat_member) and enforces
    fake.bot_rights = True
    fake.push(updates.bot_promoted({"can_delete_messages": True, "can_restrict_members": True}))
    fake.push(*(updates.sticker(PETYA) for _ in range(4)))
    fake.wait(lambda f: len(sends(f)) == 1)
    assert "tg://user?id=202" in sends(fake)[0]["text"]
