"""Violence as the moderation categories mean it: an attack or its victims' suffering celebrated,
death or injury wished, violence called for, threats, torture told to relish it (issue 10).

Each is said here as a member would say it (the probes of ``scripts/violence_probe.py``), next to
the news, games, sport, kitchens, idioms and self-defence questions where the same words harm no
one.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates, harm


@pytest.mark.parametrize(("text", "kind"), [
    # suffering celebrated: called due, watched with pleasure, its news relished
    ("lol he got shot, serves him right", "celebrate"),
    ("Serves her right for getting raped, dressed like that", "celebrate"),
    ("those protesters got what they deserved when the cops beat them", "celebrate"),
    ("watching those refugees drown made my day", "celebrate"),
    ("it was hilarious watching him bleed out", "celebrate"),
    ("Nothing makes me happier than seeing a woman get punched in the face", "celebrate"),
    ("I love hearing them scream when they get beaten", "celebrate"),
    ("best news all week, the bastard finally got stabbed", "celebrate"),
    ("I look forward to them killing each other.", "celebrate"),
    # an attack praised, more killing wished
    ("that attack on the mosque was beautiful, more please", "glorify"),
    ("the school shooting was awesome", "glorify"),
    ("The bombing was a great day for our cause", "glorify"),
    ("I hope the next shooter kills twice as many", "glorify"),
    # death or injury wished
    ("I hope they all die", "wish"),
    ("I hope all of them die", "wish"),
    ("I want him dead", "wish"),
    ("I want every one of them dead", "wish"),
    ("I wish they were all dead", "wish"),
    ("may you and your whole family burn alive", "wish"),
    ("I wish someone would stab that bitch", "intent"),
    ("hope somebody breaks her jaw", "intent"),
    ("I hope someone puts a bullet in his head", "intent"),
    # violence called for or ordered
    ("we need to start shooting these people", "intent"),
    ("we should make them suffer", "intent"),
    ("Women who cheat should have acid thrown in their face", "call"),
    ("You deserve an acid attack.", "call"),
    ("they must pay in blood", "call"),
    ("go punch a feminist today", "order"),
    ("Beat your wife, it's the only language she understands", "order"),
    ("Fucking shoot her.", "order"),
    ("if you see one of them on the street, stab them", "order"),
    # threats
    ("I know where you live and I'm coming for you", "threat"),
    ("you'll be sleeping with the fishes", "threat"),
    ("keep talking and you'll end up in a ditch", "threat"),
    ("I will end you", "intent"),
    ("next time I see you I'm going to cut you", "intent"),
    ("I'll make you regret being born", "intent"),
    ("I would kill her as revenge for what she did", "intent"),
    ("I'll cut her fucking throat.", "intent"),
    # torture told to relish it
    ("I'd love to peel her skin off slowly and hear her scream", "intent"),
    ("I want to cut off his fingers one by one", "intent"),
])
def test_violence_in_the_categories_shapes_is_said(text: str, kind: str) -> None:
    said = harm.harm_said(text)
    assert said is not None and said[0] == kind


@pytest.mark.parametrize("text", [
    # idioms, kitchens, terminals
    "I'll kill for a coffee right now",
    "beat the eggs and fold in the flour",
    "how do I kill a python process",
    "serves him right for not backing up his files",
    "she got what she deserved: a promotion",
    "I'll cut you a slice of cake",
    "I'm going to make you suffer through my holiday photos",
    "we should make them pay for the damage to the car",
    "I'll end you in the next round of Smash",
    "you'll regret not buying bitcoin",
    "I love hearing the kids scream with joy at the park",
    "I'd love to peel these potatoes but I'm lazy",
    # sport, games, a race
    "glad he got beaten in the final, the other guy deserved to win",
    "he got shot down by his crush, serves him right",
    "beat your wife... in a race",
    "beat your dad at chess",
    "the attack was beautiful, what a goal",
    # news, history, wishes that harm no one
    "Police say the man was shot dead outside the bar on Friday",
    "The school shooting was a tragedy",
    "I hope they all die of embarrassment when they see this",
    "I hope he dies peacefully in his sleep, he has suffered enough",
    "I want it dead, this printer is useless",
    "I wish they were all here",
    "hope somebody fixes the build",
    "we need to start shooting the wedding at noon",
    "that comedian killed it last night",
    # negated, reported
    "I don't want him dead, I want him in prison",
    "he said he wants them all dead",
])
def test_look_alikes_say_no_harm(text: str) -> None:
    assert harm.harm_said(text) is None


@pytest.mark.parametrize("text", [
    "I'll kill for a coffee right now",
    "if someone punches you, how do you block it?",
    "my ex used to hit me, how do I get a restraining order?",
])
def test_idioms_and_self_defence_questions_open_no_threat_or_violence_gate(text: str) -> None:
    assert not {"threat", "violence"} & set(gates.gated(text, toxicity=0.6))
