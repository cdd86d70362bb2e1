"""Harassment that the ``insult`` label still missed after harass5, as Calimero's
``harassment`` rule sees it: the ``insult`` label of the ``toxicity`` detector, flagged at its
threshold, on a message judged on its own.

The shapes (harass6), from a moderator's report of English lines missed with no insult word
in them, and the held-out moderation set's harassment ("content that expresses, incites or
promotes harassing language towards any target", intimidation, exclusion and humiliation
included): intimidation that names no bodily harm ("I'm going to make your life hell at school
tomorrow"); the reader told that everyone despises or laughs at him ("everyone at work thinks
you're a joke", "the whole class laughs at you"); the reader told to quit, leave or disappear
("just quit already", "do everyone a favor and leave"); and a third person in the chat mocked
as a clown or a joke ("look at this clown trying to act smart lmao").

The look-alikes: banter and trash talk about a game ("we're going to crush you in the finals
tomorrow"), self-deprecation ("everyone at work thinks I'm a joke lol"), a thing that makes
life hell ("this bug is making my life hell"), quotes and reports ("she told me nobody wants
me here"), advice ("you should quit that job if they treat you badly"), kind words
("everyone thinks you're amazing") and the same words about things ("look at this clown
costume", "this meme is a joke").

The probes were written here, all at once, before any rule that reads them; none is a row of
any data set. Each falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints the
held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/harass6_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

POSITIVES: Final = (
    # intimidation that names no bodily harm
    "I'm going to make your life hell at school tomorrow, just wait",
    "i will make your life a living hell",
    "I'm gonna ruin your life, mark my words",
    "you're going to regret ever joining this server",
    "just wait till monday, everyone's going to know what you did",
    "I know where you live and I'm telling everyone",
    "I'll make sure nobody ever talks to you again",
    "we're going to make you cry at school tomorrow",
    "enjoy your last week here, I'll make it miserable for you",
    "watch your back at school tomorrow",
    # everyone despises or laughs at the reader
    "Everyone at work thinks you're a joke, just quit already.",
    "everyone is laughing at you behind your back",
    "the whole class laughs at you when you leave the room",
    "literally everyone here hates you",
    "nobody in this server can stand you",
    "we all think you're pathetic",
    "everybody talks about how weird you are",
    "your own friends make fun of you when you're not around",
    "no one wants you here",
    "the whole team is sick of you",
    # told to quit, leave or disappear
    "just quit already, nobody wants you on the team",
    "do everyone a favor and leave",
    "why don't you just disappear",
    "just disappear already, no one would notice",
    "leave the server and never come back",
    "do us all a favour and delete your account",
    "nobody would miss you if you left",
    "pack your bags, you're not welcome here",
    "you don't belong here, just leave",
    "quit the team, you're dragging everyone down",
    # a third person in the chat mocked as a clown or a joke
    "look at this clown trying to act smart lmao",
    "lol look at this joke of a person",
    "this guy is such a joke lmao",
    "check out this clown thinking he's an expert",
    "imagine being this guy lmao",
    "can someone tell this clown to stop typing",
    "this dude really thinks he's smart lol",
    "who let this clown in the chat",
    "look at him trying so hard, what a joke",
    "lmao this kid thinks anyone cares what he says",
)
"""Harassment with no insult word: intimidation, everyone against the reader, sent away, a
third person mocked."""

NEGATIVES: Final = (
    # banter and trash talk about a game
    "lol you're such a clown, love you man",
    "you're gonna get destroyed in fortnite tonight lol",
    "we're going to crush you in the finals tomorrow",
    "get ready to lose, we're coming for the trophy",
    "my team is going to wreck yours on saturday",
    # self-deprecation
    "everyone at work thinks I'm a joke lol",
    "I'm such a clown for believing that",
    "honestly everyone laughs at me and I laugh too",
    "I should just quit already, this job is killing me",
    # a thing makes life hell
    "this bug is making my life hell",
    "my landlord is making my life hell",
    "exams are going to make my life hell next week",
    "the new manager made our lives hell",
    # quotes and reports
    "he said 'I'm going to make your life hell' and I reported him",
    "someone told me everyone thinks I'm a joke, should I tell a teacher?",
    "my bully said 'just quit already', what should I do",
    "she told me nobody wants me here and I cried",
    # advice
    "if someone says they'll make your life hell, report it to the mods",
    "you should quit that job if they treat you badly",
    "just quit already, that game isn't worth your time",
    "you can leave the server anytime from the settings menu",
    "delete your account if you want your data removed",
    # kind words
    "everyone thinks you're amazing",
    "everyone at work thinks you're a star, don't quit",
    "we all think you're doing great",
    "everyone is laughing at your joke, it was so funny",
    "the whole class loved your presentation",
    "don't disappear on us, we miss you",
    "everyone is talking about your new song!",
    "I'll make sure nobody forgets your birthday",
    # the same words about things
    "look at this clown costume I bought lmao",
    "this meme is a joke lmao",
    "the bus schedule is a joke",
    "look at this cat trying to act smart lmao",
    "imagine being this lucky lmao",
    "check out this clown fish in my tank",
    "nobody can stand the heat in here",
    "watch your back, the floor is wet",
    "you're going to regret not buying bitcoin",
    "just wait till you see the ending, you'll love it",
)
"""Look-alikes that must stay alone."""


def main() -> None:
    label_probe("insult", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
