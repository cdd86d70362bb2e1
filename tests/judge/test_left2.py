"""Misreadings of the cascade left after the leftovers (left2): a transliterated insult the
char 4-grams miss ("ty kretin"), a member called names by first name («Вася дебил»), "watch
your back" said as a caution, a teen in a schoolgirl outfit, and a word-ending "!" in the spam
model's reading. Lines written here (and in ``scripts/left2_probe.py``), not taken from any
data set.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.base import Signal
from chatwarden.detect.context import Context
from chatwarden.detect.judge import gates, linear, minors, targets
from chatwarden.detect.judge.detectors import Toxicity
from tests.judge.detector_base import message


def signals(text: str) -> dict[str, Signal]:
    ev = message(text)
    return {s.label: s for s in Toxicity().detect(ev, Context.bare(ev))}


# 1. a transliterated insult whose 4-grams tie ─────────────────────────────────────────────


@pytest.mark.parametrize(("text", "read"), [
    ("ty kretin", "ты кретин"),
    ("sam kretin", "сам кретин"),
    ("ty kretin?", "ты кретин?"),
    ("ty poganka", "ты поганка"),
])
def test_a_transliterated_insult_the_4_grams_tie_on_is_read_in_cyrillic(text: str, read: str) -> None:
    assert linear.shipped().reading(text) == read
    assert signals(text)["insult"].flagged


@pytest.mark.parametrize("text", ["ty man", "ty for the help", "ty dude", "ty martin", "ty kristina",
                                  "ty very much", "sam smith"])
def test_english_with_ty_stays_english(text: str) -> None:
    assert linear.shipped().reading(text) is None
    assert not signals(text)["insult"].flagged


def test_a_name_is_not_what_one_calls_someone() -> None:
    assert linear._called("кретин") and linear._called("кретины")
    assert not linear._called("мартин")  # a first name
    assert not linear._called("дуде")  # a dative


# 2. a member called names by first name ───────────────────────────────────────────────────


@pytest.mark.parametrize("text", ["Вася дебил", "Петя лох", "Маша — дура", "Ваня тупой дебил",
                                  "Андрей конченый идиот", "Вася дебил, не слушайте его"])
def test_a_first_name_and_a_name_insult_a_member(text: str) -> None:
    assert targets.named_member(text)
    assert signals(text)["insult"].flagged


def test_a_clear_one_reaches_klint_3_1s_queue() -> None:
    assert signals("Вася дебил")["insult"].score >= 0.8  # klint 3.1: min_score 0.8


@pytest.mark.parametrize("text", ["дебильная погода", "этот фильм дебильный", "Вася пришёл",
                                  "Вася не дебил", "Вася сказал, что я дебил", "Вася дебилов не любит",
                                  "Петя лохматый", "Маша дурачится", "Олег клоуном работает",
                                  "Путин дебил"])
def test_no_member_named_and_insulted(text: str) -> None:
    assert not targets.named_member(text)
    assert signals(text)["insult"].score < 0.8


@pytest.mark.parametrize("text", ["дебильная погода", "этот фильм дебильный"])
def test_a_thing_called_stupid_is_no_insult(text: str) -> None:
    assert not signals(text)["insult"].flagged


# 3. "watch your back" as a caution ────────────────────────────────────────────────────────


@pytest.mark.parametrize("text", [
    "watch your back, the floor is wet",
    "watch your back, there's a car coming",
    "watch your back when you lift those boxes",
    "watch your back on the stairs, they're icy",
])
def test_watch_your_back_with_a_hazard_is_a_caution(text: str) -> None:
    found = signals(text)
    assert not found["threat"].flagged, found["threat"].explanation
    assert not found["violence"].flagged
    assert "threat" not in gates.gated(text)


@pytest.mark.parametrize("text", [
    "watch your back",
    "watch your back, I know where you live",
    "you better watch your back bitch",
    "watch your back, I'll run you over with my truck",
])
def test_watch_your_back_alone_or_with_menace_stays_a_threat(text: str) -> None:
    assert signals(text)["threat"].flagged


# 4. a teen in a schoolgirl outfit ─────────────────────────────────────────────────────────


@pytest.mark.parametrize("text", [
    "teen in schoolgirl skirt",
    "hot teen in schoolgirl outfit",
    "13 year old in a schoolgirl outfit",
    "teen schoolgirl skirt pics",
    "young teen dressed as a schoolgirl",
])
def test_a_teen_in_a_schoolgirl_outfit_is_sexualized(text: str) -> None:
    said = minors.minors_said(text)
    assert said is not None and said[0] == "sexualized"
    assert signals(text)["sexual_minors"].score == pytest.approx(0.85)


@pytest.mark.parametrize("text", [
    "my teen daughter's school skirt is too long",
    "where can I buy school uniforms for my teen",
    "teens in school uniforms waited at the bus stop",
    "my teen wants a schoolgirl costume for halloween",
    "my teen daughter in her schoolgirl costume for the school play",
    "teen schoolgirl killed in crash",
])
def test_school_clothes_talked_of_sexualize_no_one(text: str) -> None:
    assert minors.minors_said(text) is None
    assert not signals(text)["sexual_minors"].flagged
