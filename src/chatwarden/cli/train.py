"""``chatwarden train``: rebuild the shipped judgement artifacts from ``../shared/data``.

Needs the ``train`` extra (scikit-learn) and the shared data folder; seed 0, so
two runs on the same data write the same models.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from chatwarden.detect.judge.linear import ARTIFACTS


def train(
    out: Annotated[Path, typer.Option(help="where to write the artifacts")] = ARTIFACTS,
) -> None:
    """Train the n-gram model and the embedding heads; write linear.* and heads.* to OUT."""
    try:
        from chatwarden.detect.judge.training.fit import train_all
    except ImportError as err:
        typer.echo(f"training needs the train extra: pip install -e '.[train]' ({err})", err=True)
        raise typer.Exit(2) from None
    try:
        train_all(out)
    except FileNotFoundError as err:
        typer.echo(str(err), err=True)
        raise typer.Exit(2) from None
    typer.echo(f"wrote {out}")


def register(app: typer.Typer) -> None:
    app.command("train")(train)
