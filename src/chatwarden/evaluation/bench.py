"""What each detector costs: microseconds per message alone, and the heuristic chain's
messages per second on one core.

Messages are fed through real context windows (as the engine feeds them), so
stateful detectors do their real work. Every text cache is cleared before each
measurement: a detector alone pays for its own normalization; in the chain the
first detector pays and the rest share it, as in production. Texts repeat only
as often as the corpus repeats them.
"""

from __future__ import annotations

import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from chatwarden.detect import linkfind, normalize, spam_patterns
from chatwarden.detect.base import Detector
from chatwarden.detect.context import ChatWindows, Context, Join, MemberFacts, remember, remember_join
from chatwarden.detect.registry import REGISTRY
from chatwarden.events import Event

HEURISTIC = ("reply", "repeats", "flood", "raid", "company", "bot_usage",
             "command_spam", "links", "pii", "advertising", "spam", "companions", "ban_evasion")
"""The full heuristic chain: every registered detector except the ML judgement models
(and the ``role``/``permit`` facts, which need per-policy parameters and cost nothing)."""
PARAMS = {"bot_usage": {"bots": ["Зазывала"]}}
"""Parameters for detectors that have no defaults, as the Клинт policy sets them."""
START = datetime(2026, 9, 7, 8, 0, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Cost:
    name: str
    micros: float


def clear_caches() -> None:
    for fn in (normalize.normalize, normalize.clean, linkfind.find_links,
               spam_patterns.pattern_hits):
        fn.cache_clear()


def events_from(texts: Sequence[str], users: int = 60, seed: int = 7) -> list[Event]:
    """Chat traffic from texts: members join first, then talk in a random order."""
    rng = random.Random(seed)
    out: list[Event] = []
    ts = START
    for u in range(users):
        ts += timedelta(seconds=20)
        out.append(Event(f"j{u}", "join", "bench", f"u{u}", ts, invite_link=f"t.me/+{u % 7}"))
    for i, text in enumerate(texts):
        ts += timedelta(seconds=rng.randint(1, 30))
        reply = out[-1].id if i and rng.random() < 0.3 and out[-1].type == "message" else None
        out.append(Event(f"m{i}", "message", "bench", f"u{rng.randrange(users)}", ts, text=text,
                         reply_to=reply))
    return out


def _feed(detectors: Sequence[Detector], events: Sequence[Event]) -> tuple[int, float]:
    """(messages judged, seconds spent in detectors), windows kept as the engine keeps them."""
    windows = ChatWindows()
    facts = MemberFacts()
    spent = 0.0
    messages = 0
    for event in events:
        if event.type == "join":
            remember_join(windows, Join(event.user, event.ts, event.invite_link,
                                        event.invited_by, False))
        else:
            remember(windows, event)
            messages += 1
        ctx = Context(windows, event.user, event.ts, facts)
        start = time.perf_counter()
        for detector in detectors:
            if event.type in detector.event_types:
                detector.detect(event, ctx)
        spent += time.perf_counter() - start
    return messages, spent


def _best(detectors: Sequence[Detector], events: Sequence[Event], repeat: int) -> float:
    """Seconds per message, the best of ``repeat`` runs (other processes only add time)."""
    best = float("inf")
    for _ in range(repeat):
        clear_caches()
        messages, spent = _feed(detectors, events)
        best = min(best, spent / max(messages, 1))
    return best


def measure(events: Sequence[Event], names: Sequence[str] = HEURISTIC,
            repeat: int = 3) -> tuple[list[Cost], float]:
    """Per-detector µs/message and the chain's messages/second."""
    detectors = [REGISTRY[n].from_params(PARAMS.get(n)) for n in names if n in REGISTRY]
    _feed(detectors, events[: min(len(events), 200)])  # warm lazy loads (lists, models)
    costs = [Cost(d.name, _best([d], events, repeat) * 1e6) for d in detectors]
    per_message = _best(detectors, events, repeat)
    return costs, 1 / per_message if per_message else 0.0
