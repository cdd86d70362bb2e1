"""A ledger made before the port upgrades: Telegram's planned calls (``tg_steps``, 0002)
move into ``delivery_steps`` and resume; adapters' branches are applied with the chain."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, inspect, text

from chatwarden.delivery.store import Outbox
from chatwarden.ledger.store import MIGRATIONS, Ledger


def test_an_old_ledgers_planned_calls_resume_after_the_upgrade(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{db}")
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:  # the schema of the version before the port
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        conn.execute(text("INSERT INTO outbox (id, chat, user, event_id, decision, status, attempts,"
                          " created) VALUES (1, '-100', '7', 'e1', '{}', 'pending', 0, 'x')"))
        conn.execute(text("INSERT INTO tg_steps VALUES (1, 0, 'banChatMember', "
                          "'{\"chat_id\": -100, \"user_id\": 7}', 'sending', 1, NULL, NULL)"))
    engine.dispose()
    ledger = Ledger(str(db))
    try:
        tables = set(inspect(ledger.engine).get_table_names())
        assert {"delivery_steps", "tg_inbox"} <= tables and "tg_steps" not in tables
        (resumed,) = Outbox(ledger.engine, "telegram").next_steps()
        assert (resumed.step.method, resumed.unknown, resumed.attempts) == ("banChatMember", True, 1)
        with ledger.engine.connect() as conn:
            heads = set(conn.scalars(text("SELECT version_num FROM alembic_version")))
        assert {"d001", "t001"} <= heads
    finally:
        ledger.close()
