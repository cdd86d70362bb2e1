"""Crash safety: ``kill -9`` mid-stream, restart, and Telegram sees exactly the calls of a
run that never crashed — no sanction repeated, none lost."""

from __future__ import annotations

import copy
import json
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.telegram.conftest import CHAT, OWNER, Updates, person
from tests.telegram.fake_api import FakeTelegram

pytestmark = pytest.mark.slow
VASYA = person(201, "Вася", "vasya")
PETYA = person(202, "Петя", "petya")


def stream(updates: Updates) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Two halves: a flood and a raid, then moderator commands and a refusal."""
    first = [updates.text(VASYA, "привет"), updates.text(PETYA, "смотрите что нашёл")]
    first += [updates.sticker(VASYA) for _ in range(4)]
    raiders = [person(300 + i, f"Raider{i}") for i in range(5)]
    first += [updates.joined(r, "https://t.me/+AbCdEfGhIjKlMnOp") for r in raiders]
    first += [updates.sticker(r, after=1) for r in raiders]
    second = [updates.text(OWNER, "/punish 4.1", reply_to=first[1]),
              updates.text(OWNER, "/mute @vasya 1d флуд"),
              updates.text(PETYA, "/ban", reply_to=first[0]),
              updates.text(OWNER, "/kick @petya")]
    return first, second


def run(telegram: Any, db: Path, first: list, second: list, kill_after: int | None) -> list[str]:
    fake = FakeTelegram(OWNER, CHAT, batch=3, hold_after=kill_after)
    server, bot = telegram(fake, db=db)
    fake.push(*copy.deepcopy(first))
    if kill_after is not None:
        assert fake.held.wait(30), "the bot never reached the held call"
        bot.kill()
        fake.hold_after = None  # the held call dies unanswered, as on a lost connection
        fake.push(*copy.deepcopy(second))
        telegram(db=db, server=server)
    else:
        fake.push(*copy.deepcopy(second))
    return [c.key() for c in fake.quiet(second[-1]["update_id"])]


def test_kill_9_mid_stream_repeats_nothing_and_loses_nothing(telegram, updates: Updates,
                                                             tmp_path: Path) -> None:
    first, second = stream(updates)
    clean = run(telegram, tmp_path / "clean.db", first, second, None)
    crashed = run(telegram, tmp_path / "crashed.db", first, second, kill_after=7)
    assert len(clean) > 12
    methods = Counter(k.split('"')[1] for k in clean)
    assert methods["banChatMember"] == 6 and methods["unbanChatMember"] == 1  # 5 raiders + a kick
    assert Counter(crashed) == Counter(clean)
    assert len(set(crashed)) == len(crashed), "a call was repeated"
    assert decisions(tmp_path / "crashed.db") == decisions(tmp_path / "clean.db")


def decisions(db: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT payload FROM audit WHERE kind = 'decision' ORDER BY seq").fetchall()
    return [json.loads(payload) for (payload,) in rows]
