"""Durable Matrix-side state next to the ledger: sync token, cursors, direct rooms, lifts.

Every write here is keyed so that writing it twice is harmless: a restart after
``kill -9`` re-reads it and carries on. (The outbox's planned calls live in the
delivery port's own table, :mod:`chatwarden.delivery.store`.)
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from chatwarden.adapters.matrix import tables as mx

MIGRATIONS = Path(__file__).with_name("migrations")
DIRECT = "dm:"
"""Key prefix of the direct rooms (a member and the bot): their messages are complaints and
appeals about a group, not a room to moderate."""


def migrate(engine: Engine) -> None:
    """Bring the adapter's tables to their newest revision (own chain, own version table)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "matrix@head")


class MatrixStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        migrate(engine)

    def _upsert(self, table: Any, keys: list[str], row: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
            stmt = dialect.insert(table).values(**row)
            conn.execute(stmt.on_conflict_do_update(
                index_elements=keys, set_={k: v for k, v in row.items() if k not in keys}))

    # -- sync token and cursors ---------------------------------------------------------------

    def get(self, key: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(mx.mx_state.c.value).where(mx.mx_state.c.key == key))

    def put(self, key: str, value: str) -> None:
        self._upsert(mx.mx_state, ["key"], {"key": key, "value": value})

    def direct_rooms(self) -> set[str]:
        query = select(mx.mx_state.c.key).where(mx.mx_state.c.key.startswith(DIRECT, autoescape=True))
        with self.engine.connect() as conn:
            return {key.removeprefix(DIRECT) for key in conn.scalars(query)}

    # -- lifts at term end --------------------------------------------------------------------

    def schedule_lift(self, room: str, user: str, kind: str, due: str) -> None:
        self._upsert(mx.mx_lifts, ["room", "user", "kind"],
                     {"room": room, "user": user, "kind": kind, "due": due})

    def cancel_lift(self, room: str, user: str, kind: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(mx.mx_lifts).where(
                mx.mx_lifts.c.room == room, mx.mx_lifts.c.user == user, mx.mx_lifts.c.kind == kind))

    def due_lifts(self, now: datetime) -> list[tuple[str, str, str]]:
        """(room, user, kind) of the mutes and bans whose term ended by ``now``."""
        query = select(mx.mx_lifts.c.room, mx.mx_lifts.c.user, mx.mx_lifts.c.kind).where(
            mx.mx_lifts.c.due <= now.astimezone(UTC).isoformat())
        with self.engine.connect() as conn:
            return [(r.room, r.user, r.kind) for r in conn.execute(query)]
