"""The intake: how the console's acts reach a ledger whose writer is another process."""

from __future__ import annotations

from pathlib import Path

from chatwarden.events import Event
from chatwarden.ledger import intake
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.console.conftest import NOW


def _command(n: int, text: str) -> Event:
    return Event(f"console:test{n}", "command", "klint", "kaanizel", NOW, text=text)


def test_put_is_idempotent_and_drain_applies_once(db: Path, klint: Policy) -> None:
    ledger = Ledger(str(db))
    event = _command(1, "/warn @anya 7d off-topic")
    assert intake.put(ledger, event) is True
    assert intake.put(ledger, event) is False  # the same id: one row
    assert intake.waiting(ledger) == 1
    bot = Runtime(klint, ledger, batch=1000, outbox=True)
    assert [said for _, said in intake.drain(bot)] == ["@anya: warn 7d"]
    assert intake.drain(bot) == []
    assert intake.waiting(ledger) == 0
    warns = [s for s in ledger.rows("sanctions", user="anya") if s["event_id"] == event.id]
    assert [(s["type"], s["term_days"]) for s in warns] == [("warn", 7.0)]
    assert intake.status(ledger, event.id)["outcome"] == "@anya: warn 7d"  # type: ignore[index]
    ledger.close()


def test_a_writer_that_died_before_marking_drains_again_without_doubling(db: Path,
                                                                         klint: Policy) -> None:
    ledger = Ledger(str(db))
    event = _command(2, "/warn @sasha 7d off-topic")
    intake.put(ledger, event)
    first = Runtime(klint, ledger, outbox=True)
    first.handle(event)
    first.flush()  # committed, then the process dies before the intake row is marked
    ledger.release_writer()
    again = Runtime(klint, ledger, outbox=True)
    assert [said for _, said in intake.drain(again)] == ["already processed"]
    warns = [s for s in ledger.rows("sanctions", user="sasha") if s["event_id"] == event.id]
    assert len(warns) == 1
    ledger.close()


def test_a_refused_command_says_why(db: Path, klint: Policy) -> None:
    ledger = Ledger(str(db))
    intake.put(ledger, Event("console:test3", "command", "klint", "nobody", NOW,
                             text="/ban @anya spam"))
    bot = Runtime(klint, ledger)
    [(_, said)] = intake.drain(bot)
    assert said == "refused: /ban needs the role admin; @nobody is member"
    ledger.close()
