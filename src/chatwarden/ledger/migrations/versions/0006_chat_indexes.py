"""Chat indexes: a chat's offences, complaints, appeals and budgets are read when the
engine first needs the chat (per-chat loading), and a review is closed by (chat, message)
when a moderator's command in the chat answers that message.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"

INDEXES = {
    "ix_offences_chat": ("offences", ["chat"]),
    "ix_complaints_chat": ("complaints", ["chat"]),
    "ix_appeals_chat": ("appeals", ["chat"]),
    "ix_budgets_chat": ("budgets", ["chat"]),
    "ix_reviews_chat_event": ("reviews", ["chat", "event_id"]),
}


def upgrade() -> None:
    for name, (table, columns) in INDEXES.items():
        op.create_index(name, table, columns)


def downgrade() -> None:
    for name, (table, _) in INDEXES.items():
        op.drop_index(name, table_name=table)
