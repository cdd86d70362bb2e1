"""Matrix room events (sync JSON) → the event contract. Pure functions of dicts.

Ids are the homeserver's own event ids (unique and stable, so an event a sync
delivers again after a crash maps to the same id and the runtime skips it); an
edit is ``{original}~{edit}`` so a deletion can redact both, a report read from
the admin API is ``report:{id}``, a role change read from power levels is
``{power levels event}:{user}``. Members of the bot's own homeserver are keyed
by their localpart (``alice``), others by their id without the ``@``
(``bob:other.org``): the engine reads ``@name`` targets of commands and
complaints as a word, and a moderator's ``!warn @alice:example.org 1w`` is
rewritten to ``!warn @alice 1w`` before it is decided. Times are the
event's ``origin_server_ts``: a backlog delivered at once after downtime keeps
the spacing it was written with, and flood and rate windows see that spacing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from chatwarden.events import Event

EDIT = "~"
"""Joins an edit's id to its original's (never part of a Matrix event id)."""
PRIVATE = "|"
"""Joins a direct room's id to an event's there (``{room}|{event}``): a complaint or an
appeal sent to the bot counts for a group, and its answer goes back where it came from."""
MODERATOR_LEVEL = 50
ADMIN_LEVEL = 100
CREATOR_LEVEL = 10**9
"""A creator of a version 12 room outranks every power level (it is not listed in them)."""
_MEDIA = {"m.image": "photo", "m.video": "video", "m.audio": "audio", "m.file": "document"}
_HREF = re.compile(r'<a\s[^>]*href="([^"]+)"[^>]*>(.*?)</a>', re.S | re.I)
_USER_LINK = re.compile(r"https://matrix\.to/#/(@[^/?\"]+)")


class Ids:
    """Matrix ids ↔ the ledger's member keys, for one homeserver."""

    def __init__(self, server: str) -> None:
        self.server = server
        self._local = re.compile(rf"@([\w.=/+-]+):{re.escape(server)}(?![\w.-])")

    def key(self, mxid: str) -> str:
        local, _, server = mxid.removeprefix("@").partition(":")
        return local if server == self.server else f"{local}:{server}"

    def mxid(self, user_key: str) -> str:
        return f"@{user_key}" if ":" in user_key else f"@{user_key}:{self.server}"

    def shorten(self, text: str) -> str:
        """``@alice:our.server`` → ``@alice`` in a text, as members are keyed."""
        return self._local.sub(r"@\1", text)


def ts_of(event: dict[str, Any]) -> datetime:
    return datetime.fromtimestamp(int(event.get("origin_server_ts", 0)) / 1000, tz=UTC)


def redactable(event_id: str) -> list[str]:
    """The Matrix events behind an event id: an edit's original and the edit itself."""
    return [part for part in event_id.partition(PRIVATE)[2 if PRIVATE in event_id else 0]
            .split(EDIT) if part]


def origin(event_id: str, room: str) -> tuple[str, str]:
    """(room, Matrix event) an event id came from: a direct room's, or ``room``'s own."""
    where, _, event = event_id.rpartition(PRIVATE)
    return where or room, redactable(event)[-1] if event else event


def _strip_fallback(body: str) -> str:
    """A reply's body starts with the quoted original (``> <@x> ...``); judge only the reply."""
    lines = body.split("\n")
    if not lines or not lines[0].startswith("> "):
        return body
    while lines and lines[0].startswith(">"):
        lines.pop(0)
    return "\n".join(lines).lstrip("\n")


def _with_ids(body: str, formatted: str | None) -> tuple[str, list[str]]:
    """Pills (``<a href="https://matrix.to/#/@bob:hs">Bob</a>``) become ``@bob:hs`` in the
    body, so commands and complaints name members by id; other links are returned."""
    links: list[str] = []
    for href, label in _HREF.findall(formatted or ""):
        user = _USER_LINK.match(href)
        if user is None:
            links.append(href)
        elif label and label in body and user.group(1) not in body:
            body = body.replace(label, user.group(1), 1)
    return body, links


def _media(event: dict[str, Any], content: dict[str, Any]) -> str | None:
    if event.get("type") == "m.sticker":
        return "sticker"
    msgtype = content.get("msgtype")
    if msgtype == "m.image" and (content.get("info") or {}).get("mimetype") == "image/gif":
        return "gif"
    if msgtype == "m.audio" and "org.matrix.msc3245.voice" in content:
        return "voice"
    return _MEDIA.get(str(msgtype))


def message_event(ids: Ids, room: str, event: dict[str, Any]) -> Event | None:
    """An ``m.room.message`` or ``m.sticker`` as a message or an edit; None for a redacted
    event or one without a body."""
    content = event.get("content") or {}
    relates = content.get("m.relates_to") or {}
    ident, kind = str(event["event_id"]), "message"
    if relates.get("rel_type") == "m.replace" and relates.get("event_id"):
        ident, kind = f"{relates['event_id']}{EDIT}{ident}", "edit"
        content = content.get("m.new_content") or content
    body = content.get("body")
    if not isinstance(body, str):
        return None
    media = _media(event, content)
    text, links = (None, []) if media else _with_ids(_strip_fallback(body),
                                                     content.get("formatted_body"))
    text = ids.shorten(text) if text else text
    reply = (relates.get("m.in_reply_to") or {}).get("event_id")
    extra: dict[str, Any] = {"links": links} if links else {}
    return Event(ident, kind, room, ids.key(event["sender"]), ts_of(event), text=text, media=media,
                 reply_to=str(reply) if reply else None, extra=extra)


def member_event(ids: Ids, room: str, event: dict[str, Any]) -> Event | None:
    """An ``m.room.member`` change as a join or a leave (a name change is neither)."""
    content = event.get("content") or {}
    before = ((event.get("unsigned") or {}).get("prev_content") or {}).get("membership")
    now, user = content.get("membership"), str(event.get("state_key", ""))
    if now == "join" and before != "join":
        name = content.get("displayname")
        return Event(str(event["event_id"]), "join", room, ids.key(user), ts_of(event),
                     extra={"name": name} if isinstance(name, str) and name else {})
    if now in ("leave", "ban") and before == "join":
        return Event(str(event["event_id"]), "leave", room, ids.key(user), ts_of(event))
    return None


def creators(create: dict[str, Any] | None) -> set[str]:
    """The room's creators: the create event's sender (and, from room version 12, the
    ``additional_creators``); they own the room."""
    if not create:
        return set()
    found = {str(create.get("sender", ""))} - {""}
    content = create.get("content") or {}
    if content.get("creator"):
        found.add(str(content["creator"]))
    found.update(str(u) for u in content.get("additional_creators") or [])
    return found


def level(levels: dict[str, Any], user: str, owners: set[str]) -> int:
    if user in owners and user not in (levels.get("users") or {}):
        return CREATOR_LEVEL
    return int((levels.get("users") or {}).get(user, levels.get("users_default", 0)))


def role_of(levels: dict[str, Any], user: str, owners: set[str]) -> str:
    """owner for a creator, admin from power level 100, moderator from 50, else member."""
    if user in owners:
        return "owner"
    mine = level(levels, user, owners)
    return "admin" if mine >= ADMIN_LEVEL else "moderator" if mine >= MODERATOR_LEVEL else "member"
