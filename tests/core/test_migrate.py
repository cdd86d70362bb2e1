"""The ledger's migrations are plain alembic: every branch is named, nothing is remapped.

``Ledger.migrate`` upgrades to ``heads`` (each adapter's tables are a branch of their
own); the environment no longer turns ``head`` into ``heads`` behind alembic's back, so
the standard command line (``alembic upgrade heads``) and the ledger mean the same.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import create_engine, text

from chatwarden.events import Event
from chatwarden.ledger.store import MIGRATIONS, Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.conftest import MSK, actions
from tests.postgres import create_database


def _config(conn: object) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["connection"] = conn
    return cfg


def test_migrate_reaches_every_branch_head(tmp_path: Path) -> None:
    ledger = Ledger(str(tmp_path / "l.db"))
    try:
        with ledger.engine.connect() as conn:
            applied = set(conn.scalars(text("SELECT version_num FROM alembic_version")))
        heads = set(ScriptDirectory.from_config(_config(None)).get_heads())
        assert applied == heads and {"d001", "t001"} <= heads
    finally:
        ledger.close()


def test_the_environment_does_not_turn_head_into_heads(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'l.db'}")
    try:
        with engine.begin() as conn, pytest.raises(CommandError, match=r"[Mm]ultiple head"):
            command.upgrade(_config(conn), "head")
    finally:
        engine.dispose()


OLD_SANCTIONS = [  # as 0007 wrote them: the engine's own for m1, a moderator's, a lifted one
    {"id": 1, "chat": "klint", "user": "troll", "type": "warning", "start": "2026-11-16T10:00:00+03:00",
     "event_id": "m1", "rule_id": "11.1", "offence_id": 1, "term_days": None, "until": None,
     "conflict": False, "lifted_at": None, "lifted_by": None, "expired": False},
    {"id": 2, "chat": "klint", "user": "troll", "type": "warn", "start": "2026-11-16T10:05:00+03:00",
     "event_id": "c1", "rule_id": "3.1", "offence_id": 2, "term_days": 14.0,
     "until": "2026-11-30T10:05:00+03:00", "conflict": False, "lifted_at": None, "lifted_by": None,
     "expired": False},
    {"id": 3, "chat": "klint", "user": "vasya", "type": "kick", "start": "2026-11-16T10:06:00+03:00",
     "event_id": "c2", "rule_id": None, "offence_id": None, "term_days": None, "until": None,
     "conflict": True, "lifted_at": "2026-11-16T11:00:00+03:00", "lifted_by": "kaanizel",
     "expired": False},
]
OLD_REVIEWS = ["m2", "-1001:5:e1763276460", "$orig~$edit"]


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_a_ledger_at_0007_keeps_every_sanction_and_its_reviews_find_their_message(
        backend: str, request: pytest.FixtureRequest, tmp_path: Path, klint: Policy) -> None:
    if backend == "sqlite":
        db = f"sqlite:///{tmp_path / 'old.db'}"
    else:
        db = create_database(request.getfixturevalue("postgres_server"), "at0007")
    engine = create_engine(db)
    with engine.begin() as conn:
        command.upgrade(_config(conn), "0007")
        conn.execute(text("INSERT INTO sanctions (id, chat, \"user\", type, start, event_id, rule_id, "
                          "offence_id, term_days, until, conflict, lifted_at, lifted_by, expired) "
                          "VALUES (:id, :chat, :user, :type, :start, :event_id, :rule_id, "
                          ":offence_id, :term_days, :until, :conflict, :lifted_at, :lifted_by, "
                          ":expired)"), OLD_SANCTIONS)
        conn.execute(text("INSERT INTO reviews (chat, \"user\", event_id, rules, status, created) "
                          "VALUES ('klint', 'troll', :event, '[]', 'open', 'x')"),
                     [{"event": e} for e in OLD_REVIEWS])
    engine.dispose()

    ledger = Ledger(db)
    try:
        kept = ledger.rows("sanctions")
        assert sorted(kept, key=lambda r: r["id"]) == [
            {**row, "message": None, "decided_by": None} for row in OLD_SANCTIONS]
        assert sorted((r["event_id"], r["message"]) for r in ledger.rows("reviews")) == [
            ("$orig~$edit", "$orig"), ("-1001:5:e1763276460", "-1001:5"), ("m2", "m2")]
        # the engine's old sanction still stands for its message
        runtime = Runtime(klint, ledger)
        out = runtime.handle(Event("c3", "command", "klint", "kaanizel",
                                   datetime(2026, 11, 16, 10, 10, tzinfo=MSK),
                                   text="/punish @troll 11.1", reply_to="m1"))
        assert out is not None and actions(out) == [("refuse", None)]
        assert "санкция #1 (warning) от бота" in (out[0].actions[0].note or "")
        runtime.flush()
        assert len(ledger.rows("sanctions")) == 3
    finally:
        ledger.close()
