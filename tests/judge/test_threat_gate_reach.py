"""The hostile threat gate after the n-gram toxicity row's refit on plain chat: a line that
words harm at someone under the uncertain band reaches the encoder (``cascade.HARM_REACH``),
and the stacked toxicity opens the gate from ``gates.HOSTILE_STACKED``."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates
from chatwarden.detect.judge.cascade import HARM_REACH, Cascade
from chatwarden.detect.judge.detectors import thresholds
from chatwarden.detect.judge.linear import lang_of

THREAT = "How bout we feed her tongue to the pigs first"
"""An EDOS *dev* threat (the split the settings were chosen on): linear toxicity 0.38, under
the band, so before the reach no stacked score was asked for and the gate stayed shut."""


def linear_toxicity(c: Cascade, text: str) -> float:
    return c.linear.calibrate(c.linear.logits(text), lang_of(c.linear.model_text(text)))["toxicity"]


def test_the_stacked_score_opens_the_threat_gate_from_its_own_point() -> None:
    text = "stupid bitch, someone should drag her out by the hair"
    assert gates.HOSTILE_STACKED < gates.HOSTILE
    between = (gates.HOSTILE_STACKED + gates.HOSTILE) / 2
    assert "threat" not in gates.gated(text, between)  # the linear score's point
    assert "threat" in gates.gated(text, between, hostile=gates.HOSTILE_STACKED)
    assert "threat" not in gates.gated(text, gates.HOSTILE_STACKED - 0.01,
                                       hostile=gates.HOSTILE_STACKED)


def test_a_threat_under_the_band_reaches_the_encoder_and_keeps_its_linear_toxicity() -> None:
    c = Cascade()
    linear = linear_toxicity(c, THREAT)
    assert HARM_REACH <= linear < c.config.band[0]
    j = c.judge(THREAT)
    assert "embedding" in j.stages and "threat" in j.gated
    assert j.scores["threat"] >= thresholds({})["threat"]
    assert j.scores["toxicity"] == pytest.approx(linear)  # asked for the gate's sake only


@pytest.mark.parametrize("text", [
    "can you push the branch to them before you leave",   # reaches it; calm, so no gate
    "did you kick the ball to him?",                       # under the reach: never embedded
])
def test_harm_words_in_calm_lines_open_no_threat_gate(text: str) -> None:
    c = Cascade()
    linear = linear_toxicity(c, text)
    j = c.judge(text)
    assert "threat" not in j.gated and j.scores["threat"] == 0.0
    assert j.scores["toxicity"] == pytest.approx(linear)
    assert ("embedding" in j.stages) is (linear >= HARM_REACH)
