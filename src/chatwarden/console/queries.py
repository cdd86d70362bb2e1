"""Read queries of the console: the queue, an item with its context, a member's record,
the dashboards. Reads only; nothing here takes the writer lock."""

from __future__ import annotations

import json
import re
import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import String, and_, cast, func, literal, or_, select

from chatwarden.engine.state import week_start
from chatwarden.ledger import tables as t
from chatwarden.ledger.store import Ledger
from chatwarden.policy.sanctions import REMOVALS
from chatwarden.policy.schema import Policy, Rule

SEVERITY = {"warning": 1, "delete": 1, "warn": 2, "mute": 2, "kick": 3, "ban": 4}
"""How grave a rule is, by the harshest sanction its ladder can reach (queue priority)."""
OPEN = t.REVIEW_OPEN
ADMIN_ABUSE = 3
"""Queue severity of a report about an admin (a kick's): the owner's to see soon."""


def review_key() -> Any:
    """``review:<id>``, the key claims and decisions store, in SQL (both dialects)."""
    return literal("review:", String).concat(cast(t.reviews.c.id, String))


def severity(policy: Policy, rule_ids: list[str]) -> int:
    worst = 0
    for rid in rule_ids:
        try:
            rule = policy.rule(rid)
        except KeyError:
            continue
        names = [n for step in rule.ladder for n in step] + rule.content
        for name in names:
            kind = policy.sanctions[name].type if name in policy.sanctions else name
            worst = max(worst, SEVERITY.get(kind, 1))
    return worst


@dataclass(slots=True)
class Item:
    """One queue item: a review row of the ledger with what the queue needs to sort it."""

    id: int
    chat: str
    user: str
    event_id: str
    rules: list[str]
    note: str
    created: datetime
    status: str
    kind: str
    reporter: str | None
    text: str | None
    claimed_by: str | None = None
    claimed_until: datetime | None = None
    severity: int = 0
    trusted: bool = False
    event: dict[str, Any] = field(default_factory=dict)
    accuracy: float | None = None
    """The reporter's confirmed share of decided complaints (smoothed), for complaints."""

    @property
    def key(self) -> str:
        return f"review:{self.id}"

    def age(self, now: datetime) -> timedelta:
        return now - self.created

    def priority(self, now: datetime) -> float:
        """Severity first (10 a grade), then the reporter: trusted 5, an accurate one up to 5
        (an unknown one 2.5), then age (a day of waiting is one point)."""
        reporter = 5.0 if self.trusted else 5 * self.accuracy if self.accuracy is not None else 0.0
        return self.severity * 10 + reporter + self.age(now).total_seconds() / 86400

    def claimed(self, now: datetime) -> str | None:
        if self.claimed_by and self.claimed_until and self.claimed_until > now:
            return self.claimed_by
        return None


def _kind(event: dict[str, Any], rules: list[str], policy: Policy) -> str:
    etype = event.get("type", "job")
    if etype == "appeal":
        return "appeal"
    if etype == "complaint":
        esc = policy.complaints.escalate_rule if policy.complaints else None
        return "admin-abuse" if esc and esc in rules else "complaint"
    return "detection"


@dataclass(slots=True)
class Filters:
    chat: str | None = None
    rule: str | None = None
    kind: str | None = None
    reporter: str | None = None
    older_than_h: float | None = None
    status: str = "open"

    @classmethod
    def of(cls, params: Any) -> Filters:
        """From a query string (or a saved filter); unknown keys and a bad age are ignored."""
        try:
            hours = float(params.get("older_than_h")) if params.get("older_than_h") else None
        except ValueError:
            hours = None
        return cls(params.get("chat") or None, params.get("rule") or None,
                   params.get("kind") or None, params.get("reporter") or None, hours,
                   params.get("status") or "open")

    def query(self) -> dict[str, str]:
        out = {"chat": self.chat, "rule": self.rule, "kind": self.kind, "reporter": self.reporter,
               "older_than_h": None if self.older_than_h is None else f"{self.older_than_h:g}",
               "status": self.status}
        return {k: v for k, v in out.items() if v}


def items(ledger: Ledger, policy: Policy, chats: tuple[str, ...], now: datetime,
          filters: Filters | None = None, ids: list[int] | None = None) -> list[Item]:
    """Queue items the account may see, filtered, highest priority first."""
    f = filters or Filters()
    r, e, c, a, s = t.reviews, t.events, t.console_claims, t.appeals, t.sanctions
    query = (select(r, e.c.raw, c.c.claimed_by, c.c.claimed_until, a.c.status.label("appeal"),
                    s.c.type.label("appealed"))
             .join(e, e.c.id == r.c.event_id, isouter=True)
             .join(c, c.c.item == review_key(), isouter=True)
             .join(a, a.c.event_id == r.c.event_id, isouter=True)
             .join(s, s.c.id == a.c.sanction_id, isouter=True))
    if ids is not None:
        query = query.where(r.c.id.in_(ids))
    elif f.status == "open":
        query = query.where(r.c.status.in_(OPEN))
    elif f.status != "all":
        query = query.where(r.c.status == f.status)
    if chats:
        query = query.where(r.c.chat.in_(chats))
    if f.chat:
        query = query.where(r.c.chat == f.chat)
    trusted = set(policy.roles.trusted_reporters)
    out = []
    with ledger.engine.connect() as conn:
        record = reporter_record(conn)
        for row in conn.execute(query).mappings():
            rules = json.loads(row["rules"])
            event = json.loads(row["raw"]) if row["raw"] else {}
            kind = _kind(event, rules, policy)
            reporter = event.get("user") if kind in ("complaint", "admin-abuse") else None
            item = Item(row["id"], row["chat"], row["user"], row["event_id"], rules,
                        row["note"] or "", datetime.fromisoformat(row["created"]), row["status"],
                        kind, reporter, event.get("text"), row["claimed_by"],
                        datetime.fromisoformat(row["claimed_until"]) if row["claimed_until"] else None,
                        severity(policy, rules), reporter in trusted, event)
            if kind == "appeal":  # as grave as the sanction it would undo
                item.severity = SEVERITY.get(row["appealed"] or "", 1)
            elif kind == "admin-abuse":  # the guidelines send it straight to the owner
                item.severity = max(item.severity, ADMIN_ABUSE)
            if reporter is not None:
                confirmed, dismissed = record.get((item.chat, reporter), (0, 0))
                item.accuracy = (confirmed + 1) / (confirmed + dismissed + 2)
            if f.status == "open" and ids is None and row["appeal"] not in (None, "open"):
                continue  # an appeal decided in the chat (/overturn, /uphold) waits for nobody
            if f.rule and f.rule not in rules:
                continue
            if f.kind and f.kind != kind:
                continue
            if f.reporter and f.reporter != reporter:
                continue
            if f.older_than_h is not None and item.age(now) < timedelta(hours=f.older_than_h):
                continue
            out.append(item)
    out.sort(key=lambda i: (-i.priority(now), i.id))
    return out


def reporter_record(conn: Any) -> dict[tuple[str, str], tuple[int, int]]:
    """(chat, reporter) → complaints of theirs confirmed and dismissed in the console: the
    platform's "honest reporting", and part of a complaint's priority."""
    cd, r, e = t.console_decisions, t.reviews, t.events
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    rows = conn.execute(select(e.c.chat, e.c.user, cd.c.verdict)
                        .join(r, cd.c.item == review_key()).join(e, e.c.id == r.c.event_id)
                        .where(e.c.type == "complaint", cd.c.verdict.in_(("confirm", "dismiss"))))
    for chat, user, verdict in rows:
        counts[(chat, user)][verdict == "dismiss"] += 1
    return {k: (v[0], v[1]) for k, v in counts.items()}


def context(ledger: Ledger, chat: str, event_id: str, around: int = 5) -> list[dict[str, Any]]:
    """The messages just before and after an event in its chat, the event among them.

    In the chat's own order (``wseq``, the window number) where the event has one, so
    messages sent the same second keep their order; by time otherwise (edits, joins)."""
    e = t.events
    with ledger.engine.connect() as conn:
        own = conn.execute(select(e.c.raw, e.c.ts, e.c.wseq).where(e.c.id == event_id)).first()
        if own is None:
            return []
        base = select(e.c.raw).where(e.c.chat == chat, e.c.type == "message", e.c.id != event_id)
        key, at = (e.c.wseq, own.wseq) if own.wseq is not None else (e.c.ts, own.ts)
        before = conn.scalars(base.where(key < at).order_by(key.desc()).limit(around)).all()
        after = conn.scalars(base.where(key > at).order_by(key).limit(around)).all()
    return [json.loads(x) for x in [*reversed(before), own.raw, *after]]


def decision_of(ledger: Ledger, event_id: str, user: str) -> dict[str, Any] | None:
    a = t.audit
    with ledger.engine.connect() as conn:
        payload = conn.scalar(select(a.c.payload).where(
            a.c.kind == "decision", a.c.event_id == event_id, a.c.user == user)
            .order_by(a.c.seq.desc()).limit(1))
    return json.loads(payload) if payload else None


def console_decision(ledger: Ledger, key: str) -> dict[str, Any] | None:
    with ledger.engine.connect() as conn:
        row = conn.execute(select(t.console_decisions).where(
            t.console_decisions.c.item == key)).mappings().first()
    return dict(row) if row else None


def appeal_of(ledger: Ledger, event_id: str) -> dict[str, Any] | None:
    rows = ledger.rows("appeals", event_id=event_id)
    return rows[0] if rows else None


# -- members ----------------------------------------------------------------------------------

@dataclass(slots=True)
class Record:
    chat: str
    user: str
    member: dict[str, Any] | None
    sanctions: list[dict[str, Any]]
    offences: list[dict[str, Any]]
    received: list[dict[str, Any]]
    filed: list[dict[str, Any]]
    confirmed: int
    dismissed: int
    week_count: int
    quota: int | None
    returns_left: int | None
    appeals: list[dict[str, Any]]


def sanction_state(s: dict[str, Any], now: datetime) -> str:
    if s["lifted_at"]:
        return "lifted"
    if s["type"] in REMOVALS and not s["until"]:
        return "carried out"
    if s["expired"] or (s["until"] and datetime.fromisoformat(s["until"]) <= now):
        return "expired"
    return "active"


def record(ledger: Ledger, policy: Policy, chat: str, user: str, now: datetime,
           tz: Any) -> Record:
    member = next(iter(ledger.rows("members", chat=chat, user=user)), None)
    filed = ledger.rows("complaints", chat=chat, reporter=user)
    with ledger.engine.connect() as conn:
        confirmed, dismissed = reporter_record(conn).get((chat, user), (0, 0))
    week, quota, returns_left = 0, None, None
    if member is not None:
        activity = {date.fromisoformat(k): v for k, v in json.loads(member["activity"]).items()}
        today = now.astimezone(tz).date()
        week = sum(n for d, n in activity.items() if week_start(today) <= d <= today)
        if policy.quota:
            quota = (policy.quota.exempted_weekly_messages if member["exempt"]
                     else policy.quota.weekly_messages)
        if policy.returns:
            returns_left = max(0, policy.returns.max_returns - member["returns"])
    return Record(chat, user, member,
                  sorted(ledger.rows("sanctions", chat=chat, user=user), key=lambda s: s["id"]),
                  ledger.rows("offences", chat=chat, user=user),
                  ledger.rows("complaints", chat=chat, target=user), filed,
                  confirmed, dismissed, week, quota, returns_left,
                  ledger.rows("appeals", chat=chat, user=user))


def chats_of(ledger: Ledger) -> list[str]:
    with ledger.engine.connect() as conn:
        return list(conn.scalars(select(t.members.c.chat).distinct().order_by(t.members.c.chat)))


def rule_words(policy: Policy, rule_ids: list[str]) -> list[Rule]:
    out = []
    for rid in rule_ids:
        try:
            out.append(policy.rule(rid))
        except KeyError:
            continue
    return out


# -- audit and dashboards ---------------------------------------------------------------------

def audit_rows(ledger: Ledger, chats: tuple[str, ...], limit: int | None = 500,
               item: str | None = None) -> list[dict[str, Any]]:
    """Console acts, newest first (of one item when ``item`` is given)."""
    a = t.console_audit
    query = select(a).order_by(a.c.seq.desc())
    if item is not None:
        query = query.where(a.c.item == item)
    if chats:
        query = query.where(or_(a.c.chat.in_(chats), a.c.chat.is_(None)))
    if limit:
        query = query.limit(limit)
    with ledger.engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


@dataclass(slots=True)
class Dashboard:
    weeks: list[str]
    per_rule: dict[str, dict[str, int]]
    queue_size: int
    oldest_h: float | None
    median_age_h: float | None
    decision_h: float | None
    decided: int
    overturn: list[tuple[str, int, int]]
    per_moderator: list[tuple[str, int]]
    peak: int


def dashboard(ledger: Ledger, policy: Policy, chats: tuple[str, ...], now: datetime) -> Dashboard:
    s = t.sanctions
    query = select(s.c.rule_id, s.c.start, s.c.id)
    if chats:
        query = query.where(s.c.chat.in_(chats))
    per_rule: dict[str, dict[str, int]] = defaultdict(Counter)
    with ledger.engine.connect() as conn:
        sanctions = conn.execute(query).all()
        for rule_id, start, _ in sanctions:
            day = datetime.fromisoformat(start).date()
            per_rule[rule_id or "(command)"][(day - timedelta(days=day.weekday())).isoformat()] += 1
        ap = t.appeals
        accepted = Counter[str]()
        joined = select(s.c.rule_id).join(ap, ap.c.sanction_id == s.c.id).where(
            ap.c.status == "accepted")
        if chats:
            joined = joined.where(s.c.chat.in_(chats))
        accepted.update(r or "(command)" for r in conn.scalars(joined))
        cd, r = t.console_decisions, t.reviews
        times = conn.execute(select(cd.c.ts, r.c.created).join(
            r, cd.c.item == review_key())).all()
        ca = t.console_audit
        acts = select(ca.c.actor, func.count()).where(
            ca.c.action.in_(("confirm", "dismiss", "escalate", "overturn", "uphold", "bulk"))
        ).group_by(ca.c.actor).order_by(func.count().desc())
        per_moderator = [(a, n) for a, n in conn.execute(acts).all()]
    queue = items(ledger, policy, chats, now)
    ages = sorted(i.age(now).total_seconds() / 3600 for i in queue)
    waits = [(datetime.fromisoformat(d) - datetime.fromisoformat(c)).total_seconds() / 3600
             for d, c in times]
    totals = Counter[str]()
    for rule_id, _, _ in sanctions:
        totals[rule_id or "(command)"] += 1
    weeks = sorted({w for per in per_rule.values() for w in per})
    return Dashboard(weeks, {k: dict(per_rule[k]) for k in sorted(per_rule, key=natural)}, len(queue),
                     ages[-1] if ages else None, statistics.median(ages) if ages else None,
                     statistics.median(waits) if waits else None, len(waits),
                     [(rid, accepted[rid], totals[rid]) for rid in sorted(totals, key=natural)],
                     per_moderator,
                     max((n for per in per_rule.values() for n in per.values()), default=0))


def natural(rule_id: str) -> list[tuple[int, str]]:
    """Sort key that puts rule 2.1 before 10.3."""
    return [(int(p), "") if p.isdigit() else (1 << 30, p) for p in re.split(r"[.\-]", rule_id)]


def saved_filters(ledger: Ledger) -> list[dict[str, Any]]:
    with ledger.engine.connect() as conn:
        return [{**r, "query": json.loads(r["query"])} for r in conn.execute(
            select(t.console_filters).order_by(t.console_filters.c.name)).mappings()]


def policy_versions(ledger: Ledger) -> list[dict[str, Any]]:
    with ledger.engine.connect() as conn:
        return [dict(r) for r in conn.execute(
            select(t.policy_versions).order_by(t.policy_versions.c.id.desc())).mappings()]


def member_events(ledger: Ledger, chat: str, user: str) -> list[dict[str, Any]]:
    e = t.events
    with ledger.engine.connect() as conn:
        return [dict(r) for r in conn.execute(
            select(e.c.id, e.c.ts, e.c.type, e.c.raw)
            .where(and_(e.c.chat == chat, e.c.user == user)).order_by(e.c.ts)).mappings()]


def utcnow() -> datetime:
    return datetime.now(UTC)
