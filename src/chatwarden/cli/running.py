"""What the commands that hold a platform's secret and run until stopped share
(``chatwarden telegram``, ``matrix`` and ``send``): logging that scrubs the secret, the
ledger's one writer, and one way to stop.

Not a command module: :mod:`chatwarden.cli` does not list it. Like them, it imports only
typer and the standard library at the top (every start imports the command modules).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from chatwarden.adapters.telegram.redact import Redactor
    from chatwarden.ledger.store import Ledger

LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def scrubbed_logging(verbose: bool, secrets: Iterable[str | None]) -> Redactor:
    """Log at INFO (DEBUG with ``-v``) through a formatter that masks ``secrets``; the
    scrubber is returned for what is stored rather than logged (the outbox's errors).

    Set up before anything can log: an aiohttp error or a traceback quotes the token."""
    from chatwarden.adapters.telegram import redact

    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO)
    scrub = redact.Redactor(secrets)
    redact.install(scrub, LOG_FORMAT)
    return scrub


def sole_writer(db: str, log: logging.Logger) -> Ledger:
    """The ledger, held as its one writer, or exit 2 naming who writes it: a second bot (or
    a replay) on the same ledger would number records twice, so it changes nothing."""
    from chatwarden.ledger.store import Ledger, LedgerBusy

    ledger = Ledger(db)
    try:
        ledger.acquire_writer()
    except LedgerBusy as exc:
        ledger.close()
        log.error("%s", exc)
        raise typer.Exit(2) from None
    return ledger


@contextmanager
def until_stopped(ledger: Ledger, log: logging.Logger, refused: type[Exception], refusal: str,
                  who: str = "the bot") -> Iterator[None]:
    """Run the block until Ctrl-C (a clean stop) or a failure (exit 1); close the ledger
    either way.

    ``refused`` is the platform refusing the secret: one line saying which to check, not a
    traceback. Any other failure is logged with its traceback through the scrubbing
    formatter, which a traceback Python printed itself would bypass."""
    try:
        yield
    except KeyboardInterrupt:
        pass
    except refused:
        log.error("%s", refusal)
        raise typer.Exit(1) from None
    except Exception:
        log.exception("%s stopped", who)
        raise typer.Exit(1) from None
    finally:
        ledger.close()
