"""The shared test base every detector's tests inherit.

A subclass names the detector and a few texts it must flag and must not; the
base checks what every detector owes the engine: the uniform result shape,
labels from the declared closed set, evidence spans inside the text, a
non-flagged signal (not silence) for harmless input, and determinism.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

import pytest
from pydantic import ValidationError

from chatwarden.detect.base import Detector, Signal
from chatwarden.detect.context import Context
from chatwarden.detect.registry import REGISTRY
from chatwarden.events import Event

TS = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def message(text: str, ident: str = "m1", **fields: Any) -> Event:
    return Event(id=ident, type="message", chat="c", user="u1", ts=TS, text=text, **fields)


def run(detector: Detector, text: str, **fields: Any) -> list[Signal]:
    event = message(text, **fields)
    return detector.detect(event, Context.bare(event))


def flagged_labels(detector: Detector, text: str, **fields: Any) -> set[str]:
    return {s.label for s in run(detector, text, **fields) if s.flagged}


class DetectorContract:
    detector: ClassVar[type[Detector]]
    hits: ClassVar[tuple[str, ...]] = ()
    misses: ClassVar[tuple[str, ...]] = ("Привет! Как прошёл день?", "ok, see you tomorrow")

    def make(self) -> Detector:
        return self.detector()

    def test_registered_under_its_name(self) -> None:
        assert REGISTRY[self.detector.name] is self.detector

    def test_params_have_defaults_and_refuse_unknown_keys(self) -> None:
        assert isinstance(self.detector.from_params({}), self.detector)
        with pytest.raises(ValidationError):
            self.detector.Params.model_validate({"no_such_param": 1})

    @pytest.mark.parametrize("which", ["hits", "misses"])
    def test_uniform_result_shape(self, which: str) -> None:
        detector = self.make()
        for text in getattr(self, which):
            signals = run(detector, text)
            assert signals, f"no signal at all for {text!r}"
            for s in signals:
                assert s.detector == detector.name
                assert s.label in detector.labels
                assert 0.0 <= s.score <= 1.0
                assert isinstance(s.flagged, bool)
                for e in s.evidence:
                    assert e.event_id == "m1"
                    if e.start is not None:
                        assert e.end is not None and 0 <= e.start <= e.end <= len(text)
                assert set(s.to_json()) >= {"detector", "label", "score", "flagged", "evidence"}

    def test_hits_are_flagged(self) -> None:
        detector = self.make()
        for text in self.hits:
            assert flagged_labels(detector, text), f"not flagged: {text!r}"

    def test_misses_give_a_non_flagged_signal(self) -> None:
        detector = self.make()
        for text in self.misses:
            signals = run(detector, text)
            assert signals and not any(s.flagged for s in signals), text

    def test_deterministic(self) -> None:
        detector = self.make()
        for text in self.hits + self.misses:
            assert run(detector, text) == run(self.make(), text)
