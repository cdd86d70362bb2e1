"""Restart equals no restart: windows, budgets, end-of-replay jobs and ``--json`` after a resume.

A restart here is what a crash leaves: a runtime that committed some batches and
vanished (its ledger closed, nothing else done), then a new one on the same ledger.
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from typer.testing import CliRunner

from chatwarden.cli import app
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.conftest import KLINT, MSK

MONDAY = datetime(2026, 11, 16, 10, 0, tzinfo=MSK)  # the next purge: Saturday 21st, 12:00
WORDS = ["погода", "дождь", "солнце", "кино", "книга", "чай", "кофе", "кот", "собака", "поезд",
         "город", "море", "лес", "река", "гора", "работа", "учёба", "музыка", "концерт", "футбол",
         "шахматы", "ужин", "обед", "завтрак", "суббота", "вечер", "утро", "дорога", "машина"]


def _decide(policy: Policy, db: Path, events: list[Event], *, finish: bool = True) -> list[dict]:
    """One process's life: decide ``events`` into ``db`` (and run the end jobs if ``finish``)."""
    ledger = Ledger(str(db))
    runtime = Runtime(policy, ledger, batch=50)
    out = [d.to_json() for e in events for d in runtime.handle(e) or ()]
    if finish:
        out += [d.to_json() for d in runtime.finish(events[-1].ts)]
    runtime.flush()
    ledger.close()
    return out


def _elephant() -> list[Event]:
    """A member's plea, 300 messages from others, then the plea twice more, in 6 minutes."""
    plea = "купите слона пожалуйста"
    rng = random.Random(7)
    chatter = [" ".join(rng.sample(WORDS, 6)) for _ in range(300)]  # no two alike
    texts = [("vasya", plea)] + [(f"m{i % 12}", line) for i, line in enumerate(chatter)]
    texts += [("vasya", plea), ("vasya", plea)]
    return [Event(f"e{n}", "message", "klint", user, MONDAY + timedelta(seconds=n), text=body)
            for n, (user, body) in enumerate(texts)]


def _warned(decisions: list[dict]) -> list[tuple[str, list[str], list[str]]]:
    return [(d["user"], d["rules"], [a["type"] for a in d["actions"]]) for d in decisions]


def test_a_repeat_across_a_restart_is_warned_as_without_one(klint: Policy, tmp_path: Path) -> None:
    events = _elephant()
    whole = _decide(klint, tmp_path / "whole.db", events)
    assert _warned(whole) == [("vasya", ["1.1"], ["warning"])]
    resumed = tmp_path / "resumed.db"
    first = _decide(klint, resumed, events[:301], finish=False)  # 300 others after the plea
    second = _decide(klint, resumed, events[301:])
    assert first == []
    assert first + second == whole


def test_judgement_budgets_are_spent_across_a_restart(klint: Policy, tmp_path: Path) -> None:
    db = str(tmp_path / "ledger.db")
    ledger = Ledger(db)
    runtime = Runtime(klint, ledger)
    assert runtime.engine.budgets, "the Клинт policy judges texts under per-chat budgets"
    name, budget = next(iter(runtime.engine.budgets.items()))
    runtime.handle(Event("k0", "join", "klint", "anna", MONDAY))
    while budget.take("klint", MONDAY):  # what judging the next event would spend
        pass
    runtime.handle(Event("k1", "leave", "klint", "anna", MONDAY))  # its outcome carries that
    runtime.flush()
    ledger.close()
    ledger = Ledger(db)
    restarted = Runtime(klint, ledger)
    again = restarted.engine.budgets[name]
    restarted.handle(Event("k2", "join", "klint", "anna", MONDAY))  # the chat is loaded
    assert not again.take("klint", MONDAY), "a restart must not refill a spent budget"
    assert again.take("klint", MONDAY + timedelta(minutes=1))  # refilled by event time
    ledger.close()


def _two_chats() -> list[Event]:
    """Chat ``a`` goes quiet on Monday; chat ``b`` speaks after Saturday's purge time. Only
    the end-of-replay jobs purge ``a`` (its members silent five days: Клинт 7.2)."""
    start = MONDAY
    events = [Event(f"a{i}", "join", "a", f"u{i}", start + timedelta(minutes=i)) for i in range(3)]
    events += [Event(f"a{i + 3}", "message", "a", f"u{i}", start + timedelta(minutes=10 + i),
                     text="всем привет") for i in range(3)]
    events += [Event(f"a{6 + i}", "message", "a", "vasya", start + timedelta(minutes=20, seconds=i),
                     text="купите слона пожалуйста") for i in range(3)]
    wednesday = start + timedelta(days=9)
    events += [Event("b0", "join", "b", "w", wednesday),
               Event("b1", "message", "b", "w", wednesday + timedelta(minutes=1), text="привет")]
    return events


def _replay(events: list[Event], db: Path, out: Path) -> list[dict]:
    src = db.with_suffix(".jsonl")
    src.write_text("".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in events),
                   encoding="utf-8")
    result = CliRunner().invoke(app, ["replay", str(src), "--policy", str(KLINT), "--db", str(db),
                                      "--json", str(out), "--report", str(db.with_suffix(".html"))])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _sanctions(db: Path) -> list[tuple]:
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text("SELECT * FROM sanctions ORDER BY id"))]
    engine.dispose()
    return rows


@pytest.mark.slow
def test_a_resumed_replay_runs_the_end_jobs_and_writes_the_whole_json(
        klint: Policy, tmp_path: Path) -> None:
    events = _two_chats()
    whole = _replay(events, tmp_path / "whole.db", tmp_path / "whole.jsonl")
    kicks = [(d["user"], d["rules"]) for d in whole if d["event"].startswith("purge:")]
    assert sorted(kicks) == [("u0", ["7.2"]), ("u1", ["7.2"]), ("u2", ["7.2"]), ("vasya", ["7.2"])]
    assert any(d["rules"] == ["1.1"] for d in whole)
    # killed after committing every event, before the end jobs; then resumed
    resumed = tmp_path / "resumed.db"
    _decide(klint, resumed, events, finish=False)
    assert _replay(events, resumed, tmp_path / "resumed.jsonl") == whole
    assert _sanctions(resumed) == _sanctions(tmp_path / "whole.db")
    # killed half-way: the file still holds the first half's decisions after the resume
    half = tmp_path / "half.db"
    _decide(klint, half, events[:8], finish=False)
    assert _replay(events, half, tmp_path / "half.jsonl") == whole


def test_an_event_dated_year_9999_runs_one_purge_with_a_note(klint: Policy, tmp_path: Path) -> None:
    far = Event("far", "message", "a", "u0", datetime(9999, 6, 5, 12, 0, tzinfo=MSK), text="я тут")
    events = [*_two_chats()[:6], far]
    db = tmp_path / "ledger.db"
    decisions = _decide(klint, db, events)
    # the purge runs before the event it fell due ahead of: all three silent since Monday
    assert sorted(d["user"] for d in decisions) == ["u0", "u1", "u2"]
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        jobs = [json.loads(p) for p in conn.scalars(
            text("SELECT payload FROM audit WHERE kind = 'job' AND chat = 'a'"))]
    engine.dispose()
    assert len(jobs) == 1
    assert jobs[0]["job"] == "purge:9999-06-05" and jobs[0]["removed"] == ["u0", "u1", "u2"]
    weekly_runs_skipped = (date(9999, 6, 5) - date(2026, 11, 21)).days // 7  # first due: Sat 21st
    assert jobs[0]["missed"] == weekly_runs_skipped and "caught up" in jobs[0]["note"]
