"""Carrying decisions out on a chat platform: the port every adapter plugs into.

The engine decides; the ledger records the decision and an outbox row in one
transaction; this package turns outbox rows into platform steps and performs
them at most once each, whatever the platform. An adapter supplies only a
:class:`~chatwarden.delivery.port.Platform`.
"""
