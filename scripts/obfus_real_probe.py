"""What the readers make of offensive words hidden as chats hide them (issue 10, second check).

On the 2ch/pikabu **validation** rows (not the test rows ``judge eval`` reports), each row is
obfuscated with every kind of a set of :mod:`training.judge.obfuscate_real` and the hidden
offensive words are looked for in the linear model's reading: a word is *recovered* when
the reading holds it as the clean row's reading does. Per kind: rows, words recovered, and
the toxicity the model gives the obfuscated toxic rows against the clean ones (mean).
``--show K`` prints misses of kind K. Only tuning kinds may be shown (rules are chosen on
their misses); ``--held`` prints the held kinds' figures, never their texts.

    PYTHONPATH=src python scripts/obfus_real_probe.py [--held] [--show KIND] [--limit N]
"""

from __future__ import annotations

import argparse
import re

from chatwarden.detect.judge.linear import shipped
from chatwarden.detect.normalize import fold
from chatwarden.training.judge import data as D
from chatwarden.training.judge import obfuscate_real as R

_WORD = re.compile(r"\w+")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--held", action="store_true")
    ap.add_argument("--show", default="")
    ap.add_argument("--limit", type=int, default=1500)
    args = ap.parse_args()
    if args.show and args.show not in R.TUNING:
        raise SystemExit(f"{args.show} is no tuning kind: {', '.join(R.TUNING)}")
    model = shipped()
    val = D.ru_2ch(D.data_root())["val"]
    rows = list(zip(val.texts, val.targets["toxicity"], strict=True))[:args.limit]
    kinds = R.HELD if args.held else R.TUNING
    shown = 0
    for kind in kinds:
        words = found = 0
        tox_obf = tox_clean = 0.0
        n_tox = 0
        for text, y in rows:
            spans, hid = R.targets(text, kind)
            if not hid:
                continue
            obf = R.obfuscate(text, kind)
            read = set(_WORD.findall(model.reading(obf) or fold(obf)))
            for start, end in spans:
                want = fold(text[start:end]).replace("ё", "е")
                words += 1
                ok = want in {w.replace("ё", "е") for w in read}
                found += ok
                if not ok and kind == args.show and shown < 60:
                    shown += 1
                    print(f"  {want!r:18} read: {(model.reading(obf) or '')[:110]!r}")
            if y == 1:
                n_tox += 1
                tox_obf += model.scores(obf)["toxicity"]
                tox_clean += model.scores(text)["toxicity"]
        print(f"{kind:14} words={words:5} recovered={found / max(1, words):.3f} "
              f"toxic rows={n_tox} mean tox clean={tox_clean / max(1, n_tox):.3f} "
              f"obfuscated={tox_obf / max(1, n_tox):.3f}")


if __name__ == "__main__":
    main()
