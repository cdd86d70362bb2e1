"""Outer middleware for every update: learn names, meet groups, then commit the offset.

Runs around the handlers so they stay thin: users seen anywhere in an update
feed the ``@username`` → id map (a bot cannot list members or look names up),
a group is checked for rights the first time it shows up (its updates are
held while its administrators are unknown, see :mod:`.rights`), and after the
handler has committed its decisions the outbox worker is woken. The update offset
is stored by the loop that fed the update (once per update), after this returns.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from datetime import UTC, datetime
from typing import Any

from aiogram import BaseMiddleware
from aiogram.types import Chat, Message, TelegramObject, Update, User

from chatwarden.adapters.telegram.convert import display_name
from chatwarden.adapters.telegram.rights import Rights
from chatwarden.adapters.telegram.service import Moderation


def _users(update: Update) -> Iterator[User]:
    msg: Message | None = update.message or update.edited_message
    if msg is not None:
        if msg.from_user:
            yield msg.from_user
        if msg.reply_to_message and msg.reply_to_message.from_user:
            yield msg.reply_to_message.from_user
        yield from msg.new_chat_members or ()
        if msg.left_chat_member:
            yield msg.left_chat_member
    for upd in (update.chat_member, update.my_chat_member):
        if upd is not None:
            yield upd.from_user
            yield upd.new_chat_member.user


def _chat(update: Update) -> Chat | None:
    for part in (update.message, update.edited_message, update.chat_member, update.my_chat_member):
        if part is not None:
            return part.chat
    return None


class Seen(BaseMiddleware):
    def __init__(self, moderation: Moderation, rights: Rights) -> None:
        self.mod, self.rights = moderation, rights

    async def __call__(self, handler: Callable[[TelegramObject, dict[str, Any]], Awaitable[Any]],
                       event: TelegramObject, data: dict[str, Any]) -> Any:
        assert isinstance(event, Update)
        chat = _chat(event)
        group = chat is not None and chat.type in ("group", "supergroup")
        held = data.get("held", False)  # a held update decided now: the offset is past it
        open_ = True
        if chat is not None and group and event.my_chat_member is None and not held:
            open_ = await self.rights.ensure(chat.id, chat.title)
            if not open_:
                self.rights.hold(chat.id, event)
        result = None
        for user in _users(event):
            if not user.is_bot:
                self.mod.store.remember_user(str(user.id), user.username, display_name(user))
                if chat is not None and group and open_:
                    await self.mod.sync_policy_role(str(chat.id), str(user.id), user.username,
                                                    datetime.now(UTC))
        if open_:
            result = await handler(event, data)
        self.mod.worker.poke()
        return result
