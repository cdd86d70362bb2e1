"""Build the spam model shipped in ``chatwarden/detect/data/spam_model.json.gz``.

Trains on every tg-spam sample in ``../shared/data/spam-tg-umputun`` (MIT):
spam-samples and testdata-spam-ru as spam, ham-samples as ham, stop-words as
stop phrases; English everyday chat from the dev split of
``chat-irc-disentanglement`` (CC BY 4.0) is added as ham, so English chat is
not spam merely for being English. The evaluation (``chatwarden eval spam``) trains its own model on
one half and tests on the other, so the shipped model is never what is scored.

Run from the project root: ``.venv/bin/python scripts/build_spam_model.py``.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "spam-tg-umputun"
ENGLISH_HAM = 1000
"""About as many English lines as Russian ham: enough that English chat is not spam
for being English, few enough not to drown the English spam samples."""
OUT = ROOT / "src" / "chatwarden" / "detect" / "data" / "spam_model.json.gz"


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from chatwarden.detect.spam_model import SpamModel
    from chatwarden.evaluation.datasets import irc_lines, tg_spam

    if not SHARED.is_dir():
        print(f"skipped: {SHARED} is absent", file=sys.stderr)
        return 1
    data = tg_spam(SHARED.parent)
    english = (irc_lines(SHARED.parent, "dev") or [])[:ENGLISH_HAM]
    model = SpamModel.train(data.spam, data.ham + english, data.stop_phrases)
    blob = json.dumps(model.to_json(), separators=(",", ":"), sort_keys=True).encode()
    OUT.write_bytes(gzip.compress(blob, 9, mtime=0))
    print(f"{OUT.relative_to(ROOT)}: {len(data.spam)} spam, {len(data.ham)}+{len(english)} ham, "
          f"{len(model.signatures)} signatures, {OUT.stat().st_size / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
