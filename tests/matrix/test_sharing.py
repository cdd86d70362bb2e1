"""What only Matrix has: a ban list shared between rooms, and backlogs with their own times."""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from itertools import pairwise

import pytest

from tests.matrix.conftest import BOT, KLINT

pytestmark = pytest.mark.slow


def test_a_ban_goes_on_the_policy_list_and_bans_on_join_elsewhere(synapse, scene) -> None:
    owner = synapse.person("listowner")
    shared = synapse.create_room(owner, "ban list", bot=BOT, levels={BOT: 100})
    room, _bot = scene(KLINT, ("carol",), "--policy-list", shared)
    carol = room.people["carol"]
    room.hs.send(room.admin, room.room, f"!ban {carol} raids other rooms")
    room.wait(lambda: synapse.state(shared, "m.policy.rule.user", f"rule:{carol}", owner),
              "the rule on the list")
    rule = synapse.state(shared, "m.policy.rule.user", f"rule:{carol}", owner)
    assert rule["entity"] == carol and rule["recommendation"] == "m.ban"
    assert "raids other rooms" in rule["reason"]
    other = synapse.create_room(room.owner, "room B", bot=BOT, levels={BOT: 100})
    room.wait(lambda: synapse.membership(other, BOT, room.owner) == "join", "the bot in room B")
    synapse.invite(room.owner, other, carol)
    synapse.join(carol, other)
    room.wait(lambda: synapse.membership(other, carol, room.owner) == "ban", "the ban in room B")
    room.settled()
    bans = room.rows("SELECT chat, user, type FROM sanctions WHERE type = 'ban' ORDER BY id")
    assert bans == [(room.room, room.key("carol"), "ban"), (other, room.key("carol"), "ban")]


def test_a_backlog_after_downtime_is_not_a_flood(scene, matrix_bot) -> None:
    """Twenty stickers written over an hour while the bot was down; their own times are
    three minutes apart (more than the two-minute row), so no flood. The bot now takes five
    events per sync, so the backlog is also read back in pages, in order. Four stickers
    sent now, in a row, are a flood."""
    room, bot = scene(KLINT, ("alice",))
    alice = room.people["alice"]
    room.wait(lambda: room.rows("SELECT value FROM mx_state WHERE key = 'since'"), "a sync token")
    bot.stop()
    start = int(time.time() * 1000) - 60 * 60 * 1000
    sent = [room.hs.sticker(alice, room.room, ts=start + i * 180_000) for i in range(20)]
    bot = matrix_bot(room.hs, KLINT, "--timeline", "5", db=room.db)
    room.wait(lambda: len(room.rows("SELECT id FROM events WHERE user = ? AND type = 'message'",
                                    room.key("alice"))) == 20, "the backlog decided", timeout=90)
    assert room.sanctions() == []
    times = [datetime.fromisoformat(ts) for (ts,) in room.rows(
        "SELECT ts FROM events WHERE user = ? AND type = 'message' ORDER BY ts", room.key("alice"))]
    assert {b - a for a, b in pairwise(times)} == {timedelta(minutes=3)}
    decided = room.rows("SELECT ts FROM events WHERE user = ? AND type = 'message' ORDER BY rowid",
                        room.key("alice"))
    assert [datetime.fromisoformat(ts) for (ts,) in decided] == times   # in the order written
    assert len(sent) == 20
    for _ in range(4):
        room.hs.sticker(alice, room.room)
    room.wait(room.sanctions, "the flood of now")
    assert room.sanctions() == [(room.key("alice"), "warn", "1.1-flood", 14.0, 0)]


def test_a_token_the_homeserver_does_not_know_exits_1_unlogged(synapse, matrix_bot,
                                                                tmp_path) -> None:
    bot = matrix_bot(synapse, KLINT, db=tmp_path / "bad.db", token="syt_not_a_real_token_123456")
    assert bot.proc.wait(60) == 1
    assert "does not know this access token" in bot.log.read_text()
