"""Rules 6.1 and 6.2: mass advertising, and advertising floods, role-play and
similar projects — while "you may mention your own Telegram channel".

Evidence that adds up (independent pieces, ``1 - Π(1 - w)``):

- invitations: ``t.me/+…``, ``t.me/name``, ``tg://join``, Discord and WhatsApp
  invites, and ``@channel``-style mentions next to promotional words;
- promotional wording ("подпишись", "вступай", "набор в флуд", "ролевой проект",
  "взаимопиар", "subscribe", "join our"), matched on normalized text;
- mass mentions: ``mass_mentions`` or more ``@members`` in one message;
- a forwarded post that carries an invitation or promotional wording.

The own-channel allowance: a message whose only invitation is to a channel the
adapter says is the author's own (``event.extra["own_channels"]``: usernames or
links, e.g. Telegram's personal channel), or one that presents a single
channel as the author's ("мой канал", "my channel") without flood/role-play
recruiting words, is reported with a low score and not flagged.
"""

from __future__ import annotations

import re
from typing import ClassVar

from pydantic import BaseModel, ConfigDict, Field

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context
from chatwarden.detect.linkfind import Link, find_links
from chatwarden.detect.links import invite_kind
from chatwarden.detect.normalize import normalize
from chatwarden.detect.spam_patterns import combine, trie_regex
from chatwarden.events import Event

# (weight, stems): recruiting for other chats/projects weighs more than a plain "subscribe".
_PROJECT = (0.5, ("флуд", "ролев", "рп-", "набор в", "набор участник", "набор на", "ищем игрок",
                  "ищем участник", "взаимопиар", "пиар", "реклама", "рекламу", "продам рекламу",
                  "наш чат", "наш канал", "наш флуд", "наша ролевая", "новый чат", "новый флуд",
                  "roleplay", "our server", "our channel", "our chat"))
_CALL = (0.35, ("подпишись", "подписывайтесь", "подписывайся", "вступай", "вступайте",
                "присоединяйся", "присоединяйтесь", "заходи к нам", "заходите к нам",
                "переходи", "переходите", "ждем тебя", "ждем вас", "залетай", "залетайте",
                "subscribe", "join us", "join our", "follow us", "check out our"))
_OWN = re.compile(r"(?<!\w)(?:мо[йеё]\w*|сво[йеё]\w*|my|у меня)\s+(?:\w+\s+){0,2}"
                  r"(?:канал\w*|блог\w*|channel|blog)", re.I)
_MENTION = re.compile(r"(?<![\w@])@([A-Za-z][\w]{3,31})\b")
_WORD_START = r"(?<!\w)"


def _stems_regex(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(_WORD_START + trie_regex(sorted({normalize(s).text for s in stems})))


class AdvertisingParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    threshold: float = Field(0.6, gt=0, le=1, description="score that flags a message")
    mass_mentions: int = Field(5, ge=2, description="@mentions in one message that are mass")
    allow_own_channel: bool = Field(True, description="rule 6.2: one's own channel is allowed")
    allow: tuple[str, ...] = Field((), description="chat links/usernames never counted")


def _key(link_or_name: str) -> str:
    """A channel as a comparable key: ``t.me/Name``, ``@name``, ``name`` → ``name``."""
    text = link_or_name.strip().lower().removeprefix("@")
    return text.rsplit("/", 1)[-1].removeprefix("+") if "/" in text else text


class Advertising(Detector):
    name = "advertising"
    labels = ("advertising",)
    Params: ClassVar[type[BaseModel]] = AdvertisingParams
    description = "Invitations to other chats, channels, floods and role-play projects, " \
                  "mass mentions, promotional wording; one's own channel is allowed."

    def __init__(self, params: BaseModel | None = None) -> None:
        super().__init__(params)
        assert isinstance(self.params, AdvertisingParams)
        self._project = _stems_regex(_PROJECT[1])
        self._call = _stems_regex(_CALL[1])
        self._allow = frozenset(_key(a) for a in self.params.allow)

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, AdvertisingParams)
        p = self.params
        text = event.text or ""
        if not text.strip():
            return [self.miss(explanation="no text")]
        norm = normalize(text)
        invites: list[Link] = [lk for lk in find_links(text)
                               if invite_kind(lk) and _key(lk.path or lk.host) not in self._allow]
        mentions = [m for m in _MENTION.finditer(text) if _key(m.group(1)) not in self._allow]
        project = self._project.search(norm.text)
        call = self._call.search(norm.text)
        weights: list[float] = []
        why: list[str] = []
        evidence: list[Evidence] = []
        if invites:
            weights.append(min(0.9, 0.5 + 0.2 * (len(invites) - 1)))
            why.append(f"{len(invites)} invitation link(s)")
            evidence += [Evidence(event.id, lk.start, lk.end, "invitation link") for lk in invites]
        for match, (weight, _), what in ((project, _PROJECT, "recruiting for a chat or project"),
                                         (call, _CALL, "a call to join or subscribe")):
            if match:
                weights.append(weight)
                why.append(what)
                evidence.append(Evidence(event.id, *norm.span(match.start(), match.end()), what))
        if mentions and (project or call):
            weights.append(0.3)
            why.append("a channel mention with promotional wording")
        if len(mentions) >= p.mass_mentions:
            weights.append(0.9)
            why.append(f"mass mention of {len(mentions)} accounts")
            evidence += [Evidence(event.id, m.start(), m.end(), "mention") for m in mentions]
        if event.forwarded_from and weights:
            weights.append(0.3)
            why.append("a forwarded post")
        score = combine(weights)
        if not weights:
            return [self.miss(explanation="no invitations or promotional wording")]
        own = self._own_channel(event, text, invites, mentions, bool(project))
        if own and len(mentions) < p.mass_mentions:
            return [Signal(self.name, "advertising", min(score, 0.3), False,
                           f"the member's own channel ({own}); rule 6.2 allows mentioning it",
                           tuple(evidence))]
        flagged = score >= p.threshold
        return [Signal(self.name, "advertising", score, flagged, "; ".join(why),
                       tuple(evidence) if flagged else ())]

    def _own_channel(self, event: Event, text: str, invites: list[Link],
                     mentions: list[re.Match[str]], recruiting: bool) -> str | None:
        """Why the only channel here is the author's own, or None."""
        assert isinstance(self.params, AdvertisingParams)
        if not self.params.allow_own_channel:
            return None
        channels = {_key(lk.path or lk.host) for lk in invites} | {_key(m.group(1))
                                                                  for m in mentions}
        if not channels:
            return None
        declared = event.extra.get("own_channels") or ()
        if isinstance(declared, list | tuple) and channels <= {_key(str(c)) for c in declared}:
            return "declared by the adapter"
        if len(channels) == 1 and not recruiting and _OWN.search(text):
            return "presented as the member's own"
        return None
