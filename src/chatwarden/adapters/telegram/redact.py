"""Secrets out of every log line, traceback and stored error.

The bot token travels in every request path (``/bot<token>/method``), so any
error that echoes a URL (an aiohttp message, a proxy's HTML error page quoted
by aiogram's ``ClientDecodeError``) carries it. Scrubbing the *formatted*
record catches exception text and stack traces too, which a filter on the
message alone misses; stored errors go through the same function.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from urllib.parse import quote

MASK = "<redacted>"


class Redactor:
    """Replaces each secret, and the token's part after ``:``, wherever it appears."""

    def __init__(self, secrets: Iterable[str | None]) -> None:
        forms: set[str] = set()
        for secret in filter(None, secrets):
            # the bot id before ":" is public; the part after it is what grants control
            for part in (secret, secret.partition(":")[2]):
                if len(part) >= 8:
                    forms |= {part, quote(part, safe="")}
        self.forms = sorted(forms, key=len, reverse=True)

    def __call__(self, text: str) -> str:
        for form in self.forms:
            text = text.replace(form, MASK)
        return text


class RedactingFormatter(logging.Formatter):
    def __init__(self, redact: Redactor, fmt: str | None = None) -> None:
        super().__init__(fmt)
        self.redact = redact

    def format(self, record: logging.LogRecord) -> str:
        return self.redact(super().format(record))


def install(redact: Redactor, fmt: str) -> None:
    """Scrub every handler of the root logger, warnings included (they are logged too)."""
    logging.captureWarnings(True)
    for handler in logging.getLogger().handlers:
        handler.setFormatter(RedactingFormatter(redact, fmt))
