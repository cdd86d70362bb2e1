"""Read the event interchange format (JSON Lines) with a clear error per bad line.

Bad lines are yielded as :class:`InputError` instead of raised, so the caller
chooses: skip and report (the default of ``replay``) or stop (``--strict``).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from chatwarden.errors import InputError, Where
from chatwarden.events import Event, event_from_json


def read_jsonl(path: Path) -> Iterator[Event | InputError]:
    file = str(path)
    with path.open(encoding="utf-8", errors="strict") as fh:
        for number, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = Where(file, number)
            try:
                raw = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
                continue
            try:
                yield event_from_json(raw, where)
            except InputError as exc:
                yield exc

