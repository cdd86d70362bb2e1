"""The one place that talks to the Bot API for actions and replies, under the limiter.

Steps are stored in Bot API form (``sendMessage`` + JSON params) and turned into
aiogram method objects here, so the record reads like Telegram's documentation.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from aiogram import Bot, methods
from aiogram.exceptions import (
    ClientDecodeError,
    TelegramAPIError,
    TelegramNetworkError,
    TelegramRetryAfter,
)
from aiohttp import ClientConnectorError

from chatwarden.adapters.telegram.limits import Limiter
from chatwarden.delivery.port import Step

log = logging.getLogger("chatwarden.telegram")
MESSAGES = frozenset({"sendMessage"})


def send(chat: int | str, text: str, reply_to: int | None = None) -> Step:
    params: dict[str, Any] = {"chat_id": chat, "text": text, "parse_mode": "HTML",
                              "link_preview_options": {"is_disabled": True}}
    if reply_to is not None:
        params["reply_parameters"] = {"message_id": reply_to, "allow_sending_without_reply": True}
    return Step("sendMessage", params)


def method_of(step: Step) -> methods.TelegramMethod[Any]:
    cls = getattr(methods, step.method[0].upper() + step.method[1:])
    return cls(**step.params)


def unanswered(exc: BaseException) -> bool:
    """Whether a failed call may still have been carried out.

    Telegram's own JSON error says it was not, and neither does a connection that
    never opened; anything else (a timeout, a reset after sending, a proxy's HTML
    error page, which aiogram cannot decode) leaves the outcome unknown.
    """
    if isinstance(exc, TelegramAPIError) and not isinstance(exc, TelegramNetworkError):
        return False
    return not isinstance(exc.__cause__, ClientConnectorError)


def describe(exc: BaseException, limit: int = 300) -> str:
    """One short line for a log or a stored error: a proxy's error page can be long."""
    text = " ".join(str(exc).split())
    if isinstance(exc, ClientDecodeError):
        text = f"undecodable answer: {' '.join(str(exc.data).split())}"
    return text if len(text) <= limit else text[: limit - 1] + "…"


class Sender:
    def __init__(self, bot: Bot, limiter: Limiter) -> None:
        self.bot, self.limiter = bot, limiter

    async def call(self, step: Step) -> Any:
        """One call, after its slot; errors (429 included) are the caller's to handle."""
        chat = str(step.params.get("chat_id")) if step.method in MESSAGES else None
        await self.limiter.acquire(chat)
        return await self.bot(method_of(step))

    async def say(self, chat: int | str, text: str, reply_to: int | None = None) -> None:
        """A reply that is not a decision (``/rules``, ``/me``, help): best effort, 429 honoured."""
        for _ in range(5):
            try:
                await self.call(send(chat, text, reply_to))
                return
            except TelegramRetryAfter as exc:
                await asyncio.sleep(exc.retry_after)
            except Exception as exc:  # a reply that cannot be sent must not stop the bot
                log.warning("reply to %s not sent: %s", chat, exc)
                return
