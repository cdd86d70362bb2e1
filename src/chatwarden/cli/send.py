"""``chatwarden send``: carry out on Telegram what a cluster's workers decided.

Workers (``chatwarden worker``, NATS or PostgreSQL queue) commit each decision with
its outbox row; this is the one process that turns those rows into Bot API calls,
under the bot's rate limits, which are the bot's across every worker. It polls no
updates and runs no engine: the policy is read for the notices' wording only. The
token comes from ``CHATWARDEN_TELEGRAM_TOKEN``, as for ``chatwarden telegram``.

One sender per ledger is active (:mod:`chatwarden.delivery.leader`); start a second
one anywhere as a hot standby: it takes over within a second or two of the first
one's death, and the outbox's intent-before-call rows keep the takeover from
repeating what the dead one was sending.

Do not run it beside ``chatwarden telegram`` on the same ledger: the bot carries out
its own outbox.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from chatwarden.cli.options import AdminChat, ApiUrl, BotTimeout, Db, Referrals, Verbose, referrals_dir
from chatwarden.cli.policy import load_or_exit
from chatwarden.cli.running import scrubbed_logging, until_stopped
from chatwarden.cli.telegram import REFUSED, bot_token

if TYPE_CHECKING:
    from chatwarden.adapters.telegram.sender import Sender
    from chatwarden.adapters.telegram.service import Settings
    from chatwarden.adapters.telegram.store import TelegramStore
    from chatwarden.delivery.outbox import Worker
    from chatwarden.delivery.store import Outbox
    from chatwarden.ledger.store import Ledger
    from chatwarden.policy.schema import Policy

log = logging.getLogger("chatwarden.send")
RIGHTS_EVERY = 5.0
"""Seconds between looks for groups whose administrators the outbox waits for."""


@dataclass(frozen=True, slots=True)
class Setup:
    """What each turn as the active sender is built from (afresh: a new limiter too)."""

    token: str
    policy: Policy
    ledger: Ledger
    settings: Settings
    scrub: Callable[[str], str]
    api_url: str | None
    timeout: float
    per_second: float
    per_chat_minute: float


def send(
    # not options.PolicyFile: the sender reads only the notices' wording from it
    policy: Annotated[Path, typer.Option("--policy", "-p", help="policy YAML (the notices' wording)")],
    db: Db = "chatwarden.db",
    api_url: ApiUrl = None,
    admin_chat: AdminChat = None,
    # not options.Shadow: the workers decided; the sender only carries out (or not)
    shadow: Annotated[bool, typer.Option(
        help="carry out nothing in the groups, tell the admins what was decided")] = False,
    timeout: BotTimeout = 15.0,
    referrals: Referrals = None,
    per_second: Annotated[float, typer.Option(
        min=0.1, help="Bot API calls a second, all chats together (Telegram: ~30)")] = 30.0,
    per_chat_minute: Annotated[float, typer.Option(
        min=0.1, help="messages a minute into one group (Telegram: 20)")] = 20.0,
    verbose: Verbose = False,
) -> None:
    """Carry out the ledger's outbox on Telegram: one active sender, any number on standby."""
    from aiogram.exceptions import TelegramUnauthorizedError

    from chatwarden.adapters.telegram.service import Settings
    from chatwarden.delivery.leader import SenderLock, lead
    from chatwarden.ledger.store import Ledger

    token = bot_token()
    scrub = scrubbed_logging(verbose, [token])
    pol = load_or_exit(policy)
    ledger = Ledger(db)
    setup = Setup(token, pol, ledger, Settings(shadow, admin_chat, referrals_dir(referrals, db)),
                  scrub, api_url, timeout, per_second, per_chat_minute)
    with until_stopped(ledger, log, TelegramUnauthorizedError, REFUSED, who="the sender"):
        asyncio.run(lead(SenderLock(ledger.engine, "telegram"), lambda: carry_out(setup)))


async def carry_out(setup: Setup) -> None:
    """The active sender: the bot's own outbox worker, group rights read where unknown,
    and the clock that gives suspended groups their permissions back."""
    from aiogram.methods import GetMe

    from chatwarden.adapters.telegram.app import JOBS_EVERY, connect, retry
    from chatwarden.adapters.telegram.limits import Limiter
    from chatwarden.adapters.telegram.sender import Sender
    from chatwarden.adapters.telegram.service import deliverer
    from chatwarden.adapters.telegram.store import TelegramStore

    bot = connect(setup.token, setup.api_url, setup.timeout)
    try:
        me = await retry(bot, GetMe())
        log.info("sending as @%s (%s)", me.username, me.id)
        store = TelegramStore(setup.ledger.engine)
        sender = Sender(bot, Limiter(setup.per_second, setup.per_chat_minute))
        platform, worker = deliverer(setup.policy, setup.ledger, store, sender, setup.settings,
                                     setup.scrub)

        async def clock() -> None:
            while True:
                await asyncio.sleep(JOBS_EVERY)
                try:  # groups whose suspension ended get their permissions back
                    await platform.reopen(datetime.now(UTC))
                except Exception:  # the ledger busy for a moment: at the next tick
                    log.exception("suspended groups could not be reopened")

        await look_up_rights(sender, store, worker.outbox)  # before the first plans
        async with asyncio.TaskGroup() as tasks:
            tasks.create_task(worker.run(), name="outbox")
            tasks.create_task(read_rights(sender, store, worker), name="rights")
            tasks.create_task(clock(), name="clock")
    finally:
        await bot.session.close()


async def read_rights(sender: Sender, store: TelegramStore, worker: Worker) -> None:
    while True:
        await asyncio.sleep(RIGHTS_EVERY)
        if await look_up_rights(sender, store, worker.outbox):
            worker.poke()


async def look_up_rights(sender: Sender, store: TelegramStore, outbox: Outbox) -> bool:
    """Read the administrators of the groups whose decisions wait for them; whether any was.

    A decision is planned only once its group's rights are known (a plan made blind
    would tell nobody). The bot stores them as it reads updates; a cluster's sender
    sees no updates, so it reads them itself, once per group, through the limiter.
    """
    from chatwarden.adapters.telegram.rights import NEEDED
    from chatwarden.adapters.telegram.sender import describe
    from chatwarden.adapters.telegram.store import ChatInfo
    from chatwarden.delivery.port import Step

    try:
        groups = {d.chat for _, d in outbox.unplanned() if d.chat.startswith("-")}
        waiting = sorted(chat for chat in groups if store.chat(chat) is None)
    except Exception:  # the ledger busy for a moment: look again later
        log.exception("the outbox could not be read")
        return False
    read = False
    for chat in waiting:
        try:
            admins = await sender.call(Step("getChatAdministrators", {"chat_id": int(chat)}))
        except Exception as exc:  # not answered or refused: tried again at the next look
            log.warning("cannot read the administrators of %s: %s", chat, describe(exc))
            continue
        me = next((a for a in admins if a.user.id == sender.bot.id), None)
        owner = next((str(a.user.id) for a in admins if a.status == "creator"), None)
        store.save_chat(ChatInfo(chat, None, owner, [r for r in NEEDED if not getattr(me, r, False)]))
        read = True
    return read


def register(app: typer.Typer) -> None:
    app.command()(send)
