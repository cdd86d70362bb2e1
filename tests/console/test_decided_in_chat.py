"""A review decided in the chat leaves the console's queue.

A moderator who answers a queued message with a command in the chat (``/warn``,
``/punish``...) has decided it; the review is closed as ``chat``, by them, at the
command's time, so nobody decides it twice. A refused command decides nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from chatwarden.console import queries as q
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime

START = datetime(2026, 11, 16, 7, 0, tzinfo=UTC)


def test_a_command_in_reply_closes_the_messages_open_review(klint: Policy, tmp_path: Path) -> None:
    ledger = Ledger(str(tmp_path / "ledger.db"))
    runtime = Runtime(klint, ledger, batch=1)
    n = 0

    def send(kind: str, user: str, **fields: object) -> Event:
        nonlocal n
        n += 1
        event = Event(f"e{n}", kind, "klint", user, START + timedelta(seconds=5 * n), **fields)  # type: ignore[arg-type]
        runtime.handle(event)
        return event

    try:
        send("role", "lena", role="admin")
        send("role", "modik", role="moderator")
        for _ in range(4):  # an admin's sticker flood (1.1): immune, so queued for the owner
            flood = send("message", "lena", media="sticker")
        runtime.flush()
        [review] = ledger.rows("reviews", event_id=flood.id)
        assert (review["user"], review["status"]) == ("lena", "open")

        send("command", "modik", text="/warn 1w", reply_to=flood.id)  # refused: she outranks him
        runtime.flush()
        assert ledger.rows("reviews", id=review["id"])[0]["status"] == "open"

        warn = send("command", "kaanizel", text="/warn 1w флуд", reply_to=flood.id)
        runtime.flush()
        closed = ledger.rows("reviews", id=review["id"])[0]
        assert (closed["status"], closed["resolved_by"], closed["resolved_at"]) == (
            "chat", "kaanizel", warn.ts.isoformat())
        assert review["id"] not in [i.id for i in q.items(ledger, klint, (), warn.ts)]
    finally:
        ledger.close()
