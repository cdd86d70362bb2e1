"""The Telegram adapter's own tables, beside the ledger's (migration ``0002_telegram``).

They hold what only the Telegram side knows: the update offset, who ``@name``
is, each group's owner and the bot's missing rights, and the Bot API calls each
outbox row expands to, one row per call, so a restart resumes exactly after the
last call Telegram confirmed instead of repeating a whole decision.
"""

from __future__ import annotations

from sqlalchemy import Column, Index, Integer, MetaData, String, Table, Text

metadata = MetaData()

tg_state = Table(
    "tg_state", metadata,
    Column("key", String, primary_key=True),
    Column("value", Text, nullable=False),
)

tg_users = Table(
    "tg_users", metadata,
    Column("user_id", String, primary_key=True),
    Column("username", String),
    Column("name", String, nullable=False),
    Index("ix_tg_users_username", "username"),
)

tg_chats = Table(
    "tg_chats", metadata,
    Column("chat_id", String, primary_key=True),
    Column("title", String),
    Column("owner_id", String),
    # JSON list of the rights the bot lacks there; non-empty means shadow in that chat
    Column("missing", Text, nullable=False, default="[]"),
    Column("checked_at", String),
)

tg_steps = Table(
    "tg_steps", metadata,
    Column("outbox_id", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("method", String, nullable=False),
    Column("params", Text, nullable=False),
    Column("status", String, nullable=False, default="pending"),
    Column("attempts", Integer, nullable=False, default=0),
    Column("done_at", String),
    Column("error", Text),
    Index("ix_tg_steps_status", "status"),
)
