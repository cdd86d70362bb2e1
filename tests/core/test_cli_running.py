"""How ``chatwarden telegram``, ``matrix`` and ``send`` stop: Ctrl-C is a clean exit, the
platform refusing the secret is one line and exit 1, any other failure is logged (so
scrubbed) and exit 1; the ledger is closed every time."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator

import pytest
import typer

from chatwarden.cli.running import until_stopped


class Refused(Exception):
    pass


class Ledger:
    """Only what the block touches: ``close``."""

    closed = False

    def close(self) -> None:
        self.closed = True


LOG = logging.getLogger("chatwarden.test")


class _Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def logged() -> Iterator[tuple[logging.Logger, list[logging.LogRecord]]]:
    """A logger of this test's own and what it logged. Not `caplog`: that reads the root
    logger, and whatever an earlier test in the same worker did to the shared loggers
    (levels, propagation, a logging config that disables existing loggers) emptied it
    once on a loaded CI run, while `until_stopped` logs to the logger it is given."""
    log = logging.getLogger(f"chatwarden.test.{uuid.uuid4().hex}")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    kept = _Kept()
    log.addHandler(kept)
    yield log, kept.records
    log.removeHandler(kept)


def test_ctrl_c_is_a_clean_stop() -> None:
    ledger = Ledger()
    with until_stopped(ledger, LOG, Refused, "check the token"):
        raise KeyboardInterrupt
    assert ledger.closed


def test_a_refused_secret_is_one_line_and_exit_1(
        logged: tuple[logging.Logger, list[logging.LogRecord]]) -> None:
    log, records = logged
    ledger = Ledger()
    with pytest.raises(typer.Exit) as stop, until_stopped(ledger, log, Refused, "check the token"):
        raise Refused("401")
    assert stop.value.exit_code == 1 and ledger.closed
    assert [(r.levelname, r.getMessage(), r.exc_info) for r in records] == [
        ("ERROR", "check the token", None)]


def test_a_crash_is_logged_with_its_traceback_and_exit_1(
        logged: tuple[logging.Logger, list[logging.LogRecord]]) -> None:
    log, records = logged
    ledger = Ledger()
    with pytest.raises(typer.Exit) as stop, until_stopped(ledger, log, Refused, "check the token",
                                                          who="the sender"):
        raise RuntimeError("boom")
    assert stop.value.exit_code == 1 and ledger.closed
    (record,) = records
    assert record.getMessage() == "the sender stopped" and record.exc_info is not None
