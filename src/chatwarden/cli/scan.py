"""``chatwarden scan FILE [--detectors NAMES] --json OUT``: detectors over texts, no chat."""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Annotated

import typer

from chatwarden.cli.lazyhelp import fills


def scan(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False,
                                         help="JSON Lines with id and text, or plain lines")],
    json_out: Annotated[Path, typer.Option("--json", help="where to write results ('-': stdout)")],
    detectors: Annotated[str, typer.Option(
        help="comma-separated detector names (default: {})")] = "",
) -> None:
    """Run detectors over texts outside any chat; one JSON line per input:
    {"id", "signals": [{"detector", "label", "score", "flagged", "evidence"}]}."""
    from chatwarden.detect.textscan import pick, read_texts, scan_one
    from chatwarden.errors import InputError

    names = [n.strip() for n in detectors.split(",") if n.strip()] or None
    try:
        chosen = pick(names)
        out = sys.stdout if str(json_out) == "-" else json_out.open("w", encoding="utf-8")
        flagged: Counter[str] = Counter()
        total = 0
        try:
            for item in read_texts(file):
                result = scan_one(chosen, item)
                out.write(json.dumps(result, ensure_ascii=False) + "\n")
                total += 1
                flagged.update(f"{s['detector']}:{s['label']}" for s in result["signals"]
                               if s["flagged"])
        finally:
            if out is not sys.stdout:
                out.close()
    except InputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    summary = ", ".join(f"{k} {v}" for k, v in sorted(flagged.items())) or "nothing flagged"
    typer.echo(f"{total} texts scanned: {summary}", err=str(json_out) == "-")


def _default_detectors() -> str:
    from chatwarden.detect.textscan import TEXT_DETECTORS

    return ",".join(TEXT_DETECTORS)


def register(app: typer.Typer) -> None:
    app.command("scan", cls=fills(detectors=_default_detectors))(scan)
