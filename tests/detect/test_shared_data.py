"""The figures reported in docs/detection.md, held as floors (needs ../shared/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatwarden.evaluation.suites import SUITES, run

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data"
pytestmark = [pytest.mark.shared,
              pytest.mark.skipif(not DATA.is_dir(), reason=f"{DATA} is absent")]
BY_NAME = {s.name: s for s in SUITES}


def test_links_recall_and_false_positives_on_disguised_domains() -> None:
    m = run(BY_NAME["links/disguised"], DATA)
    assert m is not None
    assert m.recall >= 0.98
    assert m.fp_rate <= 0.005


def test_spam_on_held_out_test_splits() -> None:
    tg = run(BY_NAME["spam/tg-spam"], DATA)
    assert tg is not None and tg.f1 >= 0.92  # measured 0.932 (116 texts)
    ru = run(BY_NAME["spam/telegram-ru"], DATA)
    assert ru is not None
    assert ru.f1 >= 0.945 and ru.fp_rate <= 0.006  # measured 0.951 / 0.0047


def test_spam_stays_quiet_on_everyday_english_chat() -> None:
    m = run(BY_NAME["spam/irc-chat"], DATA)
    assert m is not None and m.fp_rate <= 0.01
