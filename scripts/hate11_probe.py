"""Hate of a protected group in the shapes the fourth functional suite (no longer blind) still
misses, as Calimero's ``hate`` rule sees it: the ``hate`` signal of the ``toxicity`` detector.

The shapes: implicit derogation (a group put in charge, hired, let vote or moved in, and ruin
foretold; a group smelled, watched for theft, kept from children); hate asked as a question
("why can't … just go away", "who ever said … were people", "do … ever stop …"); slurs used of
someone in passing ("some tranny was staring", "get out of my way, faggot"); direct threats
told as a plan ("tomorrow I'm taking the shotgun …", "any … who walks in is getting …");
attributes said as nature ("… are born thieves", "… will always be liars"); and negated
positives ("I could never be friends with a …").

The look-alikes that must stay alone: counter-speech that refers to hate ("stop spreading the
myth that …", "anyone who threatens … should be arrested", "claiming … are less intelligent is
racism", "telling a gay kid he deserves …"), counter-speech that quotes it, negated hate, the
slurs' homonyms, abuse of unprotected groups and individuals, and the same frames with no
group or with an honest question ("why do Muslims fast", "hire a plumber if you want the job
done properly", "lock your car doors downtown").

The probes were written here, all at once, before any rule that reads them; none is copied
from an evaluation set (the fifth suite, blind, was written by the same helper earlier; these
use other groups and other words). Each falls in the tuning half or the held half by the
CRC-32 of its text (``probe_split.tuning``). Rules are chosen on the tuning half's misses and
the fourth suite only (``--show``); ``--held`` prints the held half's P/R/F1, measured, never
read.

Usage: PYTHONPATH=src python scripts/hate11_probe.py [--held] [--show]
"""

from __future__ import annotations

from typing import Final

from probe_split import label_probe

IMPLICIT: Final = (
    "put a muslim in charge of anything and watch it collapse",
    "Hire a Mexican and see how fast your tools disappear.",
    "Every time Jews move into a town, the whole place goes to ruin.",
    "A gay guy as a teacher? Keep your kids home.",
    "Check your wallet after a gypsy walks by.",
    "The best thing refugees could do for Europe is leave it.",
    "Give women the vote and look what happened.",
    "Neighbourhoods with too many Pakistanis turn into ghettos.",
    "Lock your doors when the Somalis move in next door.",
    "It was a mistake to ever let black people into universities.",
    "Asians should stick to doing nails.",
    "You can smell an Indian before you see one.",
    "Want to ruin a company? Hire a trans woman as CEO.",
    "A woman pilot? I'll take the train, thanks.",
    "The world was better off before Muslims showed up.",
    "Disabled people are a drain we can't afford to keep.",
    "Gay men shouldn't be allowed anywhere near children.",
    "If a Roma family moves in, say goodbye to your bike.",
    "Africans belong in mud huts, not in our cities.",
    "Keep the Jews out of banking and the world would be fine.",
)
QUESTIONS: Final = (
    "Why can't Muslims just go away for good?",
    "Do Mexicans ever do anything but steal?",
    "Who ever said trans women were real people?",
    "What is it with Jews and money?",
    "Why are gays always so disgusting?",
    "When will people admit black people are dumber?",
    "How do disabled people justify wasting everyone's money?",
    "Aren't immigrants just parasites with passports?",
    "Why do we even let women have opinions?",
    "Is there anything more useless than a refugee?",
)
SLURS: Final = (
    "Some tranny was staring at me on the train.",
    "Get out of my way, faggot.",
    "no niggers in my house, ever",
    "That raghead at the shop overcharged me again.",
    "There's a bunch of wetbacks standing outside the hardware store.",
    "My new coworker is a dyke, great.",
    "The kikes own the banks.",
    "Too many chinks in this neighbourhood now.",
    "I don't serve spics here.",
    "Another tranny in the news, wonderful.",
    "Nothing but ragheads at the mosque down the road.",
)
THREATS: Final = (
    "Any Muslim who walks into my shop is getting a knife in the gut.",
    "I'll set fire to the mosque with them inside.",
    "Tomorrow I'm taking my dad's shotgun and shooting every Mexican I see.",
    "I'm going to run over the next gay couple I see holding hands.",
    "If I see a trans woman in the bathroom I'm breaking her jaw.",
)
NATURE: Final = (
    "Jews are born thieves.",
    "Muslims will always be liars and cowards.",
    "Mexicans are lazy and dirty by nature.",
    "I don't think gay people deserve any kindness.",
    "I could never be friends with a Muslim.",
    "Black people will never be as smart as us.",
    "Refugees don't deserve our help or our pity.",
)
POSITIVES: Final = (*IMPLICIT, *QUESTIONS, *SLURS, *THREATS, *NATURE)

COUNTER: Final = (
    "Stop spreading the myth that immigrants are criminals.",
    "Anyone who threatens Muslims should be arrested.",
    "Comparing refugees to rats is dehumanising.",
    "Claiming black people are less intelligent is pure racism.",
    "We need to call out hatred of trans people when we see it.",
    "Telling a gay kid he deserves to be beaten is child abuse.",
    "People who say women belong in the kitchen are stuck in the 1950s.",
    "Calling disabled people a burden is cruel.",
    "It's disgusting how people talk about Jews online.",
    "Spreading lies that Mexicans are rapists is how violence starts.",
    "Suggesting Muslims should be deported is bigotry.",
    "Pretending trans people are predators is a hateful lie.",
    "\"Kill all Jews\" is something no one should ever write.",
    "He yelled 'go back home, refugees' and nobody said anything. Disgraceful.",
    "Black people are not inferior to anyone.",
    "Muslims are not less human than anyone else.",
)
LOOKALIKES: Final = (
    "She carried a faggot of firewood to the hearth.",
    "Additives retard the setting of concrete.",
    "My neighbour's bitch had six puppies.",
    "Bankers are greedy lying parasites.",
    "Landlords are the scum of the earth.",
    "Politicians are fucking useless.",
    "Estate agents are vultures.",
    "My boss is a disgusting pig.",
    "You're scum and everyone knows it.",
)
NEUTRAL: Final = (
    "Why do Muslims fast during Ramadan?",
    "Do Mexicans celebrate Halloween?",
    "What is it about Jewish humour that makes it so good?",
    "Who decided women could vote in the UK first?",
    "Why can't disabled people get better access to trains?",
    "Is there a refugee centre near here?",
    "Put a woman in charge of the project, she's the best we have.",
    "Lock your car doors when you park downtown, lots of break-ins.",
    "Hire a plumber if you want the job done properly.",
    "The best thing you can do for this country is vote.",
    "It's a shame the library was ever closed.",
    "Any town with too many chain stores loses its character.",
    "You can always tell when my dad's been in the kitchen, the smell of garlic lingers.",
    "Check your wallet before you leave the pub.",
    "Black people were not allowed to vote in parts of the US until 1965.",
    "Gay men were banned from donating blood for years.",
)
NEGATIVES: Final = (*COUNTER, *LOOKALIKES, *NEUTRAL)

if __name__ == "__main__":
    label_probe("hate", POSITIVES, NEGATIVES)
