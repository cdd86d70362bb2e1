"""Where ``chatwarden telegram``, ``matrix`` and ``send`` write referral bundles and preserved
evidence when ``--referrals`` is not given: the same place for all three (``referrals/`` beside
a SQLite ledger, in the working directory for a database URL), never nowhere, since a policy
step with ``preserve_evidence`` deletes the messages it keeps.

The commands run in-process up to the point where they would connect; what each hands its
platform is captured there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import chatwarden.cli.matrix
import chatwarden.cli.send
import chatwarden.cli.telegram
from chatwarden.cli import app


class Ledger:
    engine = None

    def close(self) -> None:
        pass


class App:
    """Stands in for a bot's app: keeps its options, runs nothing."""

    def __init__(self, *args: Any) -> None:
        found.append(args[-1].referrals)

    async def run(self) -> None:
        pass


found: list[Path] = []


def telegram(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import chatwarden.adapters.telegram.app as platform

    monkeypatch.setattr(chatwarden.cli.telegram, "sole_writer", lambda db, log: Ledger())
    monkeypatch.setattr(platform, "TelegramApp", App)
    return ["telegram"]


def matrix(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import chatwarden.adapters.matrix.app as platform

    monkeypatch.setattr(chatwarden.cli.matrix, "sole_writer", lambda db, log: Ledger())
    monkeypatch.setattr(platform, "MatrixApp", App)
    return ["matrix", "--homeserver", "http://hs", "--user", "@bot:hs", "--token", "t"]


def send(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    import chatwarden.delivery.leader
    import chatwarden.ledger.store

    async def lead(*_: Any) -> None:
        pass

    monkeypatch.setattr(chatwarden.ledger.store, "Ledger", lambda db: Ledger())
    monkeypatch.setattr(chatwarden.delivery.leader, "SenderLock", lambda *_: None)
    monkeypatch.setattr(chatwarden.delivery.leader, "lead", lead)
    monkeypatch.setattr(chatwarden.cli.send, "Setup", lambda *args: found.append(args[3].referrals))
    return ["send"]


def referrals(command: Callable[[pytest.MonkeyPatch], list[str]], monkeypatch: pytest.MonkeyPatch,
              *args: str) -> list[Path]:
    """Run ``command`` with ``args`` up to its platform; the referrals directory it was given."""
    module = getattr(chatwarden.cli, command.__name__)
    monkeypatch.setenv("CHATWARDEN_TELEGRAM_TOKEN", "123:abc")
    monkeypatch.setattr(module, "scrubbed_logging", lambda *_: str)
    monkeypatch.setattr(module, "load_or_exit", lambda *_: None)
    found.clear()
    done = CliRunner().invoke(app, [*command(monkeypatch), "--policy", "p.yaml", *args])
    assert done.exit_code == 0, done.output
    return list(found)


COMMANDS = [telegram, matrix, send]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("db", ["ledgers/chatwarden.db", "postgresql+psycopg://cw@db/chatwarden"])
def test_referrals_default_alike(command: Callable[[pytest.MonkeyPatch], list[str]], db: str,
                                 tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    where = tmp_path / "ledgers" if "://" not in db else tmp_path
    assert referrals(command, monkeypatch, "--db", db) == [where.resolve() / "referrals"]


@pytest.mark.parametrize("command", COMMANDS)
def test_referrals_given_are_kept(command: Callable[[pytest.MonkeyPatch], list[str]],
                                  tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert referrals(command, monkeypatch, "--db", str(tmp_path / "x.db"),
                     "--referrals", str(tmp_path / "r")) == [tmp_path / "r"]
