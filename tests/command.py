"""A ``chatwarden`` command as a real subprocess, the way the bot tests run it: output in a
log file the test reads, a clean stop (SIGTERM) or a crash (``kill -9``)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
AHEAD = """
import os, time
import chatwarden.cli
from chatwarden.detect.registry import REGISTRY
for _name in REGISTRY.names():
    REGISTRY[_name]
{imports}
while not os.path.exists({go!r}):
    time.sleep(0.01)
"""


def ahead(go: Path, *modules: str) -> str:
    """A ``prelude`` for a process started ahead of its turn: it imports the command line, every
    detector and ``modules`` (a platform's SDK: aiogram builds its types for seconds), then waits
    for ``go`` to exist before the command runs. A test that restarts a bot then waits for what a
    restart does (open the ledger, load the policy, reach the platform), not for imports."""
    return AHEAD.format(imports="\n".join(f"import {m}" for m in modules), go=str(go))


class Command:
    """``chatwarden ARGS`` started at once; ``prelude`` is Python run in its process first
    (a slowed detector), ``popen`` goes to :class:`subprocess.Popen` as is."""

    def __init__(self, args: Sequence[str], env: Mapping[str, str], log: Path, *,
                 prelude: str = "", **popen: Any) -> None:
        self.log = log
        with log.open("ab") as out:
            self.proc = subprocess.Popen(
                [sys.executable, "-c", f"{prelude}\nfrom chatwarden.cli import main; main()", *args],
                env={**os.environ, **env, "PYTHONUNBUFFERED": "1"}, stdout=out,
                stderr=subprocess.STDOUT, cwd=ROOT, **popen)

    def kill(self) -> None:
        """``kill -9``: no cleanup, no flush, exactly like a crash."""
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(10)

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()
