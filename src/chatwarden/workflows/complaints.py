"""Re-exported from :mod:`chatwarden.engine.desks.complaints` (see the package docstring)."""

from chatwarden.engine.desks.complaints import ComplaintDesk, parse_template

__all__ = ["ComplaintDesk", "parse_template"]
