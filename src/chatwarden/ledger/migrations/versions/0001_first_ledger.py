"""The first ledger: events, members, offences, sanctions, complaints, appeals, jobs,
markers, the append-only audit log, the review queue and the action outbox.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None


_APPEND_ONLY = {
    "sqlite": [
        "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END",
        "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit "
        "BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END",
    ],
    "postgresql": [
        "CREATE FUNCTION audit_append_only() RETURNS trigger AS $$ BEGIN "
        "RAISE EXCEPTION 'audit is append-only'; END $$ LANGUAGE plpgsql",
        "CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit "
        "FOR EACH ROW EXECUTE FUNCTION audit_append_only()",
    ],
}


def upgrade() -> None:
    op.create_table('appeals',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('chat', sa.String(), nullable=False),
    sa.Column('user', sa.String(), nullable=False),
    sa.Column('sanction_id', sa.Integer(), nullable=True),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('ts', sa.String(), nullable=False),
    sa.Column('event_id', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('audit',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('ts', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('event_id', sa.String(), nullable=True),
    sa.Column('chat', sa.String(), nullable=False),
    sa.Column('actor', sa.String(), nullable=True),
    sa.Column('user', sa.String(), nullable=True),
    sa.Column('payload', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.create_index('ix_audit_chat_user', ['chat', 'user'], unique=False)
        batch_op.create_index('ix_audit_kind', ['kind'], unique=False)

    op.create_table('complaints',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('chat', sa.String(), nullable=False),
    sa.Column('reporter', sa.String(), nullable=False),
    sa.Column('target', sa.String(), nullable=False),
    sa.Column('ts', sa.String(), nullable=False),
    sa.Column('event_id', sa.String(), nullable=False),
    sa.Column('fields', sa.Text(), nullable=False),
    sa.Column('counted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('events',
    sa.Column('id', sa.String(), nullable=False),
    sa.Column('chat', sa.String(), nullable=False),
    sa.Column('type', sa.String(), nullable=False),
    sa.Column('user', sa.String(), nullable=False),
    sa.Column('ts', sa.String(), nullable=False),
    sa.Column('raw', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index('ix_events_chat_ts', ['chat', 'ts'], unique=False)

    op.create_table('jobs',
    sa.Column('chat', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('last_run', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('chat', 'name')
    )
    op.create_table('markers',
    sa.Column('chat', sa.String(), nullable=False),
    sa.Column('user', sa.String(), nullable=False),
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('event_id', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('chat', 'user', 'key')
    )
    op.create_table('members',
    sa.Column('chat', sa.String(), nullable=False),
    sa.Column('user', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('exempt', sa.Boolean(), nullable=False),
    sa.Column('permits', sa.Text(), nullable=False),
    sa.Column('first_seen', sa.String(), nullable=True),
    sa.Column('joined_at', sa.String(), nullable=True),
    sa.Column('last_active', sa.String(), nullable=True),
    sa.Column('joins', sa.Integer(), nullable=False),
    sa.Column('returns', sa.Integer(), nullable=False),
    sa.Column('present', sa.Boolean(), nullable=False),
    sa.Column('removed_for_conflict', sa.Boolean(), nullable=False),
    sa.Column('banned', sa.Boolean(), nullable=False),
    sa.Column('activity', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('chat', 'user')
    )
    op.create_table('offences',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('chat', sa.String(), nullable=False),
    sa.Column('user', sa.String(), nullable=False),
    sa.Column('rule_id', sa.String(), nullable=False),
    sa.Column('step', sa.Integer(), nullable=False),
    sa.Column('ts', sa.String(), nullable=False),
    sa.Column('event_id', sa.String(), nullable=False),
    sa.Column('lifted_at', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('outbox',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('chat', sa.String(), nullable=False),
    sa.Column('user', sa.String(), nullable=False),
    sa.Column('event_id', sa.String(), nullable=False),
    sa.Column('decision', sa.Text(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('created', sa.String(), nullable=False),
    sa.Column('done_at', sa.String(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_status', ['status'], unique=False)

    op.create_table('reviews',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('chat', sa.String(), nullable=False),
    sa.Column('user', sa.String(), nullable=False),
    sa.Column('event_id', sa.String(), nullable=False),
    sa.Column('rules', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=True),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('created', sa.String(), nullable=False),
    sa.Column('resolved_at', sa.String(), nullable=True),
    sa.Column('resolved_by', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('sanctions',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('chat', sa.String(), nullable=False),
    sa.Column('user', sa.String(), nullable=False),
    sa.Column('type', sa.String(), nullable=False),
    sa.Column('start', sa.String(), nullable=False),
    sa.Column('event_id', sa.String(), nullable=False),
    sa.Column('rule_id', sa.String(), nullable=True),
    sa.Column('offence_id', sa.Integer(), nullable=True),
    sa.Column('term_days', sa.Float(), nullable=True),
    sa.Column('until', sa.String(), nullable=True),
    sa.Column('conflict', sa.Boolean(), nullable=False),
    sa.Column('lifted_at', sa.String(), nullable=True),
    sa.Column('lifted_by', sa.String(), nullable=True),
    sa.Column('expired', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sanctions', schema=None) as batch_op:
        batch_op.create_index('ix_sanctions_chat_user', ['chat', 'user'], unique=False)
    for statement in _APPEND_ONLY.get(op.get_bind().dialect.name, []):
        op.execute(statement)


def downgrade() -> None:
    with op.batch_alter_table('sanctions', schema=None) as batch_op:
        batch_op.drop_index('ix_sanctions_chat_user')

    op.drop_table('sanctions')
    op.drop_table('reviews')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_status')

    op.drop_table('outbox')
    op.drop_table('offences')
    op.drop_table('members')
    op.drop_table('markers')
    op.drop_table('jobs')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index('ix_events_chat_ts')

    op.drop_table('events')
    op.drop_table('complaints')
    with op.batch_alter_table('audit', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_kind')
        batch_op.drop_index('ix_audit_chat_user')

    op.drop_table('audit')
    op.drop_table('appeals')
