"""A fake Telegram Bot API server: real HTTP on 127.0.0.1, Telegram's wire format.

It serves the methods the bot uses, feeds scripted updates through
``getUpdates`` (offset and long-poll timeout honoured, like Telegram), keeps
what the calls changed (bans, restrictions, deleted messages: ``getChatMember``
and a second deletion answer from it, as Telegram does) and records every call
(``status`` 200: carried out). Faults are scripted per method (:class:`Fault`:
JSON errors, a proxy's HTML page, resets, lost answers, hangs), and one action
can be held unanswered, carried out or not, so a test can kill the bot while
the call is in flight.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal

from aiohttp import web

BOT = {"id": 123456, "is_bot": True, "first_name": "Chatwarden", "username": "chatwarden_bot"}
ACTIONS = frozenset({"sendMessage", "deleteMessage", "banChatMember", "unbanChatMember", "setChatPermissions",
                     "restrictChatMember"})


def admin_rights(granted: dict[str, bool]) -> dict[str, bool]:
    """A ChatMemberAdministrator's flags: ``granted`` on top of a bot's usual rights."""
    rights = dict.fromkeys(("can_be_edited", "is_anonymous", "can_manage_video_chats",
                            "can_promote_members", "can_change_info", "can_post_stories",
                            "can_edit_stories", "can_delete_stories", "can_send_welcome_messages"), False)
    return rights | {"can_manage_chat": True, "can_invite_users": True, "can_delete_messages": False,
                     "can_restrict_members": False} | granted


NO_ANSWER = 0
"""``Call.status`` of a call that got no answer and was not carried out."""
PERMISSIONS = ("can_send_messages", "can_send_audios", "can_send_documents", "can_send_photos",
               "can_send_videos", "can_send_video_notes", "can_send_voice_notes", "can_send_polls",
               "can_send_other_messages", "can_add_web_page_previews", "can_react_to_messages",
               "can_edit_tag", "can_change_info", "can_invite_users", "can_pin_messages",
               "can_manage_topics")


@dataclass(frozen=True)
class Fault:
    """One scripted failure of a call.

    ``error``: Telegram's JSON error (``code``, ``retry_after`` for 429); ``html``: a
    proxy's HTML error page; ``reset``: the connection drops, nothing done; ``lost``:
    the call is carried out, then the connection drops before the answer; ``hang``:
    no answer for ``seconds`` (carried out first if ``perform``).
    """

    kind: Literal["error", "html", "reset", "lost", "hang"]
    code: int = 500
    retry_after: int | None = None
    seconds: float = 60.0
    perform: bool = False

    def __post_init__(self) -> None:
        if self.kind == "lost":
            object.__setattr__(self, "perform", True)


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
    admins: list[dict[str, Any]] = field(default_factory=list)
    """Administrators besides the owner (the creator)."""
    batch: int = 100
    updates: list[dict[str, Any]] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    failures: dict[str, list[Fault]] = field(default_factory=dict)
    """Per method, faults served in turn to its next calls (then it answers normally)."""
    hold_after: int | None = None
    """Hold the action call that follows this many carried-out action calls (until this
    changes)."""
    hold_performed: bool = False
    """Carry the held call out before holding its answer (a kill loses only the answer)."""
    closing: bool = False
    members: dict[tuple[int, int], dict[str, Any]] = field(default_factory=dict)
    deleted: set[tuple[int, int]] = field(default_factory=set)
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

    def wait(self, predicate: Callable[[FakeTelegram], bool], timeout: float = 90) -> None:
        # a generous deadline: the first wait includes a bot's start (seconds of imports), on a
        # machine other test workers share
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if predicate(self):
                return
            time.sleep(0.05)
        raise AssertionError(f"timed out; calls: {[(c.method, c.params) for c in self.calls]}")

    def quiet(self, last_update: int, seconds: float = 1.5, timeout: float = 120,
              decided: Callable[[], bool] | None = None) -> list[Call]:
        """Wait until every update is confirmed (and ``decided``: the bot stores updates
        before it decides them) and no action came for ``seconds``. The deadline is a guard,
        not a speed promise: 30 s ran out once on a slow, loaded machine while a freshly
        started bot was still judging the stream."""
        self.wait(lambda f: f.confirmed_offset() > last_update and (decided is None or decided()),
                  timeout)
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
        with self._lock:
            planned = self.failures.get(method)
            fault = planned.pop(0) if planned else None
            answered = sum(1 for c in self.calls if c.method in ACTIONS and c.status == 200)
            hold = method in ACTIONS and self.hold_after is not None and answered >= self.hold_after
        if fault is not None:
            return await self._fault(request, method, params, fault)
        if method == "getUpdates":
            return web.json_response({"ok": True, "result": await self._updates(params)})
        if hold:
            after = self.hold_after
            if self.hold_performed:
                self._perform(method, params)  # carried out; the answer is never sent
            self.held.set()
            while self.hold_after == after and not self.closing:  # the bot is killed meanwhile
                await asyncio.sleep(0.05)
            return web.json_response({"ok": False, "error_code": 500, "description": "gone"}, status=500)
        return self._perform(method, params)

    async def _fault(self, request: web.Request, method: str, params: dict[str, Any],
                     fault: Fault) -> web.Response:
        if fault.kind == "error":
            self._record(method, params, fault.code)
            extra = {"parameters": {"retry_after": fault.retry_after}} if fault.retry_after else {}
            what = f"Too Many Requests: retry after {fault.retry_after}" if fault.code == 429 \
                else "Internal Server Error"
            return web.json_response({"ok": False, "error_code": fault.code, "description": what,
                                      **extra}, status=fault.code)
        if fault.kind == "html":  # a proxy's page, echoing the path (the token in it) as nginx may
            self._record(method, params, fault.code)
            return web.Response(status=fault.code, content_type="text/html", text=(
                f"<html><head><title>{fault.code} Bad Gateway</title></head><body>"
                f"<h1>Bad Gateway</h1><p>upstream failed: POST {request.path}</p></body></html>"))
        if fault.perform:
            self._perform(method, params)
        else:
            self._record(method, params, NO_ANSWER)
        if fault.kind == "hang":
            deadline = time.monotonic() + fault.seconds
            while time.monotonic() < deadline and not self.closing:
                await asyncio.sleep(0.05)
        if request.transport is not None:  # "lost", "reset", a hang's end: the connection drops
            request.transport.abort()
        return web.Response(status=500)

    def _record(self, method: str, params: dict[str, Any], status: int) -> Call:
        call = Call(method, params, time.monotonic(), status)
        with self._lock:
            self.calls.append(call)
        return call

    def _perform(self, method: str, params: dict[str, Any]) -> web.Response:
        """Carry a call out as Telegram would and answer it; the state it changes is kept."""
        with self._lock:
            if method == "deleteMessage":
                where = (int(params["chat_id"]), int(params["message_id"]))
                if where in self.deleted:
                    self.calls.append(Call(method, params, time.monotonic(), 400))
                    return web.json_response({"ok": False, "error_code": 400, "description":
                                              "Bad Request: message to delete not found"}, status=400)
                self.deleted.add(where)
            result = self._result(method, params)
            self.calls.append(Call(method, params, time.monotonic()))
        return web.json_response({"ok": True, "result": result})

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
                    *({"status": "administrator", "user": a, **admin_rights({})} for a in self.admins),
                    {"status": "administrator", "user": BOT,
                     **admin_rights(dict.fromkeys(("can_delete_messages", "can_restrict_members"),
                                                  self.bot_rights))}]
        if method in ("banChatMember", "unbanChatMember", "restrictChatMember"):
            self._change_member(method, params)
        if method == "getChatMember":
            return self._member(int(params["chat_id"]), int(params["user_id"]))
        if method == "sendMessage":
            self._next_mid += 1
            chat_id = int(params["chat_id"])
            chat = self.chat if chat_id == self.chat["id"] else \
                {"id": chat_id, "type": "supergroup", "title": "other"} if chat_id < 0 else \
                {"id": chat_id, "type": "private", "first_name": "x"}
            return {"message_id": self._next_mid, "from": BOT, "chat": chat,
                    "date": int(time.time()), "text": str(params.get("text", ""))}
        return True


    def _change_member(self, method: str, params: dict[str, Any]) -> None:
        key = (int(params["chat_id"]), int(params["user_id"]))
        if method == "banChatMember":
            self.members[key] = {"status": "kicked", "until_date": int(params.get("until_date") or 0)}
        elif method == "unbanChatMember":
            if self.members.get(key, {}).get("status") == "kicked" or not params.get("only_if_banned"):
                self.members[key] = {"status": "left"}
        elif all(params["permissions"].values()):
            self.members[key] = {"status": "member"}
        else:  # what is not named stays allowed, as with use_independent_chat_permissions
            self.members[key] = {"status": "restricted", "is_member": True,
                                 **dict.fromkeys(PERMISSIONS, True), **params["permissions"],
                                 "until_date": int(params.get("until_date") or 0)}

    def _member(self, chat: int, user: int) -> dict[str, Any]:
        """``getChatMember``: the member as the calls carried out so far left them."""
        return {"user": {"id": user, "is_bot": False, "first_name": "x"},
                **self.members.get((chat, user), {"status": "member"})}


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
        self.fake.closing = True  # held and hung calls end, so the server can stop

        async def stop() -> None:
            await self.runner.cleanup()
        asyncio.run_coroutine_threadsafe(stop(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()
