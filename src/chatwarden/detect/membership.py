"""Who joins, how, and with whom: raids (1.1) and joining in companies (9.2)."""

from __future__ import annotations

from datetime import timedelta
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context, Join
from chatwarden.detect.flood import flood_items
from chatwarden.events import Event


class RaidParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    joins: int = Field(5, ge=2, description="joins close together that make a burst")
    join_window_seconds: int = Field(120, ge=1)
    watch_minutes: int = Field(30, ge=1, description="how long after the burst floods count")
    flood_messages: int = Field(4, ge=1, description="flood items from the burst that prove a raid")
    min_flooders: int = Field(2, ge=1, description="distinct burst members flooding (one is a flood)")


def _burst(ctx: Context, around: Join, window: timedelta) -> list[Join]:
    """The joins clustered around one join (within ``window`` of a neighbour)."""
    joins = sorted(ctx.joins_since(around.ts - window * 10), key=lambda j: j.ts)
    cluster: list[Join] = []
    for j in joins:
        if cluster and j.ts - cluster[-1].ts > window:
            if around in cluster:
                break
            cluster = []
        cluster.append(j)
    return cluster if around in cluster else []


class Raid(Detector):
    name = "raid"
    labels = ("raid",)
    Params: ClassVar[type[BaseModel]] = RaidParams
    stateful = True
    description = "Members who joined in a burst and flood together: an obvious raid."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, RaidParams)
        p = self.params
        mine = ctx.joined(event.user)
        if mine is None or event.ts - mine.ts > timedelta(minutes=p.watch_minutes):
            return [self.miss()]
        if not flood_items(event):
            return [self.miss(explanation="not a flood message")]
        burst = _burst(ctx, mine, timedelta(seconds=p.join_window_seconds))
        if len(burst) < p.joins:
            return [self.miss(explanation=f"{len(burst)} joins together, fewer than {p.joins}")]
        members = {j.user for j in burst}
        start = burst[0].ts
        flooders: dict[str, None] = {}
        items, ids = 0, []
        for seen in ctx.chat_recent():
            if seen.event.ts < start:
                break
            n = flood_items(seen.event) if seen.event.user in members else 0
            if n:
                items += n
                ids.append(seen.event.id)
                flooders[seen.event.user] = None
        if items < p.flood_messages or len(flooders) < p.min_flooders:
            return [Signal(self.name, "raid", items / p.flood_messages, False,
                           f"{items} flood items from a burst of {len(burst)} joins")]
        why = f"{len(burst)} members joined within {p.join_window_seconds}s and sent {items} flood items"
        return [Signal(self.name, "raid", 1.0, True, why, tuple(Evidence(i) for i in reversed(ids)),
                       tuple(reversed(flooders)))]


class CompanyParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    min_members: int = Field(3, ge=2, description="members arriving together that make a company")
    within_minutes: int = Field(10, ge=1)
    ignore_links: tuple[str, ...] = Field((), description="the chat's public links everyone uses")


class Company(Detector):
    name = "company"
    labels = ("company",)
    Params: ClassVar[type[BaseModel]] = CompanyParams
    event_types = frozenset({"join"})
    stateful = True
    description = "Several members joining through the same invite link or inviter within minutes."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, CompanyParams)
        p = self.params
        since = event.ts - timedelta(minutes=p.within_minutes)
        recent = [j for j in ctx.joins_since(since) if j.ts <= event.ts]
        for key, value in (("invite link", event.invite_link), ("inviter", event.invited_by)):
            if value is None or value in p.ignore_links:
                continue
            group = [j for j in recent
                     if (j.invite_link if key == "invite link" else j.invited_by) == value]
            users = tuple(dict.fromkeys(j.user for j in group))
            if len(users) >= p.min_members:
                # The company is reported once when complete; later arrivals one by one.
                users = users if len(users) == p.min_members else (event.user,)
                why = f"{len(users)} members joined through the same {key} within {p.within_minutes} min"
                return [Signal(self.name, "company", 1.0, True, why, (Evidence(event.id),), users)]
        return [self.miss()]
