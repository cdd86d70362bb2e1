"""Branch ``delivery``: the port's step table; Telegram's planned calls move into it.

The ledger's main chain (0001, 0002, ...) holds the engine's records; each adapter
and the delivery port add their tables in a branch of their own (``branch_labels``),
so a new adapter never takes a number in the ledger's chain. ``tg_steps`` (from
0002) becomes ``delivery_steps`` with ``platform = 'telegram'``: calls planned by an
earlier version resume where they stopped.

Revision ID: d001
Revises:
Depends on: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "d001"
down_revision = None
branch_labels = ("delivery",)
depends_on = "0002"

COLUMNS = "outbox_id, seq, method, params, status, attempts, done_at, error"


def upgrade() -> None:
    op.create_table(
        "delivery_steps",
        sa.Column("outbox_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("platform", sa.String(), nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("params", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("done_at", sa.String(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("outbox_id", "seq"),
    )
    op.create_index("ix_delivery_steps_status", "delivery_steps", ["status"])
    op.execute(f"INSERT INTO delivery_steps (platform, {COLUMNS}) "
               f"SELECT 'telegram', {COLUMNS} FROM tg_steps")
    op.drop_index("ix_tg_steps_status", table_name="tg_steps")
    op.drop_table("tg_steps")


def downgrade() -> None:
    op.create_table(
        "tg_steps",
        sa.Column("outbox_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("seq", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("method", sa.String(), nullable=False),
        sa.Column("params", sa.Text(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("done_at", sa.String(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("outbox_id", "seq"),
    )
    op.create_index("ix_tg_steps_status", "tg_steps", ["status"])
    op.execute(f"INSERT INTO tg_steps ({COLUMNS}) SELECT {COLUMNS} FROM delivery_steps "
               "WHERE platform = 'telegram'")
    op.drop_index("ix_delivery_steps_status", table_name="delivery_steps")
    op.drop_table("delivery_steps")
