"""Several writers on one ledger: partition fencing tokens, record numbers handed out in
blocks, and the queue of the PostgreSQL-only mode.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"


def upgrade() -> None:
    op.create_table(
        "partitions",
        sa.Column("partition", sa.Integer(), primary_key=True, autoincrement=False),
        sa.Column("owner", sa.String()),
        sa.Column("token", sa.BigInteger(), nullable=False),
        sa.Column("since", sa.String()),
    )
    op.create_table(
        "id_blocks",
        sa.Column("kind", sa.String(), primary_key=True),
        sa.Column("next", sa.BigInteger(), nullable=False),
    )
    op.create_table(
        "queue",
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  primary_key=True, autoincrement=True),
        sa.Column("partition", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.String(), nullable=False, unique=True),
        sa.Column("chat", sa.String(), nullable=False),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("received", sa.String(), nullable=False),
    )
    op.create_index("ix_queue_partition_seq", "queue", ["partition", "seq"])


def downgrade() -> None:
    op.drop_index("ix_queue_partition_seq", table_name="queue")
    for table in ("queue", "id_blocks", "partitions"):
        op.drop_table(table)
