"""The ledger: idempotent on event id, durable across restarts, append-only audit."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData

from chatwarden.adapters.jsonl import read_jsonl
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.ledger.tables import metadata
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.conftest import EXAMPLE


def _events() -> list[Event]:
    return [e for e in read_jsonl(EXAMPLE) if isinstance(e, Event)]


def _run(policy: Policy, db: Path, events: list[Event], batch: int = 100) -> list[dict]:
    ledger = Ledger(str(db))
    runtime = Runtime(policy, ledger, batch=batch)
    out = []
    for ev in events:
        out += [d.to_json() for d in runtime.handle(ev) or ()]
    out += [d.to_json() for d in runtime.finish(events[-1].ts if events else None)]
    ledger.close()
    return out


def _table(db: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_replaying_the_same_events_twice_changes_nothing(klint: Policy, tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    events = _events()
    first = _run(klint, db, events)
    sanctions = _table(db, "SELECT * FROM sanctions ORDER BY id")
    audit = _table(db, "SELECT count(*) FROM audit")
    assert first and sanctions
    second = _run(klint, db, events)
    assert second == []
    assert _table(db, "SELECT * FROM sanctions ORDER BY id") == sanctions
    assert _table(db, "SELECT count(*) FROM audit") == audit


def test_a_restart_mid_stream_gives_the_same_decisions(klint: Policy, tmp_path: Path) -> None:
    events = _events()
    whole = _run(klint, tmp_path / "whole.db", events)
    split = tmp_path / "split.db"
    cut = len(events) // 3
    # The first run stops after `cut` events (its last batch committed by finish(None)).
    ledger = Ledger(str(split))
    runtime = Runtime(klint, ledger, batch=7)
    head = [d.to_json() for ev in events[:cut] for d in runtime.handle(ev) or ()]
    runtime.finish(None)
    ledger.close()
    tail = _run(klint, split, events)        # restarted from the start of the file
    assert head + tail == whole
    assert _table(split, "SELECT * FROM sanctions ORDER BY id") == \
        _table(tmp_path / "whole.db", "SELECT * FROM sanctions ORDER BY id")


def test_an_uncommitted_batch_is_replayed_not_lost(klint: Policy, tmp_path: Path) -> None:
    """A crash before the batch commits: those events are simply processed again."""
    events = _events()[:200]
    db = tmp_path / "crash.db"
    ledger = Ledger(str(db))
    runtime = Runtime(klint, ledger, batch=150)
    for ev in events:
        runtime.handle(ev)          # 150 committed, 50 pending — then the process dies
    ledger.close()
    assert _table(db, "SELECT count(*) FROM events") == [(150,)]
    rest = _run(klint, db, events)
    assert _table(db, "SELECT count(*) FROM events") == [(200,)]
    whole = _run(klint, tmp_path / "whole.db", events)
    assert [d for d in whole if d["event"] in {e.id for e in events[150:]}] == \
        [d for d in rest if not d["event"].startswith("purge:")]


def test_the_audit_log_is_append_only(klint: Policy, tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    _run(klint, db, _events()[:300])
    with sqlite3.connect(db) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit SET kind = 'x'")
    with sqlite3.connect(db) as conn, pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit")


def test_every_decision_is_in_the_audit_log(klint: Policy, tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    decisions = _run(klint, db, _events())
    stored = [json.loads(p) for (p,) in _table(db, "SELECT payload FROM audit WHERE kind='decision' "
                                                   "ORDER BY seq")]
    assert stored == decisions
    kinds = {k for (k,) in _table(db, "SELECT DISTINCT kind FROM audit")}
    assert {"decision", "command", "command_refused", "job"} <= kinds


def test_migrations_match_the_table_definitions(tmp_path: Path) -> None:
    """Every table module (the ledger's, each adapter's) is exactly what the migrations build."""
    from chatwarden.adapters.telegram import tables as telegram_tables

    combined = MetaData()
    for part in (metadata, telegram_tables.metadata):
        for table in part.tables.values():
            table.to_metadata(combined)
    ledger = Ledger(str(tmp_path / "m.db"))
    with ledger.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), combined)
    ledger.close()
    assert diff == []


def _stickers(user: str, start: int, count: int) -> list[Event]:
    from datetime import datetime, timedelta

    from tests.conftest import MSK

    t0 = datetime(2026, 11, 16, 10, 0, tzinfo=MSK)
    return [Event(f"s{i}", "message", "klint", user, t0 + timedelta(seconds=5 * i), media="sticker")
            for i in range(start, start + count)]


def test_detector_windows_survive_a_restart(klint: Policy, tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    assert _run(klint, db, _stickers("petya", 0, 2)) == []
    after = _run(klint, db, _stickers("petya", 2, 2))     # the 4th in a row, across the restart
    assert [(d["rules"], [a["type"] for a in d["actions"]]) for d in after] == [(["1.1-flood"], ["warn"])]


def test_a_consumed_burst_stays_consumed_after_a_restart(klint: Policy, tmp_path: Path) -> None:
    db = tmp_path / "ledger.db"
    assert len(_run(klint, db, _stickers("petya", 0, 4))) == 1
    assert _run(klint, db, _stickers("petya", 4, 1)) == []  # the 5th starts a new row
