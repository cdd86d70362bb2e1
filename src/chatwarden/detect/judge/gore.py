"""Graphic injury told across a message: the violence label's "depicted" and the guideline's
"excessive violence, gore, or harm to animals" where no one sentence says it.

:mod:`harm`'s ``gore`` frame reads two wounds in a sentence or the next; a story told over
several short sentences puts the blow in the first ("He swung it at his head") and the wound in
the fourth ("blood was coming out of his ears"), and an animal's attack, a torture or a
massacre is told in words no harm verb list holds ("the shark took his leg off", "they
attached wires to his genitals", "the ones still moving were buried alive"). Here the cues
are counted over the whole message, in four kinds:

- a wound told in its detail (:data:`_WOUNDS`): blood pooling or pouring, a bone seen or
  sticking out, a part torn or taken off, skin stripped or blistered, bodies strewn;
- a blow or an attack told as done to someone (:data:`_ATTACKS`): a dog that mauls him, a
  hammer swung at his head, a trigger pulled, a crowd sprayed with a rifle;
- a torture act (:data:`_TORTURES`): wires, pliers, a hand held on a stove, a captive hung by
  the wrists or made to kneel on glass;
- suffering or its length (:data:`_SUFFERED`): screaming, begging, "for hours", "one by one",
  "until he passed out".

One cue alone is as often an accident, a nosebleed or a news line; two wounds, a wound beside
an attack or a suffering, or a torture act beside another cue are injury told in its detail
(probes first, ``scripts/violence6_probe.py``; chosen on its tuning half).

A story told in plain prose names the act rather than the wound ("he smashed the man's skull
with a hammer", "they shot them one by one, then burned the bodies"): an act done to people
(:data:`_DONE`) beside its detail (:data:`_DETAIL`), a wound, a suffering or a second act is
violence told too (``scripts/violence9_probe.py``).
"""

from __future__ import annotations

import re
from typing import Final

from chatwarden.detect.judge.reading import stems

_WHOSE = r"(?:his|her|their|its|the \w+'s|a \w+'s)"
_SOMEONE = (r"(?:him|her|them|(?:the|a|an|that|this) (?:\w+ )?(?:man|woman|guy|boy|girl|kid|child|"
            r"toddler|baby|keeper|victim|prisoner|driver|worker|cyclist|hiker|surfer|swimmer|people|"
            r"crowd|men|women|children|villagers|hostages?))")
_PART = (r"(?:legs?|arms?|hands?|fingers?|feet|foot|toes?|head|scalp|ears?|nose|face|jaw|lips?|eyes?|"
         r"cheek|throat|neck|chest|back|stomach|belly|skull|ribs?)")

_TOOL = (r"(?:pliers|(?:power )?drill|blow ?torch|hammer|mallet|cattle prod|taser|stun gun|soldering iron|"
         r"(?:clothes |steam |hot |hair )?iron|vice|bolt ?cutters|secateurs|shears|poker|car battery|razor|"
         r"scalpel|stanley knife|box ?cutter|cigarettes?|lighter|hot knife|heated knife|cable|wire|"
         r"(?:kitchen |rusty |hot )?knife|machete|meat cleaver|cleaver|nail gun|staple gun|tongs|spoon|"
         r"screwdriver|chisel|saw|hacksaw|chainsaw|acid|boiling water|kettle)")
"""A torture's instrument: a tool from a workshop or a kitchen, told as used on a body."""
_TPART = (r"(?:(?:finger|toe)?nails|fingers?|toes?|teeth|kneecaps?|knees?|feet|foot|hands?|eyes?|back|chest|"
          r"arms?|legs?|genitals|balls|tongue|ears?|face|skin|stomach|belly|thighs?|soles)")
"""Where a torture's instrument is told as used."""

_WOUNDS: Final = tuple(re.compile(p) for p in (
    # blood in its flow or its amount
    r"\bblood (?:was |were )?(?:just )?(?:pooling|pooled|coming|running|streaming|dripping|pouring|"
    r"gushing|spurting|spraying|squirting|pumping|sliding)\b",
    r"\b(?:puddle|pool|river) of (?:his |her |their )?(?:own )?blood\b",
    r"\b(?:soaked|drenched|covered|slick|black|sticky) (?:in|with) (?:his |her |their )?(?:own )?blood\b",
    r"\bwater (?:just )?turned red\b",
    r"\bblood (?:everywhere|all over (?:the|his|her|their))\b",
    # a bone seen, sticking out, heard or felt breaking
    r"\b(?:open|cut|bitten|torn|ripped|gashed|sliced|slashed) (?:\w+ ){0,3}?(?:down )?to the bone\b",
    r"\bbones? (?:was |were )?(?:sticking|poking|jutting) (?:out|through)\b",
    r"\b(?:his|her|their|its) (?:ribs?|skull|cheekbone|jaw|spine) (?:was |were )?"
    r"(?:cracked|snapped|crunched|caved in|shattered|soft|split)\b",
    r"\b(?:leg|arm|knee|neck|fingers?|elbow|ankle) (?:was |were )?(?:bent|twisted) "
    r"(?:backwards|the wrong way)\b",
    r"\bjaw (?:was )?hanging\b",
    # a part torn, bitten, blown or taken off, strewn
    rf"\b(?:took|ripped|tore|torn|blew|blown|bit|bitten|clawed|hacked|chopped|sliced) (?:off )?"
    rf"(?:{_WHOSE} |(?:one|two|three|four|five|half|most) (?:of )?(?:{_WHOSE} )?)?{_PART} "
    r"(?:off|with it|clean off)\b",
    rf"\b{_PART} (?:was |were )?(?:blown|ripped|torn|bitten|hacked) off\b",
    rf"\b(?:torn|ripped|clawed|sliced|split|slit) (?:open )?(?:{_WHOSE} )?(?:{_PART} )?open\b",
    r"\b(?:clawed|ripped|tore|torn|sliced) open (?:his|her|their|its)\b",
    r"\bchunks? (?:out )?of (?:his|her|their) (?:\w+ )?(?:legs?|arms?|face|body|flesh|neck|back)\b",
    r"\b(?:arms?|legs?|face|body|flesh|hands?) (?:was |were )?(?:just )?(?:shredded|mangled|unrecognisable|"
    r"unrecognizable)\b|\bpulp and bone\b",
    r"\b(?:pieces|bits|parts) of (?:people|bodies|him|her|them|flesh|skull|brain)\b",
    r"\bstumps? (?:was |were )?(?:still )?(?:smoking|bleeding|spurting)\b",
    r"\bonly (?:his|her|their) torso\b",
    r"\b(?:bodies|corpses) (?:\w+ )?(?:stacked|piled|everywhere|floating|in the street)|\bfull of bodies\b",
    r"\bfolded in half\b",
    r"\bunder the wheels\b",
    r"\b(?:holding|hold) (?:his|her|their) (?:own )?(?:guts|intestines|insides)\b",
    r"\b(?:sprayed|splattered|spattered) (?:across|all over|over) the (?:wall|floor|ceiling|road|pavement|"
    r"windscreen|windshield)\b",
    r"\bhead (?:still )?in it\b|\bhalf of (?:it|his head|her head) (?:was )?(?:just )?gone\b",
    # skin stripped, burnt or blistered
    r"\bskin (?:\w+ ){0,2}?(?:blistered|bubbled|bubbling|blistering|melted|melting|peeled|peeling|hanging|"
    r"came off|slid off)\b",
    r"\b(?:stripped|peeled|ripped|tore|flayed|burned|burnt) (?:the )?(?:skin|flesh) off\b",
    r"\bface (?:was )?(?:peeled|ripped|torn) (?:back|off)\b",
    r"\bskinn(?:ing|ed) (?:\w+ ){0,2}?alive\b",
    # teeth knocked out, a throat opened, a death in its detail
    r"\bteeth (?:on|all over|across) the\b|\bspitting (?:out )?teeth\b",
    r"\bopened (?:his|her|their) throat\b|\bthroat cut\b",
    r"\bbled out\b|\bburied alive\b|\bburned alive\b|\bburnt alive\b",
    r"\b(?:lips|face) (?:went|turned) (?:blue|purple)\b|\bwent limp\b",
    r"\b(?:ones|people|men) (?:still|who were still) (?:moving|breathing|alive|crawling)\b",
    r"\b(?:and|until|till) (?:s?he|they|it) stopped (?:moving|breathing)\b",
))
"""A wound told in its detail; two are injury told, whichever sentences they stand in."""

_ATTACKS: Final = tuple(re.compile(p) for p in (
    # an animal's attack on a person
    r"\b(?:mauled|mauling|savaged) (?:him|her|them|(?:the|a|an|that|this|my|his|her|our|their) (?:\w+ )?\w+)",
    rf"\b(?:tear into|tore into|tearing into|went for|dragged) {_SOMEONE}",
    rf"\bgot hold of {_WHOSE} (?:\w+ )?{_PART}",
    # a blow told with a weapon or a gun
    rf"\bswung (?:it|the \w+|a \w+) (?:at|into) (?:his|her|their) (?:\w+ )?{_PART}",
    r"\bpulled the trigger\b",
    r"\bfelt (?:it|the knife|the blade) go in\b",
    r"\b(?:sprayed|strafed) (?:the |a )?(?:whole )?\w+ "
    r"(?:with (?:the |a |his |their )?(?:rifle|gun|bullets))",
    r"\bmachine-?gunned\b",
    r"\b(?:house to house|door to door) with (?:machetes|axes|guns|rifles|knives)\b",
    r"\bshot (?:them|him|her|people|\w+-goers) in the (?:head|face|back)\b",
    r"\b(?:stamped|stomped|jumped) on (?:his|her|their) (?:head|face|neck|chest)\b",
    r"\bheadbutted (?:him|her)\b",
    r"\bheld (?:him|her|them) down\b",
    r"\bpressed (?:it|the \w+) (?:into|against|onto|on) (?:his|her|their)\b",
    r"\bbeat (?:him|her|them) with (?:a|the) (?:cable|belt|pipe|bat|chain|hose|stick|cane|rod|wire|hammer|"
    r"crowbar)\b",
))
"""A blow or an attack told as done to someone, in the words an animal's, a gunman's or a
brawler's story uses; one alone is a story, a match or the news."""

_TORTURES: Final = tuple(re.compile(p) for p in (
    r"\bwaterboard(?:ed|ing)? (?:him|her|them)\b",
    r"\b(?:attached|hooked|clipped|taped) (?:\w+ ){0,2}?(?:wires|electrodes|cables|clamps) to "
    r"(?:his|her|their)\b",
    r"\bkneel on (?:broken glass|nails|rice|gravel)\b",
    r"\bbeat the soles of (?:his|her|their) feet\b",
    r"\bpulled (?:out )?(?:his|her|their) (?:finger|toe)?(?:nails|teeth)\b",
    r"\b(?:held|pressed|pushed|forced|put) (?:his|her|their|the \w+'s) (?:hand|face|arm|head|fingers) "
    r"(?:on|onto|into|against|over|under) (?:the |a )?(?:hot |burning |boiling )?(?:stove|hob|fire|flames?|"
    r"iron|grill|oven|radiator|water|kettle)\b",
    r"\bburned (?:him|her|them) with (?:a |an |the )?(?:iron|lighter|cigarettes?|blowtorch|poker|hot \w+)\b",
    r"\b(?:strung|hung) (?:him|her|them) up by (?:his|her|their) (?:thumbs|wrists|arms|feet|ankles)\b",
    r"\bchained (?:him|her|them)? ?to the (?:ceiling|wall|radiator|bed|pipe|floor)\b",
    r"\bnailed (?:his|her|their) (?:hands|feet)\b",
    r"\b(?:cut|burned|whipped|beat|shocked) (?:him|her|them) (?:a (?:little|bit) )?(?:more )?"
    r"(?:every|each) time\b",
    r"\btook turns (?:with|on) (?:the |a )?(?:belt|whip|bat|pipe|him|her|them)\b",
    r"\bthrew (?:cold )?water on (?:him|her|them)\b",
    r"\b(?:tied|taped|strapped) (?:him|her|them) (?:up )?to (?:a|the) (?:chair|pipe|radiator|tree|table)\b",
    r"\blocked (?:him|her|them) in a (?:dog )?(?:cage|box|crate)\b",
    r"\bkept (?:him|her|them) (?:chained|in the basement|in a cage)\b|\b(?:was|were) kept in (?:the|a) "
    r"(?:basement|cellar|cage)\b",
    r"\bwhipped (?:anyone|everyone|them|him|her)\b(?! (?:into shape|at|in)\b)",
))
"""A torture act told as done: its instruments and its holds."""

_SUFFERED: Final = tuple(re.compile(p) for p in (
    r"\b(?:he|she|they) (?:was |were )?(?:screaming|screamed|begged|begging|pleading|pleaded)\b",
    r"\bwhile (?:he|she|they|the others) (?:still )?(?:screamed|was screaming|were screaming|"
    r"had to watch|watched)\b",
    r"\bscreaming for (?:his|her|their) (?:mum|mom|mother|life|lives)\b",
    r"\bone (?:by|at a) (?:one|time)\b",
    r"\bevery time (?:he|she|they) (?:refused|screamed|cried|moved|passed out|tried|fell asleep)\b",
    r"\bfor (?:hours|days|weeks|(?:a|one|two|three|four|five|six) (?:hours?|days?|weeks?|years?))\b",
    r"\b(?:until|till) (?:he|she|they) passed out\b",
    r"\b(?:no anaesthetic|no anesthetic|the whole night|the entire time)\b",
))
"""Suffering told, or its length: what makes an attack or a torture told a torment."""

# ── told by its tools, maimed (scripts/violence7_probe.py) ──────────────────
# Behind their own prefilter (:data:`_MORE_CUES`): the scan for any cue (:data:`_ANY`) costs per
# alternative, and these would add half as many again to every line.

_WOUNDS_MORE: Final = tuple(re.compile(p) for p in (
    r"\b(?:and|until|till) (?:s?he|they|it) stopped (?:kicking|struggling|twitching)\b",
    r"\bbroke every bone in (?:his|her|their)\b",
    r"\bleft (?:him|her|them) to (?:bleed(?: out)?|die|rot)\b",
    # the dead and the dying of a massacre (violence9): "some were still breathing", "the bodies
    # were thrown in the ditch"
    r"\b(?:some|most|many|a few) (?:of them )?(?:were |was )?still (?:breathing|moving|alive)\b",
    r"\b(?:bodies|corpses) (?:were )?(?:thrown|dumped|dragged|tossed|bulldozed) (?:in|into)\b",
))
"""Wounds :data:`_WOUNDS` lacks: a captive who stopped kicking, every bone broken, left to bleed."""

_TORTURES_MORE: Final = tuple(re.compile(p) for p in (
    r"\b(?:wires|electrodes|cables|clamps|jump leads|crocodile clips) (?:\w+ )?(?:clipped|attached|hooked|"
    r"taped|connected) to (?:him|her|them|his|their)\b",
    # a tool told as used on a body: "they used pliers on his fingernails", "took a blowtorch to the
    # guy's feet", "went at his kneecaps with a drill", "took his toenails off with pliers"
    rf"\b(?:used|took|put|applied|held|touched) (?:a |an |the |some )?(?:pair of )?(?:hot |red-hot |heated )?"
    rf"{_TOOL} (?:to|on|against) (?:him|her|them|{_WHOSE})\b",
    rf"\b{_WHOSE} (?:\w+ )?{_TPART} (?:\w+ ){{0,3}}?with (?:a |an |the |some |his |her |their )?"
    rf"(?:pair of |rusty |hot |red-hot |electric )?{_TOOL}\b",
    r"\b(?:put|stubbed|ground) (?:out )?(?:a |his |her |their )?cigarettes? (?:out )?(?:on|into) "
    r"(?:his|her|their|the \w+'s)\b",
    r"\bclamped (?:his|her|their) \w+ in\b",
    r"\b(?:hung|hanging|hang) (?:him|her|them) (?:up )?(?:from|on) (?:a |the )?(?:meat )?hooks?\b",
    r"\bheated (?:up )?(?:the|a) (?:knife|blade|poker|iron|spoon|nail|wire|coat ?hanger)\b",
    r"\b(?:took|ripped|tore) (?:off |out )?(?:his|her|their) (?:finger|toe)?nails\b",
    r"\b(?:was|were) (?:tied|taped|strapped|chained|zip-?tied) (?:up )?to (?:a|the) "
    r"(?:chair|pipe|radiator|tree|table|bed)\b",
    r"\b(?:put|pulled|tied|taped) (?:a |the )?(?:plastic |carrier )?bag over (?:his|her|their) head\b",
    r"\bcastrat\w* (?:him|them) with\b",
    # ("zip-tied him to the chair" is :data:`_TORTURES`'s already: one hold, one cue)
    r"\b(?:zip-?)?(?:tied|taped|strapped) (?:him|her|them) (?:up )?to (?:a|the) (?:bed|bumper)\b"
    r"|\bziptied (?:him|her|them) (?:up )?to (?:a|the) (?:chair|pipe|radiator|tree|table)\b",
    r"\blocked (?:him|her|them) in (?:the (?:dog )?(?:cage|box|crate)|(?:a|the) "
    r"(?:cellar|basement|boot|trunk))\b",
))
"""A torture told by its tools and holds, with no word "torture" or "kill": a tool used on a body
("they used pliers on his fingernails", "took a blowtorch to the guy's feet", "went at his
kneecaps with a drill"), wires clipped to a captive, cigarettes put out on one, a bag over a
head, a meat hook, a captive tied to a bed or locked in a cellar."""

_SUFFERED_MORE: Final = tuple(re.compile(p) for p in (
    r"\b(?:a|one) \w+ at a time\b",
    r"\b(?:every|each) (?:night|morning|day)\b|\b(?:all night|overnight)\b",
    r"\b(?:until|till) (?:he|she|they) (?:gave up|talked|confessed|told (?:us|them))\b",
))
"""Lengths :data:`_SUFFERED` lacks: "a turn at a time", "every night", "overnight", "until he
gave up the code"."""


_MAIMED_PART = (r"(?:ears?|eyes|eyeballs?|tongue|nose|lips|eyelids|fingers?|toes?|hands?|feet|kneecaps?|"
                r"genitals|balls|testicles|nipples?|scalp|face)")
_SEVERABLE = (r"(?:hands?|feet|foot|fingers?|toes?|ears?|nose|lips?|genitals|balls|testicles|kneecaps?)")
_MAIMED: Final = tuple(re.compile(p) for p in (
    # a part cut, burnt, gouged or sewn off, out or shut: "his face was peeled back", "her ears had
    # been sliced off", "her eyes had been burned out", "his eyelids sewn shut"
    rf"\b{_WHOSE} (?:\w+ )?{_MAIMED_PART} (?:had been|have been|has been|was|were|got|being) (?:\w+ )?"
    r"(?:sliced|cut|hacked|sawn|sawed|chopped|ripped|torn|blown|burned|burnt|gouged|pulled|bitten|carved|"
    r"peeled|stripped|sewn|stitched|nailed|stapled) (?:off|out|away|shut|back)\b",
    # done to someone: "they gouged his eyes out", "cut his tongue out", "sawed his hands off"
    rf"\b(?:gouged|gouge|gouging|plucked|pulled|ripped|tore|burned|burnt|cut|carved|scooped) (?:out )?"
    rf"{_WHOSE} (?:eyes?|eyeballs?)(?: out)?\b",
    rf"\b(?:cut|ripped|tore|sliced) (?:out )?{_WHOSE} tongue(?: out)?\b",
    rf"\b(?:sawed|sawn|hacked|chopped|cut|sliced|ripped|tore) (?:off {_WHOSE} {_SEVERABLE}\b"
    rf"|{_WHOSE} {_SEVERABLE} (?:clean )?off\b)",
    rf"\bbit (?:off )?{_WHOSE} (?:ear|nose|lip|finger|tongue)s? (?:clean )?off\b",
    r"\bskin (?:on|of|from) (?:his|her|their|the \w+'s) \w+ (?:had been |has been |was |were )?"
    r"(?:stripped|peeled|flayed|torn|ripped|cut) off\b",
    # not in a contest: "she skinned him alive in the debate"
    r"\b(?:skinn(?:ed|ing)|flayed) (?:him|her|them|(?:a|the) \w+) alive\b"
    r"(?! (?:in|at|on|during|over) (?:the |that |this |a |an |his |her |their |every |our )?(?:\w+ )?"
    r"(?:debate|argument|game|match|interview|comments|chat|thread|exam|court|final|race|meeting|podcast|"
    r"twitter|reddit|replies|review|round|quiz|chess|poker)s?\b)",
    rf"\bcarved (?:\w+ ){{0,3}}?(?:into|in|on) {_WHOSE} (?:chest|back|face|arm|forehead|skin|stomach|belly|"
    r"legs?|cheeks?)\b",
    rf"\b(?:slit|slashed|cut|sliced) {_WHOSE} (?:mouth|face|cheeks?) from ear to ear\b",
    # a throat cut: "they slit his throat", "the victim's throat was slit" (violence10)
    rf"\b(?:slit|slits|slitting|slashed|slashing|cut|cutting) (?:open )?{_WHOSE} throats?\b",
    r"\bthroats? (?:had been |has been |was |were |got |being )(?:slit|slashed|cut)\b",
    r"\bgave (?:him|her|them) a glasgow smile\b",
    r"\bgutted (?:him|her|them) like a (?:fish|pig|deer|animal)\b",
    r"\b(?:splinters|needles|pins|nails|skewers) (?:under|into) (?:his|her|their) (?:finger|toe)?nails\b",
))
"""Mutilation told in body terms: one alone is a body maimed by someone (a film or history is
vetoed where it is called)."""

_SELF: Final = re.compile(r"\b(?:myself|my ?self|cutting|cut myself|self-?harm|suicid\w*|relapse|"
                          r"nose ?bleeds?|periods?|"
                          r"my (?:nose|finger|thumb|knee|hand|lip|gums?|tooth|teeth|leg|foot|toe))\b")
"""Harm to oneself is the self-harm label's, not violence; one's own nosebleed, period or cut
finger is told in the same words as a wound and is no one's violence."""


_SCREAMED: Final = re.compile(r"scream|begg|plead")
"""The suffering a wound alone is told with (a length, "for hours", is a nosebleed's too)."""


_ANY: Final = re.compile("|".join(f"(?:{p.pattern})" for p in (*_WOUNDS, *_TORTURES, *_SUFFERED)))
"""Any cue :func:`gore_told` needs one of, in one pass: it matches wherever one of them does,
and most messages hold none (one scan of the line instead of ~40)."""
_MORE_CUES: Final = stems(
    # a word each of :data:`_WOUNDS_MORE`, :data:`_TORTURES_MORE`, :data:`_SUFFERED_MORE` and
    # :data:`_MAIMED` cannot match without
    r"stopped", r"broke every", r"left", r"still", r"bodies", r"corpses", r"wires", r"electrodes",
    r"cables", r"clamp", r"jump leads",
    r"crocodile", r"pliers", r"drill", r"blow ?torch", r"hammer", r"mallet", r"cattle", r"taser",
    r"stun", r"soldering", r"iron", r"vice", r"bolt", r"secateurs", r"shears", r"poker", r"car battery",
    r"razor", r"scalpel", r"stanley", r"box", r"cigarette", r"lighter", r"knife", r"machete", r"cleaver",
    r"nail", r"staple", r"tongs", r"spoon", r"screwdriver", r"chisel", r"saw", r"hacksaw", r"chainsaw",
    r"acid", r"boiling", r"kettle", r"cable", r"wire", r"hook", r"heated", r"fingernails", r"toenails",
    r"tied", r"taped", r"strapped", r"chained", r"zip", r"bag", r"castrat", r"locked", r"at a time",
    r"every", r"each", r"all night", r"overnight", r"until", r"till", r"sliced", r"cut", r"hacked",
    r"sawn", r"sawed", r"chopped", r"ripped", r"torn", r"tore", r"blown", r"burned", r"burnt", r"goug",
    r"pulled", r"bit", r"carved", r"peeled", r"stripped", r"sewn", r"stitched", r"nailed", r"stapled",
    r"plucked", r"scooped", r"skin", r"flayed", r"slit", r"slashed", r"glasgow", r"gutted", r"splinters",
    r"needles", r"pins", r"skewers")
_MORE: Final = re.compile("|".join(f"(?:{p.pattern})" for p in (*_WOUNDS_MORE, *_TORTURES_MORE,
                                                               *_SUFFERED_MORE, *_MAIMED)))
"""The same scan for the cues of violence7 (:data:`_WOUNDS_MORE` and the rest), run only on a
line that holds one of their words (:data:`_MORE_CUES`)."""


# ── violence told in prose (scripts/violence9_probe.py) ─────────────────────
# A beating, a shooting or a massacre told as done to people, in the plain words of a story
# rather than the wounds above: "he smashed the man's skull with a hammer", "they shot them one
# by one, then burned the bodies". Behind their own prefilter (:data:`_TOLD_CUES`).

_VICTIM = (r"(?:him|her|them|anyone|anybody|everyone|everybody|"
           r"every (?:\w+ )?(?:man|woman|one|person|child|boy|girl|villager|prisoner)|"
           r"(?:the|that|this|a|an|two|three|four|five|six|(?:his|her|their|my|our) (?:own )?)"
           r" (?:\w+ ){0,2}?(?:man|woman|men|women|boys?|girls?|kids?|child|children|bab(?:y|ies)|guy|"
           r"cashier|customers?|hostages?|prisoners?|villagers|famil(?:y|ies)|victims?|protesters?|civilians|"
           r"refugees|people|crowd|teenagers?|students?|neighbou?rs?|drivers?|passengers?|worshippers|"
           r"wife|husband|sons?|daughters?|brothers?|sisters?|mother|father|parents|captives?|"
           r"guards?|soldiers|journalists?|priests?|nuns?|girlfriend|boyfriend))(?!\w)(?!'s)")
_DONE_VERB = (r"(?:shot|shooting|stabbed|stabbing|beat|beating|hacked|hacking|strangled|strangling|"
              r"burned|burnt|burning|stoned|stoning|clubbed|clubbing|bludgeoned|butchered|slaughtered|"
              r"massacred|executed|machine-?gunned|gunned down|bayonet(?:t)?ed|tortured|torturing|"
              r"murdered|kicked|kicking|punched|punching|stomped|stamped on|doused|set fire to)")
_DONE: Final = tuple(re.compile(p) for p in (
    # done by someone to a person or a crowd: "shot the cashier", "hacked the women and children"
    rf"\b{_DONE_VERB} {_VICTIM}",
    # a head or a throat opened: "smashed the man's skull", "slit the hostage's throat"
    r"\b(?:smashed|slit|slashed|crushed|caved in|bashed in|stove in|cut) (?:the \w+'s|his|her|their) "
    r"(?:skulls?|throats?|heads?)\b",
    # told in the passive with its manner: "were shot in the back", "was beaten to death"
    r"\b(?:was|were|had been|got) (?:\w+ )?(?:shot|stabbed|beaten|hacked|stoned|burned|burnt|strangled|"
    r"clubbed|bludgeoned|executed|machine-?gunned|butchered|tortured|kicked|punched) (?:to death|alive|"
    r"in the (?:back|head|face|neck|chest|stomach|knees?)|one by one|repeatedly|over and over)\b",
    r"\bran (?:him|her|them|the \w+) over\b",
))
"""Violence told as done to people: a harm verb in the past or the progressive with a person as
its object, a head or a throat opened, a passive with its manner. One alone is a news line or a
game; beside a detail (:data:`_DETAIL`), a wound or a second act it is violence told."""
_DETAIL: Final = tuple(re.compile(p) for p in (
    r"\bto death\b",
    r"\b(?:burn(?:ed|t)|buried) (?:\w+ ){1,3}?alive\b",
    r"\bwith (?:a |an |the |their |his |her |iron |baseball |cricket |broken |kitchen |steel )?"
    r"(?:hammers?|machetes?|knife|knives|bats?|iron bars?|bars|belts?|cords?|ropes?|bricks?|bottles?|"
    r"axes?|pipes?|crowbars?|rifles?|chains?|clubs?|rocks?|stones?|cleavers?|bayonets?)\b",
    r"\bin the (?:back of the head|head|face|back|neck|chest|stomach|throat|knees?|groin)\b",
    r"\b(?:over and over|again and again|repeatedly|(?:two|three|four|five|six|seven|eight|nine|ten|"
    r"\d+|a dozen|dozens of) times)\b",
    r"\bso (?:badly|hard|brutally|viciously) (?:that )?(?:his|her|their|s?he|they)\b",
    r"\b(?:until|till|long after|even after) (?:his|her|their) (?:\w+ )?(?:face|head|skull|back|legs?|arms?|"
    r"ribs|body|eyes?) (?:was|were|had|came|cracked|broke|snapped|split|caved)\b",
    r"\b(?:until|till|long after|even after) (?:s?he|they) (?:was|were|stopped|went|lay|fell|couldn'?t|"
    r"could not|passed out)\b",
    r"\b(?:while|as) (?:s?he|they) (?:still )?(?:screamed|begged|lay|hid|ran|watched|cried|pleaded|"
    r"(?:was|were) (?:screaming|begging|lying|hiding|running|still))\b",
    # a body disposed of or shown: "dumped her body in the river", "held up his head"
    r"\b(?:dumped|threw|dragged|hung|hanged|burned|burnt|buried|left|dismembered) (?:his|her|their|the) "
    r"(?:\w+ )?(?:body|bodies|corpses?)\b",
    r"\b(?:body|bodies|corpses?) (?:was |were )?(?:dumped|thrown|left|dragged|burned|burnt|hung|piled|"
    r"buried)\b",
    r"\bheld up (?:his|her|their|the) (?:severed )?heads?\b",
    # a massacre in its steps: lined up, graves dug, house to house, people inside
    r"\b(?:lined|lining) (?:them|the \w+|\w+) up\b",
    r"\bdig (?:their|his|her) own graves?\b",
    r"\b(?:from )?(?:house to house|door to door)\b",
    r"\bwith the (?:\w+ ){1,2}?(?:still )?inside\b",
    r"\banyone who (?:tried|ran|moved|resisted|fought)\b",
    r"\b(?:some|most|many) (?:of them )?(?:were )?still (?:breathing|moving|alive)\b",
    r"\bleft (?:him|her|them) (?:to die|bleeding|for dead)\b|\bbleeding in the (?:gutter|street|road|snow)\b",
    r"\beyes? (?:came|popped|was hanging|were hanging) out of\b",
    r"\b(?:blood|brains?|guts)(?: and (?:blood|brains?|guts|teeth|bone))? (?:covered|coated|soaked|"
    r"splattered|sprayed) the (?:floor|walls?|ground|road|street|pavement|carpet|ceiling)\b",
))
"""The detail of violence told: its manner (to death, with a hammer, in the head, over and over,
until he stopped moving), the body disposed of, a massacre's steps (lined up, graves dug, house
to house)."""
_TOLD_CUES: Final = stems(
    r"shot", r"shooting", r"stabb", r"beat", r"hack", r"strangl", r"burn", r"stoned", r"stoning",
    r"club", r"bludgeon", r"butcher", r"slaughter", r"massacr", r"execut", r"machine", r"gunned",
    r"bayonet", r"tortur", r"murder", r"kick", r"punch", r"stomp", r"stamped", r"doused", r"set fire",
    r"smashed", r"slit", r"slashed", r"crushed", r"caved", r"bashed", r"stove", r"cut", r"ran")
_TOLD: Final = re.compile("|".join(f"(?:{p.pattern})" for p in _DONE))
_PLAYED: Final = stems(r"sniper", r"across the map", r"headshot", r"killcam", r"lobby", r"multiplayer",
                       r"achievement", r"(?:last|final|next|first) mission", r"npcs?\b", r"xp\b",
                       r"respawn", r"paintball", r"airsoft", r"laser ?tag", r"nerf\b")
"""A game's shooting and killing told as done ("I shot him in the head from across the map"): no
one's violence."""
_PHOTOGRAPHED: Final = stems(r"camera", r"photos?\b", r"photograph", r"portraits?\b", r"lens",
                             r"pictures?\b", r"video", r"footage\b(?! (?:shows|of))", r"wedding")
"""A photographer "shot them one by one"."""


def _hits(patterns: tuple[re.Pattern[str], ...], folded: str) -> list[str]:
    return [m.group(0) for p in patterns if (m := p.search(folded)) is not None]


def gore_told(folded: str) -> str | None:
    """The cues where ``folded`` tells an injury, an attack or a torture in its detail across
    the message (see the module's docstring), joined for a note; ``None`` where it does not.
    A text about harming oneself is left to the self-harm readers."""
    told_cue = _TOLD_CUES.search(folded) is not None and _TOLD.search(folded) is not None
    if not told_cue and _ANY.search(folded) is None \
            and (_MORE_CUES.search(folded) is None or _MORE.search(folded) is None):
        return None  # most messages
    maimed = _hits(_MAIMED, folded)
    wounds = _hits(_WOUNDS, folded) + _hits(_WOUNDS_MORE, folded)
    tortures = _hits(_TORTURES, folded) + _hits(_TORTURES_MORE, folded)
    suffered = _hits(_SUFFERED, folded) + _hits(_SUFFERED_MORE, folded)
    done = _done(folded) if told_cue else []
    if not wounds and not tortures and not suffered and not maimed and not done:
        return None
    attacks = _hits(_ATTACKS, folded)
    detail = _hits(_DETAIL, folded) if done or attacks else []
    screamed = [s for s in suffered if _SCREAMED.search(s)]
    told = (maimed or len(wounds) >= 2 or (wounds and (attacks or tortures or screamed))
            or ((tortures or attacks) and suffered) or len(tortures) >= 2 or (tortures and attacks)
            # violence told in prose (violence9): an act done to people and its detail, a
            # wound, a suffering or a second act
            or (done and (detail or wounds or suffered or tortures or attacks or len(done) >= 2))
            or (attacks and detail))
    if not told or _SELF.search(folded):
        return None
    if (done or attacks) and not (maimed or wounds or tortures) \
            and (_PLAYED.search(folded) or ("shot" in folded and _PHOTOGRAPHED.search(folded))):
        return None  # a game's headshot, a photographer's "shot them one by one"
    return "; ".join(dict.fromkeys((*maimed, *wounds, *tortures, *done, *attacks, *detail, *suffered)))


def _done(folded: str) -> list[str]:
    """Every act of :data:`_DONE` in ``folded``, each once: two acts told ("burned the family
    alive and shot anyone who tried to get out") are two cues."""
    return list(dict.fromkeys(m.group(0) for p in _DONE for m in p.finditer(folded)))
