"""The bot's own membership changed (added, promoted, demoted): re-read its rights."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import ChatMemberUpdated

from chatwarden.adapters.telegram.rights import Rights

router = Router(name="bot-status")


@router.my_chat_member()
async def bot_membership(update: ChatMemberUpdated, rights: Rights) -> None:
    if update.chat.type in ("group", "supergroup") and update.new_chat_member.status not in (
            "left", "kicked"):
        await rights.refresh(update.chat.id, update.chat.title)
