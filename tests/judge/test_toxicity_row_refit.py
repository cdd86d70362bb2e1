"""``train --stage toxicity-row``: the n-gram toxicity row learns ordinary chat and texting as
negatives, over the shipped terms and idf, and the chat never shapes the vocabulary."""

from __future__ import annotations

import numpy as np
import pytest

from chatwarden.detect.judge import lexicon, targets
from chatwarden.detect.judge.linear import LinearModel
from chatwarden.training.judge import data as D
from chatwarden.training.judge import fit as F


def test_the_toxicity_row_stage_is_listed() -> None:
    from chatwarden.cli.train import STAGES

    assert "toxicity-row" in STAGES


def test_the_training_matrix_is_what_the_engine_scores() -> None:
    """A row fitted on :func:`fit.tfidf` must score at run time as it scored in training."""
    linear = LinearModel.load()
    texts = ["Как дела у тебя?", "ты тупой идиот", "hello world, all fine", "", "ааа ааа ааа"]
    x = F.tfidf(linear, texts)
    fitted = np.asarray(x @ linear.weights.T.astype(np.float32)) + linear.bias
    engine = np.vstack([linear._logits(t) for t in texts])
    assert np.allclose(fitted, engine, atol=1e-4)


def test_chat_rows_choose_no_terms_and_no_idf(monkeypatch: pytest.MonkeyPatch) -> None:
    """The GPL chat's own words never ship in the vocabulary: terms and idf are fitted on the
    rows before :attr:`Corpus.chat`."""
    pytest.importorskip("sklearn", reason="the train extra (scikit-learn) is not installed")
    monkeypatch.setattr(F, "TOP_FEATURES", 1000)
    train = D.Split()
    for text, y in (("ты тупой", 1), ("ты тупой идиот", 1), ("хороший день", 0),
                    ("хороший вечер", 0), ("жопорукий урод", 1), ("привет всем", 0)):
        train.add(text, "ru", toxicity=y, hate=y)
    for text in ("шашлычная шашлычная", "шашлычная открыта"):  # the chat: a word only it has
        train.add(text, "ru", toxicity=0, hate=0)
    c = F.Corpus(train, train, [1.0] * len(train), chat=2)
    linear = F.fit_linear(c, log=lambda _: None)
    assert not any("шашлычн" in term for term in linear.vocab)
    assert any("тупой" in term for term in linear.vocab)


@pytest.mark.shared
def test_chat_negatives_hold_no_swearing_and_no_name_calling() -> None:
    try:
        root = D.data_root()
    except FileNotFoundError:
        pytest.skip("../shared/data is not on this machine")
    chat = D.plain_chat(root, "train")
    assert sum(lang == "ru" for lang in chat.lang) > 4000
    assert sum(lang == "en" for lang in chat.lang) > 2000
    assert set(chat.targets["toxicity"]) == {0}
    assert not any(lexicon.find(t) or targets.name_calling(t) for t in chat.texts)
    assert set(chat.texts).isdisjoint(D.plain_chat(root, "val").texts)


def test_shipped_artifacts_read_chat_as_chat() -> None:
    """What the refit is for: ordinary short chat is not toxic to the n-gram row."""
    linear = LinearModel.load()
    for text in ("Как дела у тебя?", "Ахахаха, давай", "хаха, ну ты даешь"):
        assert linear.scores(text)["toxicity"] < 0.5, text
    assert linear.scores("ты тупой идиот")["toxicity"] > 0.9
