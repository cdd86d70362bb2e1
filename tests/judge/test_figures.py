"""Quality floors on the fixed splits of ../shared/data (skipped where it is absent).

The full figures come from ``chatwarden judge eval``; these are cheap subsets that
catch a broken artifact or a broken analyzer, not a leaderboard.
"""

from __future__ import annotations

import pytest

from chatwarden.training.judge import data as D
from chatwarden.training.judge.evaluate import (
    cascade_scorer,
    linear_scorer,
    measure,
    obfuscation_suite,
)

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def root() -> object:
    try:
        return D.data_root()
    except FileNotFoundError:
        pytest.skip("../shared/data is not on this machine")


def test_russian_toxicity_floor(root: object) -> None:
    test = D.ru_2ch(root)["test"]  # type: ignore[arg-type]
    texts, y = test.texts[:600], test.targets["toxicity"][:600]
    assert measure("linear", "2ch", "toxicity", texts, y, linear_scorer("toxicity"), 0.5).f1 > 0.8


def test_english_toxicity_floor(root: object) -> None:
    test = D.davidson(root)["test"]  # type: ignore[arg-type]
    texts, y = test.texts[:600], test.targets["toxicity"][:600]
    assert measure("cascade", "davidson", "toxicity", texts, y,
                   cascade_scorer("toxicity"), 0.5).f1 > 0.9


def test_clean_chat_false_positives_stay_low(root: object) -> None:
    ham = D.tg_ham(root)["test"]  # type: ignore[arg-type]
    row = measure("cascade", "ham", "toxicity", ham.texts, [0] * len(ham),
                  cascade_scorer("toxicity"), 0.5)
    assert row.positive_rate < 0.1


def test_obfuscated_mat_is_caught() -> None:
    from chatwarden.detect.judge import lexicon

    texts, y = obfuscation_suite()
    row = measure("lexicon", "obf", "obscenity", texts, y,
                  lambda ts: [lexicon.score(lexicon.find(t)) for t in ts], 0.7)
    assert row.recall > 0.9 and row.precision > 0.95


def test_the_harassment_row_is_the_detectors_insult_and_in_source() -> None:
    """``judge eval``'s harassment row (ConvAbuse test, ``insult``) scores what Calimero's
    harassment rule reads: the detector's insult, which the cascade alone leaves at 0."""
    from chatwarden.training.judge.evaluate import cross_source, detector_scorer

    said, benign = detector_scorer("insult")(["you're a waste of space", "thanks, that helped"])
    assert said >= 0.5 > benign
    assert cross_source("en-convabuse/test", "insult") == ""  # its shapes were chosen there
