"""Private messages to the bot: complaints in the 12.2 template and appeals (10.2).

Both are about a group: the one where the sender was last active (or the only
group the bot serves). A malformed complaint is refused by the engine, which
sends the template back through the outbox.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.types import Message

from chatwarden.adapters.telegram.convert import message_id, user_key
from chatwarden.adapters.telegram.service import Moderation
from chatwarden.events import Event

router = Router(name="private")
router.message.filter(F.chat.type == "private")


async def _about(message: Message, moderation: Moderation) -> str | None:
    group = await moderation.off_loop(moderation.group_for, user_key(message.from_user)) \
        if message.from_user else None
    if group is None:
        await moderation.sender.say(message.chat.id, moderation.texts("pick_group"))
    return group


@router.message(CommandStart())
async def start(message: Message, moderation: Moderation) -> None:
    spec = moderation.policy.complaints
    text = "/rules · /me · /appeal" + (f"\n\n{spec.template_text}" if spec else "")
    await moderation.sender.say(message.chat.id, text)


@router.message(Command("appeal"))
async def appeal(message: Message, command: CommandObject, moderation: Moderation) -> None:
    sanction, _, text = (command.args or "").strip().partition(" ")
    if not sanction or message.from_user is None:
        await moderation.sender.say(message.chat.id, moderation.texts("appeal_usage"))
        return
    group = await _about(message, moderation)
    if group is None:
        return
    event = Event(message_id(message.chat.id, message.message_id), "appeal", group,
                  user_key(message.from_user), message.date, text=text.strip(),
                  sanction=sanction.lstrip("#"))
    decisions = await moderation.submit(event)
    if decisions and not any(a.type == "refuse" for d in decisions for a in d.actions):
        await moderation.sender.say(message.chat.id, moderation.texts("appeal_ok"), message.message_id)


@router.message(F.text)
async def complaint(message: Message, moderation: Moderation) -> None:
    """``/report`` followed by the template, or the template on its own."""
    if message.from_user is None or message.text is None:
        return
    text = message.text.removeprefix("/report").strip()
    group = await _about(message, moderation)
    if group is None:
        return
    event = Event(message_id(message.chat.id, message.message_id), "complaint", group,
                  user_key(message.from_user), message.date, text=moderation.names_to_ids(text))
    decisions = await moderation.submit(event)
    if decisions and not any(a.type == "refuse" for d in decisions for a in d.actions):
        await moderation.sender.say(message.chat.id, moderation.texts("complaint_ok"),
                                    message.message_id)
