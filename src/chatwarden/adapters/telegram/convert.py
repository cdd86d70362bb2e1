"""Telegram updates → the event contract. Pure functions of aiogram objects.

Ids are stable so a redelivered update (after a crash, or Telegram's webhook
retry) maps to the same event and the runtime skips it:
``{chat}:{message_id}`` for messages (the private chat's id for complaints sent
to the bot), ``{chat}:{message_id}:e{edit_date}`` for each edit,
``{chat}:{message_id}:{user}`` for each member of a join service message, and
``{chat}:u{update_id}`` for member updates.
"""

from __future__ import annotations

from datetime import datetime

from aiogram.types import ChatMemberUpdated, Message, User

from chatwarden.events import Event

ROLE_OF_STATUS = {"creator": "owner", "administrator": "admin", "member": "member",
                  "restricted": "member"}
"""Telegram has no moderator rank: every administrator is ``admin``, the creator ``owner``."""


def message_id(chat_id: int | str, mid: int) -> str:
    return f"{chat_id}:{mid}"


def split_id(event_or_message: str) -> tuple[int, int] | None:
    """(chat id, message id) of a message-based id; None for member-update ids."""
    chat, _, rest = event_or_message.rpartition(":")
    if ":" in chat:  # {chat}:{mid}:{suffix}
        chat, _, rest = chat.rpartition(":")
    try:
        return int(chat), int(rest)
    except ValueError:
        return None


def user_key(user: User) -> str:
    return str(user.id)


def display_name(user: User) -> str:
    return " ".join(filter(None, [user.first_name, user.last_name])) or str(user.id)


def names(user: User) -> dict[str, object]:
    """A newcomer's names for the evasion detector (``extra["name"]``/``"username"``)."""
    return {"name": display_name(user), **({"username": user.username} if user.username else {})}


def media_of(msg: Message) -> str | None:
    """The event's media kind; an animation also carries ``document``, so it goes first."""
    if msg.sticker:
        return "sticker"
    if msg.animation:
        return "gif"
    if msg.photo:
        return "photo"
    if msg.video or msg.video_note:
        return "video"
    if msg.voice:
        return "voice"
    if msg.audio:
        return "audio"
    if msg.document:
        return "document"
    return None


def _forwarded_from(msg: Message) -> str | None:
    origin = msg.forward_origin
    if origin is None:
        return None
    for attr in ("sender_user", "sender_chat", "chat"):
        who = getattr(origin, attr, None)
        if who is not None:
            return str(who.id)
    return getattr(origin, "sender_user_name", None) or origin.type


def author(msg: Message) -> str:
    """The sender: a channel or anonymous admin posting as a chat is that chat."""
    if msg.sender_chat is not None:
        return str(msg.sender_chat.id)
    return user_key(msg.from_user) if msg.from_user else "0"


def message_event(msg: Message, *, chat: str | None = None, kind: str = "message") -> Event:
    """A message (or an edit) as an event; ``chat`` overrides the group it counts for."""
    here = str(msg.chat.id)
    ident = message_id(here, msg.message_id)
    ts: datetime = msg.date
    if kind == "edit":
        ident += f":e{msg.edit_date or 0}"
        if msg.edit_date:
            ts = datetime.fromtimestamp(msg.edit_date, tz=msg.date.tzinfo)
    reply = msg.reply_to_message
    reply_to = None
    if reply is not None and not (msg.is_topic_message and reply.forum_topic_created):
        reply_to = message_id(here, reply.message_id)
    extra: dict[str, object] = {}
    if msg.media_group_id:
        extra["media_group"] = msg.media_group_id
    links = [e.url for e in (msg.entities or msg.caption_entities or []) if e.url]
    if links:
        extra["links"] = links
    return Event(ident, kind, chat or here, author(msg), ts, text=msg.text or msg.caption,
                 media=media_of(msg), reply_to=reply_to, forwarded_from=_forwarded_from(msg),
                 via_bot=(msg.via_bot.username or str(msg.via_bot.id)) if msg.via_bot else None,
                 extra=extra)


def service_events(msg: Message, bot_id: int) -> list[Event]:
    """Joins and leaves announced as service messages (a bot always receives these)."""
    chat = str(msg.chat.id)
    out: list[Event] = []
    adder = msg.from_user
    for user in msg.new_chat_members or ():
        if user.id == bot_id:
            continue
        invited_by = user_key(adder) if adder and adder.id != user.id else None
        out.append(Event(f"{chat}:{msg.message_id}:{user.id}", "join", chat, user_key(user),
                         msg.date, invited_by=invited_by, extra=names(user)))
    left = msg.left_chat_member
    if left is not None and left.id != bot_id:
        out.append(Event(message_id(chat, msg.message_id), "leave", chat, user_key(left), msg.date))
    return out


def _present(status: str, is_member: bool | None) -> bool:
    return status in ("creator", "administrator", "member") or (status == "restricted"
                                                                 and bool(is_member))


def member_events(upd: ChatMemberUpdated, update_id: int) -> list[Event]:
    """A ``chat_member`` update: a join, a leave and/or a change of role."""
    chat, user = str(upd.chat.id), upd.new_chat_member.user
    old, new = upd.old_chat_member, upd.new_chat_member
    was = _present(old.status, getattr(old, "is_member", None))
    now = _present(new.status, getattr(new, "is_member", None))
    base = f"{chat}:u{update_id}"
    out: list[Event] = []
    if now and not was:
        link = upd.invite_link.invite_link if upd.invite_link else None
        inviter = upd.from_user if upd.from_user.id != user.id else None
        if inviter is None and upd.invite_link is not None:
            inviter = upd.invite_link.creator
        out.append(Event(base, "join", chat, user_key(user), upd.date, invite_link=link,
                         invited_by=user_key(inviter) if inviter else None, extra=names(user)))
    elif was and not now:
        out.append(Event(base, "leave", chat, user_key(user), upd.date))
    role, old_role = ROLE_OF_STATUS.get(new.status), ROLE_OF_STATUS.get(old.status)
    if now and role is not None and (role != old_role or not was) and role != "member":
        out.append(Event(f"{base}:r", "role", chat, user_key(user), upd.date, role=role))
    elif now and was and role == "member" and old_role not in (None, "member"):
        out.append(Event(f"{base}:r", "role", chat, user_key(user), upd.date, role="member"))
    return out
