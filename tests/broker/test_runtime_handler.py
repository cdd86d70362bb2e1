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
from chatwarden.ledger.store import Ledger
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
