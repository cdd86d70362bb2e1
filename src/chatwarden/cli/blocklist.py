"""``chatwarden blocklist update FILE...`` and ``blocklist show``: the user's link lists."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

blocklist_app = typer.Typer(help="Link blocklists used by the links detector.",
                            no_args_is_help=True)
HomeOption = Annotated[Path | None, typer.Option(
    "--home", help="config folder (default $CHATWARDEN_HOME or ~/.chatwarden)")]


@blocklist_app.command("update")
def update(
    files: Annotated[list[Path], typer.Argument(exists=True, dir_okay=False,
                                                help="lists: domains, hosts, adblock or URLs")],
    category: Annotated[str, typer.Option(help="scam, phishing or malware")] = "scam",
    home: HomeOption = None,
) -> None:
    """Load your own lists; the links detector reads them next time it starts."""
    from chatwarden.detect import blocklist

    try:
        target, count = blocklist.install(files, category, home)
    except ValueError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{count} {category} entries written to {target}")


@blocklist_app.command("show")
def show(home: HomeOption = None) -> None:
    """How many entries the default list and your own lists hold."""
    from chatwarden.detect import blocklist

    default = blocklist.default_entries()
    typer.echo(f"default list (shipped): {len(default)} entries")
    mine = blocklist.user_entries(home)
    root = (home or blocklist.home()) / "blocklists"
    typer.echo(f"your lists in {root}: {len(mine)} entries")
    for category in blocklist.CATEGORIES:
        n = sum(1 for c in mine.values() if c == category)
        if n:
            typer.echo(f"  {category}: {n}")


def register(app: typer.Typer) -> None:
    app.add_typer(blocklist_app, name="blocklist")
