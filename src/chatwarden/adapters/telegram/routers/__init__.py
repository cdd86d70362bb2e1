"""One router per feature, in the order an update should meet them.

Bot status before members (the bot's own membership), members before content
(service messages are messages too), the bot's own commands before the group
catch-all that hands everything else — moderator commands included — to the engine.
"""

from __future__ import annotations

from aiogram import Router

from chatwarden.adapters.telegram.routers import group, info, members, private, status


def routers() -> list[Router]:
    return [status.router, members.router, info.router, private.router, group.router]
