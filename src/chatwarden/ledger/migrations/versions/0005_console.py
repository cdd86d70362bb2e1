"""The Trust & Safety console: its accounts, sessions, claims, decisions and audit, saved
queue filters, the policy versions it has seen, and the intake of events waiting for the ledger's writer.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.create_table(
        "intake",
        sa.Column("event_id", sa.String(), primary_key=True),
        sa.Column("raw", sa.Text(), nullable=False),
        sa.Column("put_at", sa.String(), nullable=False),
        sa.Column("pending", sa.Boolean(), nullable=False),
        sa.Column("done_at", sa.String()),
        sa.Column("outcome", sa.Text()))
    op.create_index("ix_intake_pending", "intake", ["pending", "put_at"])
    op.create_table(
        "console_users",
        sa.Column("name", sa.String(), primary_key=True),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("chats", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("password", sa.String(), nullable=False),
        sa.Column("created", sa.String(), nullable=False),
        sa.Column("disabled", sa.Boolean(), nullable=False))
    op.create_table(
        "console_sessions",
        sa.Column("token_hash", sa.String(), primary_key=True),
        sa.Column("user", sa.String(), nullable=False),
        sa.Column("csrf", sa.String(), nullable=False),
        sa.Column("created", sa.String(), nullable=False),
        sa.Column("seen", sa.String(), nullable=False))
    op.create_table(
        "console_claims",
        sa.Column("item", sa.String(), primary_key=True),
        sa.Column("claimed_by", sa.String(), nullable=False),
        sa.Column("claimed_until", sa.String(), nullable=False))
    op.create_table(
        "console_decisions",
        sa.Column("item", sa.String(), primary_key=True),
        sa.Column("chat", sa.String(), nullable=False),
        sa.Column("verdict", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("ts", sa.String(), nullable=False),
        sa.Column("event_id", sa.String()))
    op.create_table(
        "console_audit",
        sa.Column("seq", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("ts", sa.String(), nullable=False),
        sa.Column("actor", sa.String(), nullable=False),
        sa.Column("action", sa.String(), nullable=False),
        sa.Column("chat", sa.String()),
        sa.Column("item", sa.String()),
        sa.Column("target", sa.String()),
        sa.Column("reason", sa.Text()),
        sa.Column("event_id", sa.String()),
        sa.Column("outcome", sa.Text()))
    op.create_index("ix_console_audit_actor", "console_audit", ["actor"])
    op.create_table(
        "console_filters",
        sa.Column("name", sa.String(), primary_key=True),
        sa.Column("query", sa.Text(), nullable=False),
        sa.Column("saved_by", sa.String(), nullable=False),
        sa.Column("ts", sa.String(), nullable=False))
    op.create_table(
        "policy_versions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("policy_id", sa.String(), nullable=False),
        sa.Column("sha256", sa.String(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("published_by", sa.String(), nullable=False),
        sa.Column("ts", sa.String(), nullable=False))


def downgrade() -> None:
    for name in ("policy_versions", "console_filters", "console_audit", "console_decisions", "console_claims",
                 "console_sessions", "console_users", "intake"):
        op.drop_table(name)
