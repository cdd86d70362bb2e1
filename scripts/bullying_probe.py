"""Harassment said *of* someone (bullying in the third person), as Calimero's ``harassment``
rule sees it: the ``insult`` label of the ``toxicity`` detector, flagged at its threshold,
on a message judged on its own. The moderation categories count harassment against any
person, not only the reader: "she's such a fat ugly cow lol", "nobody likes him".

The probes were written here, all at once, before any rule that reads them. The look-alikes
that must stay alone: a name said of oneself ("I'm such an idiot"), of a thing or a
situation ("this game is stupid"), reported or quoted ("he called me an idiot"), negated,
praise ("he's a killer player", "she's a beast at chess"), news and fiction, slang
intensifiers ("they are stupid expensive"), a pet. Criticism of someone's *work* ("his code
is garbage") is counted a look-alike: it judges what was made, not the person, and a
moderator queue full of code review would drown the bullying.

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints
the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/bullying_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

POSITIVES: Final = (
    "well he is an idiot",
    "she's such a fat ugly cow lol",
    "look at that loser Tom, nobody likes him",
    "everyone laugh at Kevin, he's a retard",
    "he's so stupid it hurts",
    "she is a worthless piece of trash",
    "Mike is a complete moron",
    "Jenny is such a slut",
    "that guy is pathetic",
    "they are all losers in that class",
    "his sister is a dumb bitch",
    "lol sarah is so ugly",
    "he's a fat pig",
    "omg she's disgusting",
    "dave is the dumbest person I have ever met",
    "Kyle's a creep, stay away from him",
    "that kid is a freak",
    "he is useless at everything and everyone knows it",
    "what a loser he is",
    "what an idiot that guy is",
    "nobody likes him",
    "no one likes her, she should just leave",
    "everybody hates Jake",
    "everyone hates her lol",
    "he's dumber than a rock",
    "she has the brain of a goldfish",
    "he looks like a pig",
    "she sounds like a toddler",
    "my dog is smarter than him",
    "he has no friends because he's a weirdo",
    "Ashley is a whore and everyone knows it",
    "that new girl is so annoying",
    "Brian is retarded lmao",
    "Lisa is a stupid cow",
    "those two are idiots",
    "his mom is a fat slag",
    "the new guy is a total dork",
    "he's a waste of space",
    "she's a waste of oxygen",
    "Tom is such a loser",
    "lets all ignore emily, she's a freak",
    "ugh, Chris is so gross",
    "haha look at him, what a freak",
    "that fat kid is disgusting",
    "Jason is an absolute clown",
    "he's got the IQ of a potato",
    "she's got no brain",
    "he knows nothing, he's an idiot",
    "Matt is a pussy",
    "he is a pathetic little worm",
    "she is dumb as a rock",
    "they're a bunch of morons",
    "Steve is such a dick",
    "shes such a skank",
    "hes an ugly loser",
    "Rachel is fat and ugly",
    "everyone in class thinks Amy is a weirdo",
    "Mark is the ugliest guy in school",
    "that girl is a joke",
    "he is a joke lol",
    "our neighbour is a nosy old cow",
    "don't talk to Nina, she's a psycho",
    "Jake is so fat he can't fit through the door",
    "he can't even read lol",
    "she can't even spell her own name, what an idiot",
    "lol he thinks he's cool but he's a loser",
    "the guy at the front desk is a moron",
    "his girlfriend is a dumb bimbo",
    "Billy smells like a pig",
    "she is an embarrassment",
    "he's brain dead",
    "Dan is a waste of skin",
    "laugh at him, he's such a crybaby",
    "LOL Jess is such a cow",
    "he is such a fucking idiot",
    "that idiot Kevin broke it again",
    "Tim is stupid and ugly",
    "they are such pathetic losers",
    "he is so dumb lmao",
    "she's a fat whale",
    "omg Megan is such a bitch",
    "her face is so ugly",
    "he's a coward and a liar",
    "those girls are sluts",
    "that dude is a total creep",
    "nobody wants to sit with him, he stinks",
    "Olivia is an annoying little brat",
    "he's a useless lump",
    "she's so stupid lol",
    "everyone ignore Sam, he's a loser",
)
"""Harassment of someone other than the reader: what he is, likened to, rejected, mocked."""

NEGATIVES: Final = (
    # criticism of work, not of the person
    "his code is garbage",
    "her essay is pretty weak honestly",
    "the plan he came up with is stupid",
    "that idea is idiotic",
    "this update is garbage",
    # things and situations
    "this game is stupid",
    "this movie is stupid",
    "the UI is ugly",
    "my phone is useless",
    "the weather is disgusting today",
    "everyone hates traffic",
    "nobody likes mondays",
    # reported speech
    "he called me an idiot",
    "she said I was fat and ugly",
    "they told him he was a loser",
    "my boss called me useless in front of everyone",
    "he said nobody likes me",
    "I was bullied for being fat",
    "kids at school called her a freak, it broke her",
    "In the story, Cinderella's stepsisters call her ugly",
    # self-deprecation and jokes about oneself
    "I'm such an idiot",
    "I am so stupid, forgot my keys again",
    "i'm a loser lol",
    "I feel ugly today",
    "I'm the dumbest person alive sometimes",
    "lol I'm such a dork",
    "I look like a potato in this photo",
    "we are such idiots, we locked ourselves out",
    "we're losers for staying in on a friday lol",
    "i'm fat lol need to hit the gym",
    "my cooking is so bad even my dog won't eat it",
    "I'm too dumb for calculus lol",
    # praise and slang
    "he is a genius",
    "she's such a sweetheart",
    "Tom is a great guy",
    "he's a killer player",
    "she's a beast at chess",
    "he is sick at guitar",
    "that guy is a legend",
    "she's so smart",
    "everyone loves her",
    "everybody likes him",
    "that kid is a savage on the field lol",
    "he's an absolute unit",
    "what a legend he is",
    "what a player he is",
    "he's stupid good at this game",
    "they are stupid expensive",
    "these shoes are stupid comfy",
    "the new intern is brilliant",
    "my grandpa is 90 and still sharp",
    "sounds like he is a great teacher",
    # negated, believed, felt
    "he is not an idiot, he just made a mistake",
    "she isn't stupid",
    "he isn't a loser, he just had bad luck",
    "they aren't idiots, they are just new",
    "she's not ugly at all",
    "she thinks she's ugly but she's beautiful",
    "he thinks he's stupid but he's not",
    "he feels like a failure since he lost his job",
    "nobody likes him more than I do",
    "no one likes her cooking more than me",
    "nobody likes being called a loser",
    "everyone hates being sick",
    # news, facts, fiction, quotes
    "The suspect is a 34-year-old man from Ohio",
    "He is a member of parliament since 2010",
    "She is a nurse at the local hospital",
    "Kevin is a retired firefighter",
    "he is a pig farmer",
    "he's a snake charmer in the circus",
    "he was a loser in the 2020 election",
    "in the book, the villain is a coward",
    "Dostoevsky's The Idiot is a great novel",
    "Homer Simpson is an idiot, that's the joke",
    "the Joker is a psycho in that film",
    "'You're a loser' is the worst thing a coach can say",
    'she wrote "everyone hates me" in her diary',
    "she was called a witch in the 1600s and burned",
    "Dick is coming to dinner tonight",
    "the senator is a Republican",
    "he is a big fan of the team",
    "Steve Jobs was a genius",
    # pets and animals
    "my cat is so stupid, she fell off the couch",
    "my dog is an idiot, he ate a sock",
    "the pig is fat and happy on the farm",
    # slang praise that uses a slur's word
    "she's a bad bitch",
)
"""Look-alikes that must stay alone."""


def main() -> None:
    label_probe("insult", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
