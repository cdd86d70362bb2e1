"""The message a sanction or a review is about: one message is sanctioned once per rule,
and a review opened on an edit belongs to the edited message.

``sanctions.message`` and ``sanctions.decided_by`` stay NULL in older rows (who made them
and for which message was not recorded; the engine reads the event id of its own in their
place). Older reviews get their message from their event id: an edit's id names its
original in the shapes the adapters wrote when this revision was made (Telegram's
``{chat}:{message}:e{date}``, Matrix's ``{original}~{edit}``), written out here so the
revision never changes with the code.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"

EDIT = re.compile(r"(.+:\d+):e\d+|([^~]+)~[^~]+")


def upgrade() -> None:
    with op.batch_alter_table("sanctions") as batch:
        batch.add_column(sa.Column("message", sa.String()))
        batch.add_column(sa.Column("decided_by", sa.String()))
    with op.batch_alter_table("reviews") as batch:
        batch.add_column(sa.Column("message", sa.String()))
        batch.create_index("ix_reviews_chat_message", ["chat", "message"])
    reviews = sa.table("reviews", sa.column("id"), sa.column("event_id"), sa.column("message"))
    conn = op.get_bind()
    conn.execute(reviews.update().values(message=reviews.c.event_id))
    edits = conn.execute(sa.select(reviews.c.id, reviews.c.event_id).where(
        reviews.c.event_id.contains("~") | reviews.c.event_id.contains(":e")))
    originals = [{"key": id_, "original": edit[1] or edit[2]} for id_, event_id in edits
                 if (edit := EDIT.fullmatch(event_id))]
    if originals:
        conn.execute(reviews.update().where(reviews.c.id == sa.bindparam("key"))
                     .values(message=sa.bindparam("original")), originals)


def downgrade() -> None:
    with op.batch_alter_table("reviews") as batch:
        batch.drop_index("ix_reviews_chat_message")
        batch.drop_column("message")
    with op.batch_alter_table("sanctions") as batch:
        batch.drop_column("decided_by")
        batch.drop_column("message")
