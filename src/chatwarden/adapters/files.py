"""Pick the reader for an input file: the JSON Lines contract or a Telegram Desktop export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from chatwarden.adapters.jsonl import read_jsonl
from chatwarden.adapters.telegram_export import read_export
from chatwarden.errors import InputError
from chatwarden.events import Event


def read_events(path: Path) -> Iterator[Event | InputError]:
    """Events from ``path``; an export is one JSON document, the contract one object a line."""
    with path.open("rb") as fh:
        head = fh.read(65536).lstrip()
    first_line = head.split(b"\n", 1)[0]
    is_export = path.suffix == ".json" or (head.startswith(b"{") and not first_line.rstrip().endswith(b"}"))
    return read_export(path) if is_export else read_jsonl(path)
