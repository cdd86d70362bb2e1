"""``chatwarden train``: rebuild the shipped judgement artifacts from ``../shared/data``.

Needs the ``train`` extra (scikit-learn, torch) and the shared data folder; seed 0,
so two runs on the same data write the same n-gram model and heads (the
fine-tuned model is seeded too, but torch may round differently on another CPU).
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

import chatwarden.detect.judge

ARTIFACTS = Path(chatwarden.detect.judge.__file__).parent / "artifacts"
"""``chatwarden.detect.judge.linear.ARTIFACTS``, found without loading the models' numpy
just to show the default (``train`` checks that the two agree)."""


STAGES = {"linear": "the n-gram model", "heads": "the embedding heads",
          "tuned": "the tuned Russian model (~30 min on 2 cores)",
          "thresholds": "only the topic heads' thresholds, re-chosen on validation rows",
          "topics": "only the topic heads (the toxicity and hate stackers left alone)",
          "hate-head": "only the embedding hate head and its stackers (the n-gram row and "
                       "the hate threshold left alone)",
          "toxicity-row": "only the n-gram toxicity row, with plain chat and texting, and the two "
                          "stackers that read it (every head and threshold left alone)"}
"""``training.judge.fit.train_all``'s stages; a plain ``train`` runs the first three."""


def train(
    out: Annotated[Path, typer.Option(help="where to write the artifacts")] = ARTIFACTS,
    stage: Annotated[list[str] | None, typer.Option(
        help="only these stages: " + "; ".join(f"{k}: {v}" for k, v in STAGES.items()))] = None,
    labels: Annotated[str | None, typer.Option(
        help="with --stage topics: refit only these topic heads, comma-separated "
             "(e.g. violence); the other heads' weights and thresholds stay as they are")] = None,
) -> None:
    """Train the n-gram model, the embedding heads and the tuned Russian model; write
    linear.*, heads.* (with sexual_terms.json, the sexual gate's lexicon) and e5tox.* to OUT.
    CHATWARDEN_EMBED_CACHE=DIR keeps the sentence embeddings between runs."""
    stages = tuple(stage or ("linear", "heads", "tuned"))
    unknown = set(stages) - set(STAGES)
    if unknown:
        typer.echo(f"unknown stage(s): {', '.join(sorted(unknown))} "
                   f"(stages: {', '.join(STAGES)})", err=True)
        raise typer.Exit(2)
    from chatwarden.detect.judge import labels as judge_labels
    from chatwarden.detect.judge import linear

    heads = tuple(x.strip() for x in labels.split(",") if x.strip()) if labels else None
    if heads and "topics" not in stages:
        typer.echo("--labels refits topic heads: use it with --stage topics", err=True)
        raise typer.Exit(2)
    if heads and (bad := set(heads) - set(judge_labels.TOPIC_LABELS)):
        typer.echo(f"unknown topic head(s): {', '.join(sorted(bad))} "
                   f"(topic heads: {', '.join(judge_labels.TOPIC_LABELS)})", err=True)
        raise typer.Exit(2)

    if linear.ARTIFACTS != ARTIFACTS:
        raise RuntimeError(f"the judge's artifacts are in {linear.ARTIFACTS}: update {__name__}")
    try:
        from chatwarden.training.judge.fit import train_all

        train_all(out, stages=stages, labels=heads)
    except ImportError as err:  # scikit-learn, or torch for the tuned stage
        typer.echo(f"training needs the train extra: pip install -e '.[train]' ({err})", err=True)
        raise typer.Exit(2) from None
    except FileNotFoundError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(2) from None
    typer.echo(f"wrote {out}")


def register(app: typer.Typer) -> None:
    app.command("train")(train)
