"""Durable Telegram-side state next to the ledger: offset, names, chats and rights, held
updates. The outbox and its planned calls are the delivery port's (:mod:`chatwarden.delivery.store`).

Everything here is keyed so that writing it twice is harmless: a restart after
``kill -9`` re-reads it and carries on. Rows become plain values at this
boundary; nothing outside this module writes SQL for the adapter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects import postgresql, sqlite

from chatwarden.adapters.telegram import tables as tg


@dataclass(slots=True)
class ChatInfo:
    chat_id: str
    title: str | None = None
    owner_id: str | None = None
    missing: list[str] = field(default_factory=list)


HELD = "held:"
ROOM = "room:"


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

    # -- the inbox: updates received, not decided yet ------------------------------------------

    def receive(self, updates: list[tuple[int, str]], offset: int) -> None:
        """Keep received updates (id, JSON) and the next offset, in one transaction, before
        the next ``getUpdates`` confirms them to Telegram."""
        with self.engine.begin() as conn:
            dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
            if updates:
                conn.execute(dialect.insert(tg.tg_inbox).on_conflict_do_nothing(), [
                    {"update_id": uid, "payload": payload} for uid, payload in updates])
            stmt = dialect.insert(tg.tg_state).values(key="offset", value=str(offset))
            conn.execute(stmt.on_conflict_do_update(index_elements=["key"],
                                                    set_={"value": str(offset)}))

    def inbox(self) -> list[tuple[int, str]]:
        """Updates received and not decided yet, in Telegram's order."""
        query = select(tg.tg_inbox.c.update_id, tg.tg_inbox.c.payload).order_by(tg.tg_inbox.c.update_id)
        with self.engine.connect() as conn:
            return [(uid, payload) for uid, payload in conn.execute(query)]

    def decided(self, update_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(tg.tg_inbox).where(tg.tg_inbox.c.update_id == update_id))

    # -- groups suspended for a term (Telegram has no such act: made read-only, then reopened) --

    def locked(self, chat_id: str) -> dict[str, Any] | None:
        """The kept state of a suspended group: its permissions before, and when to reopen."""
        with self.engine.connect() as conn:
            value = conn.scalar(select(tg.tg_state.c.value).where(
                tg.tg_state.c.key == _room_key(chat_id)))
        return json.loads(value) if value is not None else None

    def keep(self, chat_id: str, permissions: dict[str, Any]) -> None:
        self._upsert(tg.tg_state, ["key"], {"key": _room_key(chat_id), "value": json.dumps(
            {"permissions": permissions, "at": None})})

    def reopen_at(self, chat_id: str, at: str) -> None:
        """When to give the kept permissions back (the later term wins; none kept: every
        member permission is given)."""
        kept = self.locked(chat_id) or {"permissions": {}, "at": None}
        if kept["at"] is None or datetime.fromisoformat(at) > datetime.fromisoformat(kept["at"]):
            kept["at"] = at
            self._upsert(tg.tg_state, ["key"], {"key": _room_key(chat_id), "value": json.dumps(kept)})

    def due(self, now: datetime) -> list[tuple[str, dict[str, Any]]]:
        """Suspended groups whose term ended: (chat id, permissions to give back)."""
        query = select(tg.tg_state.c.key, tg.tg_state.c.value).where(
            tg.tg_state.c.key.startswith(ROOM, autoescape=True))
        with self.engine.connect() as conn:
            kept = [(key.removeprefix(ROOM), json.loads(value)) for key, value in conn.execute(query)]
        return [(chat, k["permissions"]) for chat, k in kept
                if k["at"] is not None and datetime.fromisoformat(k["at"]) <= now]

    def reopened(self, chat_id: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(tg.tg_state).where(tg.tg_state.c.key == _room_key(chat_id)))

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

    def stored_chats(self) -> list[str]:
        """Groups whose administrators were read (by this run or an earlier one)."""
        with self.engine.connect() as conn:
            return sorted(conn.scalars(select(tg.tg_chats.c.chat_id)))

    # -- updates held while a group's administrators are unknown ---------------------------------

    def hold(self, chat_id: str, update_id: int, payload: str) -> None:
        """Keep an update to decide once the chat's roles are known (committed before the
        offset moves past it, so a crash loses nothing)."""
        self._upsert(tg.tg_state, ["key"], {"key": _held_key(chat_id, update_id), "value": payload})

    def held(self, chat_id: str) -> list[tuple[int, str]]:
        """The chat's held updates in Telegram's order: (update id, update JSON)."""
        prefix = _held_key(chat_id, None)
        query = (select(tg.tg_state.c.key, tg.tg_state.c.value)
                 .where(tg.tg_state.c.key.startswith(prefix, autoescape=True))
                 .order_by(tg.tg_state.c.key))
        with self.engine.connect() as conn:
            return [(int(key.removeprefix(prefix)), value) for key, value in conn.execute(query)]

    def release(self, chat_id: str, update_id: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(tg.tg_state).where(
                tg.tg_state.c.key == _held_key(chat_id, update_id)))

    def holding_chats(self) -> list[str]:
        query = select(tg.tg_state.c.key).where(tg.tg_state.c.key.startswith(HELD, autoescape=True))
        with self.engine.connect() as conn:
            return sorted({key.removeprefix(HELD).rpartition(":")[0] for key in conn.scalars(query)})


def _held_key(chat_id: str, update_id: int | None) -> str:
    # zero-padded so that the text order of keys is Telegram's update order
    return f"{HELD}{chat_id}:" + (f"{update_id:015d}" if update_id is not None else "")


def _room_key(chat_id: str) -> str:
    return f"{ROOM}{chat_id}"
