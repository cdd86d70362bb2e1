"""Calimero "No Harassment" said to a chatbot in the shapes ConvAbuse's train/valid turns
missed (convinsult): sex demanded of the one spoken to, its body or sex life pried into,
death ordered over and over, a chatbot called scum; each beside the look-alike that must
stay alone (self-talk, an idiom, a question, a third party). The lines are written here,
not taken from any evaluation set.
"""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import targets


@pytest.mark.parametrize(("text", "harasses"), [
    # sex demanded of the one spoken to
    ("i really want to fuck with you tonight", True),
    ("i wanna shag you", True),
    ("i want you to suck it", True),
    ("fuck me up the butt", True),
    ("i want to fuck with your config", False),          # messing with a thing
    ("i want you to suck it up and ship", False),        # an idiom
    ("fuck me, that build took forever", False),         # an exclamation
    # the reader's sexual body or sex life pried into
    ("do you have a big hairy butt", True),
    ("bet you have really saggy tits", True),
    ("do u masturbate", True),
    ("are you horny", True),
    ("have you ever had sex?", True),
    ("you have big balls to say that in public", False),  # courage, an idiom
    ("do you have a big screen", False),
    ("are you hungry", False),
    ("have you ever had covid?", False),
    # death ordered over and over
    ("die die die", True),
    ("die now and die slowly", True),
    ("did the battery die?", False),
    ("the die is cast", False),
    # the chatbot called scum, and a typo of the oldest order
    ("you filthy scumbot", True),
    ("go fuck yoiu", True),
    ("the scum on the pond is green", False),
    # kept out: orientation is no insult in itself, a question about the bot, frustration
    ("you are gay", False),
    ("are you a bot?", False),
    ("this is useless", False),
    ("you're not helping", False),
])
def test_convabuse_shapes(text: str, harasses: bool) -> None:
    """The words alone decide (the models score these plain lines low)."""
    assert targets.said_in_words(text) is harasses
