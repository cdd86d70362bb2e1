"""Reliability trials: ``kill -9`` a replay at seeded random points, resume it, and compare
the ledger with one uninterrupted run of the same file.

    python scripts/reliability.py --trials 30            # ~20,000 real IRC events
    python scripts/reliability.py --trials 5 --lines 3000 --kills 2

Each trial starts ``chatwarden replay`` into a fresh SQLite ledger, kills it (SIGKILL,
no clean-up) once the ledger holds a seeded random number of events plus a random
few milliseconds, ``--kills`` times, then lets it finish. The ledger must then equal
the uninterrupted run's: the same sanctions, offences, complaints, appeals, members,
audit and decisions, row for row. The figures:

- *diverged*: trials whose ledger differs from the reference in any table;
- *lost*: reference sanctions missing from a trial's ledger;
- *duplicated*: sanctions a trial holds more often than the reference;
- *overwritten*: sanction numbers whose record differs from the reference's.

The traffic is the Ubuntu IRC logs of ``../shared/data/chat-irc-disentanglement``
(CC BY 4.0), one chat, in file-name (date) order: messages, joins and leaves.
Tests import these helpers (``tests/reliability/test_crash.py``).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
IRC = ROOT.parent / "shared" / "data" / "chat-irc-disentanglement"
_LINE = re.compile(r"^\[(\d\d):(\d\d)\] <([^>]+)> (.*)$")
_SYSTEM = re.compile(r"^=== (\S+) .*has (joined|left|quit)")
TABLES = {
    "sanctions": "SELECT * FROM sanctions ORDER BY id",
    "offences": "SELECT * FROM offences ORDER BY id",
    "complaints": "SELECT * FROM complaints ORDER BY id",
    "appeals": "SELECT * FROM appeals ORDER BY id",
    "members": "SELECT * FROM members ORDER BY chat, user",
    "events": "SELECT id, wseq, rejoined FROM events ORDER BY id",
    "jobs": "SELECT * FROM jobs ORDER BY chat, name",
    "audit": "SELECT ts, kind, event_id, chat, actor, user, payload FROM audit ORDER BY seq",
    "reviews": "SELECT chat, user, event_id, rules, note, status FROM reviews ORDER BY id",
    "budgets": "SELECT * FROM budgets ORDER BY budget, chat",
}
"""What must match an uninterrupted run (counters the database assigns left out)."""


def irc_events(limit: int | None = None, root: Path = IRC) -> Iterator[dict[str, Any]]:
    """The Ubuntu IRC logs (dev and test samples) as events of one chat, oldest file first.

    A file's name gives its date; a line's ``[HH:MM]`` its time (a time earlier than the
    line before means the next day). ``=== nick ... has joined/left/quit`` lines are joins
    and leaves.
    """
    n = 0
    files = sorted((root / "dev").glob("*.raw.txt")) + sorted((root / "test").glob("*.raw.txt"))
    for path in sorted(files, key=lambda p: p.name):
        day = date.fromisoformat(path.name[:10])
        last = None
        for lineno, line in enumerate(path.read_text(encoding="utf-8", errors="replace")
                                      .splitlines(), 1):
            if m := _LINE.match(line):
                hh, mm, nick, text = int(m[1]), int(m[2]), m[3], m[4]
                event: dict[str, Any] = {"type": "message", "user": nick, "text": text}
            elif m := _SYSTEM.match(line):
                if last is None:
                    continue
                hh, mm = last.hour, last.minute
                event = {"type": "join" if m[2] == "joined" else "leave", "user": m[1]}
            else:
                continue
            ts = datetime.combine(day, datetime.min.time(), UTC) + timedelta(hours=hh, minutes=mm)
            if last is not None and ts < last:
                day += timedelta(days=1)
                ts += timedelta(days=1)
            last = ts
            yield {"id": f"irc:{path.name[:13]}:{lineno}", "chat": "ubuntu",
                   "ts": ts.isoformat(), **event}
            n += 1
            if limit is not None and n >= limit:
                return


def write_events(events: Iterator[dict[str, Any]], path: Path) -> int:
    rows = [json.dumps(e, ensure_ascii=False) for e in events]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return len(rows)


def replay_command(events: Path, policy: Path, db: Path, *, batch: int,
                   json_out: Path | None = None) -> list[str]:
    cmd = [sys.executable, "-m", "chatwarden", "replay", str(events), "--policy", str(policy),
           "--db", str(db), "--batch", str(batch), "--report", str(db.with_suffix(".html"))]
    return cmd + (["--json", str(json_out)] if json_out is not None else [])


def committed(db: Path) -> int:
    """Events the ledger holds now (read as another reader would, while the writer runs)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    except sqlite3.Error:
        return 0  # not created yet


def run(cmd: list[str], timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, check=False,
                          env={**os.environ, "PYTHONUNBUFFERED": "1"})


def killed_run(cmd: list[str], db: Path, total: int, rng: random.Random, kills: int,
               timeout: float = 600) -> int:
    """Run ``cmd``, SIGKILL it ``kills`` times at seeded random points, then let it finish.

    Returns how many kills landed (a run that ended first was not killed)."""
    landed = 0
    for _ in range(kills):
        target = rng.randint(0, max(0, total - 1))
        extra = rng.uniform(0.0, 0.3)
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while proc.poll() is None and committed(db) < target and time.monotonic() < deadline:
            time.sleep(0.01)
        time.sleep(extra)
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            landed += 1
        proc.wait()
    final = run(cmd, timeout)
    if final.returncode != 0:
        raise RuntimeError(f"resume failed ({final.returncode}): {final.stderr[-2000:]}")
    return landed


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return {name: [tuple(r) for r in conn.execute(sql)] for name, sql in TABLES.items()}


@dataclass
class Figures:
    trials: int = 0
    kills: int = 0
    diverged: int = 0
    lost: int = 0
    duplicated: int = 0
    overwritten: int = 0
    tables: Counter[str] = field(default_factory=Counter)

    def add(self, reference: dict[str, list[tuple[Any, ...]]],
            trial: dict[str, list[tuple[Any, ...]]], kills: int) -> None:
        self.trials += 1
        self.kills += kills
        differing = [name for name in TABLES if reference[name] != trial[name]]
        self.tables.update(differing)
        self.diverged += bool(differing)
        ref = Counter(r[1:] for r in reference["sanctions"])  # content, number aside
        got = Counter(r[1:] for r in trial["sanctions"])
        self.lost += sum((ref - got).values())
        self.duplicated += sum((got - ref).values())
        by_id = {r[0]: r for r in reference["sanctions"]}
        self.overwritten += sum(1 for r in trial["sanctions"]
                                if r[0] in by_id and by_id[r[0]] != r)

    def line(self) -> str:
        extra = f" (tables: {dict(self.tables)})" if self.tables else ""
        return (f"trials {self.trials}, kills {self.kills}, diverged {self.diverged}, "
                f"lost {self.lost}, duplicated {self.duplicated}, "
                f"overwritten {self.overwritten}{extra}")


def trials(events: Path, policy: Path, work: Path, *, count: int, kills: int, seed: int,
           batch: int, log: bool = False) -> Figures:
    """``count`` killed-and-resumed runs of ``events``, each compared with one clean run."""
    with events.open(encoding="utf-8") as lines:
        total = sum(1 for _ in lines)
    reference_db = work / "reference.db"
    done = run(replay_command(events, policy, reference_db, batch=batch))
    if done.returncode != 0:
        raise RuntimeError(f"reference run failed: {done.stderr[-2000:]}")
    reference = snapshot(reference_db)
    figures = Figures()
    rng = random.Random(seed)
    for i in range(count):
        db = work / f"trial{i}.db"
        landed = killed_run(replay_command(events, policy, db, batch=batch), db, total, rng, kills)
        figures.add(reference, snapshot(db), landed)
        if log:
            print(f"trial {i + 1}: {landed} kill(s); {figures.line()}", flush=True)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--kills", type=int, default=1, help="kills per trial before it finishes")
    parser.add_argument("--lines", type=int, default=20_000, help="IRC events replayed")
    parser.add_argument("--policy", type=Path, default=ROOT / "policies" / "calimero.en.yaml")
    parser.add_argument("--batch", type=int, default=200, help="events per ledger transaction")
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    if not IRC.exists():
        sys.exit(f"{IRC} is absent: the trials need the IRC logs")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        events = work / "irc.jsonl"
        n = write_events(irc_events(args.lines), events)
        print(f"{n} IRC events, policy {args.policy.name}, batch {args.batch}, seed {args.seed}")
        started = time.monotonic()
        figures = trials(events, args.policy, work, count=args.trials, kills=args.kills,
                         seed=args.seed, batch=args.batch, log=True)
        print(f"{figures.line()} in {time.monotonic() - started:.0f} s")
    sys.exit(1 if figures.diverged or figures.lost or figures.duplicated or figures.overwritten
             else 0)


if __name__ == "__main__":
    main()
