"""Alembic environment of the Matrix adapter's chain: its own version table, so the
ledger's chain and this one never read each other's revisions."""

from __future__ import annotations

from alembic import context

from chatwarden.adapters.matrix.tables import metadata

VERSION_TABLE = "alembic_version_matrix"

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  version_table=VERSION_TABLE)
with context.begin_transaction():
    context.run_migrations()
