"""Adapters and the console read the engine's memory through the runtime only.

``Runtime.chat``, ``chats``, ``role_of`` and ``commands`` are the read API; the old ways
in (``runtime.engine.state...``, ``State.chats`` loading every chat, the
``chatwarden.workflows`` re-exports) are gone, so a new reader cannot pick them up again.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

import pytest

import chatwarden
from chatwarden.engine.state import State

SRC = Path(chatwarden.__file__).parent
READERS = ["adapters", "console", "delivery", "ledger"]
REACHING_IN = re.compile(r"runtime\.engine\b|\.engine\.(state|sanctioner|commands)\b")


def test_readers_go_through_the_runtime() -> None:
    found = [f"{path.relative_to(SRC)}:{n}: {line.strip()}"
             for pkg in READERS for path in sorted((SRC / pkg).rglob("*.py"))
             for n, line in enumerate(path.read_text().splitlines(), 1)
             if REACHING_IN.search(line) and not line.lstrip().startswith(("from ", "import "))]
    assert found == []


def test_the_old_ways_in_are_gone() -> None:
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("chatwarden.workflows")
    assert not hasattr(State, "chats")
