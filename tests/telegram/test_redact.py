"""The token and the webhook secret never reach a log line, a traceback or a stored error."""

from __future__ import annotations

import io
import logging

from chatwarden.adapters.telegram.redact import MASK, RedactingFormatter, Redactor

TOKEN = "123456:AAH-secret_part_of_the_token"
HOOK = "hook-secret-from-the-env"


def test_every_form_of_the_secrets_is_masked() -> None:
    redact = Redactor([TOKEN, HOOK, None])
    page = (f"<p>upstream failed: POST /bot{TOKEN}/banChatMember</p> "
            f"/bot123456%3AAAH-secret_part_of_the_token/x AAH-secret_part_of_the_token {HOOK}")
    assert redact(page) == (f"<p>upstream failed: POST /bot{MASK}/banChatMember</p> "
                            f"/bot{MASK}/x {MASK} {MASK}")
    assert redact("123456 is the bot's public id") == "123456 is the bot's public id"


def test_a_logged_traceback_is_scrubbed_too() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(RedactingFormatter(Redactor([TOKEN]), "%(levelname)s %(message)s"))
    log = logging.getLogger("tests.telegram.redact")
    log.addHandler(handler)
    log.propagate = False
    try:
        try:
            raise RuntimeError(f"Content: <html>POST /bot{TOKEN}/getChatAdministrators</html>")
        except RuntimeError:
            log.exception("update %s failed for %s", 7, TOKEN)
    finally:
        log.removeHandler(handler)
    text = stream.getvalue()
    assert "Traceback" in text and "RuntimeError" in text  # the traceback is kept...
    assert "secret_part" not in text  # ...without the token, in the message or the exception
    assert text.startswith(f"ERROR update 7 failed for {MASK}")
