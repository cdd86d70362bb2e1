"""Alembic environment: runs on the connection the ledger hands over (no ini file needed).

The ledger's main chain and one branch per adapter (``delivery``, ``telegram``...:
``branch_labels`` in ``versions/``) make several heads; ``Ledger.migrate`` upgrades to
``heads`` so a ledger is always brought up whole, and this file stays alembic's plain
environment (``alembic upgrade head`` is refused here, as alembic refuses it anywhere).
"""

from __future__ import annotations

from alembic import context

from chatwarden.ledger.tables import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
