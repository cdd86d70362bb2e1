"""The console in a real browser (Debian's headless Chromium): log in, claim, confirm,
overturn an appeal, the purge preview; a hostile member's name and message run no script
and log no error. Screenshots are kept (``CW_SCREENSHOTS=dir`` keeps them there)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

import pytest

from chatwarden.console import queries as q
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from tests.console.browser import CHROMIUM, Browser
from tests.console.conftest import HOSTILE_NAME, NOW, PASSWORD, troll_ban
from tests.console.server import serving

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed "
                                 "(apt-get install chromium; make test does)")]


def _ids(db: Path, policy: Policy) -> dict[str, int]:
    ledger = Ledger(str(db))
    items = q.items(ledger, policy, (), NOW)
    ban = troll_ban(ledger)
    ledger.close()
    return {"ban": ban,"hostile": next(i.id for i in items if i.user == HOSTILE_NAME),
            "newbie": next(i.id for i in items if i.user == "newbie"),
            "appeal": next(i.id for i in items if i.kind == "appeal" and i.user == "troll")}


async def _walk(base: str, ids: dict[str, int], shots: Path) -> list[str]:
    async with Browser() as b:
        await b.goto(f"{base}/login")
        await b.submit("form.login", {"name": "owner", "password": PASSWORD})
        assert "Очередь" in await b.text()
        await b.screenshot(shots / "queue.png")

        await b.goto(f"{base}/item/{ids['hostile']}")
        assert await b.js("document.title") != "pwned"
        assert '<script>document.title="pwned"</script>' in await b.text()
        assert await b.js("document.querySelectorAll('main img, main script').length") == 0
        await b.screenshot(shots / "item-hostile.png")

        await b.goto(f"{base}/item/{ids['newbie']}")
        await b.submit(f"form[action='/item/{ids['newbie']}/claim']", {})
        assert "owner" in await b.text()
        await b.screenshot(shots / "item.png")
        await b.submit("form.decide", {"reason": "рассылка рекламы"}, "button.primary")
        assert "@newbie: warn 14d, delete" in await b.text()

        await b.goto(f"{base}/item/{ids['appeal']}")
        await b.submit("form.decide", {"reason": "извинился"}, "button.primary")
        assert "@troll: pardon" in await b.text()

        await b.goto(f"{base}/member/klint/troll")
        assert f"#{ids['ban']}" in await b.text()
        await b.screenshot(shots / "member.png")
        await b.goto(f"{base}/dashboard")
        await b.screenshot(shots / "dashboard.png")
        await b.goto(f"{base}/purge")
        assert "@vasya" in await b.text()
        await b.screenshot(shots / "purge.png")
        await b.goto(f"{base}/audit")
        await b.screenshot(shots / "audit.png")
        assert await b.js("document.title") != "pwned"
        return b.problems


def test_moderator_flow_in_a_browser(example_ledger: Path, tmp_path: Path, klint: Policy) -> None:
    db = tmp_path / "ledger.db"
    db.write_bytes(example_ledger.read_bytes())
    shots = Path(os.environ.get("CW_SCREENSHOTS") or tmp_path / "screens")
    ids = _ids(db, klint)
    with serving(str(db)) as client:
        problems = asyncio.run(_walk(str(client.base_url).rstrip("/"), ids, shots))
    assert problems == []
    assert {p.name for p in shots.glob("*.png")} >= {"queue.png", "item.png", "member.png",
                                                     "dashboard.png"}


def test_the_browser_check_sees_a_script_run() -> None:
    """The XSS check is not vacuous: a page that does run a script is caught."""
    async def run() -> list[str]:
        async with Browser() as b:
            await b.goto("data:text/html,<p>x</p><script>alert(1); console.error('boom')</script>")
            return b.problems

    problems = asyncio.run(run())
    assert any(p.startswith("dialog alert") for p in problems)
    assert any("boom" in p for p in problems)
