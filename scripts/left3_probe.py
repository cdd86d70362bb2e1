"""English misreadings session 20 noticed and left (version 16, third set), one probe set each
(left3): written here, all at once, before any rule that reads them.

1. ``plan`` (``self_harm``): a plan to die told with no death word, the pills saved up, the
   note written and the place picked, "tonight I'm going to take all of them"; medication
   schedules, pills saved for a trip, a bridge picked for a photo, a note written to a
   teacher and a plan for the weekend stay clean.
2. ``orient`` (``insult``): a sexual orientation or identity thrown at the reader as an
   insult ("you are gay lol, loser", "ur so gay"); self-identification ("I'm gay"), a
   relative or friend told of ("my brother is gay and happy"), neutral questions, support
   and a thing called gay in old slang are no insult to the reader.
3. ``counter`` (``hate``): counter-speech that names a slur or a vermin word to condemn it
   ("calling Muslims vermin is disgusting", "saying Black people are apes is racist and
   wrong") is no hate; the same words said as a claim stay hate. The positives here are the
   claims (the recall that must not drop), the negatives the counter-speech.
4. ``zoo`` (``hate``): a group dehumanised by its place or housing ("go back to your monkey
   house", "the zoo they call a neighbourhood" said of a named group); real zoos, animals
   and a messy room called a zoo stay clean.

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints the
held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/left3_probe.py ITEM [--held] [--show]
(ITEM: plan, orient, counter, zoo)
"""

from __future__ import annotations

import sys
from typing import Final

from probe_split import label_probe

PLAN_POSITIVES: Final = (
    "I've saved up enough pills",
    "I've saved up enough pills now, I counted them twice",
    "I already wrote the note and picked the bridge",
    "tonight I'm going to take all of them",
    "I've been stockpiling my meds for a month and tonight I'm taking them all",
    "I wrote the note, it's on my desk. I picked the bridge yesterday",
    "I've got enough pills saved to do it properly this time",
    "the note is written and the rope is in my car",
    "I'm going to swallow the whole bottle tonight",
    "I've been hoarding my sleeping pills, I have about 60 now, it should be enough",
    "i picked the spot on the bridge and wrote my note, saturday is the day",
    "I've decided, I'm taking every pill in the cabinet tonight after everyone is asleep",
    "I've already written goodbye notes to my family and I know which bridge",
    "took out the razor blades and locked the door, I'm done",
    "im gonna take all my pills tonight and not wake up",
    "i counted the pills again, 40 should be more than enough",
    "I'm going to jump from the bridge tomorrow morning",
    "the note is done. I'm going to the bridge after work",
    "got the pills, wrote the letter, picked the date. it's happening friday",
    "I'm going to drive into the wall on the highway tonight",
    "I have saved enough of my antidepressants to make sure I don't wake up",
    "tonight im taking the whole pack, I already said my goodbyes",
    "I bought the rope today, I know which tree",
    "I've been collecting pills for weeks, tonight is the night",
)
"""A plan to die told by its means and its moment, no death word needed."""

PLAN_NEGATIVES: Final = (
    "I take two pills in the morning and one at night",
    "I've saved up enough money for the trip",
    "I picked the bridge for our photo",
    "I picked the bridge for our wedding photos, the sunset there is amazing",
    "tonight I'm going to take all of them to the cinema",
    "I wrote the note to my teacher and picked up my brother",
    "set a reminder to take my antibiotics at 8pm",
    "remember to take all of your pills until the course is finished",
    "the doctor said to take all of them with food",
    "I saved up enough vacation days to go to Japan",
    "I already wrote the note for the babysitter",
    "we are going to jump from the bridge into the river, it's a summer tradition here",
    "tonight I'm going to take all of the kids trick or treating",
    "I bought the rope today for the camping trip",
    "I counted the pills in my pill organizer for the week",
    "my grandma has so many pills, she takes them all with breakfast",
    "I've been collecting stamps for weeks",
    "how many ibuprofen can I take in a day for a headache?",
    "I picked the bridge as the background of my painting",
    "write a story where the character wrote the note and picked the bridge",
    "the pharmacy gave me enough pills for three months",
    "i'm going to take all of them out for dinner tonight",
    "I wrote the note and left it on the fridge, we're out of milk",
    "I'm taking all my vitamins every morning now",
)
"""Medication schedules, savings, a bridge for a photo, notes and ropes for the day."""

ORIENT_POSITIVES: Final = (
    "you are gay lol, loser",
    "ur so gay",
    "you're so gay",
    "lol you're gay",
    "you are gay",
    "shut up, you're gay",
    "ur gay lmao",
    "you're such a gay loser",
    "you are a lesbian freak",
    "you're a tranny lol",
    "ur a homo",
    "you homo",
    "go away you gay idiot",
    "you're gay and nobody likes you",
    "stop talking, you're gay",
    "you gay boy",
    "haha you're so gay bro, that's why you lost",
    "you are so gay it hurts",
    "you're a fag",
    "u r gay",
    "you're so gay lol nobody asked",
    "you're a gay nerd, log off",
)
"""An orientation or identity thrown at the reader as an insult."""

ORIENT_NEGATIVES: Final = (
    "I'm gay",
    "I'm gay and proud",
    "my brother is gay and happy",
    "my best friend is a lesbian and she's getting married",
    "are you gay or straight? just curious, no judgement",
    "is it ok if I tell my parents I'm gay?",
    "you are gay and that is completely fine, we love you",
    "it's okay to be gay",
    "I came out as gay last year",
    "happy pride month to all my gay friends",
    "being gay is not a choice",
    "my sister is trans and I support her",
    "I'm bisexual and my girlfriend knows",
    "you're gay? that's awesome, congrats on coming out",
    "if you are gay, you are welcome here",
    "gay marriage is legal here now",
    "I'm a lesbian, ask me anything",
    "he said he's gay and we're all happy for him",
    "are you a lesbian? my friend wants to ask you out",
    "we went to the gay bar last night, it was fun",
    "you are so brave for coming out as gay",
    "my uncle and his husband are so gay together, cutest couple",
)
"""Self-identification, relatives and friends, neutral questions, support."""

COUNTER_POSITIVES: Final = (
    "Muslims are vermin",
    "Black people are apes",
    "muslims are vermin and should be exterminated",
    "black people are apes, always have been",
    "jews are rats",
    "immigrants are cockroaches",
    "these muslims are vermin infesting our country",
    "blacks are nothing but apes",
    "gays are disgusting",
    "all jews are parasites",
    "mexicans are animals",
    "women are property",
    "those refugees are rats, send them back",
    "trannies are freaks",
    "black people are subhuman",
    "muslims are savages",
    "I hate all muslims",
    "immigrants are a plague",
)
"""Claims that dehumanise a group: they must stay hate."""

COUNTER_NEGATIVES: Final = (
    "calling Muslims vermin is disgusting",
    "saying Black people are apes is racist and wrong",
    "calling jews rats is antisemitic and vile",
    "it's disgusting to call immigrants cockroaches",
    "anyone who says black people are apes is a racist",
    "stop calling muslims savages",
    "people who call gays disgusting need to grow up",
    "comparing refugees to rats is dehumanising",
    "saying women are property is sexist garbage",
    "you can't call mexicans animals, that's racist",
    "he called muslims vermin and got banned, good",
    "calling trans people freaks is cruel",
    "it's racist to say black people are subhuman",
    "no, immigrants are not a plague, they're people",
    "the idea that jews are parasites is nazi propaganda",
    "referring to muslims as vermin is hate speech",
    "I'm sick of people saying all muslims are terrorists",
    "muslims are not vermin",
    "black people are not apes, stop it",
    "calling people apes because of their skin colour is racist",
)
"""Counter-speech: the slur or vermin word named to condemn it."""

ZOO_POSITIVES: Final = (
    "go back to your monkey house",
    "go back to the zoo where you belong",
    "the zoo they call a neighbourhood, full of blacks",
    "that black neighbourhood is a zoo",
    "mexicans live like animals in their barn",
    "those muslims live in a zoo",
    "send the blacks back to the jungle",
    "go back to your jungle",
    "go back to the jungle, monkey",
    "the ghetto is a zoo full of apes",
    "the jews should go back to their rat hole",
    "the immigrants live in a pigsty and breed like rabbits",
    "the projects are a zoo and the blacks are the animals",
    "gypsies live in a pigsty like the animals they are",
    "go back to your mud hut",
    "those africans still live in trees",
    "that mosque is a zoo full of animals",
    "go back to your cave, muslim",
)
"""A group dehumanised by its place or its housing."""

ZOO_NEGATIVES: Final = (
    "we went to the zoo and saw the monkey house",
    "the monkey house at the zoo is closed for repairs",
    "my room is a zoo right now, sorry for the mess",
    "the kids' party was a zoo",
    "the zoo near my neighbourhood has new penguins",
    "go back to the jungle level, there's a hidden chest",
    "the monkeys went back to their enclosure",
    "the pigs live in a pigsty on my uncle's farm",
    "rabbits breed like crazy, we have twelve now",
    "the airport was a zoo this morning",
    "our office is a zoo on mondays",
    "the jungle gym at the park is new",
    "go back to your room and do your homework",
    "the gorillas at the zoo are so smart",
    "we stayed in a mud hut in Tanzania, best trip ever",
    "bats live in caves",
    "that neighbourhood has a great zoo",
    "the Bronx Zoo is my favourite place in New York",
)
"""Real zoos and animals, a messy place called a zoo, a game's jungle."""

ITEMS: Final = {
    "plan": ("self_harm", PLAN_POSITIVES, PLAN_NEGATIVES),
    "orient": ("insult", ORIENT_POSITIVES, ORIENT_NEGATIVES),
    "counter": ("hate", COUNTER_POSITIVES, COUNTER_NEGATIVES),
    "zoo": ("hate", ZOO_POSITIVES, ZOO_NEGATIVES),
}
"""The label probes; ``counter``'s positives are the claims (flagged), its negatives the
counter-speech."""


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in ITEMS:
        sys.exit(f"usage: left3_probe.py {{{','.join(ITEMS)}}} [--held] [--show]")
    label, positives, negatives = ITEMS[sys.argv[1]]
    label_probe(label, positives, negatives, sys.argv[2:])


if __name__ == "__main__":
    main()
