"""The bot's own rights and the chat's administrators, read from Telegram.

Checked when the bot first meets a group in this run and whenever its own
membership changes (``my_chat_member``). Administrators become ``role`` events
(creator = owner), so the engine knows who may command it. Without the rights
to delete and to restrict/ban, the chat runs in shadow: decisions are recorded
and the owner is told which rights are missing.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from aiogram import Bot
from aiogram.exceptions import TelegramAPIError

from chatwarden.adapters.telegram.convert import ROLE_OF_STATUS, display_name
from chatwarden.adapters.telegram.service import Moderation
from chatwarden.adapters.telegram.store import ChatInfo
from chatwarden.events import Event

log = logging.getLogger("chatwarden.telegram")
NEEDED = {
    "can_delete_messages": {"ru": "удалять сообщения", "en": "delete messages"},
    "can_restrict_members": {"ru": "блокировать участников", "en": "ban users"},
}


class Rights:
    def __init__(self, bot: Bot, moderation: Moderation) -> None:
        self.bot, self.mod = bot, moderation
        self.checked: set[str] = set()

    async def ensure(self, chat_id: int, title: str | None = None) -> None:
        """Check a group once per run, the first time an update from it arrives."""
        if str(chat_id) not in self.checked and chat_id < 0:
            await self.check(chat_id, title)

    async def check(self, chat_id: int, title: str | None = None) -> ChatInfo | None:
        chat = str(chat_id)
        self.checked.add(chat)
        try:
            admins = await self.bot.get_chat_administrators(chat_id)
        except TelegramAPIError as exc:
            log.warning("cannot read the administrators of %s: %s", chat, exc)
            return None
        store = self.mod.store
        old = store.chat(chat) or ChatInfo(chat)
        me = next((a for a in admins if a.user.id == self.bot.id), None)
        missing = [right for right in NEEDED if not getattr(me, right, False)]
        info = ChatInfo(chat, title or old.title, old.owner_id, missing)
        now = datetime.now(UTC)
        current: set[str] = set()
        for admin in admins:
            if admin.user.is_bot:
                continue
            store.remember_user(str(admin.user.id), admin.user.username, display_name(admin.user))
            role = ROLE_OF_STATUS.get(admin.status, "admin")
            current.add(str(admin.user.id))
            if role == "owner":
                info.owner_id = str(admin.user.id)
            self._role(chat, str(admin.user.id), role, now)
        for user, member in list(self.mod.chat(chat).members.items()):
            if member.role in ("admin", "owner") and user not in current:
                # demoted while the bot was away, unless the policy itself names them
                kept = self.mod.policy_role(self.mod.store.display(user)[0])
                self._role(chat, user, kept, now)
        store.save_chat(info)
        if missing and missing != old.missing:
            await self._tell(info)
        return info

    def _role(self, chat: str, user: str, role: str, now: datetime) -> None:
        member = self.mod.chat(chat).members.get(user)
        if member is not None and member.role == role:
            return
        self.mod.submit(Event(f"{chat}:a{int(now.timestamp())}:{user}", "role", chat, user, now,
                              role=role))

    async def _tell(self, info: ChatInfo) -> None:
        lang = self.mod.policy.language
        rights = ", ".join(NEEDED[r][lang] for r in info.missing)
        text = self.mod.texts("missing", chat=info.title or info.chat_id, rights=rights)
        target = self.mod.settings.admin_chat or info.owner_id
        log.warning("missing rights in %s: %s (shadow there)", info.chat_id, ", ".join(info.missing))
        if target is not None:
            await self.mod.sender.say(target, text)
