"""Hate is an attack on a group, not the mention of one; and the hate row's retraining
leaves the toxicity row, which the tuned Russian stage reads, as it was."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from chatwarden.detect.judge.cascade import Cascade
from chatwarden.detect.judge.detectors import thresholds
from chatwarden.detect.judge.linear import shipped

NAMING_A_GROUP = (
    "I am gay and proud of it.",
    "My neighbours are Muslims.",
    "I love Jewish people.",
    "We need more women in leadership.",
    "Black people deserve equal rights.",
    "Many immigrants live in my city.",
)
ATTACKING_A_GROUP = (
    "Muslims are disgusting.",
    "All gay people should be killed.",
    "Go back where you came from, you filthy immigrants.",
    "Jews are subhuman.",
)


@pytest.fixture(scope="module")
def cascade() -> Cascade:
    return Cascade()


@pytest.mark.parametrize("text", NAMING_A_GROUP)
def test_naming_a_group_is_not_hate(cascade: Cascade, text: str) -> None:
    assert cascade.judge(text, "t").scores["hate"] < thresholds({})["hate"]


@pytest.mark.parametrize("text", ATTACKING_A_GROUP)
def test_attacking_a_group_is_hate(cascade: Cascade, text: str) -> None:
    assert cascade.judge(text, "t").scores["hate"] >= thresholds({})["hate"]


TOXICITY_ROW_SHA256 = "76f1f7e3fb55365bee52342eba134b4afb3972c75cf54958b65200d186e8297f"
"""The n-gram vocabulary, idf and toxicity row the shipped tuned stage's stacker was fitted
on (``e5tox``): a change here needs ``chatwarden train --stage tuned`` as well, or the
row refitted by ``--stage toxicity-row``, which refits that stacker with it."""


def test_the_toxicity_row_is_the_one_the_tuned_stage_was_fitted_on() -> None:
    model = shipped()
    k = model.labels.index("toxicity")
    digest = hashlib.sha256(json.dumps(model.vocab, sort_keys=True).encode())
    for array in (model.idf, model.weights[k], model.bias[k:k + 1], model.platt[k]):
        digest.update(np.ascontiguousarray(array, dtype=np.float32).tobytes())
    assert digest.hexdigest() == TOXICITY_ROW_SHA256


def test_group_swapped_copies_keep_the_label_and_only_the_hate_label() -> None:
    """Every group appears in hate as often as in non-hate: a row naming a group comes back
    with another group, its hate label kept; rows naming none, rows without a hate
    label and Russian rows are not copied, and the copies carry no toxicity label."""
    from chatwarden.training.judge.data import Split
    from chatwarden.training.judge.fit import GROUPS, SWAPS_PER_ROW, swapped_groups

    rows = Split()
    rows.add("trans people are mentally ill", "en", toxicity=1, hate=1)
    rows.add("Many immigrants live in my city.", "en", toxicity=0, hate=0)
    rows.add("the build is broken again", "en", toxicity=0, hate=0)
    rows.add("women are great", "en", toxicity=0)
    rows.add("мигранты", "ru", toxicity=0, hate=0)
    copies = swapped_groups(rows)
    assert len(copies) == 2 * SWAPS_PER_ROW
    assert copies.targets["hate"] == [1] * SWAPS_PER_ROW + [0] * SWAPS_PER_ROW
    assert "toxicity" not in copies.targets
    originals = ["trans people"] * SWAPS_PER_ROW + ["immigrants"] * SWAPS_PER_ROW
    for text, original in zip(copies.texts, originals, strict=True):
        assert original not in text and any(g in text.casefold() for g in GROUPS)
