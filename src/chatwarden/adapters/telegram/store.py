"""Durable Telegram-side state next to the ledger: offset, names, chats, outbox steps.

Everything here is keyed so that writing it twice is harmless: a restart after
``kill -9`` re-reads it and carries on. Rows become plain values at this
boundary; nothing outside this module writes SQL for the adapter.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, func, select, update
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
    lane: str = ""
    """The decision's chat: its calls run in order, other chats' calls beside them."""
    unknown: bool = False
    """Tried before with no answer (a crash, a lost connection): check before repeating."""


HELD = "held:"
OPEN = ("pending", "sending")


def _now() -> str:
    return datetime.now(UTC).isoformat()


class TelegramStore:
    def __init__(self, engine: Engine, scrub: Callable[[str], str] = str) -> None:
        self.engine, self.scrub = engine, scrub
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

    def stored_chats(self) -> list[str]:
        """Groups whose administrators were read (by this run or an earlier one)."""
        with self.engine.connect() as conn:
            return sorted(conn.scalars(select(tg.tg_chats.c.chat_id)))

    def known_chats(self) -> list[str]:
        """Groups met before: from this adapter's table and from the ledger's members."""
        with self.engine.connect() as conn:
            mine = set(conn.scalars(select(tg.tg_chats.c.chat_id)))
            seen = set(conn.scalars(select(t.members.c.chat).distinct()))
        return sorted(c for c in mine | seen if c.startswith("-"))

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

    # -- outbox steps -------------------------------------------------------------------------
    # A step is ``pending`` (not sent, or known not carried out), ``sending`` (intent recorded
    # before the call: if the row is still so, the outcome is unknown), ``done``, ``failed``
    # or ``unconfirmed`` (a message whose answer was lost; see the executor).

    def unexpanded(self, ready: Callable[[str], bool]) -> list[tuple[int, dict[str, Any]]]:
        """Pending outbox rows whose Bot API calls are not planned yet, oldest first, of
        chats ``ready`` accepts (a group's owner must be known before its plan is fixed)."""
        planned = select(tg.tg_steps.c.outbox_id)
        query = (select(t.outbox.c.id, t.outbox.c.chat, t.outbox.c.decision)
                 .where(t.outbox.c.status == "pending", t.outbox.c.id.not_in(planned))
                 .order_by(t.outbox.c.id))
        with self.engine.connect() as conn:
            return [(row.id, json.loads(row.decision)) for row in conn.execute(query)
                    if ready(row.chat)]

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

    def next_steps(self, busy: Collection[str] = ()) -> list[PendingStep]:
        """The first open call of each decision chat's lane (lanes not in ``busy``): one
        chat's calls run in order, chats run side by side."""
        s, o = tg.tg_steps, t.outbox
        heads = (select(o.c.chat, func.min(s.c.outbox_id).label("head"))
                 .join(o, o.c.id == s.c.outbox_id)
                 .where(s.c.status.in_(OPEN)).group_by(o.c.chat))
        found = []
        with self.engine.connect() as conn:
            for chat, head in conn.execute(heads):
                if chat in busy:
                    continue
                row = conn.execute(select(s).where(s.c.outbox_id == head, s.c.status.in_(OPEN))
                                   .order_by(s.c.seq).limit(1)).mappings().one()
                found.append(PendingStep(row["outbox_id"], row["seq"],
                                         Step(row["method"], json.loads(row["params"])),
                                         row["attempts"], chat, row["status"] == "sending"))
        return found

    def begin(self, p: PendingStep) -> None:
        """Record the intent before the call: after a crash, ``sending`` means "maybe done"."""
        s = tg.tg_steps
        with self.engine.begin() as conn:
            conn.execute(update(s).where(s.c.outbox_id == p.outbox_id, s.c.seq == p.seq)
                         .values(status="sending", attempts=s.c.attempts + 1))

    def attempt(self, p: PendingStep, error: str, *, unknown: bool) -> None:
        """A call that did not succeed: known not carried out (back to ``pending``) or
        of unknown outcome (stays ``sending``, checked before any repeat)."""
        s, error = tg.tg_steps, self.scrub(error)
        with self.engine.begin() as conn:
            conn.execute(update(s).where(s.c.outbox_id == p.outbox_id, s.c.seq == p.seq)
                         .values(status="sending" if unknown else "pending", error=error))
            conn.execute(update(t.outbox).where(t.outbox.c.id == p.outbox_id)
                         .values(attempts=t.outbox.c.attempts + 1, error=error))

    def finish(self, p: PendingStep, error: str | None = None, *, unconfirmed: bool = False) -> None:
        """Mark one call confirmed, given up (``error``) or ``unconfirmed`` (a message whose
        answer was lost: not repeated); the row is done when no call is left.

        A row that ends done carries no error, even if a try on the way failed."""
        s = tg.tg_steps
        error = self.scrub(error) if error is not None else None
        status = "unconfirmed" if unconfirmed else "failed" if error else "done"
        with self.engine.begin() as conn:
            conn.execute(update(s).where(s.c.outbox_id == p.outbox_id, s.c.seq == p.seq)
                         .values(status=status, done_at=_now(), error=error))
            left = conn.scalar(select(func.count()).select_from(s).where(
                s.c.outbox_id == p.outbox_id, s.c.status.in_(OPEN)))
            if left == 0:
                failed = conn.scalar(select(s.c.error).where(
                    s.c.outbox_id == p.outbox_id, s.c.status == "failed").limit(1))
                conn.execute(update(t.outbox).where(t.outbox.c.id == p.outbox_id).values(
                    status="failed" if failed else "done", done_at=_now(), error=failed))

    def backlog(self) -> int:
        with self.engine.connect() as conn:
            return conn.scalar(select(func.count()).select_from(t.outbox)
                               .where(t.outbox.c.status == "pending")) or 0


def _held_key(chat_id: str, update_id: int | None) -> str:
    # zero-padded so that the text order of keys is Telegram's update order
    return f"{HELD}{chat_id}:" + (f"{update_id:015d}" if update_id is not None else "")
