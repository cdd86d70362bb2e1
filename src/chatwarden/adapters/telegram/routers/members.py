"""Joins, leaves and role changes, from ``chat_member`` updates and service messages."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.types import ChatMemberUpdated, Message, Update

from chatwarden.adapters.telegram.convert import member_events, service_events
from chatwarden.adapters.telegram.service import Moderation

router = Router(name="members")


@router.chat_member()
async def member_update(update: ChatMemberUpdated, event_update: Update,
                        moderation: Moderation) -> None:
    for event in member_events(update, event_update.update_id):
        await moderation.submit(event)


@router.message(F.new_chat_members | F.left_chat_member)
async def service_message(message: Message, bot: Bot, moderation: Moderation) -> None:
    for event in service_events(message, bot.id):
        await moderation.submit(event)
