"""Facts about the event itself, used as rule exceptions: replies, roles, permits.

They are detectors like any other so that exceptions are written in the same
condition language as violations, and explained the same way.
"""

from __future__ import annotations

from typing import ClassVar

from pydantic import BaseModel, ConfigDict

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context, mentioned
from chatwarden.events import ROLES, Event


class IsReply(Detector):
    name = "reply"
    labels = ("reply",)
    description = "The message answers another message (replies carry meaning: not spam)."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        if event.reply_to is None:
            return [self.miss()]
        return [Signal(self.name, "reply", 1.0, True, f"reply to {event.reply_to}",
                       (Evidence(event.id),))]


class RoleParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    at_least: str = "moderator"


class HasRole(Detector):
    name = "role"
    labels = ("role",)
    Params: ClassVar[type[BaseModel]] = RoleParams
    event_types = frozenset({"message", "edit", "join", "command"})
    description = "The author holds at least the given role (owner > admin > moderator > member)."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, RoleParams)
        need = ROLES.index(self.params.at_least)
        have = ROLES.index(ctx.member.role)
        if have < need:
            return [self.miss()]
        return [Signal(self.name, "role", 1.0, True, f"author is {ctx.member.role}")]


class Addresses(Detector):
    name = "addresses"
    labels = ("addressed",)
    Params: ClassVar[type[BaseModel]] = RoleParams
    description = ("The message replies to, or mentions, someone holding at least the given role "
                   "(Клинт 10.3: words aimed at the administration).")

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, RoleParams)
        need = ROLES.index(self.params.at_least)
        targets = mentioned(event.text)
        if event.reply_to and (author := ctx.author_of(event.reply_to)):
            targets.append(author)
        staff = [t for t in dict.fromkeys(targets) if t != event.user
                 and ROLES.index(ctx.windows.roles.get(t, "member")) >= need]
        if not staff:
            return [self.miss()]
        return [Signal(self.name, "addressed", 1.0, True,
                       "aimed at " + ", ".join(f"@{u} ({ctx.windows.roles.get(u, 'member')})" for u in staff),
                       (Evidence(event.id),), tuple(staff))]


class PermitParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str


class HasPermit(Detector):
    name = "permit"
    labels = ("permit",)
    Params: ClassVar[type[BaseModel]] = PermitParams
    description = "The owner allowed this member something by name (/permit @user NAME)."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, PermitParams)
        if self.params.name.casefold() not in ctx.member.permits:
            return [self.miss()]
        return [Signal(self.name, "permit", 1.0, True, f"permitted: {self.params.name}")]
