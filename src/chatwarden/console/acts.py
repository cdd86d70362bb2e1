"""What a moderator does in the console, turned into what a moderator does in the chat.

Every act that changes a member's record becomes an ordinary ``command`` :class:`Event`
(``/punish @user 3.1 reason``, ``/overturn #7 reason``...) from the account's platform
identity, and goes to the ledger's one writer through the intake (:mod:`chatwarden.ledger.intake`):
the engine checks that member's role, applies the ladder, audits, and queues the platform
calls in the outbox exactly as for a command typed in the chat. Before anything is queued,
the same event runs on a throwaway engine built from the ledger, so a moderator sees the
step it would apply and a command the engine would refuse is never recorded as decided.

What only the console knows (claims, who decided a queue item, its audit) it writes itself:
these rows are not the engine's state, so they need no writer lock.
"""

from __future__ import annotations

import hashlib
import json
import threading
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from chatwarden.console import queries as q
from chatwarden.console.auth import Account
from chatwarden.engine.decision import Decision
from chatwarden.engine.engine import Engine
from chatwarden.engine.state import State
from chatwarden.engine.workflows.schedule import next_run
from chatwarden.errors import PolicyError
from chatwarden.events import Event
from chatwarden.ledger import intake
from chatwarden.ledger import tables as t
from chatwarden.ledger.store import Ledger, LedgerBusy
from chatwarden.policy.loader import parse_policy
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime

CLAIM = timedelta(minutes=15)
VERDICTS = {
    "detection": ("confirm", "dismiss", "escalate"),
    "complaint": ("confirm", "dismiss", "escalate"),
    "admin-abuse": ("confirm", "dismiss", "escalate"),
    "appeal": ("overturn", "uphold", "escalate"),
}
LEAST = {"confirm": "moderator", "dismiss": "moderator", "escalate": "moderator",
         "overturn": "admin", "uphold": "admin", "bulk": "admin"}
"""Least console role per act; an escalated item needs an admin whatever the act."""
REFERRAL_FORMAT = "chatwarden.member-referral/1"
"""A member's whole record, made on request in the console; the worker's per-decision bundle
(``delivery/evidence.py``, ``chatwarden.referral/1``) holds one decision's messages instead."""
MANUAL = ("kick", "ban", "mute 1d", "warn 7d")
"""What confirming can apply instead of the rule's ladder (for rules that name no sanction)."""


class Refusal(Exception):
    """An act the console will not take; the message is shown to the moderator as is."""


@dataclass(slots=True)
class Outcome:
    message: str
    event_id: str | None = None
    queued: bool = False


class Console:
    """The console's one service object: the ledger, the policy, and the writer when free."""

    def __init__(self, policy: Policy, ledger: Ledger, *, writer: bool = True,
                 clock: Callable[[], datetime] | None = None) -> None:
        self.policy, self.ledger = policy, ledger
        self.clock = clock or (lambda: datetime.now(UTC))
        self._lock = threading.Lock()
        self.runtime: Runtime | None = None
        if writer:
            try:
                self.runtime = Runtime(policy, ledger, batch=1, outbox=True)
            except LedgerBusy:
                self.runtime = None

    @property
    def writer(self) -> bool:
        return self.runtime is not None

    def waiting(self) -> int:
        """Acts queued for the bot and not yet carried out (0 when this console writes)."""
        return 0 if self.writer else intake.waiting(self.ledger)

    def close(self) -> None:
        self.ledger.close()

    def throwaway(self) -> Engine:
        """An engine on the ledger as committed, for "what would happen": it writes nothing."""
        return Engine(self.policy, State(self.ledger, self.ledger.next_ids()))

    # -- claims ------------------------------------------------------------------------------

    def claim(self, account: Account, key: str) -> str:
        """Lock an item to ``account`` for :data:`CLAIM`; returns who holds it afterwards.

        The conditional UPDATE (free, expired, or already mine) is the lock: two
        moderators racing for one item get one row changed between them."""
        now = self.clock()
        until = (now + CLAIM).isoformat()
        c = t.console_claims
        with self.ledger.engine.begin() as conn:
            got = conn.execute(update(c).where(
                c.c.item == key,
                (c.c.claimed_by == account.name) | (c.c.claimed_until < now.isoformat()))
                .values(claimed_by=account.name, claimed_until=until)).rowcount
        if not got:
            try:
                with self.ledger.engine.begin() as conn:
                    conn.execute(insert(c).values(item=key, claimed_by=account.name,
                                                  claimed_until=until))
            except IntegrityError:
                pass
        with self.ledger.engine.connect() as conn:
            return conn.scalar(select(c.c.claimed_by).where(c.c.item == key)) or ""

    def release(self, account: Account, key: str) -> None:
        c = t.console_claims
        with self.ledger.engine.begin() as conn:
            conn.execute(delete(c).where(c.c.item == key, c.c.claimed_by == account.name))

    def next_item(self, account: Account, filters: q.Filters) -> q.Item | None:
        """Claim the highest-priority item nobody else holds (the "pull the next" button)."""
        now = self.clock()
        for item in q.items(self.ledger, self.policy, account.chats, now, filters):
            holder = item.claimed(now)
            if holder and holder != account.name:
                continue
            if not account.at_least(_least(item, VERDICTS[item.kind][0])):
                continue  # an item this account could not decide is left to those who can
            if self.claim(account, item.key) == account.name:
                return item
        return None

    # -- deciding ----------------------------------------------------------------------------

    def item(self, account: Account, review_id: int) -> q.Item:
        found = q.items(self.ledger, self.policy, (), self.clock(), ids=[review_id])
        if not found or not account.sees(found[0].chat):
            raise LookupError(review_id)  # the same answer for "absent" and "not yours"
        return found[0]

    def command(self, account: Account, item: q.Item, verdict: str, reason: str,
                apply: str = "ladder") -> Event | None:
        """The chat command that carries out a verdict, or None when it changes no record."""
        text: str | None = None
        if verdict == "confirm":
            if apply == "ladder":
                rule = next((r for r in q.rule_words(self.policy, item.rules)
                             if r.ladder or r.content), None)
                if rule is None:
                    raise Refusal("the rule names no sanction: choose what to apply "
                                  f"({', '.join(MANUAL)})")
                text = f"/punish {_target(item)}{rule.id} {reason}"
            elif apply in MANUAL:
                name, *term = apply.split()
                text = " ".join([f"/{name}", _target(item) + " ".join(term), reason])
            else:
                raise Refusal(f"unknown sanction '{apply}'")
        elif verdict in ("overturn", "uphold"):
            appeal = q.appeal_of(self.ledger, item.event_id)
            if appeal is None or appeal["sanction_id"] is None:
                raise Refusal("this appeal names no sanction of record")
            if appeal["status"] != "open":
                raise Refusal(f"this appeal was already decided in the chat ({appeal['status']})")
            text = f"/{verdict} #{appeal['sanction_id']} {reason}"
        if text is None:
            return None
        return Event(f"console:{uuid.uuid4().hex}", "command", item.chat, account.actor,
                     self.clock(), text=text,
                     reply_to=item.event_id if verdict == "confirm" else None,
                     extra={"via": "console", "console_user": account.name})

    def simulate(self, event: Event) -> Decision | None:
        """What the writer would decide for ``event`` now: the same engine on a copy of the state."""
        for d in self.throwaway().process(event):
            if d.event == event.id:
                return d
        return None

    def preview(self, account: Account, item: q.Item, apply: str = "ladder") -> str:
        """The exact effect of confirming (or overturning) now, in words, or why it cannot."""
        verdict = "overturn" if item.kind == "appeal" else "confirm"
        try:
            event = self.command(account, item, verdict, "(preview)", apply)
        except Refusal as exc:
            return str(exc)
        assert event is not None
        decision = self.simulate(event)
        return intake.outcome([decision] if decision else []) + _steps(self.policy, decision)

    def decide(self, account: Account, review_id: int, verdict: str, reason: str,
               apply: str = "ladder") -> Outcome:
        """Decide a queue item once: a second, stale decision is refused naming the first."""
        item = self.item(account, review_id)
        reason = " ".join(reason.split())
        if verdict not in VERDICTS[item.kind]:
            raise Refusal(f"'{verdict}' is not a decision for a {item.kind}")
        need = _least(item, verdict)
        if not account.at_least(need):
            raise Refusal(f"{verdict} needs the console role {need}; you are {account.role}")
        if len(reason) < 3:
            raise Refusal("give a reason (the member and the audit read it)")
        now = self.clock()
        holder = item.claimed(now)
        if holder and holder != account.name:
            raise Refusal(f"claimed by {holder} until {item.claimed_until:%H:%M} UTC")
        self._stale(item)
        event = self.command(account, item, verdict, reason, apply)
        if event is not None:
            decision = self.simulate(event)
            refused = [a.note for a in (decision.actions if decision else []) if a.type == "refuse"]
            if refused:
                raise Refusal("the engine refuses: " + "; ".join(filter(None, refused)))
            if decision is not None and verdict == "confirm" and decision.user != item.user:
                raise Refusal(f"the command would reach @{decision.user}, not @{item.user}: "
                              "decide it in the chat")
        status = "escalated" if verdict == "escalate" else verdict
        try:
            with self.ledger.engine.begin() as conn:
                if verdict != "escalate":
                    conn.execute(insert(t.console_decisions).values(
                        item=item.key, chat=item.chat, verdict=verdict, reason=reason,
                        actor=account.name, ts=now.isoformat(),
                        event_id=event.id if event else None))
                changed = conn.execute(update(t.reviews).where(
                    t.reviews.c.id == item.id,
                    t.reviews.c.status.in_(("open",) if verdict == "escalate" else q.OPEN))
                    .values(status=status, resolved_at=now.isoformat(),
                            resolved_by=account.name)).rowcount
                if not changed:
                    raise IntegrityError("reviews", {}, Exception("status changed"))
                conn.execute(delete(t.console_claims).where(t.console_claims.c.item == item.key))
        except IntegrityError:
            self._stale(item)
            raise Refusal("this item changed while you decided it; reload it") from None
        out = self.submit(event) if event is not None else Outcome("recorded")
        self.audit(account, verdict, chat=item.chat, item=item.key, target=item.user,
                   reason=reason, event_id=out.event_id, outcome=out.message)
        return out

    def _stale(self, item: q.Item) -> None:
        done = q.console_decision(self.ledger, item.key)
        if done is not None:
            raise Refusal(f"already decided: {done['verdict']} by {done['actor']} at "
                          f"{done['ts'][:16].replace('T', ' ')} UTC; nothing was applied twice")

    def submit(self, event: Event) -> Outcome:
        """Hand an act to the writer: at once when this process holds the lock, else queued."""
        intake.put(self.ledger, event)
        if self.runtime is None:
            return Outcome("queued for the bot (it holds the ledger)", event.id, queued=True)
        with self._lock:
            drained = dict((e.id, said) for e, said in intake.drain(self.runtime))
        return Outcome(drained.get(event.id, "recorded"), event.id)

    def act_status(self, event_id: str) -> str:
        row = intake.status(self.ledger, event_id)
        if row is None:
            return "—"
        return "queued for the bot" if row["pending"] else (row["outcome"] or "done")

    # -- bulk --------------------------------------------------------------------------------

    def bulk_dismiss(self, account: Account, filters: q.Filters, reason: str) -> Outcome:
        """Dismiss every open item of a filter at once (no platform effect, so it can be undone)."""
        if not account.at_least(LEAST["bulk"]):
            raise Refusal(f"bulk actions need the console role admin; you are {account.role}")
        reason = " ".join(reason.split())
        if len(reason) < 3:
            raise Refusal("give a reason (the audit keeps it)")
        now = self.clock()
        done: list[str] = []
        for item in q.items(self.ledger, self.policy, account.chats, now, filters):
            holder = item.claimed(now)
            if (holder and holder != account.name) or item.status != "open":
                continue
            try:
                with self.ledger.engine.begin() as conn:
                    conn.execute(insert(t.console_decisions).values(
                        item=item.key, chat=item.chat, verdict="dismiss", reason=reason,
                        actor=account.name, ts=now.isoformat()))
                    conn.execute(update(t.reviews).where(t.reviews.c.id == item.id)
                                 .values(status="dismiss", resolved_at=now.isoformat(),
                                         resolved_by=account.name))
            except IntegrityError:
                continue
            done.append(item.key)
        bulk = f"bulk:{uuid.uuid4().hex[:12]}"
        self.audit(account, "bulk", item=bulk, reason=reason,
                   outcome=json.dumps({"dismissed": done, "filter": filters.query()}))
        return Outcome(f"{len(done)} item(s) dismissed ({bulk})", bulk)

    def undo_bulk(self, account: Account, bulk: str) -> Outcome:
        if not account.at_least(LEAST["bulk"]):
            raise Refusal("undoing a bulk action needs the console role admin")
        a = t.console_audit
        with self.ledger.engine.connect() as conn:
            row = conn.execute(select(a.c.outcome).where(a.c.action == "bulk", a.c.item == bulk)
                               ).scalar()
            undone = conn.execute(select(a.c.seq).where(a.c.action == "undo", a.c.item == bulk)
                                  ).first()
        if row is None or undone is not None:
            raise Refusal(f"{bulk}: no such bulk action, or it was undone already")
        keys = json.loads(row)["dismissed"]
        with self.ledger.engine.begin() as conn:
            for key in keys:
                gone = conn.execute(delete(t.console_decisions).where(
                    t.console_decisions.c.item == key, t.console_decisions.c.verdict == "dismiss"))
                if gone.rowcount:
                    conn.execute(update(t.reviews).where(t.reviews.c.id == int(key.split(":")[1]))
                                 .values(status="open", resolved_at=None, resolved_by=None))
        self.audit(account, "undo", item=bulk, outcome=f"{len(keys)} item(s) reopened")
        return Outcome(f"{len(keys)} item(s) reopened")

    def save_filter(self, account: Account, name: str, filters: q.Filters) -> None:
        """Save (or replace) a named queue filter for the team; moderators and up."""
        name = " ".join(name.split())[:60]
        if not account.at_least("moderator") or not name:
            raise Refusal("name the filter (moderators and up can save one)")
        row = {"query": json.dumps(filters.query()), "saved_by": account.name,
               "ts": self.clock().isoformat()}
        with self.ledger.engine.begin() as conn:
            if not conn.execute(update(t.console_filters).where(t.console_filters.c.name == name)
                                .values(**row)).rowcount:
                conn.execute(insert(t.console_filters).values(name=name, **row))
        self.audit(account, "save_filter", item=f"filter:{name}", outcome=row["query"])

    # -- other pages -------------------------------------------------------------------------

    def purge_preview(self, chat: str) -> tuple[datetime | None, list[Decision]]:
        """Whom the chat's next scheduled purge would remove, on a throwaway engine."""
        if not self.policy.schedules:
            return None, []
        engine = self.throwaway()
        cs = engine.state.chat(chat)
        now = self.clock()
        due = min(next_run(max(cs.jobs.get(s.name, now), now), s, engine.tz)
                  for s in self.policy.schedules)
        return due, [d for d in engine.finish(due, chats=[chat]) if d.ts == due]

    def referral(self, account: Account, chat: str, user: str) -> dict[str, Any]:
        """A law-enforcement referral bundle: the member's events with hashes, and the timeline."""
        if not account.at_least("admin") or not account.sees(chat):
            raise Refusal("referral bundles need the console role admin in this chat")
        events = []
        for e in q.member_events(self.ledger, chat, user):
            events.append({"id": e["id"], "ts": e["ts"], "type": e["type"],
                           "sha256": hashlib.sha256(e["raw"].encode()).hexdigest(),
                           "event": json.loads(e["raw"])})
        timeline = list(self.ledger.decisions(chat=chat, user=user))
        bundle: dict[str, Any] = {"format": REFERRAL_FORMAT, "chat": chat, "user": user,
                                  "policy": self.policy.id,
                  "made_by": account.name, "made_at": self.clock().isoformat(),
                  "events": events, "decisions": timeline,
                  "sanctions": self.ledger.rows("sanctions", chat=chat, user=user)}
        body = json.dumps(bundle, ensure_ascii=False, sort_keys=True, default=str)
        digest = bundle["sha256"] = hashlib.sha256(body.encode()).hexdigest()
        self.audit(account, "referral", chat=chat, target=user, outcome=digest)
        return bundle

    def record_policy(self, path: Path, by: str) -> bool:
        """Keep the policy file as a version when its text is new; True when it was."""
        return self._version(path.read_text(encoding="utf-8"), by) is not None

    def publish_policy(self, account: Account, text: str) -> int:
        """Record an edited policy as a new version (the owner's act): it must validate as
        this community's policy. The running bot and console keep the policy they started
        with until restarted with the new file (the policy page offers it for download)."""
        if not account.at_least("owner"):
            raise Refusal(f"publishing the policy is the owner's; you are {account.role}")
        text = text.replace("\r\n", "\n")
        try:
            parsed = parse_policy(text, "policy")
        except PolicyError as exc:
            raise Refusal("\n".join(exc.problems)) from None
        if parsed.id != self.policy.id:
            raise Refusal(f"this console serves policy '{self.policy.id}', not '{parsed.id}'")
        version = self._version(text, account.name)
        if version is None:
            raise Refusal("nothing changed: the text is the latest version's")
        self.audit(account, "publish", item=f"policy:{version}", outcome=parsed.title)
        return version

    def _version(self, text: str, by: str) -> int | None:
        """Insert a policy version unless its text is the latest one's; its id, or None."""
        digest = hashlib.sha256(text.encode()).hexdigest()
        pv = t.policy_versions
        with self.ledger.engine.begin() as conn:
            last = conn.execute(select(pv.c.sha256).where(pv.c.policy_id == self.policy.id)
                                .order_by(pv.c.id.desc()).limit(1)).scalar()
            if last == digest:
                return None
            made = conn.execute(insert(pv).values(
                policy_id=self.policy.id, sha256=digest, text=text, published_by=by,
                ts=self.clock().isoformat())).inserted_primary_key
            assert made is not None
            return int(made[0])

    def audit(self, account: Account, action: str, *, chat: str | None = None,
              item: str | None = None, target: str | None = None, reason: str | None = None,
              event_id: str | None = None, outcome: str | None = None) -> None:
        with self.ledger.engine.begin() as conn:
            conn.execute(insert(t.console_audit).values(
                ts=self.clock().isoformat(), actor=account.name, action=action, chat=chat,
                item=item, target=target, reason=reason, event_id=event_id, outcome=outcome))


def _least(item: q.Item, verdict: str) -> str:
    """The console role a verdict on this item needs: a report about an admin is the
    owner's (Клинт 10.1), an escalated item an admin's, else the act's own least role."""
    if item.kind == "admin-abuse":
        return "owner"
    return "admin" if item.status == "escalated" and LEAST[verdict] != "owner" else LEAST[verdict]


def _target(item: q.Item) -> str:
    """``@user `` for the command; empty when the id would not parse as one word (then the
    command names the member by replying to their message, as a moderator would in the chat)."""
    return "" if any(ch.isspace() for ch in item.user) or not item.user else f"@{item.user} "


def _steps(policy: Policy, decision: Decision | None) -> str:
    """" (step 2 of 2 of rule 3.1)" for a ladder decision, empty otherwise."""
    if decision is None or not decision.steps or not decision.steps[0]:
        return ""
    rule = policy.rule(decision.rules[0])
    return f" — step {decision.steps[0]} of {len(rule.ladder)} of rule {rule.id}"
