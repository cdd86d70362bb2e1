"""What each detector costs: microseconds per message alone, and the heuristic chain's
messages per second on one core; and what a whole policy costs on real chat text.

Messages are fed through real context windows (as the engine feeds them), so
stateful detectors do their real work. Every text cache is cleared before each
measurement: a detector alone pays for its own normalization; in the chain the
first detector pays and the rest share it, as in production. Texts repeat only
as often as the corpus repeats them.
"""

from __future__ import annotations

import random
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from chatwarden.detect import linkfind, normalize, spam_patterns
from chatwarden.detect.base import Detector
from chatwarden.detect.context import ChatWindows, Context, Join, MemberFacts, remember, remember_join
from chatwarden.detect.registry import REGISTRY
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime

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
    for fn in (normalize.normalize, normalize.normalize_with_edge_bangs, normalize.clean,
               linkfind.find_links, spam_patterns.pattern_hits):
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


# -- the whole policy on real text ----------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReplayCost:
    """What a replay of real chat cost: throughput, latency per event, cascade stages."""

    events: int
    messages: int
    startup: float
    """Seconds to build the runtime and decide the first event (lazy model loads)."""
    seconds: float
    """Seconds for the rest, ledger writes included."""
    cpu_seconds: float
    """CPU time of this process for the rest: what the work costs when others share the cores."""
    p50_ms: float
    p99_ms: float
    stages: dict[str, int]
    """How many texts reached each cascade stage (``judged``: texts the cascade saw)."""

    @property
    def per_second(self) -> float:
        return (self.events - 1) / self.seconds if self.seconds else 0.0

    @property
    def per_cpu_second(self) -> float:
        return (self.events - 1) / self.cpu_seconds if self.cpu_seconds else 0.0


def real_chat(texts: Sequence[str], chats: int, seed: int = 7) -> list[Event]:
    """``texts`` dealt round-robin over ``chats`` chats of established members at daytime
    pace (see :mod:`chatwarden.evaluation.realdata`), merged in time order."""
    from chatwarden.evaluation.realdata import synthetic_chat

    streams = [synthetic_chat(texts[c::chats], f"chat{c}", members=60, seed=seed + c)
               for c in range(chats) if texts[c::chats]]
    return sorted((e for s in streams for e in s), key=lambda e: e.ts)


def _record_stages(detectors: Iterable[Detector], stages: Counter[str]) -> None:
    """Count the stages each judged text went through, as the cascade reports them in its
    :class:`Judgement` (the cascade itself is left as it is)."""
    from chatwarden.detect.judge.cascade import Cascade, Judgement

    for detector in detectors:
        cascade = getattr(detector, "cascade", None)
        if not isinstance(cascade, Cascade):
            continue
        judge = cascade.judge

        def recording(text: str, chat: str = "", now: datetime | None = None,
                      _judge: Callable[..., Judgement] = judge, **kw: Any) -> Judgement:
            judgement = _judge(text, chat, now, **kw)
            stages.update(judgement.stages)
            stages["judged"] += 1
            return judgement

        setattr(cascade, "judge", recording)  # noqa: B010 - an instance attribute, on purpose


def replay_cost(policy: Policy, events: Sequence[Event]) -> ReplayCost:
    """Replay ``events`` through ``policy`` the way ``chatwarden replay`` does (in-memory
    ledger), timing every event."""
    ledger = Ledger("sqlite://")
    stages: Counter[str] = Counter()
    start = time.perf_counter()
    runtime = Runtime(policy, ledger, batch=1000)
    runtime.warm()  # the models load in the start-up this reports, not inside the timed events
    _record_stages(runtime.engine.rules.detectors(), stages)
    latencies: list[float] = []
    cpu = 0.0
    try:
        for i, event in enumerate(events):
            t0 = time.perf_counter()
            if i == 1:
                cpu = time.process_time()
            runtime.handle(event)
            latencies.append(time.perf_counter() - t0)
        runtime.flush()
    finally:
        ledger.close()
    total = time.perf_counter() - start
    cpu = time.process_time() - cpu if len(events) > 1 else 0.0
    startup = latencies[0] + (total - sum(latencies))
    rest = sorted(latencies[1:]) or [0.0]
    return ReplayCost(len(events), sum(e.type == "message" for e in events), startup,
                      total - startup, cpu, rest[len(rest) // 2] * 1e3,
                      rest[min(len(rest) - 1, int(len(rest) * 0.99))] * 1e3, dict(stages))
