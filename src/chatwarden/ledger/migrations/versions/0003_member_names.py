"""Members' reported names and first messages, so ban evasion is judged from the ledger.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.add_column(sa.Column("names", sa.Text(), nullable=False, server_default="[]"))
        batch.add_column(sa.Column("first_messages", sa.Text(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("members") as batch:
        batch.drop_column("first_messages")
        batch.drop_column("names")
