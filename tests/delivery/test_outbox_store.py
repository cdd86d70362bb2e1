"""The outbox steps' bookkeeping: intent before a call, unknown outcomes kept for a check,
errors stored without secrets and cleared once the call succeeds."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from chatwarden.adapters.telegram.redact import MASK, Redactor
from chatwarden.delivery.port import Step
from chatwarden.delivery.store import Outbox
from chatwarden.ledger import tables as t
from chatwarden.ledger.store import Ledger

TOKEN = "123456:AAH-secret_part_of_the_token"
BAN = Step("banChatMember", {"chat_id": -100, "user_id": 7})


def outbox_row(store: Outbox) -> tuple[str, str | None]:
    with store.engine.connect() as conn:
        row = conn.execute(select(t.outbox.c.status, t.outbox.c.error)).one()
    return row.status, row.error


def test_an_unknown_outcome_is_kept_and_its_error_scrubbed_then_cleared(tmp_path: Path) -> None:
    ledger = Ledger(str(tmp_path / "ledger.db"))
    try:
        store = Outbox(ledger.engine, "telegram", Redactor([TOKEN]))
        with ledger.engine.begin() as conn:
            conn.execute(t.outbox.insert().values(id=1, chat="-100", user="7", event_id="e1",
                                                  decision="{}", status="pending", attempts=0,
                                                  created="2026-01-01T00:00:00+00:00"))
        store.plan(1, [BAN])
        (first,) = store.next_steps()
        assert (first.lane, first.unknown, first.attempts) == ("-100", False, 0)
        store.begin(first)  # a crash here leaves "sending": the outcome is unknown
        assert store.next_steps()[0].unknown
        store.attempt(first, f"undecodable answer: <p>POST /bot{TOKEN}/banChatMember</p>",
                      unknown=True)
        status, error = outbox_row(store)
        assert status == "pending" and error == f"undecodable answer: <p>POST /bot{MASK}/banChatMember</p>"
        (again,) = store.next_steps()
        assert again.unknown and again.attempts == 1
        assert store.next_steps(busy={"-100"}) == []  # one call at a time per chat
        store.attempt(again, "Internal Server Error", unknown=False)  # Telegram said: not done
        assert not store.next_steps()[0].unknown
        store.finish(store.next_steps()[0])
        assert outbox_row(store) == ("done", None)
        assert store.next_steps() == []
    finally:
        ledger.close()
