"""policies/calimero.en.yaml: valid, and every guideline of the document is a rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chatwarden.policy.loader import load_policy

ROOT = Path(__file__).resolve().parents[2]
POLICY = ROOT / "policies" / "calimero.en.yaml"
SEED = ROOT.parent / "shared" / "seeds" / "000_91cb2c734aca43f6.txt"


def test_policy_loads() -> None:
    policy = load_policy(POLICY)
    assert policy.language == "en"
    assert all(r.mode != "human" or r.reason for r in policy.rules)


def test_every_guideline_is_enforced() -> None:
    if not SEED.exists():
        pytest.skip("../shared/seeds is not on this machine")
    titles = re.findall(r"\*\*([^*]+)\*\*:", SEED.read_text(encoding="utf-8"))
    texts = " ".join(r.text for r in load_policy(POLICY).rules)
    missing = [t for t in titles if f"**{t}**" not in texts]
    assert len(titles) == 20 and not missing, missing


def test_enforcement_named_by_the_document_is_used() -> None:
    policy = load_policy(POLICY)
    used = {policy.sanctions[name].type for r in policy.rules for step in r.ladder for name in step}
    assert {"warning", "suspend", "ban", "suspend_room", "refer_law_enforcement",
            "review"} <= used
    assert any(policy.sanctions[n].preserve_evidence for r in policy.rules for s in r.ladder
               for n in s if policy.sanctions[n].type == "refer_law_enforcement")
