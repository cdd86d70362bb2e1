"""The event interchange format: the public contract every adapter produces.

One event per JSON line: ``id``, ``type``, ``chat``, ``user``, ``ts`` (ISO 8601
with a zone) plus per-type fields. Unknown extra fields are kept in
``extra`` (so a newer producer never loses data through an older reader);
unknown types are rejected, because guessing what they mean could sanction
someone wrongly.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from chatwarden.errors import InputError, Where

MEDIA_KINDS: Final = frozenset({"gif", "sticker", "photo", "video", "audio", "voice", "document"})
ROLES: Final = ("member", "moderator", "admin", "owner")
EVENT_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "message": ("text", "media", "reply_to", "forwarded_from", "via_bot"),
    "edit": ("text", "media", "reply_to", "forwarded_from", "via_bot"),
    "join": ("invite_link", "invited_by"),
    "leave": (),
    "complaint": ("text",),
    "appeal": ("text", "sanction"),
    "command": ("text", "reply_to"),
    "role": ("role",),
}
_BASE: Final = ("id", "type", "chat", "user", "ts")


@dataclass(slots=True)
class Event:
    """One normalized thing that happened in a chat."""

    id: str
    type: str
    chat: str
    user: str
    ts: datetime
    text: str | None = None
    media: str | None = None
    reply_to: str | None = None
    forwarded_from: str | None = None
    via_bot: str | None = None
    invite_link: str | None = None
    invited_by: str | None = None
    sanction: str | None = None
    role: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The contract form, with ``None`` fields left out and extras kept."""
        out: dict[str, Any] = {k: getattr(self, k) for k in _BASE}
        out["ts"] = self.ts.isoformat()
        for name in EVENT_FIELDS[self.type]:
            value = getattr(self, name)
            if value is not None:
                out[name] = value
        out.update(self.extra)
        return out


def _text(raw: Mapping[str, Any], key: str, where: Where, *, required: bool) -> str | None:
    value = raw.get(key)
    if value is None:
        if required:
            raise InputError(Where(where.file, where.line, key, where.event_id), "is required")
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(
            Where(where.file, where.line, key, where.event_id),
            f"must be a string, got {type(value).__name__}",
        )
    return str(value)


def parse_ts(value: Any, where: Where) -> datetime:
    """ISO 8601 with an explicit zone: a naive time would replay differently per machine."""
    if not isinstance(value, str):
        raise InputError(where, "must be an ISO 8601 string with a zone")
    try:
        ts = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(where, f"'{value}' is not ISO 8601") from None
    if ts.tzinfo is None:
        raise InputError(where, f"'{value}' has no time zone (add Z or +03:00)")
    return ts


def event_from_json(raw: Any, where: Where | None = None) -> Event:
    """Validate one decoded JSON object into an :class:`Event`."""
    where = where or Where()
    if not isinstance(raw, Mapping):
        raise InputError(where, f"an event must be a JSON object, got {type(raw).__name__}")
    event_id = raw.get("id")
    where = Where(where.file, where.line, None, str(event_id) if event_id is not None else None)
    ident = _text(raw, "id", where, required=True)
    etype = _text(raw, "type", where, required=True)
    assert ident is not None and etype is not None
    if etype not in EVENT_FIELDS:
        known = ", ".join(EVENT_FIELDS)
        raise InputError(
            Where(where.file, where.line, "type", ident), f"unknown type '{etype}' (known: {known})"
        )
    chat = _text(raw, "chat", where, required=True)
    user = _text(raw, "user", where, required=True)
    assert chat is not None and user is not None
    ts = parse_ts(raw.get("ts"), Where(where.file, where.line, "ts", ident))
    values: dict[str, Any] = {}
    for name in EVENT_FIELDS[etype]:
        values[name] = _text(raw, name, where, required=False)
    media = values.get("media")
    if media is not None and media not in MEDIA_KINDS:
        raise InputError(
            Where(where.file, where.line, "media", ident),
            f"unknown media '{media}' (known: {', '.join(sorted(MEDIA_KINDS))})",
        )
    role = values.get("role")
    if etype == "role" and role not in ROLES:
        raise InputError(
            Where(where.file, where.line, "role", ident), f"must be one of {', '.join(ROLES)}"
        )
    known_keys = set(_BASE) | set(EVENT_FIELDS[etype])
    extra = {k: v for k, v in raw.items() if k not in known_keys}
    return Event(id=ident, type=etype, chat=chat, user=user, ts=ts, extra=extra, **values)
