"""One scenario, two platforms: Telegram's fake Bot API and a real Synapse end in the same
ledger (the same rules, ladder steps, sanction kinds and terms for each member)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

from tests.matrix.conftest import KLINT, Scene, wait_for
from tests.telegram.conftest import CHAT, OWNER, Bot, Updates, person
from tests.telegram.fake_api import FakeTelegram, Server

pytestmark = pytest.mark.slow
NAMES = ("alice", "bob", "carol")
REPEAT = "купите слона, недорого"
SANCTIONS = 5
"""alice: a 14-day warn for stickers; bob: a warning for repeats, then a 14-day warn for
stickers; carol: a 1-week warn and a 2-week mute by the admin's replies."""


def scenario(join: Callable[[str], None], say: Callable[[str, str], Any],
             sticker: Callable[[str], None], command: Callable[[str, Any], None]) -> None:
    for name in NAMES:
        join(name)
    for _ in range(4):
        sticker("alice")
    for _ in range(3):
        say("bob", REPEAT)
    offending = say("carol", "модеры тут спят")
    command("/warn 1w", offending)
    command("/mute 2w", offending)
    for _ in range(4):
        sticker("bob")


def ledger(rows: list[tuple[Any, ...]], name_of: dict[str, str]) -> dict[str, list[tuple[Any, ...]]]:
    out: dict[str, list[tuple[Any, ...]]] = {}
    for user, *rest in rows:
        out.setdefault(name_of[user], []).append(tuple(rest))
    return out


SQL = ("SELECT s.user, s.type, s.rule_id, s.term_days, o.step FROM sanctions s "
       "LEFT JOIN offences o ON o.id = s.offence_id ORDER BY s.id")


def on_telegram(tmp_path: Path) -> dict[str, list[tuple[Any, ...]]]:
    people = {name: person(500 + i, name.title(), name) for i, name in enumerate(NAMES)}
    admin = person(499, "Admin", "admin")
    updates, db = Updates(), tmp_path / "telegram.db"
    fake = FakeTelegram(OWNER, CHAT, admins=[admin])
    with Server(fake) as server:
        bot = Bot(server, KLINT, db, tmp_path / "telegram.log")
        try:
            def say(name: str, text: str) -> dict[str, Any]:
                update = updates.text(people[name], text)
                fake.push(update)
                return update

            scenario(lambda name: fake.push(updates.joined(people[name])), say,
                     lambda name: fake.push(updates.sticker(people[name])),
                     lambda text, reply: fake.push(updates.text(admin, text, reply_to=reply)))
            room = Scene.__new__(Scene)
            room.db = db
            # a guard, not a speed check: the bot loads its models first, and a loaded CI
            # machine took over 60 s for it
            rows = wait_for(lambda: len(found := room.rows(SQL)) >= SANCTIONS and found, 180,
                            "the Telegram run's sanctions", tmp_path / "telegram.log")
        finally:
            bot.stop()
    return ledger(rows, {str(p["id"]): n for n, p in people.items()})


def on_matrix(scene: Callable[..., tuple[Scene, Any]]) -> dict[str, list[tuple[Any, ...]]]:
    room, _bot = scene(KLINT, ())
    people = {name: room.hs.person(f"{name}same") for name in NAMES}
    scenario(lambda name: (room.hs.invite(room.owner, room.room, people[name]),
                           room.hs.join(people[name], room.room)),
             lambda name, text: room.hs.send(people[name], room.room, text),
             lambda name: room.hs.sticker(people[name], room.room),
             lambda text, reply: room.hs.send(room.admin, room.room, "!" + text[1:],
                                              reply_to=reply))
    rows = room.wait(lambda: len(found := room.rows(SQL)) >= SANCTIONS and found, "the sanctions")
    return ledger(rows, {p[1:].partition(":")[0]: n for n, p in people.items()})


def test_the_same_scenario_gives_the_same_ledger(tmp_path: Path, scene) -> None:
    # the two runs share nothing: the Telegram one runs beside the Matrix one, not before it
    with ThreadPoolExecutor(1) as beside:
        on_the_side = beside.submit(on_telegram, tmp_path)
        matrix = on_matrix(scene)
        telegram = on_the_side.result()
    assert telegram == {
        "alice": [("warn", "1.1-flood", 14.0, 1)],
        "bob": [("warning", "1.1", None, 1), ("warn", "1.1-flood", 14.0, 1)],
        "carol": [("warn", None, 7.0, None), ("mute", None, 14.0, None)],
    }
    assert matrix == telegram
