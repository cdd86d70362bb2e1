"""The ledger: durable record of events, members, sanctions, complaints, appeals and audit.

A chat's state is loaded into memory when the engine first needs that chat
(:meth:`Ledger.load_chat`; the engine works there, O(1) per event) and the
engine's outcomes (decisions and the record changes they imply) are written in
one transaction per batch, together with the events that caused them
(:meth:`Ledger.apply`). A crash loses at most the uncommitted batch, and those
events are replayed on restart: no decision is lost, none is taken twice.

One exclusive writer (:meth:`Ledger.acquire_writer`: replay, the bot) numbers
records from the ledger's highest committed id, densely. Several shared writers (the
workers of a cluster, each judging the chats of the partitions it owns) take
record numbers in blocks from the ledger (:meth:`Ledger.reserve_ids`), and each of
their commits proves, inside its transaction, that the writer still owns the
partitions of the batch (:meth:`Ledger.take_partition`, ``fence``). The two kinds
exclude each other. New records are INSERTed and a clash is an error
(:class:`LedgerConflict`), known ones are UPDATEd and must exist: a record is never
silently replaced. Readers (``chatwarden ledger``) take no lock and work while
writers run.
"""

from __future__ import annotations

import fcntl
import heapq
import json
import os
import socket
import sys
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import (
    Connection,
    Engine,
    Table,
    bindparam,
    create_engine,
    event,
    func,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, IntegrityError

from chatwarden.detect.context import CHAT_WINDOW, USER_WINDOW, Join, Seen, remember_join
from chatwarden.engine.state import (
    AUTHORS_KEPT,
    Appeal,
    ChatState,
    Complaint,
    Member,
    Offence,
    Outcome,
    Sanction,
    Timers,
    original_id,
)
from chatwarden.errors import ChatwardenError
from chatwarden.events import event_from_json
from chatwarden.ledger import tables as t

MIGRATIONS = Path(__file__).with_name("migrations")
WRITER_LOCK_KEY = 0x43574C4544474552
"""PostgreSQL advisory lock key of a ledger's writer ("CWLEDGER")."""
MIGRATE_LOCK_KEY = 0x43574D4947524154
"""PostgreSQL advisory lock key held while a process migrates a ledger ("CWMIGRAT")."""
NUMBERED = (("offence", t.offences), ("sanction", t.sanctions),
            ("complaint", t.complaints), ("appeal", t.appeals))
"""The kinds of record the engine numbers, and their tables."""


class LedgerBusy(ChatwardenError):
    """Another process writes this ledger; the message names it."""


class LedgerConflict(ChatwardenError):
    """A write would replace or miss a record: refused, nothing of the batch is committed."""


class LedgerFenced(ChatwardenError):
    """The writer no longer owns a partition of the batch: refused, nothing committed."""


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


SHARED_MARK = "[shared writer] "
"""Put before a shared writer's command where the holder is recorded (the refusal says so)."""


def _holder(shared: bool = False) -> dict[str, Any]:
    command = (SHARED_MARK if shared else "") + (" ".join(sys.argv)[:500] or "python")
    return {"pid": os.getpid(), "host": socket.gethostname(), "command": command,
            "since": datetime.now(UTC).isoformat(timespec="seconds")}


def _describe(holder: dict[str, Any] | None) -> str:
    if not holder:
        return "a process that has not said who it is yet"
    command = str(holder["command"])
    if command.startswith(SHARED_MARK):
        return (f"the workers of a cluster (shared writers; the latest to join: pid "
                f"{holder['pid']} on {holder['host']} since {holder['since']}, "
                f"`{command.removeprefix(SHARED_MARK)}`)")
    return f"pid {holder['pid']} on {holder['host']} since {holder['since']} (`{command}`)"


class Ledger:
    def __init__(self, url_or_path: str) -> None:
        self.engine = connect(url_or_path)
        self.url = self.engine.url.render_as_string(hide_password=True)
        self._lock_fd: int | None = None
        self._lock_conn: Connection | None = None
        self.shared = False
        """True while this process is one of several writers (``acquire_writer(shared=True)``)."""
        self.migrate()

    def migrate(self) -> None:
        """Bring the schema to the newest migration of every branch (a no-op when current).

        ``heads``, not ``head``: each adapter's tables are a branch of their own, and a
        ledger is only usable with all of them.
        """
        from alembic import command  # only migrating needs alembic, which is slow to import
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with self.engine.begin() as conn:
            if conn.dialect.name == "postgresql":
                # workers started side by side on a fresh database: one migrates, the others
                # wait for its transaction and then find the schema current
                conn.execute(select(func.pg_advisory_xact_lock(MIGRATE_LOCK_KEY)))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "heads")

    def close(self) -> None:
        self.release_writer()
        self.engine.dispose()

    # -- the writer lock ---------------------------------------------------------------------

    def acquire_writer(self, shared: bool = False) -> None:
        """Become this ledger's only writer, or (``shared``) one of several; raise
        :class:`LedgerBusy` naming the holder when the other kind writes it.

        Why a lock the operating system or the server owns, not a lease row: it is
        released the moment its holder dies (``kill -9``, a power cut, a dropped
        connection), so a crash never leaves a stale lock to clear by hand and no
        clock or heartbeat has to be trusted. SQLite: ``flock`` on ``<ledger>.lock``
        beside the file (the holder is written into it); local file systems only, like
        SQLite's own locking. PostgreSQL: ``pg_try_advisory_lock`` on a connection kept
        for writing, so holding the lock and writing cannot part: if that connection
        drops, the lock goes with it and the next write takes it again before writing.

        The exclusive writer numbers records densely from the highest committed id, so
        no one else may number any. Shared writers (a cluster's workers) hold the lock in
        shared mode, number from blocks (:meth:`reserve_ids`) and fence each commit by
        partition (:meth:`take_partition`): they exclude the exclusive writer, not each
        other.
        """
        self.shared = shared
        if self.engine.dialect.name == "postgresql":
            self._writer_connection()
            return
        path = self.engine.url.database
        if not path or path == ":memory:" or self._lock_fd is not None:
            return  # an in-memory ledger belongs to its one process
        fd = os.open(f"{path}.lock", os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            try:
                holder = json.loads(os.pread(fd, 4096, 0) or b"null")
            except ValueError:
                holder = None
            os.close(fd)
            raise self._busy(holder) from None
        os.ftruncate(fd, 0)  # a shared writer names itself too: the latest to join
        os.pwrite(fd, _dumps(_holder(shared)).encode(), 0)
        self._lock_fd = fd

    def release_writer(self) -> None:
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # closing the descriptor releases the flock
            self._lock_fd = None
        conn, self._lock_conn = self._lock_conn, None
        if conn is not None:
            try:  # the lock is the session's: give it back before the pool keeps the session
                unlock = func.pg_advisory_unlock_shared if self.shared else func.pg_advisory_unlock
                conn.execute(select(unlock(WRITER_LOCK_KEY)))
                conn.commit()
            except DBAPIError:
                conn.invalidate()  # a dead connection holds nothing any more
            conn.close()

    def _busy(self, holder: dict[str, Any] | None) -> LedgerBusy:
        return LedgerBusy(f"ledger {self.url} is being written by {_describe(holder)}; "
                          "one writer at a time (or a cluster's shared writers together): "
                          "wait for it to finish or stop it (`chatwarden ledger ...` can read "
                          "meanwhile)")

    def _writer_connection(self) -> Connection:
        """PostgreSQL: the connection that holds the writer lock, taken again if it dropped."""
        conn = self._lock_conn
        if conn is not None and not conn.invalidated and not conn.closed:
            return conn
        if conn is not None:
            conn.close()
            self._lock_conn = None
        conn = self.engine.connect()
        lock = func.pg_try_advisory_lock_shared if self.shared else func.pg_try_advisory_lock
        got = conn.scalar(select(lock(WRITER_LOCK_KEY)))
        conn.commit()
        if not got:
            row = conn.execute(select(t.writer).where(t.writer.c.id == 1)).mappings().first()
            conn.close()
            raise self._busy(dict(row) if row else None)
        with conn.begin():
            holder = _holder(self.shared)
            stmt = postgresql.insert(t.writer).values(id=1, **holder)
            conn.execute(stmt.on_conflict_do_update(
                index_elements=["id"], set_={c: stmt.excluded[c] for c in holder}))
        self._lock_conn = conn
        return conn

    # -- loading -----------------------------------------------------------------------------

    def seen_ids(self) -> set[str]:
        with self.engine.connect() as conn:
            return set(conn.scalars(select(t.events.c.id)))

    def holds_events(self) -> bool:
        """Whether the ledger holds any event at all."""
        with self.engine.connect() as conn:
            return conn.scalar(select(t.events.c.id).limit(1)) is not None

    def known_events(self, ids: Iterable[str]) -> set[str]:
        """Which of these event ids the ledger holds (judged and committed): a shared writer
        asks per batch instead of keeping every id ever seen in memory."""
        wanted, known = list(dict.fromkeys(ids)), set[str]()
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 1000):
                known.update(conn.scalars(select(t.events.c.id)
                                          .where(t.events.c.id.in_(wanted[i:i + 1000]))))
        return known

    def next_ids(self) -> dict[str, int]:
        """The next record number of each kind: one past the highest committed (read after
        :meth:`acquire_writer`, so no other process numbers records meanwhile)."""
        with self.engine.connect() as conn:
            return {kind: (conn.scalar(select(func.max(table.c.id))) or 0) + 1
                    for kind, table in NUMBERED}

    def reserve_ids(self, kind: str, n: int) -> int:
        """The first of ``n`` record numbers of ``kind`` that no other writer will ever use.

        Why blocks from a counter row, not a database sequence per kind: the counter starts
        past the highest committed id (an exclusive writer numbers densely from there and
        leaves the counter behind), it works the same on SQLite, and one round trip serves
        ``n`` records. A block a writer dies holding leaves a gap in the numbers, never a
        clash."""
        table = dict(NUMBERED)[kind]
        blocks = t.id_blocks
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        larger = func.greatest if dialect is postgresql else func.max  # SQLite's max(a, b)
        past = select(func.coalesce(func.max(table.c.id), 0) + 1).scalar_subquery()
        with self.engine.begin() as conn:
            conn.execute(dialect.insert(blocks).values(kind=kind, next=1)
                         .on_conflict_do_nothing(index_elements=["kind"]))
            end = conn.scalar(update(blocks).where(blocks.c.kind == kind)
                              .values(next=larger(blocks.c.next, past) + n)
                              .returning(blocks.c.next))
        return int(end) - n

    def take_partition(self, partition: int, owner: str) -> int:
        """Become the owner of ``partition`` in the ledger: its fencing token, bumped.

        Every later commit of a batch of that partition's chats passes the token
        (``apply(fence=...)``) and is refused once someone else took the partition: the
        check runs inside the commit's transaction, with the partition's row locked, so a
        take-over waits for a commit in flight and no commit can slip in after it."""
        p = t.partitions
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        with self.engine.begin() as conn:
            conn.execute(dialect.insert(p).values(partition=partition, token=0)
                         .on_conflict_do_nothing(index_elements=["partition"]))
            token = conn.scalar(update(p).where(p.c.partition == partition)
                                .values(token=p.c.token + 1, owner=owner,
                                        since=datetime.now(UTC).isoformat(timespec="seconds"))
                                .returning(p.c.token))
        return int(token)

    def chat_ids(self) -> list[str]:
        """Every chat the ledger holds state of (members or scheduled jobs)."""
        query = select(t.members.c.chat).union(select(t.jobs.c.chat))
        with self.engine.connect() as conn:
            return sorted(conn.scalars(query))

    def timers(self) -> dict[str, Timers]:
        """Every chat's jobs (name → last run) and the earliest end of its running timed
        sanctions: what the engine's clock needs to tell which chats have something due."""
        out: dict[str, Timers] = {chat: ({}, None) for chat in self.chat_ids()}
        s = t.sanctions
        timed = (select(s.c.chat, s.c.until)
                 .where(s.c.until.is_not(None) & s.c.lifted_at.is_(None) & ~s.c.expired))
        with self.engine.connect() as conn:
            for chat, name, last in conn.execute(select(t.jobs.c.chat, t.jobs.c.name,
                                                        t.jobs.c.last_run)):
                out.setdefault(chat, ({}, None))[0][name] = datetime.fromisoformat(last)
            for chat, until in conn.execute(timed):
                runs, first = out.setdefault(chat, ({}, None))
                at = datetime.fromisoformat(until)
                out[chat] = (runs, at if first is None or at < first else first)
        return out

    def load_chat(self, chat: str) -> ChatState:
        """One chat's state as the last committed batch left it (the engine asks per chat)."""
        cs = ChatState(chat)
        m = t.members
        with self.engine.connect() as conn:
            # every member's name now, the member when the engine reaches them; those with a
            # role or removed now too (the detectors' windows hold them)
            cs.members.stored.update(conn.scalars(select(m.c.user).where(m.c.chat == chat)))
            special = (m.c.role != "member") | m.c.banned | m.c.removed_for_conflict
            for member in self._members(conn, chat, special):
                dict.__setitem__(cs.members, member.user, member)
                cs.members.stored.discard(member.user)
                if member.role != "member":
                    cs.windows.roles[member.user] = member.role
                if member.banned or member.removed_for_conflict:
                    cs.windows.removed[member.user] = member.removed()
            cs.members.fetch = lambda users: self.members_of(chat, users)
            for row in self._of(conn, t.offences, chat):
                o = Offence(row["id"], chat, row["user"], row["rule_id"], row["step"],
                            _dt(row["ts"]), row["event_id"], _dt(row["lifted_at"]))  # type: ignore[arg-type]
                cs.offences.setdefault(o.user, []).append(o)
            for row in self._of(conn, t.sanctions, chat):
                s = Sanction(row["id"], chat, row["user"], row["type"], _dt(row["start"]),  # type: ignore[arg-type]
                             row["event_id"], row["rule_id"], row["offence_id"], row["term_days"],
                             _dt(row["until"]), row["conflict"], _dt(row["lifted_at"]),
                             row["lifted_by"], row["expired"], row["message"], row["decided_by"])
                cs.sanctions.setdefault(s.user, []).append(s)
                if s.until is not None and s.lifted_at is None and not s.expired:
                    cs.expiring.append((s.until, s.id, s.user))
            heapq.heapify(cs.expiring)
            for row in self._of(conn, t.complaints, chat):
                c = Complaint(row["id"], chat, row["reporter"], row["target"],
                              _dt(row["ts"]), row["event_id"], json.loads(row["fields"]),  # type: ignore[arg-type]
                              row["counted"])
                cs.complaints.setdefault(c.target, []).append(c)
            for row in self._of(conn, t.appeals, chat):
                cs.appeals[row["id"]] = Appeal(row["id"], chat, row["user"], row["sanction_id"],
                                               row["text"], _dt(row["ts"]), row["event_id"],  # type: ignore[arg-type]
                                               row["status"])
            for row in conn.execute(select(t.jobs).where(t.jobs.c.chat == chat)).mappings():
                cs.jobs[row["name"]] = _dt(row["last_run"])  # type: ignore[assignment]
            for row in conn.execute(select(t.budgets).where(t.budgets.c.chat == chat)).mappings():
                cs.budgets[row["budget"]] = (row["tokens"], _dt(row["last"]))
            self._load_windows(conn, cs)
        return cs

    def members_of(self, chat: str, users: Iterable[str]) -> dict[str, Member]:
        """Some members of a chat as the last committed batch left them, by user."""
        wanted, out = list(users), {}
        with self.engine.connect() as conn:
            for i in range(0, len(wanted), 1000):
                for member in self._members(conn, chat, t.members.c.user.in_(wanted[i:i + 1000])):
                    out[member.user] = member
        return out

    @staticmethod
    def _members(conn: Connection, chat: str, which: Any) -> Iterable[Member]:
        query = select(t.members).where((t.members.c.chat == chat) & which)
        for row in conn.execute(query).mappings():
            yield Member(
                chat, row["user"], row["role"], row["exempt"],
                set(json.loads(row["permits"])), _dt(row["first_seen"]), _dt(row["joined_at"]),
                _dt(row["last_active"]), row["joins"], row["returns"], row["present"],
                row["removed_for_conflict"], row["banned"],
                {date.fromisoformat(k): v for k, v in json.loads(row["activity"]).items()},
                json.loads(row["names"]), json.loads(row["first_messages"]))

    @staticmethod
    def _of(conn: Connection, table: Table, chat: str) -> Iterable[Any]:
        """A numbered table's rows of one chat, oldest first (lists keep that order)."""
        return conn.execute(select(table).where(table.c.chat == chat)
                            .order_by(table.c.id)).mappings()

    def _load_windows(self, conn: Connection, cs: ChatState) -> None:
        """Rebuild a chat's detector windows exactly as the last run left them.

        Each message the windows saw carries its window number (``events.wseq``), so
        the windows are the chat's last :data:`CHAT_WINDOW` messages plus each member's
        last :data:`USER_WINDOW`, under their own numbers (markers keep pointing where
        they did); the join window is the joins from the oldest one it still held.
        """
        ev, windows = t.events, cs.windows
        messages = (ev.c.chat == cs.chat) & (ev.c.type == "message") & ev.c.wseq.is_not(None)
        ranked = select(
            ev.c.id, ev.c.user, ev.c.raw, ev.c.wseq,
            func.row_number().over(partition_by=ev.c.user,
                                   order_by=ev.c.wseq.desc()).label("by_user"),
            func.row_number().over(order_by=ev.c.wseq.desc()).label("by_chat"),
        ).where(messages).subquery()
        query = (select(ranked.c.id, ranked.c.user, ranked.c.wseq, ranked.c.by_user,
                        ranked.c.by_chat, ranked.c.raw)
                 .where((ranked.c.by_chat <= AUTHORS_KEPT) | (ranked.c.by_user <= USER_WINDOW))
                 .order_by(ranked.c.wseq))
        for row in conn.execute(query).mappings():
            if row["by_chat"] <= AUTHORS_KEPT:
                cs.authors[row["id"]] = row["user"]
            windows.seq = row["wseq"]
            if row["by_user"] > USER_WINDOW and row["by_chat"] > CHAT_WINDOW:
                continue
            seen = Seen(row["wseq"], event_from_json(json.loads(row["raw"])))
            if row["by_chat"] <= CHAT_WINDOW:
                windows.messages.append(seen)
            if row["by_user"] <= USER_WINDOW:
                windows.by_user.setdefault(row["user"], deque(maxlen=USER_WINDOW)).append(seen)
        start = conn.scalar(select(t.chat_windows.c.joins_from)
                            .where(t.chat_windows.c.chat == cs.chat))
        joins = (select(ev.c.raw, ev.c.wseq, ev.c.rejoined)
                 .where((ev.c.chat == cs.chat) & (ev.c.type == "join") & ev.c.wseq.is_not(None))
                 .order_by(ev.c.wseq))
        for row in conn.execute(joins).mappings():
            if start is not None and row["wseq"] < start:
                windows.joined = row["wseq"]
                continue
            e = event_from_json(json.loads(row["raw"]))
            join = Join(e.user, e.ts, e.invite_link, e.invited_by, bool(row["rejoined"]))
            if start is None:  # a ledger older than join numbers: the window as time leaves it
                windows.joined = row["wseq"] - 1
                remember_join(windows, join)
                continue
            join.n = windows.joined = row["wseq"]
            windows.joins.append(join)  # exactly the joins it held, none pruned again
            windows.last_join[join.user] = join
        mk = t.markers
        marked = select(mk.c.user, mk.c.key,
                        func.coalesce(mk.c.seq, select(ev.c.wseq).where(ev.c.id == mk.c.event_id)
                                      .scalar_subquery()).label("seq")).where(mk.c.chat == cs.chat)
        for row in conn.execute(marked).mappings():
            if row["seq"] is not None:
                windows.markers[(row["user"], row["key"])] = row["seq"]

    # -- writing -----------------------------------------------------------------------------

    def apply(self, outcome: Outcome, *, outbox: bool = False,
              fence: Mapping[int, int] | None = None,
              also: Callable[[Connection], None] | None = None) -> None:
        """One transaction: the outcome's events, the record changes they caused, their
        decisions (and outbox rows). It reads nothing of the engine's memory.

        All or nothing: on any error nothing is committed, so the same call can be
        retried. :class:`LedgerConflict` when a new record's number is taken, a known
        record is missing or an event is already there: another writer was here.
        ``fence`` (partition → token from :meth:`take_partition`): first of all, each
        partition must still carry that token, else :class:`LedgerFenced`. ``also(conn)``
        runs last in the same transaction (a queue deletes the events it handed out).
        """
        try:
            if self.engine.dialect.name == "postgresql":
                conn = self._writer_connection()
                with conn.begin():
                    self._apply(conn, outcome, outbox, fence, also)
            else:
                with self.engine.begin() as conn:
                    self._apply(conn, outcome, outbox, fence, also)
        except IntegrityError as exc:
            raise LedgerConflict(f"ledger {self.url}: a record this process numbered already "
                                 f"exists: another process wrote this ledger "
                                 f"({str(exc.orig).splitlines()[0]}); nothing of the batch "
                                 "was committed") from exc

    def _apply(self, conn: Connection, outcome: Outcome, outbox: bool,
               fence: Mapping[int, int] | None = None,
               also: Callable[[Connection], None] | None = None) -> None:
        if fence:
            self._fence(conn, fence)
        ch = outcome.changes
        if outcome.events:
            self._events(conn, [
                {"id": e.id, "chat": e.chat, "type": e.type, "user": e.user,
                 "ts": e.ts.astimezone(UTC).isoformat(), "raw": _dumps(e.to_json()),
                 "wseq": ch.windowed.get(e.id, (None, None))[0],
                 "rejoined": ch.windowed.get(e.id, (None, None))[1]} for e in outcome.events])
        for kind, table, keys, to_row in _RECORDS:
            rows = {key: to_row(r) for key, r in ch.copies(kind).items()}
            self._save(conn, table, keys, rows, {key for k, key in ch.created if k == kind})
        self._upsert(conn, t.jobs, ["chat", "name"], [
            {"chat": chat, "name": name, "last_run": at.isoformat()}
            for (chat, name), at in ch.jobs.items()])
        self._upsert(conn, t.markers, ["chat", "user", "key"], [
            {"chat": chat, "user": user, "key": key, "event_id": ev, "seq": seq}
            for (chat, user, key), (ev, seq) in ch.markers.items()])
        self._upsert(conn, t.chat_windows, ["chat"], [
            {"chat": chat, "joins_from": n} for chat, n in ch.joins_from.items()])
        self._upsert(conn, t.budgets, ["budget", "chat"], [
            {"budget": name, "chat": chat, "tokens": tokens, "last": _iso(last)}
            for (name, chat), (tokens, last) in ch.budgets.items()])
        payloads = [_dumps(d.to_json()) for d in outcome]  # once: the audit and the outbox
        audit_rows = [{"ts": ts.isoformat(), "kind": kind, "event_id": ev, "chat": chat,
                       "actor": actor, "user": user,
                       "payload": _dumps(payload)}
                      for ts, kind, ev, chat, actor, user, payload in ch.audit]
        audit_rows += [{"ts": d.ts.isoformat(), "kind": "decision", "event_id": d.event,
                        "chat": d.chat, "actor": d.actor, "user": d.user,
                        "payload": payload} for d, payload in zip(outcome, payloads, strict=True)]
        if audit_rows:
            conn.execute(t.audit.insert(), audit_rows)
        reviews = [{"chat": d.chat, "user": d.user, "event_id": d.event,
                    "message": original_id(d.event), "rules": _dumps(d.rules), "status": "open",
                    "created": d.ts.isoformat(),
                    "note": "; ".join(a.note or "" for a in d.actions if a.type == "review")}
                   for d in outcome if any(a.type == "review" for a in d.actions)]
        if reviews:
            conn.execute(t.reviews.insert(), reviews)
        r = t.reviews
        for chat, message, by, ts in ch.settled:  # after the inserts: a batch may hold both
            conn.execute(update(r).where(r.c.chat == chat, r.c.message == message,
                                         r.c.status.in_(t.REVIEW_OPEN))
                         .values(status="chat", resolved_at=ts.isoformat(), resolved_by=by))
        if outbox:
            pending = [{"chat": d.chat, "user": d.user, "event_id": d.event, "status": "pending",
                        "decision": payload, "attempts": 0, "created": d.ts.isoformat()}
                       for d, payload in zip(outcome, payloads, strict=True) if d.actions]
            if pending:
                conn.execute(t.outbox.insert(), pending)
        if also is not None:
            also(conn)

    @staticmethod
    def _fence(conn: Connection, fence: Mapping[int, int]) -> None:
        """Refuse the batch unless this writer still owns each of its partitions. The rows are
        locked (PostgreSQL) until the commit ends, so a take-over waits for it; on SQLite the
        write that follows fails (and is retried) if a take-over committed meanwhile."""
        p = t.partitions
        query = select(p.c.partition, p.c.token, p.c.owner).where(p.c.partition.in_(list(fence)))
        if conn.dialect.name == "postgresql":
            query = query.with_for_update()
        held = {row.partition: row for row in conn.execute(query)}
        lost = sorted(n for n, token in fence.items()
                      if n not in held or held[n].token != token)
        if lost:
            now = ", ".join(f"{n} (token {held[n].token}, owner {held[n].owner})" if n in held
                            else f"{n} (never taken)" for n in lost)
            raise LedgerFenced(f"ledger: partition(s) {now} taken over since this writer took "
                               "them; nothing of the batch was committed")

    @staticmethod
    def _events(conn: Connection, rows: list[dict[str, Any]]) -> None:
        """Insert the batch's events, each id once ever (``ON CONFLICT DO NOTHING``); one that
        is already there was judged by another writer, so this batch's decisions on it are
        wrong: :class:`LedgerConflict` (rolled back; the caller forgets the batch)."""
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        stmt = (dialect.insert(t.events).on_conflict_do_nothing(index_elements=["id"])
                .returning(t.events.c.id))
        added = set(conn.scalars(stmt, rows))
        if len(added) != len(rows):
            twice = [row["id"] for row in rows if row["id"] not in added]
            raise LedgerConflict(f"events {', '.join(twice[:5])}"
                                 f"{' …' if len(twice) > 5 else ''} are already in the ledger: "
                                 "another writer judged them; nothing of the batch was "
                                 "committed")

    @staticmethod
    def _save(conn: Connection, table: Table, keys: tuple[str, ...], rows: dict[Any, dict[str, Any]],
              created: set[Any]) -> None:
        """INSERT the new rows, UPDATE the known ones; a known row that is missing is a conflict."""
        new = [row for key, row in rows.items() if key in created]
        if new:
            conn.execute(table.insert(), new)
        known = [{**row, **{f"k_{k}": row[k] for k in keys}}
                 for key, row in rows.items() if key not in created]
        if not known:
            return
        where = [table.c[k] == bindparam(f"k_{k}") for k in keys]
        result = conn.execute(table.update().where(*where), known)
        if conn.dialect.supports_sane_multi_rowcount and result.rowcount != len(known):
            raise LedgerConflict(f"{table.name}: {len(known) - result.rowcount} record(s) this "
                                 "process knew are missing from the ledger: another process "
                                 "changed it; nothing of the batch was committed")

    @staticmethod
    def _upsert(conn: Connection, table: Table, keys: list[str], rows: list[dict[str, Any]]) -> None:
        """Insert or replace rows keyed by what they describe (a job, a marker, a budget),
        never by a number this process gave out."""
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


def _complaint_row(c: Complaint) -> dict[str, Any]:
    return {"id": c.id, "chat": c.chat, "reporter": c.reporter, "target": c.target,
            "ts": c.ts.isoformat(), "event_id": c.event_id, "fields": _dumps(c.fields),
            "counted": c.counted}


def _appeal_row(a: Appeal) -> dict[str, Any]:
    return {"id": a.id, "chat": a.chat, "user": a.user, "sanction_id": a.sanction_id,
            "text": a.text, "ts": a.ts.isoformat(), "event_id": a.event_id, "status": a.status}


def _sanction_row(s: Sanction) -> dict[str, Any]:
    return {"id": s.id, "chat": s.chat, "user": s.user, "type": s.type, "start": s.start.isoformat(),
            "event_id": s.event_id, "rule_id": s.rule_id, "offence_id": s.offence_id,
            "term_days": s.term_days, "until": _iso(s.until), "conflict": s.conflict,
            "lifted_at": _iso(s.lifted_at), "lifted_by": s.lifted_by, "expired": s.expired,
            "message": s.message, "decided_by": s.decided_by}


_RECORDS: tuple[tuple[str, Table, tuple[str, ...], Callable[[Any], dict[str, Any]]], ...] = (
    ("members", t.members, ("chat", "user"), _member_row),
    ("offences", t.offences, ("id",), _offence_row),
    ("sanctions", t.sanctions, ("id",), _sanction_row),
    ("complaints", t.complaints, ("id",), _complaint_row),
    ("appeals", t.appeals, ("id",), _appeal_row),
)
"""Each kind of record an outcome carries: its table, the key it is known by, its row."""
