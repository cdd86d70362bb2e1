"""Refuse absurd event times before they reach the engine: the clock, and isolated spikes.

A replay runs scheduled jobs (weekly purges, inactivity) whenever an event's time
passes them, so one line with a wrong year kicks every quiet member, and a
year-9999 line runs every purge in between. Two checks, both streaming:

* an event more than :data:`AHEAD` after the current time is refused;
* an isolated outlier is refused: an event more than :data:`SPIKE` away from the
  chat's previous event *and*, on the same side, from the median of the chat's
  next :data:`FOLLOWERS` events. A chat that really was quiet for years has its
  later events on the far side too (a step, not a spike), so a genuine
  multi-year history passes; the first and last event of a chat have one
  neighbour only and are held to the clock alone.
"""

from __future__ import annotations

import statistics
from collections import deque
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Final

from chatwarden.errors import InputError, Where
from chatwarden.events import Event

AHEAD: Final = timedelta(days=1)
"""How far past the clock an event may be (time zones, a skewed clock) before it is refused."""
SPIKE: Final = timedelta(days=7)
"""How far one event may stand from both neighbours: more than a purge cycle, and room for
producers that write a late edit next to its message."""
FOLLOWERS: Final = 5
"""Events of the same chat after a suspect whose median says where the chat's time really is."""
HELD: Final = 512
"""Events held at most while waiting for those followers (memory stays bounded)."""

Located = tuple[Where, Event]


def screen_times(items: Iterable[Located | InputError], now: datetime | None = None
                 ) -> Iterator[Event | InputError]:
    """Pass events in order; turn clock-defying and isolated-outlier times into :class:`InputError`."""
    limit = (now or datetime.now(UTC)) + AHEAD
    last: dict[str, datetime] = {}
    held: deque[Located | InputError] = deque()

    def decide(item: Located | InputError, final: bool) -> Event | InputError | None:
        """The head's fate, or ``None`` while its followers are still to come."""
        if isinstance(item, InputError):
            return item
        where, event = item
        prev = last.get(event.chat)
        if prev is None or abs(event.ts - prev) <= SPIKE:
            last[event.chat] = event.ts
            return event
        after = [e.ts for _, e in (h for h in held if not isinstance(h, InputError))
                 if e.chat == event.chat and e is not event][:FOLLOWERS]
        if len(after) < FOLLOWERS and not final and len(held) < HELD:
            return None
        if after:
            mid = statistics.median_low(after)
            if abs(event.ts - mid) > SPIKE and (event.ts > prev) == (event.ts > mid):
                side = "after" if event.ts > prev else "before"
                return InputError(Where(where.file, where.line, "ts", event.id, where.at),
                                  f"{event.ts.isoformat()} is {_days(event.ts - prev)} {side} the "
                                  f"chat's previous event ({prev.isoformat()}) and its next ones "
                                  f"({mid.isoformat()}): a wrong date?")
        last[event.chat] = event.ts
        return event

    def release(final: bool) -> Iterator[Event | InputError]:
        while held:
            out = decide(held[0], final)
            if out is None:
                return
            held.popleft()
            yield out

    for item in items:
        if not isinstance(item, InputError) and item[1].ts > limit:
            where, event = item
            item = InputError(Where(where.file, where.line, "ts", event.id, where.at),
                              f"{event.ts.isoformat()} is {_days(event.ts - limit + AHEAD)} "
                              "after the current time")
        held.append(item)
        yield from release(final=False)
    yield from release(final=True)


def _days(delta: timedelta) -> str:
    days = abs(delta).total_seconds() / 86400
    return f"{days:,.0f} days" if days >= 2 else f"{abs(delta).total_seconds() / 3600:,.0f} hours"
