"""Durable Telegram-side state next to the ledger: offset, names, chats, outbox steps.

Everything here is keyed so that writing it twice is harmless: a restart after
``kill -9`` re-reads it and carries on. Rows become plain values at this
boundary; nothing outside this module writes SQL for the adapter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from chatwarden.adapters.telegram import tables as tg
from chatwarden.ledger import tables as t


@dataclass(frozen=True, slots=True)
class Step:
    """One Bot API call of an outbox row, in the order it must run."""

    method: str
    params: dict[str, Any]


@dataclass(slots=True)
class ChatInfo:
    chat_id: str
    title: str | None = None
    owner_id: str | None = None
    missing: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class PendingStep:
    outbox_id: int
    seq: int
    step: Step
    attempts: int


def _now() -> str:
    return datetime.now(UTC).isoformat()


class TelegramStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._users: dict[str, tuple[str | None, str]] = {}
        self._by_name: dict[str, str] = {}
        with engine.connect() as conn:
            for row in conn.execute(select(tg.tg_users)).mappings():
                self._cache(row["user_id"], row["username"], row["name"])

    def _upsert(self, table: Any, keys: list[str], row: dict[str, Any]) -> None:
        with self.engine.begin() as conn:
            dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
            stmt = dialect.insert(table).values(**row)
            conn.execute(stmt.on_conflict_do_update(
                index_elements=keys, set_={k: v for k, v in row.items() if k not in keys}))

    # -- update offset ------------------------------------------------------------------------

    def offset(self) -> int | None:
        with self.engine.connect() as conn:
            value = conn.scalar(select(tg.tg_state.c.value).where(tg.tg_state.c.key == "offset"))
        return int(value) if value is not None else None

    def set_offset(self, offset: int) -> None:
        self._upsert(tg.tg_state, ["key"], {"key": "offset", "value": str(offset)})

    # -- who is who ---------------------------------------------------------------------------

    def _cache(self, user_id: str, username: str | None, name: str) -> None:
        old = self._users.get(user_id)
        if old and old[0]:
            self._by_name.pop(old[0].casefold(), None)
        self._users[user_id] = (username, name)
        if username:
            self._by_name[username.casefold()] = user_id

    def remember_user(self, user_id: str, username: str | None, name: str) -> None:
        """Record a user seen in an update; a write only when something changed."""
        if self._users.get(user_id) == (username, name):
            return
        self._cache(user_id, username, name)
        self._upsert(tg.tg_users, ["user_id"],
                     {"user_id": user_id, "username": username, "name": name})

    def user_id(self, username: str) -> str | None:
        return self._by_name.get(username.lstrip("@").casefold())

    def display(self, user_id: str) -> tuple[str | None, str]:
        """(username, name) of a user, or (None, the id) for one never seen."""
        return self._users.get(user_id, (None, user_id))

    # -- chats --------------------------------------------------------------------------------

    def chat(self, chat_id: str) -> ChatInfo | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(tg.tg_chats).where(tg.tg_chats.c.chat_id == chat_id)
                               ).mappings().first()
        if row is None:
            return None
        return ChatInfo(row["chat_id"], row["title"], row["owner_id"], json.loads(row["missing"]))

    def save_chat(self, info: ChatInfo) -> None:
        self._upsert(tg.tg_chats, ["chat_id"], {
            "chat_id": info.chat_id, "title": info.title, "owner_id": info.owner_id,
            "missing": json.dumps(info.missing), "checked_at": _now()})

    def known_chats(self) -> list[str]:
        """Groups met before: from this adapter's table and from the ledger's members."""
        with self.engine.connect() as conn:
            mine = set(conn.scalars(select(tg.tg_chats.c.chat_id)))
            seen = set(conn.scalars(select(t.members.c.chat).distinct()))
        return sorted(c for c in mine | seen if c.startswith("-"))

    # -- outbox steps -------------------------------------------------------------------------

    def unexpanded(self) -> list[tuple[int, dict[str, Any]]]:
        """Pending outbox rows whose Bot API calls are not planned yet, oldest first."""
        planned = select(tg.tg_steps.c.outbox_id)
        query = (select(t.outbox.c.id, t.outbox.c.decision)
                 .where(t.outbox.c.status == "pending", t.outbox.c.id.not_in(planned))
                 .order_by(t.outbox.c.id))
        with self.engine.connect() as conn:
            return [(row.id, json.loads(row.decision)) for row in conn.execute(query)]

    def plan(self, outbox_id: int, steps: list[Step]) -> None:
        """Store an outbox row's calls once; the plan never changes after this."""
        with self.engine.begin() as conn:
            if steps:
                conn.execute(tg.tg_steps.insert(), [
                    {"outbox_id": outbox_id, "seq": i, "method": s.method,
                     "params": json.dumps(s.params, ensure_ascii=False), "status": "pending",
                     "attempts": 0} for i, s in enumerate(steps)])
            else:
                conn.execute(update(t.outbox).where(t.outbox.c.id == outbox_id)
                             .values(status="done", done_at=_now()))

    def next_step(self) -> PendingStep | None:
        s = tg.tg_steps
        query = (select(s).where(s.c.status == "pending")
                 .order_by(s.c.outbox_id, s.c.seq).limit(1))
        with self.engine.connect() as conn:
            row = conn.execute(query).mappings().first()
        if row is None:
            return None
        return PendingStep(row["outbox_id"], row["seq"],
                           Step(row["method"], json.loads(row["params"])), row["attempts"])

    def attempt(self, p: PendingStep, error: str) -> None:
        s = tg.tg_steps
        with self.engine.begin() as conn:
            conn.execute(update(s).where(s.c.outbox_id == p.outbox_id, s.c.seq == p.seq)
                         .values(attempts=s.c.attempts + 1, error=error))
            conn.execute(update(t.outbox).where(t.outbox.c.id == p.outbox_id)
                         .values(attempts=t.outbox.c.attempts + 1, error=error))

    def finish(self, p: PendingStep, error: str | None = None) -> None:
        """Mark one call confirmed (or given up); the row is done when no call is left."""
        s = tg.tg_steps
        with self.engine.begin() as conn:
            conn.execute(update(s).where(s.c.outbox_id == p.outbox_id, s.c.seq == p.seq)
                         .values(status="failed" if error else "done", done_at=_now(),
                                 error=error, attempts=s.c.attempts + 1))
            left = conn.scalar(select(func.count()).select_from(s).where(
                s.c.outbox_id == p.outbox_id, s.c.status == "pending"))
            if left == 0:
                failed = conn.scalar(select(func.count()).select_from(s).where(
                    s.c.outbox_id == p.outbox_id, s.c.status == "failed"))
                conn.execute(update(t.outbox).where(t.outbox.c.id == p.outbox_id).values(
                    status="failed" if failed else "done", done_at=_now()))

    def backlog(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(t.outbox)
                               .where(t.outbox.c.status == "pending")) or 0
