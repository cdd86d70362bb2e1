"""What a restart needs to continue exactly: window numbers of events, marker positions,
join windows, cascade budgets; and who holds the writer lock (PostgreSQL).

Ledgers written before this revision get window numbers in stored order (SQLite's
rowid, PostgreSQL's timestamps): the best that can be recovered for them.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("wseq", sa.Integer()))
        batch.add_column(sa.Column("rejoined", sa.Boolean()))
        batch.create_index("ix_events_chat_wseq", ["chat", "wseq"])
    with op.batch_alter_table("markers") as batch:
        batch.add_column(sa.Column("seq", sa.Integer()))
    op.create_table(
        "chat_windows",
        sa.Column("chat", sa.String(), primary_key=True),
        sa.Column("joins_from", sa.Integer(), nullable=False))
    op.create_table(
        "budgets",
        sa.Column("budget", sa.String(), primary_key=True),
        sa.Column("chat", sa.String(), primary_key=True),
        sa.Column("tokens", sa.Float(), nullable=False),
        sa.Column("last", sa.String()))
    op.create_table(
        "writer",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("host", sa.String(), nullable=False),
        sa.Column("command", sa.Text(), nullable=False),
        sa.Column("since", sa.String(), nullable=False))
    order = "rowid" if op.get_bind().dialect.name == "sqlite" else "ts"
    op.execute(f"""
        UPDATE events SET wseq = numbered.n FROM (
            SELECT id, ROW_NUMBER() OVER (PARTITION BY chat, type ORDER BY {order}) AS n
            FROM events WHERE type IN ('message', 'join')) AS numbered
        WHERE events.id = numbered.id""")
    op.execute("""
        UPDATE markers SET seq = (SELECT wseq FROM events WHERE events.id = markers.event_id)""")


def downgrade() -> None:
    op.drop_table("writer")
    op.drop_table("budgets")
    op.drop_table("chat_windows")
    with op.batch_alter_table("markers") as batch:
        batch.drop_column("seq")
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_chat_wseq")
        batch.drop_column("rejoined")
        batch.drop_column("wseq")
