"""The console's fixtures: the example chat replayed into a ledger (once per session, then
copied per test), accounts of each role, and a logged-in HTTP client."""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from sqlalchemy import insert

from chatwarden.adapters.files import read_events
from chatwarden.console.acts import Console
from chatwarden.console.app import create_app
from chatwarden.console.auth import add_account
from chatwarden.events import Event
from chatwarden.ledger import tables as t
from chatwarden.ledger.store import Ledger
from chatwarden.policy.loader import load_policy
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime
from tests.conftest import EXAMPLE, KLINT
from tests.console.testclient import TestClient

NOW = datetime(2026, 11, 28, 12, 0, tzinfo=UTC)
"""The console's clock in tests: after the example's last event and its last purge."""
PASSWORD = "correct horse battery"
HOSTILE_NAME = '<img src=x onerror="document.title=\'pwned\'">'
HOSTILE_TEXT = ('<script>document.title="pwned"</script> javascript:alert(1) '
                'see https://example.org/a?b=1&c=<2> "quoted"')
NEWBIE_TEXT = "всем привет, я тут новенький"
ACCOUNTS = {  # name: (role, platform identity, chats)
    "owner": ("owner", "kaanizel", []),
    "admin": ("admin", "lena_admin", []),
    "mod": ("moderator", "lena_admin", []),
    "mod2": ("moderator", "lena_admin", []),
    "viewer": ("viewer", "nobody", []),
    "other": ("moderator", "lena_admin", ["another-chat"]),
}


def troll_ban(ledger: Ledger) -> int:
    """The id of troll's ban, the sanction his open appeal names."""
    return int(ledger.rows("appeals", event_id="x:2")[0]["sanction_id"])


def build_example(path: Path | str, policy: Policy) -> None:
    """The example chat as ``chatwarden replay`` leaves it, plus a hostile member's message
    queued for review, a newcomer's message queued under 6.1, an open appeal of troll's ban
    and a complaint about an admin (queued by the engine, Клинт 10.1), so every queue kind
    is present."""
    ledger = Ledger(str(path))
    runtime = Runtime(policy, ledger)
    last = None
    for item in read_events(EXAMPLE, tz=policy.timezone):
        if isinstance(item, Event):
            runtime.handle(item)
            last = item.ts
    runtime.finish(last)
    [ban] = [r["id"] for r in ledger.rows("sanctions", user="troll", type="ban")]
    for event in (Event("x:1", "message", "klint", HOSTILE_NAME, NOW, text=HOSTILE_TEXT,
                        extra={"name": HOSTILE_NAME}),
                  Event("x:2", "appeal", "klint", "troll", NOW, text="я больше не буду <b>честно</b>",
                        sanction=str(ban)),
                  Event("x:4", "message", "klint", "newbie", NOW, text=NEWBIE_TEXT),
                  Event("x:3", "complaint", "klint", "masha", NOW, text=(
                      "Роль человека на которого жалоба: админ\nЕго юз: @lena_admin\n"
                      "Ссылка на соо/скрин: https://t.me/c/1824/200\nПричина жалобы: грубит"))):
        runtime.handle(event)
    runtime.flush()
    with ledger.engine.begin() as conn:
        conn.execute(insert(t.reviews).values(
            chat="klint", user=HOSTILE_NAME, event_id="x:1", rules='["3.1"]',
            note="hostile markup", status="open", created=NOW.isoformat()))
        # A review the detectors' next retraining cannot take away: the flows below test
        # the console, not the spam model.
        conn.execute(insert(t.reviews).values(
            chat="klint", user="newbie", event_id="x:4", rules='["6.1-review"]',
            note="Массовая рассылка рекламы — на проверку", status="open",
            created=NOW.isoformat()))
    for name, (role, actor, chats) in ACCOUNTS.items():
        add_account(ledger, name, role, PASSWORD, chats=chats, actor=actor)
    ledger.close()


@pytest.fixture(scope="session")
def example_ledger(tmp_path_factory: pytest.TempPathFactory, klint: Policy) -> Path:
    path = tmp_path_factory.mktemp("console") / "example.db"
    build_example(path, klint)
    return path


@pytest.fixture
def db(example_ledger: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "ledger.db"
    shutil.copy(example_ledger, copy)
    return copy


@pytest.fixture
def console(db: Path, klint: Policy) -> Iterator[Console]:
    c = Console(klint, Ledger(str(db)), clock=lambda: NOW)
    c.record_policy(KLINT, "tests")
    yield c
    c.close()


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF token on the page"
    return found.group(1)


def log_in(client: httpx.Client | TestClient, name: str, password: str = PASSWORD) -> str:
    """Log in through the form; returns the session's CSRF token."""
    token = csrf_of(client.get("/login").text)
    r = client.post("/login", data={"name": name, "password": password, "csrf": token},
                    follow_redirects=False)
    assert r.status_code == 303, r.text
    return csrf_of(client.get("/queue").text)


@pytest.fixture
def client(console: Console) -> Callable[[str], tuple[TestClient, str]]:
    """``client(name)``: a TestClient logged in as that account, and its CSRF token."""
    app = create_app(console)

    def make(name: str) -> tuple[TestClient, str]:
        c = TestClient(app, follow_redirects=False)
        return c, log_in(c, name)

    return make


def klint_policy() -> Policy:
    return load_policy(KLINT)
