"""How often the ``toxicity`` label flags ordinary Russian group chat.

The toxicity row was learnt from forum comments (2ch/pikabu, RuParaDetox), where a short,
blunt line is most often toxic (153 of the 249 comments of three words or fewer). Telegram
chat is short and blunt all day. This script scans the tizhproger Telegram *ham* (labelled
for spam only: real insults and мат stay in it) as ``chatwarden scan --detectors toxicity``
does, each text on its own, and prints how many the label flags, how many of those carry
no мат or vulgar word (the lexicon's hits: those are the likely false alarms), and with
``--show`` a sample of them. ``--tuned`` turns the tuned Russian stage on, as Клинт runs it.

It reads the validation split by default (where the chat's weight in training was chosen);
``--part test`` reads the split no model trained or chose on, to measure once after a change.

Run from the project root: ``.venv/bin/python scripts/toxicity_chat.py [--tuned] [--show N]``.
"""

from __future__ import annotations

import argparse
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str] | None = None) -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from chatwarden.detect.context import Context
    from chatwarden.detect.judge import lexicon
    from chatwarden.detect.judge.detectors import Toxicity, ToxicityParams
    from chatwarden.evaluation import realdata
    from chatwarden.events import Event

    ap = argparse.ArgumentParser()
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--part", choices=("train", "val", "test"), default="val")
    ap.add_argument("--tuned", action="store_true", help="the tuned Russian stage on")
    ap.add_argument("--show", type=int, default=0, help="print this many flagged texts")
    args = ap.parse_args(argv)
    texts = realdata.tizhproger(args.data, "0", test_only=args.part == "test", part=args.part)
    if texts is None:
        print(f"no tizhproger data under {args.data}", file=sys.stderr)
        return 2
    det = Toxicity(params=ToxicityParams(tuned=args.tuned))
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    flagged: list[tuple[float, str]] = []
    for i, text in enumerate(texts):
        ev = Event(f"t{i}", "message", f"chat{i % 20}", "u1", t0 + timedelta(seconds=i), text=text)
        sig = next(s for s in det.detect(ev, Context.bare(ev)) if s.label == "toxicity")
        if sig.flagged:
            flagged.append((sig.score, text))
    bare = [(s, t) for s, t in flagged if not lexicon.find(t)]
    n = len(texts)
    print(f"tizhproger ham, {args.part} split, tuned {'on' if args.tuned else 'off'}: {n} texts; "
          f"toxicity flagged {len(flagged)} ({100 * len(flagged) / n:.1f}%), "
          f"of them with no мат or vulgar word {len(bare)} ({100 * len(bare) / n:.1f}%)")
    for score, text in random.Random(0).sample(bare, min(args.show, len(bare))):
        print(f"  {score:.2f}  {' '.join(text.split())[:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
