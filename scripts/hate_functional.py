"""A blind hate functional suite (``chatwarden.evaluation.hate_functional``) through scan's path.

Every item goes through the toxicity detector exactly as ``chatwarden scan FILE --detectors
toxicity`` runs it (``textscan.scan_one``, each text a chat of its own) and counts as hateful
when the ``hate`` signal is flagged. Prints accuracy overall and per class, per functionality
(with the first failing items), and per target group over the items that name one.

``--suite second`` runs the second suite (``hate_functional_second``), written blind after
the first had been used to tune the hate frames; ``--suite third`` runs the third
(``hate_functional_third``), written blind once the second was about to be tuned on; ``--suite
fourth`` runs the fourth (``hate_functional_fourth``), written blind once the third was about
to be tuned on; ``--suite fifth`` runs the fifth (``hate_functional_fifth``), written blind
once the fourth was no longer blind: only the suites nobody has tuned on still estimate
generalisation.

Run from the project root:
``.venv/bin/python scripts/hate_functional.py [--suite first|second|third|fourth|fifth] [--show N]``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    sys.path.insert(0, str(ROOT / "src"))
    from chatwarden.detect.textscan import pick
    from chatwarden.evaluation import (
        hate_functional,
        hate_functional_fifth,
        hate_functional_fourth,
        hate_functional_second,
        hate_functional_third,
    )

    suites = {"first": hate_functional.FUNCTIONALITIES, "second": hate_functional_second.FUNCTIONALITIES,
              "third": hate_functional_third.FUNCTIONALITIES,
              "fourth": hate_functional_fourth.FUNCTIONALITIES,
              "fifth": hate_functional_fifth.FUNCTIONALITIES}

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=5, help="failing items shown per functionality")
    parser.add_argument("--suite", choices=suites, default="first",
                        help="first to fourth: tuned on or read since they were written; fifth: blind")
    args = parser.parse_args()
    judge = hate_functional.ScanJudge(pick(["toxicity"]))
    print(hate_functional.report(judge, args.show, suites[args.suite]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
