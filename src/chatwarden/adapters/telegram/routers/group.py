"""Everything said in a group goes to the engine: messages, edits, moderator commands.

The engine tells commands from chat (``/warn``, ``варн`` from a moderator); this
router only gives it what Telegram knows and it does not: the id behind an
``@username`` and, for ``/report`` in reply, the complaint template filled in.
"""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import Message

from chatwarden.adapters.telegram.convert import message_event, message_id, user_key
from chatwarden.adapters.telegram.service import Moderation
from chatwarden.events import Event

router = Router(name="group")
router.message.filter(F.chat.type.in_({"group", "supergroup"}))
router.edited_message.filter(F.chat.type.in_({"group", "supergroup"}))


@router.message(Command("report"), F.reply_to_message.from_user)
async def report(message: Message, command: CommandObject, moderation: Moderation) -> None:
    """``/report <reason>`` in reply to a message: a complaint in the policy's template."""
    spec = moderation.policy.complaints
    reply = message.reply_to_message
    if spec is None or message.from_user is None or reply is None or reply.from_user is None:
        return
    chat = str(message.chat.id)
    target = user_key(reply.from_user)
    role = await moderation.off_loop(moderation.role_in, chat, target)
    internal = chat.removeprefix("-100")
    values = {"role": role, "username": target,
              "link": f"https://t.me/c/{internal}/{reply.message_id}",
              "reason": (command.args or "").strip()}
    text = "\n".join(f"{f.labels[0]}: {values[f.key]}" for f in spec.template)
    await moderation.submit(Event(message_id(chat, message.message_id), "complaint", chat,
                                  user_key(message.from_user), message.date, text=text))


@router.message()
async def message(message: Message, moderation: Moderation) -> None:
    event = message_event(message)
    unknown = await moderation.off_loop(moderation.resolve, event)
    if unknown is not None:
        await moderation.sender.say(message.chat.id, moderation.texts("unknown_user", name=unknown),
                                    message.message_id)
        return
    await moderation.submit(event)


@router.edited_message()
async def edited(message: Message, moderation: Moderation) -> None:
    await moderation.submit(message_event(message, kind="edit"))
