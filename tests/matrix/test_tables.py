"""The adapter's own migration chain creates exactly its table definitions, beside a ledger."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, inspect

from chatwarden.adapters.matrix import tables
from chatwarden.adapters.matrix.store import MatrixStore
from chatwarden.ledger.store import Ledger


def test_the_matrix_chain_matches_its_tables(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'matrix.db'}")
    MatrixStore(engine)
    MatrixStore(engine)   # a second start finds it current
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"version_table": "alembic_version_matrix"})
        assert compare_metadata(context, tables.metadata) == []


def test_it_lives_beside_the_ledgers_chain(tmp_path: Path) -> None:
    ledger = Ledger(str(tmp_path / "ledger.db"))
    try:
        MatrixStore(ledger.engine)
        ledger.migrate()   # the ledger's own upgrade does not trip over the matrix revision
        names = set(inspect(ledger.engine).get_table_names())
        assert {"mx_state", "mx_lifts", "alembic_version_matrix", "outbox"} <= names
    finally:
        ledger.close()
