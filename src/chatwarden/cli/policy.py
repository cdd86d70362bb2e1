"""``chatwarden policy check|explain|schema``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from chatwarden.policy.schema import Policy

policy_app = typer.Typer(help="Check, explain and export policy files.", no_args_is_help=True)


def load_or_exit(path: Path, overlay: Path | None = None) -> Policy:
    """Load a policy (with a ``calibrate`` overlay's thresholds over it, if given) or print
    every problem (file:line: key: why) and exit 2."""
    from chatwarden.errors import PolicyError
    from chatwarden.policy.loader import load_policy
    from chatwarden.policy.overlay import apply_overlay

    try:
        policy = load_policy(path)
        return apply_overlay(policy, overlay) if overlay is not None else policy
    except PolicyError as exc:
        from rich.console import Console
        from rich.markup import escape

        err = Console(stderr=True)
        for problem in exc.problems:
            # escaped: a problem quotes the policy, and "[/x]" there is text, not markup
            err.print(f"[red]error[/red] {escape(problem)}", highlight=False, markup=True,
                      soft_wrap=True)
        raise typer.Exit(2) from None


@policy_app.command("check")
def check(file: Path) -> None:
    """Validate a policy file; exit 2 with file:line: key: reason for each problem."""
    policy = load_or_exit(file)
    counts = {m: sum(r.mode == m for r in policy.rules) for m in ("auto", "assist", "human")}
    typer.echo(f"{file}: ok — {len(policy.rules)} rules ({counts['auto']} auto, "
               f"{counts['assist']} assist, {counts['human']} human)")


@policy_app.command("explain")
def explain(file: Path) -> None:
    """A readable table of every rule: id, mode, detector, ladder, citation."""
    from rich.console import Console
    from rich.table import Table

    from chatwarden.policy.explain import describe_condition, describe_ladder

    policy = load_or_exit(file)
    table = Table(title=f"{policy.title} ({policy.id})", show_lines=True)
    for col in ("rule", "mode", "detects", "content", "ladder", "cites"):
        table.add_column(col, overflow="fold")
    for rule in policy.rules:
        if rule.when is not None:
            detects = describe_condition(rule.when)
        elif rule.enforced_by:
            detects = f"by the {rule.enforced_by} workflow"
        else:
            detects = f"— ({rule.reason})"
        if rule.unless:
            detects += f"\nunless {describe_condition(rule.unless)}"
        cite = rule.text if len(rule.text) < 160 else rule.text[:157] + "…"
        table.add_row(f"{rule.id}\n{rule.title}", rule.mode, detects, ", ".join(rule.content) or "—",
                      describe_ladder(rule.ladder, policy), cite)
    Console(width=160).print(table)


@policy_app.command("schema")
def schema() -> None:
    """Print the policy JSON Schema (for editors and UIs)."""
    from chatwarden.policy.schema import Policy

    typer.echo(json.dumps(Policy.model_json_schema(by_alias=True), indent=2, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    app.add_typer(policy_app, name="policy")
