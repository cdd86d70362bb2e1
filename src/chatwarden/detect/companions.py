"""Rule 9.1: "if you join with a friend or partner, talk not only with them but with
the other members too".

Two members joined *together* when they joined within ``together_minutes`` of
each other through the same invite link or inviter, or one invited the other.
In the author's first ``days`` days, each message is an interaction with
someone when it replies to their message or mentions them (``@user``, matched
against the members seen in the chat window). The author is flagged when at
least ``min_interactions`` interactions are on record, at least ``share`` of
them are with the companion, and nobody else got more than ``others_max``.

Limits: the join pair must still be in the context's join window (24 h) and
the messages in the author's window (32), so this judges the first day well
and later days only as far as the engine keeps join facts.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context, Join, mentioned
from chatwarden.events import Event


class CompanionParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    together_minutes: int = Field(10, ge=1, description="joins this close count as together")
    days: int = Field(3, ge=1, description="how long after joining the rule watches")
    min_interactions: int = Field(5, ge=2, description="interactions needed before judging")
    share: float = Field(0.8, gt=0, le=1, description="part of them with the companion")
    others_max: int = Field(1, ge=0, description="most interactions with anyone else")


def _together(mine: Join, other: Join, within: timedelta) -> bool:
    if other.user == mine.user or abs(other.ts - mine.ts) > within:
        return False
    if mine.invited_by == other.user or other.invited_by == mine.user:
        return True
    same_link = mine.invite_link is not None and mine.invite_link == other.invite_link
    same_inviter = mine.invited_by is not None and mine.invited_by == other.invited_by
    return same_link or same_inviter


class Companions(Detector):
    name = "companions"
    labels = ("companions",)
    Params: ClassVar[type[BaseModel]] = CompanionParams
    stateful = True
    description = "A member who joined with a friend and, in the first days, talks only to them."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, CompanionParams)
        p = self.params
        if event.type != "message":
            return [self.miss()]
        if not event.reply_to and "@" not in (event.text or ""):
            # the verdict can only change when the author addresses someone
            return [self.miss(explanation="not addressed to anyone")]
        mine = ctx.joined(event.user)
        if mine is None or event.ts - mine.ts > timedelta(days=p.days):
            return [self.miss(explanation="not a recent joiner")]
        mine_recent = []
        for seen in ctx.recent(self.name):  # after a finding, only new interactions count
            if seen.event.ts < mine.ts:
                break
            if seen.event.reply_to or "@" in (seen.event.text or ""):
                mine_recent.append(seen.event)
        if len(mine_recent) < p.min_interactions:  # cheap exit before any graph work
            return [self.miss(explanation=f"{len(mine_recent)} of {p.min_interactions} "
                                          "interactions so far")]
        window = timedelta(minutes=p.together_minutes)
        friends = {j.user for j in ctx.joins_since(mine.ts - window) if _together(mine, j, window)}
        if not friends:
            return [self.miss(explanation="joined alone")]
        authors = {seen.event.id: seen.event.user for seen in ctx.chat_recent()}
        known = set(authors.values()) | friends
        talked: Counter[str] = Counter()
        ids: dict[str, list[str]] = {}
        for prior in mine_recent:
            targets = set()
            if prior.reply_to and prior.reply_to in authors:
                targets.add(authors[prior.reply_to])
            targets.update(m for m in mentioned(prior.text) if m in known)
            targets.discard(event.user)
            for t in targets:
                talked[t] += 1
                ids.setdefault(t, []).append(prior.id)
        total = sum(talked.values())
        if total < p.min_interactions:
            return [self.miss(explanation=f"{total} of {p.min_interactions} interactions so far")]
        friend, with_friend = max(((f, talked[f]) for f in friends), key=lambda x: x[1])
        others = max((n for u, n in talked.items() if u != friend), default=0)
        share = with_friend / total
        if share >= p.share and others <= p.others_max:
            why = (f"joined together with {friend}; {with_friend} of {total} replies/mentions "
                   f"in the first {p.days} days went to them")
            evidence = tuple(Evidence(i) for i in reversed(ids[friend]))
            return [Signal(self.name, "companions", share, True, why, evidence, (friend,))]
        return [Signal(self.name, "companions", share * 0.5, False,
                       f"{with_friend} of {total} interactions with the companion")]
