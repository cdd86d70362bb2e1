"""Клинт's judgement-assisted rules through the real engine (issue 10)."""

from __future__ import annotations

from tests.conftest import Chat, actions, rules


def test_3_1_a_plain_insult_in_the_chat_is_queued_without_reply_or_mention(chat: Chat) -> None:
    out = chat.say("vasya", "ты конченый дебил, заткнись уже и не позорься")
    assert (rules(out), actions(out)) == (["3.1"], [("review", None)])
    assert not chat.engine.state.chat("klint").sanctions.get("vasya")


def test_5_1_laughter_and_single_words_are_not_politics(chat: Chat) -> None:
    assert chat.say("masha", "ХВХВХАХАХА") == []
    assert chat.say("masha", "Голубиной") == []
