"""``chatwarden telegram``: run Chatwarden as a Telegram group's moderation bot.

The token is read from ``CHATWARDEN_TELEGRAM_TOKEN`` only: a flag would leak it
into shell history and ``ps``. It and the webhook secret are scrubbed from every
log line, traceback included; a crash is logged (so scrubbed) and exits 1.
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Annotated

import typer

from chatwarden.cli.options import (
    AdminChat,
    ApiUrl,
    BotTimeout,
    Db,
    Overlay,
    PolicyFile,
    Referrals,
    Shadow,
    Verbose,
    Warm,
    referrals_dir,
)
from chatwarden.cli.policy import load_or_exit
from chatwarden.cli.running import scrubbed_logging, sole_writer, until_stopped

TOKEN_ENV = "CHATWARDEN_TELEGRAM_TOKEN"
REFUSED = f"Telegram refused the token (401): check {TOKEN_ENV}"
log = logging.getLogger("chatwarden.telegram")


def bot_token() -> str:
    """The bot token from the environment, or exit 2 saying where to set it. Never a flag: a
    command line is visible to every user of the machine (``ps``)."""
    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        typer.echo(f"error: set {TOKEN_ENV} to the bot token from @BotFather", err=True)
        raise typer.Exit(2)
    return token


def telegram(
    policy: PolicyFile,
    overlay: Overlay = None,
    db: Db = "chatwarden.db",
    shadow: Shadow = False,
    webhook: Annotated[str | None, typer.Option(
        help="public HTTPS URL for a webhook (default: long polling)")] = None,
    listen: Annotated[str, typer.Option(help="host:port the webhook server binds")] = "0.0.0.0:8080",
    api_url: ApiUrl = None,
    admin_chat: AdminChat = None,
    timeout: BotTimeout = 15.0,
    referrals: Referrals = None,
    warm: Warm = True,
    verbose: Verbose = False,
) -> None:
    """Moderate Telegram groups: token from $CHATWARDEN_TELEGRAM_TOKEN."""
    from aiogram.exceptions import TelegramUnauthorizedError

    from chatwarden.adapters.telegram.app import Options, TelegramApp

    token = bot_token()
    secret = os.environ.get("CHATWARDEN_TELEGRAM_WEBHOOK_SECRET")
    scrubbed_logging(verbose, [token, secret])
    pol = load_or_exit(policy, overlay)
    ledger = sole_writer(db, log)
    options = Options(shadow, admin_chat, api_url, webhook, listen, secret, timeout,
                      referrals_dir(referrals, db), warm)
    with until_stopped(ledger, log, TelegramUnauthorizedError, REFUSED):
        asyncio.run(TelegramApp(token, pol, ledger, options).run())


def register(app: typer.Typer) -> None:
    app.command()(telegram)
