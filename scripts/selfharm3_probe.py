"""Self-harm intent said indirectly, a method or a plan told, and the depression and idioms
that must stay clean, as the ``self_harm`` label of the ``toxicity`` detector flags it on a
message judged on its own. The moderation categories count self-harm as intent, instructions
and encouragement; SDCNL's test file (suicidal posts against depression posts) misses intent
said without the stock words ("I won't be here next year", "I've written my letters",
"giving away my things") and flags depression that says no intent.

The probes were written here, all at once, before any rule that reads them: positives
(intent said indirectly, a method or a date told, farewells with things given away, a
present plan) and look-alikes (depression without intent: "I feel empty", "I sleep all
day"; idioms: "I'm dying to see it", "kill me now lol this meeting"; games; recovery and a
past attempt told as over; moving house, selling things, a goodbye at a job's end).

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints
the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/selfharm3_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

POSITIVES: Final = (
    # intent said indirectly
    "I won't be here next year, so don't bother planning my birthday",
    "by this time next week I won't be around anymore",
    "I've written my letters to everyone, they're in the drawer",
    "I wrote letters to my mom and my sister explaining why I had to go",
    "I've been giving away my things, my guitar went to my cousin yesterday",
    "gave away my cat to a neighbour because I won't need to look after her anymore",
    "I've made my peace with it. tonight I'm going to finally be free",
    "everyone will be better off when I'm gone, and that will be soon",
    "this is my last message to any of you, thank you for everything",
    "I just wanted to say goodbye before I go for good",
    "I don't plan on being alive by the end of the month",
    "I've decided I'm not going to be alive for christmas",
    "I have set a date. the 14th. after that nobody has to deal with me",
    "I deleted all my accounts and wrote a will, it's almost time",
    # a method or plan told
    "I've been saving up my pills for weeks and I finally have enough",
    "I have a bottle of sleeping pills and tonight I'm taking all of them",
    "I've been looking at the bridge near my house and I know exactly how high it is",
    "I tied the rope to the beam in the garage, just waiting until everyone is asleep",
    "I already know how I'm going to do it and when",
    "the plan is to drive out to the lake on friday and never come back",
    "I keep my dad's gun under my bed now, I'm ready to use it on myself",
    "I'm going to end my life this weekend, I've made up my mind",
    "I want to kill myself and I have the pills right here",
    "I'm going to overdose tonight, I have everything ready",
    "nobody will notice when I'm dead, I'm doing it tomorrow",
    "i dont want to be alive anymore and im going to make sure of it tonight",
    # encouragement and instructions
    "you should just end it, nobody wants you around",
    "what's the quickest way to end my life without pain",
)

NEGATIVES: Final = (
    # depression without intent
    "I feel empty all the time and nothing makes me happy anymore",
    "I sleep all day and still feel exhausted, I can't get out of bed",
    "I've been so depressed lately, I cry every night but I'm trying therapy",
    "I don't enjoy anything anymore, not even games I used to love",
    "I hate myself and I feel like a failure at everything",
    "everything feels pointless and grey, I barely eat",
    "my depression is getting worse and my meds don't seem to help",
    "I feel so alone, nobody ever texts me first",
    "some days I can't even shower, I just lie there staring at the wall",
    "I'm tired of feeling like this, I just want to feel normal again",
    # idioms
    "I'm dying to see it, when does it come out?",
    "kill me now lol this meeting is never going to end",
    "this homework is killing me",
    "I'd rather die than listen to that song again haha",
    "my feet are killing me after that hike",
    "I nearly died laughing at that video",
    # games
    "I keep dying on the last boss, any tips?",
    "my character jumped off the cliff and respawned at the checkpoint",
    # recovery and a past attempt told as over
    "five years ago I tried to kill myself, today I'm graduating and so glad I'm alive",
    "I used to think about ending it all the time, therapy really helped me",
    "it's been a year since my attempt and I'm in a much better place now",
    "I was suicidal in high school but I'm doing okay these days",
    # moving, selling, goodbyes that are not farewells
    "I won't be here next week, I'm on vacation in Spain",
    "I'm giving away my old clothes to charity before the move",
    "I wrote letters to my pen pals in Japan today",
    "this is my last message before I log off for the night, goodbye all",
    "today is my last day at the company, it's been great working with you",
    "I sold my guitar because I needed the money for rent",
    "I have a bottle of sleeping pills my doctor gave me for insomnia",
    "the plan is to drive out to the lake on friday and go fishing",
)


def main() -> None:
    label_probe("self_harm", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
