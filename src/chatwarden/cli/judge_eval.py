"""``chatwarden judge eval|bench|score``: figures and a quick look at the judgement models."""

from __future__ import annotations

import json
from typing import Annotated

import typer

judge_app = typer.Typer(help="Judgement models: evaluate, benchmark, score a text.",
                        no_args_is_help=True)


@judge_app.command("eval")
def evaluate(
    systems: Annotated[str, typer.Option(
        help="comma list: linear,cascade,cascade+tuned,cascade+tuned-forum,cascade-full,"
        "profanity-check,nb-anchor")]
    = "linear,cascade,cascade+tuned,profanity-check",
    only: Annotated[str, typer.Option(help="only data sets whose name contains this, "
                                      "e.g. ru-2ch")] = "",
) -> None:
    """P/R/F1 (and macro-F1) on the fixed splits of ../shared/data, side by side."""
    from chatwarden.training.judge.evaluate import SYSTEMS, run

    chosen = tuple(s.strip() for s in systems.split(",") if s.strip())
    unknown = set(chosen) - set(SYSTEMS)
    if unknown:
        typer.echo(f"unknown system(s): {', '.join(sorted(unknown))} "
                   f"(systems: {', '.join(SYSTEMS)})", err=True)
        raise typer.Exit(2)
    run(chosen, only=only)


@judge_app.command("bench")
def bench(
    messages: Annotated[int, typer.Option(min=100)] = 5000,
    workers: Annotated[int, typer.Option(min=1, help="processes, chats partitioned")] = 1,
    tuned: Annotated[bool, typer.Option(help="with the tuned Russian stage, as the Клинт "
                                        "policy runs it")] = False,
) -> None:
    """Throughput and latency of the toxicity detector on mostly clean traffic."""
    from chatwarden.training.judge.evaluate import bench as run_bench

    run_bench(messages, workers, tuned=tuned)


@judge_app.command("score")
def score(text: str, tuned: Annotated[bool, typer.Option(
        help="with the tuned Russian stage")] = False) -> None:
    """Every label's score for one text, and the stages that ran."""
    from chatwarden.detect.judge.cascade import Cascade, CascadeConfig

    j = Cascade(CascadeConfig(tuned=tuned)).judge(text)
    typer.echo(json.dumps({"scores": {k: round(v, 4) for k, v in j.scores.items()},
                           "stages": j.stages, "gated": list(j.gated), "notes": j.notes},
                          ensure_ascii=False, indent=1))


def register(app: typer.Typer) -> None:
    app.add_typer(judge_app, name="judge")
