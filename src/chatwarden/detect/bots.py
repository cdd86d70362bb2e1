"""Bots and bot commands: rule 1.2 (a bot reserved for the administration) and 1.3."""

from __future__ import annotations

from datetime import timedelta
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context
from chatwarden.events import Event


class BotParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    bots: tuple[str, ...] = Field(..., min_length=1, description="bot names, matched case-insensitively")


class BotUsage(Detector):
    name = "bot_usage"
    labels = ("bot",)
    Params: ClassVar[type[BaseModel]] = BotParams
    description = "A message sent through one of the named inline bots (the event's via_bot)."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, BotParams)
        if not event.via_bot:
            return [self.miss()]
        used = event.via_bot.lstrip("@").casefold()
        if used not in {b.lstrip("@").casefold() for b in self.params.bots}:
            return [self.miss(explanation=f"via {event.via_bot}, not a listed bot")]
        return [Signal(self.name, "bot", 1.0, True, f"sent via {event.via_bot}", (Evidence(event.id),))]


class CommandSpamParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    prefixes: tuple[str, ...] = Field(("/", "!"), description="a message starting so is a bot command")
    words: tuple[str, ...] = Field((), description="command words of chat bots (Iris, ...)")
    count: int = Field(5, ge=2, description="commands within the window that become spam")
    within_seconds: int = Field(300, ge=1)


def _starts(p: CommandSpamParams) -> tuple[str, ...]:
    return (*p.prefixes, *(w.casefold() for w in p.words))


class CommandSpam(Detector):
    name = "command_spam"
    labels = ("command.spam",)
    Params: ClassVar[type[BaseModel]] = CommandSpamParams
    stateful = True
    description = "Chat-bot commands (Iris, «Чанджми», ...) sent so often they become spam."

    def __init__(self, params: BaseModel | None = None) -> None:
        super().__init__(params)
        assert isinstance(self.params, CommandSpamParams)
        self._starts = _starts(self.params)

    def is_command(self, text: str | None) -> bool:
        return bool(text) and text.lstrip()[:32].casefold().startswith(self._starts)  # type: ignore[union-attr]

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, CommandSpamParams)
        p = self.params
        if not self.is_command(event.text):
            return [self.miss()]
        since = event.ts - timedelta(seconds=p.within_seconds)
        ids = [s.event.id for s in ctx.recent(self.name)
               if s.event.ts >= since and self.is_command(s.event.text)]
        if len(ids) < p.count:
            return [Signal(self.name, "command.spam", len(ids) / p.count, False,
                           f"{len(ids)} commands in {p.within_seconds}s")]
        why = f"{len(ids)} bot commands within {p.within_seconds}s (limit {p.count - 1})"
        return [Signal(self.name, "command.spam", 1.0, True, why,
                       tuple(Evidence(i) for i in reversed(ids)))]
