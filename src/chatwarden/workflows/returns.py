"""Re-exported from :mod:`chatwarden.engine.desks.returns` (see the package docstring)."""

from chatwarden.engine.desks.returns import ReturnDesk

__all__ = ["ReturnDesk"]
