"""Typed decisions end to end: what the outbox stores (``to_json``) reads back the same."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from chatwarden.detect.base import Evidence, Signal
from chatwarden.engine.decision import Action, Decision

TS = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def test_a_decision_reads_back_as_it_was_written() -> None:
    d = Decision("-100:9", "-100", "7", TS, ["1.1", "esc"],
                 [Action("warn", 14, TS + timedelta(days=14), "-100:9", sanction_id=3),
                  Action("kick", conflict=True, sanction_id=4), Action("review", note="why")],
                 citation="words", steps=[2, 0], explanation="4 stickers",
                 signals=[Signal("flood", "flood", 1.0, True, "4 in a row",
                                 (Evidence("-100:8"), Evidence("-100:9", 0, 4, "emoji")), ("8",))],
                 actor="111", mode="assist")
    assert Decision.from_json(d.to_json()) == d
    assert Decision.from_json(d.to_json()).to_json() == d.to_json()


def test_keys_a_later_version_adds_are_ignored() -> None:
    data = {**Decision("e", "c", "u", TS, [], [Action("warning")]).to_json(), "new": 1}
    data["actions"][0]["also_new"] = True
    assert Decision.from_json(data).actions == [Action("warning")]
