"""``chatwarden serve``: the Trust & Safety console; ``chatwarden users add``: its accounts."""

from __future__ import annotations

import getpass
import sys
from typing import Annotated

import typer

from chatwarden.cli.options import Db, PolicyFile
from chatwarden.cli.policy import load_or_exit

users_app = typer.Typer(help="Console accounts.", no_args_is_help=True)


def serve(
    policy: PolicyFile,
    db: Db,
    host: Annotated[str, typer.Option(help="address to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="port to listen on")] = 8080,
    secure_cookies: Annotated[bool | None, typer.Option(
        help="mark cookies Secure (default: on unless listening on loopback; put a TLS proxy "
             "in front for anything else)")] = None,
) -> None:
    """Start the console. It writes the ledger itself when no bot holds it, else queues for the bot."""
    import uvicorn
    from rich.console import Console as Rich
    from rich.markup import escape

    from chatwarden.console.acts import Console
    from chatwarden.console.app import create_app
    from chatwarden.ledger.store import Ledger

    pol = load_or_exit(policy)
    console = Console(pol, Ledger(db))
    console.record_policy(policy, f"chatwarden serve --policy {policy.name}")
    loopback = host in ("127.0.0.1", "::1", "localhost")
    err = Rich(stderr=True)
    err.print(f"console on http://{escape(host)}:{port} — "
              + ("writing the ledger" if console.writer else
                 "the ledger has another writer (the bot): acts are queued for it"),
              highlight=False)
    try:
        uvicorn.run(create_app(console, secure_cookies=not loopback if secure_cookies is None
                               else secure_cookies),
                    host=host, port=port, log_level="warning", server_header=False)
    finally:
        console.close()


@users_app.command("add")
def add(
    name: str,
    db: Db,
    role: Annotated[str, typer.Option(help="viewer, moderator, admin or owner")] = "moderator",
    chat: Annotated[list[str] | None, typer.Option(help="a chat this account may see "
                                                   "(repeat; none: every chat)")] = None,
    actor: Annotated[str | None, typer.Option(
        "--as", help="the platform user whose role the engine checks for this account's acts "
                     "(default: NAME)")] = None,
) -> None:
    """Create a console account; the password is read from standard input when it is not a terminal."""
    from chatwarden.console.auth import AccountError, add_account
    from chatwarden.ledger.store import Ledger

    if sys.stdin.isatty():
        password = getpass.getpass("password: ")
        if getpass.getpass("again: ") != password:
            typer.echo("the passwords differ", err=True)
            raise typer.Exit(2)
    else:
        password = sys.stdin.readline().rstrip("\n")
    ledger = Ledger(db)
    try:
        account = add_account(ledger, name, role, password, chats=chat, actor=actor)
    except AccountError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        ledger.close()
    typer.echo(f"account {account.name}: {account.role}, acts as @{account.actor}, chats: "
               f"{', '.join(account.chats) or 'all'}")


@users_app.command("list")
def list_users(db: Db) -> None:
    """The console's accounts: role, platform identity, chats."""
    from chatwarden.console.auth import accounts
    from chatwarden.ledger.store import Ledger

    ledger = Ledger(db)
    try:
        for account, disabled in accounts(ledger):
            cells = [account.name, account.role, f"@{account.actor}",
                     ",".join(account.chats) or "all chats", *(["disabled"] if disabled else [])]
            typer.echo("\t".join(cells))
    finally:
        ledger.close()


@users_app.command("disable")
def disable(name: str, db: Db) -> None:
    """Lock an account out; its open sessions end at once."""
    from chatwarden.console.auth import disable_account
    from chatwarden.ledger.store import Ledger

    ledger = Ledger(db)
    try:
        if not disable_account(ledger, name):
            typer.echo(f"error: no account named {name}", err=True)
            raise typer.Exit(2)
    finally:
        ledger.close()
    typer.echo(f"account {name} disabled; its sessions ended")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
    app.add_typer(users_app, name="users")
