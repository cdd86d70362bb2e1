"""The ``chatwarden`` command line. Each command group lives in its own module.

Commands are listed here explicitly, one line each, in the order ``--help``
shows them; a module exposes ``register(app)``.

Every module here is imported on every start, whichever command runs, so a module
imports only typer, typing and the standard library at the top and its machinery
(ledger, detectors, broker, rich) inside the command that uses it; annotations name
such types under ``if TYPE_CHECKING:``, and an option's help that quotes a heavy
module's list is filled in when shown (:mod:`chatwarden.cli.lazyhelp`). An option that
means the same in several commands is declared once, in :mod:`chatwarden.cli.options`.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="chatwarden",
    help="Enforce a community's written guidelines in group chats.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

COMMAND_MODULES = (
    "chatwarden.cli.policy",
    "chatwarden.cli.replay",
    "chatwarden.cli.ledger",
    "chatwarden.cli.bench",
    "chatwarden.cli.telegram",
    "chatwarden.cli.matrix",
    "chatwarden.cli.scan",
    "chatwarden.cli.eval",
    "chatwarden.cli.blocklist",
    "chatwarden.cli.train",
    "chatwarden.cli.judge_eval",
    "chatwarden.cli.calibrate",
    "chatwarden.cli.serve",
    "chatwarden.cli.ingest",
    "chatwarden.cli.worker",
    "chatwarden.cli.cluster",
    "chatwarden.cli.send",
)

for _name in COMMAND_MODULES:
    importlib.import_module(_name).register(app)


def main() -> None:
    app()
