"""The Matrix adapter's own tables, beside the ledger's, in their own migration chain.

They hold what only the Matrix side knows: the sync token (so a restart, even
after ``kill -9``, asks the homeserver for exactly what it has not processed),
the cursor of the event reports read, the bot's direct rooms with owners, and
the lifts due when a timed mute, ban or room suspension ends (Matrix has no
timed power level or ban, so the bot undoes them itself).

The chain (``migrations/``, branch ``matrix``) keeps its own version table
(``alembic_version_matrix``): the ledger's chain never sees these revisions, so
either can move without the other.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, MetaData, String, Table, Text

metadata = MetaData()

mx_state = Table(
    "mx_state", metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

mx_lifts = Table(
    "mx_lifts", metadata,
    Column("room", String, primary_key=True),
    Column("user", String, primary_key=True),
    Column("kind", String, primary_key=True),
    # "mute" (power level back) or "ban" (unban)
    Column("due", String, nullable=False),
    Index("ix_mx_lifts_due", "due"),
)
