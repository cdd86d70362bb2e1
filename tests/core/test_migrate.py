"""The ledger's migrations are plain alembic: every branch is named, nothing is remapped.

``Ledger.migrate`` upgrades to ``heads`` (each adapter's tables are a branch of their
own); the environment no longer turns ``head`` into ``heads`` behind alembic's back, so
the standard command line (``alembic upgrade heads``) and the ledger mean the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import create_engine, text

from chatwarden.ledger.store import MIGRATIONS, Ledger


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
