"""One active sender per ledger and platform, and hot standbys that take over when it dies.

Why one: a platform's rate limits are the bot's, across every worker of a cluster
(Telegram: ~30 calls a second overall, 20 messages a minute per group), so one
process must hold the only limiter; and one chat's calls must run in order.

Why a lock the operating system or the server owns, not a lease row with a heartbeat
(the reasoning of :meth:`~chatwarden.ledger.store.Ledger.acquire_writer`): it is
released the moment its holder dies (``kill -9``, a power cut, a dropped connection),
so a standby takes over within one poll and no clock has to be trusted. SQLite:
``flock`` on ``<ledger>.send-<platform>.lock`` (the holder written into it);
PostgreSQL: ``pg_try_advisory_lock`` on a connection kept open (the holder named in
its ``application_name``).

A takeover is safe because of the outbox's own rule (:mod:`chatwarden.delivery.outbox`):
every call's intent is committed before the call, so what the dead sender was calling
is found ``sending`` and checked with the platform, never blindly repeated.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import hashlib
import json
import logging
import os
import socket
import sys
from collections.abc import Callable, Coroutine
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import DBAPIError

log = logging.getLogger("chatwarden.delivery")
POLL_SECONDS = 1.0
"""How often a standby tries the lock and the active sender checks it still holds it."""


def _holder() -> str:
    """Who this process is, short enough for PostgreSQL's ``application_name`` (63 bytes):
    the command (``send``, or ``telegram``: the bot is its own sender), pid and host."""
    command = next((a for a in sys.argv[1:] if not a.startswith("-")), "")
    return f"chatwarden {command} pid {os.getpid()} on {socket.gethostname()}"[:63]


def _since() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def advisory_key(platform: str) -> int:
    """The PostgreSQL advisory lock key of a platform's sender (a signed 64-bit number)."""
    digest = hashlib.blake2b(f"chatwarden send {platform}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big", signed=True)


class SenderLock:
    """The lock that makes one process the ledger's sender for one platform."""

    def __init__(self, engine: Engine, platform: str) -> None:
        self.engine, self.platform = engine, platform
        self.key = advisory_key(platform)
        self._fd: int | None = None
        self._conn: Connection | None = None
        self._held = False

    @property
    def postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def acquire(self) -> bool:
        """Take the lock if it is free (never waits)."""
        if self._held:
            return True
        self._held = self._pg_acquire() if self.postgres else self._file_acquire()
        return self._held

    def held(self) -> bool:
        """Whether the lock is still ours: a PostgreSQL lock goes with its connection."""
        if not self._held:
            return False
        if self._conn is not None:
            try:
                self._conn.execute(text("SELECT 1"))
                self._conn.commit()
            except DBAPIError:
                self._drop_connection()
                self._held = False
        return self._held

    def holder(self) -> str:
        """Who holds the lock, as well as can be told (for a standby's log)."""
        try:
            if self.postgres:
                return self._pg_holder() or "a process that did not say who it is"
            path = self._path()
            with open(path, encoding="utf-8") as f:
                return json.loads(f.read() or "null") or "a process that did not say who it is"
        except (OSError, ValueError, DBAPIError):
            return "a process that could not be asked"

    def release(self) -> None:
        self._held = False
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the flock
            self._fd = None
        if self._conn is not None:
            with contextlib.suppress(DBAPIError):
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": self.key})
                self._conn.commit()
            self._drop_connection()

    # -- SQLite ------------------------------------------------------------------------------

    def _path(self) -> str:
        return f"{self.engine.url.database}.send-{self.platform}.lock"

    def _file_acquire(self) -> bool:
        database = self.engine.url.database
        if not database or database == ":memory:":
            return True  # an in-memory ledger belongs to its one process
        fd = os.open(self._path(), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return False
        os.ftruncate(fd, 0)
        os.pwrite(fd, json.dumps(f"{_holder()} since {_since()}").encode(), 0)
        self._fd = fd
        return True

    # -- PostgreSQL --------------------------------------------------------------------------

    def _connection(self) -> Connection:
        if self._conn is None or self._conn.invalidated or self._conn.closed:
            self._drop_connection()
            self._conn = self.engine.connect()
            self._conn.execute(text("SELECT set_config('application_name', :n, false)"),
                               {"n": _holder()})
            self._conn.commit()
        return self._conn

    def _drop_connection(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(DBAPIError):
                conn.invalidate()  # never back to the pool: a pooled session could keep the lock
                conn.close()

    def _pg_acquire(self) -> bool:
        try:
            conn = self._connection()
            got = bool(conn.scalar(text("SELECT pg_try_advisory_lock(:k)"), {"k": self.key}))
            conn.commit()
            return got
        except DBAPIError:
            self._drop_connection()  # the server is away: a standby tries again at the next poll
            return False

    def _pg_holder(self) -> str | None:
        high, low = (self.key >> 32) & 0xFFFFFFFF, self.key & 0xFFFFFFFF
        with self.engine.connect() as conn:
            return conn.scalar(text(
                "SELECT a.application_name || ' since ' || "
                "to_char(a.backend_start AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') "
                "FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                "WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1 "
                "AND l.classid = CAST(:high AS oid) AND l.objid = CAST(:low AS oid) "
                "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())"),
                {"high": high, "low": low})


async def lead(lock: SenderLock, work: Callable[[], Coroutine[Any, Any, None]], *,
               poll: float = POLL_SECONDS) -> None:
    """Stand by until the lock is ours, then run ``work`` for as long as it stays ours.

    A lock found lost (the PostgreSQL connection dropped: another process may hold it
    now) stops ``work`` at once and this process stands by again; ``work`` returning
    or raising ends the lead and gives the lock back.
    """
    announced: str | None = None  # the holder last logged, so a standby logs each once
    try:
        while True:
            if not await asyncio.to_thread(lock.acquire):
                holder = await asyncio.to_thread(lock.holder)
                if holder != announced:
                    log.info("standing by: the %s sender is %s", lock.platform, holder)
                    announced = holder
                await asyncio.sleep(poll)
                continue
            log.info("active %s sender (%s since %s)", lock.platform, _holder(), _since())
            announced = None
            task = asyncio.create_task(work(), name=f"{lock.platform} sender")
            try:
                while not task.done():
                    await asyncio.wait({task}, timeout=poll)
                    if not task.done() and not await asyncio.to_thread(lock.held):
                        log.error("the %s sender lock was lost (connection dropped); "
                                  "stopping and standing by", lock.platform)
                        break
                else:
                    return task.result()
            finally:
                if not task.done():
                    task.cancel()
                    with contextlib.suppress(asyncio.CancelledError):
                        await task
    finally:
        lock.release()

