"""The Telegram adapter's tables: update offset, usernames, chats and rights, outbox steps.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    op.create_table(
        "tg_state",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "tg_users",
        sa.Column("user_id", sa.String(), nullable=False),
        sa.Column("username", sa.String(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("user_id"),
    )
    op.create_index("ix_tg_users_username", "tg_users", ["username"])
    op.create_table(
        "tg_chats",
        sa.Column("chat_id", sa.String(), nullable=False),
        sa.Column("title", sa.String(), nullable=True),
        sa.Column("owner_id", sa.String(), nullable=True),
        sa.Column("missing", sa.Text(), nullable=False),
        sa.Column("checked_at", sa.String(), nullable=True),
        sa.PrimaryKeyConstraint("chat_id"),
    )
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


def downgrade() -> None:
    op.drop_index("ix_tg_steps_status", table_name="tg_steps")
    op.drop_table("tg_steps")
    op.drop_table("tg_chats")
    op.drop_index("ix_tg_users_username", table_name="tg_users")
    op.drop_table("tg_users")
    op.drop_table("tg_state")
