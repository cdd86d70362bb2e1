"""Клинт 10.2: a sanction can be contested; the administration decides.

An appeal names the sanction by its id (every notice shows it). It is queued
for review and the owner is told; ``/overturn`` or ``/uphold`` closes it.
"""

from __future__ import annotations

from chatwarden.engine.decision import Action, Decision
from chatwarden.engine.ladder import Sanctioner
from chatwarden.engine.state import Appeal, ChatState, State
from chatwarden.events import Event
from chatwarden.policy.schema import Policy


class AppealDesk:
    def __init__(self, policy: Policy, state: State, sanctioner: Sanctioner) -> None:
        self.policy, self.state, self.sanctioner = policy, state, sanctioner

    def handle(self, cs: ChatState, event: Event) -> list[Decision]:
        if self.policy.appeals is None:
            return []
        rule = self.policy.rule(self.policy.appeals.rule)
        cite = rule.citation
        wanted = (event.sanction or "").lstrip("#")
        sanction = next((s for s in cs.sanctions.get(event.user, ()) if str(s.id) == wanted), None)
        if sanction is None:
            why = f"no sanction #{wanted} of @{event.user}" if wanted else "no sanction named"
            return [Decision(event.id, cs.chat, event.user, event.ts, [rule.id],
                             [Action("refuse", note=why)], cite, [0], why)]
        appeal = Appeal(self.state.new_id("appeal"), cs.chat, event.user, sanction.id,
                        event.text or "", event.ts, event.id)
        cs.appeals[appeal.id] = appeal
        note = f"appeal #{appeal.id} against sanction #{sanction.id} ({sanction.type})"
        return [Decision(event.id, cs.chat, event.user, event.ts, [rule.id],
                         [Action("review", note=note), Action("notify_owner", note=note)],
                         cite, [0], note)]

    def close(self, cs: ChatState, sanction_id: int, status: str) -> list[Appeal]:
        closed = []
        for appeal in cs.appeals.values():
            if appeal.sanction_id == sanction_id and appeal.status == "open":
                appeal.status = status
                closed.append(appeal)
        return closed
