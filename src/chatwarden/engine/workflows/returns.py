"""Клинт 12.1: members may come back at most N times, never after removal for conflict."""

from __future__ import annotations

from chatwarden.engine.decision import Decision
from chatwarden.engine.ladder import Sanctioner
from chatwarden.engine.state import ChatState, Member
from chatwarden.events import Event
from chatwarden.policy.schema import Policy


class ReturnDesk:
    def __init__(self, policy: Policy, sanctioner: Sanctioner) -> None:
        self.policy, self.sanctioner = policy, sanctioner

    def handle(self, cs: ChatState, event: Event, member: Member, returning: bool) -> list[Decision]:
        spec = self.policy.returns
        if spec is None or not returning:
            return []
        if member.banned or member.removed_for_conflict:
            why = "removed for conflict earlier: a return is not possible"
        else:
            member.returns += 1
            if member.returns <= spec.max_returns:
                cs.audit(event.ts, "return", {"returns": member.returns, "max": spec.max_returns},
                         event_id=event.id, user=member.user)
                return []
            why = f"return {member.returns}, more than the {spec.max_returns} allowed"
        rule = self.policy.rule(spec.rule)
        actions = self.sanctioner.apply_names(cs, member.user, spec.sanction, event.ts, event.id,
                                              rule.id, None, None)
        return [Decision(event.id, cs.chat, member.user, event.ts, [rule.id], actions,
                         rule.citation, [0], why)]
