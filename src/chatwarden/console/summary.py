"""Figures a moderator reads after a replay: per rule, per member, per day."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from chatwarden.policy.sanctions import RECORDED


@dataclass(slots=True)
class Summary:
    events: int = 0
    bad_lines: int = 0
    duplicates: int = 0
    decisions: int = 0
    violations: Counter[str] = field(default_factory=Counter)
    sanctions: Counter[str] = field(default_factory=Counter)
    by_type: Counter[str] = field(default_factory=Counter)
    offenders: Counter[str] = field(default_factory=Counter)
    per_day: dict[date, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, decision: dict[str, Any]) -> None:
        """Count one decision in its ``replay --json`` form (so a ledger can be summarized too)."""
        self.decisions += 1
        sanctions = [a["type"] for a in decision["actions"] if a["type"] in RECORDED]
        for rule in decision["rules"]:
            self.violations[rule] += 1
            self.sanctions[rule] += len(sanctions)
        for kind in sanctions:
            self.by_type[kind] += 1
            self.per_day[date.fromisoformat(decision["ts"][:10])][kind] += 1
        if sanctions:
            self.offenders[decision["user"]] += len(sanctions)
