"""The delivery port's one table (alembic branch ``delivery``): the platform calls each
outbox row expands to, one row per call.

A plan is stored before its first call runs, so a restart resumes exactly after the
last call the platform confirmed instead of repeating a whole decision, and it
replays the same calls even if rights, names or flags changed meanwhile.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

steps = Table(
    "delivery_steps", metadata,
    Column("outbox_id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("platform", String, nullable=False),
    Column("method", String, nullable=False),
    Column("params", Text, nullable=False),
    # pending | sending (intent recorded: outcome unknown after a crash) | done | failed
    # | unconfirmed (a message whose answer was lost: never sent twice)
    Column("status", String, nullable=False, default="pending"),
    Column("attempts", Integer, nullable=False, default=0),
    Column("done_at", String),
    Column("error", Text),
    Index("ix_delivery_steps_status", "status"),
)
