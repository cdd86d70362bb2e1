"""``chatwarden serve`` in its own process for the end-to-end tests."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.conftest import KLINT


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serving(db: str, policy: Path = KLINT) -> Iterator[httpx.Client]:
    """``chatwarden serve`` on a free loopback port, stopped at the end; yields a client of it
    (``client.base_url`` is the console's address)."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen([sys.executable, "-m", "chatwarden", "serve", "--policy",
                                 str(policy), "--db", db, "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=log,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    httpx.get(base + "/login", timeout=2)
                    break
                except httpx.TransportError:
                    if proc.poll() is not None or time.monotonic() > deadline:
                        log.seek(0)
                        raise AssertionError(f"serve did not start: {log.read()!r}") from None
                    time.sleep(0.2)
            with httpx.Client(base_url=base, timeout=30) as client:
                yield client
        finally:
            proc.terminate()
            proc.wait(timeout=30)
