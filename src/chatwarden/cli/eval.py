"""``chatwarden eval DETECTOR DATASET`` and ``chatwarden eval --all``: detector quality.

A developer tool: ``--all`` reads the labeled sets in the data folder
(``--data``, ``$CHATWARDEN_DATA`` or ``../shared/data``) and skips, saying so,
every suite whose data is absent.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from chatwarden.detect.textscan import pick
from chatwarden.errors import InputError
from chatwarden.evaluation.datasets import data_dir, read_labeled
from chatwarden.evaluation.metrics import Metrics, evaluate
from chatwarden.evaluation.suites import SUITES, run

HEADER = "| suite | detector | data | n | precision | recall | F1 | FP rate | msgs/s | how |"


def _line(m: Metrics) -> str:
    return (f"n={m.n} precision={m.precision:.4f} recall={m.recall:.4f} F1={m.f1:.4f} "
            f"fp_rate={m.fp_rate:.4f} throughput={m.per_second:,.0f} msgs/s")


def evaluate_cmd(
    detector: Annotated[str | None, typer.Argument(help="detector name")] = None,
    dataset: Annotated[Path | None, typer.Argument(
        help="JSON Lines {text, label} or TSV label<TAB>text")] = None,
    all_: Annotated[bool, typer.Option("--all", help="every suite with data")] = False,
    data: Annotated[Path | None, typer.Option(help="data folder for --all")] = None,
    out: Annotated[Path | None, typer.Option(help="also write the --all table here")] = None,
    label: Annotated[list[str] | None, typer.Option(
        help="count only these labels as a hit (default: any flagged signal)")] = None,
) -> None:
    """Precision, recall, F1 and throughput of a detector on a labeled file."""
    if all_:
        _all(data_dir(data), out)
        return
    if detector is None or dataset is None:
        typer.echo("error: give DETECTOR and DATASET, or --all", err=True)
        raise typer.Exit(2)
    if not dataset.is_file():
        typer.echo(f"error: {dataset}: no such file", err=True)
        raise typer.Exit(2)
    try:
        (chosen,) = pick([detector])
        metrics = evaluate(chosen, list(read_labeled(dataset)), label or None)
    except (InputError, KeyError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{detector} on {dataset}: {_line(metrics)}")


def _all(root: Path, out: Path | None) -> None:
    if not root.is_dir():
        typer.echo(f"no data folder at {root}: nothing to evaluate (use --data DIR)", err=True)
        raise typer.Exit(1)
    rows = [HEADER, "|" + "---|" * 10]
    for suite in SUITES:
        m = run(suite, root)
        if m is None:
            typer.echo(f"{suite.name}: skipped, {suite.data} is absent under {root}", err=True)
            continue
        rows.append(f"| {suite.name} | {suite.detector} | {suite.data} | {m.n} | "
                    f"{m.precision:.3f} | {m.recall:.3f} | {m.f1:.3f} | {m.fp_rate:.4f} | "
                    f"{m.per_second:,.0f} | {suite.note} |")
        typer.echo(f"{suite.name}: {_line(m)}", err=True)
    table = "\n".join(rows) + "\n"
    typer.echo(table)
    if out is not None:
        out.write_text(table, encoding="utf-8")


def register(app: typer.Typer) -> None:
    app.command("eval")(evaluate_cmd)
