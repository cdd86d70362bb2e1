"""The runtime handler without a broker: what an engine failure and a failed fence leave in the
ledger (the worker's dead-letter count and fencing rely on exactly this)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from chatwarden.broker.serve import RuntimeHandler
from chatwarden.broker.worker import Delivery, EventFailed, LeaseLost
from chatwarden.engine.engine import Engine
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger, LedgerFenced
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.reliability.test_restart import MONDAY

STORED = datetime(2026, 11, 30, tzinfo=UTC)


def deliveries(*ids: str) -> list[Delivery]:
    return [Delivery(Event(i, "message", "c1", "u1", MONDAY + timedelta(seconds=n), text="привет"), 0, STORED)
            for n, i in enumerate(ids)]


def ids(ledger: Ledger) -> list[str]:
    return sorted(r["id"] for r in ledger.rows("events"))


def test_an_engine_failure_names_its_event_and_commits_those_before_it(
        klint: Policy, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ledger = Ledger(str(tmp_path / "ledger.db"))
    process = Engine.process

    def picky(engine: Engine, event: Event) -> object:
        if event.id == "bad":
            raise ValueError("cannot decide")
        return process(engine, event)

    monkeypatch.setattr(Engine, "process", picky)
    handler = RuntimeHandler(Runtime(klint, ledger, batch=10**9))
    batch = deliveries("a", "b", "bad", "c")

    async def main() -> None:
        with pytest.raises(EventFailed) as failed:
            await handler(batch)
        assert failed.value.delivery is batch[2] and isinstance(failed.value.cause, ValueError)
        await handler.close()

    asyncio.run(main())
    assert ids(ledger) == ["a", "b"]
    ledger.close()


def test_a_failed_fence_commits_nothing_and_the_batch_can_be_decided_again(
        klint: Policy, tmp_path: Path) -> None:
    ledger = Ledger(str(tmp_path / "ledger.db"))
    lost = True

    async def fence(partitions: Iterable[int]) -> None:
        if lost:
            raise LeaseLost(f"partitions {sorted(partitions)}: taken")

    handler = RuntimeHandler(Runtime(klint, ledger, batch=10**9), fence=fence)
    batch = deliveries("a", "b")

    async def main() -> list[str]:
        nonlocal lost
        with pytest.raises(LeaseLost):
            await handler(batch)
        await handler.close()           # commits what is pending: nothing
        before = ids(ledger)
        lost = False
        handler2 = RuntimeHandler(handler.runtime, fence=fence)
        await handler2(batch)           # not skipped as seen: the forgotten batch is decided anew
        await handler2.close()
        return before

    assert asyncio.run(main()) == []
    assert ids(ledger) == ["a", "b"]
    ledger.close()


def test_a_shared_handler_commits_under_its_token_and_the_ledger_refuses_it_after_a_take_over(
        klint: Policy, tmp_path: Path) -> None:
    """The ledger-side fence (a shared ledger): the batch carries the token its partition was
    taken with; once another writer took the partition, the commit is refused as a lost lease
    (so the worker does not ack) and nothing of it is written. The runtime's own commits (timed
    jobs) are fenced by the partitions held, until the partition is dropped."""
    db = str(tmp_path / "ledger.db")
    ledger = Ledger(db)
    handler = RuntimeHandler(Runtime(klint, ledger, batch=10**9, shared=True))
    tokens: dict[int, int] = {}
    handler.tokens = lambda partitions: {p: tokens[p] for p in partitions}

    async def main() -> None:
        tokens[0] = await handler.take(0, "w1", lambda chat: 0)
        assert handler.runtime.fence == {0: tokens[0]}
        await handler(deliveries("a", "b"))
        rival = Ledger(db)
        assert rival.take_partition(0, "w2") == tokens[0] + 1
        rival.close()
        with pytest.raises(LeaseLost, match="the ledger refused the commit"):
            await handler(deliveries("c"))
        with pytest.raises(LedgerFenced):
            await handler.tick(MONDAY + timedelta(days=7))     # the timed jobs' commit too
        await handler.drop(0, lambda chat: 0)
        assert handler.runtime.fence == {}
        await handler.tick(MONDAY + timedelta(days=7))          # nothing of partition 0 now
        await handler.close()

    asyncio.run(main())
    assert ids(ledger) == ["a", "b"]
    ledger.close()
