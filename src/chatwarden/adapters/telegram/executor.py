"""The outbox worker: carries out stored decisions, each call once, one lane per chat.

Before a call its intent is committed (``sending``); it is marked done only after
Telegram confirms it. A call whose answer never came (a crash, a timeout, a
dropped connection, a proxy's error page) has an unknown outcome and is never
simply repeated:

* a ban, unban or restriction is checked with ``getChatMember`` first and
  marked done when the member is already in the wanted state;
* a deletion is repeated: "message to delete not found" then means it was done;
* a message (notice, reply, the admins' copy) is sent at most once. Telegram
  offers no way to ask whether a message went out, so after an unknown outcome
  it is not repeated and the row records why. The one case this loses a message
  is a crash in the instant between recording the intent and the request
  leaving the machine; a repeat would instead duplicate it after every answer
  lost on the way back, which is the common case.

Telegram's own refusals split as before: 429 waits ``retry_after``; 5xx and
connections that never opened back off and retry, forever, because a decision
must not be dropped; a 400/403 is final (the member left, the bot lost its
rights) and is recorded as the row's error. Each decision chat is a lane: its
calls run in order, and a hung or backing-off call holds up its own chat only.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from aiogram.exceptions import (
    TelegramBadRequest,
    TelegramEntityTooLarge,
    TelegramForbiddenError,
    TelegramMigrateToChat,
    TelegramNotFound,
    TelegramRetryAfter,
)

from chatwarden.adapters.telegram.plan import Planner
from chatwarden.adapters.telegram.sender import Sender, describe, unanswered
from chatwarden.adapters.telegram.store import PendingStep, Step, TelegramStore

log = logging.getLogger("chatwarden.telegram")
FINAL = (TelegramBadRequest, TelegramForbiddenError, TelegramNotFound, TelegramMigrateToChat,
         TelegramEntityTooLarge)
IDLE_SECONDS = 2.0
MAX_BACKOFF = 60.0
CHECKED = frozenset({"banChatMember", "unbanChatMember", "restrictChatMember"})
GONE = "message to delete not found"
NOT_REPEATED = "outcome unknown (no answer); a message is sent at most once, not repeated"


def _epoch(value: Any) -> int:
    """``until_date`` as Telegram sends it (0 or absent: for good) in epoch seconds."""
    if isinstance(value, datetime):
        return max(0, int(value.timestamp()))
    return int(value or 0)


def _same_term(member: Any, params: dict[str, Any], now: float) -> bool:
    """Telegram keeps a term as asked, except that one over 366 days or under 30 seconds
    away is for good (``until_date`` 0)."""
    got, wanted = _epoch(getattr(member, "until_date", 0)), _epoch(params.get("until_date"))
    forever = wanted == 0 or not 30 <= wanted - now <= 366 * 86400
    return got == wanted or (got == 0 and forever)


def carried_out(step: Step, member: Any, now: float | None = None) -> bool:
    """Whether ``getChatMember``'s answer shows ``step`` already took effect."""
    now = time.time() if now is None else now
    status, params = member.status, step.params
    if step.method == "banChatMember":
        return status == "kicked" and _same_term(member, params, now)
    if step.method == "unbanChatMember":
        return status != "kicked"
    if step.method == "restrictChatMember":
        wanted = params["permissions"]
        if status != "restricted":  # a member without restrictions has every permission
            return status in ("member", "left") and all(wanted.values())
        return all(getattr(member, k, None) == v for k, v in wanted.items()) and \
            _same_term(member, params, now)
    return False


class Executor:
    def __init__(self, store: TelegramStore, planner: Callable[[], Planner], sender: Sender) -> None:
        self.store, self.planner, self.sender = store, planner, sender
        self.wake = asyncio.Event()
        self.lanes: dict[str, asyncio.Task[None]] = {}

    def poke(self) -> None:
        """New outbox rows were committed: look now instead of at the next idle tick."""
        self.wake.set()

    async def run(self) -> None:
        try:
            while True:
                self.wake.clear()
                try:
                    self.expand()
                    for p in self.store.next_steps(self.lanes.keys()):
                        task = asyncio.create_task(self._lane(p), name=f"lane {p.lane}")
                        self.lanes[p.lane] = task
                        task.add_done_callback(functools.partial(self._free, p.lane))
                except Exception:  # the ledger busy or gone for a moment: the worker must live
                    log.exception("the outbox could not be read")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.wake.wait(), IDLE_SECONDS)
        finally:
            for task in self.lanes.values():
                task.cancel()

    async def _lane(self, p: PendingStep) -> None:
        try:
            await self.execute(p)
        except Exception:  # a bookkeeping write failed: the step is retried, not spun on
            log.exception("%s of outbox row %s failed", p.step.method, p.outbox_id)
            await asyncio.sleep(IDLE_SECONDS)

    def _free(self, lane: str, _: object) -> None:
        self.lanes.pop(lane, None)
        self.wake.set()

    def expand(self) -> None:
        planner = self.planner()
        for outbox_id, decision in self.store.unexpanded(self.ready):
            info = self.store.chat(decision["chat"])
            self.store.plan(outbox_id, planner.plan(decision, info))

    def ready(self, chat: str) -> bool:
        """A decision is planned once its group's owner and the bot's rights there are
        known: the plan is fixed for good, and a plan made blind would tell nobody."""
        return not chat.startswith("-") or self.store.chat(chat) is not None

    async def execute(self, p: PendingStep) -> None:
        checked = False  # an unknown outcome stays unknown until checked or confirmed
        try:
            if p.unknown:
                if await self._settled(p):
                    return
                checked = p.step.method in CHECKED
            self.store.begin(p)
            await self.sender.call(p.step)
        except TelegramRetryAfter as exc:
            log.info("%s: 429, waiting %ss", p.step.method, exc.retry_after)
            self.store.attempt(p, f"429 retry after {exc.retry_after}s",
                               unknown=p.unknown and not checked)
            await asyncio.sleep(exc.retry_after)
        except FINAL as exc:
            if p.step.method == "deleteMessage" and p.unknown and GONE in exc.message:
                self.store.finish(p)  # our own earlier try removed it
            else:
                log.warning("%s failed for good: %s", p.step.method, exc.message)
                self.store.finish(p, error=exc.message)
        except Exception as exc:  # network or server trouble: the call must still happen
            unknown = unanswered(exc) or (p.unknown and not checked)
            delay = min(MAX_BACKOFF, 2.0 ** min(p.attempts, 6))
            log.warning("%s failed (%s%s), retry in %.0fs", p.step.method, describe(exc),
                        ", outcome unknown" if unknown else "", delay)
            self.store.attempt(p, describe(exc), unknown=unknown)
            await asyncio.sleep(delay)
        else:
            self.store.finish(p)

    async def _settled(self, p: PendingStep) -> bool:
        """After a try with no answer: True when nothing is left to do for ``p``."""
        if p.step.method == "sendMessage":
            log.warning("a message to %s had no answer; not sent again", p.step.params["chat_id"])
            self.store.finish(p, NOT_REPEATED, unconfirmed=True)
            return True
        if p.step.method in CHECKED:
            params = p.step.params
            member = await self.sender.call(Step("getChatMember", {
                "chat_id": params["chat_id"], "user_id": params["user_id"]}))
            if carried_out(p.step, member):
                log.info("%s for %s was already carried out", p.step.method, params["user_id"])
                self.store.finish(p)
                return True
        return False
