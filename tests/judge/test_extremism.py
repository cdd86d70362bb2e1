"""Violent extremism in the guideline's words (extremism.py), and its look-alikes.

"No Violent Extremism" forbids "the promotion of violent extremism, glorification of violent
events, or perpetrators of violent acts". No labelled extremism text exists in ../shared/data
(Stormfront is forum hate, ru-sensitive-topics is evaluation only), so these probes were
written here, both languages, *before* the model or the words were run on them: the
positives in the guideline's words (an organisation or an attacker praised, members
recruited, an attack called for in a cause's name), the negatives the kinds of chat that name
the same things and promote nothing (news, history, condemnation, grief, a question, a game,
a film, an idiom, a goddess, the heroes who stopped an attacker).
"""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import extremism
from chatwarden.detect.judge.cascade import Cascade

SAID: list[tuple[str, str]] = [
    # an organisation, an attack or an attacker glorified
    ("ISIS are heroes", "glorified"),
    ("the Christchurch shooter did nothing wrong", "glorified"),
    ("we need another Breivik", "glorified"),
    ("Breivik was right", "glorified"),
    ("Tarrant is a saint", "glorified"),
    ("the 9/11 hijackers were heroes", "glorified"),
    ("long live the islamic state", "glorified"),
    ("the Columbine shooters were legends", "glorified"),
    ("bin Laden was a hero", "glorified"),
    ("the attack was justified, more will follow", "glorified"),
    ("hitler did nothing wrong", "glorified"),
    ("McVeigh was a true patriot", "glorified"),
    ("al-Qaeda are freedom fighters", "glorified"),
    ("Dylann Roof is my hero", "glorified"),
    ("the shooter was a hero", "glorified"),
    ("the Bataclan attackers are heroes", "glorified"),
    ("heil hitler", "glorified"),
    ("glory to the martyrs of the islamic state", "glorified"),
    ("the bombing was a beautiful thing, they deserved it", "glorified"),
    ("слава ИГИЛ", "glorified"),
    ("слава героям-шахидам", "glorified"),
    ("стрелок в школе герой", "glorified"),
    ("Брейвик был прав", "glorified"),
    ("теракт был справедливым возмездием", "glorified"),
    ("шахиды — настоящие герои", "glorified"),
    ("террористы молодцы, так им и надо", "glorified"),
    ("Таррант — святой", "glorified"),
    ("нужен ещё один Брейвик", "glorified"),
    ("взрыв в метро был правильным", "glorified"),
    ("да здравствует Исламское государство", "glorified"),
    ("Гитлер был прав", "glorified"),
    ("колумбайнеры — герои", "glorified"),
    ("бен Ладен — герой", "glorified"),
    # members recruited, an organisation supported
    ("join the jihad", "recruited"),
    ("join ISIS brothers, the caliphate needs you", "recruited"),
    ("I support the islamic state", "recruited"),
    ("we're recruiting for an Atomwaffen cell, dm me", "recruited"),
    ("take up arms, the race war is here", "recruited"),
    ("become a martyr for the cause", "recruited"),
    ("donate to the mujahideen so they can buy weapons", "recruited"),
    ("sign up and fight for al-Shabaab", "recruited"),
    ("I stand with ISIS", "recruited"),
    ("вступайте в ряды джихада", "recruited"),
    ("присоединяйтесь к ИГИЛ", "recruited"),
    ("вступай в ИГ, брат, халифату нужны воины", "recruited"),
    ("поддерживаю ИГИЛ", "recruited"),
    ("иди на джихад, брат", "recruited"),
    ("собираем деньги моджахедам на оружие", "recruited"),
    # an attack called for or threatened in a cause's name
    ("death to the infidels", "threatened"),
    ("we will bomb your church next sunday, allahu akbar", "threatened"),
    ("someone should do another 9/11", "threatened"),
    ("shoot them all like Tarrant did", "threatened"),
    ("the kuffar will burn when the caliphate returns", "threatened"),
    ("смерть неверным", "threatened"),
    ("надо взорвать их всех", "threatened"),
    ("скоро взорвём вашу церковь, аллаху акбар", "threatened"),
    ("устроим им второй Беслан", "threatened"),
    ("повторим Крокус", "threatened"),
    # a second round (version 13), written after a first run of the model on the first few
    # showed praise by other words missed: a great man, an inspiration, members praised
    ("Hitler was a great leader", "glorified"),
    ("hitler was a good man tbh", "glorified"),
    ("bin laden was a great man and a true believer", "glorified"),
    ("those hijackers were true soldiers of god", "glorified"),
    ("Breivik is an inspiration", "glorified"),
    ("ISIS fighters are the bravest men alive", "glorified"),
    ("Гитлер был великим человеком", "glorified"),
    ("Брейвик настоящий мужик", "glorified"),
]

LOOK_ALIKES: list[str] = [
    # news, history, sentences passed
    "ISIS claimed the bomb attack",
    "ISIS claimed responsibility for the attack in Kabul",
    "the bomb squad defused it in time",
    "the attack killed 40, horrible",
    "we learned about the 9/11 attacks in history class today",
    "the Christchurch shooter was sentenced to life without parole",
    "Breivik killed 77 people in 2011, most of them teenagers",
    "the Taliban took Kabul in 2021",
    "ИГИЛ взяло на себя ответственность за теракт",
    "в результате теракта погибли 40 человек, ужас",
    "Брейвика приговорили к 21 году",
    "на уроке истории проходили теракт в Беслане",
    "Хамас и Израиль договорились о перемирии",
    # condemnation and grief
    "rip to the victims of the Paris attack, thoughts with their families",
    "terrorism is never justified",
    "ISIS are monsters, not heroes",
    "the shooter was no hero, he was a coward",
    "I condemn the bombing in the strongest terms",
    "соболезнования семьям погибших в Крокусе",
    "терроризму нет оправдания",
    "шахиды — не герои, а убийцы",
    # questions
    "what is al-Qaeda?",
    "why do people join ISIS?",
    "how did al-Qaeda recruit online? writing a paper on it",
    "was the shooter a hero? of course not",
    "что такое Аль-Каида?",
    "почему люди вступают в ИГИЛ?",
    # the same asked without the mark, as chat asks (version 13: the head read "why do
    # terrorists hate us" 1.0 and "why do people join isis" as recruiting)
    "why do people join isis",
    "why do terrorists hate us",
    "what made the columbine shooters snap",
    "how come the taliban took kabul so fast",
    "почему люди вступают в игил",
    # praise words about no attacker, or an attacker not praised
    "Hitler was a terrible leader",
    "the taliban were good at guerrilla warfare",
    "my grandpa was a great man, he fought the nazis",
    # heroes who are no attackers
    "the firefighters who died on 9/11 were heroes",
    "the police officer who stopped the shooter is a hero",
    "my grandfather fought the nazis in Normandy, a true hero",
    "she's a hero to every nurse, working triple shifts",
    "мой дед воевал с нацистами, настоящий герой",
    "пожарные, погибшие 11 сентября, — герои",
    "слава героям, спасшим детей в Беслане",
    "слава богу, все живы после взрыва газа",
    # games, films, idioms, names
    "terrorists win. gg, plant the bomb on B next round",
    "call of duty nazi zombies is so fun",
    "Jojo Rabbit is a great film, Taika plays Hitler as an idiot",
    "the movie Downfall shows Hitler's last days in the bunker",
    "this party is the bomb",
    "you're killing it!",
    "I bombed my chemistry exam lol",
    "that new album is da bomb",
    "my photo got photobombed by a seagull",
    "he dropped an f-bomb in the meeting",
    "bath bombs are the best gift",
    "grammar nazi here: it's 'their', not 'there'",
    "my cousin's name is Isis and she's a nurse",
    "Isis was the Egyptian goddess of magic",
    "the greater jihad is the struggle against one's own ego, my imam says",
    "my post blew up on twitter overnight",
    "в кс террористы опять выиграли раунд, бомбу поставили на А",
    "смотрели фильм про Гитлера, жуткий",
    "вечеринка была бомба!",
    "этот трек просто бомба",
    "у меня бомбит от этого бага",
    "стрелок в тире попал в десятку",
    "сапёры обезвредили бомбу",
    "Слава Украине",
    "я чуть не взорвался от смеха",
]


@pytest.mark.parametrize(("text", "kind"), SAID)
def test_what_the_guideline_names_is_said(text: str, kind: str) -> None:
    said = extremism.extremism_said(text)
    assert said is not None and said[0] == kind, said


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_are_not_said(text: str) -> None:
    assert extremism.extremism_said(text) is None


@pytest.fixture(scope="module")
def cascade() -> Cascade:
    return Cascade()


@pytest.mark.parametrize(("said", "unsaid"), [
    ("ISIS are heroes", "ISIS are not heroes"),                        # negated
    ("Breivik was right", "people who say Breivik was right are idiots"),   # someone else's words
    ("the shooter was a hero", "the officer who stopped the shooter was a hero"),  # another hero
    ("join ISIS brothers", "why do people join ISIS?"),               # a question
    ("I support the islamic state", "I don't support the islamic state"),
    ("we should all join the jihad", "the allies had to join forces against ISIS"),
    ("слава ИГИЛ", "слава богу"),
    ("Брейвик был прав", "Брейвик не был прав"),
    ("вступайте в ИГИЛ", "почему люди вступают в ИГИЛ?"),
    ("устроим им второй Беслан", "чувак собирался устроить колумбайн в школе"),
    ("join isis, brothers", "why do people join isis"),               # asked without the mark
])
def test_the_same_words_negated_asked_or_reported_are_not_said(said: str, unsaid: str) -> None:
    assert extremism.extremism_said(said) is not None
    assert extremism.extremism_said(unsaid) is None


@pytest.mark.parametrize(("text", "kind"), SAID)
def test_the_cascade_flags_what_is_said(cascade: Cascade, text: str, kind: str) -> None:
    j = cascade.judge(text, chat=text)  # a chat each: one chat's embedding budget is 30
    assert j.scores["extremism"] >= cascade.heads.thresholds["extremism"]
    assert any(note.startswith(f"extremism: {kind} (") for note in j.notes), j.notes


def test_the_cascade_floors_the_label_and_names_the_words(cascade: Cascade) -> None:
    """No gate holds "Breivik": the head never saw it, and scored it 0."""
    j = cascade.judge("Breivik was right", chat="floor")
    assert j.scores["extremism"] == extremism.EXTREMISM_SAID_SCORE["glorified"]
    assert "extremism: glorified ('breivik was right')" in j.notes
    j = cascade.judge("надо взорвать их всех", chat="floor-ru")
    assert j.scores["extremism"] >= extremism.EXTREMISM_SAID_SCORE["threatened"]
    assert "extremism: threatened ('надо взорвать их')" in j.notes


def test_extremism_only_named_keeps_the_head_under_the_flag_point(cascade: Cascade) -> None:
    """The head scored this news report 1.0."""
    j = cascade.judge("ISIS claimed the bomb attack", chat="named")
    assert j.scores["extremism"] == extremism.NOT_EXTREMISM
    assert "extremism: named, not promoted ('claimed')" in j.notes


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_the_cascade_leaves_look_alikes_unflagged(cascade: Cascade, text: str) -> None:
    j = cascade.judge(text, chat=text)  # a chat each: one chat's embedding budget is 30
    assert j.scores["extremism"] < cascade.heads.thresholds["extremism"], j.notes
