"""Клинт 3.1 and Calimero "No Harassment": an insult of the member spoken to is queued;
names said of others, and profanity about a thing, are not.

The lines are written here, in the shapes the training rows showed (2ch/pikabu train/val,
ConvAbuse train/valid; their test splits are never read): a verb in the second person, a
name said as an address, an insulting order, «сам дурак»; "you're a waste of space",
"shut up you idiot", "nobody likes you".
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from chatwarden.detect.judge import targets
from chatwarden.engine.engine import Engine
from chatwarden.policy.loader import load_policy
from tests.conftest import Chat, actions, rules

INSULTS = (
    "опять несёшь какую-то хуйню, дебил",        # second person in the verb, no «ты»
    "Ха, лошара, чмо, иди отсюда!",              # names said as an address
    "сам ты дурак, и шутки у тебя тупые",        # the retort
    "иди лечись, шизик",                          # an insulting order
    "завали ебало уже со своими советами",
    "Пошёл нахуй, чухан.",
    "Дебил блядь, опять всё сломал в репозитории",
    "слышь, олень, ты вообще читать умеешь?",       # an animal said to the member
)
NOT_INSULTS = (
    "этот депутат полный дебил, проголосовал за бред",  # a name said of someone else
    "такие придурки гробят свои машины",
    "Сука, опять дождь весь день",                       # a curse at nobody
    "идёшь, прыгаешь через моря, сука, как в марио",     # «you» of anyone, a curse
    "Пиздабол",                                          # a name alone answers anyone
    "на ферме купили барана, овцу и двух коз",           # animals at a farm
)


def test_3_1_queues_an_insult_of_the_member_spoken_to(chat: Chat) -> None:
    for i, text in enumerate(INSULTS):
        out = chat.say(f"m{i}", text)
        assert (rules(out), actions(out)) == (["3.1"], [("review", None)]), text


def test_3_1_leaves_names_said_of_others_and_curses_alone(chat: Chat) -> None:
    for i, text in enumerate(NOT_INSULTS):
        assert "3.1" not in rules(chat.say(f"m{i}", text)), text


@pytest.mark.parametrize("text", INSULTS)
def test_the_insults_are_aimed_in_words(text: str) -> None:
    assert targets.insults(text)


@pytest.mark.parametrize("text", NOT_INSULTS)
def test_the_others_are_not_aimed_without_a_reply(text: str) -> None:
    assert not targets.insults(text)


# ── Russian grammar: the name must agree with the address (issue 10: «… пришлось банить
# идиота. А ВЫ говорите …» and «ты … праводебилы топят …» were queued) ─────────────────────

AGREEING = (
    "ты идиот, если этого не понимаешь",                       # nominative, with «ты»
    "идиот, ты хоть читал, что пишешь?",                       # the vocative use
    "вы идиоты, вам же сто раз объясняли",                     # «вы» speaks to several
    "вам, пидорасам, лишь бы поспорить",                       # the pronoun's own case
    "таких идиотов, как ты, ещё поискать надо",                # likened to the one addressed
    "надо быть полным дебилом, чтобы так писать, ты вообще думаешь?",  # the predicate
    "ты пидораха конченая",                                    # a word the dictionary lacks
)
NOT_AGREEING = (
    "меня тут на хуй послали, пришлось банить идиота. А вы говорите, что модерация работает",
    "Ты серьезно не видишь, что праводебилы топят ровно за то же самое?",  # a plural by «ты»
    "Ты предлагаешь перекатиться. Пошло максимум 30 от всех пидорнутых из треда",
    "ты ещё и над дебилом смеёшься, который упал",             # governed by a preposition
    "у тебя все друзья дебилы",
)


def test_3_1_queues_a_name_that_agrees_with_the_address(chat: Chat) -> None:
    for i, text in enumerate(AGREEING):
        out = chat.say(f"m{i}", text)
        assert (rules(out), actions(out)) == (["3.1"], [("review", None)]), text


def test_3_1_leaves_a_name_in_another_case_or_number_alone(chat: Chat) -> None:
    for i, text in enumerate(NOT_AGREEING):
        assert not targets.insults(text), text
        assert "3.1" not in rules(chat.say(f"m{i}", text)), text


@pytest.mark.parametrize(("word", "at", "readings"), [
    ("праводебилы", 5, {("NOUN", "nomn", "plur")}),  # the known word that holds the name
    ("пидорнутых", 0, {("ADJF", None, "plur"), ("PRTF", None, "plur")}),  # a guessed
    ("пидораха", 0, {("NOUN", None, None)}),         # adjective keeps its number, a noun nothing
])
def test_what_the_dictionary_is_trusted_with(word: str, at: int,
                                             readings: set[tuple[str, str | None, str | None]],
                                             ) -> None:
    assert targets._forms(word, at) == readings


def test_a_reply_aims_any_name_and_a_name_stays_one_inside_a_compound() -> None:
    assert not targets.insults("пидорский")
    assert targets.insults("пидорский скотоублюдок", replied=True)
    assert targets.name_calling("скотоублюдина")


@pytest.mark.parametrize(("text", "spoken_to"), [
    ("ну ты даёшь", True),
    ("слышь, подвинься", True),
    ("лишь бы не было дождя", False),   # «лишь», «брешь» end like verbs and are none
    ("в заборе брешь", False),
])
def test_second_person_and_look_alikes(text: str, spoken_to: bool) -> None:
    assert targets.addressed(text) is spoken_to


def test_a_name_of_one_member_is_a_noun_in_the_singular() -> None:
    assert targets.called_to("Ну всё, урод, доигрался")
    assert not targets.called_to("Ну всё, уроды, доигрались")   # of a crowd
    assert not targets.called_to("Ну всё, уроду конец")         # of someone else
    assert not targets.called_to("Stupid, stupid me.")            # English: unchanged


def test_the_tuned_model_reads_only_a_line_that_can_be_an_insult() -> None:
    """Клинт acts on insults alone (tuned_scope 'name_calling'): a name said of someone
    else can only count half, so the tuned model is not paid for it."""
    from chatwarden.detect.context import Context
    from chatwarden.detect.judge.detectors import Toxicity
    from chatwarden.detect.judge.params import ToxicityParams
    from tests.judge.detector_base import message

    detector = Toxicity(ToxicityParams(tuned=True, tuned_scope="name_calling"))

    def stages(text: str) -> str:
        ev = message(text)
        return next(s.explanation for s in detector.detect(ev, Context.bare(ev))
                    if s.label == "toxicity")

    assert "tuned" in stages("ну ты и клоун конечно, иди проспись")
    assert "tuned" not in stages("этот депутат клоун конечно")


# ── English (Calimero "No Harassment"): the shapes ConvAbuse's train/valid turns showed,
# lines written here ──────────────────────────────────────────────────────────────────────

CALIMERO = Path(__file__).resolve().parents[2] / "policies" / "calimero.en.yaml"

EN_INSULTS = (
    "you're a waste of space",                  # the predicate
    "u r pretty pathetic",
    "are you stupid or what?",
    "shut up you idiot",                        # the vocative, an order
    "you stupid bitch",
    "get lost, loser",                          # a name said as an address
    "bitch",                                    # a name alone answers the last speaker
    "nobody likes you",                         # a rejection
    "fuck off",
)
EN_NOT_INSULTS = (
    "this fucking printer is useless",          # profanity about a thing
    "I'm such an idiot, forgot the semicolon",  # a name said of oneself
    "he called me a complete moron",            # ... or reported (a name said *of* someone
                                                # else is bullying now: test_bullying.py)
    "you are not stupid, the docs are confusing",
    "i will get lost in this codebase",         # a statement, not an order
    'he told me "shut up" yesterday',           # quoted
    "grep -i trash",                            # a word that names a thing too
    "are you fucking kidding me, it works now",
)


@pytest.fixture
def calimero() -> Chat:
    return Chat(Engine(load_policy(CALIMERO)), datetime(2026, 11, 16, 10, 0, tzinfo=UTC), "room")


def test_harassment_queues_an_english_insult_of_the_one_spoken_to(calimero: Chat) -> None:
    for i, text in enumerate(EN_INSULTS):
        out = calimero.say(f"m{i}", text)
        assert (rules(out), actions(out)) == (["harassment"], [("review", None)]), text


def test_harassment_leaves_profanity_and_names_said_of_oneself_alone(calimero: Chat) -> None:
    for i, text in enumerate(EN_NOT_INSULTS):
        assert rules(calimero.say(f"m{i}", text)) == [], text


def test_a_sexual_advance_to_the_one_spoken_to_is_harassment(calimero: Chat) -> None:
    assert "harassment" in rules(calimero.say("m1", "send me your nudes slut"))
    assert targets.advance("do you want to fuck me?")
    assert not targets.advance("you can fork the repo")


@pytest.mark.parametrize(("text", "in_words"), [
    ("you are stupid", True),       # scores 0.43 on toxicity: the words decide
    ("You moron!", True),
    ("you are not stupid", False),
    ("if ur not a complete idiot", False),
    ('"screw you then" and i hung up', False),
    ("the dog may bite me", False),   # an order opens its clause
    ("or else messages get lost", False),
    ("just to make the server shut up", False),
    ("well then, gtfo", True),
    ("your trash folder is full", False),
    ("if you are incompetent at it, you get a bad review", False),   # of anyone
    ("ты конченый дебил", False),   # Russian is decided by toxicity, as before
])
def test_english_insults_in_words(text: str, in_words: bool) -> None:
    assert targets.said_in_words(text) is in_words


@pytest.mark.parametrize(("text", "harasses"), [
    ("I will kill you", True),                   # ConvAbuse's commonest threat to the bot
    ("if you ask me that one more time i will KILL YOU!!", True),
    ("I want to punch you", True),
    ("I would never kill you", False),           # negated
    ("someone should shoot him", False),         # a threat, but to no one spoken to
    ("I'll kill the process for you", False),    # a thing
])
def test_harm_the_author_will_do_to_the_one_spoken_to_harasses(text: str, harasses: bool) -> None:
    assert targets.said_in_words(text) is harasses
