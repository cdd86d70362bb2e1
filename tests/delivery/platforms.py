"""Every platform the delivery port serves, as the contract test sees it: one that plans
(no network), and how to tell where a planned message goes.

An adapter registers here by adding a :class:`Registered` to :data:`PLATFORMS`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from chatwarden.delivery.port import Platform, Step
from chatwarden.delivery.texts import Texts
from chatwarden.policy.schema import Policy


@dataclass(frozen=True)
class Registered:
    name: str
    chat: str
    """A chat id of the platform's form."""
    user: str
    owner: str
    """The chat's owner, as :class:`~chatwarden.delivery.port.Rights` names them."""
    message: str
    """A message id of the platform's form, in ``chat`` (the decision's event too)."""
    make: Callable[[Policy], Platform]
    said_to: Callable[[Step], str | None]
    """The chat (or person) a step's message goes to; None for a step that is no message."""
    acts: dict[str, list[str]]
    """Per kind, the platform calls (besides messages) it becomes: every kind is listed."""


class Names:
    """The adapter's name lookup, without a database: every member is known by their id."""

    def display(self, user_id: str) -> tuple[str | None, str]:
        return None, user_id


def _telegram(policy: Policy) -> Platform:
    from chatwarden.adapters.telegram.platform import TelegramPlatform

    return TelegramPlatform(Texts(policy), Names())  # type: ignore[arg-type]


def _telegram_said(step: Step) -> str | None:
    return str(step.params["chat_id"]) if step.method == "sendMessage" else None


def _matrix(policy: Policy) -> Platform:
    from chatwarden.adapters.matrix import convert
    from chatwarden.adapters.matrix.platform import MatrixPlatform

    return MatrixPlatform(None, convert.Ids("example.org"), None, Texts(policy))  # type: ignore[arg-type]


def _matrix_said(step: Step) -> str | None:
    return {"notice": step.params.get("room"), "direct": step.params.get("user")}.get(step.method)


PLATFORMS: list[Registered] = [
    Registered("telegram", "-1001234567890", "201", "111", "-1001234567890:9", _telegram,
               _telegram_said, {
                   "warning": [], "warn": [], "mute": ["restrictChatMember"],
                   "delete": ["deleteMessage"], "kick": ["banChatMember", "unbanChatMember"],
                   "ban": ["banChatMember"], "suspend": ["restrictChatMember"],
                   "suspend_room": ["keepChatPermissions", "setChatPermissions", "reopenChatAt"],
                   "refer_law_enforcement": [],
                   "review": [], "notify_owner": [], "pardon": ["unbanChatMember"], "refuse": []}),
    Registered("matrix", "!room:example.org", "alice", "@owner:example.org", "$event9",
               _matrix, _matrix_said, {
                   "warning": [], "warn": [], "mute": ["power", "lift_at"], "delete": ["redact"],
                   "kick": ["kick"], "ban": ["ban", "lift_at"], "suspend": ["power", "lift_at"],
                   "suspend_room": ["room_default", "lift_at"], "refer_law_enforcement": [],
                   "review": [], "notify_owner": [], "pardon": ["unban"], "refuse": []}),
]
