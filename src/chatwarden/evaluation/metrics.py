"""Precision, recall, F1 and throughput of one detector over labeled cases.

A case counts as predicted positive when the detector flags any signal (of the
given labels, when a suite names them). Texts are judged on their own
(:meth:`Context.bare`), exactly as ``chatwarden scan`` judges them.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from chatwarden.detect.base import Detector
from chatwarden.detect.context import Context
from chatwarden.detect.textscan import lone_event
from chatwarden.evaluation.datasets import Case
from chatwarden.events import Event


def text_event(ident: str, text: str) -> Event:
    """A bare message event for judging a text outside any chat (a chat of its own)."""
    return lone_event(ident, text)


@dataclass
class Metrics:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    seconds: float = 0.0
    misses: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)

    @property
    def n(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def fp_rate(self) -> float:
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0

    @property
    def per_second(self) -> float:
        return self.n / self.seconds if self.seconds else 0.0

    def row(self) -> dict[str, float | int]:
        return {"n": self.n, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4),
                "fp_rate": round(self.fp_rate, 4), "msgs_per_s": round(self.per_second)}


def flagged(detector: Detector, case_id: str, text: str,
            labels: Sequence[str] | None = None) -> bool:
    event = text_event(case_id, text)
    return any(s.flagged and (labels is None or s.label in labels)
               for s in detector.detect(event, Context.bare(event)))


def evaluate(detector: Detector, cases: Iterable[Case],
             labels: Sequence[str] | None = None) -> Metrics:
    """Run ``detector`` over ``cases``; the clock covers detection only."""
    m = Metrics()
    for case in cases:
        start = time.perf_counter()
        hit = flagged(detector, case.id, case.text, labels)
        m.seconds += time.perf_counter() - start
        if hit and case.positive:
            m.tp += 1
        elif hit:
            m.fp += 1
            m.false_alarms.append(case.id)
        elif case.positive:
            m.fn += 1
            m.misses.append(case.id)
        else:
            m.tn += 1
    return m
