"""Harassment said *to* the reader that the ``insult`` label still missed, as Calimero's
``harassment`` rule sees it: the ``insult`` label of the ``toxicity`` detector, flagged at its
threshold, on a message judged on its own. The moderation categories count as harassment
"content that expresses, incites or promotes harassing language towards any target"; a chat
platform's guidelines forbid harassment and bullying.

The shapes (harass4): the reader degraded by a noun phrase, not one name-word ("you worthless
piece of garbage", "you are nothing", "you're pathetic and everyone knows it"); rejected
("nobody will ever love you", "no one wants you here", "the world would be better without
you"); told to die or hurt themselves ("go die", "hang yourself", "drink bleach"); shamed for
the body ("you fat ugly cow", "look in a mirror"); and contempt ordered ("shut your stupid
mouth", "crawl back under your rock"). Several in one line too, as harassment is often typed.

The probes were written here, all at once, before any rule that reads them. The look-alikes
that must stay alone: self-talk ("I'm worthless", "nobody will ever love me"), reports and
quotes ("he told me to kill myself"), support ("you are not worthless", "don't listen to
people who say nobody loves you"), fiction and lyrics framed as such, idioms ("you killed
it", "this is killing me", "kill it"), IRC tech talk ("kill -9 the process"), and questions
about the words.

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints
the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/harass4_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

POSITIVES: Final = (
    # several shapes in one line
    "You are a worthless piece of garbage, nobody will ever love you, kill yourself",
    "nobody loves you, just go die already",
    "you're ugly, stupid and nobody will ever want you",
    "everyone hates you, do us a favour and disappear",
    "you are nothing and you will always be nothing",
    "no one will ever love you, you fat pig",
    "you're a waste of space and everybody knows it",
    # degraded by a noun phrase
    "you worthless piece of shit",
    "you are a worthless piece of garbage",
    "you're a waste of oxygen",
    "ur a waste of skin tbh",
    "you are nothing",
    "you're nothing but a joke",
    "you are nothing but trash",
    "you're pathetic and everyone knows it",
    "you are a sad excuse for a human being",
    "you're a pathetic excuse for a man",
    "you are a mistake",
    "you were a mistake",
    "your parents must be so ashamed of you",
    "your parents regret having you",
    "you're a burden to everyone around you",
    "you're the reason your dad left",
    "you disgusting little rat",
    "you miserable little worm",
    "you're such a failure at life",
    "you'll never amount to anything",
    "you will never be anything",
    "you're a nobody and you always will be",
    "you're a loser and you always will be",
    "you are so pathetic it's sad",
    "you're beneath me",
    "you're not even worth my time",
    "you are a stain on humanity",
    "you're human garbage",
    "you are a complete waste of a human",
    "what a pathetic little man you are",
    "you're garbage at everything",
    "you are such a let down to everyone",
    # rejected
    "nobody will ever love you",
    "no one will ever love you",
    "no one wants you here",
    "nobody wants you around",
    "everybody hates you",
    "we all hate you",
    "the world would be better without you",
    "the world would be a better place without you",
    "everyone would be happier if you were gone",
    "no one would miss you",
    "nobody cares about you or your opinion",
    "no one cares what you think",
    "you have no friends and it's obvious why",
    "you'll die alone",
    "you will die alone and unloved",
    "even your mom doesn't love you",
    "your own family can't stand you",
    "nobody could ever love someone like you",
    "you don't belong here",
    "no one here likes you",
    "leave, nobody wants you in this server",
    # told to die or hurt themselves
    "kill yourself",
    "go kill yourself",
    "just kys already",
    "kys loser",
    "go die",
    "go die in a fire",
    "please just die",
    "why don't you go hang yourself",
    "drink bleach",
    "go drink some bleach",
    "hang yourself",
    "jump off a bridge",
    "go jump off a cliff",
    "you should kill yourself",
    "you should just die",
    "do everyone a favor and kill yourself",
    "I hope you die",
    "hope you get cancer and die",
    "I hope you get hit by a bus",
    "slit your wrists",
    "end your pathetic life",
    "you should have been aborted",
    "go play in traffic",
    # body and appearance shamed
    "you fat ugly cow",
    "look in a mirror, you're hideous",
    "have you looked in a mirror lately? yikes",
    "you're so fat you can't see your own feet",
    "you ugly fat loser",
    "no wonder you're single, look at your face",
    "your face makes me want to throw up",
    "you look like a melted candle",
    "you're so ugly your mom cried when you were born",
    "lose some weight, fatso",
    "you disgusting fat slob",
    "you ugly troll",
    # contempt ordered
    "shut your stupid mouth",
    "shut your mouth, nobody asked you",
    "crawl back under your rock",
    "go back to your cave",
    "crawl back into whatever hole you came from",
    "get out of here, nobody wants you",
    "stop talking, you embarrass yourself",
    "sit down and shut up",
    "go cry to your mommy",
    "go cry about it, loser",
    "keep crying, nobody cares",
    "stop breathing",
    "don't ever talk to me again, you freak",
)
"""Harassment of the reader: degraded, rejected, told to die, shamed, silenced."""

NEGATIVES: Final = (
    # self-talk
    "I'm worthless",
    "I feel like a worthless piece of garbage today",
    "nobody will ever love me",
    "no one wants me here",
    "everyone hates me",
    "I am nothing",
    "sometimes I feel like a waste of space",
    "the world would be better without me",
    "I'm so fat and ugly",
    "I'll die alone at this rate lol",
    "i'm a mistake, my parents said so",
    "I should just go to bed",
    # reports and quotes
    "he told me to kill myself",
    "someone in the chat told her to kys and got banned",
    "they said nobody will ever love me",
    "my ex used to say I was worthless",
    "she called him a waste of space",
    "the troll kept telling people to go die",
    "report anyone who tells you to kill yourself",
    'he wrote "nobody loves you" on her locker',
    "bullies told me to drink bleach when I was 12",
    # support
    "you are not worthless",
    "you're not a waste of space",
    "you are not nothing, you matter",
    "don't listen to people who say nobody loves you",
    "people love you more than you know",
    "the world is better with you in it",
    "you're not alone, we're here for you",
    "please don't kill yourself, talk to me",
    "you don't deserve to be treated like that",
    "whoever told you you're ugly was lying",
    "never let anyone tell you you're a failure",
    "you are loved",
    "you are enough",
    "nobody is perfect, you're doing fine",
    "no one will ever love you the way your mom does",
    # idioms and praise
    "you killed it tonight!",
    "you're killing it",
    "kill it on stage tonight",
    "this heat is killing me",
    "you're a beast",
    "you look like a million bucks",
    "I'd die for a coffee",
    "I'm dying of laughter",
    "that joke killed me",
    "go die hard on the boss fight",
    "you slay",
    "she's drop dead gorgeous",
    "break a leg tonight",
    "knock em dead",
    "go crazy, have fun",
    "you're too much lol",
    # tech talk
    "kill -9 the process",
    "just kill the process and restart it",
    "kill it with fire, the old config",
    "the daemon will die if you send SIGTERM",
    "kill the child process, not yourself",
    "you need to kill yourself out of the session with logout",
    "let the job die and requeue it",
    "go kill that zombie process",
    "drop the table and recreate it",
    "hang the job until the lock is freed",
    "the thread hangs forever",
    "nobody wants to read a 2000 line diff",
    "no one uses that flag anymore",
    "everybody hates merge conflicts",
    # fiction, lyrics, games, framed as such
    "in the movie the villain says 'nobody will ever love you'",
    "the song goes 'you're nothing, you're nothing'",
    "in chapter 3 the bully tells him to go die",
    "my character in the story screams 'kill yourself' at the demon",
    "in minecraft just jump off a cliff to respawn",
    # questions about the words
    "what does kys mean?",
    "is saying 'go die' against the rules?",
    "why do people say 'touch grass'?",
    "how do I report someone who told me to kill myself?",
    "is 'waste of space' considered harassment here?",
    # appearance and mirrors, benign
    "look in the mirror, your shirt is inside out",
    "check the mirror, you have spinach in your teeth",
    "you look tired, get some sleep",
    "you look great in that dress",
    "have you looked in the mirror? you look amazing",
    # ordinary orders
    "shut the door please",
    "shut up and take my money",
    "go back to the main menu",
    "crawl the site with wget",
    "sit down, dinner is ready",
    "stop talking about work, it's the weekend",
    "go cry it out, you'll feel better",
    "nobody cares about the version number, just ship it",
)
"""Look-alikes that must stay alone."""


def main() -> None:
    label_probe("insult", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
