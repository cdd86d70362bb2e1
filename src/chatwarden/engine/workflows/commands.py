"""Moderator commands typed in the chat: the path for ``human`` and ``assist`` rules.

Targets come as ``@user``, a numeric id, or the author of the message the
command replies to. A command from someone without the role it needs is
refused, recorded, and changes nothing. Aliases (``варн``, ``бан``...) come from
the policy, so a community speaks its own language.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from chatwarden.engine.decision import Action, Decision
from chatwarden.engine.ladder import Sanctioner
from chatwarden.engine.state import ChatState, Member, original_id
from chatwarden.engine.terms import parse_term
from chatwarden.engine.workflows.appeals import AppealDesk
from chatwarden.events import Event
from chatwarden.policy.sanctions import KINDS
from chatwarden.policy.schema import Policy, Rule

SANCTION_COMMANDS = ("warn", "mute", "kick", "ban", "pardon")
"""Commands that order one kind of act by name: their least role is that kind's."""
LEAST_ROLE = {
    "punish": "moderator", **{name: KINDS[name].least_role for name in SANCTION_COMMANDS},
    "overturn": "admin", "uphold": "admin", "exempt": "owner", "permit": "owner",
}
NEEDS_TARGET = frozenset({"punish", "warn", "mute", "kick", "ban", "pardon", "exempt", "permit"})
ALREADY = {
    "ru": "/punish: это сообщение уже наказано по правилу {rule}: санкция #{id} ({kind}) "
          "от {who}; дважды за одно сообщение не наказываю",
    "en": "/punish: this message was already sanctioned under rule {rule}: sanction #{id} "
          "({kind}) by {who}; one message is not sanctioned twice",
}
"""The refusal of a second sanction for one message under one rule, in the policy's language:
the moderator (or the console's confirm) learns which record already stands and whose it is."""
THE_BOT = {"ru": "бота", "en": "the bot"}
"""Who decided a sanction no moderator ordered, as :data:`ALREADY` names it."""


class Refused(Exception):
    """A command that cannot be carried out; the message says why, for the moderator."""


@dataclass(slots=True)
class Parsed:
    name: str
    target: str | None
    args: list[str]


class CommandDesk:
    def __init__(self, policy: Policy, sanctioner: Sanctioner, appeals: AppealDesk) -> None:
        self.policy, self.sanctioner, self.appeals = policy, sanctioner, appeals
        self.aliases = {name: name for name in LEAST_ROLE}
        for name, words in policy.commands.aliases.items():
            for word in words:
                self.aliases[word.casefold()] = name
        self.least = {**LEAST_ROLE, **policy.commands.roles}
        self._parsed: tuple[tuple[str, str, str | None, str | None], Parsed | None] | None = None
        """The last command parsed, by (chat, event, text, reply): an adapter parses a
        command to resolve its target before the engine decides it; the engine reuses that
        parse unless the adapter rewrote the text."""

    def parse(self, cs: ChatState, event: Event) -> Parsed | None:
        key = (cs.chat, event.id, event.text, event.reply_to)
        last = self._parsed
        if last is not None and last[0] == key:
            return last[1]
        parsed = self._parse(cs, event)
        if parsed is None or parsed.target is not None or event.reply_to is None:
            self._parsed = (key, parsed)  # an unknown reply's author may be known later
        return parsed

    def _parse(self, cs: ChatState, event: Event) -> Parsed | None:
        words = (event.text or "").split()
        if not words:
            return None
        head = words[0].lstrip("/!").split("@", 1)[0].casefold()
        name = self.aliases.get(head)
        if name is None:
            return None
        args = words[1:]
        target = None
        if args and (args[0].startswith("@") or args[0].isdigit()) and name in NEEDS_TARGET:
            target = args.pop(0).lstrip("@")
        elif event.reply_to is not None:
            target = cs.authors.get(event.reply_to)
        return Parsed(name, target, args)

    def addressed(self, cs: ChatState, event: Event) -> bool:
        """A chat message that is a moderator command: ``/warn ...`` from anyone (a member's
        attempt is refused and recorded), a bare alias (``варн ...``) only from moderators."""
        text = (event.text or "").lstrip()
        head = text[:40].split(None, 1)[0] if text else ""
        if head.lstrip("/!").split("@", 1)[0].casefold() not in self.aliases:
            return False
        if text.startswith(("/", "!")):
            return True
        member = cs.members.get(event.user)
        role = member.role if member else self.sanctioner.policy_role(event.user)
        return role != "member"

    def handle(self, cs: ChatState, event: Event) -> list[Decision]:
        parsed = self.parse(cs, event)
        if parsed is None:
            return []
        actor = self.sanctioner.member(cs, event.user, event.ts)
        try:
            decision = self._run(cs, event, actor, parsed)
        except Refused as exc:
            cs.audit(event.ts, "command_refused", {"command": event.text, "why": str(exc)},
                     event_id=event.id, actor=event.user, user=parsed.target)
            return [Decision(event.id, cs.chat, event.user, event.ts, [],
                             [Action("refuse", note=str(exc))], explanation=str(exc),
                             actor=event.user, mode="human")]
        cs.audit(event.ts, "command", {"command": event.text}, event_id=event.id,
                 actor=event.user, user=decision.user)
        if event.reply_to is not None:  # decided in the chat: the console's queue drops it
            cs.settle(original_id(event.reply_to), event.user, event.ts)
        return [decision]

    def _run(self, cs: ChatState, event: Event, actor: Member, p: Parsed) -> Decision:
        need = self.least[p.name]
        if not actor.at_least(need):
            raise Refused(f"/{p.name} needs the role {need}; @{actor.user} is {actor.role}")
        if p.name in ("overturn", "uphold"):
            return self._appeal(cs, event, p)
        if p.target is None:
            raise Refused(f"/{p.name}: name a member (@user) or reply to their message")
        target = self.sanctioner.member(cs, p.target, event.ts)
        if target.role != "member" and not actor.at_least("owner") and target.at_least(actor.role):
            raise Refused(f"@{target.user} is {target.role}: only the owner can do that")
        ts, message = event.ts, event.reply_to
        decision = Decision(event.id, cs.chat, target.user, ts, [], [], actor=actor.user,
                            mode="human", explanation=" ".join(p.args))
        if p.name == "punish":
            rule = self._rule(p.args[0] if p.args else "")
            if not rule.ladder and not rule.content:
                raise Refused(f"/punish: rule {rule.id} names no sanction ({rule.reason or rule.title})")
            if message is not None:
                self._not_twice(cs, target.user, rule, message)
            step, decision.actions = self.sanctioner.apply_rule(cs, target.user, rule, ts, event.id,
                                                                message, by=actor.user)
            decision.rules, decision.steps = [rule.id], [step]
            decision.citation = rule.citation
            decision.explanation = " ".join(p.args[1:])
        elif p.name in ("warn", "mute", "ban"):
            days = parse_term(p.args[0], self.policy) if p.args else None
            if days is None and p.name != "ban":
                raise Refused(f"/{p.name}: give a term (e.g. 7d, 2w, "
                              f"{', '.join(t.names[0] for t in self.policy.terms[:3])})")
            decision.explanation = " ".join(p.args[1 if days else 0:])
            decision.actions = [self.sanctioner.apply(cs, target.user, p.name, days, ts, event.id,
                                                      None, None, message, by=actor.user)]
        elif p.name == "kick":
            decision.actions = [self.sanctioner.apply(cs, target.user, "kick", None, ts, event.id,
                                                      None, None, message, by=actor.user)]
        elif p.name == "pardon":
            lifted = self.sanctioner.lift(cs, target.user, ts, actor.user)
            if not lifted:
                raise Refused(f"@{target.user} has no active sanction")
            decision.actions = [Action("pardon", note=", ".join(f"#{s.id} {s.type}" for s in lifted))]
        elif p.name == "exempt":
            target.exempt = True
            quota = self.policy.quota
            decision.explanation = "exempt" + (f": weekly quota {quota.exempted_weekly_messages}"
                                               if quota else "")
        elif p.name == "permit":
            if not p.args:
                raise Refused("/permit: name what is permitted (e.g. the bot's name)")
            target.permits.add(p.args[0].casefold())
            decision.explanation = f"permitted: {p.args[0]}"
        return decision

    def _not_twice(self, cs: ChatState, user: str, rule: Rule, message: str) -> None:
        """Refuse a sanction the message already drew under the same written rule
        (``Sanctioner.drawn``); the refusal names who decided the first one."""
        s = self.sanctioner.drawn(cs, user, rule, message)
        if s is not None:
            lang = self.policy.language
            who = f"@{s.decided_by}" if s.decided_by else THE_BOT[lang]
            raise Refused(ALREADY[lang].format(rule=s.rule_id, id=s.id, kind=s.type, who=who))

    def _rule(self, wanted: str) -> Rule:
        for rule in self.policy.rules:
            if rule.id == wanted:
                return rule
        for rule in self.policy.rules:
            if rule.cite == wanted and rule.ladder:
                return rule
        ids = [r.id for r in self.policy.rules]
        close = difflib.get_close_matches(wanted, ids, n=1)
        hint = f" (did you mean {close[0]}?)" if close else ""
        raise Refused(f"/punish: unknown rule '{wanted}'{hint}")

    def _appeal(self, cs: ChatState, event: Event, p: Parsed) -> Decision:
        wanted = p.args[0].lstrip("#") if p.args else ""
        for user, sanctions in cs.sanctions.items():
            for s in sanctions:
                if str(s.id) != wanted:
                    continue
                actions: list[Action] = []
                if p.name == "overturn":
                    self.sanctioner.lift(cs, user, event.ts, event.user, only=s.id)
                    for o in cs.offences.get(user, ()):
                        if o.id == s.offence_id and o.lifted_at is None:
                            o.lifted_at = event.ts
                    actions = [Action("pardon", note=f"#{s.id} {s.type} overturned")]
                closed = self.appeals.close(cs, s.id, "accepted" if p.name == "overturn"
                                            else "rejected")
                why = f"sanction #{s.id} {p.name}: {len(closed)} appeal(s) closed"
                return Decision(event.id, cs.chat, user, event.ts, [], actions, actor=event.user,
                                mode="human", explanation=why)
        raise Refused(f"/{p.name}: no sanction #{wanted}")
