"""The Telegram adapter: Chatwarden as a group's moderation bot (aiogram 3).

Updates become events (:mod:`.convert`), the engine decides through the
runtime (:mod:`.service`), decisions are carried out from the outbox
(:mod:`.plan`, :mod:`.executor`) under Telegram's rate limits (:mod:`.limits`).
Only :mod:`.sender` and :mod:`.rights` call the Bot API; the core never imports this.
"""
