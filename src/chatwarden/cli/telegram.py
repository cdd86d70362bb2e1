"""``chatwarden telegram``: run Chatwarden as a Telegram group's moderation bot.

The token is read from ``CHATWARDEN_TELEGRAM_TOKEN`` only: a flag would leak it
into shell history and ``ps``. It and the webhook secret are scrubbed from every
log line, traceback included; a crash is logged (so scrubbed) and exits 1.
"""

from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path
from typing import Annotated

import typer

from chatwarden.cli.policy import load_or_exit

TOKEN_ENV = "CHATWARDEN_TELEGRAM_TOKEN"


def bot_token() -> str:
    """The bot token from the environment, or exit 2 saying where to set it. Never a flag: a
    command line is visible to every user of the machine (``ps``)."""
    token = os.environ.get(TOKEN_ENV, "").strip()
    if not token:
        typer.echo(f"error: set {TOKEN_ENV} to the bot token from @BotFather", err=True)
        raise typer.Exit(2)
    return token
log = logging.getLogger("chatwarden.telegram")


def telegram(
    policy: Annotated[Path, typer.Option("--policy", "-p", help="policy YAML")],
    overlay: Annotated[Path | None, typer.Option(
        exists=True, dir_okay=False, help="thresholds from `chatwarden calibrate` over the policy")] = None,
    db: Annotated[str, typer.Option(help="ledger: a SQLite path or a database URL")] = "chatwarden.db",
    shadow: Annotated[bool, typer.Option(
        help="decide and record, carry out nothing, tell the admins")] = False,
    webhook: Annotated[str | None, typer.Option(
        help="public HTTPS URL for a webhook (default: long polling)")] = None,
    listen: Annotated[str, typer.Option(help="host:port the webhook server binds")] = "0.0.0.0:8080",
    api_url: Annotated[str | None, typer.Option(
        envvar="CHATWARDEN_TELEGRAM_API", help="a custom Bot API server (default: api.telegram.org)")] = None,
    admin_chat: Annotated[str | None, typer.Option(
        help="chat id for owner notices, reviews and shadow reports "
             "(default: the group's creator, in private)")] = None,
    timeout: Annotated[float, typer.Option(
        min=1, envvar="CHATWARDEN_TELEGRAM_TIMEOUT",
        help="seconds a Bot API call may hang before it is retried (checked first)")] = 15.0,
    referrals: Annotated[Path | None, typer.Option(
        file_okay=False, help="where law-enforcement referral bundles and preserved evidence are "
                              "written (default: referrals/ next to a SQLite ledger)")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Moderate Telegram groups: token from $CHATWARDEN_TELEGRAM_TOKEN."""
    from aiogram.exceptions import TelegramUnauthorizedError

    from chatwarden.adapters.telegram import redact
    from chatwarden.adapters.telegram.app import Options, TelegramApp
    from chatwarden.ledger.store import Ledger, LedgerBusy

    token = bot_token()
    secret = os.environ.get("CHATWARDEN_TELEGRAM_WEBHOOK_SECRET")
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)
    redact.install(redact.Redactor([token, secret]), "%(asctime)s %(levelname)s %(name)s: %(message)s")
    pol = load_or_exit(policy, overlay)
    ledger = Ledger(db)
    try:
        ledger.acquire_writer()
    except LedgerBusy as exc:   # a second bot (or a replay) on this ledger: say who, change nothing
        ledger.close()
        log.error("%s", exc)
        raise typer.Exit(2) from None
    if referrals is None:
        referrals = (Path(db).resolve().parent if "://" not in db else Path.cwd()) / "referrals"
    options = Options(shadow, admin_chat, api_url, webhook, listen, secret, timeout, referrals)
    try:
        asyncio.run(TelegramApp(token, pol, ledger, options).run())
    except KeyboardInterrupt:
        pass
    except TelegramUnauthorizedError:
        log.error("Telegram refused the token (401): check %s", TOKEN_ENV)
        raise typer.Exit(1) from None
    except Exception:
        log.exception("the bot stopped")  # through the scrubbing formatter, unlike a bare traceback
        raise typer.Exit(1) from None
    finally:
        ledger.close()


def register(app: typer.Typer) -> None:
    app.command()(telegram)
