"""Judging texts outside any chat: the engine room of ``chatwarden scan``.

Input is JSON Lines with ``id`` and ``text`` (other fields are ignored) or plain
lines (the id is then the line number). Each text becomes a bare message event
and goes through the chosen detectors with no history (:meth:`Context.bare`),
so only detectors that need no history are offered by default.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from chatwarden.detect.base import Detector
from chatwarden.detect.context import Context
from chatwarden.detect.registry import REGISTRY, Registry
from chatwarden.errors import InputError, Where
from chatwarden.events import Event

TEXT_DETECTORS = ("links", "pii", "advertising", "spam")
"""What ``scan`` runs unless told otherwise: the content detectors that need no history."""
EPOCH = datetime(2026, 1, 1, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Text:
    id: str
    text: str


def read_texts(path: Path) -> Iterator[Text]:
    """Texts from a JSON Lines or plain-lines file; a bad JSON line is an :class:`InputError`."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            stripped = line.strip()
            if not stripped:
                continue
            if stripped.startswith("{"):
                try:
                    raw = json.loads(stripped)
                except json.JSONDecodeError as exc:
                    raise InputError(Where(str(path), n), f"invalid JSON: {exc.msg}") from None
                text = raw.get("text")
                if not isinstance(text, str):
                    raise InputError(Where(str(path), n, "text"), "must be a string")
                yield Text(str(raw.get("id", n)), text)
            else:
                yield Text(str(n), line.rstrip("\n"))


def pick(names: Sequence[str] | None, registry: Registry = REGISTRY) -> list[Detector]:
    """Detector instances by name (default :data:`TEXT_DETECTORS`); unknown names get
    a "did you mean" hint."""
    chosen = list(names) if names else list(TEXT_DETECTORS)
    out = []
    for name in chosen:
        if name not in registry:
            hint = difflib.get_close_matches(name, registry.names(), n=1)
            tip = f" (did you mean '{hint[0]}'?)" if hint else ""
            known = ", ".join(registry.names())
            raise InputError(Where(None, None, "detectors"),
                             f"unknown detector '{name}'{tip}; known: {known}")
        out.append(registry[name]())
    return out


def lone_event(ident: str, text: str) -> Event:
    """A message judged outside any chat. Each is a chat of its own: per-chat budgets (the
    cascade's model stages, 30 texts at once) would otherwise run dry after the 30th text of
    a scan, and every later text would be judged without its models."""
    return Event(id=ident, type="message", chat=f"scan:{ident}", user="scan", ts=EPOCH, text=text)


def scan_one(detectors: Sequence[Detector], item: Text) -> dict[str, Any]:
    """The public result for one text: ``{"id", "signals": [...]}``."""
    event = lone_event(item.id, item.text)
    ctx = Context.bare(event)
    signals = []
    for detector in detectors:
        signals += [s.to_json() for s in detector.detect(event, ctx)]
    return {"id": item.id, "signals": signals}
