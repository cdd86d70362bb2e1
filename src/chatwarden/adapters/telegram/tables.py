"""The Telegram adapter's own tables, beside the ledger's (migration ``0002_telegram``;
tables added later go into the ``telegram`` branch, see ``ledger/migrations``).

They hold what only the Telegram side knows: the update offset and the updates
received but not decided yet, who ``@name`` is, each group's owner and the bot's
missing rights. The Bot API calls each outbox
row expands to are the delivery port's (``delivery_steps``, moved there from
0002's ``tg_steps`` by the ``delivery`` branch).
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, MetaData, String, Table, Text

from chatwarden.delivery.tables import steps

metadata = MetaData()
steps.to_metadata(metadata)  # the port's table this adapter's calls are planned in (branch delivery)

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

tg_inbox = Table(  # branch ``telegram`` (t001): updates received, not decided yet
    "tg_inbox", metadata,
    Column("update_id", BigInteger, primary_key=True, autoincrement=False),
    Column("payload", Text, nullable=False),
)
