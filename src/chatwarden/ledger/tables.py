"""The ledger's tables (SQLAlchemy Core). Migrations in ``migrations/`` create them.

Times are stored as ISO 8601 text with their zone, so a ledger reads the same on
SQLite and PostgreSQL and in any local time zone.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    Float,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

events = Table(
    "events", metadata,
    Column("id", String, primary_key=True),
    Column("chat", String, nullable=False),
    Column("type", String, nullable=False),
    Column("user", String, nullable=False),
    Column("ts", String, nullable=False),
    Column("raw", Text, nullable=False),
    Column("wseq", Integer),
    Column("rejoined", Boolean),
    Index("ix_events_chat_ts", "chat", "ts"),
    Index("ix_events_chat_wseq", "chat", "wseq"),
)
"""``wseq``: a message's number in its chat's detector windows, or a join's number among the
chat's joins (null for what the windows never saw); ``rejoined``: a join's returning flag.
Both let a restart rebuild the windows exactly (see ``Ledger._load_windows``)."""

members = Table(
    "members", metadata,
    Column("chat", String, primary_key=True),
    Column("user", String, primary_key=True),
    Column("role", String, nullable=False),
    Column("exempt", Boolean, nullable=False),
    Column("permits", Text, nullable=False),
    Column("first_seen", String),
    Column("joined_at", String),
    Column("last_active", String),
    Column("joins", Integer, nullable=False),
    Column("returns", Integer, nullable=False),
    Column("present", Boolean, nullable=False),
    Column("removed_for_conflict", Boolean, nullable=False),
    Column("banned", Boolean, nullable=False),
    Column("activity", Text, nullable=False),
    Column("names", Text, nullable=False, server_default="[]"),
    Column("first_messages", Text, nullable=False, server_default="[]"),
)

offences = Table(
    "offences", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("chat", String, nullable=False),
    Column("user", String, nullable=False),
    Column("rule_id", String, nullable=False),
    Column("step", Integer, nullable=False),
    Column("ts", String, nullable=False),
    Column("event_id", String, nullable=False),
    Column("lifted_at", String),
    Index("ix_offences_chat", "chat"),
)

sanctions = Table(
    "sanctions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("chat", String, nullable=False),
    Column("user", String, nullable=False),
    Column("type", String, nullable=False),
    Column("start", String, nullable=False),
    Column("event_id", String, nullable=False),
    Column("rule_id", String),
    Column("offence_id", Integer),
    Column("term_days", Float),
    Column("until", String),
    Column("conflict", Boolean, nullable=False),
    Column("lifted_at", String),
    Column("lifted_by", String),
    Column("expired", Boolean, nullable=False),
    Column("message", String),
    Column("decided_by", String),
    Index("ix_sanctions_chat_user", "chat", "user"),
)
"""``message`` (migration 0008): the event id of the message a sanction is for (an edit's
original), what refuses a second sanction of one message under one rule; NULL for sanctions
about no one message and for older rows. ``decided_by``: the moderator whose command made
it, NULL for the engine's own."""

complaints = Table(
    "complaints", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("chat", String, nullable=False),
    Column("reporter", String, nullable=False),
    Column("target", String, nullable=False),
    Column("ts", String, nullable=False),
    Column("event_id", String, nullable=False),
    Column("fields", Text, nullable=False),
    Column("counted", Boolean, nullable=False),
    Index("ix_complaints_chat", "chat"),
)

appeals = Table(
    "appeals", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("chat", String, nullable=False),
    Column("user", String, nullable=False),
    Column("sanction_id", Integer),
    Column("text", Text, nullable=False),
    Column("ts", String, nullable=False),
    Column("event_id", String, nullable=False),
    Column("status", String, nullable=False),
    Index("ix_appeals_chat", "chat"),
)

jobs = Table(
    "jobs", metadata,
    Column("chat", String, primary_key=True),
    Column("name", String, primary_key=True),
    Column("last_run", String, nullable=False),
)

markers = Table(
    "markers", metadata,
    Column("chat", String, primary_key=True),
    Column("user", String, primary_key=True),
    Column("key", String, primary_key=True),
    Column("event_id", String, nullable=False),
    Column("seq", Integer),
)

chat_windows = Table(
    "chat_windows", metadata,
    Column("chat", String, primary_key=True),
    Column("joins_from", Integer, nullable=False),
)
"""The join number of the oldest join still in a chat's join window."""

budgets = Table(
    "budgets", metadata,
    Column("budget", String, primary_key=True),
    Column("chat", String, primary_key=True),
    Column("tokens", Float, nullable=False),
    Column("last", String),
    Index("ix_budgets_chat", "chat"),
)
"""The judgement cascade's per-chat token buckets, so a restart spends them as a run would."""

writer = Table(
    "writer", metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("pid", Integer, nullable=False),
    Column("host", String, nullable=False),
    Column("command", Text, nullable=False),
    Column("since", String, nullable=False),
)
"""Who holds the writer lock of a PostgreSQL ledger (one row, id 1), for the refusal message."""

audit = Table(
    "audit", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("ts", String, nullable=False),
    Column("kind", String, nullable=False),
    Column("event_id", String),
    Column("chat", String, nullable=False),
    Column("actor", String),
    Column("user", String),
    Column("payload", Text, nullable=False),
    Index("ix_audit_kind", "kind"),
    Index("ix_audit_chat_user", "chat", "user"),
)

REVIEW_OPEN = ("open", "escalated")
"""A review's statuses while someone still has to decide it (the console's queue). Closed:
``confirm``, ``dismiss`` (the console), ``chat`` (a moderator's command answered the
message in the chat; ``resolved_by`` is their platform name)."""

reviews = Table(
    "reviews", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("chat", String, nullable=False),
    Column("user", String, nullable=False),
    Column("event_id", String, nullable=False),
    Column("rules", Text, nullable=False),
    Column("note", Text),
    Column("status", String, nullable=False, default="open"),
    Column("created", String, nullable=False),
    Column("resolved_at", String),
    Column("resolved_by", String),
    Column("message", String),
    Index("ix_reviews_chat_event", "chat", "event_id"),
    Index("ix_reviews_chat_message", "chat", "message"),
)
"""``message`` (migration 0008): the message a review is about, an edit's original for a
review of an edit, so a command answering the message closes the reviews of its edits too."""

outbox = Table(
    "outbox", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("chat", String, nullable=False),
    Column("user", String, nullable=False),
    Column("event_id", String, nullable=False),
    Column("decision", Text, nullable=False),
    Column("status", String, nullable=False, default="pending"),
    Column("attempts", Integer, nullable=False, default=0),
    Column("created", String, nullable=False),
    Column("done_at", String),
    Column("error", Text),
    Index("ix_outbox_status", "status"),
)

# -- the console's tables (migration 0005) ----------------------------------------------------

intake = Table(
    "intake", metadata,
    Column("event_id", String, primary_key=True),
    Column("raw", Text, nullable=False),
    Column("put_at", String, nullable=False),
    Column("pending", Boolean, nullable=False),
    Column("done_at", String),
    Column("outcome", Text),
    Index("ix_intake_pending", "pending", "put_at"),
)
"""Events waiting for the ledger's writer (console acts while the bot holds the lock)."""

console_users = Table(
    "console_users", metadata,
    Column("name", String, primary_key=True),
    Column("role", String, nullable=False),
    Column("chats", Text, nullable=False),
    Column("actor", String, nullable=False),
    Column("password", String, nullable=False),
    Column("created", String, nullable=False),
    Column("disabled", Boolean, nullable=False, default=False),
)
"""``chats``: JSON list of the chats the account may see (empty: every chat); ``actor``: the
platform user its acts are made as, so the engine checks that member's role like a chat command."""

console_sessions = Table(
    "console_sessions", metadata,
    Column("token_hash", String, primary_key=True),
    Column("user", String, nullable=False),
    Column("csrf", String, nullable=False),
    Column("created", String, nullable=False),
    Column("seen", String, nullable=False),
)

console_claims = Table(
    "console_claims", metadata,
    Column("item", String, primary_key=True),
    Column("claimed_by", String, nullable=False),
    Column("claimed_until", String, nullable=False),
)

console_decisions = Table(
    "console_decisions", metadata,
    Column("item", String, primary_key=True),
    Column("chat", String, nullable=False),
    Column("verdict", String, nullable=False),
    Column("reason", Text, nullable=False),
    Column("actor", String, nullable=False),
    Column("ts", String, nullable=False),
    Column("event_id", String),
)
"""One row per decided queue item: the primary key is what refuses a second (stale) decision."""

console_audit = Table(
    "console_audit", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("ts", String, nullable=False),
    Column("actor", String, nullable=False),
    Column("action", String, nullable=False),
    Column("chat", String),
    Column("item", String),
    Column("target", String),
    Column("reason", Text),
    Column("event_id", String),
    Column("outcome", Text),
    Index("ix_console_audit_actor", "actor"),
)

console_filters = Table(
    "console_filters", metadata,
    Column("name", String, primary_key=True),
    Column("query", Text, nullable=False),
    Column("saved_by", String, nullable=False),
    Column("ts", String, nullable=False),
)
"""Queue filters saved by name (shared by the team), for daily views and bulk actions."""

policy_versions = Table(
    "policy_versions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("policy_id", String, nullable=False),
    Column("sha256", String, nullable=False),
    Column("text", Text, nullable=False),
    Column("published_by", String, nullable=False),
    Column("ts", String, nullable=False),
)

# -- several writers on one ledger (migration 0007) -----------------------------------------

partitions = Table(
    "partitions", metadata,
    Column("partition", Integer, primary_key=True, autoincrement=False),
    Column("owner", String),
    Column("token", BigInteger, nullable=False),
    Column("since", String),
)
"""Each partition's fencing token: bumped by the worker that takes the partition over and
compared inside every commit of a batch of its chats, so a worker that lost the partition
(paused past its lease, cut off) can no longer commit anything of it."""

id_blocks = Table(
    "id_blocks", metadata,
    Column("kind", String, primary_key=True),
    Column("next", BigInteger, nullable=False),
)
"""The next record number not yet handed out, per kind: shared writers take blocks of them."""

queue = Table(
    "queue", metadata,
    Column("seq", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("partition", Integer, nullable=False),
    Column("event_id", String, nullable=False, unique=True),
    Column("chat", String, nullable=False),
    Column("raw", Text, nullable=False),
    Column("received", String, nullable=False),
    Column("failures", Integer, nullable=False, server_default="0"),
    Index("ix_queue_partition_seq", "partition", "seq"),
)
"""Events waiting to be judged in the PostgreSQL-only mode (no broker): in order per
partition, deleted in the transaction that commits their decisions. ``failures`` (migration
0009): how often the engine raised on the event, counted by whichever worker owned it."""

dead_letters = Table(
    "dead_letters", metadata,
    Column("id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True,
           autoincrement=True),
    Column("partition", Integer, nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("event_id", String, nullable=False),
    Column("chat", String, nullable=False),
    Column("raw", Text, nullable=False),
    Column("received", String, nullable=False),
    Column("failures", Integer, nullable=False),
    Column("worker", String, nullable=False),
    Column("at", String, nullable=False),
    Column("error", Text, nullable=False),
    Index("ix_dead_letters_event_id", "event_id"),
)
"""Queue rows the workers gave up on (migration 0009): moved here from ``queue`` in the fenced
transaction that deletes them there, with the traceback, until ``dead-letters retry``."""
