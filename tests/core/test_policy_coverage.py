"""The Клинт policy covers the document exactly as written: every numbered rule, verbatim."""

from __future__ import annotations

import re

import pytest

from chatwarden.policy.schema import Policy
from tests.conftest import SHARED

SEED = SHARED / "seeds" / "002_bdbf5f15163f90c0.txt"
needs_seed = pytest.mark.skipif(not SEED.exists(), reason=f"the guideline document is not at {SEED}")


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@needs_seed
def test_every_numbered_rule_of_the_document_is_in_the_policy(klint: Policy) -> None:
    numbers = re.findall(r"^(\d+\.\d+)\s", SEED.read_text(encoding="utf-8"), flags=re.M)
    assert len(numbers) == 29
    assert set(numbers) <= {r.id for r in klint.rules}


@needs_seed
def test_every_rule_quotes_the_document_verbatim(klint: Policy) -> None:
    document = _squash(SEED.read_text(encoding="utf-8"))
    for rule in klint.rules:
        for line in rule.text.strip().splitlines():
            assert _squash(line) in document, f"rule {rule.id}: not in the document: {line!r}"


def test_terms_are_the_documents(klint: Policy) -> None:
    by_name = {name: t.days for t in klint.terms for name in t.names}
    assert (by_name["неделя"], by_name["2 недели"], by_name["месяц"]) == (7, 14, 30)
    assert klint.sanctions["warn_1w"].term_days == 7
    assert klint.sanctions["warn_2w"].term_days == 14
    assert klint.sanctions["warn_1m"].term_days == 30


def test_human_rules_say_why(klint: Policy) -> None:
    human = [r for r in klint.rules if r.mode == "human"]
    assert {"2.3", "8.3"} <= {r.id for r in human}
    assert all(r.reason for r in human)


def test_workflow_numbers_are_the_documents(klint: Policy) -> None:
    assert klint.quota and klint.inactivity and klint.returns and klint.complaints
    assert (klint.quota.weekly_messages, klint.quota.exempted_weekly_messages) == (150, 100)
    assert klint.inactivity.days == 3
    assert klint.schedules[0].weekday == "saturday"
    assert klint.returns.max_returns == 3
    assert klint.complaints.threshold == 5
    assert [f.key for f in klint.complaints.template] == ["role", "username", "link", "reason"]
