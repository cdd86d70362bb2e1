"""The workflow desks' old import path.

The desks live in :mod:`chatwarden.engine.desks`, under the engine that calls them, so the
engine never imports this package and the import-linter ``layers`` contract in
``pyproject.toml`` keeps it that way. These modules re-export them for code written
against ``chatwarden.workflows``; new code imports :mod:`chatwarden.engine.desks`.
"""
