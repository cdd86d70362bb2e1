"""The one interface a chat platform implements to carry decisions out.

A platform turns a typed :class:`~chatwarden.engine.decision.Decision` into an
ordered list of :class:`Step` (pure: the plan is stored before anything runs, so
a restart resumes the same calls), performs one step, and, when a step's answer
was lost, says whether it already took effect. The outbox worker
(``delivery.outbox``) owns ordering, retries, lanes and bookkeeping; a platform
never touches the ledger.

Steps whose method starts with ``chatwarden.`` (:data:`LOCAL`) are the worker's own
(evidence kept, a referral bundle written) and never reach a platform.

Every kind in :data:`chatwarden.policy.sanctions.KINDS` must map, on every
platform, to a platform call or a notice to the admins (``tests/delivery``
checks this for each registered platform).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Protocol, runtime_checkable

from chatwarden.engine.decision import Decision

LOCAL = "chatwarden."
"""Prefix of the steps the worker performs itself, not the platform."""


@dataclass(frozen=True, slots=True)
class Step:
    """One platform call of an outbox row, in the order it must run (stored as JSON)."""

    method: str
    params: dict[str, Any]


class Outcome(Enum):
    DONE = "done"
    """The platform confirmed the step."""
    FINAL = "final"
    """Refused for good (the member left, no rights): recorded as the row's error."""
    RETRY = "retry"
    """Refused for now (rate limit, server trouble): try again after ``wait`` seconds."""
    UNKNOWN = "unknown"
    """No answer came: the step may or may not have taken effect."""


@dataclass(frozen=True, slots=True)
class Result:
    outcome: Outcome
    detail: str = ""
    wait: float = 0.0


@dataclass(slots=True)
class Rights:
    """What the bot may do in a chat, and who owns it (from the platform)."""

    chat: str
    owner: str | None = None
    title: str | None = None
    missing: list[str] = field(default_factory=list)
    """Rights the bot lacks there; any missing means shadow mode (tell admins, act not)."""


@runtime_checkable
class Platform(Protocol):
    name: str
    """Short stable name ("telegram", "matrix"): names the adapter's tables and lanes."""

    def plan(self, decision: Decision, rights: Rights | None) -> list[Step]:
        """The calls that carry ``decision`` out, restrictions and removals first. Pure."""
        ...

    async def perform(self, step: Step) -> Result:
        """Make one call; never raises for platform or network trouble (a Result says it)."""
        ...

    async def settled(self, step: Step) -> bool | None:
        """After a lost answer: True when the step already took effect, False when it must
        run again, None when the platform cannot tell (a message: never sent twice)."""
        ...

    async def rights(self, chat: str) -> Rights:
        """The bot's rights and the chat's owner, asked of the platform (or its stored copy).

        Raises :class:`LookupError` while the platform cannot tell yet (a group whose
        administrators were never read): the worker plans the chat's rows later, since
        a plan is fixed for good and one made blind would tell nobody."""
        ...
