"""Misreadings left from earlier sessions of the judgement cascade, one probe set each
(leftovers): written here, all at once, before any rule that reads them.

1. ``sexting`` (``insult``): sex said to the reader in a line that wants it, sexting between
   partners ("I want you to fuck me so hard"), read as an insult; curses and sex demanded of
   a stranger stay insults ("fuck you", "go fuck yourself", "suck my dick bitch").
2. ``doomed`` (``sexual``): "we're fucked" is a curse about a situation, not sex; sex told in
   the same verb stays sexual ("we fucked all night", "he fucked her hard").
3. ``teen`` (``sexual_minors``): "teen", "teenager", "teen girl", "high schooler" in sexual
   content, porn-site spam and its "18+ teen" included, sexualize a minor (the guideline's
   "content sexualizing children" and "Teen Safety" are strict); "teen" in benign talk ("my
   teen son's homework", "teen mental health") and sex spoken of for teens' health or safety
   flag nothing.
4. ``things`` (``insult``): stupidity said of a thing ("python is stupid", "windows is
   garbage") is no bullying; of a person ("Tom is stupid", "kevin is a moron") it is.
5. ``translit`` (``insult``): a short transliterated Russian insult ("ty debil", "ty loh",
   "sam durak") said to someone; English short lines with "ty" ("thank you"), "sam" (a name)
   or "vy" stay alone ("ty man", "sam is here").
6. ``teenpast`` (``sexual_minors``), written after item 3 was measured: an adult telling of
   their own teen years ("when I was a teen I watched porn", "we had sex as teenagers")
   sexualizes no child now; a teen sexualized with a time said ("when she was a teen she sent
   me nudes") still does.

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints the
held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/leftovers_probe.py ITEM [--held] [--show]
(ITEM: sexting, doomed, teen, things, translit, teenpast)
"""

from __future__ import annotations

import sys
from typing import Final

from probe_split import label_probe

SEXTING_POSITIVES: Final = (
    "fuck you",
    "go fuck yourself",
    "fuck you, you worthless bot",
    "go fuck yourself you stupid bitch",
    "suck my dick bitch",
    "suck my cock you whore",
    "shut up and show me your tits, slut",
    "you're a dumb slut",
    "fuck off and die",
    "show me your tits or get lost",
    "get on your knees and suck it, whore",
    "you dirty little slut",
    "fuck you and your stupid answers",
    "take your clothes off bitch",
    "i'm going to fuck your mom",
    "screw you, you useless piece of junk",
    "you're nothing but a cheap whore",
    "go fuck yourself with a cactus",
    "eat shit and die",
    "you are a stupid cunt",
)
"""Insults said to the reader, sexual words among them."""

SEXTING_NEGATIVES: Final = (
    "I want you to fuck me so hard",
    "I want you to fuck me so hard tonight",
    "can't wait for you to fuck me when you get home",
    "i need you to fuck me right now",
    "i want you inside me so bad",
    "fuck me harder, don't stop",
    "i want you to fuck me all night long",
    "I want you to take me right here on the couch",
    "when you get back i want you to fuck me until i can't walk",
    "i want you to pin me down and fuck me slowly",
    "god i need you to fuck me again",
    "i love when you fuck me like that",
    "you fucked me so good last night",
    "i want you to fuck me in the shower tomorrow",
    "I want to feel you fuck me from behind",
    "i want you to fuck me till the sun comes up",
    "keep talking like that and I'll make you fuck me twice",
    "i can't stop thinking about you fucking me",
    "just thinking about you fucking me makes me wet",
    "i need you to fuck me so bad it hurts",
)
"""Sexting said to a partner: sexual, no insult."""

DOOMED_POSITIVES: Final = (
    "we fucked all night and she left in the morning",
    "they fucked on the kitchen table",
    "he fucked her hard against the wall",
    "we fucked until we both passed out",
    "i fucked him in the back of his car",
    "we fucked twice before breakfast",
    "she fucked me so good i couldn't walk",
    "he pinned her down and fucked her",
    "we were fucking when her roommate walked in",
    "they were fucking so loud the neighbours complained",
    "I fucked her from behind while she moaned",
    "last night we fucked in the shower",
    "she rode him and they fucked for hours",
    "he fucked me raw and came inside",
    "we got drunk and fucked on the beach",
    "he bent me over and fucked me",
    "then we fucked again on the floor",
)
"""Sex told with "fucked": sexual content."""

DOOMED_NEGATIVES: Final = (
    "we're fucked",
    "we are so fucked",
    "we're so fucked if the server goes down again",
    "I'm fucked, the exam is tomorrow and I haven't studied",
    "well we're totally fucked now",
    "if the boss finds out we are fucked",
    "the deadline is tomorrow, we're fucked",
    "i'm so fucked lol",
    "you're fucked if they see that commit",
    "we are absolutely fucked",
    "they're fucked without their best player",
    "this build is fucked",
    "the whole thing is fucked",
    "my back is fucked after moving house",
    "it's all fucked now, thanks",
    "the economy is fucked",
    "he's fucked if his mum checks his phone",
    "my sleep schedule is so fucked",
    "the printer is fucked again",
    "our team is fucked this season",
)
"""Curses about a situation: nothing sexual."""

TEEN_POSITIVES: Final = (
    "teen girl sucking cock",
    "hot teen gets fucked hard, watch free",
    "18+ teen porn videos, click here",
    "barely legal teen sluts xxx",
    "horny teen strips on webcam, join now",
    "looking for teen nudes, dm me",
    "send me pics of teen girls in panties",
    "that teenager has a hot body, i'd smash",
    "i want to fuck a teenager",
    "teen pussy pics free download",
    "sexy teen girls want to chat with you tonight",
    "free teen sex cams no signup",
    "she's just a teen but her tits are huge",
    "any high schoolers want to sext?",
    "i'd bang that high schooler",
    "teen boy naked pics, trade?",
    "young teen blowjob video",
    "watch this teen get creampied",
)
"""A teen sexualized: porn spam, "18+ teen" included, and desire said."""

TEEN_NEGATIVES: Final = (
    "my teen son's homework is way harder than mine was",
    "teen mental health is getting worse, the report says",
    "how do I help my teen with anxiety?",
    "the teen drama on netflix was actually good",
    "my teenager won't get off his phone",
    "teen pregnancy rates fell again this year",
    "how do I talk to my teen about sex and consent?",
    "teen titans go is on again",
    "she was a teen mom and raised three kids alone",
    "our high schoolers are doing a bake sale saturday",
    "my teenage daughter wants to dye her hair blue",
    "i remember being a teen and hating everyone",
    "teen sex education should be taught in school",
    "when i was a teenager i listened to nirvana all day",
    "smells like teen spirit is still a banger",
    "the teen driver crashed into a fence, nobody hurt",
    "report any adult who asks a teen for nude pics",
    "a teen was arrested for sharing nude photos of classmates",
    "high schooler wins the national spelling bee",
    "teen wolf season 3 is the best one",
)
"""Teens in benign talk, or in sex spoken of for safety, health or news."""

THINGS_POSITIVES: Final = (
    "Tom is stupid",
    "kevin is such a moron",
    "jake is so fucking dumb lol",
    "sarah is an idiot",
    "Mike is retarded",
    "lol brian is such a loser",
    "jessica is ugly af",
    "chris is a complete idiot",
    "dave is the dumbest person i know",
    "emma is so pathetic",
    "honestly ryan is a dumbass",
    "ashley is a stupid bitch",
    "matt is fat and ugly",
    "josh is so dumb it hurts",
    "nick is a fucking retard",
    "amy is disgusting",
    "lol tyler is stupid",
)
"""A person called stupid by a bare name: bullying."""

THINGS_NEGATIVES: Final = (
    "python is stupid",
    "javascript is so dumb sometimes",
    "windows is garbage",
    "this app is stupid",
    "java is retarded with its checked exceptions",
    "excel is stupid, it keeps turning my numbers into dates",
    "autocorrect is so stupid",
    "discord is dumb today, keeps disconnecting",
    "math is stupid",
    "homework is pointless and stupid",
    "php is ugly but it works",
    "chrome is disgusting with memory",
    "fortnite is so stupid now",
    "linux is dumb about wifi drivers",
    "ok git is stupid, how do i undo a rebase",
    "lol minecraft is stupid fun",
    "monday is stupid",
    "android is pathetic at updates",
)
"""A thing called stupid: no person harassed."""

TRANSLIT_POSITIVES: Final = (
    "ty debil",
    "ty loh",
    "sam durak",
    "ty tupoy",
    "vy debily",
    "ty chmo",
    "ty urod",
    "ty mudak",
    "ty pidor",
    "sam ty durak",
    "ty dolboeb",
    "ty idiot blyat",
    "ty debil?",
    "ty kozel",
    "vy vse debily",
    "ty gandon",
    "ty kretin",
    "ty tvar",
    "ty mraz",
)
"""A short transliterated Russian insult said to someone."""

TRANSLIT_NEGATIVES: Final = (
    "ty man",
    "ty bro",
    "ty so much",
    "ty!",
    "ty for the help",
    "ok ty",
    "ty, that fixed it",
    "sam is here",
    "sam durant",
    "sam did it",
    "vy canal",
    "ty loads",
    "ty dude",
    "ty sir",
    "ty mate",
    "ty lol",
    "thx ty",
    "sam smith",
    "ty kindly",
    "ty guys",
)
"""Short English lines with "ty" (thank you), "sam" (a name) or "vy"."""

TEENPAST_POSITIVES: Final = (
    "when she was a teen she sent me nudes every night",
    "as a teen she was so hot, i'd bang her",
    "send me pics from when you were a teen, in your panties",
    "i fucked a teen last night",
    "teen sluts want to meet you",
    "she's a teen and she loves sucking dick",
    "i love watching teens strip on cam",
    "that teen in the pool was so fucking hot",
    "he's only a teenager but i want to fuck him",
    "any teens wanna sext? im 34",
    "i'd let a teen girl ride me",
    "nothing hotter than a teen in a schoolgirl skirt",
    "post your teen nudes here",
    "my friend's teenage daughter is so sexy",
    "teen boys jerking off together, full video",
)
"""A teen sexualized where a time is said: another's past, the author's desire now."""

TEENPAST_NEGATIVES: Final = (
    "when I was a teen I watched porn every day",
    "we had sex as teenagers and got married at 25",
    "when i was a teenager i was horny all the time",
    "in my teens i had sex with my girlfriend in her dad's car",
    "as a teenager I masturbated way too much",
    "since i was a teen i've had a high sex drive",
    "i lost my virginity as a teen and regretted it",
    "back when we were teens we'd sneak out and have sex in the park",
    "when I was a teen I had a poster of a naked woman on my wall",
    "in my late teens i was addicted to porn",
    "my first blowjob was when i was a teenager",
    "i was a teen when i first had sex, and i wish i had waited",
    "when we were teenagers we made out behind the gym",
    "i discovered masturbation as a teen like everyone else",
    "in our teens we were way too obsessed with sex",
)
"""An adult telling of their own teen years: no child sexualized now."""

ITEMS: Final = {
    "sexting": ("insult", SEXTING_POSITIVES, SEXTING_NEGATIVES),
    "doomed": ("sexual", DOOMED_POSITIVES, DOOMED_NEGATIVES),
    "teen": ("sexual_minors", TEEN_POSITIVES, TEEN_NEGATIVES),
    "things": ("insult", THINGS_POSITIVES, THINGS_NEGATIVES),
    "translit": ("insult", TRANSLIT_POSITIVES, TRANSLIT_NEGATIVES),
    "teenpast": ("sexual_minors", TEENPAST_POSITIVES, TEENPAST_NEGATIVES),
}


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ITEMS:
        sys.exit(f"usage: leftovers_probe.py {{{','.join(ITEMS)}}} [--held] [--show]")
    label, positives, negatives = ITEMS[sys.argv[1]]
    label_probe(label, positives, negatives, sys.argv[2:])


if __name__ == "__main__":
    main()
