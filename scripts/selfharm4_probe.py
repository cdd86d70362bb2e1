"""Suicidal ideation said plainly or indirectly in chat, English and Russian, against the
look-alikes a community chat is full of, as the ``self_harm`` label of the ``toxicity``
detector flags it on a message judged on its own.

A probe of everyday English community chat through policies/calimero.en.yaml (whose
``self-harm`` rule queues this label for a moderator) found that "I've been thinking about
ending it all", "everyone would be better off if I was dead", "nobody would even notice if I
was gone" and "I don't want to be here anymore" got nothing; only "I just want to disappear
forever" was queued. The earlier readers (``selfharm.intent_said``) need a plan, a time, a
note or a method; ideation said without one — ending it all thought of, a world better off
without the author, no reason to live, not wanting to be alive — is the intent a moderator
must see first, and the held-out moderation set counts it as self-harm.

The positives are such lines, chat-style, and their Russian ones («не хочу больше жить»,
«всем будет лучше без меня», «устал жить»). The negatives are what must stay clean:
hyperbole over a passing cause, "ending it all" said of a relationship, a game or a job,
"I'm dead 💀", lyrics quoted, a film talked about, depression with no intent (as SDCNL's
depression posts are), moods ("I'm so done with this week") and someone else's words.

The probes were written here, all at once, before any rule that reads them. Each falls in
the tuning half or the held half by the CRC-32 of its text (:mod:`probe_split`); rules are
chosen on the tuning half's misses only (``--show``), ``--held`` prints the held half's
figures, measured, never read.

Usage: PYTHONPATH=src python scripts/selfharm4_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

POSITIVES: Final = (
    # the everyday-chat probe's misses (session 23)
    "I've been thinking about ending it all",
    "everyone would be better off if I was dead",
    "honestly sometimes I think everyone would be better off without me",
    "nobody would even notice if I was gone",
    "I don't want to be here anymore",
    "I just want to disappear forever",
    # ending it, thought of or wanted
    "been thinking about ending it a lot lately tbh",
    "I keep thinking about ending my life",
    "some nights I seriously think about killing myself",
    "i think about suicide every single day now",
    "I want to end it all, I'm so tired",
    "part of me just wants to end it",
    "I've been having thoughts of suicide again",
    "the thought of ending it is the only thing that calms me down",
    # better off without me, not missed
    "my family would be better off without me",
    "the world would be a better place without me in it",
    "everyone's life would be easier if I wasn't around",
    "they'd all be happier if I just wasn't here",
    "no one would miss me if I died",
    "nobody would care if I killed myself",
    "I'm just a burden to everyone, they'd be better off if I was gone",
    # not being alive, not being around
    "I don't want to be alive anymore",
    "i dont wanna exist anymore",
    "I wish I could just go to sleep and never wake up",
    "I wish I was never born, I don't want to live like this",
    "I'm not going to be around much longer",
    "sometimes I wish I could just stop existing",
    "I wish I was dead",
    "i want to die. not joking. everything is too much",
    # no reason to live
    "I have no reason to live anymore",
    "there's nothing left to live for",
    "what's even the point of living anymore, I'm done",
    "life isn't worth living anymore",
    "I can't see any reason to keep going",
    "I don't see the point in staying alive",
    # can't do this anymore, with life behind it
    "I can't do this anymore, I'm so tired of living",
    "I can't keep living like this, I want it to be over",
    "I'm done with life. I can't do this anymore",
    "I'm tired of being alive",
    "i'm so tired of existing, i just want it all to stop for good",
    # goodbye notes
    "sorry everyone, this is goodbye. thank you for being my friends",
    "if I'm not here tomorrow, please know it wasn't anyone's fault",
    "just wanted to say I love you all. goodbye",
    "I'm sorry for everything. I won't be a problem for anyone much longer",
    "please take care of my cat when I'm gone",
    # Russian
    "не хочу больше жить",
    "всем будет лучше без меня",
    "устал жить",
    "я устала жить, больше не могу",
    "думаю покончить с собой",
    "хочу умереть, правда, без шуток",
    "никто даже не заметит, если меня не станет",
    "не вижу смысла жить дальше",
    "мне незачем больше жить",
    "иногда думаю, что лучше бы меня вообще не было",
    "хочу просто уснуть и не проснуться",
    "всё, я больше так не могу, не хочу жить",
    "простите меня все. прощайте",
    "я всем только мешаю, без меня будет легче",
)

NEGATIVES: Final = (
    # hyperbole over a passing cause
    "I want to die, this exam is impossible",
    "this meeting is killing me, I want to end it all lol",
    "if I have to hear that song one more time I'm ending it all lmao",
    "i'm gonna die if this queue doesn't move",
    "ugh I want to disappear, I just said 'love you' to my boss on the phone",
    "I could just die of embarrassment",
    "I'd rather die than go to that party",
    "kill me now, another 2 hour call",
    # "ending it" of a relationship, a game, a job, a chat
    "thinking about ending it with my boyfriend, we fight all the time",
    "I'm ending it with her tonight, it's not working",
    "should I end it all and just restart the whole campaign?",
    "I'm thinking about ending my subscription, it's too expensive",
    "ending it all in one final boss fight, wish me luck",
    "been thinking about ending my lease early and moving",
    "I'm done with this job, I'm handing in my notice tomorrow",
    "my team would be better off without me on this project, I keep breaking the build",
    "the group chat would be better off without me spamming memes",
    "honestly the company would be better off without that manager",
    # "I'm dead", laughter
    "I'm dead 💀",
    "LMAOOO im deceased",
    "this meme killed me 😂",
    "i literally died laughing",
    "ok I'm dead, that's the funniest thing I've seen all week",
    # lyrics, films, books, games
    "\"I don't want to be alive anymore\" is such a heavy line in that song",
    "that song goes 'nobody would notice if I was gone' and it hits so hard",
    "just watched the movie where he writes a goodbye note to his wife, I cried",
    "in the book the main character thinks everyone would be better off without him",
    "the episode about the suicide hotline volunteer was really well done",
    "my character in the game sacrificed himself to save the others",
    # someone else, help, support
    "my friend told me she doesn't want to live anymore, how do I help her?",
    "if you ever feel like nobody would notice you're gone, please talk to someone",
    "I used to think everyone would be better off without me, but therapy really helped",
    "a year ago I wanted to die. today I'm doing so much better",
    # depression without intent
    "I've been feeling really down lately and I don't know why",
    "I feel so empty all the time, nothing makes me happy anymore",
    "I haven't left my bed in three days, depression is awful",
    "I'm not suicidal, just really really sad",
    "I feel like nobody understands me",
    "everything feels grey lately, I can't concentrate on anything",
    "my depression is really bad this week but I'm seeing my therapist on friday",
    "I'm so lonely, I wish I had more friends",
    "i cry every night and i don't even know why",
    # moods
    "I'm so done with this week",
    "I can't do this anymore, this printer jammed for the fifth time",
    "I can't do this anymore lol, three exams in one day",
    "I'm tired of everything today, going to bed early",
    "I need to disappear for a weekend, no phone, no laptop",
    "I want to disappear into a cabin in the woods for a month",
    "going offline for a while, goodbye everyone, see you in september!",
    "goodbye all, this is my last day at the company, it's been a pleasure",
    # Russian look-alikes
    "я умру, если не сдам этот экзамен",
    "устал от этой недели, хочу в отпуск",
    "убейте меня, опять пары до вечера 😂",
    "я в шоке, я умерла от смеха",
    "без меня вам будет скучно, но я в отпуск на две недели",
    "не хочу больше жить в этом общежитии, ищу квартиру",
    "всем пока, я ушла спать",
    "у меня депрессия, но я лечусь и мне уже лучше",
    "подруга пишет, что не хочет жить, что мне делать?",
    "я больше не могу с этим ноутбуком, он опять завис",
)


if __name__ == "__main__":
    label_probe("self_harm", POSITIVES, NEGATIVES)
