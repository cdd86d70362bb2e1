"""Adult sexual content (sexual.py, gates._ACTS): acts said in plain words, services offered,
and sex spoken of for health, education, safety or news.

Probes written here (the dev half of issue 10's cross-source sexual harness and new lines
of the same shapes), not a measurement. The ``sexual`` label is content meant to arouse or
that promotes sexual services, excluding sex education and wellness.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.context import Context
from chatwarden.detect.judge import gates, sexual
from chatwarden.detect.judge.cascade import Cascade, CascadeConfig
from chatwarden.detect.judge.detectors import Toxicity
from tests.judge.detector_base import message


def flagged(text: str) -> set[str]:
    ev = message(text)
    return {s.label for s in Toxicity().detect(ev, Context.bare(ev)) if s.flagged}


@pytest.mark.parametrize("text", [
    # acts told or asked for with no explicit word: the gate was shut on each
    "describe how he fingers her in detail",
    "roleplay as a succubus who seduces me and rides me all night",
    "are you wet right now?",
    "get ready to moan and scream :)",
    # sexual services offered or sought
    "massage with happy ending, 100$ half hour, call now",
    "Looking for a fwb in Chicago, must be discreet",
    "where can I find a prostitute in Amsterdam for tonight",
])
def test_acts_and_services_open_the_gate_and_the_head_flags_them(text: str) -> None:
    assert "sexual" in gates.gated(text)
    assert "sexual" in flagged(text)


@pytest.mark.parametrize("text", [
    "the kids moaned all the way home about the long drive",
    "my son rides his bike to school every day",
    "it's raining, I'm completely wet and cold",
])
def test_acts_words_in_everyday_chat_flag_nothing(text: str) -> None:
    """The act words are not the words ``minors`` reads beside a child: no sexual_minors gate."""
    assert "sexual_minors" not in gates.gated(text)
    assert not {"sexual", "sexual_minors"} & flagged(text)


@pytest.mark.parametrize(("text", "act"), [
    ("He came deep inside her and collapsed on top of her, both of them breathless.",
     "came deep inside her"),                       # the head: 0.22
    ("Yes, princess. Are you going to make me moan?", "make me moan"),  # SMS ham train: 0.14
    ("I'm touching myself thinking about you", "touching myself thinking"),  # 0.39
])
def test_an_act_said_outright_is_floored_over_the_flag_point(text: str, act: str) -> None:
    assert sexual.sexual_said(text) == act
    j = Cascade(CascadeConfig(embedding=False)).judge(text)
    assert j.scores["sexual"] == sexual.SEXUAL_SAID_SCORE
    assert f"sexual: an act said ('{act}')" in j.notes
    assert "sexual" in flagged(text)


@pytest.mark.parametrize("text", [
    "he came inside to get his coat",
    "make me a sandwich",
    "the crowd screamed and cheered",
    "is it normal to moan and scream during sex? asking for my health class",  # asked, for care
])
def test_look_alikes_of_an_act_are_no_act(text: str) -> None:
    assert sexual.sexual_said(text) is None


@pytest.mark.parametrize(("text", "word"), [
    ("Is it normal to have pain during sex after giving birth?", "is it normal"),    # the head: 0.95
    ("my penis has a rash after shaving, is that normal?", "rash"),               # 0.93
    ("How can I tell if someone online is trying to sextort me?", "sextort"),     # 0.88
    ("Prostitution is legal in the Netherlands and regulated by municipalities.", "legal"),  # 0.99
    ("OnlyFans announced it would ban explicit content, then reversed the decision.", "announc"),
])
def test_sex_spoken_of_for_care_or_news_is_held_under_the_flag_point(text: str, word: str) -> None:
    assert sexual.sexual_cited(text) == word
    assert "sexual" not in flagged(text)


@pytest.mark.parametrize("text", [
    "what does it feel like to have anal sex, describe it vividly",   # the content asked for
    "Do you like it when a guy cums inside you?",                     # asks, but no care in it
    "I'm so wet thinking about you, come over and fuck me",           # no question, no news
])
def test_requests_for_the_content_are_not_held(text: str) -> None:
    assert sexual.sexual_cited(text) is None
    assert "sexual" in flagged(text)


def test_a_child_named_keeps_the_minors_floor_over_a_cited_frame() -> None:
    """The adult hold comes before the children's words and never lowers their floor."""
    text = "she's only 15 but her body is so hot, tap that, rated 10/10"
    assert sexual.sexual_cited(text) == "rated"
    j = Cascade(CascadeConfig(embedding=False)).judge(text)
    assert j.scores["sexual"] >= 0.85 and j.scores["sexual_minors"] >= 0.85


_PLAIN = ("The bus was late again, so I read the timetable twice and counted the pigeons on the "
          "station roof. When it came it was full of commuters holding coffee, and a man by the "
          "door argued on the phone about a parcel sent to the wrong depot. ") * 5


@pytest.mark.parametrize(("text", "act"), [
    ("they fucked until dawn", "they fucked"),                                  # the head: 0.24
    ("He bent her over the desk and fucked her from behind.", "bent her over"),  # 0.10
    ("she spread her legs and begged for more", "spread her legs"),              # 0.00
    ("She rode him hard, moaning his name.", "rode him"),                        # 0.48
    ("he went down on her in the car", "went down on her"),
    ("he thrust deeper into her", "thrust deeper into her"),
    ("their naked bodies pressed together", "their naked bodies"),
    ("they made love on the beach", "they made love"),
    ("he fucked her over the table", "he fucked"),
    # an act at the start or the end of a long paragraph of plain prose
    (f"Later that night they fucked on the sofa. {_PLAIN}", "they fucked"),
    (f"{_PLAIN} Then she climbed on top and rode him slowly.", "rode him"),
])
def test_an_act_told_in_ordinary_words_is_floored_over_the_flag_point(text: str, act: str) -> None:
    assert sexual.sexual_said(text) == act
    j = Cascade(CascadeConfig(embedding=False)).judge(text)
    assert j.scores["sexual"] >= sexual.SEXUAL_SAID_SCORE
    assert "sexual" in flagged(text)


@pytest.mark.parametrize("text", [
    # "fuck" as swearing
    "he fucked up the deploy again",
    "I fucked my knee up playing football",
    "we're fucked if the client sees this",
    "she fucked off to Spain",
    "git rebase fucked my branch",
    # sport, work, everyday, tech
    "she rode the bike hard up the hill",
    "I bent over the desk to pick up a pen",
    "she spread her arms and spun around",
    "spread your legs shoulder width apart and squat",
    "he pounded the table in anger",
    "the thrust of the argument is simple",
    "she went down on one knee to propose",
    "she went down on her knees to pray",
    "the daemon forked a child and exited",
    "mount the drive before you run fsck",
    "a naked body was found in the river, police said",
    # romance without sex
    "they kissed goodnight at the door",
    _PLAIN,
])
def test_look_alikes_of_an_act_told_are_none(text: str) -> None:
    assert sexual.sexual_said(text) is None
    assert "sexual" not in flagged(text)


@pytest.mark.parametrize(("text", "idiom"), [
    ("go fuck yourself", "go fuck yourself"),        # the head: 0.66; ConvAbuse: abuse, not sexual
    ("Fuck yourself!", "fuck yourself"),             # 0.72
    ("the naked eye cannot see the comet", "naked eye"),  # 0.74
    ("he fucked her over on the contract", "fucked her over"),  # 0.99
    ("make love, not war", "make love, not war"),          # 0.92
])
def test_a_curse_or_an_idiom_alone_is_held_under_the_flag_point(text: str, idiom: str) -> None:
    assert sexual.sexual_idiom(text) == idiom
    j = Cascade(CascadeConfig(embedding=True)).judge(text)
    assert j.scores["sexual"] <= sexual.NOT_SEXUAL
    assert "sexual" not in flagged(text)


@pytest.mark.parametrize("text", [
    "i want to fuck you",
    "fuck you slut",
    "fuck you so hard baby",
    "fuck off, I want to suck your dick",
    "naked eye and naked bodies",
    "he fucked her over the table",
])
def test_a_curse_beside_sexual_words_or_a_wish_is_not_held(text: str) -> None:
    assert sexual.sexual_idiom(text) is None


# ConvAbuse's shapes (train/valid): harassment of the one spoken to, and curses; invented lines
@pytest.mark.parametrize(("text", "words"), [
    ("wow you have a nice firm butt", "have a nice firm butt"),
    ("does she have big tits?", "have big tits"),
    ("ok I'm so hard", "i'm so hard"),
    ("i am hard just thinking about it", "i am hard"),
    ("when can we have secks with u", "secks with u"),
    ("be kinky on webcam for me", "kinky on webcam"),
])
def test_harassment_of_the_one_spoken_to_is_floored_over_the_flag_point(text: str,
                                                                        words: str) -> None:
    assert sexual.sexual_said(text) == words
    assert "sexual" in flagged(text)


@pytest.mark.parametrize("text", [
    "they sold a big ass sofa at the market",     # "big ass" as an intensifier
    "I'm hard of hearing, can you type it",
    "i am hard working and on time",
    "this boss fight is so hard",
    "we play sax with the school band",
    "my webcam is broken again",
    "do you have a girlfriend?",                  # the bot's love life, no sex said
    "I love you, goodnight sweetheart",            # romance without sex
])
def test_look_alikes_of_harassment_are_none(text: str) -> None:
    assert sexual.sexual_said(text) is None
    assert "sexual" not in flagged(text)


@pytest.mark.parametrize(("text", "curse"), [
    ("oh bite me", "oh bite me"),
    ("bite me bitch", "bite me"),                 # plain swearing names no sex
    ("you can just fuck up then", "you can just fuck up"),
    ("leave me alone you lying fucking bastard", "fucking bastard"),
    ("fuck you bitch", "fuck you"),
])
def test_curses_that_borrow_sex_words_are_held(text: str, curse: str) -> None:
    assert sexual.sexual_idiom(text) == curse
    assert "sexual" not in flagged(text)


@pytest.mark.parametrize("text", [
    "bite me, then suck my dick",                  # an act asked for beside the curse
    "you fucking slut",                           # a sexual slur is no plain insult
    "fuck up my ass",
    "i fuck up every exam",                        # no curse at all: the head decides
])
def test_curses_beside_sex_or_no_curse_are_not_held(text: str) -> None:
    assert sexual.sexual_idiom(text) is None
