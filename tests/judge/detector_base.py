"""A shared test base every detector's tests inherit: the contract of ``Detector``.

A subclass names the class under test, a few texts it must flag and a few it must
not, with the label expected. The base checks what every detector owes the engine:
metadata on the class, valid default params, a uniform result (a signal per
judged event, only known labels, scores within 0..1, evidence on flags, spans
inside the text), and silence on events out of scope.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import ClassVar

from chatwarden.detect.base import Detector, Signal
from chatwarden.detect.context import Context
from chatwarden.events import Event

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def message(text: str | None = None, ident: str = "e1", **fields: object) -> Event:
    return Event(id=ident, type="message", chat="c", user="u1", ts=T0, text=text,
                 **fields)  # type: ignore[arg-type]


class DetectorContract:
    detector: ClassVar[type[Detector]]
    params: ClassVar[dict[str, object]] = {}
    flags: ClassVar[list[tuple[str, str]]] = []
    """(text, label) pairs that must flag."""
    clean: ClassVar[list[tuple[str, str]]] = []
    """(text, label) pairs that must not flag."""

    def make(self) -> Detector:
        return self.detector.from_params(self.params)

    def judge(self, text: str) -> dict[str, Signal]:
        ev = message(text)
        return {s.label: s for s in self.make().detect(ev, Context.bare(ev))}

    def test_metadata(self) -> None:
        cls = self.detector
        assert cls.name and cls.name == cls.name.strip()
        assert cls.labels and len(set(cls.labels)) == len(cls.labels)
        assert cls.description
        cls.Params()  # defaults are valid

    def test_uniform_result(self) -> None:
        det = self.make()
        for text, _ in self.flags + self.clean:
            ev = message(text)
            for s in det.detect(ev, Context.bare(ev)):
                assert s.detector == det.name
                assert s.label in det.labels
                assert 0.0 <= s.score <= 1.0
                if s.flagged:
                    assert s.evidence, f"{s.label} flagged without evidence"
                for e in s.evidence:
                    assert e.event_id == ev.id
                    if e.start is not None:
                        assert 0 <= e.start < e.end <= len(text)
                s.to_json()

    def test_flags(self) -> None:
        for text, label in self.flags:
            found = self.judge(text)
            assert label in found and found[label].flagged, (text, label, found.get(label))

    def test_clean(self) -> None:
        for text, label in self.clean:
            found = self.judge(text)
            assert label not in found or not found[label].flagged, (text, found[label])

    def test_nothing_to_judge_flags_nothing(self) -> None:
        ev = message(None)
        assert not any(s.flagged for s in self.make().detect(ev, Context.bare(ev)))
