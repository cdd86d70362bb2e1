"""A throwaway PostgreSQL server for the ledger's storage suite (loopback socket only).

The server binaries come from the system (``make test`` installs Debian's
``postgresql`` where missing); the server is the one ``chatwarden cluster --postgres``
runs (:class:`chatwarden.broker.server.LocalPostgres`), not durable here.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from chatwarden.broker.layout import BrokerError
from chatwarden.broker.server import LocalPostgres, free_port, postgres_binary


def new_postgres() -> LocalPostgres:
    """A PostgreSQL cluster of its own in a temporary directory, on a free port, started; not
    durable (no flushes to disk: a test's server crash loses nothing, fast)."""
    if postgres_binary("initdb") is None or postgres_binary("postgres") is None:
        pytest.skip("PostgreSQL server binaries not found (make test installs Debian's postgresql)")
    home = Path(tempfile.mkdtemp(prefix="chatwarden-pg-"))
    home.chmod(0o755)
    server = LocalPostgres(home / "pg", free_port(), durable=False)
    try:
        server.start(dbs=())
    except BrokerError as exc:
        pytest.fail(f"{exc}: {server.log.read_text(errors='replace')[-500:]}")
    return server


def discard(server: LocalPostgres) -> None:
    server.stop()
    shutil.rmtree(server.base.parent, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A base URL (``postgresql+psycopg://postgres@/{db}?host=...``) of a fresh cluster."""
    server = new_postgres()
    try:
        yield server.url("{db}")
    finally:
        discard(server)


def create_database(base_url: str, name: str, template: str | None = None) -> str:
    """A new database ``name``; with ``template``, a copy of that one (no one may be connected
    to it): cheaper than building the same ledger twice."""
    import psycopg

    host = base_url.split("host=", 1)[1].split("&", 1)[0]
    port = base_url.rsplit("port=", 1)[1]
    with psycopg.connect(host=host, port=port, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
    return base_url.format(db=name)
