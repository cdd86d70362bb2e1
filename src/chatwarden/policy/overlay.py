"""Policy overlays: a community's own thresholds on top of a shipped policy.

``chatwarden calibrate`` writes one after replaying the community's export; the
owner reads it, and ``replay``/``telegram`` apply it over the base policy. An
overlay only raises or lowers the ``min_score`` of detector conditions in a
rule's ``when``; it cannot add rules, change ladders or modes, so the guideline
a sanction cites stays the one the base policy enforces::

    base: klint.ru.yaml                # the policy it was calibrated for (relative to this file)
    rules:
      "5.1":
        min_score: {toxicity:politics: 0.93}   # detector:label, or detector for all its labels
      "6.1":
        min_score: {spam: 0.8}

Every problem is reported with ``file:line`` like the policy loader does.
"""

from __future__ import annotations

import difflib
from pathlib import Path
from typing import Any

import yaml

from chatwarden.errors import PolicyError
from chatwarden.policy.loader import bound, load_policy, read_bounded
from chatwarden.policy.schema import All, Any_, Condition, Leaf, Not, Policy, Rule, leaves

Overrides = dict[str, dict[str, float]]
"""Rule id → leaf key (``detector`` or ``detector:label``) → new ``min_score``."""


def leaf_key(leaf: Leaf) -> str:
    return f"{leaf.detector}:{leaf.label}" if leaf.label else leaf.detector


def _matches(key: str, leaf: Leaf) -> bool:
    return key == leaf_key(leaf) or key == leaf.detector


def retune(cond: Condition, thresholds: dict[str, float]) -> Condition:
    """``cond`` with the ``min_score`` of every leaf a key names replaced."""
    if isinstance(cond, All):
        return All(all=[retune(c, thresholds) for c in cond.all])
    if isinstance(cond, Any_):
        return Any_(any=[retune(c, thresholds) for c in cond.any])
    if isinstance(cond, Not):
        return Not(not_=retune(cond.not_, thresholds))
    for key, score in thresholds.items():
        if _matches(key, cond):
            return cond.model_copy(update={"min_score": score})
    return cond


def _lines(source: str) -> dict[tuple[str, ...], int]:
    """Line of ``rules``, ``rules.<id>`` and ``rules.<id>.min_score.<key>``."""
    found: dict[tuple[str, ...], int] = {}

    def walk(node: yaml.Node, path: tuple[str, ...]) -> None:
        if isinstance(node, yaml.MappingNode) and len(path) < 4:
            for key, value in node.value:
                found[(*path, str(key.value))] = key.start_mark.line + 1
                walk(value, (*path, str(key.value)))

    root = yaml.compose(source, Loader=yaml.SafeLoader)
    if root is not None:
        walk(root, ())
    return found


def _read(path: Path) -> tuple[Any, dict[tuple[str, ...], int]]:
    """The overlay's YAML (under the policy's own limits: no alias bomb through an overlay)
    and the line of each key, or :class:`PolicyError` with file:line."""
    file = str(path)
    source = read_bounded(path)
    try:
        bound(source, file)
        data = yaml.safe_load(source)
        lines = _lines(source)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{file}:{mark.line + 1}" if mark else file
        raise PolicyError([f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}"]) from None
    if not isinstance(data, dict) or not isinstance(data.get("rules"), dict):
        raise PolicyError([f"{file}:1: an overlay is a mapping with 'base' and 'rules: {{id: ...}}'"])
    return data, lines


def read_overlay(path: Path, policy: Policy) -> Overrides:
    """The overrides of the overlay at ``path``, checked against ``policy``'s rules."""
    return _overrides(*_read(path), str(path), policy)


def _overrides(data: dict[str, Any], lines: dict[tuple[str, ...], int], file: str,
               policy: Policy) -> Overrides:
    problems: list[str] = []
    for key in data:
        if key not in ("base", "rules"):
            problems.append(f"{file}:{lines.get((str(key),), 1)}: {key}: unknown key (known: base, rules)")
    by_id = {r.id: r for r in policy.rules}
    out: Overrides = {}
    for rule_id, body in data["rules"].items():
        rule_id = str(rule_id)
        where = f"{file}:{lines.get(('rules', rule_id), 1)}: rules.{rule_id}"
        rule = by_id.get(rule_id)
        if rule is None:
            close = difflib.get_close_matches(rule_id, list(by_id), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            problems.append(f"{where}: unknown rule '{rule_id}' in policy '{policy.id}'{hint}")
            continue
        out[rule_id] = _rule_overrides(rule, body, where, lines, file, problems)
    if problems:
        raise PolicyError(problems)
    return out


def _rule_overrides(rule: Rule, body: Any, where: str, lines: dict[tuple[str, ...], int],
                    file: str, problems: list[str]) -> dict[str, float]:
    if not isinstance(body, dict) or set(body) != {"min_score"} or not isinstance(body["min_score"], dict):
        problems.append(f"{where}: give 'min_score: {{detector[:label]: score}}' and nothing else")
        return {}
    conds = leaves(rule.when)
    keys = sorted({leaf_key(c) for c in conds} | {c.detector for c in conds})
    out: dict[str, float] = {}
    for key, score in body["min_score"].items():
        key = str(key)
        at = f"{file}:{lines.get(('rules', rule.id, 'min_score', key), 1)}: rules.{rule.id}.min_score.{key}"
        if not any(_matches(key, c) for c in conds):
            problems.append(f"{at}: no condition of rule '{rule.id}' uses it (known: {', '.join(keys)})")
        elif isinstance(score, bool) or not isinstance(score, int | float) or not 0 <= score <= 1:
            problems.append(f"{at}: must be a number from 0 to 1, got {score!r}")
        else:
            out[key] = float(score)
    return out


def apply_overrides(policy: Policy, overrides: Overrides) -> Policy:
    """``policy`` with the named rules' conditions retuned (ids already checked)."""
    rules = [r.model_copy(update={"when": retune(r.when, overrides[r.id])})
             if r.id in overrides and r.when is not None else r for r in policy.rules]
    return policy.model_copy(update={"rules": rules})


def apply_overlay(policy: Policy, path: Path) -> Policy:
    """``policy`` with the overlay's thresholds; raises :class:`PolicyError` (file:line)."""
    return apply_overrides(policy, read_overlay(path, policy))


def load_with_overlay(path: Path) -> Policy:
    """The overlay's ``base`` policy (a path relative to the overlay) with the overlay applied."""
    data, lines = _read(path)
    base = data.get("base")
    if not isinstance(base, str):
        raise PolicyError([f"{path}:1: base: give the policy file this overlay is for"])
    policy = load_policy(path.parent / base)
    return apply_overrides(policy, _overrides(data, lines, str(path), policy))


def dump_overlay(base: str, overrides: Overrides, comments: dict[str, str] | None = None) -> str:
    """The YAML text of an overlay, one rule a block, with a comment per rule saying why."""
    lines = [f"base: {yaml.safe_dump(base, default_style=None).strip().splitlines()[0]}", "rules:"]
    for rule_id, thresholds in overrides.items():
        if comments and rule_id in comments:
            lines.append(f"  # {comments[rule_id]}")
        lines.append(f"  {yaml.safe_dump(rule_id).strip().splitlines()[0]}:")
        lines.append("    min_score:")
        lines += [f"      {key}: {score:.4f}" for key, score in thresholds.items()]
    if not overrides:
        lines[-1] = "rules: {}"
    return "\n".join(lines) + "\n"
