"""The detector interface: one normalized event in, one uniform result out.

A detector is a small class with its metadata on the class (``name``,
``labels``, a pydantic ``Params`` model) and one method, :meth:`Detector.detect`,
a pure function of the event and the recent context the engine keeps. It never
acts on a platform and never decides a sanction: rules decide, adapters act.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from pydantic import BaseModel, ConfigDict

if TYPE_CHECKING:
    from chatwarden.detect.context import Context
    from chatwarden.events import Event


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a finding is: an event and, for text, a span of what the member wrote.

    ``start``/``end`` index the *original* text (not a normalized copy), so a
    moderator sees exactly the characters that were judged. ``note`` is a safe
    description (e.g. "phone number, 11 digits"): sensitive values are never copied.
    """

    event_id: str
    start: int | None = None
    end: int | None = None
    note: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"event": self.event_id}
        if self.start is not None:
            out["start"], out["end"] = self.start, self.end
        if self.note:
            out["note"] = self.note
        return out


@dataclass(frozen=True, slots=True)
class Signal:
    """One detector finding, also when nothing was found (``flagged`` false, score 0)."""

    detector: str
    label: str
    score: float
    flagged: bool
    explanation: str = ""
    evidence: tuple[Evidence, ...] = ()
    members: tuple[str, ...] = field(default=())
    """Other members implicated (raiders, a company that joined together)."""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "detector": self.detector,
            "label": self.label,
            "score": round(self.score, 4),
            "flagged": self.flagged,
            "evidence": [e.to_json() for e in self.evidence],
        }
        if self.explanation:
            out["explanation"] = self.explanation
        if self.members:
            out["members"] = list(self.members)
        return out


class NoParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Detector(ABC):
    """Base of every detector. Subclasses set the class metadata and ``detect``.

    ``event_types`` lets the engine skip a detector cheaply for events it cannot
    judge. ``stateful`` detectors read the windows of :class:`Context`; the others
    see only the event, so ``chatwarden scan`` can run them on bare texts.
    """

    name: ClassVar[str]
    labels: ClassVar[tuple[str, ...]]
    Params: ClassVar[type[BaseModel]] = NoParams
    event_types: ClassVar[frozenset[str]] = frozenset({"message", "edit"})
    stateful: ClassVar[bool] = False
    description: ClassVar[str] = ""

    def __init__(self, params: BaseModel | None = None) -> None:
        self.params = params if params is not None else self.Params()

    @classmethod
    def from_params(cls, raw: dict[str, Any] | None) -> Detector:
        return cls(cls.Params.model_validate(raw or {}))

    @abstractmethod
    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        """Findings for ``event``; an empty list only when the event is out of scope."""

    def warm(self) -> None:
        """Load now what :meth:`detect` would load on first use (a model, a list).

        Detectors load lazily so a scan or a test that never needs a model never pays for
        it; a long-running process calls this before its first event instead, so the first
        message that needs a model is not the one that waits seconds for it. Changes no
        finding. The default has nothing to load."""
        return None

    def miss(self, label: str | None = None, explanation: str = "") -> Signal:
        """The uniform 'nothing found' result (shared: signals are immutable)."""
        key = (label, explanation)
        cache = self.__dict__.setdefault("_misses", {})
        found = cache.get(key)
        if found is None:
            found = cache[key] = Signal(self.name, label or self.labels[0], 0.0, False, explanation)
        return found
