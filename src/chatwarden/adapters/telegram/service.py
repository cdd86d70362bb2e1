"""The adapter's services, handed to every handler: decide an event, resolve names, speak.

Handlers stay thin: they turn an update into an event and call :meth:`Moderation.submit`.
Everything decided goes through :class:`~chatwarden.runtime.Runtime` with
``batch=1`` and the outbox on, so each decision is committed before any call.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from chatwarden.adapters.telegram.executor import Executor
from chatwarden.adapters.telegram.plan import Planner
from chatwarden.adapters.telegram.sender import Sender
from chatwarden.adapters.telegram.store import TelegramStore
from chatwarden.adapters.telegram.texts import Texts
from chatwarden.engine.decision import Decision
from chatwarden.engine.state import ChatState
from chatwarden.errors import InputError
from chatwarden.events import ROLES, Event, checked
from chatwarden.policy.schema import Policy
from chatwarden.runtime import Runtime

log = logging.getLogger("chatwarden.telegram")
SAME_JOIN = timedelta(minutes=2)
"""A join seen both as a service message and as a ``chat_member`` update is one join."""
_MENTION = re.compile(r"@(\w{3,32})")


@dataclass(slots=True)
class Settings:
    shadow: bool = False
    admin_chat: str | None = None
    polling: bool = True


@dataclass
class Moderation:
    policy: Policy
    runtime: Runtime
    store: TelegramStore
    sender: Sender
    settings: Settings
    texts: Texts = field(init=False)
    executor: Executor = field(init=False)

    def __post_init__(self) -> None:
        self.texts = Texts(self.policy)
        self.executor = Executor(self.store, self.planner, self.sender)

    def planner(self) -> Planner:
        return Planner(self.texts, self.who, self.settings.shadow, self.settings.admin_chat)

    def who(self, user_id: str) -> str:
        username, name = self.store.display(user_id)
        return self.texts.mention(user_id, username, name)

    def chat(self, chat: str) -> ChatState:
        return self.runtime.engine.state.chat(chat)

    def submit(self, event: Event) -> list[Decision]:
        """Decide and commit one event (nothing for a redelivered or echoed one)."""
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

    def tick(self, now: datetime) -> None:
        """Run scheduled jobs (warn expiry, the weekly purge) that fell due in a quiet chat:
        in a replay the next event triggers them, in a live chat the clock must."""
        try:
            self.runtime.finish(now)
        except Exception:
            log.exception("scheduled jobs failed")

    def policy_role(self, username: str | None) -> str:
        """The role a policy gives a Telegram ``@username`` (policies name people so)."""
        return self.runtime.engine.sanctioner.policy_role(username) if username else "member"

    def sync_policy_role(self, chat: str, user_id: str, username: str | None, now: datetime) -> None:
        """Promote a member the policy names (``roles.moderators: [name]``) when first seen:
        Telegram has no moderator rank, so the policy is where moderators are listed."""
        role = self.policy_role(username)
        member = self.chat(chat).members.get(user_id)
        current = member.role if member is not None else "member"
        if ROLES.index(role) > ROLES.index(current):
            self.submit(Event(f"{chat}:p{user_id}:{role}", "role", chat, user_id, now, role=role))

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
        """Rewrite a command's ``@username`` target to the numeric id the engine keys on.

        Returns the name when it is unknown (the bot cannot look users up by name;
        it only knows those it has seen), so the handler can ask for a reply instead.
        """
        cs = self.chat(event.chat)
        desk = self.runtime.engine.commands
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
        active, or the only group the bot serves."""
        state = self.runtime.engine.state
        best, when = None, None
        for chat, cs in state.chats.items():
            member = cs.members.get(user)
            if member is not None and chat.startswith("-"):
                seen = member.last_active or member.first_seen
                if best is None or (seen is not None and (when is None or seen > when)):
                    best, when = chat, seen
        if best is not None:
            return best
        groups = [c for c in state.chats if c.startswith("-")] or self.store.known_chats()
        return groups[0] if len(groups) == 1 else None
