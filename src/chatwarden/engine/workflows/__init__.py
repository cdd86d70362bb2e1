"""The engine's desks: complaints, appeals, returns, moderator commands, scheduled jobs.

They sit under the engine that dispatches to them and above the ladder and the records
they change (see the ``layers`` contract in ``pyproject.toml``); a new desk goes here.
"""
