"""Partitioning: a chat's partition is the same in every process, forever."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from datetime import UTC, datetime

from chatwarden.broker.ingest import message_id
from chatwarden.broker.layout import Layout
from chatwarden.events import Event

CHATS = ("chat0", "-1001234567890", "!room:matrix.org", "")


def test_partition_is_pinned() -> None:
    """Pinned values: a change of hash would move every chat while its events wait in the old
    partition, judging them out of order."""
    assert [Layout(partitions=16).partition(c) for c in CHATS] == [10, 3, 13, 4]


def test_partition_is_the_same_in_another_process() -> None:
    code = ("from chatwarden.broker.layout import Layout; "
            f"print([Layout(partitions=16).partition(c) for c in {CHATS!r}])")
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}).stdout
        assert out.strip() == "[10, 3, 13, 4]"


def test_chats_spread_over_every_partition() -> None:
    counts = Counter(Layout(partitions=16).partition(f"chat{i}") for i in range(1000))
    assert sorted(counts) == list(range(16))
    assert max(counts.values()) < 2 * 1000 / 16


def test_message_id_is_the_event_id_or_a_stable_digest() -> None:
    def ev(ident: str) -> Event:
        return Event(ident, "message", "c", "u", datetime(2026, 1, 1, tzinfo=UTC), text="x")

    assert message_id(ev("tg:123456")) == "tg:123456"
    assert message_id(ev("$abc:matrix.org")) == "$abc:matrix.org"
    odd = message_id(ev("id with\r\nNats-Msg-Id: other"))
    assert odd.startswith("b2:") and "\n" not in odd
    assert odd == message_id(ev("id with\r\nNats-Msg-Id: other"))
    assert odd != message_id(ev("id with\r\nNats-Msg-Id: another"))
