"""Waiting out a PostgreSQL outage (a restart, a crash and its recovery, a failover, a cut
connection) instead of dying of it, for a bounded time.

Why wait: a worker that exits on the first refused connection turns every database restart
into a dead worker, and its partitions stall until someone starts it again. Nothing is lost by
waiting: a batch is committed with the deletion of its queued rows in one transaction, so a
batch cut off by the outage was either committed whole or not at all, and comes again.

Why give up at all: an outage that does not end (a wrong host, a database dropped, a password
changed) should reach the operator, through the exit status a supervisor acts on and a message
naming what failed and since when, rather than a worker that looks alive and judges nothing.
``--outage-limit`` sets how long; the waits between tries double as the runtime's do when the
database is busy (:data:`~chatwarden.runtime.FIRST_WAIT` up to
:data:`~chatwarden.runtime.LONGEST_WAIT`), so a long outage costs few tries and a short one is
noticed within a second.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final, TypeVar

from chatwarden.errors import ChatwardenError
from chatwarden.runtime import FIRST_WAIT, LONGEST_WAIT, transient

log = logging.getLogger(__name__)
T = TypeVar("T")

OUTAGE_LIMIT: Final = 300.0
"""Default seconds a worker waits for an unreachable PostgreSQL before it exits."""


class LedgerUnreachable(ChatwardenError):
    """PostgreSQL stayed unreachable past the outage limit."""


class Stopped(Exception):
    """Asked to stop (SIGTERM, Ctrl-C) while waiting for PostgreSQL: nothing was committed."""


def unreachable(exc: BaseException) -> bool:
    """Whether ``exc`` says the database could not be reached or the session was lost, as
    opposed to a statement it refused: a psycopg connection or session error (the worker's own
    connection), or SQLAlchemy's (the ledger's pool), which :func:`transient` already knows."""
    if transient(exc):
        return True
    try:
        import psycopg
    except ImportError:  # the ledger is not on PostgreSQL: no psycopg error can come
        return False
    return isinstance(exc, psycopg.OperationalError)


def first_line(exc: BaseException) -> str:
    """The driver's own message, first line ("connection is bad: ... Connection refused")."""
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


@dataclass
class Outage:
    """One run of failed attempts at PostgreSQL, from the first failure to the next success.

    :meth:`wait` after each failure (it raises :class:`LedgerUnreachable` once the run has
    lasted ``limit`` seconds), :meth:`over` after a success; :meth:`retry` does both around a
    call. ``stop`` (the worker's) cuts a wait short."""

    limit: float = OUTAGE_LIMIT
    stop: threading.Event = field(default_factory=threading.Event)
    _since: float | None = None
    _began: datetime | None = None
    _tries: int = 0

    def wait(self, what: str, exc: BaseException | None = None, seconds: float | None = None) -> bool:
        """``what`` failed (with ``exc``, logged; without, the caller logged it): wait before
        the next try, ``seconds`` or the next doubling step, never past the limit. False when
        ``stop`` was set meanwhile."""
        now = time.monotonic()
        if self._since is None:
            self._since, self._began = now, datetime.now(UTC)
        lasted = now - self._since
        self._tries += 1
        if lasted >= self.limit:
            assert self._began is not None
            cause = f" ({first_line(exc)})" if exc is not None else ""
            raise LedgerUnreachable(
                f"{what} failed{cause}: PostgreSQL unreachable since "
                f"{self._began:%Y-%m-%d %H:%M:%S} UTC ({lasted:.0f} s, {self._tries} tries), "
                f"past the outage limit of {self.limit:g} s (--outage-limit)")
        step = FIRST_WAIT * 2 ** min(self._tries - 1, 16) if seconds is None else seconds
        delay = min(step, LONGEST_WAIT, self.limit - lasted)
        if exc is not None:
            log.warning("%s failed (%s); waiting for PostgreSQL: trying again in %.1f s "
                        "(unreachable for %.1f s, giving up after %g s)",
                        what, first_line(exc), delay, lasted, self.limit)
        return not self.stop.wait(delay)

    def over(self) -> None:
        """PostgreSQL answered: the next failure starts a new outage."""
        if self._since is not None:
            log.info("PostgreSQL reachable again after %.1f s (%d failed tries)",
                     time.monotonic() - self._since, self._tries)
        self._since, self._began, self._tries = None, None, 0

    def retry(self, what: str, call: Callable[[], T]) -> T:
        """``call()``, tried again while PostgreSQL is unreachable; any other error is raised
        at once. :class:`Stopped` if ``stop`` is set while waiting."""
        while True:
            try:
                result = call()
            except Exception as exc:
                if not unreachable(exc):
                    raise
                if not self.wait(what, exc):
                    raise Stopped(what) from exc
                continue
            self.over()
            return result
