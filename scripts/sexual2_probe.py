"""Adult sexual activity told in narrative or said outright in ordinary words, as the
``sexual`` label of the ``toxicity`` detector sees it: "content meant to arouse sexual
excitement, such as the description of sexual activity, or that promotes sexual services,
excluding sex education and wellness".

The probes were written here, all at once, before any rule that reads them: acts told in the
third or the first person ("they fucked until dawn", "she rode him hard", "he bent her over
the desk"), erotica asked for, in short lines and at the start or the end of long plain prose.
The look-alikes that must stay alone: "fuck" as swearing or insult, sport and work ("rode
the bike hard", "spread her arms", "pounded the table"), medicine and sex education, news of
sexual crimes, romance without sex, song lyrics and titles quoted, IRC tech talk ("git rebase
fucked my branch", "mount the drive", "the daemon forked a child"). "Made love" is counted
a positive: it names intercourse itself, and the gate already reads it as sexual.

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints
the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/sexual2_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

_PROSE_A: Final = (
    "The train was forty minutes late again, so I spent the wait reading the timetable and "
    "counting the pigeons on the roof of the station. When it finally came, the carriage was "
    "full of commuters holding coffee and newspapers, and a man near the door was arguing on "
    "the phone about a shipment of printer paper that had gone to the wrong warehouse. "
    "Outside, the fields were grey and flat, broken only by a row of wind turbines turning "
    "slowly in the drizzle. I thought about the meeting I had at ten, the slides I had not "
    "finished, and whether the canteen would still have the lentil soup by the time I got "
    "there. At the second stop a group of students got on with their bikes and took up half "
    "the aisle, laughing about an exam they had all apparently failed. The conductor squeezed "
    "past them to check tickets, sighing every time someone had to dig through a bag. By the "
    "time we reached the city the rain had stopped, and the sun came out just long enough to "
    "make the wet pavements shine before the clouds closed in again."
)
_PROSE_B: Final = (
    "My grandmother kept a vegetable garden behind the house for almost fifty years, and every "
    "spring she planted the same things in the same order: potatoes first, then onions, then "
    "the beans along the fence where they could climb. She had a notebook in which she wrote "
    "down the date of the first frost, the weight of the biggest pumpkin and the names of the "
    "neighbours who had borrowed her tools and not returned them. In summer the kitchen smelled "
    "of dill and vinegar because she pickled everything she could not eat fresh, and the cellar "
    "shelves bent under the jars. She never used a recipe, only her hands and her memory, and "
    "when my mother asked her to write them down she laughed and said that a recipe is just a "
    "guess someone was too proud to change. After she moved to the flat in town the garden went "
    "wild within two years, and the new owners eventually paved most of it over to park a "
    "caravan. I still have the notebook, with its brown pages and her small careful handwriting, "
    "and sometimes I read it when I cannot sleep."
)


def _start(act: str, prose: str) -> str:
    return f"{act} {prose}"


def _end(prose: str, act: str) -> str:
    return f"{prose} {act}"


POSITIVES: Final = (
    # third person, short
    "they fucked until dawn",
    "he fucked her slowly while she whispered his name",
    "she fucked him on the kitchen table",
    "they fucked each other senseless all weekend",
    "She rode him hard, moaning his name.",
    "she rode him until they both came",
    "He bent her over the desk and fucked her from behind.",
    "he bent her over the sofa and took her from behind",
    "she spread her legs and begged for more",
    "she spread her legs wide for him",
    "he went down on her until she was shaking",
    "she went down on him in the back of the car",
    "she sucked his cock while he pulled her hair",
    "she knelt and sucked him off",
    "he fingered her under the table at dinner",
    "she fingered herself while he watched",
    "he thrust into her again and again",
    "he thrust deeper into her and she cried out",
    "he pounded her into the mattress",
    "he pounded her all night long",
    "she was grinding against him on the dance floor until he got hard",
    "she kept grinding against his crotch",
    "their naked bodies pressed together under the sheets",
    "naked bodies writhing on the bed",
    "she had an orgasm so intense her legs shook",
    "he made her orgasm three times",
    "they made love on the beach under the stars",
    "they had sex in the shower",
    "he pulled her panties down and slid inside her",
    "he jerked off thinking about her",
    "she stroked his cock until he came",
    "he licked her pussy until she screamed",
    # first person
    "I fucked her so hard last night",
    "we fucked in the car after the party",
    "I rode him until sunrise",
    "I spread my legs and let him take me",
    "I went down on her for an hour",
    "I sucked his dick in the parking lot",
    "he bent me over the bathroom sink and fucked me",
    "I want you to pound me until I can't walk",
    "I'm grinding against my pillow thinking of you",
    "I came so hard when he was inside me",
    "I want to feel your naked body on top of mine",
    "last night I had three orgasms with my boyfriend",
    # erotica requested
    "write a sex scene between two coworkers",
    "write me an explicit scene where they fuck in the office",
    "write an erotic story about a pool boy and a rich widow",
    "can you write a steamy sex scene for my novel, very explicit",
    "describe them fucking in detail",
    # long: the act at the start or the end of plain prose
    _start("Later that night she pulled him onto the bed, tore off his shirt and they fucked "
           "until dawn, her moans echoing through the flat.", _PROSE_A),
    _end(_PROSE_A, "When we got home she pushed me against the door, unzipped my jeans and "
         "went down on me right there in the hallway."),
    _start("He bent her over the kitchen counter, pulled her skirt up and fucked her from "
           "behind while she gripped the edge.", _PROSE_B),
    _end(_PROSE_B, "That night she climbed on top of him, naked, and rode him slowly until "
         "they both came."),
    _start("I spread my legs for him on the hotel bed and he thrust into me so deep I "
           "screamed.", _PROSE_B),
    _end(_PROSE_A, "Anyway, then we got back to my place and fucked until the neighbours "
         "banged on the wall."),
)
"""Sexual activity told or asked for: who did what to whom, in plain and in vulgar words."""

NEGATIVES: Final = (
    # "fuck" as swearing or insult
    "fuck you",
    "fuck you and your stupid rules",
    "he fucked up the deploy again",
    "I fucked my knee up playing football",
    "we're fucked if the client sees this",
    "fuck this shit, I'm going home",
    "what the fuck is wrong with this printer",
    "they fucked up my order at the drive-through",
    "she fucked off to Spain and never called",
    "go fuck yourself",
    "I'm so fucked for the exam tomorrow",
    "fucking hell, the train is late again",
    # sport, work and everyday
    "she rode the bike hard up the hill",
    "he rode his horse hard across the field",
    "I bent over the desk to pick up a pen",
    "she bent over to tie her shoelaces",
    "she spread her arms and spun around in the rain",
    "spread the butter thinly on the bread",
    "he pounded the table in anger",
    "we pounded the pavement looking for work",
    "the thrust of the argument is that taxes are too high",
    "the rocket's thrust was enough to reach orbit",
    "she went down on one knee to propose",
    "he went down the stairs to get the mail",
    "the coffee grinder is grinding against the counter",
    "he's been grinding in the game all night",
    "the naked eye cannot see the comet",
    "she sucked the juice from the orange",
    "this movie sucks",
    "the baby fingered the soft fabric",
    # medicine and sex education
    "is it normal to not have an orgasm during sex?",
    "can you get pregnant if he pulls out before he comes?",
    "my doctor says pain during sex can be caused by an infection",
    "how do I talk to my teenager about consent and safe sex?",
    "what are the symptoms of chlamydia after unprotected sex?",
    # news of sexual crimes
    "The man was convicted of raping a woman in her apartment in 2019.",
    "Police arrested a coach accused of sexually assaulting three players.",
    "The court heard he had forced her to perform oral sex.",
    # romance without sex
    "they kissed goodnight at the door",
    "he held her hand all the way home",
    "we cuddled on the couch and watched a movie",
    "she leaned her head on his shoulder and fell asleep",
    "he kissed her on the forehead and said goodbye",
    # songs and titles quoted
    "\"Let's Talk About Sex\" by Salt-N-Pepa came on the radio",
    "my favourite song is Pour Some Sugar on Me by Def Leppard",
    "Closer by Nine Inch Nails is such a classic album track",
    # IRC tech talk
    "git rebase fucked my branch",
    "mount the drive before you run fsck",
    "the daemon forked a child and then died",
    "kill the child process and then reap it",
    "the parent process forks and execs the shell",
    "you need to strip the binary before shipping",
    "just pipe it to grep and sort",
    "the master and slave drives are on the same cable",
    "I pounded on that bug all day and it still segfaults",
    "the nginx worker rides on top of the event loop",
    # long: a look-alike at the start or the end of plain prose
    _start("I fucked up the presentation this morning and my boss is furious.", _PROSE_A),
    _end(_PROSE_A, "We rode hard the last ten kilometres and got home soaked."),
    _start("She bent over the flowerbed to pull out the weeds before the rain.", _PROSE_B),
    _end(_PROSE_B, "They kissed goodnight at the door and he walked home in the dark."),
    _start("The thrust of my complaint is simple: the bus never comes on time.", _PROSE_A),
    _end(_PROSE_B, "Fuck, I miss her so much."),
    _PROSE_A,
    _PROSE_B,
    _end(_PROSE_B, "The git rebase fucked my branch so I went to bed."),
)
"""Look-alikes that must stay alone."""


def main() -> None:
    label_probe("sexual", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
