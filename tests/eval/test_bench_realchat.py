"""``bench realchat``: real text dealt over chats, per-event latency, cascade stages counted."""

from __future__ import annotations

import subprocess
import sys
from itertools import pairwise
from pathlib import Path

import pytest

from chatwarden.evaluation.bench import real_chat, replay_cost
from chatwarden.policy.loader import parse_policy
from tests.eval.test_calibrate import RUDE, TOXIC

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT.parent / "shared" / "data"


def test_texts_are_dealt_over_chats_in_time_order() -> None:
    texts = [f"line {i}" for i in range(30)]
    events = real_chat(texts, chats=3)
    messages = [e for e in events if e.type == "message"]
    assert sorted(e.text for e in messages if e.text) == sorted(texts)
    assert {e.chat for e in messages} == {"chat0", "chat1", "chat2"}
    assert [e.text for e in messages if e.chat == "chat1"] == texts[1::3]
    assert all(a.ts <= b.ts for a, b in pairwise(events))


def test_replay_cost_counts_every_text_through_the_cascade_stages() -> None:
    events = real_chat([*RUDE, "thanks, that fixed it", "see you tomorrow"], chats=2)
    cost = replay_cost(parse_policy(TOXIC), events)
    assert (cost.events, cost.messages) == (len(events), 10)
    # embedding is off in this policy: every text goes through the lexicon and linear stages only
    assert cost.stages == {"judged": 10, "lexicon": 10, "linear": 10}
    assert 0 < cost.p50_ms <= cost.p99_ms and cost.per_second > 0


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} is absent")
def test_bench_realchat_reports_throughput_latency_and_stages() -> None:
    done = subprocess.run([sys.executable, "-m", "chatwarden", "bench", "realchat", "--events", "150",
                           "--chats", "2"], cwd=ROOT, capture_output=True, text=True, timeout=600,
                          check=False)
    assert done.returncode == 0, done.stderr
    first, *stages = done.stdout.splitlines()
    assert "150 messages" in first and "events/s" in first and "p99" in first
    assert any(line.split(":")[0].strip() == "linear" for line in stages)
