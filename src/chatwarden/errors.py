"""Errors that tell the user where and why.

Every error a user can cause (a broken policy, a malformed event line, a bad
command) names its place: file and line, the key or field, the event id.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Where:
    """A place in the user's input: ``file:line`` plus the key or field at fault.

    ``at`` names a place inside a document that has no useful line, such as
    ``chats[1824].messages[7]`` in a Telegram export.
    """

    file: str | None = None
    line: int | None = None
    field: str | None = None
    event_id: str | None = None
    at: str | None = None

    def __str__(self) -> str:
        parts = []
        if self.file:
            parts.append(f"{self.file}:{self.line}" if self.line else self.file)
        elif self.line:
            parts.append(f"line {self.line}")
        if self.at:
            parts.append(self.at)
        if self.event_id:
            parts.append(f"event {self.event_id}")
        if self.field:
            parts.append(f"field '{self.field}'")
        return ": ".join(parts) if parts else "<input>"


class ChatwardenError(Exception):
    """Base of every error Chatwarden raises on purpose."""


class InputError(ChatwardenError):
    """A piece of input (event, export, command) that cannot be used as it is."""

    def __init__(self, where: Where, message: str) -> None:
        super().__init__(f"{where}: {message}")
        self.where = where
        self.message = message


class InputFileError(InputError):
    """A whole input file that cannot be read (truncated export, unreadable file): fatal.

    Readers yield :class:`InputError` for one bad line or message and go on; they raise
    this one, because nothing after the fault can be trusted or even found.
    """


class PolicyError(ChatwardenError):
    """A policy file that does not validate; carries every problem found, not only the first."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems
