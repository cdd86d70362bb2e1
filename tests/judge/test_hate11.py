"""Hate of a group in the shapes session 23 added (scripts/hate11_probe.py, chosen on the
fourth functional suite and the probes' tuning half): ruin foretold of a group put in charge
or hired, theft or a smell foretold of its members, a place ruined by its number, its rights
regretted, its leaving wished as its best deed, a member refused in a role, hate asked ("why
can't X just vanish?", "who decided X were human?"), threats told as a plan, a slur said of
someone in passing, negated praise; and beside them the counter-speech and the look-alikes a
moderator must not see queued. Written for these tests, in other words than the probes and
the suites."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.groups import condemned, said_of_group, unprotected_target


@pytest.mark.parametrize(("text", "kind", "words"), [
    ("elect a jew and watch the economy collapse", "derogate",
     "elect a jew and watch the economy collapse"),
    ("hire an immigrant if you want the work botched", "derogate",
     "hire an immigrant if you want the work botched"),
    ("want to wreck a startup? just hire a trans woman", "derogate",
     "wreck a startup? just hire a trans woman"),
    ("hide your wallet whenever the gypsies are around", "derogate",
     "hide your wallet whenever the gypsies"),
    ("streets with too many somalis turn into a ghetto", "derogate",
     "too many somalis turn into a ghetto"),
    ("what a pity muslims were ever let in", "derogate", "pity muslims were ever let"),
    ("the best thing a refugee could ever do is go home", "derogate",
     "the best thing a refugee could ever do is go home"),
    ("a gay man as my kid's coach? over my dead body", "derogate",
     "a gay man as my kid's coach? over my dead"),
    ("mexicans should stick to picking fruit", "derogate", "mexicans should stick to picking"),
    ("do women ever stop being annoying?", "derogate", "do women ever stop being annoying"),
    ("who said trans people were human beings?", "derogate",
     "who said trans people were human beings"),
    ("muslims are born liars", "derogate", "muslims are born liars"),
    ("black people will never be as intelligent as us", "derogate",
     "black people will never be as intelligent as"),
    ("why won't jews just drop dead already?", "harm", "why won't jews just drop dead already"),
    ("every muslim who sets foot in my pub is getting knifed", "violence",
     "every muslim who sets foot in my pub is getting knifed"),
    ("I'll torch every car with immigrants in it", "violence",
     "torch every car with immigrants"),
    ("we could never trust a muslim", "refuse", "we could never trust a muslim"),
    ("I don't think refugees deserve any sympathy", "refuse",
     "I don't think refugees deserve any sympathy"),
    ("some faggot shoved me at the bar", "slur", "some faggot shoved"),
    ("the new landlord is a kike, great", "slur", "is a kike"),
    ("nothing but wetbacks at the depot", "slur", "but wetbacks"),
    ("whenever I meet a muslim I want to puke", "hatred", "whenever I meet a muslim I want to puke"),
    ("full of loathing whenever immigrants speak", "hatred", "full of loathing whenever immigrants"),
    ("jews, who never stop complaining, deserve only scorn", "hatred",
     "jews, who never stop complaining, deserve only scorn"),
    ("im gonna stab the first gay guy I spot", "violence", "im gonna stab the first gay guy I spot"),
    ("people should mow refugees down", "violence", "people should mow refugees down"),
    ("lynching black people should be a sport", "violence",
     "lynching black people should be a sport"),
    ("a trans woman is a beast", "derogate", "a trans woman is a beast"),
])
def test_a_new_shape_is_read(text: str, kind: str, words: str) -> None:
    said = said_of_group(text)
    assert said is not None, text
    assert (said.kind, said.words) == (kind, words)


@pytest.mark.parametrize("text", [
    "put a woman in charge, she knows the code best",
    "hire a plumber if you want it done right",
    "lock your doors when you go on holiday",
    "the best thing you can do for a refugee is listen",
    "too many cooks turn a kitchen into a mess",
    "why can't muslims get halal food at the canteen?",
    "who decided women could vote in Switzerland?",
    "muslims are not inferior to anyone",
    "I could never trust a politician",
    "the tranny on my truck is slipping again",
])
def test_a_look_alike_is_no_frame(text: str) -> None:
    assert said_of_group(text) is None, text


@pytest.mark.parametrize(("text", "words"), [
    ("'go home, jews' is a thing nobody should ever say", "'go home, jews'"),
    ("my uncle yelled 'muslims out' at the waiter. disgraceful", "'muslims out'"),
])
def test_a_quotation_judged_or_reported_and_condemned_is_counter_speech(text: str,
                                                                         words: str) -> None:
    cited = condemned(text)
    assert cited is not None, text
    assert (cited.kind, cited.words) == ("quoted", words)


@pytest.mark.parametrize(("text", "words"), [
    ("Lawyers are bloodsucking leeches", "Lawyers are"),
    ("estate agents, what a pack of vultures", "estate agents"),
    ("you're a waste of space", "you're"),
    ("my flatmate is a filthy slob", "my flatmate is"),
])
def test_abuse_of_no_protected_group_is_read(text: str, words: str) -> None:
    assert unprotected_target(text) == words


@pytest.mark.parametrize("text", [
    "politicians are fine but muslims are vermin",
    "you're a faggot",
    "my neighbour said jews are rats",
    "I think bankers are greedy",
])
def test_a_protected_group_or_a_slur_or_no_opening_judgement_is_not_that(text: str) -> None:
    assert unprotected_target(text) is None


@pytest.mark.parametrize(("text", "words"), [
    ("stop spreading the lie that refugees are dangerous", "refugees are dangerous"),
    ("people who threaten to hurt jews belong in prison", "people who threaten to hurt jews"),
    ("we should all speak out against hatred of muslims", "hatred of muslims"),
    ("comparing black people to apes is vile", "comparing black people"),
    ("suggesting gays should be locked up is homophobic", "gays should be locked up"),
    ("telling a trans woman they deserve a beating is abuse", "they deserve a beating"),
])
def test_counter_speech_is_read_as_such(text: str, words: str) -> None:
    assert said_of_group(text) is None, text
    cited = condemned(text)
    assert cited is not None, text
    assert cited.words == words
