"""``/rules`` and ``/me``: answers from the policy and the member's record."""

from __future__ import annotations

from datetime import UTC, datetime

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from chatwarden.adapters.telegram.convert import user_key
from chatwarden.adapters.telegram.service import Moderation
from chatwarden.delivery import views

router = Router(name="info")


@router.message(Command("rules"))
async def show_rules(message: Message, command: CommandObject, moderation: Moderation) -> None:
    for part in views.rules(moderation.policy, (command.args or "").strip() or None):
        await moderation.sender.say(message.chat.id, part, message.message_id)


@router.message(Command("me"))
async def show_me(message: Message, moderation: Moderation) -> None:
    if message.from_user is None:
        return
    user = user_key(message.from_user)
    chat = str(message.chat.id) if message.chat.type != "private" else \
        await moderation.off_loop(moderation.group_for, user)
    if chat is None:
        await moderation.sender.say(message.chat.id, moderation.texts("pick_group"))
        return
    text = await moderation.off_loop(lambda: views.me(
        moderation.texts, moderation.chat(chat), user, moderation.who(user), datetime.now(UTC)))
    await moderation.sender.say(message.chat.id, text, message.message_id)
