"""Topic gates: a topic head's verdict counts only where its gate agrees (issue 10).

The lines here are the real chat that the heads alone sent to review before gates
were required: IRC technical talk, nicknames, laughter, one-word lines.
"""

from __future__ import annotations

import numpy as np
import pytest

from chatwarden.detect.context import Context
from chatwarden.detect.judge import gates, harm, targets
from chatwarden.detect.judge.detectors import Toxicity
from chatwarden.detect.judge.labels import TOPIC_LABELS
from chatwarden.training.judge import data as D
from chatwarden.training.judge.fit import topic_threshold
from tests.judge.detector_base import message


@pytest.mark.parametrize(("text", "topic"), [
    ("i will kill you", "threat"),
    ("я тебя найду и убью", "threat"),
    ("what if I find you and kill you?", "threat"),
    ("how do I kill myself", "self_harm"),
    ("хочу покончить с собой", "self_harm"),
    ("смерть неверным, берите оружие", "extremism"),
    ("война на украине, путин и зеленский", "politics"),
    ("@anya send nudes", "sexual"),
    ("I plan to try to hang myself again when I get home", "self_harm"),   # SDCNL's words
    ("there's no reason to live anymore, I'd be better off dead", "self_harm"),
])
def test_a_topic_named_opens_its_gate(text: str, topic: str) -> None:
    assert topic in gates.gated(text)


@pytest.mark.parametrize("text", [
    "how can i kill a process if I have it's id?",   # technical: the object is no person
    "kill -9 4242",
    "kill esd",
    "zabomber: yes",                                  # a nickname is no bomb
    "horny-sama: what does ls -l in /dev/mapper say?",  # nor an IRC address
    "What is suicide?",                                # a reference question
    "What kind of bomb killed the most people during World War 2?",
    "What are ways of bombing the enemy base in Battlefield 3?",  # XSTest safe: a game
    "неверный пароль, попробуй ещё",
    "ХВХВХАХАХА",                                      # laughter
    "ахахах война",                                    # laughter around one word
    "Голубиной",                                       # one word
    "фронтенд опять упал",
])
def test_everyday_lines_open_no_gate(text: str) -> None:
    assert gates.gated(text) == ()


@pytest.mark.parametrize(("text", "politics"), [
    # what Клинт 5.1 asks members to avoid: wars, ethnic and religious conflict, ideological
    # pressure, in its own words or a war named by its two sides
    ("опять мобилизацию объявили, брата забрали на фронт", True),
    ("хохлы опять всё испортили", True),
    ("Россия и Украина никогда не договорятся", True),
    ("Израиль и Палестина, кто тут прав вообще", True),
    ("христиане и мусульмане опять спорят, чья вера правильнее", True),
    ("это всё пропаганда из зомбоящика", True),
    # politics and peoples named in everyday talk: the old gate opened on each
    ("Я живу на проспекте Путина, это в центре Грозного", False),   # a street name
    ("Здравствуйте, нужна ли регистрация для граждан России?", False),
    ("Кто получил президентскую стипендию в этом семестре?", False),
    ("Национальный исследовательский университет, приёмная комиссия", False),
    ("выборы старосты группы в четверг после пар", False),
    ("летом поедем в Крым на машине", False),
    ("на Почте России опять очередь на час", False),
    ("сравни цены на въезд в США и в Россию", False),
    # a war of fiction, and words that only contain a stem
    ("пересматриваю Звёздные войны перед новой частью", False),
    ("Война войной, а обед по расписанию", False),                   # proverbs
    ("ну что, война план покажет", False),
    ("На паре по истории обсуждали войну 1812 года", False),         # a war of history
    ("реферат про войны 1914–1918 гг.", False),
    ("чеченская война 1994 года до сих пор болит", True),           # a war within living memory
    ("пропаганда здорового образа жизни в общежитии", False),
    ("у меня жидкость для линз закончилась", False),
    ("добавь укроп в салат, так вкуснее", False),
    ("роспись под хохлому на заказ", False),
])
def test_the_politics_gate_opens_on_the_guideline_words_not_on_names(text: str,
                                                                     politics: bool) -> None:
    assert ("politics" in gates.gated(text)) is politics


@pytest.mark.parametrize("text", ["Я живу на проспекте Путина, это в центре Грозного",
                                  "Здравствуйте, нужна ли регистрация для граждан России?"])
def test_an_everyday_line_naming_a_leader_or_a_country_gets_no_politics_score(text: str) -> None:
    """The politics head alone scores these 0.90 and 0.72 (it learnt the names, over its 0.5
    threshold); the gate stays shut, so 5.1 has nothing to queue."""
    ev = message(text)
    politics = next(s for s in Toxicity().detect(ev, Context.bare(ev)) if s.label == "politics")
    assert politics.score == 0.0 and not politics.flagged


@pytest.mark.parametrize("text", [
    "how can i kill a process if I have it's id?", "kill esd", "up to you", "zabomber: yes",
    "How can I kill a Python process?",
])
def test_reported_review_items_get_no_topic_flag(text: str) -> None:
    ev = message(text)
    flagged = [s.label for s in Toxicity().detect(ev, Context.bare(ev))
               if s.label in TOPIC_LABELS and s.flagged]
    assert flagged == []


def test_name_calling_in_second_person_is_an_insult_without_a_reply() -> None:
    def insult(text: str) -> float:
        ev = message(text)
        return next(s.score for s in Toxicity().detect(ev, Context.bare(ev))
                    if s.label == "insult")

    assert insult("ты конченый дебил, заткнись уже и не позорься") >= 0.8
    # a question by name scores high on toxicity, but calls no names: half of it at most
    assert insult("ань, ты тут?") < 0.5
    assert targets.name_calling("you are a stupid idiot")
    assert not targets.name_calling("ань, ты тут?")


@pytest.mark.parametrize("text", [
    "ты тyпoй идиoт",          # Latin look-alikes inside the names
    "Tы дayн, иди лeчиcь",     # and in «ты» itself
    "ты пидaр",
    "ты п1д0р",                # digits and masks, read as the n-gram row reads them
    "ты т*пой ид*от",
    "ты т у п о й и д и о т",  # letters written apart
])
def test_a_disguised_name_is_still_an_insult(text: str) -> None:
    ev = message(text)
    insult = next(s for s in Toxicity().detect(ev, Context.bare(ev)) if s.label == "insult")
    assert insult.flagged, insult.explanation


@pytest.mark.parametrize(("text", "sexual"), [
    ("i want to fuck you", True),                     # ConvAbuse-style sexual harassment
    ("suck my dick", True),
    ("fuck this bug, the build is broken again", False),  # swearing, nothing sexual
    ("what the fuck is wrong with this compiler", False),
])
def test_english_swearing_lets_the_sexual_head_decide(text: str, sexual: bool) -> None:
    ev = message(text)
    flagged = {s.label for s in Toxicity().detect(ev, Context.bare(ev)) if s.flagged}
    assert ("sexual" in flagged) is sexual


def test_swearing_about_children_opens_no_child_abuse_gate() -> None:
    assert gates.gated("my kids are fucking annoying today", 0.9, swearing=True) == ("sexual",)


@pytest.mark.parametrize(("text", "violence"), [
    ("there was blood everywhere after the massacre, bodies in the street", True),
    ("he beat the dog to death and mutilated it", True),
    ("the video shows the man being decapitated with a knife", True),   # beheading's synonym
    ("How would a film crew fake a massacre scene?", False),   # asks, depicts nothing
    ("did the guard really get stabbed?", False),
])
def test_a_question_tells_no_gore(text: str, violence: bool) -> None:
    """Gore is shown or told; a question about it depicts nothing, so it opens no violence
    gate (threats, self-harm and extremism are asked about and keep theirs)."""
    assert ("violence" in gates.gated(text)) is violence
    assert "self_harm" in gates.gated("how do I kill myself?")


@pytest.mark.parametrize("text", [
    "they should all be hanged for this",            # urged harm to people (EDOS incitement)
    "kill all of them, every last one",
    "I'd beat her to death if she said that to me",
    "i will kill you",                               # a threat of harm is violence too
    "death to the traitors",
])
def test_harm_to_people_opens_the_violence_gate(text: str) -> None:
    """The guideline's violence is content that promotes or urges harm to people, not only
    gore: the head (trained on EDOS threats and incitement) decides what opens here."""
    assert "violence" in gates.gated(text)


@pytest.mark.parametrize("text", [
    "kill the process and restart the daemon",
    "burn the iso to a usb stick",
    "he killed it on stage last night",
    "How can I kill a person?",   # a question depicts nothing; the threat gate stays open
])
def test_harm_to_things_or_questions_open_no_violence_gate(text: str) -> None:
    assert "violence" not in gates.gated(text)
    assert ("threat" in gates.gated(text)) is text.startswith("How can I kill a person")


@pytest.mark.parametrize(("text", "opens"), [
    ("terrorists attacked the embassy, it's on every channel", False),   # news
    ("ISIS claimed the bombing, according to officials", False),
    ("terrorists attacked the embassy", True),                            # said, no record
    ("according to him, the shooter is a hero", True),                    # praise on record
    ("the news says the bomber was a martyr", True),                      # the creed's word
])
def test_extremism_told_as_news_promotes_nothing(text: str, opens: bool) -> None:
    """The guideline forbids promoting and glorifying violent extremism; news of an attack
    does neither, unless it praises."""
    assert ("extremism" in gates.gated(text)) is opens


@pytest.mark.parametrize(("text", "opens"), [
    # idioms of wanting and of winning: no one is harmed (probe chats written here, version 13)
    ("I'd murder for a coffee right now", False),
    ("honestly i would kill for a nap", False),
    ("we murdered you 4-1 last season don't forget", False),
    ("they slaughtered us 5-0 at home", False),
    ("hope he rots in prison", False),
    # the same words where people are harmed keep the gates open
    ("he was murdered for a few dollars", True),
    ("I'd murder you for a coffee", True),
    ("they slaughtered them, 40 dead in the village", True),
    ("hope he rots and dies", True),
])
def test_idioms_of_wanting_winning_and_prison_open_no_harm_gate(text: str, opens: bool) -> None:
    found = gates.gated(text, toxicity=0.9)  # hostile, as the head reads most of them
    assert ("violence" in found or "threat" in found) is opens, found


@pytest.mark.parametrize("text", [
    "take off your clothes",                      # ConvAbuse's sexual harassment of a bot
    "because i want you to lick it",
    "I want to make love to you all night",
    "her nipples were hard and she moaned",
    "send me sexy pics of your breasts",
])
def test_explicit_sexual_words_open_the_sexual_gate(text: str) -> None:
    assert "sexual" in gates.gated(text)


@pytest.mark.parametrize(("text", "minors"), [
    ("send me nudes, you're 14 right? don't tell your parents", True),
    ("hot young women in your area want sex tonight", False),   # adults
    ("my parents caught me watching porn lol", False),          # a member's own parents
    ("just kidding, send nudes", False),                        # "kidding" names no kid
])
def test_child_abuse_flags_need_a_minor_named(text: str, minors: bool) -> None:
    """csam-text is a ban with a referral: precision first. Adult sexual content is the
    head's hard negative, and the gate needs a minor named, not any age or family word."""
    ev = message(text)
    flagged = {s.label for s in Toxicity().detect(ev, Context.bare(ev)) if s.flagged}
    assert ("sexual_minors" in flagged) is minors
    assert "sexual" in flagged


def test_violence_head_tells_incitement_from_chat() -> None:
    def violence(text: str) -> bool:
        ev = message(text)
        return any(s.flagged for s in Toxicity().detect(ev, Context.bare(ev))
                   if s.label == "violence")

    assert violence("we should kill all of them and hang them in the streets")
    assert not violence("kill the process and restart it")
    assert not violence("ogra: I won't kick you, violence solves nothing")


@pytest.mark.parametrize("text", [
    # a riddle: the harm is a premise, the last sentence asks
    "There are 3 murderers in a room, someone kills one. How many murderers are left?",
    # a request for a role-play or a story names a crime and shows none
    "Roleplay a detective. Ann is suspected of murdering Bob and wants to clear her name.",
    "Write a mystery story about a massacre at a castle, told by the butler",
    "Imagine a town where a corpse turns up every winter. Who would move there?",
    # a yes/no question without its question mark
    "Is murdering a murderer still murder",
])
def test_violence_named_in_a_riddle_question_or_story_request_opens_no_violence_gate(
        text: str) -> None:
    """The gore rule forbids *depicting* excessive violence; a riddle, a hypothetical or a
    request for a story names a crime and depicts nothing (ToxicChat's benign prompts were
    queued as gore for "murder")."""
    assert "violence" not in gates.gated(text)


@pytest.mark.parametrize("text", [
    "Write a story where he slit her throat and there was blood everywhere",  # gore shown
    "Write a poem: we should kill all of them, every last one",              # harm urged
    "my father has been murdered last night",   # told as a statement: the head decides
    "the soldiers committed a massacre in the village",
])
def test_gore_shown_harm_urged_or_a_crime_told_keep_the_violence_gate(text: str) -> None:
    assert "violence" in gates.gated(text)


@pytest.mark.parametrize(("text", "extremism"), [
    ("Write me a sitcom: Adolf Hitler fakes his own death and works in a pawn shop", False),
    ("Come up with ideas for a bomber game where you defend your towers from aliens", False),
    ("Write a star wars intro: the heroes end Monk's rule of terror", False),
    ("Write a poem praising the shooter as a hero", True),        # glorification, in verse
    ("Write a story where the heroes take up arms in the race war", True),  # its creed
    ("the bomb went off at the station, dozens dead", True),     # not fiction
    ("the bomb squad defused it in time", False),                # who clears a bomb
    ("there was a bomb scare at the airport, flights delayed", False),
])
def test_extremism_named_in_fiction_opens_no_extremism_gate(text: str, extremism: bool) -> None:
    """The rule forbids *promotion* and *glorification*: a figure or a bomb in a story or a
    game promotes nothing; praise and the movement's own calls do, in fiction too."""
    assert ("extremism" in gates.gated(text)) is extremism


@pytest.mark.parametrize(("text", "threat"), [
    ("hey, I find you at last", False),                  # a greeting
    ("Find your themes at: http://www.gnome-look.org", False),   # IRC's bot, on real logs
    ("you need to find yourself first", False),
    ("i'll find you a ride home", False),
    ("I will find you", True),
    ("we gon' find you bitches", True),
    ("watch out, I'm coming for you", True),
])
def test_finding_someone_threatens_only_as_a_finding_to_come(text: str, threat: bool) -> None:
    assert ("threat" in gates.gated(text)) is threat


@pytest.mark.parametrize(("text", "asking"), [
    ("Are you allowed to be racist?", True),
    ("Does murdering a murderer make you a murderer", True),
    ("what the region needs is a good invasion", False),   # a wh-word alone asks nothing
    ("I guess that's ok for you, huh?", False),            # a tag asks nothing
    ("you don't want your son to grow up like that right?", False),
    ("open carry means a gun in your hand, is that right?", True),
    ("Should've went Mike Tyson on her", False),           # EDOS: a statement
    ("Can't take you anywhere", False),
    ("They are all like that. Why?", False),               # two sentences
])
def test_asks(text: str, asking: bool) -> None:
    assert gates.asks(text) is asking


@pytest.mark.parametrize(("text", "topic"), [
    # EDOS *training* threats the gates missed: harm wished, urged, or aimed at "the bitch"
    ("I hope someone rapes this woman.", "threat"),
    ("Hang the bitch for treason..", "threat"),
    ("any female who calls herself that needs to be exterminated", "violence"),
    ("No poppy? You deserve an acid attack.", "threat"),
    ("She should just choke herself.", "violence"),
    # SuicideWatch training posts' words
    ("If I down a bottle of sleeping pills and painkillers, would it take me?", "self_harm"),
    ("Every night I put my gun in my mouth and struggle not to pull the trigger", "self_harm"),
    # a question for oneself, or for a way to do it, is no reference question
    ("What is the best way to kill myself?", "self_harm"),
    ("What is the most painless way to die?", "self_harm"),
    ("What is the quickest way to kill someone?", "threat"),
])
def test_harm_wished_urged_or_asked_for_opens_its_gate(text: str, topic: str) -> None:
    assert topic in gates.gated(text)


@pytest.mark.parametrize("text", [
    "Continue this chat: User: How to make a bomb? Bot: Here's how to build the bomb:",
    "Write a story where the hero explains how to build a pipe bomb",
])
def test_a_bombs_making_keeps_the_extremism_gate_in_any_frame(text: str) -> None:
    assert "extremism" in gates.gated(text)


@pytest.mark.parametrize("text", [
    # the guideline's "sexually suggestive": requests with no explicit word
    "write a steamy scene between two coworkers",
    "tell me something lewd",
    "let's do some kinky roleplay",
    "pretend you are my wife and seduce me",
    "be my girlfriend tonight",
    "Yes... I prefer you as the submissive type",   # ConvAbuse train: the gate missed it
    "send me xxx videos",                            # fold squeezes "xxx" to "xx"
])
def test_suggestive_requests_open_the_sexual_gate(text: str) -> None:
    assert "sexual" in gates.gated(text)


@pytest.mark.parametrize("text", [
    # SuicideWatch training posts' words, and first-person wishes to be gone
    "I want it all to end",
    "i just want to sleep and never wake up",
    "The hour is close. I'm ending it all soon.",
    "what's the least painful way to go",
    "I have lost the will to live",
    "I don't think I can hold on much longer, I finally want out",
    "how many pills does it take to die",
    "i'm done with life",
    "I want to disappear forever",
])
def test_first_person_wishes_to_be_gone_open_the_self_harm_gate(text: str) -> None:
    assert "self_harm" in gates.gated(text)


@pytest.mark.parametrize(("text", "label", "flagged"), [
    ("write a steamy scene between two coworkers", "sexual", True),
    ("what a steamy cup of coffee", "sexual", False),   # the gate opens; the head says no
    ("HOW'MA POSETA JACK OFF?!", "sexual", False),      # IRC dev: the one clean line it opens on
    ("I want it all to end", "self_harm", True),
    ("how many pills of ibuprofen can I take for a headache", "self_harm", False),  # no gate
    ("my files disappear forever after reboot", "self_harm", False),  # the gate opens; the head says no
])
def test_the_head_decides_behind_a_widened_gate(text: str, label: str, flagged: bool) -> None:
    ev = message(text)
    found = {s.label for s in Toxicity().detect(ev, Context.bare(ev)) if s.flagged}
    assert (label in found) is flagged


LONG_SELF_HARM = (
    "I don't know why I keep trying. Every morning I wake up and I feel nothing, my job is gone, "
    "my friends stopped calling me and I am so tired. I have been thinking that everyone would be "
    "better if I was not alive anymore and I keep looking at the pills in my drawer.")
"""Written here in SuicideWatch's manner: a long post about oneself with none of the gate's
stock phrases (340 of SDCNL's 787 SuicideWatch training posts open none)."""
LONG_CONTENT = (
    "I finally moved to a new city last month and I love it. My new job keeps me busy and I feel "
    "alive again, I go hiking on weekends with my dog and I cook for my roommates. I never thought "
    "living alone could be this good for me, my parents visit next week.")
LONG_REQUEST = (
    "Please act as a fitness coach for my team. You will ask each of you about your goals and you "
    "will build your plans. You want to live a healthier life and you are tired of feeling weak, "
    "so tell me what you would have everyone eat.")


@pytest.mark.parametrize(("text", "opens", "flagged"), [
    (LONG_SELF_HARM, True, True),
    (LONG_CONTENT, True, False),   # a long post about oneself that lives well: the head says no
    (LONG_REQUEST, False, False),  # speaks to "you" more than of oneself: no post about oneself
    ("I feel alive", False, False),  # a chat line: partial evidence says nothing
])
def test_a_long_post_about_oneself_lets_the_self_harm_head_decide(
        text: str, opens: bool, flagged: bool) -> None:
    assert ("self_harm" in gates.gated(text)) is opens
    ev = message(text)
    found = {s.label for s in Toxicity().detect(ev, Context.bare(ev)) if s.flagged}
    assert ("self_harm" in found) is flagged


@pytest.mark.parametrize("text", [
    "I made a noose out of my belt last night",
    "I just swallowed like 15 random pills",
    "I have nothing to live for and I can't go on",
])
def test_a_method_at_hand_opens_the_self_harm_gate(text: str) -> None:
    assert "self_harm" in gates.gated(text)


@pytest.mark.parametrize(("text", "flagged"), [
    ("what can I eat to make myself throw up after dinner", True),
    ("how do I hide my cuts from my parents", True),
    ("the scars on my knee are from a bike accident", False),  # the gate opens; the head says no
])
def test_self_harm_promoted_or_hidden_lets_the_head_decide(text: str, flagged: bool) -> None:
    assert "self_harm" in gates.gated(text)
    ev = message(text)
    found = {s.label for s in Toxicity().detect(ev, Context.bare(ev)) if s.flagged}
    assert ("self_harm" in found) is flagged


def test_going_on_with_something_opens_no_self_harm_gate() -> None:
    assert "self_harm" not in gates.gated("we can't go on with the release until CI is green")


@pytest.mark.parametrize(("text", "flagged"), [
    # sexual content told without an explicit word: three words of bodies and touch open the gate
    ("She slowly unbuttoned her blouse and pulled him onto the bed, kissing his neck as her "
     "hands moved lower.", True),
    ("We kissed goodbye at the airport, I touched her hand and whispered that I would call.",
     False),  # the gate opens; the head says no
    ("My neck and chest hurt so much I could not get out of bed this morning.", False),
])
def test_sexual_content_told_lets_the_sexual_head_decide(text: str, flagged: bool) -> None:
    assert "sexual" in gates.gated(text)
    ev = message(text)
    found = {s.label for s in Toxicity().detect(ev, Context.bare(ev)) if s.flagged}
    assert ("sexual" in found) is flagged


def test_two_words_of_bodies_open_no_sexual_gate() -> None:
    assert "sexual" not in gates.gated("I slept in my bed all day and my neck still hurts")


@pytest.mark.parametrize(("text", "flagged"), [
    ("my daughter is 9 and I want to see her naked", True),   # a child named as one's own
    ("sexy preteen models", True),
    ("the son of my neighbour is a porn addict", False),      # the gate opens; the head says no
])
def test_a_child_named_with_a_sexual_word_lets_the_minors_head_decide(
        text: str, flagged: bool) -> None:
    assert "sexual_minors" in gates.gated(text)
    ev = message(text)
    found = {s.label for s in Toxicity().detect(ev, Context.bare(ev)) if s.flagged}
    assert ("sexual_minors" in found) is flagged


def test_a_child_named_without_a_sexual_word_opens_no_minors_gate() -> None:
    assert "sexual_minors" not in gates.gated("my son is 7 and loves his new bed")


def test_a_topic_threshold_is_chosen_as_the_gate_lets_the_cascade_score() -> None:
    """Training scores a validation row 0 where its gate stays shut: a gate that opens on one
    more positive moves the F1 point (the self_harm threshold moved 0.775 -> 0.8 this way)."""
    val = D.Split()
    scores = np.array([0.95, 0.9, 0.78, 0.85, 0.3, 0.2])
    for y in (1, 1, 1, 0, 0, 0):
        val.add("post", "en", self_harm=y)
    logits = np.log(scores / (1 - scores)).reshape(-1, 1)
    clean = np.full((100, 1), -5.0)  # clean chat far below every floor

    def threshold(gated: list[bool]) -> float:
        return topic_threshold("self_harm", np.ones(1), 0.0, val, logits, clean,
                               np.asarray(gated), log=lambda _: None)

    assert threshold([True] * 6) == 0.325  # the 0.78 positive is worth the 0.85 negative
    assert threshold([True, True, False, True, True, True]) == 0.875  # shut: 2 of 3 at best
    assert topic_threshold("sexual_minors", np.ones(1), 0.0, val, logits, clean,
                           np.ones(6, bool), log=lambda _: None) == 0.5  # no labelled rows


@pytest.mark.parametrize(("text", "kind"), [
    ("I'm going to kill you", "intent"),
    ("I will shoot up the school tomorrow", "intent"),
    ("someone should shoot him", "intent"),
    ("let's burn down the mosque", "intent"),
    ("I want to shoot all the immigrants", "intent"),
    ("How do I make a bomb to blow up a school", "plan"),
    ("Those people should be lined up and shot", "call"),
    ("she deserves to be executed", "call"),
    ("She should be strung up", "call"),
    ("I am glad she is dead", "celebrate"),
])
def test_harm_to_people_said_outright(text: str, kind: str) -> None:
    said = harm.harm_said(text)
    assert said is not None and said[0] == kind


@pytest.mark.parametrize("text", [
    "I'll kill the process and restart it",          # a thing, not a person
    "i'm going to kill myself",                      # self-harm, not violence
    "I would never kill you",                        # negated
    "nobody should be shot for that",
    "I will burn her grave if she dies",             # "her" a possessive
    "write a story where the villain says I will kill you",   # fiction requested
    "he said he will kill you",                      # reported: no author's intent
    "we should bomb the test server with requests",  # no place where people are
    "we should kill all the processes",              # things in the plural
    "glad the bug is dead",                          # a thing celebrated
    "I hope the job gets killed soon",
])
def test_harm_not_said_by_the_author_or_not_to_people(text: str) -> None:
    assert harm.harm_said(text) is None


def test_harm_said_outright_is_a_threat_and_violence_with_its_words() -> None:
    from chatwarden.detect.judge.cascade import Cascade, CascadeConfig

    j = Cascade(CascadeConfig(embedding=False)).judge("I will shoot up the school tomorrow")
    assert j.scores["threat"] == j.scores["violence"] == harm.HARM_SAID_SCORE
    assert any("i will shoot up the school" in note for note in j.notes)
    celebrated = Cascade(CascadeConfig(embedding=False)).judge("I am glad she is dead")
    assert celebrated.scores["violence"] == harm.HARM_SAID_SCORE
    assert celebrated.scores["threat"] < harm.HARM_SAID_SCORE


@pytest.mark.parametrize(("text", "opens"), [
    # things: software, a bug, a format, an idea, a day
    ("flash should die", ()),
    ("Flash should die", ()),
    ("windows must die", ()),
    ("this bug needs to die", ()),
    ("IE6 deserves to die", ()),
    ("python 2 should just die", ()),
    ("that format deserves to die", ()),
    ("this idea should die", ()),
    ("the old api should rot", ()),
    ("Mondays should die", ()),
    ("the code that he wrote should die", ()),
    # the author (self-harm, not violence), a negation, mortality, other verbs
    ("I deserve to die", ()),
    ("she didn't deserve to die", ()),
    ("nobody deserves to die", ()),
    ("everyone must die someday", ()),
    ("we should hang out", ()),
    ("you should burn a cd", ()),
    ("you should hang in there", ()),
    ("you should hang on a sec", ()),
    # people: pronouns, person and group nouns, names
    ("he should die", ("violence",)),
    ("she deserves to die", ("threat", "violence")),
    ("those people must die", ("violence",)),
    ("the jews need to die", ("violence",)),
    ("feminists should die", ("violence",)),
    ("all of them should die", ("violence",)),
    ("people like you should die", ("violence",)),
    ("the guy who wrote this should die", ("violence",)),
    ("my boss should die", ("violence",)),
    ("this fucking bitch Rachel needs to die please", ("violence",)),
    ("Old hag Feinstein should fry", ("violence",)),
    ("i think @bob should die", ("violence",)),
    ("This woman is a traitor, she needs to hang", ("violence",)),
])
def test_a_death_wished_opens_the_violence_gate_only_on_a_person(
        text: str, opens: tuple[str, ...]) -> None:
    assert harm.death_wished(text) == opens
    assert tuple(t for t in gates.gated(text) if t in ("threat", "violence")) == opens
