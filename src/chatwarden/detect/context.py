"""Recent context the engine keeps in memory for stateful detectors.

Windows are bounded deques, so the work per event is O(1) whatever the chat's
history. A *marker* per (member, detector key) lets a rule "consume" the
messages that formed an offence: the next offence needs fresh evidence, so one
burst of stickers is one violation, not one per sticker.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from chatwarden.events import Event

USER_WINDOW = 32
CHAT_WINDOW = 128
JOIN_HORIZON = timedelta(hours=24)
_MENTION = re.compile(r"(?<![\w@])@([\w.]{2,32})")


@dataclass(slots=True)
class Seen:
    """A message as the windows remember it: the event and its arrival number."""

    seq: int
    event: Event


@dataclass(slots=True)
class Join:
    user: str
    ts: datetime
    invite_link: str | None
    invited_by: str | None
    returning: bool
    n: int = 0
    """The join's number among the chat's joins (set by :func:`remember_join`)."""


@dataclass(frozen=True, slots=True)
class RemovedMember:
    """A member removed for good (banned, or removed for conflict): what evasion looks like."""

    user: str
    names: tuple[str, ...] = ()
    first_messages: tuple[str, ...] = ()


@dataclass(slots=True)
class MemberFacts:
    """What detectors may know of the author: enough for exceptions, nothing more."""

    role: str = "member"
    joined_at: datetime | None = None
    permits: frozenset[str] = frozenset()


@dataclass(slots=True)
class ChatWindows:
    messages: deque[Seen] = field(default_factory=lambda: deque(maxlen=CHAT_WINDOW))
    by_user: dict[str, deque[Seen]] = field(default_factory=dict)
    joins: deque[Join] = field(default_factory=deque)
    last_join: dict[str, Join] = field(default_factory=dict)
    markers: dict[tuple[str, str], int] = field(default_factory=dict)
    removed: dict[str, RemovedMember] = field(default_factory=dict)
    """Members removed for good, kept by the engine from the ledger (for ban evasion)."""
    roles: dict[str, str] = field(default_factory=dict)
    """Who holds a role above member (owner, admins, moderators): whom a message addresses."""
    seq: int = 0
    joined: int = 0
    """Joins remembered so far (the last join's number)."""


class Context:
    """The view a detector gets for one event: the author's and the chat's recent past.

    The event being judged is already appended, so ``recent()`` ends with it.
    """

    __slots__ = ("chat", "member", "now", "user", "windows")

    def __init__(self, windows: ChatWindows, user: str, now: datetime, member: MemberFacts):
        self.windows = windows
        self.user = user
        self.now = now
        self.member = member

    @classmethod
    def bare(cls, event: Event) -> Context:
        """A context with no history, for judging a text on its own (``scan``)."""
        return cls(ChatWindows(), event.user, event.ts, MemberFacts())

    def recent(self, key: str | None = None) -> Iterator[Seen]:
        """The author's recent messages, newest first, stopping at ``key``'s marker."""
        window = self.windows.by_user.get(self.user)
        if not window:
            return
        stop = self.windows.markers.get((self.user, key), 0) if key else 0
        for seen in reversed(window):
            if seen.seq <= stop:
                return
            yield seen

    def chat_recent(self) -> Iterator[Seen]:
        """The chat's recent messages, newest first."""
        return reversed(self.windows.messages)

    def joins_since(self, since: datetime) -> list[Join]:
        return [j for j in self.windows.joins if j.ts >= since]

    def author_of(self, message_id: str) -> str | None:
        """The author of a recent message (a reply's target), if still in the window."""
        for seen in reversed(self.windows.messages):
            if seen.event.id == message_id:
                return seen.event.user
        return None

    def joined(self, user: str) -> Join | None:
        """The most recent join of ``user`` still in the window."""
        join = self.windows.last_join.get(user)
        return join if join is not None and self.now - join.ts <= JOIN_HORIZON else None


def remember(windows: ChatWindows, event: Event) -> Seen:
    """Append a message to the windows; called by the engine before detectors run."""
    windows.seq += 1
    seen = Seen(windows.seq, event)
    windows.messages.append(seen)
    per_user = windows.by_user.get(event.user)
    if per_user is None:
        per_user = windows.by_user[event.user] = deque(maxlen=USER_WINDOW)
    per_user.append(seen)
    return seen


def remember_join(windows: ChatWindows, join: Join) -> None:
    windows.joined += 1
    join.n = windows.joined
    windows.joins.append(join)
    windows.last_join[join.user] = join
    horizon = join.ts - JOIN_HORIZON
    while windows.joins and windows.joins[0].ts < horizon:
        old = windows.joins.popleft()
        if windows.last_join.get(old.user) is old:
            del windows.last_join[old.user]


def consume(windows: ChatWindows, user: str, key: str) -> None:
    """Mark the author's messages so far as used by an offence of ``key``."""
    windows.markers[(user, key)] = windows.seq


def mentioned(text: str | None) -> list[str]:
    """The members a text names with ``@``, spelled as the engine keys members (a JSONL name,
    a Matrix localpart such as ``anna.k``), so detectors can look them up in the windows.

    Not an e-mail's ``@`` (a word or ``@`` before it). A dot may stand inside a name but not
    end one: ``thanks @boris.`` names ``boris``, the dot ends the sentence.
    """
    return [name.rstrip(".") for name in _MENTION.findall(text or "")]
