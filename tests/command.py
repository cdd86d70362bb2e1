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
