"""Клинт 12.2: complaints in a fixed template; N distinct reporters remove the member.

A complaint missing any template field is refused and the template sent back.
One reporter counts once per target (from the target's latest join); every
valid complaint reaches the owner. Complaints about the administration are not
counted toward removal: they go to the owner (Клинт 10.1) and into the review queue,
where the console shows them to the owner alone.
"""

from __future__ import annotations

import re

from chatwarden.engine.decision import Action, Decision
from chatwarden.engine.ladder import Sanctioner
from chatwarden.engine.state import ChatState, Complaint, State
from chatwarden.events import Event
from chatwarden.policy.schema import Complaints, Policy

_USER = re.compile(r"@?([\w.=/+-]+(?::[\w.-]+(?::\d+)?)?)")
"""A member's name as written in a complaint: a Telegram ``@name``, or a Matrix member
of another homeserver, keyed as ``local:server.tld`` (the adapter shortens its own)."""


def _key(label: str) -> str:
    return re.sub(r"\W+", "", label.casefold())


def parse_template(text: str, spec: Complaints) -> tuple[dict[str, str], list[str]]:
    """The template's fields found in ``text`` and the labels of those missing or empty."""
    labels = {_key(label): f.key for f in spec.template for label in f.labels}
    found: dict[str, str] = {}
    for line in text.splitlines():
        head, sep, value = line.partition(":")
        if sep and (key := labels.get(_key(head))) and value.strip():
            found.setdefault(key, value.strip())
    missing = [f.labels[0] for f in spec.template if f.key not in found]
    return found, missing


class ComplaintDesk:
    def __init__(self, policy: Policy, state: State, sanctioner: Sanctioner) -> None:
        self.policy, self.state, self.sanctioner = policy, state, sanctioner

    def handle(self, cs: ChatState, event: Event) -> list[Decision]:
        spec = self.policy.complaints
        if spec is None:
            return []
        rule = self.policy.rule(spec.rule)
        fields, missing = parse_template(event.text or "", spec)
        target = None
        if "username" in fields and (m := _USER.match(fields["username"])):
            target = m.group(1)
        if missing or target is None or target == event.user:
            why = (f"missing: {', '.join(missing)}" if missing
                   else "cannot complain about yourself" if target else "no username")
            cs.audit(event.ts, "complaint_refused", {"why": why}, event_id=event.id,
                     user=event.user)
            return [Decision(event.id, cs.chat, event.user, event.ts, [rule.id],
                             [Action("refuse", note=spec.template_text)],
                             rule.citation, [0], why)]
        member = self.sanctioner.member(cs, target, event.ts)
        since = member.joined_at or member.first_seen
        prior = cs.complaints.setdefault(target, [])
        reporters = {c.reporter for c in prior if c.counted and (since is None or c.ts >= since)}
        protected = member.role in spec.protected_roles
        counted = not protected and event.user not in reporters
        complaint = Complaint(self.state.new_id("complaint"), cs.chat, event.user, target, event.ts,
                              event.id, fields, counted)
        prior.append(complaint)
        if counted:
            reporters.add(event.user)
        cited = self.policy.rule(spec.escalate_rule) if protected and spec.escalate_rule else rule
        summary = (f"complaint #{complaint.id} from @{event.user}: {fields.get('reason', '')} "
                   f"({len(reporters)}/{spec.threshold} distinct)")
        actions = [Action("notify_owner", note=summary)]
        if protected:  # the owner's to judge: queued like an immune member's rule hit
            actions.insert(0, Action("review", note=summary))
        why = summary if counted else (summary + "; " + ("about the administration: owner decides"
                                                          if protected else "reporter counted once"))
        if counted and len(reporters) >= spec.threshold and member.present:
            actions += self.sanctioner.apply_names(cs, target, spec.sanction, event.ts, event.id,
                                                   rule.id, None, None)
            why = f"{len(reporters)} complaints from {len(reporters)} distinct members"
        return [Decision(event.id, cs.chat, target, event.ts, [cited.id], actions,
                         cited.citation, [0], why, actor=event.user)]
