"""Chatwarden: enforce a community's written guidelines in group chats."""

__version__ = "0.1.0"
