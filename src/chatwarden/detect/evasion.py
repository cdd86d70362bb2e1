"""Ban evasion (rule 12.1's "your return will be impossible"; the platform's
evasion-of-enforcement rule): a removed member coming back under a new account.

Two tells, each enough on its own:

- on a join, the newcomer's name (``event.extra["name"]``/``"username"``)
  looks like a removed member's: equal once look-alike letters, digits used as
  letters, case, separators and doubled letters are undone, or at least
  ``name_similarity`` alike after that;
- in a newcomer's first ``first_messages`` messages, a text at least
  ``text_similarity`` alike to one of a removed member's first messages.

Who was removed lives in the ledger: the engine keeps the chat's members removed
for good (banned, or removed for conflict) with their names and first messages in
the context (``ctx.windows.removed``). A policy may add more: ``removed``, or
``removed_file`` (JSON Lines ``{"user", "names": [...], "first_messages": [...]}``).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field
from rapidfuzz import fuzz

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.brands import skeleton
from chatwarden.detect.context import Context, RemovedMember
from chatwarden.detect.normalize import normalize
from chatwarden.events import Event


class Removed(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    user: str
    names: tuple[str, ...] = ()
    first_messages: tuple[str, ...] = ()


class EvasionParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    removed: tuple[Removed, ...] = Field((), description="removed members to watch for")
    removed_file: str | None = Field(None, description="JSON Lines file of removed members")
    name_similarity: float = Field(0.9, gt=0, le=1, description="name likeness that flags")
    text_similarity: float = Field(0.9, gt=0, le=1, description="first-message likeness")
    first_messages: int = Field(5, ge=1, description="a newcomer's messages compared")
    min_text_length: int = Field(12, ge=1, description="shorter texts are never compared")


@lru_cache(maxsize=4)
def _load(path: str) -> tuple[Removed, ...]:
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return tuple(Removed.model_validate(json.loads(ln)) for ln in lines if ln.strip())


def name_key(name: str) -> str:
    """A name as a reader sees it: ``V.a.s.y.a_1`` and ``vаsya`` (Cyrillic а) → ``vasyal``."""
    folded = normalize(name.lstrip("@")).text
    return skeleton("".join(ch for ch in folded if ch.isalnum()))


@lru_cache(maxsize=4096)
def _name_keys(names: tuple[str, ...]) -> frozenset[str]:
    return frozenset(k for n in names if (k := name_key(n)))


@lru_cache(maxsize=4096)
def _texts(messages: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(normalize(t).text for t in messages)


def member_names(event: Event) -> list[str]:
    """Every name the adapter put on the event (display name, username)."""
    values = (event.extra.get(key) for key in ("name", "username", "display_name"))
    return [v for v in values if isinstance(v, str) and v.strip()]


class BanEvasion(Detector):
    name = "ban_evasion"
    labels = ("evasion",)
    Params: ClassVar[type[BaseModel]] = EvasionParams
    event_types = frozenset({"join", "message"})
    stateful = True
    description = "A removed member returning: a look-alike name or the same first messages."

    def __init__(self, params: BaseModel | None = None) -> None:
        super().__init__(params)
        assert isinstance(self.params, EvasionParams)
        extra = _load(self.params.removed_file) if self.params.removed_file else ()
        self.removed: tuple[Removed | RemovedMember, ...] = self.params.removed + extra

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        removed = (*self.removed, *ctx.windows.removed.values())
        if not removed:
            return [self.miss(explanation="no removed members to compare with")]
        if event.type == "join":
            return [self._by_name(event, removed)]
        return [self._by_text(event, ctx, removed)]

    def _by_name(self, event: Event, removed_members: tuple[Removed | RemovedMember, ...]) -> Signal:
        assert isinstance(self.params, EvasionParams)
        mine = {name_key(n) for n in member_names(event)} - {""}
        if not mine:
            return self.miss(explanation="the join carries no name")
        best, who = 0.0, None
        for removed in removed_members:
            if removed.user == event.user:
                continue
            for k in _name_keys(removed.names):
                for key in mine:
                    score = 1.0 if k == key else fuzz.ratio(k, key) / 100
                    if score > best:
                        best, who = score, removed.user
        if who is not None and best >= self.params.name_similarity:
            why = f"the name looks like removed member {who}'s ({best:.0%} alike)"
            return Signal(self.name, "evasion", best, True, why,
                          (Evidence(event.id, note="member name"),), (who,))
        return Signal(self.name, "evasion", best, False, "no look-alike of a removed member's name")

    def _by_text(self, event: Event, ctx: Context,
                 removed_members: tuple[Removed | RemovedMember, ...]) -> Signal:
        assert isinstance(self.params, EvasionParams)
        p = self.params
        join = ctx.joined(event.user)
        if join is None or not event.text or len(event.text) < p.min_text_length:
            return self.miss(explanation="not a newcomer's text")
        earlier = sum(1 for seen in ctx.recent() if seen.event.ts >= join.ts)
        if earlier > p.first_messages:
            return self.miss(explanation="past the newcomer's first messages")
        mine = normalize(event.text).text
        best, who = 0.0, None
        for removed in removed_members:
            if removed.user == event.user:
                continue
            for text in _texts(removed.first_messages):
                score = fuzz.ratio(text, mine) / 100
                if score > best:
                    best, who = score, removed.user
        if who is not None and best >= p.text_similarity:
            why = f"a first message {best:.0%} alike to one of removed member {who}'s"
            return Signal(self.name, "evasion", best, True, why,
                          (Evidence(event.id, 0, len(event.text), "first message"),), (who,))
        return Signal(self.name, "evasion", best, False, "first messages unlike removed members'")
