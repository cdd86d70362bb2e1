"""``chatwarden ingest``: publish a JSON Lines event file to NATS JetStream, partitioned by chat."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from chatwarden.errors import ChatwardenError, InputError
from chatwarden.events import Event


def ingest(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="events (.jsonl)")],
    nats_url: Annotated[str, typer.Option("--nats", help="NATS server URL (JetStream enabled)")],
    partitions: Annotated[int | None, typer.Option(
        min=1, help="partitions of a new stream (default 16); an existing stream keeps its own")] = None,
    strict: Annotated[bool, typer.Option(help="stop at the first unreadable line")] = False,
) -> None:
    """Publish events, each to its chat's partition, de-duplicated by event id."""
    import nats.errors

    from chatwarden.adapters.jsonl import read_jsonl
    from chatwarden.broker.ingest import publish
    from chatwarden.broker.layout import Layout, connect, ensure

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

    progress = Progress(TextColumn("publishing"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)

    async def main() -> tuple[int, int, int]:
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
        published, duplicates, parts = asyncio.run(main())
    except ChatwardenError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    except (OSError, nats.errors.NoServersError) as exc:
        err.print(f"[red]error[/red] cannot reach NATS at {escape(nats_url)}: {escape(str(exc))}",
                  markup=True, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    typer.echo(f"{published - duplicates} events stored in {parts} partitions, {duplicates} dropped as "
               f"duplicates, {bad} unreadable line(s) skipped")
    if strict and bad:
        raise typer.Exit(2)


def register(app: typer.Typer) -> None:
    app.command()(ingest)
