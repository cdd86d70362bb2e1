"""``chatwarden send`` against the fake Bot API over real HTTP: a cluster's outbox carried
out once, under the limiter's promise, by one sender at a time, with a standby that takes
over from a ``kill -9``; on SQLite and PostgreSQL. And the sender lock on its own."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import os
import socket
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import yaml
from aiohttp import web
from sqlalchemy import select, text

from chatwarden.delivery.leader import SenderLock, lead
from chatwarden.delivery.tables import steps
from chatwarden.events import Event
from chatwarden.ledger import tables as t
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy, without_detectors
from chatwarden.runtime import Runtime
from tests.command import Command
from tests.conftest import KLINT
from tests.postgres import create_database
from tests.telegram.conftest import Bot, _detectors
from tests.telegram.fake_api import FakeTelegram, Server

CHATS = ("-1001", "-1002", "-1003")
OWNER = {"id": 111, "is_bot": False, "first_name": "Kaan", "username": "kaanizel"}
TOKENS = ("123456:SENDER-one-token", "123456:SENDER-two-token")
"""One bot (id 123456); each process gets its own spelling so the fake can tell who called."""
SKIP = {"toxicity", "spam", "advertising", "links", "pii"}
MONDAY = datetime(2026, 11, 16, 10, 0, tzinfo=UTC)
_names = itertools.count()


@dataclass
class Recording(FakeTelegram):
    """The fake Bot API, also noting which token made each request and when."""

    callers: list[tuple[str, str, float]] = field(default_factory=list)

    async def handle(self, request: web.Request) -> web.Response:
        with self._lock:
            self.callers.append((request.match_info["token"], request.match_info["method"],
                                 time.monotonic()))
        return await super().handle(request)


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    return create_database(request.getfixturevalue("postgres_server"), f"send{next(_names)}")


@pytest.fixture
def fake() -> Iterator[tuple[Recording, Server]]:
    recording = Recording(OWNER, {"id": int(CHATS[0]), "title": "one", "type": "supergroup"})
    with Server(recording) as server:
        yield recording, server


def decide(policy: Policy, db: str, per_chat: int) -> int:
    """A cluster's work, written the way its workers write it: each member repeats a text
    three times (rule 1.1: a warning, one notice each). Returns the decisions written."""
    ledger = Ledger(db)
    runtime = Runtime(without_detectors(policy, SKIP), ledger, outbox=True)
    n = 0
    for chat in CHATS:
        for member in range(per_chat):
            for _ in range(3):
                n += 1
                runtime.handle(Event(f"{chat}:{n}", "message", chat, str(500 + member),
                                     MONDAY + timedelta(seconds=n), text=f"купите слона {member}"))
    runtime.flush()
    ledger.close()
    return len(outbox_rows(db))


def outbox_rows(db: str) -> dict[int, str]:
    ledger = Ledger(db)
    try:
        with ledger.engine.connect() as conn:
            return {row.id: row.status for row in conn.execute(select(t.outbox.c.id, t.outbox.c.status))}
    finally:
        ledger.close()


def step_statuses(db: str) -> Counter[str]:
    ledger = Ledger(db)
    try:
        with ledger.engine.connect() as conn:
            return Counter(conn.scalars(select(steps.c.status)))
    finally:
        ledger.close()


def wait_for(predicate: Callable[[], bool], what: str, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


class Sending(Command):
    """``chatwarden send`` as a real process against the fake."""

    def __init__(self, url: str, db: str, log: Path, token: str, *extra: str) -> None:
        super().__init__(["send", "--policy", str(KLINT), "--db", db, "--api-url", url, *extra],
                         {"CHATWARDEN_TELEGRAM_TOKEN": token}, log)

    def said(self, words: str) -> bool:
        return words in self.log.read_text(encoding="utf-8", errors="replace")


@pytest.fixture
def senders() -> Iterator[list[Sending]]:
    started: list[Sending] = []
    yield started
    for sending in started:
        sending.stop()


def notices(fake: FakeTelegram) -> Counter[tuple[int, int]]:
    """sendMessage calls carried out, per decision (its group and the message it answers)."""
    return Counter((int(c.params["chat_id"]), int(c.params["reply_parameters"]["message_id"]))
                   for c in fake.actions() if c.method == "sendMessage")


def within_promise(times: list[float], limit: int, span: float, lag: float = 1.0) -> bool:
    """The limiter's promise (a sliding window): no ``span`` seconds hold more than ``limit``
    calls. ``lag`` absorbs the time between a call counted and the request seen."""
    times = sorted(times)
    return all(j - i + 1 <= limit
               for i in range(len(times)) for j in range(i, len(times))
               if times[j] - times[i] < span - lag)


@dataclass
class Flood:
    """The rate-limit run: 24 decisions a group in 3 groups, one sender limited to 20 messages
    a group a minute and 40 calls a second, on a SQLite ledger (the limits are the sender's)."""

    recording: Recording
    db: str
    per_chat: int = 24
    burst: int = 20
    per_second: int = 40


@pytest.fixture(scope="module")
def flood(klint: Policy, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flood]:
    tmp = tmp_path_factory.mktemp("flood")
    run = Flood(Recording(OWNER, {"id": int(CHATS[0]), "title": "one", "type": "supergroup"}),
                str(tmp / "ledger.db"))
    assert decide(klint, run.db, run.per_chat) == run.per_chat * len(CHATS)
    with Server(run.recording) as server:
        sending = Sending(server.url, run.db, tmp / "send.log", TOKENS[0], "--per-chat-minute",
                          str(run.burst), "--per-second", str(run.per_second))
        try:
            yield run
        finally:
            sending.stop()


@pytest.fixture(scope="module", autouse=True)
def flood_first(request: pytest.FixtureRequest) -> None:
    """The rate-limit test waits a minute by design (a group's 21st notice goes out when its
    first leaves the minute): where it is selected, its run starts with the module, and the
    test, the module's last, checks it after the others ran meanwhile. Not under xdist: a
    worker cannot know it will be the one given that test, and other workers fill the minute."""
    selected = any(getattr(item, "module", None) is request.module
                   and getattr(item, "originalname", None) == RATE_LIMITS for item in request.session.items)
    if selected and not hasattr(request.config, "workerinput"):  # workerinput: an xdist worker
        request.getfixturevalue("flood")


@pytest.mark.slow
def test_one_sender_at_a_time_and_the_standby_takes_over_from_a_kill(
        klint: Policy, ledger_url: str, fake: tuple[Recording, Server], senders: list[Sending],
        tmp_path: Path) -> None:
    recording, server = fake
    per_chat, before_kill = 10, 12
    assert decide(klint, ledger_url, per_chat) == per_chat * len(CHATS)
    # the calls after the 12th (one per group's lane) are carried out but never answered:
    # the kill lands mid-call (the long timeout keeps the sender from giving up on them first)
    recording.hold_after, recording.hold_performed = before_kill, True
    fast = ("--per-chat-minute", "6000", "--per-second", "1000", "--timeout", "300")
    first = Sending(server.url, ledger_url, tmp_path / "first.log", TOKENS[0], *fast)
    senders.append(first)
    wait_for(lambda: first.said("active telegram sender"), "the first sender to lead", 60)
    second = Sending(server.url, ledger_url, tmp_path / "second.log", TOKENS[1], *fast)
    senders.append(second)
    wait_for(lambda: second.said("standing by: the telegram sender is chatwarden send pid "
                                 f"{first.proc.pid}"), "the second sender to stand by", 60)
    wait_for(recording.held.is_set, "the held call", 60)
    assert {token for token, _, _ in recording.callers} == {TOKENS[0]}  # the standby calls nothing

    first.kill()
    killed = time.monotonic()
    recording.hold_after = None
    wait_for(lambda: set(outbox_rows(ledger_url).values()) == {"done"}, "every row done")

    by_second = [at for token, _, at in recording.callers if token == TOKENS[1]]
    by_first = [at for token, _, at in recording.callers if token == TOKENS[0]]
    assert max(by_first) < killed < min(by_second)  # never both
    assert min(by_second) - killed < 30  # taken over within one poll (plus a slow start)
    sent = notices(recording)
    assert len(sent) == per_chat * len(CHATS)
    assert set(sent.values()) == {1}  # none doubled, those killed mid-call included
    # the calls in flight at the kill are found "sending" and not repeated (a message cannot
    # be asked about); every other step was confirmed
    in_flight = sum(1 for token, method, _ in recording.callers
                    if token == TOKENS[0] and method == "sendMessage") - before_kill
    assert 1 <= in_flight <= len(CHATS)
    assert step_statuses(ledger_url) == {"done": per_chat * len(CHATS) - in_flight,
                                         "unconfirmed": in_flight}


@pytest.fixture
def light_policy(tmp_path: Path) -> Path:
    """Клинт with the model-backed rules made human ones: the bot starts without models."""
    data = yaml.safe_load(KLINT.read_text(encoding="utf-8"))
    for rule in data["rules"]:
        if (_detectors(rule.get("when")) | _detectors(rule.get("unless"))) & SKIP:
            rule.pop("when", None)
            rule.pop("unless", None)
            rule["mode"] = "human"
            rule["reason"] = "its detector needs a model this test does not load"
    path = tmp_path / "klint.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.mark.slow
def test_a_sender_beside_the_bot_stands_by(fake: tuple[Recording, Server], senders: list[Sending],
                                           light_policy: Path, tmp_path: Path) -> None:
    """The bot carries out its own outbox under the same lock: a `chatwarden send` started
    on its ledger by mistake waits instead of sending every notice a second time."""
    recording, server = fake
    db = tmp_path / "ledger.db"
    bot = Bot(server, light_policy, db, tmp_path / "bot.log")
    try:
        wait_for(lambda: "active telegram sender" in (tmp_path / "bot.log").read_text(), "the bot", 60)
        beside = Sending(server.url, str(db), tmp_path / "send.log", TOKENS[1])
        senders.append(beside)
        wait_for(lambda: beside.said(f"standing by: the telegram sender is chatwarden telegram pid "
                                     f"{bot.proc.pid}"), "the sender to stand by", 60)
        assert TOKENS[1] not in {token for token, _, _ in recording.callers}
    finally:
        bot.stop()


def test_the_sender_lock_is_one_holder_per_ledger_and_platform(ledger_url: str) -> None:
    ledger = Ledger(ledger_url)
    first, second = SenderLock(ledger.engine, "telegram"), SenderLock(ledger.engine, "telegram")
    other = SenderLock(ledger.engine, "matrix")
    try:
        assert first.acquire() and first.held()
        assert not second.acquire()
        assert f"pid {os.getpid()} on {socket.gethostname()} since 20" in second.holder()
        assert other.acquire()  # another platform has a sender of its own
        first.release()
        assert not first.held()
        assert second.acquire()
    finally:
        for lock in (first, second, other):
            lock.release()
        ledger.close()


def _cut_lock_connections(ledger: Ledger) -> None:
    """What a server restart or a network cut does to the sender's kept connection."""
    with ledger.engine.connect() as admin:
        admin.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                           "WHERE application_name LIKE 'chatwarden %' AND pid <> pg_backend_pid()"))
        admin.commit()


def test_a_postgresql_sender_whose_connection_drops_no_longer_holds_the_lock(
        postgres_server: str) -> None:
    ledger = Ledger(create_database(postgres_server, f"sendlock{next(_names)}"))
    first, second = SenderLock(ledger.engine, "telegram"), SenderLock(ledger.engine, "telegram")
    try:
        assert first.acquire()
        _cut_lock_connections(ledger)
        assert not first.held()
        assert second.acquire()
    finally:
        first.release()
        second.release()
        ledger.close()


def test_a_sender_that_loses_its_lock_stops_sending_then_leads_again(postgres_server: str) -> None:
    """Sending stops within a poll of the lock's connection dropping (another sender may hold
    the lock by then); with nobody else there, the same process takes it again."""
    ledger = Ledger(create_database(postgres_server, f"sendlock{next(_names)}"))
    lock = SenderLock(ledger.engine, "telegram")
    runs: list[str] = []

    async def work() -> None:
        runs.append("start")
        try:
            await asyncio.Event().wait()
        finally:
            runs.append("stop")

    async def until(wanted: list[str]) -> None:
        for _ in range(300):
            if runs == wanted:
                return
            await asyncio.sleep(0.05)
        raise AssertionError(f"runs: {runs}")

    async def scenario() -> None:
        leading = asyncio.create_task(lead(lock, work, poll=0.1))
        await until(["start"])
        await asyncio.to_thread(_cut_lock_connections, ledger)
        await until(["start", "stop", "start"])
        leading.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await leading

    try:
        asyncio.run(scenario())
        assert runs == ["start", "stop", "start", "stop"]
    finally:
        lock.release()
        ledger.close()


@pytest.mark.slow
def test_every_decision_is_carried_out_once_under_the_rate_limits(flood: Flood) -> None:
    recording, per_chat, burst = flood.recording, flood.per_chat, flood.burst
    wait_for(lambda: set(outbox_rows(flood.db).values()) == {"done"}, "every row done")

    sent = notices(recording)
    assert len(sent) == per_chat * len(CHATS)
    assert set(sent.values()) == {1}  # each decision's notice exactly once
    assert step_statuses(flood.db) == {"done": per_chat * len(CHATS)}
    messages = [c for c in recording.actions() if c.method == "sendMessage"]
    for chat in CHATS:
        times = [c.at for c in messages if str(c.params["chat_id"]) == chat]
        assert len(times) == per_chat
        # 20 at once; the other 4 when the first leave the minute, not before
        assert within_promise(times, burst, 60.0)
        assert max(times) - min(times) >= 60.0 - 2
    # The per-second promise is not read here: these times are when the fake Bot API saw each
    # call, and on a loaded 2-core machine the first second's calls arrive late enough to
    # bunch against the next second's past any fixed lag (0.2 s and 0.5 s both failed a CI
    # run). The limiter's own clock pins it: tests/telegram/test_plan.py
    # ::test_limiter_keeps_every_second_within_30_calls.
    admins = Counter(c.params["chat_id"] for c in recording.calls
                     if c.method == "getChatAdministrators")
    assert admins == {int(chat): 1 for chat in CHATS}  # read once per group, then stored
    assert not {m for _, m, _ in recording.callers} & {"getUpdates", "setWebhook"}  # no polling


RATE_LIMITS = test_every_decision_is_carried_out_once_under_the_rate_limits.__name__
