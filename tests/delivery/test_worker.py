"""The outbox worker against a scripted platform: plans stored once, lanes, lost answers
settled by the platform, messages at most once, retries, final refusals, rights unknown."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from chatwarden.delivery import outbox as worker_module
from chatwarden.delivery.outbox import NOT_REPEATED, Worker
from chatwarden.delivery.port import Outcome, Result, Rights, Step
from chatwarden.delivery.store import Outbox
from chatwarden.delivery.tables import steps as steps_table
from chatwarden.engine.decision import Action, Decision
from chatwarden.ledger import tables as t
from chatwarden.ledger.store import Ledger

TS = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


@dataclass
class Scripted:
    """Plans a call and a message per decision; answers as scripted, per method."""

    answers: dict[str, list[Result]] = field(default_factory=dict)
    settle: dict[str, bool | None] = field(default_factory=dict)
    unknown_chats: set[str] = field(default_factory=set)
    made: list[str] = field(default_factory=list)
    asked: list[str] = field(default_factory=list)
    name: str = "scripted"

    def plan(self, decision: Decision, rights: Rights | None) -> list[Step]:
        return [Step("ban", {"chat": decision.chat}), Step("say", {"chat": decision.chat})]

    async def perform(self, step: Step) -> Result:
        self.made.append(f"{step.method}@{step.params['chat']}")
        queue = self.answers.get(step.method)
        return queue.pop(0) if queue else Result(Outcome.DONE)

    async def settled(self, step: Step) -> bool | None:
        self.asked.append(step.method)
        return self.settle.get(step.method, False)

    async def rights(self, chat: str) -> Rights:
        if chat in self.unknown_chats:
            raise LookupError(chat)
        return Rights(chat)


@pytest.fixture
def ledger(tmp_path: Path) -> Iterator[Ledger]:
    ledger = Ledger(str(tmp_path / "ledger.db"))
    yield ledger
    ledger.close()


@pytest.fixture(autouse=True)
def no_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(worker_module, "backoff", lambda attempts: 0.0)


def queue(ledger: Ledger, *chats: str) -> None:
    with ledger.engine.begin() as conn:
        for i, chat in enumerate(chats, 1):
            d = Decision(f"{chat}:{i}", chat, "7", TS, [], [Action("ban")])
            conn.execute(t.outbox.insert().values(
                chat=chat, user="7", event_id=d.event, decision=json.dumps(d.to_json()),
                status="pending", attempts=0, created=TS.isoformat()))


def drain(worker: Worker) -> None:
    """Run the worker until nothing is left to do (each lane one step at a time)."""
    async def run() -> None:
        await worker.expand()
        while steps := worker.outbox.next_steps():
            for p in steps:
                await worker.execute(p)
            await worker.expand()
    asyncio.run(run())


def statuses(ledger: Ledger) -> list[tuple[str, str | None]]:
    with ledger.engine.connect() as conn:
        return [(r.status, r.error) for r in conn.execute(select(t.outbox).order_by(t.outbox.c.id))]


def test_each_row_is_planned_once_and_carried_out_in_order(ledger: Ledger) -> None:
    platform = Scripted()
    queue(ledger, "-1", "-2")
    worker = Worker(Outbox(ledger.engine, platform.name), platform)
    drain(worker)
    assert sorted(platform.made) == ["ban@-1", "ban@-2", "say@-1", "say@-2"]
    assert platform.made.index("ban@-1") < platform.made.index("say@-1")
    assert statuses(ledger) == [("done", None), ("done", None)]
    with ledger.engine.connect() as conn:
        assert conn.scalar(select(steps_table.c.platform).limit(1)) == "scripted"


def test_a_chat_whose_rights_are_unknown_waits(ledger: Ledger) -> None:
    platform = Scripted(unknown_chats={"-1"})
    queue(ledger, "-1")
    worker = Worker(Outbox(ledger.engine, platform.name), platform)
    drain(worker)
    assert platform.made == [] and statuses(ledger) == [("pending", None)]
    platform.unknown_chats.clear()
    drain(worker)
    assert statuses(ledger) == [("done", None)]


def test_lost_answers_are_settled_by_the_platform_and_a_message_is_never_repeated(
        ledger: Ledger) -> None:
    platform = Scripted(answers={"ban": [Result(Outcome.UNKNOWN, "timeout")],
                                 "say": [Result(Outcome.UNKNOWN, "timeout")]},
                        settle={"ban": True, "say": None})
    queue(ledger, "-1")
    drain(Worker(Outbox(ledger.engine, platform.name), platform))
    assert platform.made == ["ban@-1", "say@-1"]  # neither made twice
    assert platform.asked == ["ban", "say"]
    with ledger.engine.connect() as conn:
        rows = conn.execute(select(steps_table.c.method, steps_table.c.status, steps_table.c.error)
                            .order_by(steps_table.c.seq)).all()
    assert [tuple(r) for r in rows] == [("ban", "done", None), ("say", "unconfirmed", NOT_REPEATED)]


def test_a_step_known_not_done_runs_again_and_a_final_refusal_is_kept(ledger: Ledger) -> None:
    platform = Scripted(answers={"ban": [Result(Outcome.UNKNOWN, "reset"),
                                         Result(Outcome.RETRY, "500", 0.0)],
                                 "say": [Result(Outcome.FINAL, "chat not found")]},
                        settle={"ban": False})
    queue(ledger, "-1")
    drain(Worker(Outbox(ledger.engine, platform.name), platform))
    assert platform.made == ["ban@-1", "ban@-1", "ban@-1", "say@-1"]
    assert statuses(ledger) == [("failed", "chat not found")]
