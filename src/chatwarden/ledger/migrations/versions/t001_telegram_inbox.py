"""Branch ``telegram``: the inbox of updates received and not yet decided.

Polling goes on while the engine judges (its own thread), so an update is stored
here, with the new offset in the same transaction, before the next ``getUpdates``
confirms it to Telegram; it leaves the inbox once decided. A crash in between
loses nothing: the inbox is decided first on restart.

Revision ID: t001
Revises:
Depends on: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "t001"
down_revision = None
branch_labels = ("telegram",)
depends_on = "0002"


def upgrade() -> None:
    op.create_table(
        "tg_inbox",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("update_id"),
    )


def downgrade() -> None:
    op.drop_table("tg_inbox")
