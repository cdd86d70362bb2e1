"""Compiled rules: condition trees bound to detector instances, evaluated lazily.

Each distinct (detector, params) pair is built once per policy and runs at most
once per event, however many rules mention it; ``any`` stops at the first hit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from chatwarden.detect.base import Detector, Signal
from chatwarden.detect.context import Context
from chatwarden.detect.registry import REGISTRY, Registry
from chatwarden.events import Event
from chatwarden.policy.schema import All, Any_, Condition, Leaf, Not, Policy, Rule


@dataclass(frozen=True, slots=True)
class BoundLeaf:
    detector: Detector
    label: str | None
    min_score: float | None

    def holds(self, signals: list[Signal]) -> list[Signal]:
        hits = []
        for s in signals:
            if self.label is not None and s.label != self.label:
                continue
            if (s.score >= self.min_score) if self.min_score is not None else s.flagged:
                hits.append(s)
        return hits


Bound = BoundLeaf | tuple[str, list["Bound"]]


@dataclass(slots=True)
class CompiledRule:
    rule: Rule
    when: Bound | None
    unless: Bound | None
    stateful: list[str] = field(default_factory=list)


class Evaluation:
    """Signals for one event, computed on demand and cached per detector instance."""

    __slots__ = ("ctx", "event", "signals")

    def __init__(self, event: Event, ctx: Context) -> None:
        self.event, self.ctx = event, ctx
        self.signals: dict[int, list[Signal]] = {}

    def of(self, detector: Detector) -> list[Signal]:
        key = id(detector)
        found = self.signals.get(key)
        if found is None:
            applies = self.event.type in detector.event_types
            found = self.signals[key] = detector.detect(self.event, self.ctx) if applies else []
        return found

    def holds(self, cond: Bound) -> list[Signal] | None:
        """The signals that make ``cond`` true, or None when it is false."""
        if isinstance(cond, BoundLeaf):
            found = self.of(cond.detector)
            return (cond.holds(found) or None) if found else None  # most detectors find nothing
        op, parts = cond
        if op == "not":
            return None if self.holds(parts[0]) is not None else []
        collected: list[Signal] = []
        for part in parts:
            hit = self.holds(part)
            if hit is None and op == "all":
                return None
            if hit is not None:
                collected.extend(hit)
                if op == "any":
                    return collected
        return collected if op == "all" else None


class RuleSet:
    """A policy's rules compiled against a detector registry."""

    def __init__(self, policy: Policy, registry: Registry = REGISTRY) -> None:
        self._instances: dict[tuple[str, str], Detector] = {}
        self._registry = registry
        self.rules: list[CompiledRule] = []
        self._by_type: dict[str, list[CompiledRule]] = {}
        for rule in policy.rules:
            if rule.mode == "human" or rule.when is None:
                continue
            compiled = CompiledRule(rule, self._bind(rule.when), self._bind(rule.unless))
            compiled.stateful = sorted({d.name for d in self._leaves(compiled.when)
                                        if d.stateful})
            self.rules.append(compiled)

    def for_event(self, event_type: str) -> list[CompiledRule]:
        found = self._by_type.get(event_type)
        if found is None:
            found = self._by_type[event_type] = [r for r in self.rules if event_type in r.rule.events]
        return found

    def detectors(self) -> list[Detector]:
        return list(self._instances.values())

    def _bind(self, cond: Condition | None) -> Bound | None:
        if cond is None:
            return None
        if isinstance(cond, All):
            return ("all", [b for c in cond.all if (b := self._bind(c)) is not None])
        if isinstance(cond, Any_):
            return ("any", [b for c in cond.any if (b := self._bind(c)) is not None])
        if isinstance(cond, Not):
            inner = self._bind(cond.not_)
            assert inner is not None
            return ("not", [inner])
        assert isinstance(cond, Leaf)
        key = (cond.detector, json.dumps(cond.params, sort_keys=True, default=str))
        det = self._instances.get(key)
        if det is None:
            det = self._instances[key] = self._registry[cond.detector].from_params(cond.params)
        return BoundLeaf(det, cond.label, cond.min_score)

    def _leaves(self, bound: Bound | None) -> list[Detector]:
        if bound is None:
            return []
        if isinstance(bound, BoundLeaf):
            return [bound.detector]
        return [d for part in bound[1] for d in self._leaves(part)]
