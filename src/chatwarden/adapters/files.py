"""Pick the reader for an input file: the JSON Lines contract or a Telegram Desktop export."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, tzinfo
from pathlib import Path

from chatwarden.adapters.jsonl import read_jsonl
from chatwarden.adapters.telegram_export import read_export
from chatwarden.errors import InputError, InputFileError, Where
from chatwarden.events import Event


def read_events(path: Path, tz: tzinfo | str | None = None, now: datetime | None = None
                ) -> Iterator[Event | InputError]:
    """Events from ``path``; an export is one JSON document, the contract one object a line.

    Bad lines and messages come as :class:`InputError` items; a file that cannot be
    read at all raises :class:`InputFileError` (here or while iterating). ``tz`` is
    the zone of an export's zone-less dates (see :func:`read_export`); ``now`` the
    clock that event times may not pass (default: the real one).
    """
    try:
        with path.open("rb") as fh:
            head = fh.read(65536).lstrip()
    except OSError as exc:
        raise InputFileError(Where(str(path)), f"cannot read: {exc.strerror or exc}") from None
    # Telegram Desktop pretty-prints: its first line is a lone "{". A first line longer than the
    # head is a long event line, not an export.
    first_line, newline, _ = head.partition(b"\n")
    is_export = path.suffix == ".json" or (head.startswith(b"{") and bool(newline)
                                           and not first_line.rstrip().endswith(b"}"))
    return read_export(path, tz, now) if is_export else read_jsonl(path, now)
