"""The bot's own rights and the chat's administrators, read from Telegram.

Administrators become ``role`` events (creator = owner), so the engine knows who
may command it. Without the rights to delete and to restrict/ban, the chat runs
in shadow: decisions are recorded and the owner is told which rights are missing.

A group is *open* (its updates are decided at once) when its administrators are
known: read in this run, or stored by an earlier one (refreshed in the
background at start-up, so a restart never waits for Telegram). Until a group
is first read, nobody there can be told from an admin, so its updates are
*held*: stored in the ledger, the offset moves on, and a background look-up
retries with backoff; once it succeeds the held updates are decided in order
and the group opens. Nothing is decided with a guessed role: no admin's command
is refused and no admin is sanctioned as a member because Telegram failed once.
Other groups and private chats go on meanwhile; scheduled jobs (purge, expiry)
wait, since a purge could take an unknown admin for an inactive member. A
look-up that fails for any reason (an API error, a proxy's HTML page, a reset,
a timeout) is only retried.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from aiogram import Bot
from aiogram.exceptions import AiogramError
from aiogram.types import Update

from chatwarden.adapters.telegram.convert import ROLE_OF_STATUS, display_name
from chatwarden.adapters.telegram.sender import describe
from chatwarden.adapters.telegram.service import Moderation
from chatwarden.adapters.telegram.store import ChatInfo
from chatwarden.events import Event

log = logging.getLogger("chatwarden.telegram")
NEEDED = {
    "can_delete_messages": {"ru": "удалять сообщения", "en": "delete messages"},
    "can_restrict_members": {"ru": "блокировать участников", "en": "ban users"},
}
FIRST_RETRY = 1.0
MAX_RETRY = 60.0
Feed = Callable[[Update], Awaitable[Any]]


class Rights:
    def __init__(self, bot: Bot, moderation: Moderation) -> None:
        self.bot, self.mod = bot, moderation
        self.open: set[str] = set()
        self.lookups: dict[str, asyncio.Task[None]] = {}
        self.feed: Feed | None = None

    def start(self, feed: Feed) -> None:
        """Open the groups stored before and look them up again in the background; resume
        the groups that still hold updates. ``feed`` decides a held update."""
        self.feed = feed
        store = self.mod.store
        holding = set(store.holding_chats())
        for chat in holding | set(store.stored_chats()):
            if chat not in holding:
                self.open.add(chat)
            self._look_up(int(chat))

    async def ensure(self, chat_id: int, title: str | None = None) -> bool:
        """Whether the group's updates may be decided now (False: hold them). The first
        sight of a group in this run reads its administrators once, then in the background."""
        chat = str(chat_id)
        if chat in self.open:
            return True
        if chat not in self.lookups:
            if await self.check(chat_id, title) is not None:
                self.open.add(chat)
                return True
            self._look_up(chat_id, title)
        return False

    def blind(self) -> list[str]:
        """Groups whose administrators are still unknown (their updates are held)."""
        return sorted(chat for chat in self.lookups if chat not in self.open)

    def hold(self, chat_id: int, update: Update) -> None:
        self.mod.store.hold(str(chat_id), update.update_id,
                            update.model_dump_json(exclude_unset=True, by_alias=True))

    async def refresh(self, chat_id: int, title: str | None = None) -> None:
        """Read the group again now (the bot's own membership changed); retried if it fails."""
        if await self.check(chat_id, title) is None:
            self._look_up(chat_id, title)
        elif str(chat_id) not in self.lookups:
            self.open.add(str(chat_id))

    def _look_up(self, chat_id: int, title: str | None = None) -> None:
        chat = str(chat_id)
        if chat not in self.lookups:
            self.lookups[chat] = asyncio.create_task(self._settle(chat_id, title),
                                                     name=f"administrators of {chat}")

    async def _settle(self, chat_id: int, title: str | None) -> None:
        """Retry the look-up with backoff until it succeeds, then decide what was held."""
        chat, delay = str(chat_id), FIRST_RETRY
        try:
            while True:
                try:
                    if await self.check(chat_id, title) is not None:
                        await self._release(chat)
                        return
                except Exception:  # a bug must not leave the group held for good unseen
                    log.exception("looking up the administrators of %s failed", chat)
                await asyncio.sleep(delay)
                delay = min(delay * 2, MAX_RETRY)
        finally:
            self.lookups.pop(chat, None)

    async def _release(self, chat: str) -> None:
        """Decide the held updates in Telegram's order, then open the group. No await
        separates the last empty read from opening, so nothing can slip in between."""
        assert self.feed is not None
        while held := self.mod.store.held(chat):
            for update_id, payload in held:
                try:
                    await self.feed(Update.model_validate_json(payload, context={"bot": self.bot}))
                except Exception:
                    log.exception("held update %s failed", update_id)
                self.mod.store.release(chat, update_id)
        self.open.add(chat)

    async def check(self, chat_id: int, title: str | None = None) -> ChatInfo | None:
        """Read the administrators and the bot's rights; None when Telegram did not answer."""
        chat = str(chat_id)
        try:
            admins = await self.bot.get_chat_administrators(chat_id)
        except AiogramError as exc:  # API errors, undecodable pages, resets and timeouts alike
            log.warning("cannot read the administrators of %s: %s", chat, describe(exc))
            return None
        store = self.mod.store
        old = store.chat(chat) or ChatInfo(chat)
        me = next((a for a in admins if a.user.id == self.bot.id), None)
        missing = [right for right in NEEDED if not getattr(me, right, False)]
        info = ChatInfo(chat, title or old.title, old.owner_id, missing)
        now = datetime.now(UTC)
        current: dict[str, str] = {}
        for admin in admins:
            if admin.user.is_bot:
                continue
            store.remember_user(str(admin.user.id), admin.user.username, display_name(admin.user))
            role = current[str(admin.user.id)] = ROLE_OF_STATUS.get(admin.status, "admin")
            if role == "owner":
                info.owner_id = str(admin.user.id)
        await self.mod.off_loop(self._roles, chat, current, now)
        store.save_chat(info)
        if missing and missing != old.missing:
            await self._tell(info)
        return info

    def _roles(self, chat: str, current: dict[str, str], now: datetime) -> None:
        """The administrators' roles into the engine (on its thread: it reads the members)."""
        for user, role in current.items():
            self._role(chat, user, role, now)
        for user, member in list(self.mod.chat(chat).members.items()):
            if member.role in ("admin", "owner") and user not in current:
                # demoted while the bot was away, unless the policy itself names them
                kept = self.mod.policy_role(self.mod.store.display(user)[0])
                self._role(chat, user, kept, now)

    def _role(self, chat: str, user: str, role: str, now: datetime) -> None:
        member = self.mod.chat(chat).members.get(user)
        if member is not None and member.role == role:
            return
        self.mod.decide(Event(f"{chat}:a{int(now.timestamp())}:{user}", "role", chat, user, now,
                              role=role))

    async def _tell(self, info: ChatInfo) -> None:
        lang = self.mod.policy.language
        rights = ", ".join(NEEDED[r][lang] for r in info.missing)
        text = self.mod.texts("missing", chat=info.title or info.chat_id, rights=rights)
        target = self.mod.settings.admin_chat or info.owner_id
        log.warning("missing rights in %s: %s (shadow there)", info.chat_id, ", ".join(info.missing))
        if target is not None:
            await self.mod.sender.say(target, text)
