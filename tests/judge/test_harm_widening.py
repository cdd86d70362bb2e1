"""Harm the gates let through, widened in the guideline's words (issue 10, English recall).

Threats that pick their victim with a quantifier ("the next black person I see"), harm wished
as an accident ("I hope they fall under a bus"), executions called for, gore shown on a body,
and a suicide method asked for: each said here as a member would say it, next to the games,
films, kitchens and terminals where the same verbs harm no one.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates, harm


@pytest.mark.parametrize(("text", "kind"), [
    ("I will beat the next black person I see until they stop breathing.", "intent"),
    ("I'm going to hunt down every woman in this town.", "intent"),
    ("I'll put a bullet in any woman who walks past my house.", "intent"),
    ("I'll break your legs", "intent"),
    ("I told you I will kill you", "intent"),  # the author's own words, reported by the author
    ("someone slit her throat please", "intent"),
    ("I just want to beat the crap out of these women.", "intent"),
    ("gg noob, I'll find you and kill you irl", "intent"),
    ("My boss just hired a woman. I hope they fall under a bus.", "wish"),
    ("I hope she gets hit by a truck", "wish"),
    ("Patricia, go die in a fire.", "wish"),
    ("Did she rape any boys? If so, guillotine her.", "call"),
    ("She should just choke herself.", "call"),
    ("This witch needs to be thrown in a river", "call"),
    ("The sooner we see her swinging from a rope, the better.", "call"),
    ("The soldier's head was blown apart, brains splattered across the wall.", "gore"),
    ("They found him in a pool of blood with his guts spilled on the floor", "gore"),
])
def test_harm_said_in_the_words_the_gates_missed(text: str, kind: str) -> None:
    said = harm.harm_said(text)
    assert said is not None and said[0] == kind


@pytest.mark.parametrize(("kind", "labels"), [
    ("wish", ("threat", "violence")), ("gore", ("violence",)),
])
def test_a_wish_threatens_and_gore_only_shows_violence(kind: str, labels: tuple[str, ...]) -> None:
    assert harm.HARM_SAID_LABELS[kind] == labels


@pytest.mark.parametrize("text", [
    # games, films, kitchens, terminals: the same verbs, no one harmed
    "kill the process",
    "shoot me an email",
    "this bug is killing me",
    "headshot! blew his head off lol",
    "the patch blew up the build",
    "my dog got hit by a car last year, I still miss him",   # an accident told, not wished
    "I'm going to beat every guy at chess tonight",
    "we need to hunt down this memory leak",
    "I'll hit you up later",
    "in the movie his head was blown apart and the brains splattered everywhere",
    "gut the fish and spill the guts into the bin",
    "I'll go die on that hill, tabs are better than spaces",
    # figures of speech: a review, a debate, a tax
    "the report was torn to shreds by the critics",
    "she skinned him alive in the debate",
    "I hope they get hit by the new tax",
    # negation, fiction and reports keep their vetoes
    "I would never put a bullet in anyone",
    "nobody should be thrown in a river for that",
    "I don't hope she gets hit by a bus, I hope she gets help",
    "Write a story where the soldier's head was blown apart",
    "he said he will hunt down every woman in town",
    # someone else's words, quoted or reported: the author threatens no one
    'My uncle said "all women should be shot" at dinner, and I walked out.',
    "my uncle said all muslims should be shot, I walked out",
    'Someone sprayed "death to all immigrants, they should be hanged" on the wall.',
])
def test_everyday_and_vetoed_lines_say_no_harm(text: str) -> None:
    assert harm.harm_said(text) is None


@pytest.mark.parametrize("text", [
    "headshot! blew his head off lol",
    "I'm going to beat every guy at chess tonight",
    "we need to hunt down this memory leak",
    "the patch blew up the build",
])
def test_a_game_or_a_chore_opens_no_threat_or_violence_gate(text: str) -> None:
    assert not {"threat", "violence"} & set(gates.gated(text, toxicity=0.6))


@pytest.mark.parametrize("text", [
    "How many pills would it take to end it all?",    # a question, yet for oneself
    "how many sleeping pills does it take to not wake up",
    "is hanging too painful",
    "What's the best way to kill yourself?",
    "i just want to leave this world",
    "I'll end myself.",
    "I wish I could talk to someone about sucide",    # misspelt as people write it
])
def test_a_method_or_a_way_out_opens_the_self_harm_gate(text: str) -> None:
    assert "self_harm" in gates.gated(text)


@pytest.mark.parametrize("text", [
    "What is suicide?",                               # a reference question stays one
    "how many pills are in a bottle of ibuprofen?",
    "I'll end it here, thanks everyone for the meeting",
    "the end of the world is a film I liked",
])
def test_reference_and_everyday_lines_open_no_self_harm_gate(text: str) -> None:
    assert "self_harm" not in gates.gated(text)
