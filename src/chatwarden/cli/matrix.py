"""``chatwarden matrix``: run Chatwarden as a Matrix room's moderation bot.

The access token may come from ``--token`` or, better (a flag is seen in ``ps``
and shell history), from ``CHATWARDEN_MATRIX_TOKEN``; it is scrubbed from every
log line, tracebacks included. A crash is logged (so scrubbed) and exits 1.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated

import typer

from chatwarden.cli.options import (
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

TOKEN_ENV = "CHATWARDEN_MATRIX_TOKEN"
log = logging.getLogger("chatwarden.matrix")


def matrix(
    policy: PolicyFile,
    homeserver: Annotated[str, typer.Option(help="the homeserver's client API URL")],
    user: Annotated[str, typer.Option(help="the bot's Matrix id, e.g. @warden:example.org")],
    token: Annotated[str, typer.Option(envvar=TOKEN_ENV, show_default=False,
                                       help=f"the bot's access token (or ${TOKEN_ENV})")],
    overlay: Overlay = None,
    db: Db = "chatwarden.db",
    admin_room: Annotated[str | None, typer.Option(
        help="room id for reviews, owner notices and shadow reports "
             "(default: the room's creator, by direct message)")] = None,
    policy_list: Annotated[str | None, typer.Option(
        help="room id of the shared ban list (m.policy.rule.user), written on each ban "
             "and read for every room")] = None,
    referrals: Referrals = None,
    shadow: Shadow = False,
    sync_timeout: Annotated[float, typer.Option(min=0, help="seconds a /sync long poll waits")] = 30.0,
    tick: Annotated[float, typer.Option(
        min=0.1, help="seconds between checks for scheduled jobs and term ends")] = 30.0,
    timeline: Annotated[int, typer.Option(
        min=1, help="events per room in one sync (a longer backlog is read back in pages)")] = 1000,
    warm: Warm = True,
    verbose: Verbose = False,
) -> None:
    """Moderate Matrix rooms the bot is invited to (power level 100 recommended)."""
    from mautrix.errors import MUnknownToken

    from chatwarden.adapters.matrix.app import MatrixApp, Options

    scrubbed_logging(verbose, [token])
    pol = load_or_exit(policy, overlay)
    ledger = sole_writer(db, log)
    options = Options(homeserver.rstrip("/"), user, token, shadow=shadow, admin_room=admin_room,
                      policy_list=policy_list, sync_timeout=sync_timeout, tick=tick,
                      timeline=timeline, referrals=referrals_dir(referrals, db), warm=warm)
    with until_stopped(ledger, log, MUnknownToken,
                       f"the homeserver does not know this access token: check {TOKEN_ENV}"):
        asyncio.run(MatrixApp(pol, ledger, options).run())


def register(app: typer.Typer) -> None:
    app.command()(matrix)
