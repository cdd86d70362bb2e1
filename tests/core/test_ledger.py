"""The ledger: idempotent on event id, durable across restarts, append-only audit.

One storage suite, run on SQLite (the embedded default) and on a real PostgreSQL server.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import MetaData, create_engine, text
from sqlalchemy.exc import DBAPIError

from chatwarden.adapters.jsonl import read_jsonl
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.ledger.tables import metadata
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.conftest import EXAMPLE
from tests.postgres import create_database

_names = itertools.count()
NewStore = Callable[[], str]


@pytest.fixture(params=["sqlite", "postgresql"])
def new_store(request: pytest.FixtureRequest, tmp_path: Path) -> NewStore:
    """Makes empty ledgers (URLs) of the parametrized backend."""
    if request.param == "sqlite":
        return lambda: f"sqlite:///{tmp_path}/ledger{next(_names)}.db"
    base = request.getfixturevalue("postgres_server")
    return lambda: create_database(base, f"ledger{next(_names)}")


def _events() -> list[Event]:
    return [e for e in read_jsonl(EXAMPLE) if isinstance(e, Event)]


def _run(policy: Policy, db: str, events: list[Event], batch: int = 100) -> list[dict]:
    ledger = Ledger(db)
    runtime = Runtime(policy, ledger, batch=batch)
    out = []
    for ev in events:
        out += [d.to_json() for d in runtime.handle(ev) or ()]
    out += [d.to_json() for d in runtime.finish(events[-1].ts if events else None)]
    ledger.close()
    return out


def _table(db: str, sql: str) -> list[tuple]:
    engine = create_engine(db)
    with engine.connect() as conn:
        rows = [tuple(r) for r in conn.execute(text(sql))]
    engine.dispose()
    return rows


def test_replaying_the_same_events_twice_changes_nothing(klint: Policy, new_store: NewStore) -> None:
    db = new_store()
    events = _events()
    first = _run(klint, db, events)
    sanctions = _table(db, "SELECT * FROM sanctions ORDER BY id")
    audit = _table(db, "SELECT count(*) FROM audit")
    assert first and sanctions
    second = _run(klint, db, events)
    assert second == []
    assert _table(db, "SELECT * FROM sanctions ORDER BY id") == sanctions
    assert _table(db, "SELECT count(*) FROM audit") == audit


def test_a_restart_mid_stream_gives_the_same_decisions(klint: Policy, new_store: NewStore) -> None:
    events = _events()
    whole_db = new_store()
    whole = _run(klint, whole_db, events)
    split = new_store()
    cut = len(events) // 3
    # The first run stops after `cut` events (its last batch committed by finish(None)).
    ledger = Ledger(split)
    runtime = Runtime(klint, ledger, batch=7)
    head = [d.to_json() for ev in events[:cut] for d in runtime.handle(ev) or ()]
    runtime.finish(None)
    ledger.close()
    tail = _run(klint, split, events)        # restarted from the start of the file
    assert head + tail == whole
    assert _table(split, "SELECT * FROM sanctions ORDER BY id") == \
        _table(whole_db, "SELECT * FROM sanctions ORDER BY id")


def test_an_uncommitted_batch_is_replayed_not_lost(klint: Policy, new_store: NewStore) -> None:
    """A crash before the batch commits: those events are simply processed again."""
    events = _events()[:200]
    db = new_store()
    ledger = Ledger(db)
    runtime = Runtime(klint, ledger, batch=150)
    for ev in events:
        runtime.handle(ev)          # 150 committed, 50 pending — then the process dies
    ledger.close()
    assert _table(db, "SELECT count(*) FROM events") == [(150,)]
    rest = _run(klint, db, events)
    assert _table(db, "SELECT count(*) FROM events") == [(200,)]
    whole = _run(klint, new_store(), events)
    assert [d for d in whole if d["event"] in {e.id for e in events[150:]}] == \
        [d for d in rest if not d["event"].startswith("purge:")]


def test_the_audit_log_is_append_only(klint: Policy, new_store: NewStore) -> None:
    db = new_store()
    _run(klint, db, _events()[:300])
    engine = create_engine(db)
    for statement in ("UPDATE audit SET kind = 'x'", "DELETE FROM audit"):
        with engine.begin() as conn, pytest.raises(DBAPIError, match="append-only"):
            conn.execute(text(statement))
    engine.dispose()
    assert _table(db, "SELECT count(*) FROM audit")[0][0] > 0


def test_every_decision_is_in_the_audit_log(klint: Policy, new_store: NewStore) -> None:
    db = new_store()
    decisions = _run(klint, db, _events())
    stored = [json.loads(p) for (p,) in _table(db, "SELECT payload FROM audit WHERE kind='decision' "
                                                   "ORDER BY seq")]
    assert stored == decisions
    kinds = {k for (k,) in _table(db, "SELECT DISTINCT kind FROM audit")}
    assert {"decision", "command", "command_refused", "job"} <= kinds


def test_migrations_match_the_table_definitions(new_store: NewStore) -> None:
    """Every table module (the ledger's, each adapter's) is exactly what the migrations build."""
    from chatwarden.adapters.telegram import tables as telegram_tables

    combined = MetaData()
    for part in (metadata, telegram_tables.metadata):
        for table in part.tables.values():
            table.to_metadata(combined)
    ledger = Ledger(new_store())
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


def test_detector_windows_survive_a_restart(klint: Policy, new_store: NewStore) -> None:
    db = new_store()
    assert _run(klint, db, _stickers("petya", 0, 2)) == []
    after = _run(klint, db, _stickers("petya", 2, 2))     # the 4th in a row, across the restart
    assert [(d["rules"], [a["type"] for a in d["actions"]]) for d in after] == [(["1.1-flood"], ["warn"])]


def test_a_consumed_burst_stays_consumed_after_a_restart(klint: Policy, new_store: NewStore) -> None:
    db = new_store()
    assert len(_run(klint, db, _stickers("petya", 0, 4))) == 1
    assert _run(klint, db, _stickers("petya", 4, 1)) == []  # the 5th starts a new row
