"""Read a Telegram Desktop export (``result.json``): one chat, or a full account export.

Text comes as a string or a list of plain strings and entity objects; joins
and leaves come as service messages. Times are taken from ``date_unixtime``
(UTC) because ``date`` is the exporting machine's local time without a zone;
a message with ``date`` alone is read in the time zone the caller gives
(``replay`` passes the policy's), and is skipped with a reason when none is
given, never guessed as UTC. Users are identified by ``from_id`` (``user123``):
names change, ids do not; the display name is kept in the event's extra fields.

A document that is not a readable export (invalid or cut-off JSON, no
``messages`` list) raises :class:`InputFileError` with the line and column; a
message that cannot be used (not an object, no author, a bad date) is yielded
as an :class:`InputError` naming its place (``messages[41]``) and the rest go on.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import orjson

from chatwarden.adapters.chronology import Located, screen_times
from chatwarden.errors import InputError, InputFileError, Where
from chatwarden.events import Event, checked

MEDIA = {"sticker": "sticker", "animation": "gif", "video_file": "video",
         "video_message": "video", "voice_message": "voice", "audio_file": "audio"}


def plain_text(text: Any) -> str:
    """Telegram's text: a string, or a list of strings and ``{"type", "text"}`` entities."""
    if isinstance(text, str):
        return text
    if isinstance(text, list):
        return "".join(p if isinstance(p, str) else str(p.get("text", "")) if isinstance(p, dict)
                       else "" for p in text)
    return ""


def read_export(path: Path, tz: tzinfo | str | None = None, now: datetime | None = None
                ) -> Iterator[Event | InputError]:
    """Events of an export in order. ``tz``: the zone of zone-less ``date`` fields (default: none,
    so such messages are skipped with a reason). Raises :class:`InputFileError` on a broken file."""
    zone = ZoneInfo(tz) if isinstance(tz, str) else tz
    return screen_times(_located(path, zone), now)


def _load(path: Path) -> Any:
    file = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputFileError(Where(file), f"cannot read: {exc.strerror or exc}") from None
    try:
        return orjson.loads(data)
    except orjson.JSONDecodeError as exc:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as bad:
            line = data.count(b"\n", 0, bad.start) + 1
            raise InputFileError(Where(file, line), f"not UTF-8 (byte 0x{data[bad.start]:02x} at "
                                 f"byte {bad.start + 1:,})") from None
        cut = " (the file is cut short)" if "end of data" in exc.msg else ""
        raise InputFileError(Where(file, exc.lineno), f"not valid JSON at column {exc.colno}: "
                             f"{exc.msg}{cut}") from None


def _chats(data: Any, file: str) -> list[tuple[str, dict[str, Any]]]:
    """``(position, chat)`` pairs: the document itself, or each chat of a full account export."""
    if isinstance(data, dict) and "messages" in data:
        chats = [("", data)]
    elif isinstance(data, dict) and isinstance(data.get("chats"), dict) and "list" in data["chats"]:
        listed = data["chats"]["list"]
        if not isinstance(listed, list):
            raise InputFileError(Where(file, at="chats.list"), f"is {_kind(listed)}, not a list")
        chats = [(f"chats.list[{k}].", c) for k, c in enumerate(listed)]
    else:
        raise InputFileError(Where(file), "not a Telegram export: no 'messages' and no 'chats.list'")
    for at, chat in chats:
        if not isinstance(chat, dict):
            raise InputFileError(Where(file, at=at.rstrip(".")), f"a chat is {_kind(chat)}, "
                                 "not an object")
        if not isinstance(chat.get("messages"), list):
            raise InputFileError(Where(file, at=f"{at}messages"),
                                 f"is {_kind(chat.get('messages'))}, not a list")
    return chats


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", str: "a string", type(None): "null",
            bool: "a boolean", int: "a number", float: "a number"}.get(type(value), "unknown")


def _located(path: Path, tz: tzinfo | None) -> Iterator[Located | InputError]:
    file = str(path)
    for at, chat in _chats(_load(path), file):
        chat_id = str(chat.get("id", chat.get("name", "chat")))[:100]
        for i, msg in enumerate(chat["messages"]):
            where = Where(file, at=f"{at}messages[{i}]")
            if not isinstance(msg, dict):
                yield InputError(where, f"a message is {_kind(msg)}, not an object")
                continue
            where = Where(file, None, None, f"{chat_id}:{str(msg.get('id'))[:100]}", where.at)
            try:
                for event in _convert(chat_id, msg, where, tz):
                    yield where, checked(event, where)
            except InputError as exc:
                yield exc
            except (TypeError, ValueError, AttributeError) as exc:
                yield InputError(where, f"unreadable message: {exc}")


def _ts(msg: dict[str, Any], where: Where, tz: tzinfo | None) -> datetime:
    if "date_unixtime" in msg:
        try:
            return datetime.fromtimestamp(int(msg["date_unixtime"]), UTC)
        except (TypeError, ValueError, OverflowError, OSError):
            raise InputError(Where(where.file, None, "date_unixtime", where.event_id, where.at),
                             "is not a Unix time") from None
    field = Where(where.file, None, "date", where.event_id, where.at)
    if not isinstance(msg.get("date"), str):
        raise InputError(field, "is required (or date_unixtime)")
    try:
        ts = datetime.fromisoformat(msg["date"])
    except ValueError:
        raise InputError(field, "is not ISO 8601") from None
    if ts.tzinfo is not None:
        return ts
    if tz is None:
        raise InputError(field, "has no time zone and there is no date_unixtime: give the "
                         "export's time zone (replay uses the policy's timezone)")
    return ts.replace(tzinfo=tz)


def _convert(chat: str, msg: dict[str, Any], where: Where, tz: tzinfo | None) -> Iterator[Event]:
    if "id" not in msg:
        raise InputError(Where(where.file, None, "id", None, where.at), "message without id")
    ident = f"{chat}:{msg['id']}"
    ts = _ts(msg, where, tz)
    kind = msg.get("type", "message")
    if kind == "service":
        yield from _service(chat, ident, ts, msg)
        return
    if kind != "message":
        return
    user = msg.get("from_id") or msg.get("actor_id")
    if not user:
        raise InputError(Where(where.file, None, "from_id", ident, where.at),
                         "message without an author")
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

