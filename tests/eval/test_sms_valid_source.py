"""``sms-ham-valid``: the texting set rules are chosen on is SMS ham's validation split, and
none of its texts is in ``sms-ham-test``, the set reported as a test."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatwarden.evaluation import realdata
from chatwarden.evaluation.datasets import split_of

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"


@pytest.mark.shared
@pytest.mark.skipif(not (DATA / "sms-spam-collection").is_dir(),
                    reason=f"{DATA / 'sms-spam-collection'} is absent")
def test_sms_ham_valid_is_the_validation_split_apart_from_the_test_split() -> None:
    def said(events: list | None) -> set[str]:
        return {e.text for e in events or [] if e.type == "message" and e.text}

    valid, test = said(realdata.sms_ham_valid(DATA)), said(realdata.sms_ham_test(DATA))
    assert len(valid) > 800 and len(test) > 800
    assert {split_of(t) for t in valid} == {"val"}
    assert {split_of(t) for t in test} == {"test"}
    assert valid.isdisjoint(test)
