"""The Matrix adapter against a real Synapse: what members and moderators see happen."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from tests.matrix.conftest import BOT, CALIMERO, KLINT

pytestmark = pytest.mark.slow
SPAM = "Buy cheap followers now, best price, write me"


def test_spam_is_redacted_with_a_notice(scene) -> None:
    room, _bot = scene(CALIMERO, ("alice",))
    sent = room.hs.send(room.people["alice"], room.room, SPAM)
    room.wait(room.sanctions, "a sanction")
    room.settled()
    assert room.sanctions() == [(room.key("alice"), "warning", "spam", None, 0)]
    assert room.redacted(sent)
    notices = room.bot_messages()
    assert len(notices) == 1
    content = notices[0]["content"]
    assert content["msgtype"] == "m.notice" and content["format"] == "org.matrix.custom.html"
    assert "a warning" in content["body"] and "No Spam" in content["body"]
    assert content["m.relates_to"]["m.in_reply_to"]["event_id"] == sent


def _term(room, user: str) -> timedelta:
    start, until = room.rows("SELECT start, until FROM sanctions WHERE user = ? ORDER BY id DESC "
                             "LIMIT 1", user)[0]
    return datetime.fromisoformat(until) - datetime.fromisoformat(start)


def test_ladder_warning_then_mute_by_power_level_then_ban(scene) -> None:
    """Calimero's spam ladder, one step per offence: a warning, a day's suspension (power
    level -1, lifted by the bot at term end), a week's, then a ban, written to no list."""
    room, _bot = scene(CALIMERO, ("alice",))
    alice, key = room.people["alice"], room.key("alice")
    kinds = []
    for step, (kind, days) in enumerate([("warning", None), ("suspend", 1.0), ("suspend", 7.0),
                                         ("ban", None)], start=1):
        # a newcomer's spam is judged by the model; later on, repeating it is what counts
        for _ in range(3 if step == 4 else 1):
            room.hs.send(alice, room.room, f"{SPAM} #{step}")
        room.wait(lambda n=step: len(room.sanctions()) >= n, f"ladder step {step}")
        room.settled()
        kinds.append((kind, days))
        assert [(s[1], s[3]) for s in room.sanctions()] == kinds
        if kind == "suspend":
            assert room.levels()["users"][alice] == -1
            assert _term(room, key) == timedelta(days=days)
            (due,), = room.rows("SELECT due FROM mx_lifts WHERE user = ?", alice)
            (until,) = room.rows("SELECT until FROM sanctions WHERE user = ? ORDER BY id DESC "
                                 "LIMIT 1", key)[0]
            assert datetime.fromisoformat(due) == datetime.fromisoformat(until)
            room.hs.send(room.admin, room.room, f"!pardon @{alice}")   # lets alice speak again
            room.wait(lambda: alice not in room.levels()["users"], "the pardon to restore her voice")
            room.settled()
    assert room.hs.membership(room.room, alice, room.owner) == "ban"
