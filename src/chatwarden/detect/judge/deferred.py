"""Patterns compiled at their first use rather than at import.

Python's ``re`` parses a pattern in Python code, and the frames said of a protected group
(:mod:`.group_frames`) are ~740 KB of pattern: compiling them took 3-5 s of every start
(``python -c "import chatwarden.detect.judge.detectors"``: 4.7 s, 3.4 s of it those two).
They run only on a line that names a group, which most runs never meet soon (none of the
first 1,500 Ubuntu IRC lines or of the demo chat's 1,200 events did), so a ``replay``,
``scan`` or test process paid them for nothing. A process that will decide for a while
compiles them ahead instead (:func:`warm`, called by the cascade's warm-up), so no message
of a bot waits on it.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Iterator

_ALL: list[Deferred] = []


class Deferred:
    """One pattern, compiled once, by whichever caller needs it first (a lock keeps a bot's
    warm-up thread and its first message from compiling it twice)."""

    __slots__ = ("_compiled", "_lock", "flags", "pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self.flags = flags
        self._compiled: re.Pattern[str] | None = None
        self._lock = threading.Lock()
        _ALL.append(self)

    @property
    def compiled(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            with self._lock:
                if self._compiled is None:
                    self._compiled = re.compile(self.pattern, self.flags)
                compiled = self._compiled
        return compiled

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0,
                 endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    @property
    def ready(self) -> bool:
        """Whether it is compiled already (for tests and the warm-up's log)."""
        return self._compiled is not None


def warm() -> None:
    """Compile every deferred pattern now: for a process that will decide events for a while."""
    for deferred in _ALL:
        _ = deferred.compiled
