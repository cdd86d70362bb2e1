"""The ledger: durable record of events, members, sanctions, complaints, appeals and audit.

State is loaded once into memory (the engine works there, O(1) per event) and
what changed is written back in one transaction per batch, together with the
events that caused it. A crash loses at most the uncommitted batch, and those
events are replayed on restart: no decision is lost, none is taken twice.
"""

from __future__ import annotations

import heapq
import json
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import orjson
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, event, func, select
from sqlalchemy.dialects import postgresql, sqlite

from chatwarden.detect.context import Join, remember, remember_join
from chatwarden.engine.decision import Decision
from chatwarden.engine.state import Appeal, Complaint, Member, Offence, Sanction, State
from chatwarden.events import Event, event_from_json
from chatwarden.ledger import tables as t

MIGRATIONS = Path(__file__).with_name("migrations")
WINDOW_EVENTS = 256
"""Recent message events per chat re-read at start, to rebuild detectors' windows."""


def _dumps(value: Any) -> str:
    """Compact UTF-8 JSON; orjson because this runs for every event of a replay."""
    return orjson.dumps(value, default=str).decode()


def _iso(ts: datetime | None) -> str | None:
    return ts.isoformat() if ts is not None else None


def _dt(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def connect(url_or_path: str) -> Engine:
    """An engine for a URL (``postgresql+psycopg://...``) or a SQLite file path."""
    url = url_or_path if "://" in url_or_path else f"sqlite:///{url_or_path}"
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()
    return engine


class Ledger:
    def __init__(self, url_or_path: str) -> None:
        self.engine = connect(url_or_path)
        self.migrate()

    def migrate(self) -> None:
        """Bring the schema to the newest migration (a no-op when it is current)."""
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def close(self) -> None:
        self.engine.dispose()

    # -- loading -----------------------------------------------------------------------------

    def seen_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.scalars(select(t.events.c.id)))

    def load(self) -> State:
        state = State()
        with self.engine.connect() as conn:
            for row in conn.execute(select(t.members)).mappings():
                cs = state.chat(row["chat"])
                cs.members[row["user"]] = Member(
                    row["chat"], row["user"], row["role"], row["exempt"],
                    set(json.loads(row["permits"])), _dt(row["first_seen"]), _dt(row["joined_at"]),
                    _dt(row["last_active"]), row["joins"], row["returns"], row["present"],
                    row["removed_for_conflict"], row["banned"],
                    {date.fromisoformat(k): v for k, v in json.loads(row["activity"]).items()},
                    json.loads(row["names"]), json.loads(row["first_messages"]))
                if row["role"] != "member":
                    cs.windows.roles[row["user"]] = row["role"]
                if cs.members[row["user"]].banned or row["removed_for_conflict"]:
                    cs.windows.removed[row["user"]] = cs.members[row["user"]].removed()
            for row in conn.execute(select(t.offences).order_by(t.offences.c.id)).mappings():
                o = Offence(row["id"], row["chat"], row["user"], row["rule_id"], row["step"],
                            _dt(row["ts"]), row["event_id"], _dt(row["lifted_at"]))  # type: ignore[arg-type]
                state.chat(o.chat).offences.setdefault(o.user, []).append(o)
            for row in conn.execute(select(t.sanctions).order_by(t.sanctions.c.id)).mappings():
                s = Sanction(row["id"], row["chat"], row["user"], row["type"], _dt(row["start"]),  # type: ignore[arg-type]
                             row["event_id"], row["rule_id"], row["offence_id"], row["term_days"],
                             _dt(row["until"]), row["conflict"], _dt(row["lifted_at"]),
                             row["lifted_by"], row["expired"])
                state.chat(s.chat).sanctions.setdefault(s.user, []).append(s)
                if s.until is not None and s.lifted_at is None and not s.expired:
                    state.expiring.append((s.until, s.id, s.chat, s.user))
            heapq.heapify(state.expiring)
            for row in conn.execute(select(t.complaints).order_by(t.complaints.c.id)).mappings():
                c = Complaint(row["id"], row["chat"], row["reporter"], row["target"],
                              _dt(row["ts"]), row["event_id"], json.loads(row["fields"]),  # type: ignore[arg-type]
                              row["counted"])
                state.chat(c.chat).complaints.setdefault(c.target, []).append(c)
            for row in conn.execute(select(t.appeals)).mappings():
                a = Appeal(row["id"], row["chat"], row["user"], row["sanction_id"], row["text"],
                           _dt(row["ts"]), row["event_id"], row["status"])  # type: ignore[arg-type]
                state.chat(a.chat).appeals[a.id] = a
            for row in conn.execute(select(t.jobs)).mappings():
                state.chat(row["chat"]).jobs[row["name"]] = _dt(row["last_run"])  # type: ignore[assignment]
            for kind, table in (("offence", t.offences), ("sanction", t.sanctions),
                                ("complaint", t.complaints), ("appeal", t.appeals)):
                state.next_id[kind] = (conn.scalar(select(func.max(table.c.id))) or 0) + 1
            self._load_windows(conn, state)
        return state

    def _load_windows(self, conn: Connection, state: State) -> None:
        """Re-read each chat's recent events so stateful detectors resume where they were."""
        markers: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for row in conn.execute(select(t.markers)).mappings():
            markers.setdefault((row["chat"], row["event_id"]), []).append((row["user"], row["key"]))
        for chat in list(state.chats):
            cs = state.chats[chat]
            recent = conn.execute(
                select(t.events.c.raw).where(t.events.c.chat == chat)
                .order_by(t.events.c.ts.desc()).limit(WINDOW_EVENTS)).scalars().all()
            for raw in reversed(recent):
                ev = event_from_json(json.loads(raw))
                if ev.type == "message":
                    remember(cs.windows, ev)
                    cs.authors[ev.id] = ev.user
                elif ev.type == "join":
                    returning = (cs.members.get(ev.user) or Member(chat, ev.user)).joins > 1
                    remember_join(cs.windows, Join(ev.user, ev.ts, ev.invite_link, ev.invited_by,
                                                   returning))
                for user, key in markers.get((chat, ev.id), ()):
                    cs.windows.markers[(user, key)] = cs.windows.seq

    # -- writing -----------------------------------------------------------------------------

    def write(self, events: Sequence[Event], decisions: Sequence[Decision], state: State, *,
              outbox: bool = False) -> None:
        """One transaction: the events, every change they caused, their decisions (and outbox)."""
        ch = state.changes
        with self.engine.begin() as conn:
            if events:
                conn.execute(t.events.insert(), [
                    {"id": e.id, "chat": e.chat, "type": e.type, "user": e.user,
                     "ts": e.ts.astimezone(UTC).isoformat(), "raw": _dumps(e.to_json())} for e in events])
            self._upsert(conn, t.members, ["chat", "user"],
                         [_member_row(m) for m in ch.members.values()])
            self._upsert(conn, t.offences, ["id"], [_offence_row(o) for o in ch.offences.values()])
            self._upsert(conn, t.sanctions, ["id"], [_sanction_row(s) for s in ch.sanctions.values()])
            self._upsert(conn, t.complaints, ["id"], [
                {"id": c.id, "chat": c.chat, "reporter": c.reporter, "target": c.target,
                 "ts": c.ts.isoformat(), "event_id": c.event_id,
                 "fields": _dumps(c.fields), "counted": c.counted}
                for c in ch.complaints.values()])
            self._upsert(conn, t.appeals, ["id"], [
                {"id": a.id, "chat": a.chat, "user": a.user, "sanction_id": a.sanction_id,
                 "text": a.text, "ts": a.ts.isoformat(), "event_id": a.event_id, "status": a.status}
                for a in ch.appeals.values()])
            self._upsert(conn, t.jobs, ["chat", "name"], [
                {"chat": chat, "name": name, "last_run": at.isoformat()}
                for (chat, name), at in ch.jobs.items()])
            self._upsert(conn, t.markers, ["chat", "user", "key"], [
                {"chat": chat, "user": user, "key": key, "event_id": ev}
                for (chat, user, key), ev in ch.markers.items()])
            audit_rows = [{"ts": ts.isoformat(), "kind": kind, "event_id": ev, "chat": chat,
                           "actor": actor, "user": user,
                           "payload": _dumps(payload)}
                          for ts, kind, ev, chat, actor, user, payload in ch.audit]
            audit_rows += [{"ts": d.ts.isoformat(), "kind": "decision", "event_id": d.event,
                            "chat": d.chat, "actor": d.actor, "user": d.user,
                            "payload": _dumps(d.to_json())} for d in decisions]
            if audit_rows:
                conn.execute(t.audit.insert(), audit_rows)
            reviews = [{"chat": d.chat, "user": d.user, "event_id": d.event,
                        "rules": _dumps(d.rules), "status": "open", "created": d.ts.isoformat(),
                        "note": "; ".join(a.note or "" for a in d.actions if a.type == "review")}
                       for d in decisions if any(a.type == "review" for a in d.actions)]
            if reviews:
                conn.execute(t.reviews.insert(), reviews)
            if outbox:
                rows = [{"chat": d.chat, "user": d.user, "event_id": d.event, "status": "pending",
                         "decision": _dumps(d.to_json()), "attempts": 0,
                         "created": d.ts.isoformat()} for d in decisions if d.actions]
                if rows:
                    conn.execute(t.outbox.insert(), rows)
        ch.clear()

    @staticmethod
    def _upsert(conn: Connection, table: Any, keys: list[str], rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        stmt = dialect.insert(table)
        update = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
        conn.execute(stmt.on_conflict_do_update(index_elements=keys, set_=update), rows)

    # -- reading -----------------------------------------------------------------------------

    def decisions(self, chat: str | None = None, user: str | None = None) -> Iterable[dict[str, Any]]:
        """Recorded decisions in the ``replay --json`` form, oldest first."""
        query = (select(t.audit.c.payload).where(t.audit.c.kind == "decision")
                 .order_by(t.audit.c.seq))
        if chat is not None:
            query = query.where(t.audit.c.chat == chat)
        if user is not None:
            query = query.where(t.audit.c.user == user)
        with self.engine.connect() as conn:
            for payload in conn.execute(query).scalars():
                yield json.loads(payload)

    def rows(self, table: str, **where: Any) -> list[dict[str, Any]]:
        """Rows of one ledger table as plain dicts (for reading tools, not the engine)."""
        tab = t.metadata.tables[table]
        query = select(tab)
        for column, value in where.items():
            if value is not None:
                query = query.where(tab.c[column] == value)
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]


def _member_row(m: Member) -> dict[str, Any]:
    return {"chat": m.chat, "user": m.user, "role": m.role, "exempt": m.exempt,
            "permits": _dumps(sorted(m.permits)),
            "first_seen": _iso(m.first_seen), "joined_at": _iso(m.joined_at),
            "last_active": _iso(m.last_active), "joins": m.joins, "returns": m.returns,
            "present": m.present, "removed_for_conflict": m.removed_for_conflict,
            "banned": m.banned,
            "activity": _dumps({d.isoformat(): n for d, n in m.activity.items()}),
            "names": _dumps(m.names), "first_messages": _dumps(m.first_messages)}


def _offence_row(o: Offence) -> dict[str, Any]:
    return {"id": o.id, "chat": o.chat, "user": o.user, "rule_id": o.rule_id, "step": o.step,
            "ts": o.ts.isoformat(), "event_id": o.event_id, "lifted_at": _iso(o.lifted_at)}


def _sanction_row(s: Sanction) -> dict[str, Any]:
    return {"id": s.id, "chat": s.chat, "user": s.user, "type": s.type, "start": s.start.isoformat(),
            "event_id": s.event_id, "rule_id": s.rule_id, "offence_id": s.offence_id,
            "term_days": s.term_days, "until": _iso(s.until), "conflict": s.conflict,
            "lifted_at": _iso(s.lifted_at), "lifted_by": s.lifted_by, "expired": s.expired}
