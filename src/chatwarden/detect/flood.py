"""Rule 1.1's second clause: more than N GIFs, stickers or emoji in a row."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context
from chatwarden.detect.normalize import emoji_only, longest_emoji_run
from chatwarden.events import Event

FLOOD_MEDIA = frozenset({"gif", "sticker"})
_MAYBE_EMOJI = re.compile("[\u00a9\u00ae\u203c-\u3299\U0001f000-\U0001faff]")
"""Every emoji has a code point in these ranges; most chat text has none, and the exact
(slow) emoji tokenizer is skipped for it."""


class FloodParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    max_in_row: int = Field(3, ge=1, description="allowed in a row; one more is a flood")
    gap_seconds: int = Field(120, ge=1, description="a longer pause between items ends the row")


def flood_items(event: Event) -> int:
    """How many GIF/sticker/emoji items a message adds to a row (0 breaks the row)."""
    if event.media in FLOOD_MEDIA:
        return 1
    if event.media is None and event.text and _MAYBE_EMOJI.search(event.text):
        return emoji_only(event.text)
    return 0


class Flood(Detector):
    name = "flood"
    labels = ("flood",)
    Params: ClassVar[type[BaseModel]] = FloodParams
    stateful = True
    description = "GIFs, stickers or emoji-only messages (or emoji in one run) past the limit."

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, FloodParams)
        limit, gap = self.params.max_in_row, timedelta(seconds=self.params.gap_seconds)
        if event.type != "message":
            return [self.miss()]
        if event.text and event.media is None and _MAYBE_EMOJI.search(event.text):
            run = longest_emoji_run(event.text)
            if run > limit and not emoji_only(event.text):
                return [self._hit([event.id], run, "emoji in one message")]
        total, ids, last_ts = 0, [], event.ts
        for seen in ctx.recent(self.name):
            items = flood_items(seen.event)
            if not items or last_ts - seen.event.ts > gap:
                break
            total += items
            ids.append(seen.event.id)
            last_ts = seen.event.ts
        if total > limit:
            return [self._hit(list(reversed(ids)), total, "GIFs/stickers/emoji in a row")]
        return [Signal(self.name, "flood", total / (limit + 1), False, f"{total} of {limit} allowed")]

    def _hit(self, ids: list[str], total: int, what: str) -> Signal:
        return Signal(self.name, "flood", 1.0, True, f"{total} {what} (more than "
                      f"{self.params.max_in_row})", tuple(Evidence(i) for i in ids))  # type: ignore[attr-defined]
