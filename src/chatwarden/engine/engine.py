"""The engine: (policy, state, event, clock) → an outcome. Deterministic and pure.

Time is the event's own timestamp, so scheduled jobs (the Saturday purge, warn
expiry) fire at the right virtual time while an export is replayed. The order
of work for an event is written out here, once:

1. scheduled jobs that fell due before the event;
2. the member registry (joins, leaves, roles, activity);
3. the event's workflow: rules for messages, the desk for complaints and
   appeals, returns for joins, moderator commands;
4. global escalations on the records that just changed.

It works in its own memory of each chat (:mod:`chatwarden.engine.state`), loaded when the
chat is first needed, and returns an :class:`~chatwarden.engine.state.Outcome`: the
decisions and the record changes they imply, found by the event's unit of work. The
caller (:class:`chatwarden.runtime.Runtime`) has the ledger write it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from zoneinfo import ZoneInfo

from chatwarden.detect.base import Signal
from chatwarden.detect.budget import budgets_of
from chatwarden.detect.context import Context, Join, remember, remember_join
from chatwarden.detect.registry import REGISTRY, Registry
from chatwarden.engine.decision import REMOVALS, Action, Decision
from chatwarden.engine.ladder import Sanctioner
from chatwarden.engine.rules import CompiledRule, Evaluation, RuleSet
from chatwarden.engine.state import (
    AUTHORS_KEPT,
    FIRST_MESSAGES_KEPT,
    NAMES_KEPT,
    ChatState,
    Member,
    Outcome,
    State,
    Unit,
)
from chatwarden.engine.workflows.appeals import AppealDesk
from chatwarden.engine.workflows.commands import CommandDesk
from chatwarden.engine.workflows.complaints import ComplaintDesk
from chatwarden.engine.workflows.returns import ReturnDesk
from chatwarden.engine.workflows.schedule import Jobs
from chatwarden.events import Event
from chatwarden.policy.schema import Policy

Hit = tuple[CompiledRule, list[Signal]]


class Engine:
    def __init__(self, policy: Policy, state: State | None = None,
                 registry: Registry = REGISTRY) -> None:
        self.policy = policy
        self.state = state if state is not None else State()
        self.tz = ZoneInfo(policy.timezone)
        self.rules = RuleSet(policy, registry)
        self.sanctioner = Sanctioner(policy, self.state)
        self.jobs = Jobs(policy, self.sanctioner, self.tz)
        self.appeals = AppealDesk(policy, self.state, self.sanctioner)
        self.commands = CommandDesk(policy, self.sanctioner, self.appeals)
        self.complaints = ComplaintDesk(policy, self.state, self.sanctioner)
        self.returns = ReturnDesk(policy, self.sanctioner)
        self.budgets = budgets_of(self.rules.detectors())
        """The detectors' per-chat budgets by stable name: part of what a restart restores."""
        self._seen: set[str] = set()

    def warm(self) -> None:
        """Load every detector's lazily loaded models now (:meth:`Detector.warm`)."""
        for detector in self.rules.detectors():
            detector.warm()

    def process(self, event: Event) -> Outcome:
        """Decide ``event``: its decisions and every record change they imply.

        The engine's memory of the chat moves on; nothing else is written. When this
        raises, that memory holds part of the event's changes: throw the engine away
        (the runtime builds a new one from the ledger)."""
        cs = self.state.chat(event.chat)
        with Unit(cs, event.id, self.budgets) as unit:
            if event.chat not in self._seen:
                self._first_sight(cs)
            decisions = self._escalate(cs, self._dispatch(cs, event))
        return unit.outcome(decisions, event)

    def _dispatch(self, cs: ChatState, event: Event) -> list[Decision]:
        out = self.jobs.run_due(cs, event.ts)
        if event.extra:
            self._names(cs, event)
        if event.type == "message" and self.commands.addressed(cs, event):
            out += self.commands.handle(cs, event)
        elif event.type in ("message", "edit"):
            out += self._message(cs, event)
        elif event.type == "join":
            out += self._join(cs, event)
        elif event.type == "leave":
            self.sanctioner.member(cs, event.user, event.ts).present = False
        elif event.type == "role":
            member = self.sanctioner.member(cs, event.user, event.ts)
            member.role = event.role or "member"
            if member.role == "member":
                cs.windows.roles.pop(member.user, None)
            else:
                cs.windows.roles[member.user] = member.role
            cs.audit(event.ts, "role", {"role": member.role}, event_id=event.id, user=event.user)
        elif event.type == "command":
            out += self.commands.handle(cs, event)
        elif event.type == "complaint":
            out += self.complaints.handle(cs, event)
        elif event.type == "appeal":
            out += self.appeals.handle(cs, event)
        return out

    def _first_sight(self, cs: ChatState) -> None:
        """Before this engine first decides an event of a chat: the policy's owner, admins
        and moderators hold their roles before they speak, and the judgement budgets are
        as the ledger left them.

        Members the ledger already knows keep the role it records (a role event may have
        changed it), so seeding after a restart changes nothing a first run did not."""
        for user, role in self.policy.roles.holders().items():
            if user not in cs.members:
                cs.windows.roles.setdefault(user, role)
        for name, budget in self.budgets.items():
            budget.restore(cs.chat, cs.budgets.get(name))
        self._seen.add(cs.chat)

    def forget(self, chats: Iterable[str]) -> None:
        """Drop chats from memory (their changes must be committed): the next event loads
        each afresh from the ledger, as after a restart. A worker forgets a partition's
        chats when it takes or loses the partition, and the least used ones to stay small."""
        for chat in chats:
            self.state.evict(chat)
            self._seen.discard(chat)
            for budget in self.budgets.values():
                budget.restore(chat, None)

    def _names(self, cs: ChatState, event: Event) -> None:
        """Keep the few names the platform reports for a member (ban evasion compares them)."""
        reported = [v for k in ("name", "username") if isinstance(v := event.extra.get(k), str) and v]
        if not reported:
            return
        member = self.sanctioner.member(cs, event.user, event.ts)
        for name in reported:
            if name not in member.names and len(member.names) < NAMES_KEPT:
                member.names.append(name)

    def finish(self, now: datetime, chats: Iterable[str] | None = None) -> Outcome:
        """Run the jobs that fell due up to ``now`` in every chat (the end of a replay; a live
        bot's clock), or only in ``chats`` (a preview). A chat not loaded yet is loaded only
        when the ledger says something in it is due, so a clock tick loads no idle chat."""
        if chats is None:
            chats = self.due(now)
        out = Outcome()
        for chat in chats:
            cs = self.state.chat(chat)
            with Unit(cs, None) as unit:
                decisions = self.jobs.run_due(cs, now)
            out.merge(unit.outcome(decisions))
        return out

    def due(self, now: datetime, which: Callable[[str], bool] | None = None) -> list[str]:
        """The chats a clock tick at ``now`` must look at: every loaded one and those the
        ledger says have something due; only those for which ``which(chat)`` (a shared
        writer's own partitions) when given."""
        stored = self.state.timers()
        chats = set(self.state.loaded).union(
            chat for chat, (runs, expiry) in stored.items()
            if chat not in self.state.loaded and self.jobs.due(runs, expiry, now))
        return sorted(chat for chat in chats if which is None or which(chat))

    # -- messages ---------------------------------------------------------------------------

    def _message(self, cs: ChatState, event: Event) -> list[Decision]:
        member = self.sanctioner.member(cs, event.user, event.ts)
        if event.type == "message":
            member.last_active = event.ts
            if event.text and len(member.first_messages) < FIRST_MESSAGES_KEPT:
                member.first_messages.append(event.text[:500])
            if not member.present:
                member.present = True
            day = event.ts.astimezone(self.tz).date()
            member.activity[day] = member.activity.get(day, 0) + 1
            remember(cs.windows, event)
            cs.authors[event.id] = event.user
            if len(cs.authors) > AUTHORS_KEPT:
                del cs.authors[next(iter(cs.authors))]
        return self._judge(cs, event, member)

    def _judge(self, cs: ChatState, event: Event, member: Member) -> list[Decision]:
        """Evaluate the rules for the event's kind (edits: those needing no history) and decide."""
        evaluation = Evaluation(event, Context(cs.windows, event.user, event.ts, member.facts()))
        hits: list[Hit] = []
        kind = "message" if event.type == "edit" else event.type
        for compiled in self.rules.for_event(kind):
            if event.type == "edit" and compiled.stateful:
                continue
            signals = evaluation.holds(compiled.when) if compiled.when is not None else None
            if signals is None:
                continue
            if compiled.unless is not None and evaluation.holds(compiled.unless) is not None:
                continue
            hits.append((compiled, signals))
        if not hits:
            return []
        superseded = {s for c, _ in hits for s in c.rule.supersedes}
        return self._decide(cs, event, [h for h in hits if h[0].rule.id not in superseded])

    def _decide(self, cs: ChatState, event: Event, hits: list[Hit]) -> list[Decision]:
        by_user: dict[str, Decision] = {}
        for compiled, signals in hits:
            rule = compiled.rule
            targets = [event.user]
            if rule.target == "members":
                targets = list(dict.fromkeys(m for s in signals for m in s.members)) or targets
            for user in targets:
                member = self.sanctioner.member(cs, user, event.ts)
                if member.banned:
                    continue  # already removed for good: never sanction twice
                message = event.id if user == event.user else None
                if message is not None and event.type == "edit" \
                        and self.sanctioner.drawn(cs, user, rule, message) is not None:
                    continue  # its message was sanctioned under this rule: never twice
                if rule.mode == "assist" or member.role in self.policy.immune_roles:
                    actions = [Action("review", message=message, note=rule.title)]
                    if member.role in self.policy.immune_roles:
                        actions.append(Action("notify_owner", message=message))
                    step = 0
                else:
                    step, actions = self.sanctioner.apply_rule(cs, user, rule, event.ts, event.id,
                                                               message)
                if event.type == "message":
                    for key in compiled.stateful:
                        cs.consume(user, key)
                decision = by_user.get(user)
                if decision is None:
                    decision = by_user[user] = Decision(event.id, cs.chat, user, event.ts, [], [],
                                                        mode=rule.mode)
                decision.rules.append(rule.id)
                decision.steps.append(step)
                decision.actions.extend(a for a in actions if a not in decision.actions)
                decision.signals.extend(signals)
                decision.citation = "\n\n".join(filter(None, [decision.citation,
                                                              rule.citation]))
                decision.explanation = "; ".join(
                    filter(None, [decision.explanation, *(s.explanation for s in signals)]))
                if rule.mode == "auto" and decision.mode == "assist":
                    decision.mode = "auto"
        return list(by_user.values())

    # -- membership -------------------------------------------------------------------------

    def _join(self, cs: ChatState, event: Event) -> list[Decision]:
        known = event.user in cs.members
        member = self.sanctioner.member(cs, event.user, event.ts)
        returning = known and not member.present
        member.present = True
        member.joins += 1
        member.joined_at = member.last_active = event.ts
        member.activity.clear()
        remember_join(cs.windows, Join(event.user, event.ts, event.invite_link, event.invited_by,
                                       returning))
        out = self.returns.handle(cs, event, member, returning) if returning else []
        if any(a.type in REMOVALS for d in out for a in d.actions):
            return out
        return out + self._judge(cs, event, member)

    # -- escalation -------------------------------------------------------------------------

    def _escalate(self, cs: ChatState, decisions: list[Decision]) -> list[Decision]:
        touched: dict[str, Decision] = {}
        for d in decisions:
            if any(a.type in {"warning", "warn"} and a.sanction_id for a in d.actions):
                touched[d.user] = d
        for user, decision in touched.items():
            esc = self.sanctioner.escalation(cs, user, decision.ts)
            if esc is None:
                continue
            if esc.mode == "auto":
                actions = self.sanctioner.apply_names(cs, user, esc.then, decision.ts,
                                                      decision.event, esc.id, None, None)
            else:
                actions = [Action("review", note=esc.text), Action("notify_owner", note=esc.text)]
            decision.rules.append(esc.id)
            decision.steps.append(0)
            decision.actions.extend(actions)
            decision.citation += f"\n\n{esc.text.strip()}"
        return decisions

