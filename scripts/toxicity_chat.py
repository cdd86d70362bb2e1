"""How often the ``toxicity`` label flags ordinary Russian group chat.

The toxicity row was learnt from forum comments (2ch/pikabu, RuParaDetox), where a short,
blunt line is most often toxic (153 of the 249 comments of three words or fewer). Telegram
chat is short and blunt all day. This script scans the tizhproger Telegram *ham* (labelled
for spam only: real insults and мат stay in it) as ``chatwarden scan --detectors toxicity``
does, each text on its own, and prints how many the label flags, how many of those carry
no мат or vulgar word (the lexicon's hits: those are the likely false alarms), and with
``--show`` a sample of them. ``--tuned`` turns the tuned Russian stage on, as Клинт runs it;
``--band LO HI`` sets the linear scores sent on to the embedding stage (default 0.4 0.8).
``--forum`` also prints the label's P/R/F1 on the 2ch/pikabu validation split: what the chat
costs in recall of forum toxicity (docs/evaluation.md, "Ordinary group chat is not toxic").

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
    ap.add_argument("--band", type=float, nargs=2, default=None, metavar=("LO", "HI"))
    ap.add_argument("--forum", action="store_true", help="2ch/pikabu validation F1 too")
    args = ap.parse_args(argv)
    texts = realdata.tizhproger(args.data, "0", test_only=args.part == "test", part=args.part)
    if texts is None:
        print(f"no tizhproger data under {args.data}", file=sys.stderr)
        return 2
    det = Toxicity(params=ToxicityParams(tuned=args.tuned, **(
        {"band": tuple(args.band)} if args.band else {})))
    t0 = datetime(2026, 1, 1, tzinfo=UTC)

    def judged(texts: list[str]) -> list[tuple[float, bool]]:
        out = []
        for i, text in enumerate(texts):
            ev = Event(f"t{i}", "message", f"chat{i % 20}", "u1", t0 + timedelta(seconds=i),
                       text=text)
            sig = next(s for s in det.detect(ev, Context.bare(ev)) if s.label == "toxicity")
            out.append((sig.score, sig.flagged))
        return out

    flagged = [(score, text) for (score, hit), text in zip(judged(texts), texts, strict=True)
               if hit]
    bare = [(s, t) for s, t in flagged if not lexicon.find(t)]
    n = len(texts)
    print(f"tizhproger ham, {args.part} split, tuned {'on' if args.tuned else 'off'}: {n} texts; "
          f"toxicity flagged {len(flagged)} ({100 * len(flagged) / n:.1f}%), "
          f"of them with no мат or vulgar word {len(bare)} ({100 * len(bare) / n:.1f}%)")
    for score, text in random.Random(0).sample(bare, min(args.show, len(bare))):
        print(f"  {score:.2f}  {' '.join(text.split())[:100]}")
    if args.forum:
        from chatwarden.training.judge.data import ru_2ch

        val = ru_2ch(args.data)["val"]
        hits = [hit for _, hit in judged(val.texts)]
        truth = [y == 1 for y in val.targets["toxicity"]]
        tp = sum(h and t for h, t in zip(hits, truth, strict=True))
        print(f"2ch/pikabu val toxicity: P {tp / max(sum(hits), 1):.3f} "
              f"R {tp / sum(truth):.3f} F1 {2 * tp / (sum(hits) + sum(truth)):.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
