"""The engine's working memory of each chat, and how an event's changes to it are found.

A chat is loaded from the ledger the first time an event (or a reader) asks for it, never
all chats at start (:class:`State`). The engine changes a chat in place while it decides
an event, inside a :class:`Unit` of work: every record the event reaches goes through the
chat's record maps (:class:`Records`), which show it to the unit before handing it out;
the unit keeps a copy and compares at the end. So the changes an :class:`Outcome` carries
are found, not listed by hand: a desk that changes a member cannot forget to say so. The
ledger writes outcomes and never reads this memory, so the same events, state and clock
always give the same decisions and the same ledger.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, ItemsView, Iterable, Iterator, ValuesView
from dataclasses import dataclass, field, fields
from datetime import date, datetime, timedelta
from functools import cache
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, overload

from chatwarden.detect.context import ChatWindows, MemberFacts, RemovedMember, consume
from chatwarden.engine.decision import Decision
from chatwarden.events import ROLES, Event

if TYPE_CHECKING:
    from chatwarden.detect.budget import Budget

_EDIT = re.compile(r"(.+:\d+):e\d+|([^~]+)~[^~]+")
"""An edit's id as the adapters write it: Telegram's ``{chat}:{message}:e{date}``, Matrix's
``{original}~{edit}``."""


def original_id(message: str) -> str:
    """The message an id is about: an edit's original, any other id itself.

    Why from the id: it is all a stored sanction or review, a console's reply or an export
    keeps of an edit, and both adapters write the original into it. A review opened on an
    edit is thereby closed by a command answering the message, and a sanction for an edit
    counts as one for its message."""
    edit = _EDIT.fullmatch(message)
    return (edit[1] or edit[2]) if edit else message


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
    message: str | None = None
    """The message the sanction is for (an edit's original); None when it is for no one
    message (a complaint's threshold, a purge, an escalation) and in rows older than 0008."""
    decided_by: str | None = None
    """The moderator whose command made it; None for the engine's own (and rows before 0008)."""

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


Record = Member | Offence | Sanction | Complaint | Appeal
K = TypeVar("K")
V = TypeVar("V")
T = TypeVar("T")

AUTHORS_KEPT = 50_000
NAMES_KEPT = 5
FIRST_MESSAGES_KEPT = 5


@cache
def _shape(cls: Any) -> tuple[Callable[[Any], tuple[Any, ...]], tuple[int, ...]]:
    """How to copy a record class: a getter of its fields in order, and which of them are
    containers (``dict``/``list``/``set`` annotations) that need a copy of their own."""
    names = [f.name for f in fields(cls)]
    containers = tuple(i for i, f in enumerate(fields(cls))
                       if str(f.type).startswith(("dict[", "list[", "set[")))
    return attrgetter(*names), containers


def snapshot(record: Record) -> list[Any]:
    """The record's field values, its dicts, lists and sets copied: a value that later
    changes to the record leave alone (two snapshots compare equal when the record is)."""
    cls: Any = type(record)
    values, containers = _shape(cls)
    copy = list(values(record))
    for i in containers:
        copy[i] = copy[i].copy()
    return copy


class _Absent:
    """What a record map hands a unit for a key it does not hold."""


ABSENT = _Absent()


class Records(dict[K, V]):
    """A chat's records of one kind by key: members by user, sanctions (lists) by user...

    While a :class:`Unit` is open, every record this map hands out (``[]``, ``get``,
    ``setdefault``, ``values``, ``items``) or has stored over is shown to the unit first,
    so the unit can tell at the end of the event what changed. Readers outside an event
    (views, adapters) pay nothing. ``in``, ``len`` and iterating keys hand out no record.
    """

    __slots__ = ("kind", "owner", "written")

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind
        self.owner: ChatState | None = None
        """The chat whose open unit of work (``owner.unit``) is shown what is handed out."""
        self.written: dict[Any, list[Any]] = {}
        """The snapshot of each record (by user for members, else by number) that the
        last outcome changing it carried: what the ledger was told, so the next event
        compares with that instead of copying the record again (a few thousand kept)."""

    @property
    def unit(self) -> Unit | None:
        return self.owner.unit if self.owner is not None else None

    def __getitem__(self, key: K) -> V:
        value = dict.__getitem__(self, key)
        if (unit := self.unit) is not None:
            unit.reached(self, key, value)
        return value

    @overload  # type: ignore[override]
    def get(self, key: K, /) -> V | None: ...
    @overload
    def get(self, key: K, default: V | T, /) -> V | T: ...

    def get(self, key: K, default: Any = None) -> Any:
        value = dict.get(self, key, ABSENT)
        if (unit := self.unit) is not None:
            unit.reached(self, key, value)
        return default if value is ABSENT else value

    def setdefault(self, key: K, default: V) -> V:
        if (unit := self.unit) is not None:
            unit.reached(self, key, dict.get(self, key, ABSENT))
        return dict.setdefault(self, key, default)

    def __setitem__(self, key: K, value: V) -> None:
        if (unit := self.unit) is not None:
            unit.reached(self, key, dict.get(self, key, ABSENT))
        dict.__setitem__(self, key, value)

    def values(self) -> ValuesView[V]:  # type: ignore[override]
        self._reach_all()
        return dict.values(self)

    def items(self) -> ItemsView[K, V]:  # type: ignore[override]
        self._reach_all()
        return dict.items(self)

    def _reach_all(self) -> None:
        if (unit := self.unit) is not None:
            for key, value in dict.items(self):
                unit.reached(self, key, value)


class Members(Records[str, "Member"]):
    """A chat's members by user, brought from the ledger one by one as the engine reaches
    them: a chat of a million members on record costs the members who speak, not all.

    ``stored`` holds the users the ledger knows that are not in memory yet; ``fetch``
    brings some of them. ``in``, ``len`` and iterating users need no fetch; ``values`` and
    ``items`` (the weekly purge) bring every one at once.
    """

    __slots__ = ("fetch", "stored")

    def __init__(self) -> None:
        super().__init__("members")
        self.stored: set[str] = set()
        self.fetch: Callable[[Iterable[str]], dict[str, Member]] | None = None

    def _bring(self, users: Iterable[str]) -> None:
        wanted = [u for u in users if u in self.stored]
        if not wanted or self.fetch is None:
            return
        self.stored.difference_update(wanted)
        for user, member in self.fetch(wanted).items():
            dict.__setitem__(self, user, member)

    def __getitem__(self, key: str) -> Member:
        self._bring((key,))
        return super().__getitem__(key)

    def get(self, key: str, default: Any = None) -> Any:
        self._bring((key,))
        return super().get(key, default)

    def setdefault(self, key: str, default: Member) -> Member:
        self._bring((key,))
        return super().setdefault(key, default)

    def __setitem__(self, key: str, value: Member) -> None:
        self._bring((key,))
        super().__setitem__(key, value)

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or key in self.stored

    def __len__(self) -> int:
        return dict.__len__(self) + len(self.stored)

    def __iter__(self) -> Iterator[str]:
        return itertools.chain(dict.__iter__(self), list(self.stored))

    def keys(self) -> Any:
        return list(self)

    def _reach_all(self) -> None:
        self._bring(list(self.stored))
        super()._reach_all()


@dataclass(slots=True)
class ChatState:
    chat: str
    members: Members = field(default_factory=Members)
    offences: Records[str, list[Offence]] = field(default_factory=lambda: Records("offences"))
    sanctions: Records[str, list[Sanction]] = field(default_factory=lambda: Records("sanctions"))
    complaints: Records[str, list[Complaint]] = field(
        default_factory=lambda: Records("complaints"))
    appeals: Records[int, Appeal] = field(default_factory=lambda: Records("appeals"))
    authors: dict[str, str] = field(default_factory=dict)
    """Message id → author, so a command in reply to a message finds its target."""
    jobs: dict[str, datetime] = field(default_factory=dict)
    """Scheduled job name → the last time it ran (virtual time)."""
    windows: ChatWindows = field(default_factory=ChatWindows)
    expiring: list[tuple[datetime, int, str]] = field(default_factory=list)
    """A heap of (until, sanction id, user) for the expiry job."""
    budgets: dict[str, tuple[float, datetime | None]] = field(default_factory=dict)
    """The judgement budgets as the ledger last saved them, by budget name: the engine puts
    them back into its detectors before it first decides an event of this chat."""
    unit: Unit | None = None
    """The unit of work of the event being decided (None between events)."""

    def __post_init__(self) -> None:
        for records in self.records():
            records.owner = self

    def records(self) -> tuple[Records[Any, Any], ...]:
        return self.members, self.offences, self.sanctions, self.complaints, self.appeals

    def audit(self, ts: datetime, kind: str, payload: dict[str, Any], *,
              event_id: str | None = None, actor: str | None = None,
              user: str | None = None) -> None:
        """Note a row for the append-only audit log (what happened, not what is kept)."""
        self._open().changes.audit.append((ts, kind, event_id, self.chat, actor, user, payload))

    def settle(self, message: str, by: str, ts: datetime) -> None:
        """Note that ``by`` decided ``message`` in the chat: its open reviews are closed."""
        self._open().changes.settled.append((self.chat, message, by, ts))

    def consume(self, user: str, key: str) -> None:
        """Mark ``user``'s messages so far as used by an offence of detector ``key``: the one
        way the engine moves a marker, so the unit has it."""
        consume(self.windows, user, key)
        unit = self._open()
        unit.changes.markers[(self.chat, user, key)] = (unit.event_id or "", self.windows.seq)

    def _open(self) -> Unit:
        if self.unit is None:
            raise RuntimeError(f"chat {self.chat}: changed outside a unit of work")
        return self.unit


AuditRow = tuple[datetime, str, str | None, str, str | None, str | None, dict[str, Any]]


WRITTEN_KEPT = 4096
"""Snapshots a record map keeps for comparing (:attr:`Records.written`); past that it
starts again, which costs a copy per record reached, never a missed change."""

RECORD_CLASSES: dict[str, type[Record]] = {
    "members": Member, "offences": Offence, "sanctions": Sanction, "complaints": Complaint,
    "appeals": Appeal}


@dataclass(slots=True)
class Changes:
    """Record changes, as copies taken when the event ended: what the ledger writes."""

    records: dict[str, dict[Any, list[Any]]] = field(default_factory=dict)
    """Kind (``members``, ``sanctions``...) → the ledger's key (a member's (chat, user), the
    others' number) → the record's :func:`snapshot` as the event left it (:meth:`copies`
    makes records of them)."""
    created: set[tuple[str, Any]] = field(default_factory=set)
    """(kind, key) of the records above that are new: the ledger INSERTs these (a clash is
    an error) and UPDATEs the others, which must already exist. Never an upsert, so no
    record can silently replace another."""
    jobs: dict[tuple[str, str], datetime] = field(default_factory=dict)
    markers: dict[tuple[str, str, str], tuple[str, int]] = field(default_factory=dict)
    """(chat, user, detector key) → the last event an offence consumed, and its window number."""
    windowed: dict[str, tuple[int, bool | None]] = field(default_factory=dict)
    """Event id → its number in the chat's windows (messages) or joins (with the returning
    flag): what a restart needs to rebuild the windows exactly."""
    joins_from: dict[str, int] = field(default_factory=dict)
    """Chat → the number of the oldest join its join window still holds."""
    budgets: dict[tuple[str, str], tuple[float, datetime | None]] = field(default_factory=dict)
    """(budget name, chat) → (tokens, last refill) of the judgement budgets spent."""
    audit: list[AuditRow] = field(default_factory=list)
    """(ts, kind, event_id, chat, actor, user, payload) rows for the append-only log."""
    settled: list[tuple[str, str, str, datetime]] = field(default_factory=list)
    """(chat, message event id, moderator, when): a command carried out in reply to that
    message decided it, so whatever review of it is still open is closed (the engine keeps
    no reviews; the ledger does)."""

    def copies(self, kind: str) -> dict[Any, Any]:
        """The changed records of ``kind`` (a ``RECORD_CLASSES`` key) by the ledger's key."""
        cls: Any = RECORD_CLASSES[kind]
        return {key: cls(*values) for key, values in self.records.get(kind, {}).items()}

    def merge(self, later: Changes) -> None:
        """Fold ``later`` in: its copies replace older ones of the same record."""
        for kind, rows in later.records.items():
            self.records.setdefault(kind, {}).update(rows)
        self.windowed.update(later.windowed)
        # most events change a member and number a message, nothing more: skip the rest cheaply
        if later.jobs:
            self.jobs.update(later.jobs)
        if later.markers:
            self.markers.update(later.markers)
        if later.joins_from:
            self.joins_from.update(later.joins_from)
        if later.budgets:
            self.budgets.update(later.budgets)
        if later.created:
            self.created |= later.created
        if later.audit:
            self.audit += later.audit
        if later.settled:
            self.settled += later.settled


class Outcome(list[Decision]):
    """What deciding an event (or a run of jobs) came to: the decisions, in order (the
    outcome is their list, so a caller that wants only them uses it as one; ``decisions``
    says so explicitly), the events decided and the record changes they imply."""

    __slots__ = ("changes", "events")

    def __init__(self, decisions: Iterable[Decision] = (), events: Iterable[Event] = (),
                 changes: Changes | None = None) -> None:
        super().__init__(decisions)
        self.events = list(events)
        self.changes = changes if changes is not None else Changes()

    @property
    def decisions(self) -> list[Decision]:
        return list(self)

    def merge(self, later: Outcome) -> None:
        self.extend(later)
        self.events += later.events
        self.changes.merge(later.changes)


class Unit:
    """One event's (or one chat's run of jobs') unit of work on one chat.

    Opened with ``with``: the chat's record maps show it every record they hand out, and
    it keeps a snapshot of each the first time (the one the last outcome carried, when
    there is one); :meth:`outcome` compares them with the records as the event left them.
    A record the event never reached cannot have changed.
    """

    __slots__ = ("_budgets", "_jobs", "_joined", "_seq", "before", "changes", "cs", "event_id")

    def __init__(self, cs: ChatState, event_id: str | None,
                 budgets: dict[str, Budget] | None = None) -> None:
        self.cs, self.event_id = cs, event_id
        self._budgets = budgets or {}
        self.before: dict[str, tuple[Records[Any, Any], dict[Any, Any]]] = {}
        """Kind → (its map, key → the record's :func:`snapshot`, or the list's by record id,
        as first reached; None for a key the map did not hold)."""
        self.changes = Changes()
        self._jobs = dict(cs.jobs)
        self._seq, self._joined = cs.windows.seq, cs.windows.joined

    def __enter__(self) -> Unit:
        if self.cs.unit is not None:
            raise RuntimeError(f"chat {self.cs.chat}: a unit of work is already open")
        self.cs.unit = self
        return self

    def __exit__(self, *exc: object) -> None:
        self.cs.unit = None

    def reached(self, records: Records[Any, Any], key: Any, value: Any) -> None:
        """Keep a copy of what ``records`` holds under ``key`` the first time it is reached."""
        kind = self.before.get(records.kind)
        if kind is None:
            kind = self.before[records.kind] = (records, {})
        seen = kind[1]
        if key in seen:
            return
        written = records.written
        if value is ABSENT:
            seen[key] = None
        elif isinstance(value, list):
            seen[key] = {r.id: written.get(r.id) or snapshot(r) for r in value}
        else:
            seen[key] = written.get(key) or snapshot(value)

    def outcome(self, decisions: Iterable[Decision], event: Event | None = None) -> Outcome:
        """The decisions with every change the unit saw: records, jobs, windows, budgets."""
        ch, cs = self.changes, self.cs
        for records, reached in self.before.values():
            for key, before in reached.items():
                now = dict.get(records, key)
                if now is None:
                    continue
                if isinstance(now, list):
                    for r in now:
                        self._compare(records, r.id, r, before.get(r.id) if before else None)
                else:
                    self._compare(records, key, now, before)
        if cs.jobs != self._jobs:
            ch.jobs.update({(cs.chat, name): at for name, at in cs.jobs.items()
                            if self._jobs.get(name) != at})
        windows = cs.windows
        if event is not None and windows.seq != self._seq:
            ch.windowed[event.id] = (windows.seq, None)
        if windows.joined != self._joined:
            if event is not None:
                ch.windowed[event.id] = (windows.joined, windows.joins[-1].returning)
            ch.joins_from[cs.chat] = windows.joins[0].n
        for name, budget in self._budgets.items():
            spent = budget.settle(cs.chat)
            if spent is not None:
                ch.budgets[(name, cs.chat)] = spent
        return Outcome(decisions, [event] if event is not None else [], ch)

    def _compare(self, records: Records[Any, Any], key: Any, record: Record,
                 before: list[Any] | None) -> None:
        """Carry ``record`` in the changes if it is new (``before`` None) or differs."""
        after = snapshot(record)
        if after == before:
            return
        ledger_key = (record.chat, key) if records.kind == "members" else key
        self.changes.records.setdefault(records.kind, {})[ledger_key] = after
        if before is None:
            self.changes.created.add((records.kind, ledger_key))
        if len(records.written) >= WRITTEN_KEPT:
            records.written.clear()
        records.written[key] = after


Timers = tuple[dict[str, datetime], datetime | None]
"""A chat's scheduled jobs by name → when each last ran, and when its next sanction expires."""


class Source(Protocol):
    """Where chats come from (the ledger): one chat at a time, which chats there are, and
    what each waits for (so the clock can tell which chats need loading)."""

    def load_chat(self, chat: str) -> ChatState: ...

    def chat_ids(self) -> list[str]: ...

    def timers(self) -> dict[str, Timers]: ...


class State:
    """The chats the engine has loaded, plus how it numbers new records.

    A chat is loaded from ``source`` when first asked for (:meth:`chat`) and may be
    dropped again (:meth:`evict`) once everything it changed is committed; the chats
    are kept in order of use, least recent first. Numbers: by default counters from the
    ledger's highest committed id, read after the writer lock is taken
    (``Ledger.acquire_writer``): only one process numbers records of such a ledger, and
    numbering is dense and deterministic, so a resumed replay gives every record the
    number an uninterrupted one would. A shared writer passes ``allocate`` instead
    (numbers in blocks from the ledger: unique, not dense).
    """

    def __init__(self, source: Source | None = None, next_id: dict[str, int] | None = None,
                 *, allocate: Callable[[str], int] | None = None) -> None:
        self.source = source
        self.loaded: dict[str, ChatState] = {}
        self.next_id = {"offence": 1, "sanction": 1, "complaint": 1, "appeal": 1}
        self.next_id.update(next_id or {})
        self._allocate = allocate

    def chat(self, chat: str) -> ChatState:
        state = self.loaded.pop(chat, None)  # re-inserted last: the most recently used
        if state is None:
            state = self.source.load_chat(chat) if self.source is not None else ChatState(chat)
        self.loaded[chat] = state
        return state

    def evict(self, chat: str) -> None:
        """Forget a loaded chat; the next :meth:`chat` loads it from the source again."""
        self.loaded.pop(chat, None)

    def least_used(self, keep: int) -> list[str]:
        """The loaded chats beyond the ``keep`` most recently used ones."""
        return list(itertools.islice(self.loaded, max(0, len(self.loaded) - keep)))

    def known(self) -> list[str]:
        """Every chat, loaded or only in the ledger, in a fixed order (restart or not)."""
        stored = self.source.chat_ids() if self.source is not None else []
        return sorted(set(self.loaded).union(stored))

    def timers(self) -> dict[str, Timers]:
        """What each chat of the ledger waits for, as the ledger has it (exact for a chat
        not loaded: only its loaded copy can have moved on)."""
        return self.source.timers() if self.source is not None else {}

    def new_id(self, kind: str) -> int:
        """A number for a new record of ``kind``."""
        if self._allocate is not None:
            return self._allocate(kind)
        ident = self.next_id[kind]
        self.next_id[kind] = ident + 1
        return ident


def week_start(day: date, days: int = 7) -> date:
    return day - timedelta(days=days - 1)
