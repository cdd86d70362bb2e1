"""The event interchange format: the public contract every adapter produces.

One event per JSON line: ``id``, ``type``, ``chat``, ``user``, ``ts`` (ISO 8601
with a zone) plus per-type fields. Unknown extra fields are kept in
``extra`` (so a newer producer never loses data through an older reader);
unknown types are rejected, because guessing what they mean could sanction
someone wrongly.

Limits (see :func:`checked`): anything the ledger cannot store or that makes no
sense is refused with the field at fault, so one bad line is skipped and the
lines around it go on. Lone surrogates are refused rather than replaced: a
replaced id could merge two members, and stored evidence must be what was sent.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
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

MAX_TEXT: Final = 16_384
"""Characters of ``text`` judged; longer texts are cut and the event notes it (4x Telegram's 4,096)."""
TRUNCATED: Final = "text_truncated_from"
"""Extra field that records a cut text's original length in characters."""
MAX_REF: Final = 1_024
"""Characters in an id, chat, user or other reference field; longer ones are refused."""
MAX_DEPTH: Final = 32
"""Levels of arrays and objects in an extra field's value; deeper ones are refused."""
INT_RANGE: Final = range(-(2**63), 2**63)
"""Integers the ledger stores (SQLite and JSON readers agree on signed 64 bits)."""
TS_MIN: Final = datetime(1970, 1, 1, tzinfo=UTC)
TS_MAX: Final = datetime(2100, 1, 1, tzinfo=UTC)
"""Times outside [1970, 2100) are typos, and near the ends they overflow zone arithmetic."""
_SURROGATE: Final = re.compile(r"[\ud800-\udfff]")


class BigNumber:
    """An integer literal too long to convert; a JSON reader returns it so the field can be named."""

    __slots__ = ("digits",)

    def __init__(self, literal: str) -> None:
        self.digits = len(literal.lstrip("-"))


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


def _shown(value: str, limit: int = 40) -> str:
    """Input quoted in an error: short, and printable even when it holds a lone surrogate."""
    cut = value[:limit].encode("utf-8", "backslashreplace").decode("utf-8")
    return cut + ("…" if len(value) > limit else "")


def _at(where: Where, key: str) -> Where:
    return Where(where.file, where.line, key, where.event_id, where.at)


def _scalar_problem(value: Any) -> str | None:
    """Why the ledger could not store this scalar, or ``None`` when it can."""
    if isinstance(value, str):
        if bad := _SURROGATE.search(value):
            return (f"lone surrogate U+{ord(bad.group()):04X} at character {bad.start()} "
                    "(not valid Unicode)")
    elif isinstance(value, BigNumber):
        return f"a {value.digits}-digit integer is outside the signed 64-bit range"
    elif isinstance(value, int) and not isinstance(value, bool) and value not in INT_RANGE:
        return f"integer {value} is outside the signed 64-bit range"
    elif isinstance(value, float) and not math.isfinite(value):
        return f"{value} is not a finite number"
    return None


def _check_extra(value: Any, path: str, where: Where, depth: int) -> None:
    """Refuse what the ledger cannot store, naming the path (``meta.tags[2]``) at fault.

    ``depth`` 0 is the extras themselves; each level of an extra field's value adds one.
    """
    if isinstance(value, dict | list):
        if depth > MAX_DEPTH:
            raise InputError(_at(where, path.split("[", 1)[0].split(".", 1)[0] + "…"),
                             f"nested deeper than {MAX_DEPTH} levels")
        items = value.items() if isinstance(value, dict) else enumerate(value)
        for key, item in items:
            sub = f"{path}[{key}]" if isinstance(key, int) else f"{path}.{key}" if path else key
            if isinstance(key, str) and (problem := _scalar_problem(key)):
                raise InputError(_at(where, path or _shown(key)), f"name: {problem}")
            _check_extra(item, sub, where, depth + 1)
    elif problem := _scalar_problem(value):
        raise InputError(_at(where, path), problem)


def _text(raw: Mapping[str, Any], key: str, where: Where, *, required: bool) -> str | None:
    value = raw.get(key)
    if value is None:
        if required:
            raise InputError(_at(where, key), "is required")
        return None
    if problem := _scalar_problem(value):
        raise InputError(_at(where, key), problem)
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise InputError(_at(where, key), f"must be a string, got {type(value).__name__}")
    return str(value)


def checked(event: Event, where: Where | None = None) -> Event:
    """Apply the limits to an event built by any reader; cut an overlong text (noted in extras).

    Raises :class:`InputError` naming the field for anything the ledger cannot
    store: lone surrogates, references over :data:`MAX_REF` characters, integers
    outside 64 bits, non-finite numbers, extras nested deeper than :data:`MAX_DEPTH`,
    times outside [:data:`TS_MIN`, :data:`TS_MAX`).
    """
    base = where or Where()
    where = Where(base.file, base.line, None, event.id[:MAX_REF], base.at)
    for name in (*_BASE[:4], "reply_to", "forwarded_from", "via_bot", "invite_link", "invited_by",
                 "sanction", "role", "media", "text"):
        value = getattr(event, name)
        if value is None:
            continue
        if not isinstance(value, str):   # readers other than JSON Lines build events directly
            raise InputError(_at(where, name), f"must be a string, got {type(value).__name__}")
        if problem := _scalar_problem(value):
            raise InputError(_at(where, name), problem)
        if name != "text" and len(value) > MAX_REF:
            raise InputError(_at(where, name), f"{len(value)} characters (the limit is {MAX_REF})")
    _check_extra(event.extra, "", where, 0)
    if not TS_MIN <= event.ts < TS_MAX:
        raise InputError(_at(where, "ts"), f"{event.ts.isoformat()} is outside "
                         f"{TS_MIN.year}-{TS_MAX.year}")
    if event.text is not None and len(event.text) > MAX_TEXT:
        event.extra[TRUNCATED] = len(event.text)
        event.text = event.text[:MAX_TEXT]
    return event


def parse_ts(value: Any, where: Where) -> datetime:
    """ISO 8601 with an explicit zone: a naive time would replay differently per machine."""
    if not isinstance(value, str) or len(value) > 64:
        raise InputError(where, "must be an ISO 8601 string with a zone")
    try:
        ts = datetime.fromisoformat(value)
    except ValueError:
        raise InputError(where, f"'{_shown(value)}' is not ISO 8601") from None
    if ts.tzinfo is None:
        raise InputError(where, f"'{value}' has no time zone (add Z or +03:00)")
    return ts


def event_from_json(raw: Any, where: Where | None = None) -> Event:
    """Validate one decoded JSON object into an :class:`Event` (limits of :func:`checked` included)."""
    where = where or Where()
    if not isinstance(raw, Mapping):
        raise InputError(where, f"an event must be a JSON object, got {type(raw).__name__}")
    event_id = raw.get("id")
    shown = event_id if isinstance(event_id, str | int) and not _scalar_problem(event_id) else None
    where = Where(where.file, where.line, None, None if shown is None else str(shown)[:MAX_REF],
                  where.at)
    ident = _text(raw, "id", where, required=True)
    etype = _text(raw, "type", where, required=True)
    assert ident is not None and etype is not None
    if etype not in EVENT_FIELDS:
        known = ", ".join(EVENT_FIELDS)
        raise InputError(
            Where(where.file, where.line, "type", ident),
            f"unknown type '{_shown(etype)}' (known: {known})"
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
            f"unknown media '{_shown(media)}' (known: {', '.join(sorted(MEDIA_KINDS))})",
        )
    role = values.get("role")
    if etype == "role" and role not in ROLES:
        raise InputError(
            Where(where.file, where.line, "role", ident), f"must be one of {', '.join(ROLES)}"
        )
    known_keys = set(_BASE) | set(EVENT_FIELDS[etype])
    extra = {k: v for k, v in raw.items() if k not in known_keys}
    return checked(Event(id=ident, type=etype, chat=chat, user=user, ts=ts, extra=extra, **values),
                   where)
