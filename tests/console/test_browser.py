"""The console in a real browser: Playwright driving Debian's headless Chromium (no browser
download). Log in, claim, confirm, overturn an appeal, a member, the purge preview and the
dashboard; a hostile member's name and message run no script, log no console error and open
no dialog. Screenshots are kept (``CW_SCREENSHOTS=dir`` keeps them there)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import ConsoleMessage, Dialog, Page, sync_playwright
from sqlalchemy import insert

from chatwarden.console import queries as q
from chatwarden.console.auth import add_account
from chatwarden.ledger import tables as t
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from tests.console.conftest import HOSTILE_NAME, NOW, PASSWORD, troll_ban
from tests.console.server import serving
from tests.telegram.conftest import (  # noqa: F401 (policy_file, telegram: the bot's fixtures)
    CHAT,
    OWNER,
    Updates,
    decided,
    person,
    policy_file,
    telegram,
)
from tests.telegram.fake_api import FakeTelegram

CHROMIUM = Path("/usr/bin/chromium")
NEWBIE = person(301, "Новичок", "newbie")

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is missing "
                                 "(apt-get install chromium; make test does)")]


class Watched:
    """A page and what a safe page never causes: console errors, uncaught exceptions,
    alert/confirm/prompt dialogs (dismissed, so the page goes on)."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.problems: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.problems.append(f"exception: {e}"))
        page.on("dialog", self._dialog)

    def _console(self, message: ConsoleMessage) -> None:
        if message.type in ("error", "assert"):
            self.problems.append(f"console.{message.type}: {message.text}")

    def _dialog(self, dialog: Dialog) -> None:
        self.problems.append(f"dialog {dialog.type}: {dialog.message}")
        dialog.dismiss()

    def text(self) -> str:
        return self.page.inner_text("body")


@pytest.fixture
def browser_page() -> Iterator[Watched]:
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        try:
            yield Watched(browser.new_page(viewport={"width": 1400, "height": 1000}))
        finally:
            browser.close()


@pytest.fixture
def shots(tmp_path: Path) -> Path:
    """Where screenshots go: kept as artifacts when ``CW_SCREENSHOTS`` names a folder."""
    return Path(os.environ.get("CW_SCREENSHOTS") or tmp_path / "screens")


def _ids(db: Path, policy: Policy) -> dict[str, int]:
    ledger = Ledger(str(db))
    items = q.items(ledger, policy, (), NOW)
    ban = troll_ban(ledger)
    ledger.close()
    return {"ban": ban, "hostile": next(i.id for i in items if i.user == HOSTILE_NAME),
            "newbie": next(i.id for i in items if i.user == "newbie"),
            "appeal": next(i.id for i in items if i.kind == "appeal" and i.user == "troll")}


def test_moderator_flow_in_a_browser(example_ledger: Path, tmp_path: Path, klint: Policy,
                                     browser_page: Watched, shots: Path) -> None:
    db = tmp_path / "ledger.db"
    db.write_bytes(example_ledger.read_bytes())
    ids = _ids(db, klint)
    b, page = browser_page, browser_page.page
    with serving(str(db)) as client:
        base = str(client.base_url).rstrip("/")
        page.goto(f"{base}/login")
        page.fill("form.login [name=name]", "owner")
        page.fill("form.login [name=password]", PASSWORD)
        with page.expect_navigation():
            page.press("form.login [name=password]", "Enter")
        assert "Очередь" in b.text()
        page.screenshot(path=shots / "queue.png", full_page=True)

        page.goto(f"{base}/item/{ids['hostile']}")
        assert page.title() != "pwned"
        assert '<script>document.title="pwned"</script>' in b.text()
        assert page.locator("main img, main script").count() == 0
        page.screenshot(path=shots / "item-hostile.png", full_page=True)

        page.goto(f"{base}/item/{ids['newbie']}")
        page.click(f"form[action='/item/{ids['newbie']}/claim'] button")
        assert "owner" in b.text()
        page.screenshot(path=shots / "item.png", full_page=True)
        page.fill("form.decide [name=reason]", "рассылка рекламы")
        page.click("form.decide button.primary")
        assert "@newbie: warn 14d, delete" in b.text()

        page.goto(f"{base}/item/{ids['appeal']}")
        page.fill("form.decide [name=reason]", "извинился")
        page.click("form.decide button.primary")
        assert "@troll: pardon" in b.text()

        page.goto(f"{base}/member/klint/troll")
        assert f"#{ids['ban']}" in b.text()
        page.screenshot(path=shots / "member.png", full_page=True)
        page.goto(f"{base}/dashboard")
        page.screenshot(path=shots / "dashboard.png", full_page=True)
        page.goto(f"{base}/purge")
        assert "@vasya" in b.text()
        page.screenshot(path=shots / "purge.png", full_page=True)
        page.goto(f"{base}/audit")
        page.screenshot(path=shots / "audit.png", full_page=True)
        assert page.title() != "pwned"
    assert b.problems == []
    assert {p.name for p in shots.glob("*.png")} >= {"queue.png", "item.png", "member.png",
                                                     "dashboard.png", "purge.png"}


def test_the_browser_check_sees_a_script_run(browser_page: Watched) -> None:
    """The XSS check is not vacuous: a page that does run a script is caught, all three ways."""
    browser_page.page.set_content(
        "<p>x</p><script>alert(1); console.error('boom'); throw new Error('bang')</script>")
    problems = browser_page.problems
    assert any(p.startswith("dialog alert") for p in problems)
    assert any("boom" in p for p in problems)
    assert any("bang" in p for p in problems)


def test_a_confirm_next_to_the_bot_reaches_telegram(
        telegram: Any, policy_file: Path,  # noqa: F811 (the fixtures imported above)
        tmp_path: Path, browser_page: Watched, shots: Path) -> None:
    """The bot holds the ledger: the console only queues the confirm, the bot decides it and
    the fake Bot API records the deletion and the warning, as for a command typed in the chat."""
    server, _ = telegram()
    fake: FakeTelegram = server.fake
    updates = Updates()
    # a message the bot itself leaves alone; the review row below stands in for a detection
    # (an advert here would be warned by the bot first, and the confirm would warn again)
    spam = updates.text(NEWBIE, "добрый вечер всем")
    fake.push(spam)
    db = tmp_path / "ledger.db"
    fake.wait(lambda f: decided(db, spam["update_id"]))
    ledger = Ledger(str(db))  # a second process, as the console is: these rows need no engine
    try:
        [event_id] = [r["id"] for r in ledger.rows("events", user=str(NEWBIE["id"]))]
        with ledger.engine.begin() as conn:
            item = conn.execute(insert(t.reviews).values(
                chat=str(CHAT["id"]), user=str(NEWBIE["id"]), event_id=event_id,
                rules='["6.1-review"]', note="на проверку", status="open",
                created=datetime.now(UTC).isoformat())).inserted_primary_key[0]
        add_account(ledger, "owner", "owner", PASSWORD, actor=str(OWNER["id"]))
    finally:
        ledger.close()
    page = browser_page.page
    with serving(str(db), policy_file) as client:
        base = str(client.base_url).rstrip("/")
        page.goto(f"{base}/login")
        page.fill("form.login [name=name]", "owner")
        page.fill("form.login [name=password]", PASSWORD)
        with page.expect_navigation():
            page.press("form.login [name=password]", "Enter")
        page.goto(f"{base}/item/{item}")
        page.click(f"form[action='/item/{item}/claim'] button")
        page.fill("form.decide [name=reason]", "реклама")
        page.click("form.decide button.primary")
        assert "queued for the bot" in browser_page.text()
        fake.wait(lambda f: {"deleteMessage", "sendMessage"} <= {c.method for c in f.actions()})
        page.screenshot(path=shots / "queued-for-the-bot.png", full_page=True)
    [deleted] = [c.params for c in fake.actions() if c.method == "deleteMessage"]
    assert deleted["message_id"] == spam["message"]["message_id"]
    # the group gets one public notice naming the member: the console's confirm
    [notice] = [c.params for c in fake.actions()
                if c.method == "sendMessage" and c.params["chat_id"] == CHAT["id"]]
    assert "tg://user?id=301" in notice["text"]
    assert browser_page.problems == []
