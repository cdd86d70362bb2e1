"""Read the event interchange format (JSON Lines) with a clear error per bad line.

Bad lines are yielded as :class:`InputError` instead of raised, so the caller
chooses: skip and report (the default of ``replay``) or stop (``--strict``).
The file is read as bytes, a line at most :data:`MAX_LINE` bytes at a time, so
a gigabyte line costs a megabyte; invalid UTF-8 and JSON nested past Python's
recursion limit are bad lines like any other. A file that cannot be read at
all raises :class:`InputFileError`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO, Final

from chatwarden.adapters.chronology import Located, screen_times
from chatwarden.errors import InputError, InputFileError, Where
from chatwarden.events import INT_RANGE, BigNumber, Event, event_from_json

MAX_LINE: Final = 1 << 20
"""Bytes in one line; a longer line is skipped unread (a text is cut far below this anyway)."""
_INT_DIGITS: Final = len(str(INT_RANGE.start))


def read_jsonl(path: Path, now: datetime | None = None) -> Iterator[Event | InputError]:
    """Events of a JSON Lines file in order, with bad lines and absurd times as errors."""
    return screen_times(_located(path), now)


def _located(path: Path) -> Iterator[Located | InputError]:
    file = str(path)
    try:
        with path.open("rb") as fh:
            for number, line in _lines(fh):
                where = Where(file, number)
                if line is None:
                    yield InputError(where, f"longer than {MAX_LINE:,} bytes, not read")
                    continue
                try:
                    raw = _parse(line, number)
                except InputError as exc:
                    yield InputError(where, exc.message)
                    continue
                if raw is None:
                    continue
                try:
                    yield where, event_from_json(raw, where)
                except InputError as exc:
                    yield exc
    except OSError as exc:
        raise InputFileError(Where(file), f"cannot read: {exc.strerror or exc}") from None


def _lines(fh: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines, ``None`` for one over :data:`MAX_LINE` (its rest is read and dropped)."""
    number = 0
    while line := fh.readline(MAX_LINE + 1):
        number += 1
        if len(line) > MAX_LINE and not line.endswith(b"\n"):
            line = b""  # let go of the head before reading the rest
            while (rest := fh.readline(MAX_LINE)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _parse(line: bytes, number: int) -> Any:
    """One line's JSON value, ``None`` for a blank line; :class:`InputError` says why not."""
    if number == 1 and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(Where(), f"not UTF-8 (byte 0x{line[exc.start]:02x} at byte "
                         f"{exc.start + 1})") from None
    if not text.strip():
        return None
    try:
        return json.loads(text, parse_int=_int)
    except json.JSONDecodeError as exc:
        raise InputError(Where(), f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise InputError(Where(), "not valid JSON (nested too deep to read)") from None


def _int(literal: str) -> int | BigNumber:
    """Convert only what can fit: ``int()`` of 5,000 digits raises, and is slow well before."""
    return int(literal) if len(literal) <= _INT_DIGITS else BigNumber(literal)
