"""A throwaway PostgreSQL server for the ledger's storage suite (loopback socket only).

The server binaries come from the system (``make test`` installs Debian's
``postgresql`` where missing). As root, the cluster runs as the ``postgres`` user,
since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest


def _binary(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A base URL (``postgresql+psycopg://postgres@/{db}?host=...``) of a fresh cluster."""
    initdb, postgres = _binary("initdb"), _binary("postgres")
    if initdb is None or postgres is None:
        pytest.skip("PostgreSQL server binaries not found (make test installs Debian's postgresql)")
    base = Path(tempfile.mkdtemp(prefix="chatwarden-pg-"))
    base.chmod(0o755)
    prefix: list[str] = []
    if os.geteuid() == 0:
        prefix = ["runuser", "-u", "postgres", "--"]
        shutil.chown(base, "postgres")
    data, sock = base / "data", base
    subprocess.run([*prefix, initdb, "-D", str(data), "-U", "postgres", "-A", "trust", "--no-sync",
                    "-E", "UTF8", "--locale=C"], check=True, capture_output=True)
    port = _free_port()
    log = base / "server.log"
    with log.open("wb") as sink:
        server = subprocess.Popen([*prefix, postgres, "-D", str(data), "-k", str(sock), "-p", str(port),
                                   "-c", "listen_addresses=", "-c", "fsync=off"],
                                  stdout=subprocess.DEVNULL, stderr=sink)
    deadline = time.monotonic() + 30
    while not (sock / f".s.PGSQL.{port}").exists():
        if server.poll() is not None or time.monotonic() > deadline:
            server.kill()
            pytest.fail(f"PostgreSQL did not start: {log.read_text(errors='replace')[-500:]}")
        time.sleep(0.1)
    try:
        yield f"postgresql+psycopg://postgres@/{{db}}?host={sock}&port={port}"
    finally:
        server.terminate()
        server.wait(timeout=30)
        shutil.rmtree(base, ignore_errors=True)


def create_database(base_url: str, name: str) -> str:
    import psycopg

    host = base_url.split("host=", 1)[1].split("&", 1)[0]
    port = base_url.rsplit("port=", 1)[1]
    with psycopg.connect(host=host, port=port, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return base_url.format(db=name)
