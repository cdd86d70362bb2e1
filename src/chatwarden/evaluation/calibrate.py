"""Calibrate a policy on a community's own chat: thresholds that keep the review queue
within the owner's budget, and samples a moderator marks right or wrong.

The export is replayed in shadow (in-memory ledger, nothing acts) once with the
policy as it is; the review items are ranked by the score that queued them, the
best ``budget`` per 10,000 messages are kept, and each assist rule's content
conditions get a ``min_score`` just above the highest score it would drop. The
replay is then run again with those thresholds, so the figures written are what
the overlay really does (ladders and windows included), not an estimate.

Scores of different detectors are ranked together: a 0.97 politics score is kept
before a 0.85 insult score. That is the owner's budget spent on what the models
are surest of; the samples are there to check it.
"""

from __future__ import annotations

import csv
import math
import random
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from chatwarden.evaluation.realchat import Item, Tally, replay
from chatwarden.events import Event
from chatwarden.policy.overlay import Overrides, apply_overrides
from chatwarden.policy.schema import Policy

STEP = 1e-4
"""How far above the highest dropped score a new threshold sits (scores are kept to 4 places)."""


@dataclass(frozen=True, slots=True)
class Calibration:
    before: Tally
    after: Tally
    overrides: Overrides
    allowed: int
    """Review items the budget allows on this export."""


def thresholds(items: Sequence[Item], allowed: int) -> Overrides:
    """Per assist rule, the ``min_score`` of each content condition that drops every review
    item outside the ``allowed`` highest-scoring ones."""
    reviews = sorted((i for i in items if i.outcome == "review" and i.scores),
                     key=lambda i: (-i.score, i.event, i.rule))
    out: Overrides = {}
    for item in reviews[allowed:]:
        rule = out.setdefault(item.rule, {})
        for key, score in item.scores.items():
            rule[key] = max(rule.get(key, 0.0), above(score))
    return out


def above(score: float) -> float:
    """The smallest threshold on the 4-place grid that ``score`` does not reach (at most 1:
    a score of 1 cannot be thresholded away, and the replay after calibration shows it)."""
    t = round(math.ceil(score / STEP) * STEP, 4)
    return min(1.0, t if t > score else round(t + STEP, 4))


def calibrate(policy: Policy, events: Sequence[Event], budget: float) -> Calibration:
    """Replay, choose thresholds for ``budget`` review items per 10,000 messages, replay again."""
    before = replay(policy, events, keep=True)
    allowed = math.floor(budget * before.messages / 10_000)
    overrides = thresholds(before.items or [], allowed)
    after = replay(apply_overrides(policy, overrides), events, keep=True)
    return Calibration(before, after, overrides, allowed)


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A CSV cell a spreadsheet shows as text: one that starts like a formula gets a quote."""
    return "'" + value if value.startswith(_FORMULA) else value


def write_samples(path: Path, items: Sequence[Item], per_rule: int, seed: int = 0) -> int:
    """Up to ``per_rule`` decisions of each rule, drawn at random (a fair sample for
    estimating precision), highest score first, with an empty ``verdict`` column."""
    by_rule: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_rule[item.rule].append(item)
    rng = random.Random(seed)
    rows = 0
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["rule", "outcome", "score", "event", "user", "time", "text",
                      "verdict (right/wrong)"])
        for rule_id in sorted(by_rule):
            chosen = rng.sample(by_rule[rule_id], min(per_rule, len(by_rule[rule_id])))
            for item in sorted(chosen, key=lambda i: -i.score):
                out.writerow([safe_cell(v) for v in (item.rule, item.outcome, f"{item.score:.4f}",
                                                     item.event, item.user, item.ts, item.text, "")])
                rows += 1
    return rows


@dataclass(frozen=True, slots=True)
class RuleRow:
    """One rule's figures per 10,000 messages before and after the overlay."""

    rule: str
    sanctions: tuple[float, float]
    reviews: tuple[float, float]
    thresholds: str


def rule_rows(c: Calibration) -> list[RuleRow]:
    """Per rule, then ``all`` (per message: a message two rules queue counts once)."""
    rows = []
    for rule_id in sorted(set(c.before.rules) | set(c.after.rules)):
        b, a = c.before.rules.get(rule_id), c.after.rules.get(rule_id)
        rows.append(RuleRow(
            rule_id, (c.before.per_10k(b.sanctions if b else 0), c.after.per_10k(a.sanctions if a else 0)),
            (c.before.per_10k(b.reviews if b else 0), c.after.per_10k(a.reviews if a else 0)),
            ", ".join(f"{k} {v:.4f}" for k, v in c.overrides.get(rule_id, {}).items())))
    rows.append(RuleRow("all", (c.before.per_10k(c.before.auto_judged + c.before.auto_rules),
                                c.after.per_10k(c.after.auto_judged + c.after.auto_rules)),
                        (c.before.per_10k(c.before.reviews), c.after.per_10k(c.after.reviews)), ""))
    return rows


def rule_table(rows: Sequence[RuleRow]) -> list[str]:
    """Markdown: per rule, sanctions and review items per 10,000 messages before and after."""
    out = ["| rule | sanctions /10k before | after | review items /10k before | after | new min_score |",
           "|---|---|---|---|---|---|"]
    out += [f"| {r.rule} | {r.sanctions[0]:.1f} | {r.sanctions[1]:.1f} | {r.reviews[0]:.1f} | "
            f"{r.reviews[1]:.1f} | {r.thresholds or '—'} |" for r in rows]
    return out
