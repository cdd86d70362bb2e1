"""Harassment said *to* the reader that the ``insult`` label still missed after harass4, as
Calimero's ``harassment`` rule sees it: the ``insult`` label of the ``toxicity`` detector,
flagged at its threshold, on a message judged on its own.

The shapes (harass5), grouped from the misses of ConvAbuse's train and valid splits (never
its test split) and the shapes the readers did not cover: the reader's wits mocked as a
question or a dare ("do you even have a brain", "how stupid are you", "use your brain for
once"); the reader dismissed with contempt ("go away, freak", "get out of my face", "cope
harder", "stay mad"); the reader belittled by a comparison with a child or an animal that
would do better ("even a toddler could do better than you"); and contempt for whoever made
the thing ("who's the idiot responsible for this", "what kind of idiot wrote this"), which
in a chat is the one spoken to as often as not.

Calimero's guideline (../shared/seeds) forbids harassment "such as sustained bullying"; one
jab at a friend's skill in a game with a laugh ("you're useless at chess lol") is teasing,
no harassment by that guideline, so it is a look-alike here; so are self-deprecation ("how
stupid am I", "do I even have a brain lol"), reports and quotes ("he asked me if I even
have a brain"), questions about the phrases, and the same words about things ("how stupid
are these rules", "a toddler could do better than this UI", "get out of my face, mosquito").
Sexual harassment aimed at the reader is a label of its own and is not probed here.

The probes were written here, all at once, before any rule that reads them; none is a
ConvAbuse row. Each falls in the tuning half or the held half by the CRC-32 of its text
(even: tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held``
prints the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/harass5_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

POSITIVES: Final = (
    # wits mocked as a question or a dare
    "do you even have a brain",
    "do you even have a brain cell",
    "do you even think before you type",
    "how stupid are you",
    "how dumb can one person be",
    "how dumb are you exactly",
    "how thick are you?",
    "use your brain for once",
    "try using your brain for once",
    "is there anything in that head of yours",
    "did you drop out of kindergarten or what",
    "who taught you to think, a rock?",
    "you wouldn't understand, it takes a brain",
    "are you always this slow or is today special",
    "can you not read or something",
    "read it again, slowly, maybe it'll sink in this time",
    # dismissed with contempt
    "go away freak",
    "go away, you freak",
    "get out of my face",
    "get out of my sight, loser",
    "cope harder",
    "stay mad",
    "cry harder",
    "go away, you're embarrassing yourself",
    "take a hike, creep",
    "go bother someone else, you pest",
    "run along now, little boy",
    "run along and play with your toys, kid",
    # belittled by a comparison
    "even a toddler could do better than you",
    "a child could do this better than you",
    "a monkey could do your job",
    "my grandma types faster than you and she's dead",
    "a trained chimp would be more helpful than you",
    "a brick would be more useful than you",
    # contempt for whoever made it
    "who's the idiot responsible for this",
    "what kind of idiot wrote this",
    "which moron came up with this",
    "what sort of moron would say that",
    "only an idiot would reply like that",
    "only a complete moron would think that",
)
"""Harassment of the reader: wits mocked, dismissed, belittled, its maker called an idiot."""

NEGATIVES: Final = (
    # teasing between friends (guideline: no sustained bullying)
    "you're useless at chess lol",
    "haha you're so bad at mario kart",
    # self-deprecation
    "do I even have a brain lol",
    "how stupid am I, I left my keys in the car",
    "how dumb can I be",
    "I should use my brain for once",
    "even a toddler could do better than me at this game",
    "I'm the idiot responsible for this, sorry",
    "only an idiot like me would forget the charger",
    # reports and quotes
    "he asked me if I even have a brain",
    "my teacher told me to use my brain for once",
    "she yelled 'get out of my face' and slammed the door",
    "someone replied 'cope harder' to my post",
    # questions about the phrases
    "what does 'stay mad' mean?",
    "is 'cope harder' against the rules here?",
    "why do people say 'cry harder'?",
    # things, not the reader
    "how stupid are these rules",
    "how dumb can a plot get",
    "a toddler could do better than this UI",
    "a child could do this puzzle in a minute",
    "a monkey could do this job, it's that easy",
    "who's the idiot in this movie?",
    "what kind of idiot-proof design is this",
    "which moron filter should I use for the spam",
    "only an idiot would buy a car without a test drive",
    "get out of my face, mosquito",
    # ordinary requests and kind words
    "go away for the weekend, you deserve it",
    "run along now, the bus is leaving",
    "take a hike this weekend, the trails are great",
    "stay calm and carry on",
    "cry if you need to, it's fine",
    "do you even have a minute to talk?",
    "is there anything in that box?",
    "read it again slowly, the second paragraph explains it",
    "use your brain training app every day",
    "who's responsible for this release?",
    "what kind of tool wrote this file?",
    "go bother the admin, he knows the password",
)
"""Look-alikes that must stay alone."""


def main() -> None:
    label_probe("insult", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
