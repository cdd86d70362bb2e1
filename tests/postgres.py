"""A throwaway PostgreSQL server for the ledger's storage suite (loopback socket only).

The server binaries come from the system (``make test`` installs Debian's
``postgresql`` where missing). As root, the cluster runs as the ``postgres`` user,
since PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import signal
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


class LocalPostgres:
    """One PostgreSQL cluster in a temporary directory, on a free port, reached by a local
    socket. It can be killed (-9, every process of it) and started again on the same data:
    what a crash of the database does to the workers is a test of its own."""

    def __init__(self) -> None:
        initdb, self.binary = _binary("initdb"), _binary("postgres")
        if initdb is None or self.binary is None:
            pytest.skip("PostgreSQL server binaries not found (make test installs Debian's "
                        "postgresql)")
        self.base = Path(tempfile.mkdtemp(prefix="chatwarden-pg-"))
        self.base.chmod(0o755)
        self.prefix: list[str] = []
        if os.geteuid() == 0:
            self.prefix = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.base, "postgres")
        self.data = self.base / "data"
        subprocess.run([*self.prefix, initdb, "-D", str(self.data), "-U", "postgres", "-A",
                        "trust", "--no-sync", "-E", "UTF8", "--locale=C"],
                       check=True, capture_output=True)
        self.port = _free_port()
        self.server: subprocess.Popen[bytes] | None = None
        self.url = f"postgresql+psycopg://postgres@/{{db}}?host={self.base}&port={self.port}"
        """A base URL: ``{db}`` is the database's name (see :func:`create_database`)."""

    def start(self) -> None:
        log = self.base / "server.log"
        with log.open("ab") as sink:  # its own session: kill() reaches every process of it
            self.server = subprocess.Popen(
                [*self.prefix, str(self.binary), "-D", str(self.data), "-k", str(self.base),
                 "-p", str(self.port), "-c", "listen_addresses=", "-c", "fsync=off"],
                stdout=subprocess.DEVNULL, stderr=sink, start_new_session=True)
        deadline = time.monotonic() + 60
        while not self.ready():
            if self.server.poll() is not None or time.monotonic() > deadline:
                self.kill()
                pytest.fail(f"PostgreSQL did not start: {log.read_text(errors='replace')[-500:]}")
            time.sleep(0.1)

    def ready(self) -> bool:
        if not (self.base / f".s.PGSQL.{self.port}").exists():
            return False
        import psycopg

        try:
            psycopg.connect(host=str(self.base), port=self.port, user="postgres",
                            dbname="postgres", connect_timeout=2).close()
        except psycopg.OperationalError:
            return False  # still starting, or recovering after a crash
        return True

    def kill(self) -> None:
        """kill -9 the server and every backend, as a crash would. The postmaster makes itself
        a process group leader (its backends are in its group), so the group is its pid, read
        from ``postmaster.pid``, not that of the process this started (``runuser``)."""
        if self.server is None:
            return
        groups = {self.server.pid}
        with contextlib.suppress(OSError, ValueError):
            groups.add(int((self.data / "postmaster.pid").read_text().split()[0]))
        for group in groups:
            with contextlib.suppress(ProcessLookupError):  # it may have died already
                os.killpg(group, signal.SIGKILL)
        self.server.wait(timeout=30)
        deadline = time.monotonic() + 30
        while any(_group_alive(g) for g in groups) and time.monotonic() < deadline:
            time.sleep(0.1)
        # dead, but maybe not reaped (a container's first process may not reap orphans): a
        # zombie's pid still answers kill(pid, 0), which PostgreSQL takes for a live server
        (self.data / "postmaster.pid").unlink(missing_ok=True)
        (self.base / f".s.PGSQL.{self.port}.lock").unlink(missing_ok=True)
        self.server = None

    def stop(self) -> None:
        if self.server is not None:
            self.server.terminate()
            self.server.wait(timeout=30)
            self.server = None
        shutil.rmtree(self.base, ignore_errors=True)


def _group_alive(group: int) -> bool:
    """Whether a process of process group ``group`` is still alive (not yet reaped)."""
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == group and fields[0] != "Z":
                return True
    return False


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A base URL (``postgresql+psycopg://postgres@/{db}?host=...``) of a fresh cluster."""
    server = LocalPostgres()
    server.start()
    try:
        yield server.url
    finally:
        server.stop()


def create_database(base_url: str, name: str) -> str:
    import psycopg

    host = base_url.split("host=", 1)[1].split("&", 1)[0]
    port = base_url.rsplit("port=", 1)[1]
    with psycopg.connect(host=host, port=port, user="postgres", dbname="postgres",
                         autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return base_url.format(db=name)
