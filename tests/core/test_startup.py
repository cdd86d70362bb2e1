"""Start-up pays only for the command it runs: importing the command line loads no
detector, ledger, broker client or model library (every ``chatwarden ...`` a user types,
and each ``python -m chatwarden`` a test starts, would pay for them); checking a policy
loads no judgement machinery, yet reports the judge's labels and params as before; and
every built-in the registry lists by name loads as a detector of that name."""

from __future__ import annotations

import subprocess
import sys

import pytest

from chatwarden.detect.registry import BUILTINS, DECLARED, REGISTRY, Declaration, Registry
from chatwarden.errors import PolicyError
from chatwarden.policy.loader import parse_policy
from tests.conftest import KLINT, ROOT

HEAVY = sorted({ref.partition(":")[0] for _, ref in BUILTINS}
               | {"chatwarden.ledger.store", "chatwarden.runtime", "alembic", "sqlalchemy", "nats",
                  "aiohttp", "numpy"})
POLICIES = (KLINT, ROOT / "policies" / "calimero.en.yaml")


def test_importing_the_cli_loads_nothing_heavy() -> None:
    probe = (f"import sys, chatwarden.cli; heavy = {HEAVY!r}; "
             "print(' '.join(sorted(m for m in sys.modules "
             "if any(m == h or m.startswith(h + '.') for h in heavy))))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split() == []


def test_checking_a_policy_loads_no_judgement_machinery() -> None:
    machinery = ["chatwarden.detect.judge.detectors", "chatwarden.detect.judge.cascade"]
    probe = ("import sys; from chatwarden.policy.loader import load_policy; "
             f"[load_policy(p) for p in {[str(p) for p in POLICIES]!r}]; "
             f"print(' '.join(m for m in {machinery!r} if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split() == []


def test_a_declaration_read_apart_is_the_detectors_own() -> None:
    for name in DECLARED:
        cls = REGISTRY[name]
        assert Registry().declaration(name) == Declaration(cls.labels, cls.Params), name


@pytest.mark.parametrize(("condition", "problem"), [
    ("{detector: toxicity, label: insults}",
     "rules[0](1).when.label: 'toxicity' has no label 'insults' (labels: toxicity, insult,"),
    ("{detector: toxicity, params: {tuned_scope: names}}",
     "rules[0](1).when.params.tuned_scope: Input should be"),
    ("{detector: obscenity, label: mat}",
     "rules[0](1).when.label: 'obscenity' has no label 'mat' (labels: obscenity)"),
])
def test_the_judges_labels_and_params_are_still_checked(condition: str, problem: str) -> None:
    text = KLINT.read_text(encoding="utf-8")
    policy = text[:text.index("\nrules:")] + f"""
rules:
  - id: "1"
    title: t
    text: t
    mode: assist
    when: {condition}
"""
    with pytest.raises(PolicyError) as failed:
        parse_policy(policy, "p.yaml")
    (found,) = [p for p in failed.value.problems if "when" in p]
    line = policy.splitlines().index(f"    when: {condition}") + 1
    assert found.startswith(f"p.yaml:{line}: {problem}"), found


def test_every_builtin_detector_loads_under_its_own_name() -> None:
    for name, _ in BUILTINS:
        assert REGISTRY[name].name == name
