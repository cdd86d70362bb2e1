"""The Calimero policy through the real engine: judgement signals become decisions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from chatwarden.engine.engine import Engine
from chatwarden.events import Event
from chatwarden.policy.loader import load_policy

POLICY = Path(__file__).resolve().parents[2] / "policies" / "calimero.en.yaml"


def run(texts: list[tuple[str, str]]) -> list[list[str]]:
    engine = Engine(load_policy(POLICY))
    t0 = datetime(2026, 11, 16, 10, 0, tzinfo=UTC)
    out = []
    for i, (user, text) in enumerate(texts):
        ev = Event(f"m{i}", "message", "room", user, t0 + timedelta(seconds=30 * i), text=text)
        out.append([r for d in engine.process(ev) for r in d.rules])
    return out


def test_threats_and_harassment_are_caught_and_clean_chat_is_not() -> None:
    rules = run([
        ("alice", "good morning everyone, the release is out"),
        ("bob", "i will find you and kill you"),
        ("carol", "you are a stupid idiot"),
        ("dave", "я тебя найду и убью"),
    ])
    assert rules[0] == []
    assert "threats" in rules[1]
    assert "harassment" in rules[2]
    assert "threats" in rules[3]
