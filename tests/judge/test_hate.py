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


TOXICITY_ROW_SHA256 = "4e6eca6d0e0989898174d7845f6e6685c49be1d04647a26591a0d524ea0cb276"
"""The n-gram vocabulary, idf and toxicity row the shipped tuned stage's stacker was fitted
on (``e5tox``): a change here needs ``chatwarden train --stage tuned`` as well."""


def test_the_toxicity_row_is_the_one_the_tuned_stage_was_fitted_on() -> None:
    model = shipped()
    k = model.labels.index("toxicity")
    digest = hashlib.sha256(json.dumps(model.vocab, sort_keys=True).encode())
    for array in (model.idf, model.weights[k], model.bias[k:k + 1], model.platt[k]):
        digest.update(np.ascontiguousarray(array, dtype=np.float32).tobytes())
    assert digest.hexdigest() == TOXICITY_ROW_SHA256
