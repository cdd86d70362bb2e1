"""The Matrix adapter against a real Synapse: what members and moderators see happen."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import datetime, timedelta

import pytest

from tests.matrix.conftest import BOT, CALIMERO, KLINT

pytestmark = pytest.mark.slow
SPAM = "Work from home and earn $500 a day, dm me to join"
"""An offer and a call to act: the advertising detector, a rule without a model (a model's
score would depend on its per-chat budget, so on timing), flags it as Calimero's spam."""


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
            room.hs.send(room.admin, room.room, f"!pardon {alice}")   # lets alice speak again
            room.wait(lambda: alice not in room.levels()["users"], "the pardon to restore her voice")
            room.settled()
    assert room.hs.membership(room.room, alice, room.owner) == "ban"


def test_moderator_commands_by_power_level(scene) -> None:
    """A power-level-50 moderator warns and mutes, a member's command is refused, the
    admin (100) bans, and a pardon unbans and gives the voice back."""
    room, _bot = scene(KLINT, ("alice", "bob"))
    alice, bob = room.people["alice"], room.people["bob"]
    key = room.key("alice")
    room.hs.send(bob, room.room, f"!warn {room.mod} 1w")        # a member: refused
    room.hs.send(room.mod, room.room, f"!warn {alice} 1w")
    room.hs.send(room.mod, room.room, f"!mute {alice} 2w")
    room.wait(lambda: len(room.sanctions()) >= 2, "the warn and the mute")
    room.settled()
    assert room.sanctions() == [(key, "warn", None, 7.0, 0), (key, "mute", None, 14.0, 0)]
    assert room.levels()["users"][alice] == -1
    refusals = [e for e in room.bot_messages() if "needs the role" in e["content"]["body"]]
    assert len(refusals) == 1
    with closing(sqlite3.connect(room.db, timeout=30)) as conn, conn:   # the term ends now
        conn.execute("UPDATE mx_lifts SET due = '2000-01-01T00:00:00+00:00' WHERE user = ?",
                     (alice,))
    room.wait(lambda: alice not in room.levels()["users"], "the bot's clock to lift the mute")
    room.hs.send(room.admin, room.room, f"!ban {alice}")
    room.wait(lambda: room.hs.membership(room.room, alice, room.owner) == "ban", "the ban")
    room.hs.send(room.admin, room.room, f"!pardon {alice}")
    room.wait(lambda: room.hs.membership(room.room, alice, room.owner) == "leave", "the unban")
    room.wait(lambda: alice not in room.levels()["users"], "the voice back")
    room.settled()
    assert [s[1:] for s in room.sanctions()] == [("warn", None, 7.0, 1), ("mute", None, 14.0, 1),
                                                ("ban", None, None, 1)]
    assert room.rows("SELECT count(*) FROM mx_lifts") == [(0,)]


def test_reports_become_complaints(scene) -> None:
    """A report filed with the homeserver (read from its admin API) and ``!report`` in reply
    to a message both reach the complaints desk in the policy's template."""
    room, _bot = scene(KLINT, ("alice", "bob", "carol"))
    alice, bob, carol = (room.people[n] for n in ("alice", "bob", "carol"))
    rude = room.hs.send(alice, room.room, "you are all clowns here")
    room.hs.report(bob, room.room, rude, "insults")
    room.hs.send(carol, room.room, "!report insults everyone", reply_to=rude)
    found = room.wait(lambda: (rows := room.rows(
        "SELECT reporter, target, event_id FROM complaints ORDER BY id")) and len(rows) >= 2 and rows,
        "two complaints")
    assert sorted(found) == sorted([(room.key("bob"), room.key("alice"), found[0][2]),
                                    (room.key("carol"), room.key("alice"), found[1][2])])
    assert any(event.startswith("report:") for _, _, event in found)
    assert BOT not in {r for r, _, _ in found}


def test_the_gravest_rule_bans_suspends_the_room_and_refers(scene, tmp_path) -> None:
    """The owner applies Calimero's CSAM rule by command: the member is banned, the room
    goes read-only for members (``events_default`` to the moderators' 50), the referral
    bundle is written and the owner gets the admins' copy naming it."""
    referrals = tmp_path / "referrals"
    room, _bot = scene(CALIMERO, ("mallory",), "--referrals", str(referrals))
    mallory = room.people["mallory"]
    room.hs.send(mallory, room.room, "hello")
    room.hs.send(room.owner, room.room, f"!punish {mallory} csam")
    room.wait(lambda: room.hs.membership(room.room, mallory, room.owner) == "ban", "the ban")
    room.wait(lambda: room.levels().get("events_default") == 50, "the room suspended")
    room.settled()
    assert [s[1:3] for s in room.sanctions()] == [("ban", "csam")]
    assert list(referrals.rglob("*")), "no referral bundle"
    told = room.rows("SELECT params FROM delivery_steps WHERE method = 'direct' AND status = 'done'")
    assert len(told) == 1 and room.owner in told[0][0] and str(referrals) in told[0][0]
    assert any("suspended" in e["content"]["body"] for e in room.bot_messages())


def test_an_appeal_in_a_direct_room_reaches_the_group(scene) -> None:
    """The notice says to appeal to the bot in private: on Matrix that is a direct room."""
    room, _bot = scene(KLINT, ("alice",))
    alice = room.people["alice"]
    room.hs.send(alice, room.room, "hello all")
    room.hs.send(room.mod, room.room, f"!warn {alice} 1w")
    room.wait(room.sanctions, "the warn")
    (sanction,), = room.rows("SELECT id FROM sanctions")
    direct = room.hs.call("POST", "/createRoom", alice, {"is_direct": True, "invite": [BOT],
                                                         "preset": "trusted_private_chat"})["room_id"]
    room.wait(lambda: room.hs.membership(direct, BOT, alice) == "join", "the bot in the DM")
    room.hs.send(alice, direct, f"/appeal {sanction} it was a joke")
    appeals = room.wait(lambda: room.rows("SELECT chat, user, sanction_id, text FROM appeals"),
                        "the appeal")
    assert appeals == [(room.room, room.key("alice"), sanction, "it was a joke")]
    answers = room.wait(lambda: [e for e in room.hs.messages(direct, alice) if e["sender"] == BOT
                                 and e["type"] == "m.room.message"], "the answer")
    assert "Апелляция принята" in answers[0]["content"]["body"]
    assert room.rows("SELECT count(*) FROM events WHERE chat = ?", direct) == [(0,)]
