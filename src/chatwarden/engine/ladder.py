"""Ladders and sanctions: the one place a member's record changes.

The step of a rule's ladder is picked by the member's offences against that
rule within its recidivism window (overturned ones do not count); past the last
step the last step repeats. Every sanction is recorded before any adapter acts.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from datetime import datetime, timedelta

from chatwarden.engine.decision import REMOVALS, Action
from chatwarden.engine.state import ChatState, Member, Offence, Sanction, State, original_id
from chatwarden.policy.sanctions import RECORDED
from chatwarden.policy.schema import Escalation, Policy, Rule
from chatwarden.policy.schema import Sanction as SanctionSpec


class Sanctioner:
    def __init__(self, policy: Policy, state: State) -> None:
        self.policy = policy
        self.state = state
        self._holders = policy.roles.holders()
        self.cites = {rule.id: rule.cite for rule in policy.rules}

    def drawn(self, cs: ChatState, user: str, rule: Rule, message: str) -> Sanction | None:
        """The sanction ``message`` already drew under ``rule``'s written number, if any.

        One message, one sanction per rule, whoever decided it (the engine, a moderator, the
        console's confirm): ``6.1`` and ``6.1-review`` cite one rule, an edit is its message,
        and lifted sanctions count too (a pardon is no invitation to punish again). Sanctions
        recorded before migration 0008 name no message: the engine's own were made by the
        message's event, so its id stands in for one.
        """
        message = original_id(message)
        for s in cs.sanctions.get(user, ()):
            about = s.message if s.message is not None else original_id(s.event_id)
            if about == message and s.rule_id is not None \
                    and self.cites.get(s.rule_id, s.rule_id) == rule.cite:
                return s
        return None

    def step_index(self, cs: ChatState, user: str, rule: Rule, now: datetime) -> int:
        window = timedelta(days=rule.window_days or self.policy.recidivism_days)
        prior = sum(1 for o in cs.offences.get(user, ())
                    if o.rule_id == rule.id and o.lifted_at is None and now - o.ts < window)
        return min(prior, len(rule.ladder) - 1)

    def apply_rule(self, cs: ChatState, user: str, rule: Rule, now: datetime, event_id: str,
                   message: str | None, *, by: str | None = None) -> tuple[int, list[Action]]:
        """Record an offence against ``rule`` and apply its content actions and next ladder step.

        Returns the 1-based step (0 when the rule has no ladder) and the actions; ``by`` is
        the moderator who ordered it (None: the engine's own judgement).
        """
        actions = self.apply_names(cs, user, rule.content, now, event_id, rule.id, None, message,
                                   by=by)
        if not rule.ladder:
            return 0, actions
        index = self.step_index(cs, user, rule, now)
        offence = Offence(self.state.new_id("offence"), cs.chat, user, rule.id, index + 1, now,
                          event_id)
        cs.offences.setdefault(user, []).append(offence)
        actions += self.apply_names(cs, user, rule.ladder[index], now, event_id, rule.id,
                                    offence.id, message, by=by)
        return index + 1, actions

    def apply_names(self, cs: ChatState, user: str, names: Sequence[str], now: datetime,
                    event_id: str, rule_id: str | None, offence_id: int | None,
                    message: str | None, *, by: str | None = None) -> list[Action]:
        actions = []
        for name in names:
            if name == "delete" and name not in self.policy.sanctions:
                spec = SanctionSpec(type="delete")
            else:
                spec = self.policy.sanctions[name]
            actions.append(self.apply(cs, user, spec.type, spec.term_days, now, event_id, rule_id,
                                      offence_id, message, conflict=spec.conflict, by=by))
        return [a for a in actions if a.type != "delete" or a.message is not None]

    def apply(self, cs: ChatState, user: str, kind: str, term_days: float | None, now: datetime,
              event_id: str, rule_id: str | None, offence_id: int | None, message: str | None,
              *, conflict: bool = False, note: str | None = None, by: str | None = None) -> Action:
        """Apply one sanction of ``kind``; recorded kinds get a ledger row and an id."""
        until = now + timedelta(days=term_days) if term_days else None
        if kind not in RECORDED:
            return Action(kind, message=message if kind == "delete" else None, note=note)
        sanction = Sanction(self.state.new_id("sanction"), cs.chat, user, kind, now, event_id,
                            rule_id, offence_id, term_days, until, conflict or kind == "ban",
                            message=original_id(message) if message is not None else None,
                            decided_by=by)
        cs.sanctions.setdefault(user, []).append(sanction)
        if until is not None:
            heapq.heappush(cs.expiring, (until, sanction.id, user))
        member = self.member(cs, user, now)
        if kind in REMOVALS:
            member.present = False
            member.removed_for_conflict |= sanction.conflict
            member.banned |= kind == "ban" and until is None
            if member.banned or member.removed_for_conflict:
                cs.windows.removed[user] = member.removed()
        return Action(kind, term_days, until, message, note, sanction.conflict, sanction.id)

    def member(self, cs: ChatState, user: str, now: datetime) -> Member:
        member = cs.members.get(user)
        if member is None:
            member = cs.members[user] = Member(cs.chat, user, role=self.policy_role(user),
                                               first_seen=now, joined_at=now, last_active=now)
            if user in self.policy.roles.exempted:
                member.exempt = True
            if member.role != "member":
                cs.windows.roles[user] = member.role
        return member

    def policy_role(self, user: str) -> str:
        return self._holders.get(user, "member")

    def lift(self, cs: ChatState, user: str, now: datetime, actor: str,
             only: int | None = None) -> list[Sanction]:
        """Lift active sanctions (all, or the one with id ``only``); recorded, never deleted."""
        lifted = []
        for s in cs.sanctions.get(user, ()):
            hit = s.active(now) if only is None else (s.id == only and s.lifted_at is None)
            if hit:
                s.lifted_at, s.lifted_by = now, actor
                lifted.append(s)
        member = cs.members.get(user)
        if member is not None and any(s.type in REMOVALS for s in lifted):
            member.banned = False
            member.removed_for_conflict = False
            cs.windows.removed.pop(user, None)
        return lifted

    def escalation(self, cs: ChatState, user: str, now: datetime) -> Escalation | None:
        """The first global escalation the member's record now meets, if any."""
        for esc in self.policy.escalations:
            since = now - timedelta(days=esc.within_days)
            record = [s for s in cs.sanctions.get(user, ())
                      if s.lifted_at is None and s.start >= since]
            warnings = sum(s.type == "warning" for s in record)
            warns = sum(s.type == "warn" for s in record)
            if warnings >= esc.warnings and warns >= esc.warns:
                return esc
        return None
