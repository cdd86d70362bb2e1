"""Shared fixtures: the bundled policies and a chat simulator with a virtual clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from chatwarden.engine.decision import Decision
from chatwarden.engine.engine import Engine
from chatwarden.events import Event
from chatwarden.policy.loader import load_policy
from chatwarden.policy.schema import Policy
from tests.postgres import postgres_server

__all__ = ["postgres_server"]  # the session fixture, shared by every test module

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MSK = ZoneInfo("Europe/Moscow")


KLINT = ROOT / "policies" / "klint.ru.yaml"
EXAMPLE = ROOT / "examples" / "klint-chat.jsonl"


@pytest.hookimpl(optionalhook=True)  # xdist's hook: absent under -p no:xdist
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """``-n auto`` (``make test``): the suite mostly waits on servers and killed-and-restarted
    subprocesses, so two workers a core beat one (measured on 2 cores: -n 4 over -n 2); each
    worker starts its own PostgreSQL, nats-server and Synapse, hence the cap."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return min(8, 2 * cores)


@pytest.fixture(scope="session")
def klint() -> Policy:
    return load_policy(KLINT)


class Chat:
    """Feeds events to an engine with a virtual clock, the way a replay does."""

    def __init__(self, engine: Engine, start: datetime, chat: str = "klint") -> None:
        self.engine, self.now, self.chat, self.n = engine, start, chat, 0

    def send(self, kind: str, user: str, *, after: timedelta = timedelta(seconds=5),
             **fields: object) -> list[Decision]:
        self.now += after
        self.n += 1
        event = Event(f"{self.chat}:{self.n}", kind, self.chat, user, self.now, **fields)  # type: ignore[arg-type]
        self.last = event
        return self.engine.process(event)

    def say(self, user: str, text: str, **kw: object) -> list[Decision]:
        return self.send("message", user, text=text, **kw)

    def media(self, user: str, kind: str, **kw: object) -> list[Decision]:
        return self.send("message", user, media=kind, **kw)

    def command(self, user: str, text: str, **kw: object) -> list[Decision]:
        return self.send("command", user, text=text, **kw)

    def join(self, user: str, **kw: object) -> list[Decision]:
        return self.send("join", user, **kw)

    def at(self, when: datetime) -> None:
        assert when >= self.now, "time only moves forward"
        self.now = when


@pytest.fixture
def chat(klint: Policy) -> Iterator[Chat]:
    # Monday 16 November 2026, 10:00 Moscow time: the next purge is Saturday 21st, 12:00.
    yield Chat(Engine(klint), datetime(2026, 11, 16, 10, 0, tzinfo=MSK))


def actions(decisions: list[Decision], user: str | None = None) -> list[tuple[str, float | None]]:
    """(type, term_days) of every action, for one member or all."""
    return [(a.type, a.term_days) for d in decisions if user is None or d.user == user
            for a in d.actions]


def rules(decisions: list[Decision]) -> list[str]:
    return [r for d in decisions for r in d.rules]
