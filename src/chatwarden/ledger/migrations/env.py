"""Alembic environment: runs on the connection the ledger hands over (no ini file needed).

The ledger's main chain and one branch per adapter (``delivery``, ``telegram``,
``matrix``...: ``branch_labels`` in ``versions/``) make several heads, so an
upgrade to ``head`` means every head: a ledger is always brought up whole.
"""

from __future__ import annotations

from typing import Any

from alembic import context

from chatwarden.ledger.tables import metadata

connection = context.config.attributes["connection"]
script = context.script


def _every_head(revision: Any, _context: Any) -> Any:
    # what ``alembic upgrade heads`` runs; ``head`` alone is refused once branches exist
    return script._upgrade_revs("heads", revision)


wanted = context._proxy.context_opts.get("destination_rev")  # type: ignore[attr-defined]
extra: dict[str, Any] = {"fn": _every_head} if wanted == "head" else {}
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True, **extra)
with context.begin_transaction():
    context.run_migrations()
