"""The blind hate functional suite (``chatwarden.evaluation.hate_functional``) through scan's path.

Every item goes through the toxicity detector exactly as ``chatwarden scan FILE --detectors
toxicity`` runs it (``textscan.scan_one``, each text a chat of its own) and counts as hateful
when the ``hate`` signal is flagged. Prints accuracy overall, per functionality (with the
first failing items), and per target group over the items that name one.

Run from the project root: ``.venv/bin/python scripts/hate_functional.py [--show N]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from chatwarden.detect.textscan import pick
    from chatwarden.evaluation.hate_functional import ScanJudge, report

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=5, help="failing items shown per functionality")
    args = parser.parse_args()
    print(report(ScanJudge(pick(["toxicity"])), args.show))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
