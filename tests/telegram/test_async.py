"""A slow judgement never stalls the bot: the engine runs on its own thread, so while a
detector takes 2 s per message the outbox still sends and polling still reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.telegram.conftest import CHAT, OWNER, Updates, person
from tests.telegram.fake_api import FakeTelegram, Fault

pytestmark = pytest.mark.slow
VASYA = person(201, "Вася", "vasya")
PETYA = person(202, "Петя", "petya")
SLOW = '''
import time
from chatwarden.detect.flood import Flood
_detect = Flood.detect
def _slow(self, event, ctx):
    if event.text and event.text.startswith("slow"):
        start = time.monotonic()
        time.sleep(2)
        with open({log!r}, "a") as out:
            out.write(f"{{start}} {{time.monotonic()}}\\n")
    return _detect(self, event, ctx)
Flood.detect = _slow
'''
"""Flood's detector, slowed to 2 s for texts starting "slow"; each sleep's span is logged
(``time.monotonic`` is the machine's, so the fake server's call times compare with it)."""


def test_a_slow_detector_blocks_neither_the_outbox_nor_polling(
        telegram, updates: Updates, tmp_path: Path) -> None:
    spans = tmp_path / "slow.log"
    # the warn notice's first try gets a 429: its retry, a second later, falls while the
    # engine sleeps, and goes out only if the event loop is free then
    fake = FakeTelegram(OWNER, CHAT, failures={"sendMessage": [Fault("error", 429, retry_after=1)]})
    telegram(fake, prelude=SLOW.format(log=str(spans)))
    stickers = [updates.sticker(VASYA, after=1) for _ in range(4)]  # the 4th: a warn notice
    slow = [updates.text(PETYA, f"slow {i}") for i in range(3)]
    fake.push(*stickers, *slow)
    fake.wait(lambda f: spans.exists() and len(spans.read_text().splitlines()) == 1)
    late = updates.text(PETYA, "and one more")
    fake.push(late)
    fake.wait(lambda f: spans.exists() and len(spans.read_text().splitlines()) == 3)
    windows = [tuple(map(float, line.split())) for line in spans.read_text().splitlines()]

    def during(at: float) -> bool:
        return any(start < at < end for start, end in windows)

    with fake._lock:
        calls = list(fake.calls)
    notices = [c for c in calls if c.method == "sendMessage" and c.params["chat_id"] == CHAT["id"]
               and c.status == 200]
    assert notices and "tg://user?id=201" in notices[0].params["text"]
    assert during(notices[0].at), "the warn notice waited for the slow judgements"
    polls = [c for c in calls if c.method == "getUpdates" and during(c.at)]
    assert polls, "nothing was read while the engine judged"
    assert any(int(c.params.get("offset") or 0) > late["update_id"] for c in polls), \
        "an update sent during the slow judgements was not read (and stored) meanwhile"
