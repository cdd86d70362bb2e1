"""Threats as chat members write them, beside the near-misses a group chat is full of, as the
``threat`` label of the ``toxicity`` detector flags them on a message judged on its own.

The guideline forbids "threats of harm towards individuals or groups, whether direct, indirect,
or implied". EDOS's threats, which the threat head learnt, are Reddit and Gab posts about women;
a chat threatens in other shapes: harm wished or called for on a third person ("someone needs
to put a bullet in that guy", "she needs to hang"), a death relished ("glad he's dead, hope it
hurt"), a blow regretted as not struck ("shame nobody broke his jaw"), harm promised after a
condition ("if he shows up tomorrow I'm breaking his legs") or lying in wait ("I'll be waiting
outside your work"). Beside them, the lines that must stay silent: idioms ("I'll kill it at the
gym", "my mom is going to kill me"), reported speech ("my ex texted me 'I'll kill you', should I
call the police?"), games and sport ("I'm going to destroy you in Mario Kart"), care, work and
jokes that a laugh marks.

The probes were written here, all at once, before any rule that reads them. Each falls in the
tuning half or the held half by the CRC-32 of its text (:mod:`probe_split`); rules are chosen on
the tuning half's misses only (``--show``), ``--held`` prints the held half's figures, measured,
never read.

Usage: PYTHONPATH=src python scripts/threat3_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

POSITIVES: Final = (
    # harm called for on a third person
    "someone needs to put a bullet in that guy",
    "somebody should just shoot him and be done with it",
    "someone should run that bitch over with a truck",
    "she's a traitor, she needs to hang",
    "that rat should hang for what he did",
    "he should fry for this",
    "somebody needs to break his legs so he can't come back",
    "someone should beat the shit out of him after school",
    "aim for the head so he doesn't get back up",
    "someone should drown that kid in the lake",
    # a death or a beating relished, or regretted as not done
    "glad he's dead, hope it hurt",
    "I'm so glad that bitch is dead",
    "good, I hope she bleeds out slowly",
    "shame nobody broke his jaw when they had the chance",
    "they should've beaten him to a pulp",
    "should have stabbed her when I had the chance",
    "too bad he survived, next time I'll finish the job",
    # harm promised after a condition, or by the author
    "if he shows up tomorrow I'm breaking his legs",
    "if she comes near my kids again I'll put her in the ground",
    "next time I see him I'm knocking his teeth out",
    "I swear if you post that pic I'll smash your face in",
    "the moment he walks out of that bar I'm gonna stab him",
    "when I catch you you're gonna wish you were dead",
    "I'm gonna beat his ass till he can't walk",
    "wait till I get my hands on you, you little shit",
    "I'll burn your house down with you in it",
    "I'll be waiting outside your work tomorrow, see how brave you are then",
    "I have a gun and I know what bus you take",
    "bring your friends, I'll put all of you in the hospital",
    "me and the boys are gonna jump him after practice",
    "we're gonna find out where she lives and pay her a visit",
    "keep talking and I'll cut your tongue out",
    # harm promised to a group
    "we will hunt every last one of you down",
    "all you traitors will hang when this is over",
    "they'll all be lined up against a wall soon enough",
    # in chat's spelling
    "ima beat ur ass when i see u",
    "u better not show up monday or ur getting jumped",
    "swear to god ill fkn kill u",
    "imma smoke that n word fr",
    "gonna pop a cap in his ass",
)
"""Threats a moderator must see: direct, conditional, implied, called for on a third person."""

NEGATIVES: Final = (
    # idioms of winning, wanting and exasperation
    "I'll kill it at the gym tomorrow",
    "she absolutely killed it on stage last night",
    "my mom is going to kill me when she sees this grade",
    "my boss is gonna murder me, I missed the deadline again",
    "I'm gonna murder this pizza",
    "this song kills me every time",
    "these shoes are killing me",
    "I could strangle my printer right now",
    "I'd kill for a coffee right now",
    "you're killing me with these puns",
    "I'm dead 😂😂",
    "that joke killed me lmao",
    "we're gonna smash this exam",
    "she's going to knock 'em dead at the interview",
    "break a leg tonight!",
    "I'll hit you up later",
    "shoot me a text when you land",
    "the heat is murdering me today",
    # reported and quoted threats, asked about or condemned
    "my ex texted me 'I'll kill you', should I call the police?",
    "he told me he'd break my legs, I'm scared and I don't know what to do",
    "someone threatened to shoot up my school, we're on lockdown",
    "the guy in the movie says 'I'll find you and I will kill you' and it's iconic",
    "reported the guy who said he'd stab me, mods please ban him",
    "saying you'll burn someone's house down is never a joke",
    "the news said the suspect threatened to kill his neighbour",
    # games and sport
    "I'm going to destroy you in Mario Kart tonight",
    "get ready to die in the next round noob",
    "I killed the boss in one hit lol",
    "we slaughtered them 5-0 yesterday",
    "headshot, he never saw it coming",
    "I'll crush you at chess",
    "our defence got murdered in the second half",
    "knock him out in the third round and the belt is yours",
    "shoot the zombie in the head, it's the only way",
    # care, work, news and history
    "aim for the head when you throw the frisbee, they always catch it there",
    "I'll be waiting outside your work tomorrow at 5, then we grab dinner",
    "if he shows up tomorrow I'm buying him a beer",
    "next time I see him I'm giving him his charger back",
    "kill the process and restart the server",
    "we need to hang the pictures before the party",
    "the chicken needs to fry for 10 more minutes",
    "she's so glad the exam is over",
    "glad he's okay after the crash",
    "the suspect was shot dead by police on tuesday",
    "Caesar was stabbed 23 times in the senate",
    "my grandpa died last year, I still miss him",
    # jokes a laugh marks
    "touch my fries again and I'll end you lol",
    "if you spoil the finale I'm gonna kill you haha",
    "send me that meme or I'll fight you 😂",
    "I will literally fight you over pineapple on pizza lmao",
)
"""Look-alikes that must stay silent: idioms, reported speech, games, care and jokes."""


if __name__ == "__main__":
    label_probe("threat", POSITIVES, NEGATIVES)
