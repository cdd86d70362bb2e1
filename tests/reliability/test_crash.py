"""``kill -9`` at seeded random points of a replay, then a resume, gives the ledger of one
uninterrupted run; an engine failing mid-event commits nothing it half did.

The full trial (30+ kills on ~20,000 real IRC events) is ``scripts/reliability.py``; these
keep a few of each kind in the suite.
"""

from __future__ import annotations

import importlib.util
import sys
from datetime import timedelta
from pathlib import Path
from types import ModuleType

import pytest

from chatwarden.engine.engine import Engine
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.conftest import EXAMPLE, KLINT, ROOT
from tests.reliability.test_restart import MONDAY


def _trials() -> ModuleType:
    spec = importlib.util.spec_from_file_location("reliability", ROOT / "scripts" / "reliability.py")
    assert spec is not None and spec.loader is not None
    module = sys.modules[spec.name] = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_kills_during_a_replay_of_the_demo_chat_change_nothing(tmp_path: Path) -> None:
    r = _trials()
    demo = tmp_path / "demo.jsonl"  # its first 1,200 lines: 40 of its 50 decisions, 23 rules
    demo.write_text("".join(EXAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)[:1200]),
                    encoding="utf-8")
    figures = r.trials(demo, KLINT, tmp_path, count=1, kills=3, seed=5, batch=50)
    assert figures.kills >= 2, "the kills must land while the replay runs"
    assert (figures.diverged, figures.lost, figures.duplicated, figures.overwritten) == (0, 0, 0, 0), \
        figures.line()


@pytest.mark.slow
@pytest.mark.shared
def test_kills_during_a_replay_of_real_irc_traffic_change_nothing(tmp_path: Path) -> None:
    r = _trials()
    if not r.IRC.exists():
        pytest.skip(f"{r.IRC} is absent")
    events = tmp_path / "irc.jsonl"
    assert r.write_events(r.irc_events(1500), events) == 1500
    figures = r.trials(events, ROOT / "policies" / "calimero.en.yaml", tmp_path, count=2, kills=2,
                       seed=3, batch=50)
    assert figures.kills >= 3, "the kills must land while the replay runs"
    assert (figures.diverged, figures.lost, figures.duplicated, figures.overwritten) == (0, 0, 0, 0), \
        figures.line()


def test_a_failing_event_never_commits_the_kicks_its_jobs_made(
        klint: Policy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The purge falls due ahead of an event the engine then fails on: the kicks it made
    are not committed without their decision; the events before are; the next event
    runs the purge again, decision and kicks together."""
    events = [Event(f"j{i}", "join", "a", f"u{i}", MONDAY + timedelta(minutes=i)) for i in range(3)]
    sunday = MONDAY + timedelta(days=6)
    ledger = Ledger(str(tmp_path / "ledger.db"))
    runtime = Runtime(klint, ledger, batch=100)
    for e in events:
        runtime.handle(e)
    real = Engine._message

    def broken(self: Engine, cs: object, event: Event) -> list:
        if event.id == "boom":
            raise RuntimeError("a detector failed")
        return real(self, cs, event)

    monkeypatch.setattr(Engine, "_message", broken)
    with pytest.raises(RuntimeError, match="a detector failed"):
        runtime.handle(Event("boom", "message", "a", "u0", sunday, text="привет"))
    assert ledger.seen_ids() == {"j0", "j1", "j2"}  # the good events before it, committed
    assert ledger.rows("sanctions") == [] and list(ledger.decisions()) == []
    decided = runtime.handle(Event("next", "message", "a", "u1", sunday, text="привет"))
    runtime.flush()
    assert sorted(d.user for d in decided or ()) == ["u0", "u1", "u2"]
    kicks = ledger.rows("sanctions")
    assert sorted(s["user"] for s in kicks) == ["u0", "u1", "u2"]
    recorded = [d for d in ledger.decisions() if d["event"].startswith("purge:")]
    assert sorted(s["id"] for s in kicks) == sorted(
        a["sanction_id"] for d in recorded for a in d["actions"])
    ledger.close()
