"""Self-harm on SDCNL's training file, as ``judge eval`` scores it (the cascade, one post at a
time): F1 on the rows the heads were fit on and on the 15% validation rows ``fit.corpus``
holds out (``data.stratified`` on the self-harm label), with the misses and false flags
printed. Why: rules for self-harm are chosen here, never on SDCNL's test file.

Usage: PYTHONPATH=src python scripts/selfharm_probe.py [--show N] [--dump FILE]
"""
from __future__ import annotations

import argparse
import json
from pathlib import Path

from chatwarden.detect.judge.labels import DEFAULT_THRESHOLDS
from chatwarden.training.judge import data as D
from chatwarden.training.judge.evaluate import cascade_scorer

ROOT = Path(__file__).resolve().parents[1] / ".." / "shared" / "data"


def f1(pred: list[bool], y: list[int]) -> tuple[float, float, float]:
    """Precision, recall and F1 of ``pred`` against ``y``."""
    tp = sum(p and t == 1 for p, t in zip(pred, y, strict=True))
    p = tp / max(1, sum(pred))
    r = tp / max(1, sum(y))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", type=int, default=0, help="misses and false flags to print")
    ap.add_argument("--dump", type=Path, help="write every row's score as JSON lines")
    args = ap.parse_args()
    rows = D.sdcnl(ROOT, "train")
    y = rows.targets["self_harm"]
    _, val = D.stratified(y, 0.15)
    held = set(val)
    from chatwarden.detect.judge.cascade import Cascade
    c = Cascade()
    th = c.heads.thresholds.get("self_harm", DEFAULT_THRESHOLDS["self_harm"])
    scores = cascade_scorer("self_harm", c)(rows.texts)
    pred = [s >= th for s in scores]
    for name, idx in (("fit", [i for i in range(len(y)) if i not in held]), ("val", sorted(held))):
        p, r, f = f1([pred[i] for i in idx], [y[i] for i in idx])
        print(f"{name}: n={len(idx)} P={p:.3f} R={r:.3f} F1={f:.3f} flagged={sum(pred[i] for i in idx)}")
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as fh:
            for i, (t, s) in enumerate(zip(rows.texts, scores, strict=True)):
                fh.write(json.dumps({"i": i, "val": i in held, "y": y[i], "score": s,
                                     "text": t}) + "\n")
    shown = 0
    for i in sorted(held):
        if pred[i] != bool(y[i]) and shown < args.show:
            kind = "MISS" if y[i] else "FALSE"
            print(f"{kind} {scores[i]:.2f} {rows.texts[i][:300]!r}")
            shown += 1


if __name__ == "__main__":
    main()
