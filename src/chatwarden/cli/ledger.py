"""``chatwarden ledger``: read what the ledger holds — a member's record, the review queue,
the decisions — without SQL."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from chatwarden.cli.options import Db

if TYPE_CHECKING:
    from chatwarden.ledger.store import Ledger

ledger_app = typer.Typer(help="Read the ledger: members, reviews, decisions.", no_args_is_help=True)


def _open(db: str) -> Ledger:
    """The ledger to read. A SQLite path must name a file: reading a mistyped path would
    otherwise make an empty ledger there and show nothing, as if nothing had happened."""
    from chatwarden.ledger.store import Ledger

    if "://" not in db and not Path(db).is_file():
        raise typer.BadParameter(f"no ledger file at {db}", param_hint="--db")
    return Ledger(db)


@ledger_app.command("member")
def member(user: str, db: Db, chat: Annotated[str | None, typer.Option()] = None) -> None:
    """A member's record: role, joins and returns, sanctions with expiry, complaints."""
    from rich.console import Console
    from rich.table import Table

    led = _open(db)
    console = Console()
    for m in led.rows("members", user=user, chat=chat):
        console.print(f"[bold]@{m['user']}[/bold] in {m['chat']}: {m['role']}"
                      f"{', exempt' if m['exempt'] else ''}, joins {m['joins']}, returns {m['returns']}, "
                      f"{'present' if m['present'] else 'removed'}"
                      f"{', no return (conflict)' if m['removed_for_conflict'] else ''}, "
                      f"last active {m['last_active']}")
    table = Table("#", "type", "rule", "from", "until", "state")
    for s in led.rows("sanctions", user=user, chat=chat):
        if s["lifted_at"]:
            state = "lifted by " + (s["lifted_by"] or "?")
        elif s["type"] == "kick":
            state = "carried out (may return)" if not s["conflict"] else "carried out (no return)"
        else:
            state = "expired" if s["expired"] else "active"
        term = f" {s['term_days']:g}d" if s["term_days"] else ""
        table.add_row(str(s["id"]), s["type"] + term, s["rule_id"] or "—", s["start"][:16],
                      (s["until"] or "—")[:16], state)
    console.print(table)
    complaints = led.rows("complaints", target=user, chat=chat)
    if complaints:
        console.print(f"complaints: {len(complaints)} "
                      f"({sum(c['counted'] for c in complaints)} counted, distinct reporters)")
    led.close()


@ledger_app.command("reviews")
def reviews(db: Db, status: str = "open") -> None:
    """The review queue: what a machine detected and left to a human, with its rules."""
    from rich.console import Console
    from rich.table import Table

    led = _open(db)
    table = Table("#", "chat", "member", "event", "rules", "note", "since")
    for r in led.rows("reviews", status=status):
        table.add_row(str(r["id"]), r["chat"], r["user"], r["event_id"],
                      ", ".join(json.loads(r["rules"])), r["note"] or "", r["created"][:16])
    Console().print(table)
    led.close()


@ledger_app.command("decisions")
def decisions(db: Db, user: Annotated[str | None, typer.Option()] = None) -> None:
    """Every recorded decision as JSON Lines (the ``replay --json`` contract)."""
    led = _open(db)
    for d in led.decisions(user=user):
        typer.echo(json.dumps(d, ensure_ascii=False))
    led.close()


def register(app: typer.Typer) -> None:
    app.add_typer(ledger_app, name="ledger")
