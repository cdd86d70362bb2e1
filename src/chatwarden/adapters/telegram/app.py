"""Wiring and the two ways to receive updates: long polling (default) and a webhook.

Polling is driven here rather than by ``Dispatcher.start_polling`` so that no
update is confirmed to Telegram before it is stored: each batch goes into the
adapter's inbox with the next offset (one write per batch), then updates are
decided one after another in Telegram's order (one chat's events stay in order)
while polling, the outbox and the clock go on; the engine itself runs on its own
thread. A restart decides what the inbox still holds, then resumes at the stored
offset; event ids make anything seen twice a no-op.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import PRODUCTION, TelegramAPIServer
from aiogram.exceptions import TelegramRetryAfter, TelegramUnauthorizedError
from aiogram.methods import DeleteWebhook, GetMe, GetUpdates, SetWebhook, TelegramMethod
from aiogram.types import Update
from aiohttp import web
from sqlalchemy.exc import DBAPIError

from chatwarden.adapters.telegram.limits import Limiter
from chatwarden.adapters.telegram.middleware import Seen
from chatwarden.adapters.telegram.redact import Redactor
from chatwarden.adapters.telegram.rights import Rights
from chatwarden.adapters.telegram.routers import routers
from chatwarden.adapters.telegram.sender import Sender, describe
from chatwarden.adapters.telegram.service import Moderation, Settings
from chatwarden.adapters.telegram.store import TelegramStore
from chatwarden.delivery.leader import SenderLock, lead
from chatwarden.ledger import intake
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime, transient

log = logging.getLogger("chatwarden.telegram")
UPDATES = ["message", "edited_message", "chat_member", "my_chat_member"]
POLL_TIMEOUT = 25
BACKLOG = 1000
"""Updates received and waiting for the engine beyond which polling pauses."""
JOBS_EVERY = 60.0
"""Seconds between checks for scheduled jobs (purge, expiry) due by the clock."""
INTAKE_EVERY = 3.0
"""Seconds between looks at the ledger's intake (acts the console queued for the writer)."""
T = TypeVar("T")


@dataclass
class Options:
    shadow: bool = False
    admin_chat: str | None = None
    api_url: str | None = None
    webhook: str | None = None
    listen: str = "0.0.0.0:8080"
    webhook_secret: str | None = None
    timeout: float = 15.0
    """Seconds a Bot API call may take before it counts as unanswered (long polls get more)."""
    referrals: Path | None = None
    """Where referral bundles and preserved evidence go (None: not written)."""
    warm: bool = True
    """Load the models on a thread at start (:meth:`Runtime.warm_soon`), not at first need."""


def connect(token: str, api_url: str | None = None, timeout: float = 15.0) -> Bot:
    """The Bot API client of the bot and of ``chatwarden send`` (``api_url``: a local Bot API
    server or a test's fake; ``timeout``: seconds before a call counts as unanswered)."""
    api = TelegramAPIServer.from_base(api_url) if api_url else PRODUCTION
    return Bot(token, session=AiohttpSession(api=api, timeout=timeout))


async def retry(bot: Bot, method: TelegramMethod[T], timeout: int | None = None) -> T:
    """A call the bot cannot run without: retried until Telegram answers (a bad token is final)."""
    delay = 1.0
    while True:
        try:
            return await bot(method, request_timeout=timeout)
        except TelegramUnauthorizedError:
            raise
        except TelegramRetryAfter as exc:
            await asyncio.sleep(exc.retry_after)
        except Exception as exc:
            log.warning("Telegram unreachable (%s), retry in %.0fs", describe(exc), delay)
            await asyncio.sleep(delay)
            delay = min(delay * 2, 60)


class TelegramApp:
    def __init__(self, token: str, policy: Policy, ledger: Ledger, options: Options) -> None:
        self.bot = connect(token, options.api_url, options.timeout)
        self.options = options
        settings = Settings(options.shadow, options.admin_chat, referrals=options.referrals)
        self.mod = Moderation(policy, Runtime(policy, ledger, batch=1, outbox=True),
                              TelegramStore(ledger.engine), Sender(self.bot, Limiter()), settings,
                              Redactor([token, options.webhook_secret]))
        self.rights = Rights(self.bot, self.mod)
        self.dp = Dispatcher(moderation=self.mod, rights=self.rights)
        self.dp.update.outer_middleware(Seen(self.mod, self.rights))
        self.dp.include_routers(*routers())

    async def run(self) -> None:
        if self.options.warm:  # the encoder loads while the bot connects and polls
            self.mod.runtime.warm_soon()
        me = await self._retry(GetMe())
        log.info("running as @%s (%s)%s", me.username, me.id, ", shadow" if self.options.shadow else "")
        self.rights.start(lambda update: self.dp.feed_update(self.bot, update, held=True))
        # the bot is its ledger's sender too: a `chatwarden send` started beside it stands by
        lock = SenderLock(self.mod.runtime.ledger.engine, self.mod.platform.name)
        worker = asyncio.create_task(lead(lock, self.mod.worker.run), name="outbox")
        clock = asyncio.create_task(self._clock(), name="clock")
        drainer = asyncio.create_task(self._intake(), name="intake")
        try:
            if self.options.webhook:
                await self._webhook()
            else:
                await self._poll()
        finally:
            for task in (worker, clock, drainer, *self.rights.lookups.values()):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await self.bot.session.close()
            self.mod.close()

    async def _clock(self) -> None:
        while True:
            await asyncio.sleep(JOBS_EVERY)
            try:  # groups whose suspension ended get their permissions back
                await self.mod.platform.reopen(datetime.now(UTC))
            except Exception:  # the ledger busy for a moment: at the next tick
                log.exception("suspended groups could not be reopened")
            if blind := self.rights.blind():
                # a purge now could take an admin for an inactive member; the jobs stay due
                log.info("scheduled jobs wait: administrators of %s not read yet", ", ".join(blind))
                continue
            await self.mod.tick(datetime.now(UTC))
            self.mod.worker.poke()

    async def _intake(self) -> None:
        """Decide what the console queued for this ledger's writer (the bot), on the engine's
        thread like any update; its decisions go out through the outbox."""
        while True:
            await asyncio.sleep(INTAKE_EVERY)
            try:
                if await self.mod.off_loop(intake.drain, self.mod.runtime):
                    self.mod.worker.poke()
            except Exception:  # the ledger busy for a moment: look again later
                log.exception("the intake could not be drained")

    async def _retry(self, method: TelegramMethod[T], timeout: int | None = None) -> T:
        return await retry(self.bot, method, timeout)

    async def _poll(self) -> None:
        """Read updates while the engine judges: each batch goes into the inbox (with the
        new offset, one transaction) before the next ``getUpdates`` confirms it, and is
        decided in Telegram's order by :meth:`_decide`; a restart decides the inbox first."""
        await self._retry(DeleteWebhook(drop_pending_updates=False))
        store = self.mod.store
        queue: asyncio.Queue[Update] = asyncio.Queue()
        for _, payload in store.inbox():
            queue.put_nowait(Update.model_validate_json(payload, context={"bot": self.bot}))
        decider = asyncio.create_task(self._decide(queue), name="decide")
        offset = store.offset()
        try:
            while True:
                while queue.qsize() >= BACKLOG:  # the engine is far behind: read no further
                    await asyncio.sleep(0.5)
                updates = await self._retry(GetUpdates(
                    offset=offset, timeout=POLL_TIMEOUT, allowed_updates=UPDATES),
                    int(POLL_TIMEOUT + self.options.timeout))
                if not updates:
                    continue
                await self._keep(updates)
                offset = updates[-1].update_id + 1
                for update in updates:
                    queue.put_nowait(update)
        finally:
            decider.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await decider

    async def _keep(self, updates: list[Update]) -> None:
        """Store a batch and its offset; while the ledger is busy, wait and try again (the
        batch is not confirmed to Telegram before it is stored)."""
        rows = [(u.update_id, u.model_dump_json(exclude_unset=True, by_alias=True)) for u in updates]
        wait = 0.5
        while True:
            try:
                self.mod.store.receive(rows, updates[-1].update_id + 1)
                return
            except DBAPIError as exc:
                if not transient(exc):
                    raise
                log.warning("ledger busy; %d update(s) kept in memory, trying again in %.1f s",
                            len(rows), wait)
                await asyncio.sleep(wait)
                wait = min(wait * 2, 30.0)

    async def _decide(self, queue: asyncio.Queue[Update]) -> None:
        while True:
            update = await queue.get()
            try:
                await self.dp.feed_update(self.bot, update)
            except Exception:
                log.exception("update %s failed", update.update_id)
            try:
                self.mod.store.decided(update.update_id)
            except Exception:  # left in the inbox: decided again (a no-op) after a restart
                log.exception("update %s could not leave the inbox", update.update_id)

    async def _webhook(self) -> None:
        """Serve Telegram's POSTs; a request without the secret header is refused (401)."""
        from aiogram.webhook.aiohttp_server import SimpleRequestHandler

        url = self.options.webhook or ""
        secret = self.options.webhook_secret or secrets.token_urlsafe(32)
        app = web.Application()
        SimpleRequestHandler(self.dp, self.bot, handle_in_background=False,
                             secret_token=secret).register(app, path=urlsplit(url).path or "/")
        host, _, port = self.options.listen.rpartition(":")
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, host or "0.0.0.0", int(port)).start()
        # one connection: Telegram then delivers a chat's updates in order, one at a time
        await self._retry(SetWebhook(url=url, allowed_updates=UPDATES, secret_token=secret,
                                     max_connections=1))
        log.info("webhook listening on %s", self.options.listen)
        try:
            await asyncio.Event().wait()
        finally:
            await runner.cleanup()
