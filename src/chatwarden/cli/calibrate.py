"""``chatwarden calibrate EXPORT --policy P``: a community's own chat, replayed in shadow,
gives the thresholds that keep its review queue within the owner's budget."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from chatwarden.cli.options import EventsFile, PolicyFile
from chatwarden.cli.policy import load_or_exit


def calibrate_cmd(
    export: EventsFile,
    policy: PolicyFile,
    budget: Annotated[float, typer.Option(min=0, help="review items per 10,000 messages")] = 20.0,
    out: Annotated[Path, typer.Option(help="overlay to write")] = Path("overlay.yaml"),
    sample: Annotated[int, typer.Option(min=0, help="decisions per rule in the samples file")] = 20,
    samples: Annotated[Path | None, typer.Option(
        help="samples CSV for a moderator (default: the overlay's name, .csv)")] = None,
    report: Annotated[Path | None, typer.Option(help="HTML before/after per rule "
                                                "(default: the overlay's name, .html)")] = None,
) -> None:
    """Replay an export in shadow; write per-rule figures, samples and a threshold overlay."""
    from chatwarden.adapters.files import read_events
    from chatwarden.console.report import write_calibration
    from chatwarden.errors import InputError
    from chatwarden.evaluation.calibrate import calibrate, rule_rows, rule_table, write_samples
    from chatwarden.policy.overlay import dump_overlay

    pol = load_or_exit(policy)
    events, bad = [], 0
    for item in read_events(export):
        if isinstance(item, InputError):
            bad += 1
        else:
            events.append(item)
    if not any(e.type == "message" for e in events):
        typer.echo(f"error: {export}: no messages to calibrate on", err=True)
        raise typer.Exit(2)
    result = calibrate(pol, events, budget)
    before = result.before
    base = Path(policy).resolve()
    try:
        base_ref = str(base.relative_to(out.resolve().parent))
    except ValueError:
        base_ref = str(base)
    comments = {rule: f"{before.rules[rule].reviews} review items on {before.messages} messages; "
                f"budget {budget:g} per 10,000 keeps {result.allowed} in all"
                for rule in result.overrides if rule in before.rules}
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(dump_overlay(base_ref, result.overrides, comments), encoding="utf-8")
    sample_path = samples or out.with_suffix(".csv")
    sampled = write_samples(sample_path, before.items or [], sample)
    typer.echo(f"{export.name}: {before.messages} messages, {bad} unreadable; budget {budget:g} "
               f"review items per 10,000 messages ({result.allowed} here)")
    rows = rule_rows(result)
    typer.echo("\n".join(rule_table(rows)))
    report_path = report or out.with_suffix(".html")
    write_calibration(report_path, pol, rows, export.name, before.messages, budget)
    if result.after.reviews > result.allowed:
        typer.echo(f"note: {result.after.reviews} review items remain: scores of 1.0 and behaviour "
                   "conditions (flood, repeats, replies) cannot be thresholded away", err=True)
    typer.echo(f"overlay: {out} ({len(result.overrides)} rules retuned)")
    typer.echo(f"samples: {sample_path} ({sampled} decisions to mark right or wrong)")
    typer.echo(f"report: {report_path}")


def register(app: typer.Typer) -> None:
    app.command("calibrate")(calibrate_cmd)
