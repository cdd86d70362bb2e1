"""Print µs/message per detector and the heuristic chain's messages/second on one core.

Two corpora: the tg-spam samples plus everyday IRC chat from ``../shared/data``
(skipped with a reason when absent), and the project's generated traffic
(``chatwarden.traffic``), which needs no data.

Run from the project root: ``.venv/bin/python scripts/bench_detectors.py [--messages N]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from chatwarden.evaluation import datasets
    from chatwarden.evaluation.bench import events_from, measure
    from chatwarden.traffic import generate

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--messages", type=int, default=10_000)
    args = parser.parse_args()
    corpora = {"generated traffic": [e for e in generate(args.messages + 400, seed=1)]}
    data = ROOT.parent / "shared" / "data"
    tg = datasets.tg_spam(data)
    irc = datasets.irc_lines(data, "test")
    if tg is None or irc is None:
        print(f"skipped the real-text corpus: {data} is absent", file=sys.stderr)
    else:
        texts = (tg.spam + tg.ham + irc)[: args.messages]
        corpora["tg-spam + IRC chat"] = events_from(texts)
    for title, events in corpora.items():
        messages = sum(1 for e in events if e.type == "message")
        costs, per_second = measure(events)
        print(f"\n{title}: {messages} messages, one core")
        print("| detector | µs/message |\n|---|---|")
        for cost in costs:
            print(f"| {cost.name} | {cost.micros:.1f} |")
        print(f"| **full heuristic chain** | {1e6 / per_second:.1f} "
              f"(**{per_second:,.0f} msgs/s**) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
