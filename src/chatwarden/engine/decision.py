"""What the engine concludes: decisions made of actions, each explained and citable.

``Decision.to_json`` is the public ``replay --json`` contract: ``event``, ``user``,
``rules``, ``actions`` (``type``, ``term_days``?, ``until``?) and ``citation`` are
never renamed; later versions only add keys. ``from_json`` reads that form back
(the outbox stores it), so adapters work on typed decisions, not dicts; keys it
does not know are ignored, as a reader of a later version's output should.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from chatwarden.detect.base import Evidence, Signal
from chatwarden.policy.sanctions import REMOVALS  # noqa: F401  (re-exported for the engine)


@dataclass(frozen=True, slots=True)
class Action:
    """One effect for an adapter to carry out; remembers nothing of the platform."""

    type: str
    term_days: float | None = None
    until: datetime | None = None
    message: str | None = None
    """The message an action is about (the one to delete, the one a notice replies to)."""
    note: str | None = None
    """Free text for the member or the reviewer: the template sent back, a refusal reason."""
    conflict: bool = False
    sanction_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type}
        if self.term_days is not None:
            out["term_days"] = self.term_days
        if self.until is not None:
            out["until"] = self.until.isoformat()
        if self.message is not None:
            out["message"] = self.message
        if self.note:
            out["note"] = self.note
        if self.conflict:
            out["conflict"] = True
        if self.sanction_id is not None:
            out["sanction_id"] = self.sanction_id
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Action:
        until = data.get("until")
        return cls(data["type"], data.get("term_days"),
                   datetime.fromisoformat(until) if until else None, data.get("message"),
                   data.get("note"), bool(data.get("conflict", False)), data.get("sanction_id"))


@dataclass(slots=True)
class Decision:
    """The engine's conclusion for one event (or scheduled job) and one affected member."""

    event: str
    chat: str
    user: str
    ts: datetime
    rules: list[str]
    actions: list[Action]
    citation: str = ""
    steps: list[int] = field(default_factory=list)
    explanation: str = ""
    signals: list[Signal] = field(default_factory=list)
    actor: str | None = None
    mode: str = "auto"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "event": self.event,
            "user": self.user,
            "rules": self.rules,
            "actions": [a.to_json() for a in self.actions],
            "citation": self.citation,
            "chat": self.chat,
            "ts": self.ts.isoformat(),
            "mode": self.mode,
        }
        if self.steps:
            out["steps"] = self.steps
        if self.explanation:
            out["explanation"] = self.explanation
        if self.signals:
            out["evidence"] = [s.to_json() for s in self.signals]
        if self.actor is not None:
            out["actor"] = self.actor
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Decision:
        """The decision :meth:`to_json` wrote (``chat``/``ts`` are there since the outbox)."""
        return cls(
            data["event"], data["chat"], data["user"], datetime.fromisoformat(data["ts"]),
            list(data.get("rules", [])), [Action.from_json(a) for a in data.get("actions", [])],
            data.get("citation", ""), list(data.get("steps", [])), data.get("explanation", ""),
            [_signal(s) for s in data.get("evidence", [])], data.get("actor"),
            data.get("mode", "auto"))


def _signal(data: dict[str, Any]) -> Signal:
    return Signal(data["detector"], data["label"], data["score"], data["flagged"],
                  data.get("explanation", ""),
                  tuple(Evidence(e["event"], e.get("start"), e.get("end"), e.get("note"))
                        for e in data.get("evidence", [])),
                  tuple(data.get("members", ())))
