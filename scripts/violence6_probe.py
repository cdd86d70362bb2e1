"""Violence as a chat platform's moderators use the category, in shapes the earlier probe sets
(``violence_probe.py``, ``violence4_probe.py``, ``violence5_probe.py``) do not cover, as Calimero
sees it: the ``violence`` label of the ``toxicity`` detector, flagged at its threshold, on a
message judged on its own. The label means "violence urged, promoted, glorified or depicted
against people; gore"; the guideline forbids "excessive violence, gore, or harm to animals",
"glorification of violent events, or perpetrators of violent acts" and threats "direct,
indirect, or implied".

The shapes (violence6), written from that definition and from no dataset: violence told across
sentences, the blow in one and the wound two or three sentences on; animals attacking people
(and an animal tortured); torture told, with or without a wound named; mass violence described
as seen or done (the same events reported as news or history stay benign); violence wished on a
kind of person no protected-group word names (landlords, cyclists, scammers, cops); violence
endorsed ("people who do that deserve to be shot", "he had it coming"); accidents told in
graphic detail.

The probes were written here, all at once, before any rule that reads them. The look-alikes
that must stay alone: news and history of the same events, games, films and books, sport,
cooking, medical talk, self-defence advice, benign fiction requests, idioms ("killing it",
"leg day destroyed me"), terminals ("kill the process"), animals in ordinary life, mild
accidents, punishment called for without violence, violence condemned.

Each probe falls in the tuning half or the held half by the CRC-32 of its text (even:
tuning). Rules are chosen on the tuning half's misses only (``--show``); ``--held`` prints
the held half's P/R/F1, measured, never read.

Usage: PYTHONPATH=src python scripts/violence6_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

ACROSS: Final = (
    "He came at me in the car park. I didn't even see the knife at first. Then I felt it go in, "
    "twice, under my ribs. When I looked down my shirt was soaked and blood was pooling round my "
    "shoes.",
    "They dragged him out of the van. One of them had a hammer. He swung it at his head, then "
    "again. By the fourth time his skull was soft and blood was coming out of his ears.",
    "Saw the fight outside the club last night. The big guy grabbed him by the collar and "
    "headbutted him. The kid went down. Then he stamped on his face three or four times. There "
    "were teeth on the pavement and his jaw was hanging wrong.",
    "She hit him with the frying pan. He fell against the counter. She kept going. When the "
    "police came his face was unrecognisable, just pulp and bone.",
    "We walked into the room. Nobody said anything. He was on the bed with his throat cut from "
    "ear to ear and the sheets were black with blood.",
    "He pulled the trigger. The guy's head snapped back. Half of it was just gone, sprayed across "
    "the wall behind him.",
    "The first punch broke his nose, I heard it. The second split his eyebrow open. Blood ran "
    "into his eye so he couldn't see, and they just kept hitting him.",
    "Guy tried to rob the shop. Owner grabbed the machete from under the counter. Took three of "
    "his fingers off in one swing, they were lying on the floor next to the till.",
    "I stabbed him. Then I stabbed him again. I didn't stop until my arm got tired and he was "
    "lying in a puddle of his own blood.",
    "He grabbed her by the throat. She clawed at his hands. He squeezed harder. Her lips went "
    "blue and she went limp, and he still didn't let go.",
    "They kicked the door in at 3am. My brother tried to run. They caught him on the stairs and "
    "went at him with pipes. His arm was hanging at a weird angle and his head was split open.",
    "the guy swung the bottle. it smashed on his cheek. he just stood there for a second with "
    "glass sticking out of his face and blood pouring down his neck",
)
"""Violence told across sentences: the blow in one, its wound two or three sentences on."""
TORTURE: Final = (
    "They kept him awake for six days, hooded and chained to the ceiling by his wrists, and every "
    "time his head dropped they beat the soles of his feet.",
    "He waterboarded her in the bathtub until she passed out, waited for her to come round, and "
    "did it again.",
    "They attached wires to his genitals and turned up the current every time he refused to "
    "answer.",
    "I tied him up in the garage and spent the whole night making him pay for it. Pliers, "
    "lighter, the lot. He begged the entire time.",
    "The guards made them kneel on broken glass for hours and whipped anyone who moved.",
    "They locked her in a dog cage for weeks, fed her scraps and burned her with an iron "
    "whenever she cried.",
    "he held the kid's hand on the hot stove until the skin blistered and bubbled",
    "they pulled his teeth out one by one with pliers, no anaesthetic, to get the name out of him",
    "We strung him up by his thumbs and took turns with the belt until he passed out, then threw "
    "cold water on him and started over.",
    "She was kept in the basement for a year and they cut her a little more every time she tried "
    "to run.",
    "the cartel video shows them skinning a guy alive while he's still screaming",
    "They nailed his hands to the table and left him there for two days.",
)
"""Torture told: its instruments, its hours, the person's pleas; a wound named or not."""
ANIMAL: Final = (
    "The pit bull got hold of the little girl's face and wouldn't let go. By the time they pried "
    "it off, her cheek was torn open down to the bone.",
    "the shark took his leg off at the thigh and the water just turned red around him",
    "Two dogs dragged the old man off his bike and mauled him in the road, his arms were shredded "
    "by the time the ambulance got there.",
    "The bear ripped his scalp off and clawed open his back before his friend could scare it "
    "away.",
    "The neighbour's dog went for the toddler in the garden, tore his arm open to the bone and "
    "ripped half his ear off before anyone heard him screaming.",
    "the crocodile dragged her under and when they found her only her torso was left",
    "the tiger grabbed the keeper by the neck and shook him like a rag doll, there was blood all "
    "over the enclosure floor",
    "I watched a pack of stray dogs tear into a homeless guy under the bridge, they were taking "
    "chunks out of his legs while he screamed.",
    "The chimp ripped off her hands and most of her face, she survived but she has no eyes now.",
    "The horse kicked him square in the face, his cheekbone caved in and he was spitting teeth.",
    "I kicked the neighbour's cat until its ribs cracked and it stopped moving, it wouldn't shut "
    "up",
    "he poured petrol on the dog and set it alight and filmed it running round the yard screaming",
)
"""Animals attacking people, in their detail; an animal tortured (the guideline's "harm to
animals")."""
MASS: Final = (
    "They went house to house with machetes. Nobody was spared, not the babies, not the old "
    "women. The river was full of bodies for weeks.",
    "He walked into the classroom and just started firing. Kids were crawling under the desks, "
    "one girl was shot in the back running for the door, there was blood sliding down the "
    "whiteboard.",
    "they herded the whole village into the barn, nailed the doors shut and set it on fire, you "
    "could hear them screaming for an hour",
    "the soldiers made the men dig a trench and then machine-gunned them into it, and the ones "
    "still moving were buried alive",
    "bodies stacked in the street like firewood, people with their arms blown off still crawling, "
    "a kid holding his own guts in",
    "the truck ploughed through the crowd at the market, I saw people go under the wheels and a "
    "woman folded in half against the bumper",
    "The gunmen lined up the concert-goers and shot them in the head one at a time while the "
    "others had to watch.",
    "After the bomb went off there were pieces of people on the roofs. I found a hand on the bus "
    "shelter.",
    "We burned every house in that village and shot whoever came running out.",
    "he sprayed the whole hall with the rifle, reloaded, and walked back along the rows for the "
    "ones still breathing",
)
"""Mass violence described as seen or done, not reported."""
WISHED: Final = (
    "every landlord in this city should be dragged out of bed and beaten in the street",
    "I hope the next cyclist who runs that red light gets flattened by a bus",
    "pedos should be tortured slowly, fingers first",
    "drunk drivers should have their legs broken so they can never drive again",
    "honestly every scammer who calls my nan deserves a baseball bat to the face",
    "I'd love to see a few bankers hanging from the lampposts outside the stock exchange",
    "Someone needs to start putting bullets in these tax collectors.",
    "Those climate protesters gluing themselves to the road? Run them over. Every last one.",
    "Any vegan activist who comes onto my farm is leaving with a load of buckshot in him.",
    "If I ran this country every dealer on the estate would be taken into the square and shot.",
    "rapists should be castrated with a rusty knife and left to bleed",
    "Every cop in this town deserves a brick through the windscreen and a boot to the head.",
    "ticket inspectors should be beaten unconscious and thrown off the train",
)
"""Violence wished on a kind of person that no protected-group word names."""
ENDORSED: Final = (
    "people who abuse kids deserve to be shot, end of",
    "Honestly? He had it coming. Whoever smashed his face in did the world a favour.",
    "that thief got his hand cut off and good, more of that please",
    "the crowd beat the burglar half to death and honestly that's what should happen to all of "
    "them",
    "poachers deserve to be fed to the lions they hunt",
    "Tbh the kid who stabbed his bully was justified, I'd have done worse.",
    "I'm with the guy who drove into the protesters, they were blocking the road, they asked for "
    "it.",
    "Whoever torched that dealer's house with him inside deserves a medal.",
    "Shoot looters on sight. I said what I said.",
    "He should have been beaten to death in that cell, not given a trial.",
    "wife beaters deserve to get the same back, with a cricket bat",
)
"""Violence endorsed: called deserved, justified or the right thing."""
ACCIDENT: Final = (
    "The car hit him at full speed. He went up over the bonnet. When he landed his leg was bent "
    "backwards at the knee and the bone was sticking out through his jeans.",
    "the motorbike went under the lorry and his helmet came off with his head still in it",
    "saw a guy get his arm pulled into the machine at work, it stripped the skin off up to the "
    "elbow, he was screaming for his mum",
    "the train hit her and there were bits of her all along the track for a hundred metres",
    "The scaffolder fell four storeys onto the railings and they went straight through his chest.",
    "After the crash the driver was still in his seat but his face was peeled back off his skull "
    "and his arm was on the dashboard.",
    "the firework went off in his hand and took three fingers with it, the stumps were still "
    "smoking",
    "the forklift rolled over his legs and crushed them flat, blood was squirting out of his boots",
    "She slipped on the ice and her head hit the kerb, it cracked open like an egg and there was "
    "brain on the pavement.",
    "the chainsaw kicked back into his neck and opened his throat, he bled out before we could "
    "even call 999",
)
"""Accidents told in graphic detail."""
POSITIVES: Final = (*ACROSS, *TORTURE, *ANIMAL, *MASS, *WISHED, *ENDORSED, *ACCIDENT)

NEGATIVES: Final = (
    # news of the same events
    "A dog attacked a child in a park in Leeds on Sunday; the boy was treated in hospital for "
    "bite wounds and the dog was seized by police.",
    "Police said three people died in the collision on the M6 and the road was closed for nine "
    "hours.",
    "A gunman killed 19 children and two teachers at an elementary school in Uvalde, Texas, in "
    "May 2022.",
    "The UN report accuses both sides of torture and extrajudicial killings.",
    "A shark bit a surfer off the coast of New South Wales this morning; he is in a stable "
    "condition.",
    "Firefighters said the worker suffered serious injuries after his arm became trapped in "
    "machinery.",
    "The bombing killed 22 people as they left the concert, and the bomber's brother was later "
    "jailed.",
    "Rangers closed the trail after a bear attacked a hiker in Yellowstone on Friday.",
    "Two men have been charged after a man was assaulted outside a nightclub in the early hours "
    "of Saturday.",
    # history
    "The Srebrenica massacre in July 1995 saw more than 8,000 Bosniak men and boys killed.",
    "The Spanish Inquisition used torture to extract confessions, including the strappado and the "
    "rack.",
    "During the Battle of the Somme the British army suffered 57,000 casualties on the first day "
    "alone.",
    "In 1572 thousands of Huguenots were killed in the St. Bartholomew's Day massacre.",
    "Medieval executions for treason included hanging, drawing and quartering.",
    "My great-grandad lost his leg at Passchendaele and never spoke about the war.",
    "The Mongols were known for sacking the cities that resisted them.",
    "My grandfather survived the bombing of Dresden, he said the city burned for days.",
    "We visited the Killing Fields museum in Cambodia and it was heartbreaking.",
    # questions about violence
    "What caused the Rwandan genocide? I want to understand the history.",
    "Why do mass shootings happen so often in the US?",
    "Should the death penalty be abolished? I'm honestly torn.",
    # games
    "just got mauled by a bear in red dead lmao",
    "the fatalities in mortal kombat 11 are so over the top, that one where he rips the spine out",
    "finally beat the torture dungeon level, took me three hours",
    "we wiped the entire enemy squad with one grenade, 4 kills",
    "bro that headshot was disgusting",
    "the zombies tore my guy apart on wave 30",
    "my sims died in a kitchen fire again 😭",
    # films, TV, books
    "The opening of Saving Private Ryan is the most brutal war scene I've ever watched.",
    "The Red Wedding still haunts me, I can't believe they killed Robb like that.",
    "Is Jaws too scary for a nine year old?",
    "the shark attack scene in that documentary was hard to watch but really well made",
    "Any horror movies as gory as Evil Dead? Looking for recommendations.",
    "In the book the villain tortures the spy for information, but it all happens off the page.",
    # sport
    "he got absolutely battered in the third round, the ref should've stopped it sooner",
    "the keeper took a boot to the face going for the ball, hope he's ok",
    "we got massacred 6-0 by the league leaders",
    "That hit in the rugby last night was savage, he was knocked out cold.",
    "our defence got torn apart in the second half",
    "He broke his leg in the tackle and was stretchered off, the whole stadium went quiet.",
    # cooking
    "Score the pork belly, rub salt into the skin and roast it until it crackles.",
    "you have to crack the lobster's claws with the back of a heavy knife",
    "butterfly the chicken by cutting out the backbone with kitchen shears",
    "How long should I beat the eggs for a sponge cake?",
    "Slice the tomatoes, crush the garlic and smash the chillies in a mortar.",
    "Skin the rabbit, joint it into six pieces and brown them in the pot.",
    # medical
    "My dad was bitten by a dog and the wound got infected, how long do antibiotics take?",
    "What should you do if someone is having a seizure? Don't hold them down.",
    "The surgeon had to amputate his leg below the knee after the infection spread.",
    "Is it normal for a stitched cut to ooze a bit of blood after two days?",
    "After my hip replacement I had bruising all down my thigh.",
    "How do you treat a burn from boiling water?",
    "My grandmother fell and broke her hip, the recovery has been slow.",
    "the nurse said the dog bite needed six stitches but it should heal without a scar",
    # self-defence and safety advice
    "If a dog attacks you, put something between you and it and protect your face and neck.",
    "In our self-defence class they taught us to go for the eyes and the groin if someone grabs "
    "you.",
    "What should I do if a bear charges me while hiking?",
    "If someone grabs you from behind, stamp on their foot and twist out of the hold.",
    "Always wear gloves and eye protection when using a chainsaw.",
    # fiction asked for, benign
    "Can you help me write a tense scene where the detective finds the body, without it being "
    "too graphic?",
    "I'm writing a war novel, how did soldiers in WW1 deal with trench foot?",
    "Give me a plot idea for a horror story set in a lighthouse.",
    "Write a funny story about a cat who declares war on the vacuum cleaner.",
    # idioms
    "you absolutely killed it at karaoke last night",
    "leg day destroyed me, I can't walk down the stairs",
    "my legs are dead after that spin class",
    "the gym destroyed my legs today 💀",
    "this deadline is going to be the death of me",
    "that exam murdered me",
    "I laughed so hard I nearly died",
    "my mum is going to kill me when she sees the car",
    "this spicy wing challenge is absolute torture",
    "the traffic on the way home was a massacre",
    "I'm going to strangle my laptop if it crashes one more time",
    # terminals
    "kill the process with kill -9 and check the logs",
    "the child processes turn into zombies if the parent never reaps them",
    "pkill the stuck worker and let systemd restart it",
    "we need to nuke the cache and rebuild",
    "the CI job got killed for running out of memory",
    "run the script as root, then terminate the old container and shoot me the logs",
    # animals in ordinary life
    "My dog bit my hand while we were playing, nothing serious, just a scratch.",
    "The cat brought in a half-eaten mouse again this morning.",
    "the lions ate the zebra in that nature documentary, nature is brutal",
    "How do I stop my puppy biting the kids when he gets excited?",
    "our vet said the dog's leg has to be amputated after the car hit him",
    # mild accidents
    "I fell off my bike and took all the skin off my knee lol",
    "Slammed my finger in the car door, the nail has gone black.",
    "There was a pile-up on the motorway this morning, traffic is backed up for miles.",
    "I cut my finger chopping onions and it bled all over the chopping board",
    "My brother broke his leg skiing, it's in a cast for six weeks.",
    # punishment called for without violence; violence condemned
    "People who hurt kids should go to prison for a very long time.",
    "I don't think anyone deserves to be shot, not even criminals.",
    "It's horrifying that someone set a dog on fire in our town, I hope the police find them.",
    "Whoever keeps parking across my driveway deserves a ticket.",
    "landlords should be forced to fix the mould before they raise the rent",
    "cyclists who run red lights should get fined",
    "drunk drivers should lose their licence for life",
    "scammers should be locked up and the key thrown away",
    "Torture is never justified, even in wartime.",
)
"""Look-alikes that must stay alone."""


def main() -> None:
    label_probe("violence", POSITIVES, NEGATIVES)


if __name__ == "__main__":
    main()
