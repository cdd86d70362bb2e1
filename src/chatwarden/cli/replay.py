"""``chatwarden replay``: run a chat's history through a policy, as a live bot would have."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from chatwarden.cli.options import EventsFile, Overlay, PolicyFile, Strict
from chatwarden.cli.policy import load_or_exit

if TYPE_CHECKING:
    from rich.console import Console

    from chatwarden.console.summary import Summary


def replay(
    file: EventsFile,
    policy: PolicyFile,
    overlay: Overlay = None,
    db: Annotated[str, typer.Option(help="ledger: a SQLite path or a database URL; "
                                    "default: in memory, nothing kept")] = ":memory:",
    json_out: Annotated[Path | None, typer.Option(
        "--json", help="write decisions as JSON Lines: every decision the ledger holds, oldest "
        "first, rewritten whole at the end of the run (so a resumed or repeated replay into "
        "the same --db gives the complete file, never a truncated or doubled one)")] = None,
    report: Annotated[Path | None, typer.Option(help="HTML report path")] = Path("out/report.html"),
    strict: Strict = False,
    batch: Annotated[int, typer.Option(min=1, help="events per ledger transaction")] = 1000,
) -> None:
    """Replay events through a policy: decisions, ledger, summary and report."""
    from rich.console import Console
    from rich.markup import escape
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from chatwarden.adapters.files import read_events
    from chatwarden.console.report import write_report
    from chatwarden.console.summary import Summary
    from chatwarden.errors import InputError, InputFileError
    from chatwarden.ledger.store import Ledger, LedgerBusy
    from chatwarden.runtime import Runtime

    pol = load_or_exit(policy, overlay)
    console, err = Console(), Console(stderr=True)
    ledger = Ledger("sqlite://" if db == ":memory:" else db)
    try:
        runtime = Runtime(pol, ledger, batch=batch)
    except LedgerBusy as exc:
        ledger.close()
        err.print(f"[red]error[/red] {escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    summary = Summary()
    partial = None
    if json_out is not None:
        partial = json_out.with_name(json_out.name + ".partial")
        try:
            json_out.parent.mkdir(parents=True, exist_ok=True)
            partial.touch()
        except OSError as exc:
            ledger.close()
            err.print(f"[red]error[/red] {json_out}: cannot write: {exc.strerror}", markup=True)
            raise typer.Exit(2) from None
    last_ts = None

    def emit(decisions: list) -> None:
        for d in decisions:
            summary.add(d.to_json())

    total = _count_lines(file) if file.suffix != ".json" else None
    progress = Progress(TextColumn("replaying"), BarColumn(), MofNCompleteColumn(),
                        TimeElapsedColumn(), console=err, transient=True, disable=not err.is_terminal)
    failed = False
    try:
        with progress:
            task = progress.add_task("events", total=total)
            for item in runtime.ahead(read_events(file, tz=pol.timezone)):
                progress.advance(task)
                if isinstance(item, InputError):
                    summary.bad_lines += 1
                    err.print(f"[yellow]skipped[/yellow] {escape(str(item))}", markup=True,
                              highlight=False, soft_wrap=True)
                    if strict:
                        failed = True
                        break
                    continue
                summary.events += 1
                # an event done by an earlier (interrupted) run still moves the clock, so a
                # resumed replay runs the end-of-replay jobs an uninterrupted one runs
                last_ts = item.ts if last_ts is None or item.ts > last_ts else last_ts
                decisions = runtime.handle(item)
                if decisions is not None:
                    emit(decisions)
        emit(runtime.finish(None if failed else last_ts))
        if json_out is not None and partial is not None:
            with partial.open("w", encoding="utf-8") as out:
                for body in ledger.decisions():
                    if body.get("actions"):
                        out.write(json.dumps(body, ensure_ascii=False) + "\n")
            partial.replace(json_out)
    except InputFileError as exc:  # a broken file: what came before is kept, no end-of-file jobs
        err.print(f"[red]error[/red] {escape(str(exc))}", markup=True, highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None
    finally:
        runtime.flush()
        ledger.close()
    summary.duplicates = runtime.duplicates
    _print(console, summary, pol.title)
    if report is not None:
        write_report(report, pol, summary, file.name)
        console.print(f"report: {report}")
    if json_out is not None:
        console.print(f"decisions: {json_out}")
    if failed:
        raise typer.Exit(2)


def _count_lines(path: Path) -> int:
    with path.open("rb") as fh:
        return sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))


def _print(console: Console, s: Summary, title: str) -> None:
    from rich.table import Table

    console.print(f"[bold]{title}[/bold]: {s.events} events, {s.decisions} decisions, "
                  f"{sum(s.by_type.values())} sanctions, {s.bad_lines} unreadable, "
                  f"{s.duplicates} already processed")
    table = Table("rule", "violations", "sanctions")
    for rule, n in sorted(s.violations.items(), key=lambda kv: _rule_key(kv[0])):
        table.add_row(rule, str(n), str(s.sanctions[rule]))
    if s.violations:
        console.print(table)
    if s.offenders:
        top = Table("top offenders", "sanctions")
        for user, n in s.offenders.most_common(5):
            top.add_row(user, str(n))
        console.print(top)


def _rule_key(rule: str) -> tuple:
    head = rule.split("-", 1)[0]
    return (tuple(int(p) if p.isdigit() else 0 for p in head.split(".")), rule)


def register(app: typer.Typer) -> None:
    app.command("replay")(replay)
