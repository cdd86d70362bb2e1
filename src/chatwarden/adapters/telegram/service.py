"""The adapter's services, handed to every handler: decide an event, resolve names, speak.

Handlers stay thin: they turn an update into an event and await :meth:`Moderation.submit`.
Everything decided goes through :class:`~chatwarden.runtime.Runtime` with ``batch=1``
and the outbox on, so each decision is committed before any call.

The engine is synchronous (models, an optional HTTP backend, SQL commits, the
busy-ledger wait), so it runs off the event loop, on one thread of its own that
takes events in the order they were submitted: a slow judgement holds up the
updates queued behind it (per-chat order is kept) but never the outbox, the clock
or Telegram's connection. Whatever reads the engine's state runs on that thread too.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TypeVar

from chatwarden.adapters.telegram.platform import TelegramPlatform, mention
from chatwarden.adapters.telegram.sender import Sender
from chatwarden.adapters.telegram.store import TelegramStore
from chatwarden.delivery.evidence import Keeper
from chatwarden.delivery.outbox import Worker
from chatwarden.delivery.store import Outbox
from chatwarden.delivery.texts import Texts
from chatwarden.engine.decision import Decision
from chatwarden.engine.state import ChatState
from chatwarden.errors import InputError
from chatwarden.events import ROLES, Event, checked
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime

log = logging.getLogger("chatwarden.telegram")
SAME_JOIN = timedelta(minutes=2)
"""A join seen both as a service message and as a ``chat_member`` update is one join."""
_MENTION = re.compile(r"@(\w{3,32})")
T = TypeVar("T")


@dataclass(slots=True)
class Settings:
    shadow: bool = False
    admin_chat: str | None = None
    referrals: Path | None = None
    """Where referral bundles and preserved evidence are written (None: not written)."""


def deliverer(policy: Policy, ledger: Ledger, store: TelegramStore, sender: Sender,
              settings: Settings, scrub: Callable[[str], str] = str) -> tuple[TelegramPlatform, Worker]:
    """Telegram behind the outbox, built one way for the bot and for ``chatwarden send`` (which
    carries out what a cluster's workers decided), so both plan a decision alike."""
    platform = TelegramPlatform(Texts(policy), store, sender, settings.shadow, settings.admin_chat)
    keeper = Keeper(policy, ledger, settings.referrals) if settings.referrals is not None else None
    return platform, Worker(Outbox(ledger.engine, platform.name, scrub), platform, keeper)


@dataclass
class Moderation:
    policy: Policy
    runtime: Runtime
    store: TelegramStore
    sender: Sender
    settings: Settings
    scrub: Callable[[str], str] = str
    """Applied to every error stored in the outbox (the token must never land there)."""
    texts: Texts = field(init=False)
    platform: TelegramPlatform = field(init=False)
    worker: Worker = field(init=False)
    judge: ThreadPoolExecutor = field(init=False)

    def __post_init__(self) -> None:
        self.platform, self.worker = deliverer(self.policy, self.runtime.ledger, self.store,
                                               self.sender, self.settings, self.scrub)
        self.texts = self.platform.texts
        self.judge = ThreadPoolExecutor(1, thread_name_prefix="judge")

    async def off_loop(self, fn: Callable[..., T], *args: object) -> T:
        """Run ``fn`` on the engine's thread, after everything submitted before it."""
        return await asyncio.get_running_loop().run_in_executor(
            self.judge, functools.partial(fn, *args))

    def who(self, user_id: str) -> str:
        username, name = self.store.display(user_id)
        return mention(user_id, username, name)

    def chat(self, chat: str) -> ChatState:
        """The engine's record of a chat: read it on the engine's thread (:meth:`off_loop`)."""
        return self.runtime.chat(chat)

    async def submit(self, event: Event) -> list[Decision]:
        """Decide and commit one event (nothing for a redelivered or echoed one)."""
        return await self.off_loop(self.decide, event)

    def decide(self, event: Event) -> list[Decision]:
        if self._echo(event):
            return []
        try:   # the limits every reader applies (surrogates, sizes, dates), the bot's too
            event = checked(event)
        except InputError as err:
            log.warning("update skipped: %s", err)
            return []
        try:
            decisions = self.runtime.handle(event)
        except Exception:
            log.exception("event %s could not be decided", event.id)
            return []
        return decisions or []

    async def tick(self, now: datetime) -> None:
        """Run scheduled jobs (warn expiry, the weekly purge) that fell due in a quiet chat:
        in a replay the next event triggers them, in a live chat the clock must."""
        try:
            await self.off_loop(self.runtime.finish, now)
        except Exception:
            log.exception("scheduled jobs failed")

    def policy_role(self, username: str | None) -> str:
        """The role a policy gives a Telegram ``@username`` (policies name people so)."""
        return self.runtime.role_of(username) if username else "member"

    async def sync_policy_role(self, chat: str, user_id: str, username: str | None,
                               now: datetime) -> None:
        """Promote a member the policy names (``roles.moderators: [name]``) when first seen:
        Telegram has no moderator rank, so the policy is where moderators are listed."""
        await self.off_loop(self._sync_policy_role, chat, user_id, username, now)

    def _sync_policy_role(self, chat: str, user_id: str, username: str | None,
                          now: datetime) -> None:
        role = self.policy_role(username)
        if ROLES.index(role) > ROLES.index(self.role_in(chat, user_id)):
            self.decide(Event(f"{chat}:p{user_id}:{role}", "role", chat, user_id, now, role=role))

    def role_in(self, chat: str, user: str) -> str:
        member = self.chat(chat).members.get(user)
        return member.role if member is not None else "member"

    def _echo(self, event: Event) -> bool:
        """The second sighting of a join/leave (service message and member update both
        report it), or the leave Telegram reports after the bot itself removed someone."""
        member = self.chat(event.chat).members.get(event.user)
        if member is None:
            return False
        if event.type == "join":
            return member.present and member.joined_at is not None and \
                abs(event.ts - member.joined_at) <= SAME_JOIN and member.joins > 0
        if event.type == "leave":
            return not member.present
        return False

    def resolve(self, event: Event) -> str | None:
        """Rewrite a command's ``@username`` target to the numeric id the engine keys on
        (on the engine's thread).

        Returns the name when it is unknown (the bot cannot look users up by name;
        it only knows those it has seen), so the handler can ask for a reply instead.
        """
        cs = self.chat(event.chat)
        desk = self.runtime.commands
        if not desk.addressed(cs, event):
            return None
        parsed = desk.parse(cs, event)
        if parsed is None or parsed.target is None or parsed.target.isdigit():
            return None
        if event.text is None or f"@{parsed.target}" not in event.text:
            return None
        user_id = self.store.user_id(parsed.target)
        if user_id is None:
            return parsed.target
        event.text = event.text.replace(f"@{parsed.target}", user_id, 1)
        return None

    def names_to_ids(self, text: str) -> str:
        """``@username`` → id wherever known (complaint templates name the target so)."""
        return _MENTION.sub(lambda m: self.store.user_id(m.group(1)) or m.group(0), text)

    def group_for(self, user: str) -> str | None:
        """Which group a private complaint or appeal is about: where the user was last
        active, or the only group the bot serves (on the engine's thread)."""
        groups = [chat for chat in self.runtime.chats() if chat.startswith("-")]
        best, when = None, None
        for chat in groups:
            member = self.runtime.chat(chat).members.get(user)
            if member is not None:
                seen = member.last_active or member.first_seen
                if best is None or (seen is not None and (when is None or seen > when)):
                    best, when = chat, seen
        if best is not None:
            return best
        groups = groups or [c for c in self.store.stored_chats() if c.startswith("-")]
        return groups[0] if len(groups) == 1 else None

    def close(self) -> None:
        self.judge.shutdown(wait=True, cancel_futures=True)
