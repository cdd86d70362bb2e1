"""The engine's working memory: members, offences, sanctions, complaints per chat.

The ledger loads it at start and persists what changed after each batch
(``State.changes``); the engine itself never touches storage, so the same
state, event and clock always give the same decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from chatwarden.detect.context import ChatWindows, MemberFacts, RemovedMember
from chatwarden.events import ROLES


@dataclass(slots=True)
class Member:
    chat: str
    user: str
    role: str = "member"
    exempt: bool = False
    permits: set[str] = field(default_factory=set)
    first_seen: datetime | None = None
    joined_at: datetime | None = None
    last_active: datetime | None = None
    joins: int = 0
    returns: int = 0
    present: bool = True
    removed_for_conflict: bool = False
    banned: bool = False
    activity: dict[date, int] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)
    """Display names and usernames the platform reported (a few), for ban evasion."""
    first_messages: list[str] = field(default_factory=list)

    def at_least(self, role: str) -> bool:
        return ROLES.index(self.role) >= ROLES.index(role)

    def facts(self) -> MemberFacts:
        return MemberFacts(self.role, self.joined_at, frozenset(self.permits))

    def removed(self) -> RemovedMember:
        return RemovedMember(self.user, tuple(self.names), tuple(self.first_messages))

    def messages_between(self, start: date, end: date) -> int:
        return sum(n for day, n in self.activity.items() if start <= day <= end)

    def trim_activity(self, keep_from: date) -> None:
        for day in [d for d in self.activity if d < keep_from]:
            del self.activity[day]


@dataclass(slots=True)
class Offence:
    """One application of a rule's ladder to a member: what recidivism counts."""

    id: int
    chat: str
    user: str
    rule_id: str
    step: int
    ts: datetime
    event_id: str
    lifted_at: datetime | None = None


@dataclass(slots=True)
class Sanction:
    id: int
    chat: str
    user: str
    type: str
    start: datetime
    event_id: str
    rule_id: str | None = None
    offence_id: int | None = None
    term_days: float | None = None
    until: datetime | None = None
    conflict: bool = False
    lifted_at: datetime | None = None
    lifted_by: str | None = None
    expired: bool = False

    def active(self, now: datetime) -> bool:
        return self.lifted_at is None and (self.until is None or self.until > now)


@dataclass(slots=True)
class Complaint:
    id: int
    chat: str
    reporter: str
    target: str
    ts: datetime
    event_id: str
    fields: dict[str, str]
    counted: bool


@dataclass(slots=True)
class Appeal:
    id: int
    chat: str
    user: str
    sanction_id: int | None
    text: str
    ts: datetime
    event_id: str
    status: str = "open"


@dataclass(slots=True)
class ChatState:
    chat: str
    members: dict[str, Member] = field(default_factory=dict)
    offences: dict[str, list[Offence]] = field(default_factory=dict)
    sanctions: dict[str, list[Sanction]] = field(default_factory=dict)
    complaints: dict[str, list[Complaint]] = field(default_factory=dict)
    appeals: dict[int, Appeal] = field(default_factory=dict)
    authors: dict[str, str] = field(default_factory=dict)
    """Message id → author, so a command in reply to a message finds its target."""
    jobs: dict[str, datetime] = field(default_factory=dict)
    """Scheduled job name → the last time it ran (virtual time)."""
    windows: ChatWindows = field(default_factory=ChatWindows)


AUTHORS_KEPT = 50_000
NAMES_KEPT = 5
FIRST_MESSAGES_KEPT = 5


@dataclass(slots=True)
class Changes:
    """What changed since the last flush; the ledger writes exactly this."""

    members: dict[tuple[str, str], Member] = field(default_factory=dict)
    offences: dict[int, Offence] = field(default_factory=dict)
    sanctions: dict[int, Sanction] = field(default_factory=dict)
    complaints: dict[int, Complaint] = field(default_factory=dict)
    appeals: dict[int, Appeal] = field(default_factory=dict)
    jobs: dict[tuple[str, str], datetime] = field(default_factory=dict)
    markers: dict[tuple[str, str, str], tuple[str, int]] = field(default_factory=dict)
    """(chat, user, detector key) → the last event an offence consumed, and its window number."""
    created: set[tuple[str, int]] = field(default_factory=set)
    """(kind, id) of the numbered records above that are new: the ledger INSERTs these (a
    clash is an error) and UPDATEs the others, which must already exist. Never an upsert,
    so no record can silently replace another."""
    new_members: set[tuple[str, str]] = field(default_factory=set)
    windowed: dict[str, tuple[int, bool | None]] = field(default_factory=dict)
    """Event id → its number in the chat's windows (messages) or joins (with the returning
    flag): what a restart needs to rebuild the windows exactly."""
    join_chats: set[str] = field(default_factory=set)
    """Chats whose join window moved (its oldest join is stored)."""
    audit: list[tuple[datetime, str, str | None, str, str | None, str | None, dict]] = field(
        default_factory=list)
    """(ts, kind, event_id, chat, actor, user, payload) rows for the append-only log."""

    def clear(self) -> None:
        for part in (self.members, self.offences, self.sanctions, self.complaints, self.appeals,
                     self.jobs, self.markers, self.created, self.new_members, self.windowed,
                     self.join_chats):
            part.clear()
        self.audit.clear()


class State:
    """All chats' working memory plus the id counters the ledger continues from.

    The counters start from the ledger's highest committed id, read after the writer lock
    is taken (``Ledger.acquire_writer``): only one process ever numbers records of a
    ledger, and numbering is dense and deterministic, so a resumed replay gives every
    record the number an uninterrupted one would.
    """

    def __init__(self) -> None:
        self.chats: dict[str, ChatState] = {}
        self.changes = Changes()
        self.next_id = {"offence": 1, "sanction": 1, "complaint": 1, "appeal": 1}
        self.expiring: list[tuple[datetime, int, str, str]] = []
        """A heap of (until, sanction id, chat, user) for the expiry job."""

    def chat(self, chat: str) -> ChatState:
        state = self.chats.get(chat)
        if state is None:
            state = self.chats[chat] = ChatState(chat)
        return state

    def new_id(self, kind: str) -> int:
        """A number for a new record of ``kind`` (marked new: the ledger will insert it)."""
        ident = self.next_id[kind]
        self.next_id[kind] = ident + 1
        self.changes.created.add((kind, ident))
        return ident

    def touch(self, member: Member, *, new: bool = False) -> None:
        key = (member.chat, member.user)
        self.changes.members[key] = member
        if new:
            self.changes.new_members.add(key)

    def audit(self, ts: datetime, kind: str, chat: str, payload: dict, *, event_id: str | None = None,
              actor: str | None = None, user: str | None = None) -> None:
        self.changes.audit.append((ts, kind, event_id, chat, actor, user, payload))


def week_start(day: date, days: int = 7) -> date:
    return day - timedelta(days=days - 1)
