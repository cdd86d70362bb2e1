"""A fake Telegram Bot API server: real HTTP on 127.0.0.1, Telegram's wire format.

It serves the methods the bot uses, feeds scripted updates through
``getUpdates`` (offset and long-poll timeout honoured, like Telegram), and
records every call it answered. Failures are scripted per method (``429`` with
``retry_after``), and one call can be held unanswered so a test can kill the
bot while the call is in flight (an unanswered call is not recorded: the bot
never learnt it succeeded).
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

BOT = {"id": 123456, "is_bot": True, "first_name": "Chatwarden", "username": "chatwarden_bot"}
ACTIONS = frozenset({"sendMessage", "deleteMessage", "banChatMember", "unbanChatMember",
                     "restrictChatMember"})


def admin_rights(granted: dict[str, bool]) -> dict[str, bool]:
    """A ChatMemberAdministrator's flags: ``granted`` on top of a bot's usual rights."""
    rights = dict.fromkeys(("can_be_edited", "is_anonymous", "can_manage_video_chats",
                            "can_promote_members", "can_change_info", "can_post_stories",
                            "can_edit_stories", "can_delete_stories", "can_send_welcome_messages"), False)
    return rights | {"can_manage_chat": True, "can_invite_users": True, "can_delete_messages": False,
                     "can_restrict_members": False} | granted


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    status: int = 200

    def key(self) -> str:
        return json.dumps([self.method, self.params], sort_keys=True, ensure_ascii=False)


def _value(raw: str) -> Any:
    try:
        return json.loads(raw)
    except ValueError:
        return raw


@dataclass
class FakeTelegram:
    owner: dict[str, Any]
    chat: dict[str, Any]
    bot_rights: bool = True
    batch: int = 100
    updates: list[dict[str, Any]] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    failures: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    hold_after: int | None = None
    """Hold the action call that follows this many answered action calls."""
    held: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _next_mid: int = 900000

    # -- test side (any thread) ----------------------------------------------------------------

    def push(self, *updates: dict[str, Any]) -> None:
        with self._lock:
            self.updates.extend(updates)

    def actions(self) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method in ACTIONS and c.status == 200]

    def wait(self, predicate: Callable[[FakeTelegram], bool], timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(self):
                return
            time.sleep(0.05)
        raise AssertionError(f"timed out; calls: {[(c.method, c.params) for c in self.calls]}")

    def quiet(self, last_update: int, seconds: float = 1.5, timeout: float = 30) -> list[Call]:
        """Wait until every update is confirmed and no action came for ``seconds``."""
        self.wait(lambda f: f.confirmed_offset() > last_update, timeout)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            count = len(self.actions())
            time.sleep(seconds)
            if len(self.actions()) == count:
                return self.actions()
        raise AssertionError("the bot kept calling")

    def confirmed_offset(self) -> int:
        """The highest offset the bot sent: updates below it are confirmed, as Telegram counts."""
        offsets = [int(c.params.get("offset") or 0) for c in self.calls if c.method == "getUpdates"]
        return max(offsets, default=0)

    # -- server side ---------------------------------------------------------------------------

    async def handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        form = await request.post() if request.can_read_body else {}
        params = {k: _value(v) for k, v in form.items() if isinstance(v, str)}
        if method == "getUpdates":
            return web.json_response({"ok": True, "result": await self._updates(params)})
        with self._lock:
            answered = sum(1 for c in self.calls if c.method in ACTIONS and c.status == 200)
            hold = method in ACTIONS and self.hold_after is not None and answered >= self.hold_after
            planned = self.failures.get(method)
            failure = planned.pop(0) if planned else None
        if hold:
            self.held.set()
            while self.hold_after is not None:  # the bot is killed meanwhile
                await asyncio.sleep(0.05)
            return web.json_response({"ok": False, "error_code": 500, "description": "gone"}, status=500)
        call = Call(method, params, time.monotonic())
        if failure is not None:
            code, retry_after = failure
            call.status = code
            with self._lock:
                self.calls.append(call)
            return web.json_response({"ok": False, "error_code": code,
                                      "description": f"Too Many Requests: retry after {retry_after}",
                                      "parameters": {"retry_after": retry_after}}, status=code)
        with self._lock:
            self.calls.append(call)
        return web.json_response({"ok": True, "result": self._result(method, params)})

    async def _updates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 1.0)
        deadline = time.monotonic() + timeout
        with self._lock:
            self.calls.append(Call("getUpdates", params, time.monotonic()))
        while True:
            with self._lock:
                ready = [u for u in self.updates if u["update_id"] >= offset][: self.batch]
            if ready or time.monotonic() >= deadline:
                return ready
            await asyncio.sleep(0.05)

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return {**BOT, "can_join_groups": True, "can_read_all_group_messages": True,
                    "supports_inline_queries": False}
        if method == "getChatAdministrators":
            return [{"status": "creator", "user": self.owner, "is_anonymous": False},
                    {"status": "administrator", "user": BOT,
                     **admin_rights(dict.fromkeys(("can_delete_messages", "can_restrict_members"),
                                                  self.bot_rights))}]
        if method == "sendMessage":
            self._next_mid += 1
            chat_id = int(params["chat_id"])
            chat = self.chat if chat_id == self.chat["id"] else {"id": chat_id, "type": "private",
                                                                 "first_name": "x"}
            return {"message_id": self._next_mid, "from": BOT, "chat": chat,
                    "date": int(time.time()), "text": str(params.get("text", ""))}
        return True


class Server:
    """Runs a :class:`FakeTelegram` on its own event loop thread; ``url`` is the base."""

    def __init__(self, fake: FakeTelegram) -> None:
        self.fake = fake
        self.loop = asyncio.new_event_loop()
        self.started = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.url = ""

    def _run(self) -> None:
        asyncio.set_event_loop(self.loop)
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self.fake.handle)
        self.runner = web.AppRunner(app, handle_signals=False)
        self.loop.run_until_complete(self.runner.setup())
        site = web.TCPSite(self.runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        port = self.runner.addresses[0][1]
        self.url = f"http://127.0.0.1:{port}"
        self.started.set()
        self.loop.run_forever()

    def __enter__(self) -> Server:
        self.thread.start()
        self.started.wait(10)
        return self

    def __exit__(self, *exc: object) -> None:
        async def stop() -> None:
            await self.runner.cleanup()
        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()
