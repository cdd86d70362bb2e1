"""Wiring and the two ways to receive updates: long polling (default) and a webhook.

Polling is driven here rather than by ``Dispatcher.start_polling`` so that each
update is handled to the end (decision committed, offset stored) before the
next one: one chat's events stay in order and a restart resumes at the stored
offset. Telegram itself redelivers anything not yet confirmed, and event ids
make a redelivered update a no-op.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar
from urllib.parse import urlsplit

from aiogram import Bot, Dispatcher
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.telegram import PRODUCTION, TelegramAPIServer
from aiogram.exceptions import TelegramRetryAfter, TelegramUnauthorizedError
from aiogram.methods import DeleteWebhook, GetMe, GetUpdates, SetWebhook, TelegramMethod
from aiohttp import web

from chatwarden.adapters.telegram.limits import Limiter
from chatwarden.adapters.telegram.middleware import Seen
from chatwarden.adapters.telegram.redact import Redactor
from chatwarden.adapters.telegram.rights import Rights
from chatwarden.adapters.telegram.routers import routers
from chatwarden.adapters.telegram.sender import Sender, describe
from chatwarden.adapters.telegram.service import Moderation, Settings
from chatwarden.adapters.telegram.store import TelegramStore
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime

log = logging.getLogger("chatwarden.telegram")
UPDATES = ["message", "edited_message", "chat_member", "my_chat_member"]
POLL_TIMEOUT = 25
JOBS_EVERY = 60.0
"""Seconds between checks for scheduled jobs (purge, expiry) due by the clock."""
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


class TelegramApp:
    def __init__(self, token: str, policy: Policy, ledger: Ledger, options: Options) -> None:
        api = TelegramAPIServer.from_base(options.api_url) if options.api_url else PRODUCTION
        session = AiohttpSession(api=api, timeout=options.timeout)
        self.bot = Bot(token, session=session)
        self.options = options
        store = TelegramStore(ledger.engine, Redactor([token, options.webhook_secret]))
        settings = Settings(options.shadow, options.admin_chat, polling=options.webhook is None)
        self.mod = Moderation(policy, Runtime(policy, ledger, batch=1, outbox=True), store,
                              Sender(self.bot, Limiter()), settings)
        self.rights = Rights(self.bot, self.mod)
        self.dp = Dispatcher(moderation=self.mod, rights=self.rights)
        self.dp.update.outer_middleware(Seen(self.mod, self.rights))
        self.dp.include_routers(*routers())

    async def run(self) -> None:
        me = await self._retry(GetMe())
        log.info("running as @%s (%s)%s", me.username, me.id, ", shadow" if self.options.shadow else "")
        self.rights.start(lambda update: self.dp.feed_update(self.bot, update, held=True))
        worker = asyncio.create_task(self.mod.executor.run(), name="outbox")
        clock = asyncio.create_task(self._clock(), name="clock")
        try:
            if self.options.webhook:
                await self._webhook()
            else:
                await self._poll()
        finally:
            for task in (worker, clock, *self.rights.lookups.values()):
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            await self.bot.session.close()

    async def _clock(self) -> None:
        while True:
            await asyncio.sleep(JOBS_EVERY)
            if blind := self.rights.blind():
                # a purge now could take an admin for an inactive member; the jobs stay due
                log.info("scheduled jobs wait: administrators of %s not read yet", ", ".join(blind))
                continue
            self.mod.tick(datetime.now(UTC))
            self.mod.executor.poke()

    async def _retry(self, method: TelegramMethod[T], timeout: int | None = None) -> T:
        """A call the bot cannot run without: retried until Telegram answers (a bad token is final)."""
        delay = 1.0
        while True:
            try:
                return await self.bot(method, request_timeout=timeout)
            except TelegramUnauthorizedError:
                raise
            except TelegramRetryAfter as exc:
                await asyncio.sleep(exc.retry_after)
            except Exception as exc:
                log.warning("Telegram unreachable (%s), retry in %.0fs", describe(exc), delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 60)

    async def _poll(self) -> None:
        await self._retry(DeleteWebhook(drop_pending_updates=False))
        offset = self.mod.store.offset()
        while True:
            updates = await self._retry(GetUpdates(
                offset=offset, timeout=POLL_TIMEOUT, allowed_updates=UPDATES),
                int(POLL_TIMEOUT + self.options.timeout))
            for update in updates:
                try:
                    await self.dp.feed_update(self.bot, update)
                except Exception:
                    log.exception("update %s failed", update.update_id)
                offset = update.update_id + 1
                self.mod.store.set_offset(offset)

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
