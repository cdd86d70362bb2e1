"""The hostile threat gate's settings, measured on EDOS train and dev (never test).

A line that words harm at someone opens the threat gate without a threat stem when it is
hostile (``gates.HOSTILE`` on the linear toxicity, ``gates.HOSTILE_STACKED`` on the stacked
one the cascade reads once the line reaches the encoder), and a line under the uncertain band
reaches the encoder for that gate from ``cascade.HARM_REACH``. This script runs the cascade,
as ``judge eval`` does (one message a second over 20 chats), on EDOS's sexist posts of the
train and dev splits for each setting and prints threat and violence P/R/F1 and how many
lines reached the encoder. ``old`` is the gate before HARM_REACH (no reach, 0.5 on both
scores). The threat head learnt EDOS train, so its figures there are optimistic; dev is small
(44 threats): both are read. Ethos and EDOS test are never read here.

Run from the project root: ``.venv/bin/python scripts/threat_gate.py`` (a few minutes).
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

SETTINGS: tuple[tuple[str, float, float], ...] = (
    # (name, HARM_REACH, HOSTILE_STACKED); a reach of 1.0 reaches no line
    ("old", 1.0, 0.5),
    ("stacked 0.4", 1.0, 0.4),
    ("reach 0.3", 0.3, 0.5),
    ("reach 0.3 stacked 0.45", 0.3, 0.45),
    ("reach 0.3 stacked 0.4", 0.3, 0.4),
    ("reach 0.3 stacked 0.35", 0.3, 0.35),
    ("reach 0.2 stacked 0.4", 0.2, 0.4),
    ("reach 0 stacked 0.4", 0.0, 0.4),
)


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from chatwarden.detect.judge import cascade, gates
    from chatwarden.detect.judge.detectors import thresholds
    from chatwarden.training.judge import data as D

    th = thresholds({})
    splits = {part: D.edos(D.data_root(), part) for part in ("train", "dev")}
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    shipped = (cascade.HARM_REACH, gates.HOSTILE_STACKED)
    try:
        for name, reach, stacked in SETTINGS:
            cascade.HARM_REACH, gates.HOSTILE_STACKED = reach, stacked
            c = cascade.Cascade()
            line = [f"{name:<24}"]
            for part, split in splits.items():
                judged = [c.judge(t, f"chat{i % 20}", t0 + timedelta(seconds=i))
                          for i, t in enumerate(split.texts)]
                truth = split.targets["threat"]
                cells = []
                for label in ("threat", "violence"):
                    hit = [j.scores[label] >= th[label] for j in judged]
                    tp = sum(h and y == 1 for h, y in zip(hit, truth, strict=True))
                    p, r = tp / max(1, sum(hit)), tp / max(1, sum(truth))
                    f = 2 * p * r / (p + r) if p + r else 0.0
                    cells.append(f"{label} P={p:.3f} R={r:.3f} F1={f:.3f}")
                embedded = sum("embedding" in j.stages for j in judged)
                line.append(f"{part}: {'; '.join(cells)}; embedded {embedded}/{len(judged)}")
            print(" | ".join(line), flush=True)
    finally:
        cascade.HARM_REACH, gates.HOSTILE_STACKED = shipped
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
