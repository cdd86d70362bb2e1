"""One test per Клинт rule, with the document's own numbers: counts, terms, ladder steps."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.conftest import MSK, Chat, actions, rules


def test_1_1_third_repeat_warns_and_next_offence_is_a_7_day_warn(chat: Chat) -> None:
    assert chat.say("vasya", "купите слона") == []
    assert chat.say("vasya", "купите слона") == []
    third = chat.say("vasya", "купите слона")
    assert rules(third) == ["1.1"]
    assert actions(third) == [("warning", None)]
    # The offence consumed those three; the next three repeats are the next offence.
    assert chat.say("vasya", "купите слона!!!") == []
    assert chat.say("vasya", "купите слона") == []
    second = chat.say("vasya", "Купите  слона")
    assert actions(second) == [("warn", 7.0)]
    assert second[0].actions[0].until == chat.now + timedelta(days=7)


def test_1_1_meaningless_messages_count_too(chat: Chat) -> None:
    chat.say("vasya", "фывапр")
    chat.say("vasya", "ааааааа")
    assert rules(chat.say("vasya", "йцукен")) == ["1.1"]


def test_1_1_replies_and_storytelling_are_not_spam(chat: Chat) -> None:
    chat.say("petya", "как прошёл день?")
    first = chat.last.id
    for _ in range(3):
        assert chat.say("vasya", "отлично", reply_to=first) == []
    for part in ("Короче, вчера пошёл в магазин", "а там очередь до самой двери",
                 "и тут кассир говорит что касса сломалась", "в итоге ушёл без хлеба"):
        assert chat.say("vasya", part) == []


def test_1_1_three_stickers_are_fine_four_draw_a_14_day_warn(chat: Chat) -> None:
    for _ in range(3):
        assert chat.media("petya", "sticker") == []
    fourth = chat.media("petya", "gif")
    assert rules(fourth) == ["1.1-flood"]
    assert actions(fourth) == [("warn", 14.0)]
    assert "Более 3 подряд" in fourth[0].citation


def test_1_1_emoji_count_like_stickers(chat: Chat) -> None:
    assert chat.say("petya", "😂😂😂") == []
    assert actions(chat.say("petya", "😂")) == [("warn", 14.0)]
    assert actions(chat.say("masha", "ну вы даёте 😂😂😂😂")) == [("warn", 14.0)]
    assert chat.say("olya", "ну вы даёте 😂😂😂") == []


def test_1_1_a_talk_between_stickers_breaks_the_row(chat: Chat) -> None:
    for _ in range(3):
        chat.media("petya", "sticker")
    chat.say("petya", "ладно, по делу: во сколько встречаемся?")
    assert chat.media("petya", "sticker") == []


def test_1_1_raid_bans_every_raider(chat: Chat) -> None:
    chat.say("old", "всем привет")
    raiders = [f"raider{i}" for i in range(5)]
    for r in raiders:
        chat.join(r, after=timedelta(seconds=10))
    decisions = []
    for r in raiders[:4]:
        decisions += chat.media(r, "sticker", after=timedelta(seconds=1))
    # Four flood items from the burst prove the raid: the four who flooded are banned at once.
    assert {d.user for d in decisions} == set(raiders[:4])
    decisions += chat.media(raiders[4], "sticker", after=timedelta(seconds=1))
    banned = {d.user for d in decisions for a in d.actions if a.type == "ban"}
    assert banned == set(raiders)
    assert all(r == "1.1-raid" for r in rules(decisions))
    # No one is banned twice.
    assert sum(a.type == "ban" for d in decisions for a in d.actions) == len(raiders)


def test_1_2_zazyvala_from_a_member_warns_then_14_days(chat: Chat) -> None:
    first = chat.say("vasya", "приглашаю всех!", via_bot="@Zazyvala_Bot")
    assert (rules(first), actions(first)) == (["1.2"], [("warning", None)])
    assert actions(chat.say("vasya", "еще раз", via_bot="зазывала")) == [("warn", 14.0)]


def test_1_2_admins_and_permitted_members_may_use_zazyvala(chat: Chat) -> None:
    assert chat.say("kaanizel", "интерактив!", via_bot="@zazyvala_bot") == []
    chat.command("kaanizel", "/permit @vasya зазывала")
    assert chat.say("vasya", "игра начинается", via_bot="@zazyvala_bot") == []
    assert rules(chat.say("petya", "и я", via_bot="@zazyvala_bot")) == ["1.2"]


def test_1_3_bot_commands_allowed_until_they_become_spam(chat: Chat) -> None:
    for text in ("чанджми", "!топ", "/profile", "ирис кто я"):
        assert chat.say("vasya", text, after=timedelta(seconds=30)) == []
    assert actions(chat.say("vasya", "чанджми", after=timedelta(seconds=30))) == [("warning", None)]


def test_10_3_insulting_the_administration_is_a_30_day_warn(chat: Chat) -> None:
    chat.say("vasya", "админ дурак")
    insult = chat.last.id
    out = chat.command("kaanizel", "/punish @vasya 10.3 оскорбление администрации", reply_to=insult)
    assert (rules(out), actions(out)) == (["10.3"], [("warn", 30.0)])
    assert out[0].user == "vasya" and out[0].actor == "kaanizel"


def test_punish_by_reply_applies_the_ladder_with_deletion(chat: Chat) -> None:
    chat.say("vasya", "злая шутка")
    joke = chat.last.id
    out = chat.command("kaanizel", "/punish 3.1", reply_to=joke)
    assert actions(out) == [("warning", None), ("delete", None)]
    assert out[0].user == "vasya" and out[0].actions[1].message == joke
    chat.say("vasya", "ещё одна")
    assert actions(chat.command("kaanizel", "наказать 3.1", reply_to=chat.last.id)) == [("warn", 14.0)]


def test_a_members_command_is_refused_and_changes_nothing(chat: Chat) -> None:
    out = chat.command("vasya", "/ban @petya")
    assert actions(out) == [("refuse", None)]
    assert out[0].user == "vasya"
    assert chat.engine.state.chat("klint").sanctions.get("petya") is None
    out = chat.command("vasya", "/exempt @vasya")
    assert actions(out) == [("refuse", None)]
    assert not chat.engine.state.chat("klint").members["vasya"].exempt


def test_7_2_silent_3_days_removed_at_the_saturday_purge_admins_never(chat: Chat) -> None:
    chat.say("kaanizel", "я владелец")
    chat.say("quiet", "я тут")
    chat.at(datetime(2026, 11, 21, 11, 59, tzinfo=MSK))
    chat.say("lively", "я пишу каждый день")
    out = chat.say("lively", "суббота!", after=timedelta(minutes=2))   # 12:01, after the purge time
    purge = [d for d in out if d.event == "purge:2026-11-21"]
    assert {d.user for d in purge} == {"quiet"}
    assert purge[0].rules == ["7.2"]
    assert actions(purge) == [("kick", None)]
    assert purge[0].ts == datetime(2026, 11, 21, 12, 0, tzinfo=MSK)


TALK = ["как дела", "что нового", "я на работе", "скоро буду", "смотрел матч?", "пошли гулять",
        "купил хлеб", "идёт дождь", "сделал уроки", "кот спит", "ужин готов", "читаю книгу",
        "слушаю музыку", "поеду домой", "завтра выходной", "всем спокойной ночи", "доброе утро",
        "какой фильм?", "люблю чай", "устал сегодня", "пробка жуткая", "в кино идём"]


def test_7_1_weekly_quota_150_or_100_for_the_exempted(chat: Chat) -> None:
    chat.command("kaanizel", "/exempt @student")
    start = datetime(2026, 11, 16, 10, 1, tzinfo=MSK)
    for day in range(13):                      # Mon 16 … Sat 28 November
        chat.at(start + timedelta(days=day))
        measured = day >= 6                    # Sun 22 … Sat 28: the week the purge of the 28th counts
        for user, count in (("worker", 22), ("student", 15), ("lazy", 20)):
            for i in range(count if measured else 5):
                chat.say(user, TALK[i % len(TALK)], after=timedelta(seconds=1))
    # That week: worker 154 ≥ 150, student 105 ≥ 100 (exempted), lazy 140 < 150.
    chat.at(datetime(2026, 11, 28, 12, 0, tzinfo=MSK))
    out = chat.say("worker", "опять суббота")
    purge = [d for d in out if d.event == "purge:2026-11-28"]
    assert {d.user: d.rules for d in purge} == {"lazy": ["7.1"]}
    assert actions(purge) == [("kick", None)]


def test_12_1_the_fourth_return_is_refused(chat: Chat) -> None:
    chat.join("boomer")
    for n in range(3):
        chat.send("leave", "boomer")
        assert chat.join("boomer") == [], f"return {n + 1} is allowed"
    chat.send("leave", "boomer")
    out = chat.join("boomer")
    assert (rules(out), actions(out)) == (["12.1"], [("ban", None)])


def test_12_1_no_return_after_removal_for_conflict(chat: Chat) -> None:
    chat.join("troll")
    for i in range(5):
        chat.send("complaint", f"reporter{i}", text=_complaint("troll"))
    out = chat.join("troll")
    assert (rules(out), actions(out)) == (["12.1"], [("ban", None)])


def _complaint(target: str, reason: str = "оскорбления") -> str:
    return (f"Роль человека на которого жалоба: участник\nЕго юз: @{target}\n"
            f"Ссылка на соо/скрин: https://t.me/c/1/2\nПричина жалобы: {reason}")


def test_12_2_fifth_valid_complaint_from_fifth_reporter_removes(chat: Chat) -> None:
    chat.say("troll", "я тут главный")
    for i in range(4):
        out = chat.send("complaint", f"r{i}", text=_complaint("troll"))
        assert actions(out) == [("notify_owner", None)], "each complaint reaches the owner"
        assert out[0].user == "troll"
    # The same reporter again counts once; a complaint without the template is refused.
    assert actions(chat.send("complaint", "r0", text=_complaint("troll"))) == [("notify_owner", None)]
    refused = chat.send("complaint", "r5", text="он плохой, удалите")
    assert actions(refused) == [("refuse", None)] and refused[0].user == "r5"
    assert "Его юз:" in (refused[0].actions[0].note or "")
    out = chat.send("complaint", "r4", text=_complaint("troll"))
    assert (out[0].user, rules(out)) == ("troll", ["12.2"])
    assert actions(out) == [("notify_owner", None), ("kick", None)]
    assert out[0].actions[1].conflict


def test_complaints_about_an_admin_go_to_the_owner_and_never_remove(chat: Chat) -> None:
    chat.send("role", "adminka", role="admin")
    for i in range(6):
        out = chat.send("complaint", f"r{i}", text=_complaint("adminka", "злоупотребляет"))
        assert (rules(out), actions(out)) == (["10.1"], [("review", None), ("notify_owner", None)])


def test_10_2_appeal_goes_to_review_and_overturn_lifts_it(chat: Chat) -> None:
    for _ in range(4):
        chat.media("petya", "sticker")
    warn = chat.engine.state.chat("klint").sanctions["petya"][0]
    out = chat.send("appeal", "petya", text="я не флудил", sanction=str(warn.id))
    assert (rules(out), actions(out)) == (["10.2"], [("review", None), ("notify_owner", None)])
    out = chat.command("kaanizel", f"/overturn {warn.id}")
    assert actions(out) == [("pardon", None)]
    assert warn.lifted_at is not None
    # An overturned offence does not count for recidivism: the next flood is step 1 again.
    assert chat.engine.sanctioner.step_index(chat.engine.state.chat("klint"), "petya",
                                             chat.engine.policy.rule("1.1-flood"), chat.now) == 0


def test_appeal_of_an_unknown_sanction_is_refused(chat: Chat) -> None:
    assert actions(chat.send("appeal", "petya", text="?", sanction="999")) == [("refuse", None)]


def test_9_2_a_company_joining_through_one_link_goes_to_review(chat: Chat) -> None:
    assert chat.join("a", invite_link="https://t.me/+abc") == []
    assert chat.join("b", invite_link="https://t.me/+abc") == []
    out = chat.join("c", invite_link="https://t.me/+abc")
    assert rules(out) == ["9.2"] * 3
    assert {d.user for d in out} == {"a", "b", "c"}
    assert all(actions([d]) == [("review", None)] for d in out)


def test_warn_expires_after_its_term(chat: Chat) -> None:
    out = chat.command("kaanizel", "/warn @vasya 2w флуд")
    sanction = chat.engine.state.chat("klint").sanctions["vasya"][0]
    assert actions(out) == [("warn", 14.0)] and sanction.active(chat.now)
    chat.at(chat.now + timedelta(days=14, seconds=1))
    chat.say("someone", "прошло две недели")
    assert sanction.expired and not sanction.active(chat.now)


def test_pardon_lifts_active_sanctions(chat: Chat) -> None:
    chat.command("kaanizel", "/mute @vasya 12h")
    chat.command("kaanizel", "варн @vasya неделя")
    out = chat.command("kaanizel", "/pardon @vasya")
    assert actions(out) == [("pardon", None)]
    assert all(s.lifted_at for s in chat.engine.state.chat("klint").sanctions["vasya"])


def test_escalation_after_remarks_and_a_warn_queues_removal(chat: Chat) -> None:
    chat.say("vasya", "x")
    chat.command("kaanizel", "/punish 3.1", reply_to=chat.last.id)
    chat.say("vasya", "y")
    chat.command("kaanizel", "/punish 5.1", reply_to=chat.last.id)
    out = chat.command("kaanizel", "/warn @vasya 1w")
    assert "12.2-note" in rules(out)
    assert ("review", None) in actions(out)


LADDERS = {   # rule: (first offence, second offence), as the document words them
    "2.2": ([("warning", None)], [("warn", 14.0)]),
    "3.1": ([("warning", None), ("delete", None)], [("warn", 14.0)]),
    "3.3": ([("warning", None), ("delete", None)], [("warn", 14.0)]),
    "3.4": ([("warning", None), ("delete", None)], [("warn", 14.0)]),
    "4.1": ([("warn", 14.0), ("delete", None)], [("warn", 14.0), ("delete", None)]),
    "5.1": ([("warning", None), ("delete", None)], [("warn", 14.0)]),
    "10.3": ([("warn", 30.0)], [("warn", 30.0)]),
    "10.4": ([("warn", None)], [("ban", None)]),
}


@pytest.mark.parametrize("rule", sorted(LADDERS))
def test_human_rules_apply_their_ladder_through_punish(chat: Chat, rule: str) -> None:
    first, second = LADDERS[rule]
    chat.send("role", "lena", role="moderator")
    for expected in (first, second):
        chat.say("vasya", f"нарушение {len(chat.engine.state.chat('klint').offences.get('vasya', []))}")
        out = chat.command("lena", f"/punish {rule}", reply_to=chat.last.id)
        assert rules(out) == [rule] and actions(out) == expected


@pytest.mark.parametrize("rule", ["2.1", "2.3", "3.2", "8.1", "8.3"])
def test_punishing_under_a_rule_that_names_no_sanction_is_refused(chat: Chat, rule: str) -> None:
    out = chat.command("kaanizel", f"/punish @vasya {rule}")
    assert actions(out) == [("refuse", None)]
    assert "names no sanction" in (out[0].actions[0].note or "")


def test_admins_are_never_sanctioned_by_the_machine(chat: Chat) -> None:
    chat.send("role", "lena", role="admin")
    for _ in range(3):
        out = chat.media("lena", "sticker")
    out = chat.media("lena", "sticker")
    assert actions(out) == [("review", None), ("notify_owner", None)]
    assert not chat.engine.state.chat("klint").sanctions.get("lena")


def test_4_2_scam_link_warns_and_deletes_then_14_days(chat: Chat) -> None:
    out = chat.say("vasya", "халява тут: hxxp://telegram-gift-premium[.]xyz/claim")
    assert (rules(out), actions(out)) == (["4.2"], [("warning", None), ("delete", None)])
    assert out[0].actions[1].message == chat.last.id
    out = chat.say("vasya", "ещё раз http://telegram-gift-premium.xyz")
    assert actions(out) == [("warn", 14.0), ("delete", None)]
    assert chat.say("masha", "читаю https://ru.wikipedia.org/wiki/Кот") == []


def test_6_1_mass_advertising_is_a_14_day_warn_and_deletion(chat: Chat) -> None:
    out = chat.say("spammer", "Заработок от 5000 рублей в день без вложений! Пиши в лс, обучу 💰💰")
    assert (rules(out), actions(out)) == (["6.1"], [("warn", 14.0), ("delete", None)])


def test_6_2_role_play_ads_are_punished_but_ones_own_channel_is_allowed(chat: Chat) -> None:
    out = chat.say("advertiser", "Вступайте в нашу ролевую! Набор открыт: t.me/+RolePlayKingdom")
    assert (rules(out), actions(out)) == (["6.2"], [("warn", 14.0), ("delete", None)])
    assert chat.say("masha", "кстати, у меня свой канал про котиков: t.me/masha_cats") == []


def test_11_1_a_phone_number_is_a_warning_and_deletion(chat: Chat) -> None:
    out = chat.say("troll", "вот номер его отца: +7 912 345-67-89, звоните")
    assert (rules(out), actions(out)) == (["11.1"], [("warning", None), ("delete", None)])
    assert "+7 912" not in repr(out[0].signals), "evidence never echoes the number"
    assert rules(chat.say("troll", "и ещё его 8 (912) 345 67 89")) == ["11.1"]
    assert actions(chat.say("troll", "и ещё его 8 (912) 345 67 89")) == [("warn", 14.0), ("delete", None)]


def test_an_edited_message_is_judged_again(chat: Chat) -> None:
    chat.say("troll", "вот номер")
    original = chat.last.id
    out = chat.send("edit", "troll", text="вот номер Маши: +7 912 345-67-89", extra={"edits": original})
    assert rules(out) == ["11.1"]


def test_9_1_a_pair_talking_only_to_each_other_goes_to_review(chat: Chat) -> None:
    chat.join("sasha", invite_link="https://t.me/+pair")
    chat.join("anya", invite_link="https://t.me/+pair")
    chat.say("sasha", "ань, ты тут?")
    last = chat.last.id
    out = []
    for i in range(10):
        out += chat.say("anya" if i % 2 == 0 else "sasha", f"ответ номер {i} про наше", reply_to=last)
        last = chat.last.id
    assert {d.user for d in out} == {"anya", "sasha"}
    assert set(rules(out)) == {"9.1"} and {a for a, _ in actions(out)} == {"review"}


def test_12_1_a_removed_member_back_under_a_new_account_goes_to_review(chat: Chat) -> None:
    chat.say("troll", "всем привет, я Тролль", extra={"name": "Troll Master", "username": "troll_master"})
    chat.command("kaanizel", "/punish @troll 10.4")
    chat.command("kaanizel", "/punish @troll 10.4")           # warn, then ban
    assert chat.engine.state.chat("klint").members["troll"].banned
    out = chat.join("troll2", extra={"name": "Tr0ll Masтer", "username": "tr0ll_master"})
    assert (rules(out), actions(out)) == (["12.1-evasion"], [("review", None)])
    assert "troll" in out[0].explanation
    assert chat.join("masha", extra={"name": "Маша", "username": "masha"}) == []


def test_3_1_a_clear_insult_is_queued_not_punished(chat: Chat) -> None:
    chat.say("petya", "я сегодня опоздал")
    out = chat.say("vasya", "ты тупой идиот, заткнись", reply_to=chat.last.id)
    assert (rules(out), actions(out)) == (["3.1"], [("review", None)])
    assert not chat.engine.state.chat("klint").sanctions.get("vasya")
    assert chat.say("masha", "пойдём сегодня в кино?") == []


def test_10_3_an_insult_aimed_at_the_administration_is_queued_under_10_3(chat: Chat) -> None:
    chat.send("role", "lena", role="admin")
    chat.say("lena", "пожалуйста, без флуда")
    out = chat.say("vasya", "ты тупой идиот, заткнись", reply_to=chat.last.id)
    assert (rules(out), actions(out)) == (["10.3"], [("review", None)])
    assert "@lena (admin)" in out[0].explanation
    out = chat.say("vasya", "@kaanizel ты тупой идиот")
    assert rules(out) == ["10.3"]
    # The moderator confirms: the ladder the document names, a 30-day warn.
    assert actions(chat.command("lena", "/punish 10.3", reply_to=chat.last.id)) == [("warn", 30.0)]


def test_5_1_war_talk_is_queued_for_a_human(chat: Chat) -> None:
    out = chat.say("olya", "война на границе, они опять бомбят, наши победят")
    assert (rules(out), actions(out)) == (["5.1"], [("review", None)])


def test_3_1_a_question_by_name_is_not_an_insult_to_queue(chat: Chat) -> None:
    assert chat.say("sasha", "ань, ты тут?") == []


def test_3_1_a_member_called_names_by_first_name_is_queued(chat: Chat) -> None:
    """A first name and a name after it put a member down in the third person (left2); a
    thing called stupid is no one insulted."""
    out = chat.say("petya", "Вася дебил")
    assert (rules(out), actions(out)) == (["3.1"], [("review", None)])
    assert chat.say("masha", "дебильная погода") == []


def test_hostile_variants_of_a_repeat_still_count(chat: Chat) -> None:
    """Zero-width characters, Latin look-alikes and stretched letters do not make a new text."""
    chat.say("vasya", "купите слона")
    chat.say("vasya", "куп\u200bите сл\u200dона")
    out = chat.say("vasya", "kупите слоооона")         # Latin k, stretched о
    assert (rules(out), actions(out)) == (["1.1"], [("warning", None)])


def test_a_huge_message_is_judged_not_choked_on(chat: Chat) -> None:
    out = chat.say("vasya", "вот номер Маши +7 912 345-67-89 " + "бла " * 50_000)
    assert rules(out) == ["11.1"]
    assert chat.say("vasya", "\u200b" * 100_000 + "привет") == []


def test_6_1_review_a_members_two_words_are_not_queued_a_newcomers_are(chat: Chat) -> None:
    """«Напиши мне» from a member is no mass mailing; from a newcomer it is queued for 6.1,
    and a member's «напиши мне в лс» still is."""
    chat.say("masha", "всем привет")
    chat.at(chat.now + timedelta(days=2))      # no longer new: past newcomer_hours
    assert chat.say("masha", "Напиши мне") == []
    out = chat.say("masha", "Напиши мне в лс")
    assert (rules(out), actions(out)) == (["6.1-review"], [("review", None)])
    chat.join("newbie")
    out = chat.say("newbie", "Напиши мне")
    assert (rules(out), actions(out)) == (["6.1-review"], [("review", None)])
