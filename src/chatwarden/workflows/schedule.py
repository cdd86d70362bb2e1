"""Re-exported from :mod:`chatwarden.engine.desks.schedule` (see the package docstring)."""

from chatwarden.engine.desks.schedule import NEVER, WEEKDAYS, Jobs, last_run, next_run

__all__ = ["NEVER", "WEEKDAYS", "Jobs", "last_run", "next_run"]
