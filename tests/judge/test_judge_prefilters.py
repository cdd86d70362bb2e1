"""Shortcuts in front of the judgement's costly readings decide nothing: a verb looked for
before a clause that needs one, and the gates read once per side of the hostility line."""
from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates, reading, targets
from chatwarden.detect.normalize import fold

# every verb of the clause in each of its inflections, as written and as the normalizer
# reads doubled letters ("tel"), with the objects and "to" it allows, plus the module's and
# harass4's own examples
_VERBS = ("say", "says", "said", "saying", "tell", "tells", "told", "telling", "tel", "teling",
          "think", "thinks", "thought", "believe", "believes", "claim", "claims", "claimed")
_REPORTED = [
    *(f"people who {verb} you you're ugly are wrong" for verb in _VERBS),
    *(f"whoever {verb} to him that you are a failure lied" for verb in _VERBS),
    *(f"they {verb} them u r dumb" for verb in _VERBS),
    "whoever told you you're ugly was lying",
    "never let anyone tell you you're a failure",
    "don't listen to people who say you are worthless",
    "WHOEVER TOLD YOU YOU'RE UGLY WAS LYING",
    "Somebody once Told Me you're a clown",
]


@pytest.mark.parametrize("text", _REPORTED)
def test_the_verb_looked_for_first_is_in_every_reported_clause(text: str) -> None:
    folded = fold(text)
    assert targets._EN_REPORTED_CLAUSE.search(folded), text  # the clause is there
    assert targets._EN_REPORTING_VERB.search(folded), text   # so its verb is found first


def test_a_line_without_a_reporting_verb_skips_the_clause() -> None:
    assert targets._EN_REPORTING_VERB.search(fold("you are ugly and everyone knows it")) is None
    assert targets.insults("you are an ugly idiot")
    assert not targets.insults("whoever told you you're ugly was lying")


@pytest.mark.parametrize("order", [(0.9, 0.1), (0.1, 0.9)])
def test_the_gates_answer_each_toxicity_whichever_is_asked_first(
        order: tuple[float, float]) -> None:
    """The cascade asks twice of a line that reaches the encoder (linear, then stacked
    score); the hostile reading opens the threat gate, the calm one does not, in either
    order."""
    text = "stupid bitch, someone should drag her out by the hair"
    answers = {t: gates.gated(text, toxicity=t) for t in order}
    assert "threat" in answers[0.9]
    assert "threat" not in answers[0.1]


@pytest.mark.parametrize(("pattern", "first"), [
    (r"(?:go )?cry", "cg"),
    (r"\bfoo|(?=x)bar|(?:baz)*q", "bfq"),
    (r"(?:a|)b", "ab"),
    (r"x{0,2}[-\]^]", r"\-\]\^x"),
    (r"[а-яё]+ет", "а-яё"),
    (r"(?>ab|c)d", "ac"),
])
def test_first_chars_holds_every_character_a_match_can_start_with(pattern: str,
                                                                  first: str) -> None:
    assert reading.first_chars(pattern) == first


@pytest.mark.parametrize("pattern", [r"a?", r"[A-C]x|\d", r"(?i)abc", r"(?i:a)b", ".", r"[^a]b",
                                     r"(a)?\1", r"\w+"])
def test_first_chars_gives_up_where_the_set_is_not_plain_or_a_match_can_be_empty(
        pattern: str) -> None:
    assert reading.first_chars(pattern) is None


_UNGROUPED = (r"(?:go )?cry", r"[Ss]hoot", r"(?:x|y)z\b", r"(?:(?:un)?happy|sad) (?:day|me)",
              r"(?<!not )(?:kill|hurt)\w* (?:him|her)", r"[0-9]+ (?:kids|men)\b")
_LINES = ("go cry about it", "i'll shoot", "Shoot!", "xz yz zz", "so unhappy me", "sad day lol",
          "i will kill him", "not kill him", "would hurting her", "12 kids and 3 men", "crying",
          "gocry", "ahoot", "", "кричи", "x" * 50)


def test_ungrouped_alternatives_behind_the_lookahead_match_as_without_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    looked = reading.stems("abc", "alpha", *_UNGROUPED)
    assert "(?=[" in looked.pattern
    monkeypatch.setattr(reading, "LOOKED_AHEAD", 10 ** 6)
    plain = reading.stems("abc", "alpha", *_UNGROUPED)
    assert "(?=[" not in plain.pattern
    for line in _LINES:
        assert [m.span() for m in looked.finditer(line)] == \
            [m.span() for m in plain.finditer(line)], line
    assert [m.group() for m in looked.finditer("go cry, i'll Shoot 12 kids")] == \
        ["go cry", "Shoot", "12 kids"]


def test_one_or_two_ungrouped_alternatives_are_tried_as_they_are() -> None:
    assert reading.stems("abc", r"(?:go )?cry", r"[Ss]hoot").pattern == \
        r"\b(?:a(?:(?:bc))|(?:go )?cry|[Ss]hoot)"
