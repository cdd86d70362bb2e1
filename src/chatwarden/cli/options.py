"""The options (and one argument) that mean the same in several commands, declared once each,
so a help text or a check changed here changes everywhere the option means the same.

Not a command module: :mod:`chatwarden.cli` does not list it. It imports only typer and the
standard library: every start imports the command modules, which import it.

Options that share a name but not a meaning keep their own declaration, in their command:

- ``--policy``: ``send`` reads only the notices' wording; ``cluster`` checks the file exists
  before it starts servers (its workers get the resolved path); ``eval`` takes several;
- ``--db``: ``replay`` defaults to a ledger in memory, ``cluster`` to one in ``--dir``,
  ``bench replay`` to a temporary file;
- ``--shadow``: ``send`` decides nothing, so it only carries nothing out;
- ``--nats``, ``--partitions``, ``--tick``, ``--skip``, ``--batch``: each command says what
  the value does there (``worker``: the queue without a broker; ``cluster``: passed on to
  the workers; ``bench``: what is measured; ``replay``: a ledger transaction).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

PolicyFile = Annotated[Path, typer.Option("--policy", "-p", help="policy YAML")]
Overlay = Annotated[Path | None, typer.Option(
    exists=True, dir_okay=False, help="thresholds from `chatwarden calibrate` over the policy")]
Db = Annotated[str, typer.Option("--db", help="the ledger: a SQLite path or a database URL")]
"""Required where it has no default (``serve``, ``users``, ``ledger``), else ``chatwarden.db``."""
Verbose = Annotated[bool, typer.Option("--verbose", "-v")]
EventsFile = Annotated[Path, typer.Argument(
    exists=True, dir_okay=False, help="events (.jsonl) or a Telegram Desktop export (result.json)")]
Strict = Annotated[bool, typer.Option(help="stop at the first unreadable line")]
DataDir = Annotated[Path | None, typer.Option(
    help="data folder (default $CHATWARDEN_DATA or ../shared/data)")]

# The broker's side of a cluster: ``ingest`` and ``dead-letters``.
Nats = Annotated[str | None, typer.Option("--nats", help="NATS server URL (JetStream enabled)")]
QueueDb = Annotated[str | None, typer.Option(
    "--db", help="instead of NATS: the PostgreSQL ledger URL whose queue `chatwarden worker --db` "
    "(without --nats) judges")]

# The bots (``telegram``, ``matrix``) and ``send``, which plans their calls in a cluster.
Shadow = Annotated[bool, typer.Option(help="decide and record, carry out nothing, tell the admins")]
Warm = Annotated[bool, typer.Option(
    "--warm/--lazy", help="load the policy's models on a thread as the bot or worker starts, or "
    "only at the first message that needs one (a quicker, lighter start for a short run)")]
ApiUrl = Annotated[str | None, typer.Option(
    envvar="CHATWARDEN_TELEGRAM_API", help="a custom Bot API server (default: api.telegram.org)")]
AdminChat = Annotated[str | None, typer.Option(
    help="chat id for owner notices, reviews and shadow reports "
         "(default: the group's creator, in private)")]
BotTimeout = Annotated[float, typer.Option(
    "--timeout", min=1, envvar="CHATWARDEN_TELEGRAM_TIMEOUT",
    help="seconds a Bot API call may hang before it is retried (checked first)")]
Referrals = Annotated[Path | None, typer.Option(
    file_okay=False, help="where law-enforcement referral bundles and preserved evidence are "
                          "written (default: referrals/ next to a SQLite ledger, else in the "
                          "working directory)")]


def referrals_dir(given: Path | None, db: str) -> Path:
    """``--referrals``, else ``referrals/`` beside a SQLite ledger or in the working directory
    for a database URL.

    Never "not written": a policy step with ``preserve_evidence`` keeps the texts before its
    deletion runs, and a bot or sender that kept nothing would delete the only copy."""
    if given is not None:
        return given
    return (Path(db).resolve().parent if "://" not in db else Path.cwd()) / "referrals"
