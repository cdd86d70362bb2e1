"""A massacre wished on a place full of people and a death told by a cut throat (the probes of
``scripts/violence10_probe.py``), said here in other words than the probes', beside drugs,
prices, charts, envelopes and brakes, where the same words harm no one."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gore, harm


@pytest.mark.parametrize("text", [
    "i really hope somebody shoots up the festival this year",
    "can't wait until someone blows up that office building",
    "I pray a bomb goes off at their parade",
])
def test_a_massacre_wished_on_a_crowded_place_is_intent(text: str) -> None:
    said = harm.harm_said(text)
    assert said is not None and said[0] == "intent", said


@pytest.mark.parametrize("text", [
    "he shoots up twice a day now, it's getting bad",
    "our follower count shot up this week",
    "I hope the stock shoots up tomorrow",
    "I hope nobody shoots up a school ever again",
    "hope the fireworks go off at the parade tonight",
])
def test_drugs_prices_and_fireworks_wish_no_massacre(text: str) -> None:
    assert harm.harm_said(text) is None


@pytest.mark.parametrize(("text", "told"), [
    ("they cut the guard's throat and dumped him in the river", True),
    ("her throat had been slashed", True),
    ("cut open the fish's belly and rinse it", False),
    ("she slit the envelope and read the letter", False),
])
def test_a_throat_cut_is_gore_told(text: str, told: bool) -> None:
    assert (gore.gore_told(text.lower()) is not None) is told
