"""The Matrix adapter's tables: sync token and cursors, timed lifts.

Revision ID: mx0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "mx0001"
down_revision = None
branch_labels = ("matrix",)


def upgrade() -> None:
    op.create_table(
        "mx_state",
        sa.Column("key", sa.String(), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "mx_lifts",
        sa.Column("room", sa.String(), nullable=False),
        sa.Column("user", sa.String(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("due", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("room", "user", "kind"),
    )
    op.create_index("ix_mx_lifts_due", "mx_lifts", ["due"])


def downgrade() -> None:
    op.drop_index("ix_mx_lifts_due", table_name="mx_lifts")
    op.drop_table("mx_lifts")
    op.drop_table("mx_state")
