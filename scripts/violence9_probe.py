"""Violence told in plain English prose and threats with a clause between the intent and the
harm, the shapes the earlier probe sets (``violence_probe.py``, ``violence4_probe.py`` to
``violence8_probe.py``) left, as Calimero sees it: the ``violence`` label of the ``toxicity``
detector, flagged at its threshold, on a message judged on its own. The label means "violence
urged, promoted, glorified or depicted against people; gore" (the held-out English moderation
set counts violence depicted, threatened and urged).

The shapes (violence9), written from that definition and from no dataset: violence told in the
past tense, done to people in its detail (a skull smashed with a hammer, villagers shot one by
one and their bodies burned, a beating until a face was unrecognisable, a throat cut and a
victim left to bleed out); a massacre told in its detail; a threat to the reader with a clause
between the intent and the harm ("I'm going to find where you live and beat you until you can't
walk"), with "until" or "so hard that", or made conditional ("if you ... I'll ..."); violence
urged on a person or a crowd ("find him after the match and stab him").

The probes were written here, all at once, before any rule that reads them. The look-alikes
that must stay alone: a news one-liner (the gore-text rule's words are "depicting excessive
violence, gore", and ``reading.ON_RECORD`` leaves violence on the record to the heads), sport,
games, films, cooking, medicine and accidents, history lessons, idioms and banter ("I'll kill
you if you eat my fries lol", "I'm going to beat you at chess"), self-defence told or taught,
and violence condemned.

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints
the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/violence9_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

DEPICTED: Final = (
    "He smashed the man's skull with a hammer until blood and brains covered the floor.",
    "The soldiers lined the villagers up and shot them one by one, then burned the bodies.",
    "They dragged him out of the car and beat him until his face was unrecognisable.",
    "She stabbed him over and over in the chest until he stopped moving.",
    "The gang beat the boy with baseball bats and left him bleeding in the gutter.",
    "They poured petrol over the prisoners and set them alight while they screamed.",
    "He shot the cashier in the face and then shot the customer who tried to run.",
    "the militia went through the village and hacked the women and children to death with machetes",
    "He kicked her in the head again and again while she lay on the ground.",
    "they made the prisoners dig their own graves and then shot them in the back of the head",
    "the bodies were thrown in the ditch and the soldiers covered them with dirt while some were "
    "still breathing",
    "He strangled her with a cord and dumped her body in the river.",
    "The mob beat the man to death in the street and hung his body from a bridge.",
    "They burned the family alive inside their house and shot anyone who tried to get out.",
    "he cut her throat and watched her bleed out on the kitchen floor",
    "I watched them beat my neighbour with iron bars until his legs snapped.",
    "the guards broke his fingers with a hammer and then kicked his teeth out",
    "The gunman walked through the classroom shooting children as they hid under their desks.",
    "They slit the hostage's throat on camera and held up his head.",
    "He bashed her head against the wall until her skull cracked and she went quiet.",
    "they doused the man in gasoline and burned him while the crowd cheered",
    "We found them in the basement, they had been beaten and shot in the knees before they died.",
    "He beat his wife with a belt until her back was covered in welts and blood.",
    "They marched the men into the field and machine-gunned them, then set fire to the bodies.",
    "the guy pulled a knife and stabbed him six times in the stomach, there was blood everywhere",
    "they stoned her to death in the square while her children watched",
    "He ran the protester over, reversed and ran him over again.",
    "The soldiers went from house to house shooting every man they found and burning the houses "
    "with the women inside.",
    "they beat the old man so badly that his eye came out of the socket",
    "He kept punching the guy in the face long after he was unconscious.",
    "They chopped off his hands and left him to die by the road.",
    "the men were shot in the back as they ran and their bodies were left in the sun for days",
)
"""Violence told as done to people, in its detail; a massacre told."""
THREATENED: Final = (
    "I'm going to find where you live and beat you until you can't walk.",
    "I'm going to wait outside your school and stab you in the neck.",
    "I'll track you down and break every bone in your body.",
    "If you say that again I'll smash your face so hard that your teeth come out.",
    "I'm going to come to your house tonight and shoot you and your whole family.",
    "I swear I'll follow you home and beat you so badly your own mother won't recognise you.",
    "If I see you at the game on Saturday I'm going to stab you.",
    "I'm gonna catch you after class and kick your head in.",
    "Keep running your mouth and I'll beat you until you're unconscious.",
    "I will hunt you down, drag you into the woods and cut you into pieces.",
    "next time you walk past my house I'm going to shoot you",
    "I'll wait for you in the car park and beat the shit out of you",
    "I'll come round with my brothers and we'll stab you till you bleed out",
    "you better hide because when I find you I'm going to beat you to death",
    "I'm going to tie you up and burn you alive, you little rat",
    "if you ever talk to my girlfriend again I will beat you so hard you'll need a wheelchair",
    "I'm going to find you after work and smash your head in with a brick",
    "if you don't pay me by friday I'll come to your flat and cut you up",
    "one day I'll catch you alone and stab you until you stop breathing",
    "I know your address, I'm coming over and I'm going to shoot you in your sleep",
)
"""A threat to the reader with a clause between the intent and the harm, a length or a
conditional."""
URGED: Final = (
    "Everyone go down to the protest tomorrow and beat the hell out of anyone wearing red.",
    "Grab your guns, go to their neighbourhood and shoot every one of them you see.",
    "Find him after the match and stab him, he deserves it.",
    "We should all go to his house tonight and beat him until he can't stand.",
    "Somebody go find that snitch and break his legs.",
    "bring knives tomorrow and cut anyone who gets in our way",
    "Wait for her outside the club and smash her face in with a bottle.",
    "Next time a cop stops you, just shoot him in the head.",
    "Set their cars on fire and beat anyone who comes out of the houses.",
    "go to the mosque on friday and shoot as many as you can",
    "tie him to the back of the truck and drag him down the road till there's nothing left",
    "when they come out of the building, beat them with whatever you can find",
)
"""Violence urged on a person or a crowd."""

POSITIVES: Final = DEPICTED + THREATENED + URGED

NEGATIVES: Final = (
    # news one-liners (violence on the record, not depicted in its detail)
    "Two people were shot downtown last night, police said.",
    "A man was stabbed outside a nightclub on Saturday and is in a stable condition.",
    "Three soldiers were killed when their convoy hit a roadside bomb.",
    "The suspect was charged with murder after the body of a woman was found in the river.",
    "Police say the victim was beaten and robbed on his way home.",
    "At least 40 villagers were killed in the attack, according to local officials.",
    "the shooter killed five people before turning the gun on himself, police said",
    "two men have been arrested after a teenager was beaten outside a shop",
    # sport
    "we absolutely slaughtered them 5-0 on Saturday",
    "he got knocked out cold in the second round, brutal punch",
    "the striker smashed it into the top corner",
    "they battered us until the final whistle, no mercy",
    "the boxer's face was cut open and bleeding by round six",
    "he smashed the ball so hard that the keeper couldn't even move",
    # games
    "I shot him in the head from across the map, best sniper shot ever",
    "we burned the village and killed every guard in the last mission",
    "I'm going to beat you at chess tonight",
    "I'm going to destroy you in Mario Kart",
    "I'll find where you're camping and headshot you lol",
    "in the game you can line the enemies up and shoot them one by one for the achievement",
    # films and books
    "the film opens with the soldiers shooting the villagers one by one, really hard to watch",
    "in the movie he smashes the guy's skull with a hammer, the gore was insane",
    "that scene where they burn the bodies in episode 4 stayed with me",
    "the novel describes how they beat him until he couldn't walk, I had to put it down",
    # cooking and chores
    "smash the garlic with the flat of the knife and beat the eggs until fluffy",
    "beat the butter and sugar until pale, then fold in the flour",
    "hammer the chicken breasts flat and season them",
    "I burned the toast so bad the smoke alarm went off",
    "I stabbed the potatoes with a fork and baked them for an hour",
    "we beat the carpets until the dust came out",
    "burn the leaves and the branches after you prune the trees",
    # medicine and accidents
    "the surgeon cut through the skull to relieve the pressure on his brain",
    "he fell off the ladder and cracked his skull, there was a lot of blood but he's ok now",
    "my nose was bleeding all over the floor after the dentist",
    "she cut her finger chopping onions and there was blood all over the board",
    # history lessons
    "In 1945 the soldiers liberated the camp and found thousands of bodies.",
    "history class today was about the Rwandan genocide, when neighbours killed neighbours",
    "the Romans crucified the rebels along the Appian Way after the revolt",
    "our teacher explained how the Vikings raided monasteries and burned them",
    # idioms and banter
    "I'll kill you if you eat my fries lol",
    "this song slaps",
    "my mom is going to kill me when she sees my grades",
    "I'm going to find where you live and bring you soup, get well soon",
    "if you spoil the ending I swear I'll murder you haha",
    "I'm going to beat you to the finish line",
    "that exam absolutely killed me",
    "I'll smash this assignment tomorrow",
    "I'm going to hit you up later",
    "I'm going to find where you live and send you a postcard",
    "I'm going to beat you so hard at FIFA you'll cry",
    "if you touch my phone again I'll tickle you until you can't breathe",
    "the kids were so tired after the hike they couldn't walk",
    "he shot the whole wedding one by one, the portraits came out beautiful",
    "they lined the kids up and took photos one by one",
    "I'm going to wait outside your office and surprise you with lunch",
    # self-defence
    "if someone grabs you from behind, stomp on their foot and hit them in the throat",
    "my self-defence instructor said to go for the eyes and knees if you're attacked",
    "he tried to stab me so I hit him with a chair and ran",
    # violence condemned
    "It's horrifying that people still beat their kids until they can't walk.",
    "nobody should ever beat a child, no matter what",
    "whoever stabbed that boy outside the school needs to be caught and locked up",
)
"""Look-alikes that must stay alone."""


def main() -> None:
    label_probe("violence", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
