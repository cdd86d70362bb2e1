"""Instructions executed per judged event, for comparing two trees where wall clock is noise.

``bench realchat`` times real chat text through the Клинт policy; on a shared 2-core machine
its figure moves by ±10% run to run, more than most speed changes are worth. This replays the
same stream under callgrind, with start-up, warm-up and the first event left out, and prints
the instructions executed by events 1..N-1 (deterministic to a fraction of a per cent):

    .venv/bin/python scripts/callgrind_realchat.py 600                 # this tree
    PYTHONPATH=/other/tree/src .venv/bin/python scripts/callgrind_realchat.py 600   # another

Needs ``valgrind`` (Debian: ``apt install valgrind``) and ``../shared/data`` (the Telegram ham
and IRC logs ``bench realchat`` reads). Version 16's speed figures in docs/evaluation.md were
taken with it.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(n: int, marks: Path) -> None:
    """The replay, instrumented only between the marker files the parent writes."""
    from chatwarden.cli.policy import load_or_exit
    from chatwarden.evaluation import realdata
    from chatwarden.evaluation.bench import real_chat
    from chatwarden.evaluation.datasets import data_dir
    from chatwarden.ledger.store import Ledger
    from chatwarden.runtime import Runtime

    root = data_dir(None)
    ham = [e.text for e in realdata.tg_ham(root) or () if e.text]
    irc = [e.text for e in realdata.irc(root) or () if e.type == "message" and e.text]
    if not ham or not irc:
        sys.exit(f"the Telegram ham and IRC logs are absent from {root}")
    texts = [t for pair in zip(ham, irc, strict=False) for t in pair]
    stream = real_chat((texts * (n // len(texts) + 1))[:n], 8)
    runtime = Runtime(load_or_exit(ROOT / "policies" / "klint.ru.yaml"), Ledger("sqlite://"),
                      batch=1000)
    runtime.warm()
    runtime.handle(stream[0])

    def wait(name: str) -> None:
        while not (marks / name).exists():
            time.sleep(0.2)

    (marks / "ready").touch()
    wait("go")
    for event in stream[1:]:
        runtime.handle(event)
    runtime.flush()
    (marks / "done").touch()
    wait("stop")


def _await(marks: Path, name: str, proc: subprocess.Popen[bytes]) -> None:
    while not (marks / name).exists():
        if proc.poll() is not None:
            sys.exit(f"the replay under callgrind ended early (exit {proc.returncode})")
        time.sleep(0.5)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("events", type=int, nargs="?", default=600)
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        child(args.events, args.child)
        return
    for tool in ("valgrind", "callgrind_control"):
        if shutil.which(tool) is None:
            sys.exit(f"{tool} is not installed (Debian: apt install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        marks = Path(tmp)
        out = marks / "callgrind.out"
        proc = subprocess.Popen(
            ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}",
             args.python, __file__, str(args.events), "--child", str(marks)],
            env={**os.environ, "PYTHONHASHSEED": "0"}, cwd=ROOT,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _await(marks, "ready", proc)
        subprocess.run(["callgrind_control", "-i", "on", str(proc.pid)], check=True,
                       capture_output=True)
        (marks / "go").touch()
        _await(marks, "done", proc)
        subprocess.run(["callgrind_control", "-d", str(proc.pid)], check=True, capture_output=True)
        (marks / "stop").touch()
        proc.wait()
        dumped = marks / "callgrind.out.1"  # the events; the exit's own dump is the rest
        found = re.search(r"^(?:summary|totals): (\d+)", dumped.read_text(), re.M) \
            if dumped.exists() else None
        if found is None:
            sys.exit("callgrind wrote no totals for the events")
        totals = [found.group(1)]
        print(f"events 1-{args.events - 1}: {int(totals[0]):,} instructions "
              f"({int(totals[0]) / (args.events - 1) / 1e6:.2f} M per event)")


if __name__ == "__main__":
    main()
