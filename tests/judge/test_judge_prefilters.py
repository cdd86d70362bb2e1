"""Shortcuts in front of the judgement's costly readings decide nothing: a verb looked for
before a clause that needs one, and the gates read once per side of the hostility line."""
from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates, targets
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
