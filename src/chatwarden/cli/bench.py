"""``chatwarden bench``: throughput of the rules path on generated realistic traffic, and of
a whole policy with its models on real chat text (``bench realchat``)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from chatwarden.cli.options import DataDir, PolicyFile
from chatwarden.cli.policy import load_or_exit

RULES_PATH = "toxicity,spam,advertising,links,pii"
"""The detectors ``bench broker`` leaves out by default: what remains is the rules path."""

bench_app = typer.Typer(help="Benchmarks (figures, not tests).", no_args_is_help=True)


@bench_app.command("replay")
def bench_replay(
    policy: PolicyFile = Path("policies/klint.ru.yaml"),
    events: Annotated[int, typer.Option(min=1)] = 100_000,
    db: Annotated[str, typer.Option(help="ledger path; default a fresh temporary file")] = "",
    seed: int = 0,
    skip: Annotated[str, typer.Option(help="comma-separated detectors whose rules are left out, "
                                      "to measure the rules path apart from costlier detectors")] = "",
) -> None:
    """Replay N generated events (chat traffic with a realistic share of violations)."""
    import tempfile

    from chatwarden.ledger.store import Ledger
    from chatwarden.policy.schema import without_detectors
    from chatwarden.runtime import Runtime
    from chatwarden.traffic import generate

    pol = load_or_exit(policy)
    if skip:
        pol = without_detectors(pol, set(skip.split(",")))
    stream = list(generate(events, seed=seed))
    with tempfile.TemporaryDirectory() as tmp:
        ledger = Ledger(db or str(Path(tmp) / "bench.db"))
        start = time.perf_counter()
        runtime = Runtime(pol, ledger, batch=2000)
        decisions = 0
        for ev in stream:
            decisions += len(runtime.handle(ev) or ())
        decisions += len(runtime.finish(stream[-1].ts))
        elapsed = time.perf_counter() - start
        ledger.close()
    typer.echo(f"{len(pol.rules)} rules, {events} events, {decisions} decisions in {elapsed:.2f}s: "
               f"{events / elapsed:,.0f} events/s (engine + SQLite ledger, one process)")


@bench_app.command("detectors")
def bench_detectors(messages: Annotated[int, typer.Option(min=100)] = 10_000, seed: int = 1) -> None:
    """µs/message per heuristic detector and the chain's messages/second, on generated traffic
    (``scripts/bench_detectors.py`` adds the real-text corpus from ../shared/data)."""
    from chatwarden.evaluation.bench import measure
    from chatwarden.traffic import generate

    events = list(generate(messages + 400, seed=seed))
    costs, per_second = measure(events)
    for cost in costs:
        typer.echo(f"{cost.name:>14}  {cost.micros:8.1f} µs/message")
    typer.echo(f"{'chain':>14}  {1e6 / per_second:8.1f} µs/message = {per_second:,.0f} messages/s (one core)")


@bench_app.command("realchat")
def bench_realchat(
    policy: PolicyFile = Path("policies/klint.ru.yaml"),
    events: Annotated[int, typer.Option(min=100, help="messages replayed")] = 5000,
    chats: Annotated[int, typer.Option(min=1, help="chats the messages are dealt over")] = 8,
    data: DataDir = None,
    skip: Annotated[str, typer.Option(help="comma-separated detectors whose rules are left out")] = "",
    profile: Annotated[Path | None, typer.Option(help="write a cProfile of the replay here "
                                                 "(read it with python -m pstats)")] = None,
) -> None:
    """Replay real chat text (Telegram ham and IRC lines, alternating) through a whole
    policy: events/s, latency per event, and how many texts reached each cascade stage."""
    import cProfile

    from chatwarden.evaluation import realdata
    from chatwarden.evaluation.bench import real_chat, replay_cost
    from chatwarden.evaluation.datasets import data_dir
    from chatwarden.policy.schema import without_detectors

    root = data_dir(data)
    ham = [e.text for e in realdata.tg_ham(root) or () if e.text]
    irc = [e.text for e in realdata.irc(root) or () if e.type == "message" and e.text]
    texts = [t for pair in zip(ham, irc, strict=False) for t in pair] or ham or irc
    if not texts:
        typer.echo(f"no real chat under {root} (tizhproger ham, IRC logs): use --data DIR", err=True)
        raise typer.Exit(1)
    pol = load_or_exit(policy)
    if skip:
        pol = without_detectors(pol, set(skip.split(",")))
    stream = real_chat((texts * (events // len(texts) + 1))[:events], chats)
    profiler = cProfile.Profile() if profile else None
    if profiler is not None:
        profiler.enable()
    cost = replay_cost(pol, stream)
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(profile))
    judged = cost.stages.get("judged", 0)
    typer.echo(f"{len(pol.rules)} rules, {cost.events} events ({cost.messages} messages, "
               f"drawn from {len(texts):,} real texts) over {chats} chats: {cost.per_second:,.0f} events/s "
               f"({cost.per_cpu_second:,.0f} per CPU-second); "
               f"p50 {cost.p50_ms:.2f} ms, p99 {cost.p99_ms:.2f} ms per event; "
               f"start-up {cost.startup:.1f}s (policy, models, first event)")
    for stage, n in sorted(cost.stages.items(), key=lambda kv: -kv[1]):
        if stage != "judged":
            typer.echo(f"  {stage:>10}: {n:6d} texts ({n / max(judged, 1):.1%} of {judged} judged)")


@bench_app.command("broker")
def bench_broker(
    policy: PolicyFile = Path("policies/klint.ru.yaml"),
    events: Annotated[int, typer.Option(min=100, help="events for the throughput run")] = 50_000,
    warm: Annotated[int, typer.Option(min=0, help="events judged first, not timed: every chat "
                                      "loaded, as in a worker that has been running")] = 10_000,
    workers: Annotated[list[int] | None, typer.Option(
        min=1, help="worker processes; repeat for several runs (--workers 1 --workers 2)")] = None,
    postgres: Annotated[bool, typer.Option(
        help="all workers on ONE PostgreSQL ledger (shared; a server started from the system's "
             "binaries); default: a SQLite ledger shard per worker")] = False,
    real: Annotated[bool, typer.Option(help="real chat text from the data folder (as `bench "
                                       "realchat`) instead of generated traffic")] = False,
    data: DataDir = None,
    partitions: Annotated[int, typer.Option(min=1)] = 16,
    chats: Annotated[int, typer.Option(min=1)] = 1000,
    rate: Annotated[float, typer.Option(min=1, help="offered load of the latency run, events/s")] = 500,
    latency_events: Annotated[int, typer.Option(min=10, help="events of the latency run")] = 5000,
    skip: Annotated[str, typer.Option(help="detectors whose rules are left out (default: the "
                                      "rules path, as `bench replay --skip`; '' = the whole policy)")]
    = RULES_PATH,
    batch: Annotated[int, typer.Option(min=1, help="events per fetch and commit")] = 256,
    compare: Annotated[bool, typer.Option(help="also time the same events through the runtime "
                                          "in one process, without the broker")] = True,
) -> None:
    """Throughput of NATS -> N workers -> ledger for each N, then latency at a fixed load."""
    from chatwarden.broker import bench

    bench.bench_broker(policy=policy, events=events, warm=warm, workers=workers,
                       postgres=postgres, real=real, data=data, partitions=partitions,
                       chats=chats, rate=rate, latency_events=latency_events, skip=skip,
                       batch=batch, compare=compare)


def register(app: typer.Typer) -> None:
    app.add_typer(bench_app, name="bench")
