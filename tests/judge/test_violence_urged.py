"""Violence urged, wished, threatened or glorified, read in the guideline's words (issue 10).

The violence label is content that promotes, glorifies or threatens violence: harm urged on a
person or a group ("kill them all", "they all deserve to be beaten"), a threat to the one
spoken to ("you gon die"), an attacker or an attack praised ("that shooter is a hero"). Each
is said here as a member would say it, next to the idioms, games, films, terminals, news and
questions where the same words harm no one, and next to self-harm encouragement ("go kill
yourself"), which is the self-harm rule's and not this one.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates, harm


def _says_no_violence(text: str) -> None:
    """Nothing, or harm that is not violence (self-harm urged is the self-harm rule's)."""
    said = harm.harm_said(text)
    assert said is None or "violence" not in harm.HARM_SAID_LABELS[said[0]], said


@pytest.mark.parametrize(("text", "kind"), [
    # an order to kill people, imperative: no subject for the intent frame to read
    ("Kill all muslims", "order"),
    ("kill them all", "order"),
    ("Deport and shoot them all.", "order"),
    ("burn them all alive", "order"),
    ("shoot every last one of them", "order"),
    ("just exterminate these immigrants", "order"),
    # a beating or a bullet called for
    ("they all deserve to be beaten", "call"),
    ("Women like her deserve a good beating", "call"),
    ("she deserves a bullet", "call"),
    ("Fucking stupidity on show, cunt needs a rope around her neck", "call"),
    # a threat to the one spoken to
    ("Bitch waited for her Christmas gifts first, you gon die", "threat"),
    ("you're going to get hurt if you come here again", "threat"),
    ("you are a dead man", "threat"),
    # violence glorified
    ("that shooter is a hero", "glorify"),
    ("the guy who beat her up is a legend", "glorify"),
    ("The Christchurch shooter did nothing wrong", "glorify"),
    ("beating women is fun", "glorify"),
])
def test_violence_urged_threatened_or_glorified_is_said(text: str, kind: str) -> None:
    said = harm.harm_said(text)
    assert said is not None and said[0] == kind


@pytest.mark.parametrize(("kind", "labels"), [
    ("order", ("threat", "violence")), ("threat", ("threat", "violence")),
    ("glorify", ("violence",)),
])
def test_an_order_threatens_and_praise_only_glorifies(kind: str, labels: tuple[str, ...]) -> None:
    assert harm.HARM_SAID_LABELS[kind] == labels


@pytest.mark.parametrize("text", [
    # idioms
    "she is killing it on stage",
    "I'll kill for a coffee",
    "my boss will kill me",
    "kill them with kindness",
    "shoot them an email",
    "You're dead to me",
    "you're gonna die laughing when you see this",
    "you're going to die alone with your cats",
    # technical talk and questions
    "How can I kill a Python process?",
    "how do I shoot a good photo",
    "kill them all, the zombie processes, then restart nginx",
    "was the shooter a hero?",
    "is beating women ever fun?",
    # games, films, news, history
    "in the game, kill them all before the timer runs out",
    "the movie ends when they burn them all alive",
    "the shooter was arrested this morning",
    "the shooter is a monster",
    "the firefighters who ran in were heroes",
    "The Nazis gassed the jews in Auschwitz",
    # negated
    "nobody deserves to be beaten",
    "that shooter is not a hero",
    "beating women is never fun",
    # self-harm encouragement is the self-harm rule's
    "go kill yourself",
    # sport
    "we'll beat them all next season",
    # a slap or a punch called for is chat's hyperbole (IRC: a team and its font)
    "also, acux team should be slapped for using a different font in that form",
    "whoever wrote this regex deserves to be punched",
])
def test_idioms_talk_and_news_say_no_violence(text: str) -> None:
    _says_no_violence(text)


@pytest.mark.parametrize(("text", "unharmed"), [
    ("Fucking stupidity on show, cunt needs a rope around her neck",
     "Fucking stupidity on show, cunt needs a clue about her job"),
    ("I'm glad that Cunt got her head smashed through a glass table",
     "I'm glad that Cunt got her ass fired from the glass factory"),
    ("stupid bitch, hit her until she shuts up", "stupid bitch, ignore her until she shuts up"),
])
def test_a_hostile_line_that_names_harm_opens_the_violence_gate(text: str, unharmed: str) -> None:
    assert "violence" in gates.gated(text, toxicity=0.95)
    assert "violence" not in gates.gated(unharmed, toxicity=0.95)


@pytest.mark.parametrize("text", [
    "LOOK AT THE FUCKIN TIME, you idiot",
    "fuck off then, you",
    "you absolute fucking idiot, what did you do",
])
def test_hostility_that_names_no_harm_opens_no_violence_gate(text: str) -> None:
    assert not {"threat", "violence"} & set(gates.gated(text, toxicity=0.95))


@pytest.mark.parametrize(("text", "kind"), [
    ("I'd love to see them all hang", "call"),
    ("can't wait to watch those traitors burn", "call"),
    ("send them to the gas chambers", "call"),
    ("they need to be wiped off the face of the earth", "call"),
])
def test_a_death_watched_or_a_camp_called_for_is_said(text: str, kind: str) -> None:
    said = harm.harm_said(text)
    assert said is not None and said[0] == kind


@pytest.mark.parametrize("text", [
    "I'd love to see them play live",
    "can't wait to see them get beaten in the final",
    "put them in the oven for 20 minutes",
    "they need to be wiped down after every use",
])
def test_a_show_a_match_or_a_recipe_calls_for_no_death(text: str) -> None:
    assert harm.harm_said(text) is None


@pytest.mark.parametrize(("text", "kind"), [
    ("all muslims should be deported or shot", "call"),
    ("I hope they all get killed", "celebrate"),
    ("We should burn all the mosques", "intent"),
    ("burn down their mosques", "order"),
    ("I would shoot every single one of them", "intent"),
    ("Death to all immigrants", "order"),
    ("the only good muslim is a dead muslim", "call"),
    ("shoot them on sight", "order"),
    ("round them up and shoot them", "call"),
    ("we need to exterminate this scum", "intent"),
    ("hang all the traitors", "order"),
    ("kill every last one", "order"),
    ("put them all against a wall", "call"),
    ("send them back in body bags", "call"),
])
def test_violence_urged_on_a_group_is_said(text: str, kind: str) -> None:
    said = harm.harm_said(text)
    assert said is not None and said[0] == kind


@pytest.mark.parametrize("text", [
    "all flights should be delayed or cancelled",
    "I hope they all get promoted",
    "We should visit all the mosques in Istanbul",
    "the only good code is deleted code",
    "shoot them a message on sight of the bug",
    "round them up and take them to the zoo",
    "put them all against the wall, the paintings look better there",
    "I would shoot every single one of them with my new camera",
    "I'd kill for a pizza right now",
    "exterminate the rats in the basement",
    "hang all the pictures in the hallway",
    "I'd beat them all at chess",
])
def test_the_same_shapes_on_things_urge_nothing(text: str) -> None:
    _says_no_violence(text)


@pytest.mark.parametrize(("text", "kind"), [
    # suffering celebrated, called deserved, watched or laughed at
    ("they deserved to burn", "celebrate"),
    ("that whore deserved to die", "celebrate"),
    ("they all deserve to suffer", "celebrate"),
    ("I laughed when he got shot", "celebrate"),
    ("I enjoy the sight of her dying", "celebrate"),
    ("I love watching them suffer", "celebrate"),
    ("I hope her and her whole family get murdered", "celebrate"),
    ("I'm glad that cunt got her head smashed through a table", "celebrate"),
    # harm wished, in a subject's "would", or as suffering
    ("I wish she'd get hit by a truck", "wish"),
    ("good, I hope he suffers and dies slowly", "wish"),
    # a blow struck with a weapon, at the head, or until they break; ordered, meant or wished done
    ("smack her with your cane", "blow"),
    ("hit her in the face until she shuts up", "blow"),
    ("I would've beat her with the pot", "blow"),
    ("should have punched that bitch in the face", "blow"),
    ("he should have smashed a chair across her head", "blow"),
    ("tie her to the tracks and set her on fire", "blow"),
    # a blow called fine, an execution ordered, a body part cut off called for
    ("raping women is cool", "glorify"),
    ("it's ok to punch a woman if she talks back", "glorify"),
    ("slapping a bitch is so satisfying", "glorify"),
    ("hang her high", "call"),
    ("Hang this fucking traitor.", "call"),
    ("they deserve to have their tongues cut out", "call"),
    # gore on a body
    ("his skull cracked open and blood poured out", "gore"),
    ("her eyes were gouged out", "gore"),
    ("I want to rip her throat out", "intent"),
])
def test_suffering_celebrated_blows_and_gore_are_said(text: str, kind: str) -> None:
    said = harm.harm_said(text)
    assert said is not None and said[0] == kind, said
    assert "violence" in harm.HARM_SAID_LABELS[kind]


@pytest.mark.parametrize("text", [
    # exasperation at a referee, a coach, whoever designed a thing: chat's hyperbole
    "that ref should be shot",
    "the ref should be shot for that call",
    "whoever designed this UI should be shot",
    "the guy who invented daylight saving time should be hanged",
    "honestly the coach should be fired and shot into space",
    "the team should be hanged out to dry by the press",
    # sport, games, kitchens, chores, things
    "they deserved to win",
    "they deserve to suffer through another season like this lol",
    "I laughed when he got hit by the pie",
    "I love watching them grow up",
    "I love watching them burn the competition",
    "it's ok to kill a zombie process",
    "slapping the bass is so satisfying",
    "beating eggs by hand is fine",
    "hit it with a hammer until it fits",
    "smack the nail with a hammer",
    "set the logs on fire",
    "I would have beaten him at chess",
    "should have hit him up earlier",
    "rip the skin off the chicken and season it",
    "hang the laundry.",
    "ok now hang the picture",
    "just gas the car",
    "guillotine the onion.",
    "he deserves to get his hair cut off",
    "I'm glad she got her nose pierced",
    "I hope she suffers the consequences",
    # media, history, news
    "in the movie his skull cracked open and blood poured out",
    "I love watching them die in the game, the zombies are so dumb",
    "Napoleon had his enemies shot",
])
def test_exasperation_sport_kitchens_and_media_say_no_violence(text: str) -> None:
    _says_no_violence(text)


@pytest.mark.parametrize(("text", "opens"), [
    ("that ref should be shot", False),                 # exasperation
    ("whoever designed this UI should be shot", False),
    ("he should have beaten them in the final", False),  # a contest won
    ("I should have shot him a text", False),
    ("all the refugees should be shot", True),           # a group keeps the call
    ("that woman should be shot", True),
])
def test_exasperation_and_contests_open_no_harm_gate(text: str, opens: bool) -> None:
    found = gates.gated(text, toxicity=0.9)
    assert ("violence" in found or "threat" in found) is opens, found
