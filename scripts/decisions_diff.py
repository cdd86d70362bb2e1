"""Every signal and decision of ``bench realchat``'s stream, dumped, to prove a speed change
changes none of them.

A change made only for speed (a cache, a prefilter before a regex, work hoisted out of a
loop) must leave every score and decision as it was. This replays the same real texts as
``chatwarden bench realchat`` (Telegram ham and IRC lines dealt over chats of established
members, :func:`chatwarden.evaluation.bench.real_chat`) through each shipped policy and writes,
per event, every signal a detector returned to the engine (detector, label, score rounded to
6 places, flagged, explanation, evidence, members) and the event's decisions. Run it on two
trees and compare the files; they must be identical::

    PYTHONPATH=$PWD/src .venv/bin/python scripts/decisions_diff.py 3000 --out /tmp/mine.txt
    PYTHONPATH=/main/src .venv/bin/python scripts/decisions_diff.py 3000 --out /tmp/main.txt
    cmp /tmp/main.txt /tmp/mine.txt

The engine asks a detector only when a rule needs it (:class:`chatwarden.engine.rules.
Evaluation`), so a signal no rule asked for is not in the dump, in either tree. Signals are
recorded by wrapping each detector instance's ``detect``; nothing else is changed.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from chatwarden.cli.policy import load_or_exit
from chatwarden.detect.base import Detector, Signal
from chatwarden.detect.context import Context
from chatwarden.evaluation import realdata
from chatwarden.evaluation.bench import real_chat
from chatwarden.evaluation.datasets import data_dir
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.runtime import Runtime

ROOT = Path(__file__).resolve().parents[1]
POLICIES = ("klint.ru.yaml", "calimero.en.yaml")


def stream(n: int) -> list[Event]:
    """The events ``bench realchat --events n --chats 8`` replays."""
    root = data_dir(None)
    ham = [e.text for e in realdata.tg_ham(root) or () if e.text]
    irc = [e.text for e in realdata.irc(root) or () if e.type == "message" and e.text]
    if not ham or not irc:
        raise SystemExit(f"the Telegram ham and IRC logs are absent from {root}")
    texts = [t for pair in zip(ham, irc, strict=False) for t in pair]
    return real_chat((texts * (n // len(texts) + 1))[:n], 8)


def line(s: Signal) -> str:
    evidence = ",".join(f"{e.event_id}:{e.start}-{e.end}:{e.note}" for e in s.evidence)
    return (f"  {s.detector}\t{s.label}\t{s.score:.6f}\t{int(s.flagged)}\t{s.explanation}"
            f"\t[{evidence}]\t{','.join(s.members)}")


def record(detector: Detector, out: list[str]) -> None:
    """Wrap the instance's ``detect`` so each call's signals are appended to ``out``."""
    detect: Callable[[Event, Context], list[Signal]] = detector.detect

    def recording(event: Event, ctx: Context) -> list[Signal]:
        signals = detect(event, ctx)
        out.extend(line(s) for s in signals)
        return signals

    setattr(detector, "detect", recording)  # noqa: B010 - an instance attribute, on purpose


def replay(policy: str, events: list[Event], sink: TextIO) -> None:
    runtime = Runtime(load_or_exit(ROOT / "policies" / policy), Ledger("sqlite://"), batch=1000)
    runtime.warm()
    found: list[str] = []
    for detector in runtime.engine.rules.detectors():
        record(detector, found)
    for event in events:
        outcome = runtime.handle(event)
        sink.write(f"{policy} {event.id} {event.type}\n")
        sink.writelines(f"{x}\n" for x in found)
        found.clear()
        for d in outcome or ():
            sink.write(f"  => {d.to_json()}\n")
    runtime.flush()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("events", type=int, nargs="?", default=3000)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--policy", action="append", choices=POLICIES,
                        help="one policy (repeatable); both by default")
    args = parser.parse_args()
    events = stream(args.events)
    with args.out.open("w", encoding="utf-8") as sink:
        for policy in args.policy or POLICIES:
            replay(policy, events, sink)
    digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
    print(f"{args.out}: {len(events)} events per policy, sha256 {digest}")


if __name__ == "__main__":
    main()
