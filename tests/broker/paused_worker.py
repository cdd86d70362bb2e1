"""A worker process whose first batch waits, decided but not yet committed, for a few seconds:
the moment the fencing test stops it (SIGSTOP). Otherwise the real thing: the runtime handler,
the fence, a SQLite ledger of its own.

    python -m tests.broker.paused_worker NATS_URL LEDGER MARKER
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from chatwarden.broker.layout import connect
from chatwarden.broker.serve import RuntimeHandler
from chatwarden.broker.worker import Delivery, Worker
from chatwarden.ledger.store import Ledger
from chatwarden.runtime import Runtime
from tests.broker.test_fencing import LAYOUT, policy

PAUSE = 3.0


class Pausing(RuntimeHandler):
    def __init__(self, runtime: Runtime, marker: Path) -> None:
        super().__init__(runtime)
        self.marker = marker

    def _decide(self, batch: Sequence[Delivery]) -> None:
        if not self.marker.exists():
            self.marker.write_text(" ".join(d.event.id for d in batch))
            time.sleep(PAUSE)
        super()._decide(batch)


async def main(url: str, db: str, marker: Path) -> None:
    ledger = Ledger(db)
    handler = Pausing(Runtime(policy(), ledger, batch=sys.maxsize), marker)
    nc = await connect(url, "paused")
    worker = Worker(nc, LAYOUT, handler, name="paused", fetch_wait=0.3)
    handler.fence = worker.hold
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    try:
        await worker.run(stop)
    finally:
        await handler.close()
        await nc.drain()
        ledger.close()


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
    asyncio.run(main(sys.argv[1], sys.argv[2], Path(sys.argv[3])))
