"""``chatwarden worker``: judge the events of the partitions this process leases from NATS,
or, without ``--nats``, holds in the ledger's own PostgreSQL queue."""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
from typing import TYPE_CHECKING, Annotated

import typer

from chatwarden.cli.options import Db, Overlay, PolicyFile, Verbose, Warm
from chatwarden.cli.policy import load_or_exit

if TYPE_CHECKING:
    from chatwarden.broker.outage import Outage
    from chatwarden.ledger.store import Ledger
    from chatwarden.policy.schema import Policy

log = logging.getLogger("chatwarden.worker")


def worker(
    policy: PolicyFile,
    nats_url: Annotated[str | None, typer.Option(
        "--nats", help="NATS server URL (JetStream enabled); without it, the queue is the "
        "PostgreSQL ledger's own (`chatwarden ingest --db`), no broker")] = None,
    partitions: Annotated[int | None, typer.Option(
        min=1, help="PostgreSQL queue: partitions of a new queue (default 16); an existing "
        "queue keeps its own")] = None,
    db: Db = "chatwarden.db",
    overlay: Overlay = None,
    name: Annotated[str | None, typer.Option(help="worker name in the lease bucket "
                                             "(default: host-pid)")] = None,
    batch: Annotated[int, typer.Option(min=1, help="events per fetch and commit")] = 256,
    ack_wait: Annotated[float, typer.Option(
        min=1, help="NATS: seconds before a batch not acked is handed out again; a batch whose "
        "ack was lost (a broker restart) holds up its partition this long")] = 30.0,
    max_deliver: Annotated[int, typer.Option(
        min=1, help="failures of one event before it goes to the dead letters (the dead-letter "
        "stream with NATS, the ledger's dead_letters table with the PostgreSQL queue)")] = 5,
    tick: Annotated[float, typer.Option(
        min=0, help="seconds between runs of the timed jobs (mute ends, purges) on the wall "
        "clock; 0 = only when a chat's next event comes (for replaying old events)")] = 30.0,
    shard: Annotated[str | None, typer.Option(
        help="I/N: hold only the partitions p with p % N == I (0-based), never others: a "
        "ledger per worker, each chat always in the same one (`chatwarden cluster --workers N`)")] = None,
    skip: Annotated[str, typer.Option(help="comma-separated detectors whose rules are left out "
                                      "(as in `bench replay`)")] = "",
    shared: Annotated[bool | None, typer.Option(
        "--shared/--exclusive", help="shared: one of several workers on this ledger, each judging "
        "the chats of its partitions, every commit fenced by the ledger; exclusive: the only "
        "writer of the ledger. Default: shared on PostgreSQL, exclusive on SQLite")] = None,
    outbox: Annotated[bool, typer.Option(
        "--outbox", help="write each decision's platform calls to the ledger's outbox, for "
        "`chatwarden send` to carry out (without it the worker only records decisions)")] = False,
    max_chats: Annotated[int, typer.Option(
        min=1, help="chats kept in memory; past that the least recently used are dropped after "
        "a commit and loaded again when they speak")] = 10_000,
    outage_limit: Annotated[float, typer.Option(
        min=0, help="PostgreSQL ledger: seconds to keep trying while the database cannot be "
        "reached (a restart, a crash recovery, a failover), 0.5 s between tries doubling up to "
        "30 s, before exiting with status 2 naming what failed and since when; 0: at the first "
        "failure. Covers the start, and with the PostgreSQL queue the whole run (with --nats, "
        "commits are retried until the ledger answers)")] = 300.0,  # outage.OUTAGE_LIMIT
    warm: Warm = True,
    verbose: Verbose = False,
) -> None:
    """Take a fair share of the partitions, judge their events in order, ack after commit;
    run the timed jobs on the wall clock. Stops cleanly (leases given back) on SIGTERM or Ctrl-C."""
    import nats.errors

    from chatwarden.broker.layout import Layout
    from chatwarden.broker.outage import LedgerUnreachable, Outage, Stopped
    from chatwarden.broker.pgqueue import postgres_url
    from chatwarden.broker.serve import serve
    from chatwarden.ledger.store import Ledger, LedgerBusy
    from chatwarden.policy.schema import without_detectors

    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("nats").setLevel(logging.WARNING)
    pinned: tuple[int, int] | None = None
    if shard is not None:
        index, _, count = shard.partition("/")
        if not (index.isdigit() and count.isdigit() and int(index) < int(count)):
            raise typer.BadParameter(f"{shard!r} is not I/N with 0 <= I < N", param_hint="--shard")
        pinned = int(index), int(count)
    pol = load_or_exit(policy, overlay)
    if skip:
        pol = without_detectors(pol, set(skip.split(",")))
    if nats_url is None and not postgres_url(db):
        raise typer.BadParameter("without --nats the queue is the ledger's own, which needs a "
                                 "PostgreSQL --db (postgresql+psycopg://...)", param_hint="--nats/--db")
    if nats_url is None and pinned is not None:
        raise typer.BadParameter("shards are for a ledger per worker; the PostgreSQL queue "
                                 "shares one", param_hint="--shard")
    # until NATS mode's event loop takes the signals over, a stop ends the waits for PostgreSQL
    outage = Outage(outage_limit, threading.Event())
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: outage.stop.set())
    try:  # a worker started while its database restarts waits for it, as a running one does
        ledger = outage.retry("opening the ledger", lambda: Ledger(db)) if postgres_url(db) else Ledger(db)
    except LedgerUnreachable as exc:
        log.error("%s", exc)
        raise typer.Exit(2) from None
    except Stopped:
        log.info("stopped while waiting for PostgreSQL; nothing judged")
        return
    if nats_url is None:
        _on_postgres(ledger, pol, batch, name, tick, partitions, outbox, max_chats, max_deliver, outage,
                     warm)
        return

    async def main() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        done = await serve(nats_url, ledger, pol, Layout(batch=batch, ack_wait=ack_wait), stop, name=name,
                           max_deliver=max_deliver, tick=tick, shard=pinned,
                           shared=shared if shared is not None else shared_by_default(ledger),
                           outbox=outbox, max_chats=max_chats, warm=warm)
        if done.dead:
            log.error("%d event(s) went to the dead-letter stream: `chatwarden dead-letters list "
                      "--nats %s`", done.dead, nats_url)
        return done.handled

    try:
        handled = asyncio.run(main())
    except LedgerBusy as exc:   # a second writer on this ledger: say who, change nothing
        log.error("%s", exc)
        raise typer.Exit(2) from None
    except (OSError, nats.errors.NoServersError) as exc:
        log.error("cannot reach NATS at %s: %s", nats_url, exc)
        raise typer.Exit(2) from None
    finally:
        ledger.close()
    log.info("stopped after judging %d event(s)", handled)


def shared_by_default(ledger: Ledger) -> bool:
    """PostgreSQL: shared, so a second worker joins and takes partitions instead of being
    refused (its row locks let writers commit side by side). SQLite: exclusive, since its
    writers take turns on one file lock anyway, and the shared mode's record-number blocks
    and per-batch id lookups would cost without gaining anything."""
    return ledger.engine.dialect.name == "postgresql"


def _on_postgres(ledger: Ledger, policy: Policy, batch: int, name: str | None, tick: float,
                 partitions: int | None, outbox: bool, max_chats: int, max_deliver: int,
                 outage: Outage, warm: bool) -> None:
    """The broker-less worker (:mod:`chatwarden.broker.pgqueue`), until SIGTERM or Ctrl-C
    (``outage.stop``); every step waits out an unreachable PostgreSQL up to ``outage.limit``."""
    from chatwarden.broker.layout import Layout
    from chatwarden.broker.outage import LedgerUnreachable, Stopped
    from chatwarden.broker.pgqueue import PgWorker, QueueError, ensure_partitions
    from chatwarden.ledger.store import LedgerBusy

    try:
        count = outage.retry("reading the queue's partitions", lambda: ensure_partitions(ledger, partitions))
        worker = outage.retry("joining the queue", lambda: PgWorker(
            ledger, policy, Layout(partitions=count, batch=batch), tick=tick, outbox=outbox,
            max_chats=max_chats, max_deliver=max_deliver, outage=outage))
        if name:
            worker.name = name
        if warm:
            worker.runtime.warm_soon()
        worker.run(outage.stop)
    except (QueueError, LedgerBusy, LedgerUnreachable) as exc:
        log.error("%s", exc)
        raise typer.Exit(2) from None
    except Stopped:
        log.info("stopped while waiting for PostgreSQL; nothing judged")
        return
    finally:
        ledger.close()
    if worker.dead:
        log.error("%d event(s) went to the dead letters: `chatwarden dead-letters list --db %s`",
                  worker.dead, ledger.url)
    log.info("stopped after judging %d event(s)", worker.handled)


def register(app: typer.Typer) -> None:
    app.command()(worker)
