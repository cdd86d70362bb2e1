"""``kill -9`` of the bot mid-stream, twice: the room and the ledger end as after a calm run."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from tests.matrix.conftest import BOT, BOT2, KLINT, Scene

pytestmark = pytest.mark.slow
NAMES = ("ann", "ben", "cat", "dan", "eve", "fay")
SLOW = 120
"""Seconds to wait here: two bots and the homeserver share the test machine."""
DOXX = "Вот номер Маши: +7 912 345-67-89, звоните"
"""Someone else's phone number (Клинт 11.1): a warning and the message deleted, decided by
rules alone (no model, no budget), so two runs agree exactly."""


def _send(room: Scene, start: int, stop: int) -> dict[str, str]:
    """Each newcomer posts a phone number once (a warning and a redaction each); the admin
    bans the last two."""
    sent = {}
    for name in NAMES[start:stop]:
        sent[name] = room.hs.send(room.people[name], room.room, DOXX)
    for name in NAMES[max(start, 4):stop]:
        room.hs.send(room.admin, room.room, f"!ban {room.people[name]}")
    return sent


def _outcome(room: Scene, sent: dict[str, str]) -> dict[str, Any]:
    name_of = {room.key(n): n for n in NAMES}
    users = room.levels()["users"]
    return {
        "sanctions": sorted((name_of[u], kind, rule, term) for u, kind, rule, term, _ in room.sanctions()),
        "redacted": {n: room.redacted(e) for n, e in sent.items()},
        "members": {n: room.hs.membership(room.room, room.people[n], room.owner) for n in NAMES},
        "levels": {n: users.get(room.people[n]) for n in NAMES},
        "notices": len(room.bot_messages()),
        "steps": Counter(room.rows("SELECT method, status FROM delivery_steps WHERE platform = 'matrix'")),
        "decisions": room.rows("SELECT count(*) FROM outbox"),
    }


def _decided(room: Scene) -> int:
    return room.rows("SELECT count(*) FROM outbox")[0][0] if room.rows("SELECT 1 FROM outbox") else 0


def test_kill_9_mid_stream_loses_nothing_and_doubles_nothing(scene, matrix_bot) -> None:
    """The same stream (six newcomers post a phone number, the admin bans two) into two rooms
    side by side: one bot runs calmly, the other is killed twice while deciding and acting."""
    calm, _ = scene(KLINT, NAMES, tag="a", bot=BOT)
    crash, bot = scene(KLINT, NAMES, tag="b", bot=BOT2)
    calm_sent = _send(calm, 0, len(NAMES))
    sent = _send(crash, 0, 3)
    crash.wait(crash.sanctions, "a first decision", SLOW)
    bot.kill()                                  # mid-stream: decided, maybe not carried out
    bot = matrix_bot(crash.hs, KLINT, db=crash.db, user=BOT2)
    sent |= _send(crash, 3, len(NAMES))
    crash.wait(lambda: _decided(crash) >= len(NAMES), "decisions after the restart", SLOW)
    bot.kill()                                  # again, with calls in flight
    matrix_bot(crash.hs, KLINT, db=crash.db, user=BOT2)

    calm.wait(lambda: _decided(calm) == len(NAMES) + 2, "the calm run's decisions", SLOW)
    calm.settled(SLOW)
    expected = _outcome(calm, calm_sent)
    assert expected["notices"] == len(NAMES) + 2   # a warning or a ban: one notice each
    assert all(expected["redacted"].values())
    assert expected["members"]["eve"] == expected["members"]["fay"] == "ban"
    crash.wait(lambda: _decided(crash) == len(NAMES) + 2, "every decision", SLOW)
    crash.settled(SLOW)
    assert _outcome(crash, sent) == expected
