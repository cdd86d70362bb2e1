"""What "a greeting is no advert" (``spam_model._GREETING``) does on the spam model's data.

Prints, per source, alphabet and class of the training and validation splits (the test
splits are not read): how many texts open with a greeting, and how many the shipped
detector flags at each operating point with the rule and as it scored them before the rule
(a greeting read as words). The "before" column swaps the rule's pattern for one that never
matches; nothing else differs. docs/evaluation.md's figures ("A greeting is no advert") come from this.

Run from the project root: ``.venv/bin/python scripts/spam_greetings.py [DATA]``
(default ``../shared/data``).
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POINTS = (0.5, 0.6, 0.8, 0.9)
"""scan's flag, Клинт's newcomer review point, the review point, the sure point."""


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from chatwarden.detect import spam_model
    from chatwarden.detect.spam import Spam
    from chatwarden.training.spam import load

    data = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    if not data.is_dir():
        print(f"{data}: no data folder (the spam sets live in ../shared/data)", file=sys.stderr)
        return 2
    rows = [r for r in load(data)[0] if r.split in ("train", "val")]
    detector = Spam()

    def scores() -> list[float]:
        spam_model._prepared.cache_clear()  # the prepared text holds the rule's reading
        return [detector.score(r.case.text)[0] for r in rows]

    after = scores()
    rule, spam_model._GREETING = spam_model._GREETING, re.compile(r"(?!)")
    try:
        before = scores()
    finally:
        spam_model._GREETING = rule
        spam_model._prepared.cache_clear()
    counts: Counter[tuple[object, ...]] = Counter()
    for r, new, old in zip(rows, after, before, strict=True):
        key = (r.source, spam_model.alphabet(r.case.text), "spam" if r.case.positive else "ham")
        counts[key] += 1
        counts[(*key, "greets")] += bool(rule.match(r.case.text))
        for point in POINTS:
            counts[(*key, point, "before")] += old >= point
            counts[(*key, point, "after")] += new >= point
    print("source, alphabet, class: texts (opening with a greeting); flagged before -> after "
          "at " + ", ".join(map(str, POINTS)))
    for key in sorted({k[:3] for k in counts}, key=str):
        flags = "  ".join(f"{p}: {counts[(*key, p, 'before')]} -> {counts[(*key, p, 'after')]}"
                          for p in POINTS)
        print(f"{', '.join(map(str, key))}: {counts[key]} ({counts[(*key, 'greets')]})  {flags}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
