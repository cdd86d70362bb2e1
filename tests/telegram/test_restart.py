"""Crash safety: ``kill -9`` while an action is in flight, restart, and Telegram sees
exactly the calls of a run that never crashed — no sanction repeated, none lost.

Each kill lands on a call the stand-in has carried out but not yet answered (the
answer is what the crash loses), so the restarted bot must find out what was done
instead of repeating it: bans, unbans and restrictions are checked with
``getChatMember``, a deletion is repeated harmlessly, a message is not repeated.
One kill lands before a ban is carried out: the check finds it undone and it is
made. One lands before a notice goes out: that is the narrow window the executor
documents (Telegram cannot say whether a message was sent), and the notice is
recorded as unconfirmed rather than sent twice.
"""

from __future__ import annotations

import copy
import json
import sqlite3
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from tests.command import ahead
from tests.telegram.conftest import CHAT, OWNER, Bot, Updates, decided, person
from tests.telegram.fake_api import FakeTelegram

pytestmark = pytest.mark.slow
VASYA = person(201, "Вася", "vasya")
PETYA = person(202, "Петя", "petya")
Kill = tuple[int, bool]
"""(carried-out actions before the held one, whether the held one is carried out)"""
TELEGRAM = "chatwarden.adapters.telegram.app"


def stream(updates: Updates) -> list[dict[str, Any]]:
    """A flood and a raid, then moderator commands and a refusal."""
    first = [updates.text(VASYA, "привет"), updates.text(PETYA, "смотрите что нашёл")]
    first += [updates.sticker(VASYA) for _ in range(4)]
    raiders = [person(300 + i, f"Raider{i}") for i in range(5)]
    first += [updates.joined(r, "https://t.me/+AbCdEfGhIjKlMnOp") for r in raiders]
    first += [updates.sticker(r, after=1) for r in raiders]
    commands = [updates.text(OWNER, "/punish 4.1", reply_to=first[1]),
                updates.text(OWNER, "/mute @vasya 1d флуд"),
                updates.text(PETYA, "/ban", reply_to=first[0]),
                updates.text(OWNER, "/kick @petya")]
    return [*first, *commands]


class Bots:
    """One run's bots on one ledger and one fake, each started a turn ahead (:func:`ahead`):
    the next one imports while the one before works, and runs the moment that one is killed
    (a restart costs what it costs the bot, not the interpreter's imports)."""

    def __init__(self, telegram: Any, db: Path) -> None:
        self.telegram, self.db, self.turn = telegram, db, 0
        self.fake = FakeTelegram(OWNER, CHAT, batch=3)
        self.server, self.waiting = telegram(self.fake, db=db, prelude=ahead(self._go(), TELEGRAM))

    def _go(self) -> Path:
        return self.db.with_name(f"{self.db.name}.go{self.turn}")

    def next(self, more: bool) -> Bot:
        """The waiting bot, let go; with ``more`` restarts to come, the one after it started."""
        bot = self.waiting
        self._go().touch()
        if more:
            self.turn += 1
            _, self.waiting = self.telegram(None, db=self.db, server=self.server,
                                            prelude=ahead(self._go(), TELEGRAM))
        return bot


def run(bots: Bots, stream: list[dict[str, Any]], kills: list[Kill]) -> list[str]:
    """The stream through one bot, killed at each of ``kills`` and restarted."""
    fake, db = bots.fake, bots.db
    fake.push(*copy.deepcopy(stream))
    for n, kill in enumerate([*kills, None]):
        fake.held.clear()
        fake.hold_after, fake.hold_performed = kill or (None, False)
        bot = bots.next(more=n < len(kills))
        if kill is not None:
            assert fake.held.wait(60), f"the bot never reached the held call {kill}"
            bot.kill()
    last = stream[-1]["update_id"]
    done = [c.key() for c in fake.quiet(last, decided=lambda: decided(db, last))]
    fake.wait(lambda _: open_steps(db) == 0)  # settling a lost notice makes no call to see
    return done


def method(key: str) -> str:
    return str(json.loads(key)[0])


def test_kill_9_on_lost_answers_repeats_nothing_and_loses_nothing(telegram, updates: Updates,
                                                                 tmp_path: Path) -> None:
    events = stream(updates)
    crash = Bots(telegram, tmp_path / "crashed.db")  # its first bot imports during the clean run
    clean = run(Bots(telegram, tmp_path / "clean.db"), events, [])
    methods = Counter(method(k) for k in clean)
    assert methods["banChatMember"] == 6 and methods["unbanChatMember"] == 1  # 5 raiders + a kick
    assert methods["restrictChatMember"] == 1 and methods["deleteMessage"] == 3
    # a kill after carrying out the first call of each kind; the third ban and the last
    # notice killed before they are carried out (the notice last: it is the one lost)
    firsts = [clean.index(next(k for k in clean if method(k) == m)) for m in methods]
    bans = [i for i, k in enumerate(clean) if method(k) == "banChatMember"]
    last = len(clean) - 1
    assert method(clean[last]) == "sendMessage" and last not in firsts
    kills: list[Kill] = sorted([(i, True) for i in firsts] + [(bans[2], False), (last, False)])
    crashed = run(crash, events, kills)
    assert len(kills) == 7
    assert len(set(crashed)) == len(crashed), "a call was carried out twice"
    lost = Counter(clean) - Counter(crashed)
    assert list(lost) == [clean[last]], "only the notice killed before it left is missing"
    assert Counter(crashed) - Counter(clean) == Counter()
    assert decisions(tmp_path / "crashed.db") == decisions(tmp_path / "clean.db")
    assert unconfirmed(tmp_path / "crashed.db") == sum(
        method(clean[i]) == "sendMessage" for i, _ in kills)


def decisions(db: Path) -> list[dict[str, Any]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT payload FROM audit WHERE kind = 'decision' ORDER BY seq").fetchall()
    return [json.loads(payload) for (payload,) in rows]


def open_steps(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM delivery_steps WHERE status IN ('pending', 'sending')"
                                ).fetchone()[0])


def unconfirmed(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM delivery_steps WHERE status = 'unconfirmed'"
                                ).fetchone()[0])
