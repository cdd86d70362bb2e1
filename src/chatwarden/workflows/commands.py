"""Re-exported from :mod:`chatwarden.engine.desks.commands` (see the package docstring)."""

from chatwarden.engine.desks.commands import LEAST_ROLE, NEEDS_TARGET, CommandDesk, Parsed, Refused

__all__ = ["LEAST_ROLE", "NEEDS_TARGET", "CommandDesk", "Parsed", "Refused"]
