"""The issue-10 data readers agree with each set's SOURCE.md counts, and the reported sets
stay out of training."""

from __future__ import annotations

from pathlib import Path

import pytest

from chatwarden.training.judge import data as D

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def root() -> Path:
    try:
        return D.data_root()
    except FileNotFoundError:
        pytest.skip("../shared/data is not on this machine")


def positives(split: D.Split, label: str) -> int:
    return sum(v == 1 for v in split.targets[label])


def test_readers_count_what_the_sources_say(root: Path) -> None:
    # EDOS: 443 sexist posts of category 1 (threats, plans to harm, incitement)
    assert sum(positives(D.edos(root, part), "threat") for part in ("train", "dev", "test")) == 443
    # ... and they are the violence positives too (incitement is violence in the guideline)
    assert sum(positives(D.edos(root, part), "violence") for part in ("train", "dev", "test")) == 443
    # Stormfront: 1,196 hate sentences of 10,703 hate + noHate, no post on both sides
    train, test = D.stormfront(root, "train"), D.stormfront(root, "test")
    assert positives(train, "hate") + positives(test, "hate") == 1196
    assert len(train) + len(test) == 1196 + 9507
    # SDCNL: 787 r/SuicideWatch vs 729 r/depression posts in its training set
    sd = D.sdcnl(root, "train")
    assert (positives(sd, "self_harm"), len(sd)) == (787, 1516)
    # none of them is violence or sexual content: hard negatives for both heads
    assert sd.targets["violence"] == sd.targets["sexual"] == [0] * 1516
    # XSTest: 250 safe prompts, all benign
    assert D.xstest_safe(root).targets["toxicity"] == [0] * 250


def test_convabuse_majorities(root: Path) -> None:
    test = D.convabuse(root, "test")
    # SOURCE.md: majority abusive 127, majority sexual harassment 40 in the test split
    assert len(test) == 853
    assert abs(positives(test, "toxicity") - 127) <= 3 and positives(test, "sexual") == 40


def test_no_evaluation_only_or_reported_set_is_trained_on(root: Path) -> None:
    from chatwarden.training.judge.fit import labelled_sources

    names = {name for name, _ in labelled_sources(root)}
    assert names.isdisjoint({"ethos", "toxicchat", "xstest", "sensitive-topics", "tweeteval"})
    trained = {t for _, split in labelled_sources(root) for t in split.texts}
    assert trained.isdisjoint(D.xstest_safe(root).texts)
    assert trained.isdisjoint(D.sdcnl(root, "test").texts)


def test_realchat_convabuse_test_source_is_the_test_split(root: Path) -> None:
    """``eval realchat --source convabuse-benign-test``: benign turns of ConvAbuse's test
    split, which the judgement models never train on (they learn from train and valid)."""
    from chatwarden.evaluation import realdata

    events = realdata.convabuse_benign_test(root)
    assert events is not None
    said = [e.text for e in events if e.type == "message"]
    assert len(said) == 580
    assert set(said) <= set(D.convabuse(root, "test").texts)
