"""Start-up pays only for the command it runs: importing the command line loads no
detector, ledger, broker client or model library (every ``chatwarden ...`` a user types,
and each ``python -m chatwarden`` a test starts, would pay for them); and every built-in
the registry lists by name loads as a detector of that name."""

from __future__ import annotations

import subprocess
import sys

from chatwarden.detect.registry import BUILTINS, REGISTRY

HEAVY = sorted({ref.partition(":")[0] for _, ref in BUILTINS}
               | {"chatwarden.ledger.store", "chatwarden.runtime", "alembic", "sqlalchemy", "nats",
                  "aiohttp", "numpy"})


def test_importing_the_cli_loads_nothing_heavy() -> None:
    probe = (f"import sys, chatwarden.cli; heavy = {HEAVY!r}; "
             "print(' '.join(sorted(m for m in sys.modules "
             "if any(m == h or m.startswith(h + '.') for h in heavy))))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split() == []


def test_every_builtin_detector_loads_under_its_own_name() -> None:
    for name, _ in BUILTINS:
        assert REGISTRY[name].name == name
