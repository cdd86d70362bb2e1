"""``chatwarden eval DETECTOR DATASET``, ``chatwarden eval --all``: detector quality;
``chatwarden eval realchat``: what whole policies do to real benign chat.

A developer tool: ``--all`` and ``realchat`` read the data folder (``--data``,
``$CHATWARDEN_DATA`` or ``../shared/data``) and skip, saying so, every suite or
source whose data is absent.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from chatwarden.cli.lazyhelp import fills
from chatwarden.cli.options import DataDir
from chatwarden.cli.policy import load_or_exit

if TYPE_CHECKING:
    from chatwarden.evaluation.metrics import Metrics

SHIPPED = (Path("policies/calimero.en.yaml"), Path("policies/klint.ru.yaml"))
HEADER = "| suite | detector | data | n | precision | recall | F1 | FP rate | msgs/s | how |"


def _line(m: Metrics) -> str:
    return (f"n={m.n} precision={m.precision:.4f} recall={m.recall:.4f} F1={m.f1:.4f} "
            f"fp_rate={m.fp_rate:.4f} throughput={m.per_second:,.0f} msgs/s")


def evaluate_cmd(
    detector: Annotated[str | None, typer.Argument(
        help="detector name, or 'realchat' for the false-sanction benchmark")] = None,
    dataset: Annotated[Path | None, typer.Argument(
        help="JSON Lines {text, label} or TSV label<TAB>text")] = None,
    all_: Annotated[bool, typer.Option("--all", help="every suite with data")] = False,
    data: DataDir = None,
    out: Annotated[Path | None, typer.Option(help="also write the --all or realchat table here")] = None,
    label: Annotated[list[str] | None, typer.Option(
        help="count only these labels as a hit (default: any flagged signal)")] = None,
    policy: Annotated[list[Path] | None, typer.Option(
        "--policy", "-p", help="realchat: policies to replay (default: the two shipped ones)")] = None,
    source: Annotated[list[str] | None, typer.Option(
        help="realchat: only these sources ({})")] = None,
    limit: Annotated[int | None, typer.Option(min=1, help="realchat: messages per source")] = None,
    audit: Annotated[Path | None, typer.Option(
        help="realchat: verdicts on review items (default: the shipped realchat_audit.yaml)")] = None,
    items: Annotated[Path | None, typer.Option(
        help="realchat: write every counted review item here, with its verdict (JSON Lines)")] = None,
) -> None:
    """Precision, recall, F1 and throughput of a detector on a labeled file; or, with
    ``realchat``, sanctions and review items per 10,000 real benign messages per policy."""
    from chatwarden.detect.textscan import pick
    from chatwarden.errors import InputError
    from chatwarden.evaluation.datasets import data_dir, read_labeled
    from chatwarden.evaluation.metrics import evaluate

    if detector == "realchat" and dataset is None:
        _realchat(data_dir(data), policy or list(SHIPPED), source or [], limit, out, audit, items)
        return
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
    from chatwarden.evaluation.suites import SUITES, run

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
        if 0 < len(m.false_alarms) <= 20:  # few enough to read: ids end in the domain
            typer.echo(f"  false alarms: {', '.join(m.false_alarms)}", err=True)
    table = "\n".join(rows) + "\n"
    typer.echo(table)
    if out is not None:
        out.write_text(table, encoding="utf-8")


def _realchat(root: Path, policies: list[Path], sources: list[str], limit: int | None,
              out: Path | None, audit_path: Path | None, items_path: Path | None) -> None:
    import orjson

    from chatwarden.errors import InputError
    from chatwarden.evaluation import audit, realchat

    known = _realchat_names()
    unknown = sorted(set(sources) - set(known))
    if unknown:
        typer.echo(f"error: unknown source {', '.join(unknown)} (known: {', '.join(known)})",
                   err=True)
        raise typer.Exit(2)
    loaded = [load_or_exit(p) for p in policies]
    try:
        verdicts = audit.load(audit_path or audit.AUDIT)
    except InputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    records: list[dict[str, object]] = []
    table = realchat.benchmark(root, loaded, limit=limit, only=sources, audit=verdicts,
                               items=records, say=lambda line: typer.echo(line, err=True))
    typer.echo(table)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(table, encoding="utf-8")
    if items_path is not None:
        items_path.parent.mkdir(parents=True, exist_ok=True)
        items_path.write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in records))


def _realchat_names() -> tuple[str, ...]:
    from chatwarden.evaluation import realchat

    return tuple(s.name for s in (*realchat.SOURCES, *realchat.POSITIVES))


def register(app: typer.Typer) -> None:
    app.command("eval", cls=fills(source=lambda: ", ".join(_realchat_names())))(evaluate_cmd)
