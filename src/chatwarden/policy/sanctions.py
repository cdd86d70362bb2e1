"""Every kind of action the engine can decide, in one table.

A kind's meaning used to be spread over the schema, the ladder, the decision, the
command roles, the adapters' texts and plans and the report's colours, and it
drifted (a ``suspend`` step validated, was recorded, and did nothing on Telegram).
Now each place reads its column here, and a contract test checks that every kind
becomes, on every adapter, a platform call or a notice to the admins.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Reach = Literal["member", "message", "room", "people"]
"""What the act falls on: the member, one message, the whole room, or only people
(reviewers, the owner, the member being told)."""


@dataclass(frozen=True, slots=True)
class SanctionKind:
    name: str
    recorded: bool
    """Creates a sanction record (counted by ladders, listed by ``ledger sanctions``)."""
    removal: bool
    """Takes the member out of the chat."""
    term: bool
    """Accepts ``term_days`` in a policy."""
    policy: bool
    """May be written as a ladder step in a policy (the rest are the engine's own acts)."""
    least_role: str
    """The least role that may order it by a command (``owner`` for acts of the owner);
    the command desk reads it for the commands named after a kind (``/kick``...)."""
    reach: Reach
    notice: str
    """Key of the member-facing notice in the adapters' texts ("" = no public notice)."""
    colour: str = "#8a8a8a"
    """The report's colour for it."""
    admins: bool = False
    """The admins get a copy of the decision (the owner in private, or the admin chat),
    also where the platform has no act for it."""


KINDS: Final[dict[str, SanctionKind]] = {k.name: k for k in (
    SanctionKind("warning", True, False, False, True, "moderator", "member", "warning", "#f2c14e"),
    SanctionKind("warn", True, False, True, True, "moderator", "member", "warn", "#f78154"),
    SanctionKind("mute", True, False, True, True, "moderator", "member", "mute", "#5fad56"),
    SanctionKind("delete", False, False, False, True, "moderator", "message", "delete", "#9aa0a6"),
    SanctionKind("kick", True, True, False, True, "moderator", "member", "kick", "#4d9078"),
    SanctionKind("ban", True, True, True, True, "admin", "member", "ban", "#b4436c"),
    SanctionKind("suspend", True, False, True, True, "admin", "member", "suspend", "#6c5b7b"),
    SanctionKind("suspend_room", False, False, True, True, "admin", "room", "suspend_room", "#355c7d",
                 admins=True),
    SanctionKind("refer_law_enforcement", False, False, False, True, "owner", "people", "",
                 "#2c3e50", admins=True),
    SanctionKind("review", False, False, False, True, "member", "people", "", admins=True),
    SanctionKind("notify_owner", False, False, False, True, "member", "people", "", admins=True),
    SanctionKind("pardon", False, False, False, False, "admin", "member", "pardon", "#3a9d5d"),
    SanctionKind("refuse", False, False, False, False, "member", "people", ""),
)}

RECORDED: Final = frozenset(k for k, v in KINDS.items() if v.recorded)
REMOVALS: Final = frozenset(k for k, v in KINDS.items() if v.removal)
TERMED: Final = frozenset(k for k, v in KINDS.items() if v.term)
POLICY_KINDS: Final = tuple(k for k, v in KINDS.items() if v.policy)
NOTICED: Final = frozenset(k for k, v in KINDS.items() if v.notice)
"""Kinds a member is told of publicly (a decision holding one gets a notice)."""
TOLD: Final = frozenset(k for k, v in KINDS.items() if v.admins)
"""Kinds the admins are told of (a decision holding one gets the admins' copy)."""
COLOURS: Final = {k: v.colour for k, v in KINDS.items() if v.recorded or v.removal}
"""The report's colours of the sanctions it charts."""
