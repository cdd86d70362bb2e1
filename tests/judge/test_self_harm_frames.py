"""Self-harm's partial evidence in a long post about oneself (``gates._about_oneself``):
a death word opens the self-harm gate only where it may be the author's own. The end of a
life to come ("when i die keep a rose on my grave", a chain text's frame) and someone
else's death ("he is a dying man") are no intent, instructions or encouragement; the same
posts with the death word said of the author still open it."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates

CHAIN = ("Hurt me... Tease me... Make me cry... But in the end of my life when i {death} plz "
         "keep one rose on my grave and say I MISS U. Send this to my ten best friends, I "
         "mean it, I will know if you do not, have a nice day")
CARER = ("I couldn't say no to my uncle as {whose} and I feel sad about all of it so I will go "
         "over there and I just wanted you to know I would probably be gone late into the "
         "night, I will text when I get home")


@pytest.mark.parametrize(("text", "opens"), [
    (CHAIN.format(death="die"), False),             # a life's natural end: a chain letter
    (CHAIN.format(death="am ready to die"), True),  # the same post, ready to die now
    (CARER.format(whose="he is a dying man"), False),        # his death, not the author's
    (CARER.format(whose="his wife is dying"), False),
    (CARER.format(whose="i am dying inside"), True),         # the author's own
])
def test_only_ones_own_death_opens_the_self_harm_gate_of_a_long_post(
        text: str, opens: bool) -> None:
    assert ("self_harm" in gates.gated(text)) is opens


def test_a_stock_phrase_opens_the_gate_whatever_the_frame() -> None:
    """The frame only weighs partial evidence: "want to die" says whose on its own."""
    assert "self_harm" in gates.gated(
        "when i die nobody will care, honestly i want to die")
