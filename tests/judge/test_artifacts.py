"""Every shipped artifact loads offline, holds no pickles, and has its model card."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import numpy as np
import pytest

from chatwarden.detect.judge.embed import Encoder, Heads
from chatwarden.detect.judge.labels import LABELS, TOPIC_LABELS
from chatwarden.detect.judge.linear import ARTIFACTS, LinearModel


@pytest.fixture
def offline(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Any attempt to open a network connection fails the test."""
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    yield


def test_every_npz_loads_without_pickle() -> None:
    files = sorted(ARTIFACTS.glob("*.npz"))
    assert {f.stem for f in files} >= {"linear", "heads", "e5tox"}
    for f in files:
        with np.load(f, allow_pickle=False) as arrays:
            assert all(arrays[k].dtype != object for k in arrays.files)


def test_each_artifact_has_a_model_card() -> None:
    for stem in ("linear", "heads", "e5tox"):
        card = (ARTIFACTS / f"{stem}.md").read_text(encoding="utf-8")
        assert "Licence" in card and "F1" in card


def test_models_load_and_judge_offline(offline: None) -> None:
    linear = LinearModel.load()
    assert set(linear.labels) <= set(LABELS)
    assert linear.scores("ты тупой дебил")["toxicity"] > 0.5
    assert linear.scores("спасибо, до завтра")["toxicity"] < 0.5
    assert linear.scores("you are a stupid idiot")["toxicity"] > 0.5
    heads = Heads.load()
    assert set(TOPIC_LABELS) <= set(heads.labels)
    vec = Encoder().encode(["я тебя найду и убью"])[0]
    assert vec.shape == (512,)
    assert heads.scores(vec, ("threat",))["threat"] > 0.5
