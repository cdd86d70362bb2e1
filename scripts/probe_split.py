"""The split every probe script shares: a probe text falls in the tuning half (even CRC-32 of
its UTF-8) or the held half (odd). Rules are chosen on the tuning half's misses only; the held
half is measured, never read. One function, so no probe set can drift to a split of its own;
and one runner for the probes of a single label (:func:`label_probe`)."""

from __future__ import annotations

import argparse
import zlib
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta


def tuning(text: str) -> bool:
    """Whether ``text`` is in the tuning half; the rest is held."""
    return zlib.crc32(text.encode("utf-8")) % 2 == 0


def label_probe(label: str, positives: Sequence[str], negatives: Sequence[str],
                argv: Sequence[str] | None = None) -> None:
    """The command line of a probe set for one label of the ``toxicity`` detector: P/R/F1 of
    its flag on the tuning half (``--show``: its misses and false flags) and, with ``--held``,
    on the held half (figures only). Each text is judged alone, one message a second over 20
    chats, as ``judge eval`` spreads them."""
    from chatwarden.detect.context import Context
    from chatwarden.detect.judge.detectors import Toxicity
    from chatwarden.events import Event

    ap = argparse.ArgumentParser()
    ap.add_argument("--held", action="store_true", help="the held half too (measured only)")
    ap.add_argument("--show", action="store_true", help="the tuning half's misses and false flags")
    args = ap.parse_args(argv)
    det = Toxicity()
    t0 = datetime(2026, 1, 1, tzinfo=UTC)

    def flagged(i: int, text: str) -> bool:
        ev = Event(f"p{i}", "message", f"chat{i % 20}", "u1", t0 + timedelta(seconds=i), text=text)
        return next(s.flagged for s in det.detect(ev, Context.bare(ev)) if s.label == label)

    def report(name: str, held: bool, show: bool) -> None:
        pos = [t for t in positives if tuning(t) != held]
        neg = [t for t in negatives if tuning(t) != held]
        texts, truth = [*pos, *neg], [True] * len(pos) + [False] * len(neg)
        pred = [flagged(i, t) for i, t in enumerate(texts)]
        tp = sum(p and t for p, t in zip(pred, truth, strict=True))
        p, r = tp / max(1, sum(pred)), tp / max(1, len(pos))
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:7} pos={len(pos)} neg={len(neg)} P={p:.3f} R={r:.3f} F1={f:.3f} "
              f"flagged={sum(pred)}")
        for text, p_, t in zip(texts, pred, truth, strict=True):
            if show and p_ != t:
                print(f"  {'MISS' if t else 'FALSE'} {text[:160]!r}")

    report("tuning", held=False, show=args.show)
    if args.held:
        report("held", held=True, show=False)
