"""A worker process whose first batch waits a few seconds: the moment the fencing tests stop it
(SIGSTOP). Otherwise the real thing: the runtime handler, the fence, the ledger.

    python -m tests.broker.paused_worker NATS_URL LEDGER MARKER [shared]

Exclusive (a ledger of its own, the broker-side lease check as the fence): it waits before
deciding, so the check after the pause is what refuses the batch. ``shared`` (one ledger with
the other worker, the fencing token as the fence, no broker-side check at all): it waits after
deciding, just before the commit, so only the ledger can refuse it.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from sqlalchemy import Connection

from chatwarden.broker.layout import connect
from chatwarden.broker.serve import RuntimeHandler, fence
from chatwarden.broker.worker import Delivery, Worker
from chatwarden.ledger.store import Ledger
from chatwarden.runtime import Runtime
from tests.broker.test_fencing import LAYOUT, policy

PAUSE = 3.0


class Pausing(RuntimeHandler):
    def __init__(self, runtime: Runtime, marker: Path) -> None:
        super().__init__(runtime)
        self.marker = marker
        self.in_hand: list[str] = []
        if runtime.shared:
            commit = runtime.flush

            def late(fence: Mapping[int, int] | None = None,
                     also: Callable[[Connection], None] | None = None) -> None:
                self._pause()
                commit(fence=fence, also=also)

            runtime.flush = late  # type: ignore[method-assign]

    def _pause(self) -> None:
        if self.in_hand and not self.marker.exists():
            # written whole, then named: the test polls for the name and must never read it empty
            draft = self.marker.with_suffix(".part")
            draft.write_text(" ".join(self.in_hand))
            draft.replace(self.marker)
            time.sleep(PAUSE)

    def _decide(self, batch: Sequence[Delivery], fence: Mapping[int, int] | None = None) -> None:
        self.in_hand = [d.event.id for d in batch]
        if not self.runtime.shared:
            self._pause()
        super()._decide(batch, fence)


async def main(url: str, db: str, marker: Path, shared: bool) -> None:
    ledger = Ledger(db)
    handler = Pausing(Runtime(policy(), ledger, batch=sys.maxsize, shared=shared), marker)
    nc = await connect(url, "paused")
    worker = Worker(nc, LAYOUT, handler, name="paused", fetch_wait=0.3)
    fence(worker, handler)
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
    asyncio.run(main(sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4:] == ["shared"]))
