"""Per-chat budgets of costly detector work, and how a restart finds them again.

Any detector may hold a :class:`Budget` (the judgement cascade holds one per model
stage, the policy judge one for its calls); the engine collects them with
:func:`budgets_of` and the ledger stores and restores them, so budgets are part of
what "restart equals no restart" covers without the engine knowing which detector
spends what.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any


class Budget:
    """A token bucket per chat: ``per_minute`` expensive calls, bursts up to ``burst``.

    Refilled from the event's own timestamp, not the wall clock, so the same
    chat export replays to the same decisions. The engine hands each event's spending to
    the ledger with the event (:meth:`settle`) and puts a chat's bucket back from the
    ledger before it first judges there (:meth:`restore`), so a restart spends a budget as
    an uninterrupted run would.
    """

    def __init__(self, per_minute: float, burst: int) -> None:
        self.per_minute = per_minute
        self.burst = burst
        self._state: dict[str, tuple[float, datetime | None]] = {}
        self._dirty: set[str] = set()

    def settle(self, chat: str) -> tuple[float, datetime | None] | None:
        """The chat's bucket (tokens, last refill) if it changed since the last call, else None."""
        if chat not in self._dirty:
            return None
        self._dirty.discard(chat)
        return self._state[chat]

    def restore(self, chat: str, saved: tuple[float, datetime | None] | None) -> None:
        """Put back the bucket the ledger saved (None: a chat that never spent: a full one)."""
        self._dirty.discard(chat)
        if saved is None:
            self._state.pop(chat, None)
        else:
            self._state[chat] = saved

    def take(self, chat: str, now: datetime | None) -> bool:
        """Spend one call of ``chat``'s bucket at event time ``now``, if one is left.

        The bucket's time only moves forward: a late event (a held update decided after
        newer ones, an edit, an export out of order) refills nothing and does not set the
        clock back, or the next event would be refilled again for minutes already
        counted, and what the budget allows would depend on arrival order, not event time.
        """
        if self.per_minute <= 0:
            return False
        tokens, last = self._state.get(chat, (float(self.burst), None))
        if now is not None and last is not None:
            elapsed = max(0.0, (now - last).total_seconds())
            tokens = min(float(self.burst), tokens + elapsed * self.per_minute / 60.0)
        stamp = now if last is None or (now is not None and now > last) else last
        self._dirty.add(chat)
        if tokens < 1.0:
            self._state[chat] = (tokens, stamp)
            return False
        self._state[chat] = (tokens - 1.0, stamp)
        return True


def budgets_of(detectors: Iterable[Any]) -> dict[str, Budget]:
    """Every :class:`Budget` the detectors hold, under a name stable across runs of a policy.

    The name is the detector's, a digest of its params and the attribute path
    (``toxicity:1a2b3c4d5e:cascade.embed_budget``): the same policy finds its budgets
    again after a restart, whichever detector (the cascade, the policy judge) holds them.
    """
    found: dict[str, Budget] = {}
    for det in detectors:
        params = getattr(det, "params", None)
        dump = params.model_dump_json() if params is not None else ""
        digest = hashlib.sha1(dump.encode(), usedforsecurity=False).hexdigest()[:10]
        for path, budget in _walk(det, "", 0, set()):
            found[f"{getattr(det, 'name', type(det).__name__)}:{digest}:{path}"] = budget
    return found


def _walk(obj: Any, path: str, depth: int, seen: set[int]) -> Iterator[tuple[str, Budget]]:
    """Budgets among ``obj``'s attributes and those of the Chatwarden objects it holds."""
    if depth > 3 or id(obj) in seen or not hasattr(obj, "__dict__"):
        return
    seen.add(id(obj))
    for name, value in sorted(vars(obj).items()):
        where = f"{path}.{name}" if path else name
        if isinstance(value, Budget):
            yield where, value
        elif type(value).__module__.startswith("chatwarden.detect"):
            yield from _walk(value, where, depth + 1, seen)
