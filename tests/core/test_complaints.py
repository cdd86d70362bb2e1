"""Complaints (Клинт 12.2, 10.1) as the other platforms and the console see them."""

from __future__ import annotations

import pytest

from tests.conftest import Chat, actions, rules


def _complaint(target: str, reason: str = "оскорбления") -> str:
    return (f"Роль человека на которого жалоба: участник\nЕго юз: {target}\n"
            f"Ссылка на соо/скрин: https://t.me/c/1/2\nПричина жалобы: {reason}")


@pytest.mark.parametrize("written", ["@bob:other.org", "bob:other.org", "@bob:other.org:8448"])
def test_a_complaint_names_a_matrix_member_of_another_homeserver(chat: Chat, written: str) -> None:
    key = written.removeprefix("@")
    chat.say(key, "привет")
    out = chat.send("complaint", "r0", text=_complaint(written))
    assert (out[0].user, rules(out), actions(out)) == (key, ["12.2"], [("notify_owner", None)])
    assert [c.target for c in chat.engine.state.chat("klint").complaints[key]] == [key]


def test_a_telegram_name_still_ends_at_punctuation(chat: Chat) -> None:
    chat.say("troll", "я тут главный")
    assert chat.send("complaint", "r0", text=_complaint("@troll, он хамит"))[0].user == "troll"
