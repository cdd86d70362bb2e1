"""``train --stage hate-head`` refits the embedding hate head alone (the n-gram row and the
hate threshold kept), with ToxiGen's rows weighed ``fit.TOXIGEN_HEAD_WEIGHT``."""

from __future__ import annotations

import numpy as np
import pytest

from chatwarden.training.judge import data as D
from chatwarden.training.judge import fit as F


def test_the_hate_head_stage_is_listed() -> None:
    from chatwarden.cli.train import STAGES

    assert "hate-head" in STAGES


@pytest.mark.shared
def test_toxigen_rows_weigh_more_in_the_hate_head_and_their_swapped_copies_do_not(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(F, "TOXIGEN_HEAD_WEIGHT", 4.0)
    try:
        root = D.data_root()
    except FileNotFoundError:
        pytest.skip("../shared/data is not on this machine")
    toxigen = D.toxigen(root)["train"].texts[0]
    train = D.Split()
    for text in (toxigen, "muslims are my neighbours", "nice weather today", toxigen):
        train.add(text, "en", hate=0)
    c = F.Corpus(train, D.Split(), [1.0] * len(train), swapped=1)
    weights = F._hate_head_weights(c, np.arange(4), np.zeros(4, dtype=int))
    naming = F.IDENTITY_WEIGHT if F.IDENTITY.search(toxigen.casefold()) else 1.0
    assert weights.tolist() == [naming * 4.0, F.IDENTITY_WEIGHT, 1.0, naming]
