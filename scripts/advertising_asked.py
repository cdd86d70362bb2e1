"""What two readings of the advertising detector do on real data: "what a member asks for is
no offer" (``advertising._asked``) and "«наш канал» is the member's own" (``_OURS`` in
``advertising._OWN``).

Prints, per rule and source (the training and validation splits only: test splits are not
read), how many texts the detector scores at Клинт 6.1's point beside a sure spam score
(0.15) and at its own flag (0.6), and how many 6.2's reading (chat offers only) flags, without
the rule and with it (the rule swapped for its absence; nothing else differs), then the texts
each rule moves. docs/evaluation.md's figures ("An applicants' chat") come from this.

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
    from chatwarden.detect import advertising as ad
    from chatwarden.detect.context import Context
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
    anything, chats = ad.Advertising(), ad.Advertising(ad.AdvertisingParams(offers=("chat",)))
    ts = realdata.START

    def judged(texts: list[str]) -> list[tuple[float, bool]]:
        events = [Event(f"a{i}", "message", "c", "u", ts, text=t) for i, t in enumerate(texts)]
        return [(anything.detect(e, Context.bare(e))[0].score,
                 chats.detect(e, Context.bare(e))[0].flagged) for e in events]

    asked, own = ad._asked, ad._OWN
    rules = {
        "what a member asks for is no offer":
            (lambda: setattr(ad, "_asked", lambda _text: []), lambda: setattr(ad, "_asked", asked)),
        "«наш канал» is the member's own":
            (lambda: setattr(ad, "_OWN", ad._own_channel(*ad._MINE)),
             lambda: setattr(ad, "_OWN", own)),
    }
    for rule, (without, with_) in rules.items():
        print(f"\n{rule}\n")
        print("| source | texts | " + " | ".join(f"≥ {p} before → with the rule" for p in POINTS)
              + " | 6.2 flags before → with |")
        print("|---|---|" + "---|" * (len(POINTS) + 1))
        moved: list[tuple[str, str]] = []
        for name, texts in sets.items():
            without()
            before = judged(texts)
            with_()
            after = judged(texts)
            cells = [f"{sum(s >= p for s, _ in before):,} → {sum(s >= p for s, _ in after):,}"
                     for p in POINTS]
            cells.append(f"{sum(f for _, f in before):,} → {sum(f for _, f in after):,}")
            print(f"| {name} | {len(texts):,} | " + " | ".join(cells) + " |")
            moved += [(name, t) for t, b, a in zip(texts, before, after, strict=True)
                      if (b[0] >= POINTS[0]) != (a[0] >= POINTS[0]) or b[1] != a[1]]
        print("\nMoved by the rule (across 0.15, or 6.2's flag):")
        for name, text in moved:
            print(f"- {name}: {' '.join(text.split())[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
