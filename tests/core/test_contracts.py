"""The import-linter contracts (``make check`` runs them): which layers may import which.

Two keep the cluster of packages honest where a slip would be easy and costly: the
detectors must not pull the training code (and its heavy dependencies) into a running bot,
and the delivery port must not learn a platform (each adapter implements it instead).
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from importlinter.cli import lint_imports

from tests.conftest import ROOT

PYPROJECT = ROOT / "pyproject.toml"


def _forbidden() -> dict[str, set[str]]:
    contracts = tomllib.loads(PYPROJECT.read_text())["tool"]["importlinter"]["contracts"]
    out: dict[str, set[str]] = {}
    for c in contracts:
        if c["type"] == "forbidden":
            for source in c["source_modules"]:
                out.setdefault(source, set()).update(c["forbidden_modules"])
    return out


def test_detect_never_imports_training_and_delivery_no_platform() -> None:
    forbidden = _forbidden()
    assert "chatwarden.training" in forbidden["chatwarden.detect"]
    assert {"chatwarden.adapters", "chatwarden.cli", "aiogram", "mautrix"} <= \
        forbidden["chatwarden.delivery"]


def test_every_contract_is_kept(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(ROOT)
    assert lint_imports(config_filename=str(PYPROJECT), cache_dir=str(tmp_path), no_logo=True) == 0
