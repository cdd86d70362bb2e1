"""What "what a member asks for is no offer" (``advertising._asked``) does on real data.

Prints, per source (the training and validation splits only: test splits are not read),
how many texts the advertising detector scores at Клинт 6.1's point beside a sure spam
score (0.15) and at its own flag (0.6), with the rule and without it (``_asked`` swapped
for one that finds nothing; nothing else differs), and the texts the rule drops below 0.15.
README's figures ("What a member asks for is no offer") come from this.

Run from the project root: ``.venv/bin/python scripts/advertising_asked.py [DATA]``
(default ``../shared/data``).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POINTS = (0.15, 0.6)


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from chatwarden.detect import advertising
    from chatwarden.evaluation import datasets, realdata
    from chatwarden.events import Event

    root = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"
    tg, umputun, sms = (datasets.telegram_spam_cases(root), datasets.tg_spam(root),
                        datasets.sms_cases(root))
    if tg is None or umputun is None or sms is None:
        print(f"the spam sets are absent under {root}", file=sys.stderr)
        return 2

    def seen(text: str) -> bool:
        return datasets.split_of(text) != "test"

    sets = {
        "Telegram-ru spam": [realdata.unplaceholder(c.text) for c in tg
                             if c.label == "spam" and seen(c.text)],
        "Telegram-ru ham": [realdata.unplaceholder(c.text) for c in tg
                            if c.label == "ham" and seen(c.text)],
        "tg-spam spam": [t for t in umputun.spam if seen(t)],
        "tg-spam ham": [t for t in umputun.ham if seen(t)],
        "SMS spam": [c.text for c in sms if c.label == "spam" and seen(c.text)],
        "SMS ham": [c.text for c in sms if c.label == "ham" and seen(c.text)],
    }
    detector, rule = advertising.Advertising(), advertising._asked
    ts = realdata.START

    def scores(texts: list[str]) -> list[float]:
        return [detector.detect(Event(f"a{i}", "message", "c", "u", ts, text=t), None)[0].score
                for i, t in enumerate(texts)]  # type: ignore[arg-type]

    print("| source | texts | " + " | ".join(f"≥ {p} before → with the rule" for p in POINTS)
          + " |")
    print("|---|---|" + "---|" * len(POINTS))
    dropped: list[tuple[str, str]] = []
    for name, texts in sets.items():
        advertising._asked = lambda _text: []
        before = scores(texts)
        advertising._asked = rule
        after = scores(texts)
        cells = [f"{sum(s >= p for s in before):,} → {sum(s >= p for s in after):,}"
                 for p in POINTS]
        print(f"| {name} | {len(texts):,} | " + " | ".join(cells) + " |")
        dropped += [(name, t) for t, b, a in zip(texts, before, after, strict=True)
                    if b >= POINTS[0] > a]
    print("\nDropped below 0.15 by the rule:")
    for name, text in dropped:
        print(f"- {name}: {' '.join(text.split())[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
