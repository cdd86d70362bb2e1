"""Read a Telegram Desktop export (``result.json``): one chat, or a full account export.

Text comes as a string or a list of plain strings and entity objects; joins
and leaves come as service messages. Times are taken from ``date_unixtime``
(UTC) because ``date`` is the exporting machine's local time without a zone.
Users are identified by ``from_id`` (``user123``): names change, ids do not;
the display name is kept in the event's extra fields.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from chatwarden.errors import InputError, Where
from chatwarden.events import Event

MEDIA = {"sticker": "sticker", "animation": "gif", "video_file": "video",
         "video_message": "video", "voice_message": "voice", "audio_file": "audio"}


def plain_text(text: Any) -> str:
    """Telegram's text: a string, or a list of strings and ``{"type", "text"}`` entities."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) for p in text)
    return ""


def _chats(data: Any, where: Where) -> list[dict[str, Any]]:
    if isinstance(data, dict) and isinstance(data.get("messages"), list):
        return [data]
    chats = data.get("chats", {}).get("list") if isinstance(data, dict) else None
    if isinstance(chats, list):
        return [c for c in chats if isinstance(c, dict) and isinstance(c.get("messages"), list)]
    raise InputError(where, "not a Telegram export: no 'messages' list and no 'chats.list'")


def read_export(path: Path) -> Iterator[Event | InputError]:
    file = str(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        yield InputError(Where(file, exc.lineno), f"not valid JSON ({exc.msg})")
        return
    try:
        chats = _chats(data, Where(file))
    except InputError as exc:
        yield exc
        return
    for chat in chats:
        chat_id = str(chat.get("id", chat.get("name", "chat")))
        for i, msg in enumerate(chat["messages"]):
            where = Where(file, None, f"chats[{chat_id}].messages[{i}]", f"{chat_id}:{msg.get('id')}")
            try:
                yield from _convert(chat_id, msg, where)
            except InputError as exc:
                yield exc
            except (TypeError, ValueError, AttributeError) as exc:
                yield InputError(where, f"unreadable message: {exc}")


def _ts(msg: dict[str, Any], where: Where) -> datetime:
    if "date_unixtime" in msg:
        return datetime.fromtimestamp(int(msg["date_unixtime"]), UTC)
    if "date" in msg:
        return datetime.fromisoformat(msg["date"]).replace(tzinfo=UTC)
    raise InputError(Where(where.file, None, "date_unixtime", where.event_id), "is required")


def _convert(chat: str, msg: dict[str, Any], where: Where) -> Iterator[Event]:
    if "id" not in msg:
        raise InputError(Where(where.file, None, "id", None), f"{where.field}: message without id")
    ident = f"{chat}:{msg['id']}"
    ts = _ts(msg, where)
    kind = msg.get("type", "message")
    if kind == "service":
        yield from _service(chat, ident, ts, msg)
        return
    if kind != "message":
        return
    user = msg.get("from_id") or msg.get("actor_id")
    if not user:
        raise InputError(Where(where.file, None, "from_id", ident), "message without an author")
    media = MEDIA.get(msg.get("media_type", ""))
    if media is None and "photo" in msg:
        media = "photo"
    elif media is None and "file" in msg:
        media = "document"
    reply = msg.get("reply_to_message_id")
    yield Event(ident, "message", chat, str(user), ts, text=plain_text(msg.get("text")) or None,
                media=media, reply_to=f"{chat}:{reply}" if reply is not None else None,
                forwarded_from=msg.get("forwarded_from"), via_bot=msg.get("via_bot"),
                extra={"name": msg.get("from")} if msg.get("from") else {})


def _service(chat: str, ident: str, ts: datetime, msg: dict[str, Any]) -> Iterator[Event]:
    action, actor = msg.get("action"), str(msg.get("actor_id") or msg.get("actor") or "")
    if action in ("join_group_by_link", "join_group_by_request"):
        yield Event(ident, "join", chat, actor, ts, invite_link=msg.get("invite_link"),
                    invited_by=msg.get("inviter"), extra={"name": msg.get("actor")})
    elif action == "invite_members":
        for n, name in enumerate(msg.get("members") or []):
            who = str(name)
            if who == msg.get("actor"):
                yield Event(f"{ident}.{n}", "join", chat, actor, ts)
            else:
                yield Event(f"{ident}.{n}", "join", chat, who, ts, invited_by=actor)
    elif action == "remove_members":
        for n, name in enumerate(msg.get("members") or []):
            who = actor if name == msg.get("actor") else str(name)
            extra = {} if who == actor else {"removed_by": actor}
            yield Event(f"{ident}.{n}", "leave", chat, who, ts, extra=extra)

