"""Re-exported from :mod:`chatwarden.engine.desks.appeals` (see the package docstring)."""

from chatwarden.engine.desks.appeals import AppealDesk

__all__ = ["AppealDesk"]
