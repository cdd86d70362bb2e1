"""``chatwarden ingest``: publish a JSON Lines event file to NATS JetStream, or queue it in a
PostgreSQL ledger (``--db``, no broker), partitioned by chat; ``chatwarden dead-letters``: the
events the workers gave up on, in either."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from chatwarden.cli.options import Nats, QueueDb, Strict

if TYPE_CHECKING:
    from rich.progress import Progress

    from chatwarden.events import Event


def ingest(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="events (.jsonl)")],
    nats_url: Nats = None,
    db: QueueDb = None,
    partitions: Annotated[int | None, typer.Option(
        min=1, help="partitions of a new stream or queue (default 16); an existing one keeps "
        "its own")] = None,
    strict: Strict = False,
) -> None:
    """Publish events, each to its chat's partition, de-duplicated by event id."""
    import nats.errors
    import sqlalchemy.exc
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from chatwarden.adapters.jsonl import read_jsonl
    from chatwarden.broker.ingest import publish
    from chatwarden.broker.layout import Layout, connect, ensure
    from chatwarden.broker.pgqueue import postgres_url
    from chatwarden.errors import ChatwardenError, InputError

    err = Console(stderr=True)
    with file.open("rb") as fh:
        total = sum(1 for _ in fh)
    bad = 0

    def events() -> Iterator[Event]:
        nonlocal bad
        for item in read_jsonl(file):
            if isinstance(item, InputError):
                bad += 1
                err.print(f"[yellow]skipped[/yellow] {escape(str(item))}", markup=True,
                          highlight=False, soft_wrap=True)
                if strict:
                    return
                continue
            yield item

    if (nats_url is None) == (db is None):
        raise typer.BadParameter("give one of --nats URL or --db URL", param_hint="--nats/--db")
    if db is not None and not postgres_url(db):
        raise typer.BadParameter("the queue without a broker is a PostgreSQL ledger's "
                                 "(postgresql+psycopg://...)", param_hint="--db")
    progress = Progress(TextColumn("publishing"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)

    async def main(nats_url: str) -> tuple[int, int, int]:
        nc = await connect(nats_url, "chatwarden-ingest", attempts=5)
        try:
            given = partitions is not None
            layout = await ensure(nc.jetstream(), Layout(partitions=partitions or 16),
                                  partitions_given=given)
            with progress:
                task = progress.add_task("events", total=total)
                done = await publish(nc.jetstream(), layout, events(),
                                     progress=lambda n: progress.advance(task, n))
            return done.events, done.duplicates, layout.partitions
        finally:
            await nc.drain()

    try:
        if db is not None:
            published, duplicates, parts = _to_postgres(db, partitions, events(), progress, total)
        else:
            assert nats_url is not None
            published, duplicates, parts = asyncio.run(main(nats_url))
    except ChatwardenError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except (OSError, nats.errors.NoServersError, sqlalchemy.exc.OperationalError) as exc:
        where = f"NATS at {nats_url}" if nats_url else f"the ledger {db}"
        err.print(f"[red]error[/red] cannot reach {escape(where)}: {escape(str(exc))}",
                  markup=True, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    typer.echo(f"{published - duplicates} events stored in {parts} partitions, {duplicates} dropped as "
               f"duplicates, {bad} unreadable line(s) skipped")
    if strict and bad:
        raise typer.Exit(2)


def _to_postgres(db: str, partitions: int | None, events: Iterator[Event], progress: Progress,
                 total: int) -> tuple[int, int, int]:
    """Queue the events in the ledger's queue (:mod:`chatwarden.broker.pgqueue`)."""
    from chatwarden.broker.layout import Layout
    from chatwarden.broker.pgqueue import ensure_partitions, put
    from chatwarden.ledger.store import Ledger

    ledger = Ledger(db)
    try:
        layout = Layout(partitions=ensure_partitions(ledger, partitions))
        with progress:
            task = progress.add_task("events", total=total)
            done = put(ledger, layout, events, progress=lambda n: progress.advance(task, n))
    finally:
        ledger.close()
    return done.events, done.duplicates, layout.partitions


class DeadAction(StrEnum):
    list = "list"
    retry = "retry"


def dead_letters(
    action: Annotated[DeadAction, typer.Argument(help="list them, or retry (send them again)")],
    nats_url: Nats = None,
    db: QueueDb = None,
    seq: Annotated[list[int] | None, typer.Option(
        help="retry only this dead letter (its number in `list`); repeatable")] = None,
) -> None:
    """The events workers gave up on (the engine failed on each `--max-deliver` times), with
    the error. `retry` puts each at the end of its partition (behind what its chat said since)."""
    import nats.errors
    import sqlalchemy.exc
    from rich.console import Console
    from rich.markup import escape

    from chatwarden.broker.dead import Letter, letters, requeue, retry, stored_letters
    from chatwarden.broker.layout import Layout, connect, ensure
    from chatwarden.broker.pgqueue import postgres_url
    from chatwarden.ledger.store import Ledger

    if (nats_url is None) == (db is None):
        raise typer.BadParameter("give one of --nats URL or --db URL", param_hint="--nats/--db")
    if db is not None and not postgres_url(db):
        raise typer.BadParameter("dead letters without a broker are a PostgreSQL ledger's "
                                 "(postgresql+psycopg://...)", param_hint="--db")
    only = set(seq or ())

    async def on_nats(nats_url: str) -> list[Letter]:
        nc = await connect(nats_url, "chatwarden-dead-letters", attempts=5)
        try:
            layout = await ensure(nc.jetstream(), Layout(), partitions_given=False)
            if action is DeadAction.retry:
                return await retry(nc.jetstream(), layout, only)
            return [letter async for letter in letters(nc.jetstream(), layout)]
        finally:
            await nc.drain()

    def on_postgres(db: str) -> list[Letter]:
        ledger = Ledger(db)
        try:
            return requeue(ledger, only) if action is DeadAction.retry else stored_letters(ledger)
        finally:
            ledger.close()

    try:
        if db is not None:
            found = on_postgres(db)
        else:
            assert nats_url is not None
            found = asyncio.run(on_nats(nats_url))
    except (OSError, nats.errors.NoServersError, sqlalchemy.exc.OperationalError) as exc:
        where = f"NATS at {nats_url}" if nats_url else f"the ledger {db}"
        Console(stderr=True).print(f"[red]error[/red] cannot reach {escape(where)}: "
                                   f"{escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    if action is DeadAction.retry:
        typer.echo(f"{len(found)} dead letter(s) sent again: "
                   + (", ".join(f"#{x.seq} {x.body['event']['id']}" for x in found) or "none"))
        return
    for letter in found:
        b = letter.body
        typer.echo(f"#{letter.seq}  event {b['event']['id']}  chat {b['event']['chat']}  "
                   f"partition {b['partition']}  failed {b['failures']}x  on {b['worker']}  "
                   f"at {b['at']}")
        typer.echo("    " + b["error"].splitlines()[-1])
    typer.echo(f"{len(found)} dead letter(s)")


def register(app: typer.Typer) -> None:
    app.command()(ingest)
    app.command("dead-letters")(dead_letters)
