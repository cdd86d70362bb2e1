"""Children sexualized or groomed, in the guideline's own words.

"No Child Sexual Abuse" forbids content "depicting, promoting or normalizing child sexual
abuse" and "sexualizing children, including animations (e.g. lolicon)"; "No Grooming"
forbids "soliciting sexual content from or grooming individuals under 18". No labelled
text of either exists to train a head on (the ``sexual_minors`` head learnt fourteen seed
phrases), so it scored "she's only 15 but her body is so hot" and the grooming script
("how old are you? don't tell your parents") 0, and "report child porn to the
CyberTipline" 0.91. What the guideline names is a composition of words, read here the
way :func:`~chatwarden.detect.judge.harm.harm_said` reads a threat:

- ``explicit``: the material by its name (lolicon, shotacon, child porn, CP sold, bought or
  traded, «детское порно», loli + hentai);
- ``sexualized``: a minor (an age under 18 said of a person, "underage", "schoolgirl",
  «малолетка», "little girls") in the same sentence as sexual content, the gates' sexual
  stems and terms (``gates.GATES["sexual"]``, ``gates.sexual_terms``) or the words that
  make a person an object of desire there ("so hot", "tap that", "the younger the better",
  "pics of … in underwear"), or a child undressed *for* someone, an act done to a child, sex
  with one approved ("took off her clothes for me on webcam", "fucked a 15 yo", "she was 15 but
  she wanted it": :data:`_UNDRESSED`, :data:`_ACTED`, :data:`_APPROVED`);
- ``grooming``: an approach to a child in one message, two moves of the known script:
  age asked or a child's age said to them, "are you home alone", secrecy from parents,
  a request for photos or a meeting (age + secrecy, age + photos, alone + anything, secrecy
  + a request).

Precision first (a wrong CSAM flag is grave): the words are *cited*, not said, where the
message condemns, reports or tells news of them ("lolicon should be banned", "man arrested
for child porn", a crime against a child told), educates or asks a doctor or the law ("how
do I talk to my 10 year old about sex?"), warns of groomers, or asks what a word means
(:func:`minors_cited`); there the cascade keeps the heads' scores under the flag point too.
A body word said of a child with no image of it wanted ("the kids ran naked on the beach"),
or of one's own child ("my toddler has a rash on her genitals"), is no desire, and neither
is a negated clause ("I would never touch her"). An age of a thing ("14 year old whisky") is
no child, nor are children as the time of their parents' sex life ("while the kids were
asleep", :func:`minors_bystanders`). A member's own age ("im 15 lol", «мне 17,
поступаю») sexualizes no one: it is Teen Safety's concern, a human rule.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from chatwarden.detect.judge import gates, reading
from chatwarden.detect.judge.reading import stems

Kind = Literal["explicit", "sexualized", "grooming"]

MINORS_SAID_SCORE: Final[dict[Kind, float]] = {"explicit": 0.9, "sexualized": 0.85, "grooming": 0.8}
"""The ``sexual_minors`` floor of each kind: over the label's 0.5 and ``sexual``'s 0.6, under a
model's certainty; the material named outright ranks first in the review queue, the script,
where one move more would be certain, last."""
MINORS_SAID_LABELS: Final[dict[Kind, tuple[str, ...]]] = {
    "explicit": ("sexual", "sexual_minors"), "sexualized": ("sexual", "sexual_minors"),
    "grooming": ("sexual_minors",),
}
"""Sexualizing a child is sexual content as well; grooming asks for it, and may not say it."""
NOT_MINORS: Final = 0.3
"""The score kept where children and sex are named to condemn, report, educate or ask
(:func:`minors_cited`): under every shipped threshold, so not queued, still shown."""

_AGE = r"(?:1[0-7]|[1-9])"
_AGE_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|"
             r"fourteen|fifteen|sixteen|seventeen)")
_YEARS_OLD = r"(?:y/?o|yrs?[ -]?olds?|years?[ -]olds?|year-olds?)\b"
_AGE_ENDS = (r"(?: ?(?:y/?o\b|yrs?\b|years?\b)(?: old)?)?"
             r"(?=\s*(?:[?,.!;)]|$|and\b|but\b|right\b|too\b|already\b))")
"""An age said as an age: at a clause's end or with its unit ("she's 15, but", "you're 13?",
"he is 12 yo"), not "she's 15 minutes late" or "you're 2 behind"."""
_RU_AGE_ENDS = r"(?: ?(?:лет|годик\w*|год(?:а|ик)?)\b)?(?=\s*(?:[?,.!;)]|$|а\b|но\b|и\b|же\b|уже\b))"

_ONE_KID: Final = re.compile(r"(?<!like )(?<!as )(?<!was )(?<!were )\b(?:a|the|this|that|some) kid\b(?!['’])")
"""One child, "a kid": an insult's target too ("that kid is a pussy"), so it counts only with a
child undressed or touching (:data:`_UNDRESSED`, :data:`_TOUCHED`), never with a gate's word."""
_THINGS = (r"(?:whisk(?:e)?y|scotch|bourbon|rum|wine|cognac|brandy|malt|port|cheese|cars?|truck|van|bike|"
           r"motorcycle|laptop|computer|pc|phone|tv|server|house|building|roof|mattress|sofa|couch|game|"
           r"account|dog|cat|horse|pony|tree|software|code|meme|tires?|engine|printer|console)s?\b")
"""What an age is said of besides a person ("this 14 year old whisky is smooth and sexy", "my
15 year old laptop", "our 10 year old dog humps everything")."""
_RU_THING = r"(?:машин|авто|ноутбук|компьютер|телефон|виски|коньяк|вин|дом|кот|кошк|собак|пс[аы]|пес)"
_RU_THINGS = rf"(?!\w* {_RU_THING})"

_AGED_THING: Final = re.compile(
    rf"\b(?:\d+|{_AGE_WORD}) ?-?{_YEARS_OLD} (?:\w+ )?{_THINGS}"
    rf"|\b\d+ ?-?летн\w* {_RU_THING}")
"""An age said of a thing or a pet, which the heads read as a child's ("our 12 year old dog")."""

_MINOR: Final = stems(
    rf"(?:{_AGE}|{_AGE_WORD}) ?-?{_YEARS_OLD}(?! (?:me|self)\b)(?! (?:\w+ )?{_THINGS})",
    rf"(?:s?he(?:'?s| is| was)|they(?:'re| are| were)|you(?:'re| are)|youre|ur|u r|u are|aged?) "
    rf"(?:only |just |barely |like )?{_AGE}{_AGE_ENDS}",
    rf"(?:daughter|son|girl|boy|kid|child|niece|nephew|sister|brother|stepdaughter|stepson|cousin)s? "
    rf"(?:is|was|are|were) (?:only |just |barely )?{_AGE}{_AGE_ENDS}",
    r"underage", r"under-age", r"minors\b", r"(?:a|the|with|underage) minor\b", r"school ?girls?\b",
    r"school ?boys?\b", r"pre-?teens?\b", r"tweens\b", r"little (?:girls?|boys?|kids?|ones|children)\b",
    r"young(?:er)? (?:girls?|boys?|kids|children|teens?)\b", r"(?<!without )kid(?:s|'s|s')\b",
    r"(?:high ?school|hs) (?:freshm[ae]n|sophomores?)\b", r"(?:freshm[ae]n|sophomores?) in high school\b",
    r"kiddies\b", r"(?<!without )children\b",
    r"child\b(?! ?-?(?:sized?|proof|friendly|safe|care|support|labou?r|process\w*|node|theme|element)\b)",
    r"toddlers?\b", r"(?:middle|elementary|primary) school(?:ers?)?\b", r"junior high\b",
    r"high ?schoolers?\b", r"high ?school (?:girls?|boys?)\b",
    r"(?:[5-9]th|1[0-2]th|fifth|sixth|seventh|eighth|ninth|tenth) grade(?:rs?)?\b",
    r"teenage (?:girls?|boys?|daughters?|sons?|kids?)\b", r"jailbait\b", r"lolis?\b",
    # leftovers: "teen" and "teenager" too, in porn-site spam ("18+ teen") as in desire said:
    # the guideline is strict on content sexualizing children, and "teen" names 13 to 19
    r"teen(?:ager)?s?\b",
    r"shotas?\b",
    # Russian: «школьница», «малолетка», «ребёнок», «детей», «маленькие девочки», «девочка 12
    # лет», «12-летняя», «ей 14» (not «девочки», which is how adult women are hailed)
    r"школьниц", r"школьник", r"малолет", r"несовершеннолет", r"реб[её]н",
    r"(?<!без )дет(?:и|ей|ям|ьми|ях|ишк\w*|очк\w*)\b", r"маленьк\w* (?:девоч|мальчик|дет)", r"подрост",
    r"младшекласс", r"старшекласс", r"первоклассн",
    r"(?:второ|третье|четверо|пяти|шести|семи|восьми|девяти)классн",
    r"лол(?:и|ей|ек)\b", rf"{_AGE} ?-?(?:летн|лет(?:ок|очк)){_RU_THINGS}",
    rf"(?:девоч\w*|мальчик\w*|доч(?:к\w*|ь|ери)|сын\w*) (?:всего |только |уже )?{_AGE}{_RU_AGE_ENDS}",
    rf"(?:ей|ему|ты|тебе) (?:всего |только |уже |же )?{_AGE}{_RU_AGE_ENDS}")
"""A person under 18: an age said of someone other than the author (first-person ages are
no one sexualized), the words for minors and young children ("teen" too, which an adult
porn genre names: "18+ teen" is still a teen sexualized, as the guideline reads it; not
"baby", a pet name). A teen in benign talk ("my teen son's homework") has no sexual word
beside it, and one told of for health, safety or news is cited (:data:`_CITED`)."""

_DESIRE: Final = stems(
    r"(?:so|really|very|super|damn|fucking|fuckin) (?:hot|fine|sexy)\b", r"hot (?:body|bod|ass|legs|little)",
    r"(?:s?he|they)(?:'?s| is|'re| are| looks?) (?:so |really |very )?hot\b",
    r"(?:body|bodies|ass|legs|figure|butt) (?:is|are|looks?) (?:so |really |very )?(?:hot|fine|tight)",
    r"tap that", r"hit that", r"(?:i'?d|i would|would) (?:smash|bang|fuck|tap|hit)",
    r"the younger the better",
    # an act on a genital, porn spam's words ("teen girl sucking cock"): "cock" is in no gate
    r"(?:suck|lick|rid|strok|jerk)\w* (?:\w+ )?(?:cocks?|dicks?|pussy|pussies|clit)\b",
    r"turns? me on", r"turned on", r"fap", r"wank", r"grop", r"fondl",
    r"(?:i'?d|i would|i want to|i wanna|wanna|i'?m gonna|i'?m going to|i'?ll|let me) (?:\w+ )?"
    r"(?:rape|molest|touch|fuck|bang|smash)\b",
    r"(?:till|until|when) (?:s?he|they)(?:'?s| is| are|'re) legal",
    r"(?:looking for|want\w*|wanna|need|send|post|share|got any|any ?one (?:got|have)|"
    r"(?:pics?|photos?|pictures?|videos?|vids?) of)\b.{0,40}\b(?:in|without) (?:their |her |his )?"
    r"(?:underwear|panties|bikinis?|swimsuits?|bras?|briefs|undies|lingerie)",
    r"возбужда", r"вдул", r"вдуть", r"вдую", r"хочу (?:\w+ )?(?:выебать|изнасиловать|потрогать|полапать)",
    r"лапать", r"полапать", r"облапа",
    r"(?:такая|такие|классн\w*|горяч\w*|аппетитн\w*) (?:фигур|попк|жоп|ножк|груд|тел)",
    r"в (?:трус(?:ах|иках|ишках)|купальник\w*|бель[её])", r"без трус")
"""What makes a person an object of desire where the gates' sexual stems see no sexual word
("her body is so hot", "I'd tap that", "the younger the better", pictures of someone in
underwear wanted; «я бы вдул», «в трусиках», «такая фигура»)."""

_CHILD_WORDS = (rf"(?:(?:{_AGE}|{_AGE_WORD}) ?-?(?:y/?o|yrs?[ -]?olds?|years?[ -]olds?|year-olds?)\b"
                rf"(?! (?:\w+ )?{_THINGS})|little (?:girls?|boys?)\b|pre-?teens?\b|minors?\b|"
                r"school ?(?:girls?|boys?)\b|teen(?:ager)?s?\b|high ?schoolers?\b|"
                r"(?:[5-9]th|1[0-2]th|fifth|sixth|seventh|eighth|ninth|tenth) graders?\b|"
                r"(?:middle|elementary|primary) school(?:ers?|girls?|boys?)?\b|toddlers?\b|underage\b|"
                r"(?:high ?school|hs) (?:freshm[ae]n|sophomores?)\b|"
                r"школьниц\w*|школьник\w*|малолет\w*|несовершеннолет\w*|"
                rf"{_AGE} ?-?летн\w*|(?:второ|третье|четверо|пяти|шести|семи|восьми|девяти)классниц\w*)"
                r"(?!['’])")
_CHILD = rf"(?:{_CHILD_WORDS}|(?:kids?|child(?:ren)?)\b(?!['’]))"
_ACTED: Final = stems(
    rf"(?:fucked|fucking|banged|banging|fingered|fingering) "
    rf"(?:a|an|the|this|that|some|my|his|her|these|those|our)(?: \w+){{0,2}}? {_CHILD}"
    r"(?! (?:over|up|around|about)\b)",
    rf"(?:(?:had|have|having) sex|sex) with(?: (?:a|an|the|this|that|some|my|his|her|these|those|our))?"
    rf"(?: \w+){{0,2}}? {_CHILD}",
    rf"(?:slept|sleep|sleeping|hooked up|hook up|hooking up|made out|make out|making out) with "
    rf"(?:a|an|this|that|some)(?: \w+){{0,2}}? (?:{_CHILD_WORDS}|kid\b(?!['’]))",
    rf"(?:трахнул\w*|трахал\w*|выебал\w*|переспал\w*(?: с)?|занимал\w* сексом с)"
    rf"(?: \w+){{0,2}}? {_CHILD}")
"""A sexual act done *to* a minor, the child its object ("fucked a 15 yo girl", "slept with my
15 year old student", «переспал с 14-летней»): the act told, not a body word said near a child
("we had sex while the kids were asleep")."""
_TAKE = r"(?:took|take|takes|taking|pulled|pull|pulls|pulling)"
_CLOTHES = r"(?:clothes|shirt|top|bra|panties|pants|underwear|dress|skirt|blouse|knickers|shorts|t-?shirt)"
_UNDRESSED: Final = stems(
    r"strip(?:ped|s|ping)? (?:for|naked|off|down|on)\b", r"undress\w*",
    rf"{_TAKE} (?:off|down) (?:her|his|their|your|ur|all (?:her|his|their)) (?:\w+ )?{_CLOTHES}\b",
    rf"{_TAKE} (?:her|his|their|your|ur) (?:\w+ )?{_CLOTHES} (?:off|down)\b",
    r"(?:got|get|gets|getting) naked\b",
    r"flash(?:ed|es|ing)? (?:me|us|him|her (?:tits|boobs|breasts|body|pussy))\b",
    r"show(?:ed|s|ing)? (?:me|us|him) (?:her|his) (?:tits|boobs|breasts|body|pussy|dick|cock|penis|ass|butt|"
    r"chest|privates|vagina|nipples)\b", r"lap ?dance", r"(?:made|making|make|makes) out\b", r"unbutton\w*",
    r"(?:lose|loses|lost|losing|take|takes|took|taking) (?:her|his|their) virginity\b",
    r"раздел(?:ась|ся|ись)", r"раздева\w*", r"разденься", r"разденьтесь",
    r"сн(?:яла|ял|имает|имала|ими|имай) (?:с себя )?(?:\w+ )?"
    r"(?:одежду|трусы|трусики|лифчик|футболку|майку|платье|юбку)",
    r"показал\w* (?:мне )?(?:сво\w* )?(?:сиськи|грудь|письку|киску|попу|жопу|тело|член)",
    r"гол(?:ую|ого|еньк\w*)\b")
"""A child undressed, shown or touching ("took off her shirt", "stripped", "made out", «разделась»,
«голую»): a body, like :data:`_BODY_ONLY`, sexual only where it is done for someone
(:data:`_SHOWN_FOR`) or images, a story or a role-play of it are wanted (:data:`_WANTS`), and
never of one's own child with none wanted by the author (bath time, a toddler's game)."""
_TOUCHED: Final = stems(
    r"(?:touch|rubb?|grabb?|strok|play|jerk)\w* (?:with )?(?:my|his) (?:\w+ )?"
    r"(?:dick|cock|penis|crotch|balls|junk|privates|private parts)\b")
"""A child's hands on a man's genitals ("a kid touched my dick"): sexual however it is told,
but of one's own child a parent's complaint may say it, so it is cared for there."""
_SHOWN_FOR: Final = stems(
    r"for (?:me|him|us|them|the (?:cam|camera))\b", r"in front of (?:me|him|us|them)\b",
    r"on (?:web)?cam\b", r"on (?:camera|skype|snap|snapchat|facetime|discord|zoom|kik|video)\b",
    r"video ?chat", r"(?:showed|flashed|sent|sends|send|texted|texts|gave|gives) (?:me|him|us)\b",
    r"selfies?\b",
    r"(?:i|we) (?:\w+ )?(?:undress|undressed|strip|stripped) (?:you|her|him)\b",
    r"для меня", r"передо мной", r"по (?:веб|вебк|камер)\w*", r"на (?:камеру|вебку|видео)",
    r"(?:показал|скинул)\w* мне")
"""The one a child is undressed for ("for me on webcam", "in front of me", "sends me naked
selfies", "I undress you", «для меня по вебке»)."""
_APPROVED: Final = stems(
    r"but (?:s?he|they) (?:\w+ )?(?:wanted it|wanted me|wanted sex|asked for it|was asking for it|"
    r"were asking for it|was begging for it|begged for it|was into it|came on to me|seduced me|consented)"
    r"(?=\W*$)",
    r"(?:s?he|they) (?:was|were) (?:totally |really )?(?:asking|begging) for it\b",
    r"(?:came|come|comes) on to me\b", r"old enough (?:to|for) (?:fuck|bang|screw|sex|have sex|be fucked)\b",
    r"(?:can|could) (?:\w+ )?consent to sex\b",
    r"сама? (?:этого )?(?:хотела?|захотела?|напросилась|просила)(?=\W*$)",
    r"сами (?:этого )?(?:хотят|хотели|просят) (?:секса|трахаться|этого)")
"""Sex with a child said to be wanted or consented ("she was 15 but she wanted it", "kids can
consent to sex", «ей было 15, но она сама хотела»): the guideline's *normalizing*. "Wanted it"
only where it ends what is said ("she's 12 but she wanted it so bad, so we bought her the phone"
is a purchase)."""
_NORMAL: Final = stems(
    r"nothing wrong with", r"should be (?:normal|legal|allowed|normali[sz]ed|accepted)\b",
    r"age is (?:just )?a number",
    r"who are we to (?:say|judge|stop)", r"(?:can|could) (?:\w+ )?consent\b", r"(?:is|it'?s) natural\b",
    r"должн\w* быть (?:нормой|разрешен|легальн)", r"ничего (?:плохого|такого|страшного) (?:в|нет)")
"""Sex with a child called normal ("sex with children should be normal", "nothing wrong with
sleeping with a 15 year old"): said of a body or a topic word, it makes it approval, as a
wanted image does (:data:`_WANTS`); alone it is everyday talk ("nothing wrong with a 15 year old
having a phone")."""

_EXPLICIT: Final = stems(
    r"lolicon", r"shotacon", r"toddlercon", r"pthc", r"jailbait", r"kiddie ?porn", r"kiddy ?porn",
    r"kid porn", r"pedo ?porn", r"child ?porn", r"preteen (?:porn|nudes?|hardcore|sex)",
    r"underage (?:porn|nudes?|sex (?:videos?|pics))", r"csam\b",
    r"child sex(?:ual)? (?:abuse )?(?:material|videos?|pics|images|content)",
    r"(?:loli|shota)s? (?:hentai|porn|nsfw|lewds?|r34|rule ?34|doujins?|nudes?|ero)",
    r"(?:hentai|porn|nsfw|lewd|r34|rule ?34|ero) (?:of )?(?:lolis?|shotas?)\b",
    r"(?:sell\w*|buy\w*|trad\w*|shar\w*) (?:some |any |me |more |the )?cp\b(?! -)",
    r"cp (?:links?|vids?|videos?|pics?|folders?|collection|content|porn|for (?:sale|trade)|trading)\b",
    r"детск\w* порн", r"лоликон", r"шотакон", r"(?:лоли|шота) (?:хентай|порн|нюдс)",
    r"(?:хентай|порн\w*) (?:с )?(?:лоли|шота)\b", r"(?:продам|продаю|куплю|обмен\w*) цп\b",
    r"цп (?:ссылк|видео|фото|канал|чат|архив)")
"""The material by its name: the guideline's "lolicon", child pornography and its trading
words. "cp" alone is the Unix copy command, Pokémon's combat power or Club Penguin, ЦП a
processor: they count only sold, bought, traded or named as videos, links or a collection."""

_CITED: Final = stems(
    r"report", r"bans?\b", r"banned", r"banning", r"illegal", r"crimes?\b", r"criminal", r"arrest",
    r"charged", r"convict", r"sentenc", r"jail(?!bait)", r"prison", r"got \d+ years",
    r"years (?:in|behind) (?:jail|prison|bars)", r"police", r"fbi", r"interpol", r"cops?\b",
    r"investigat", r"accused", r"guilty", r"prosecut", r"court", r"trial", r"lawsuit", r"victim",
    r"survivor", r"abus(?:e|ed|er|ers|es|ive)\b", r"predator", r"pedo(?:phile)?s?\b",
    r"paedo(?:phile)?s?\b", r"sex offender", r"sex crime", r"molest", r"rap(?:e|ed|es|ist|ists|ing)\b",
    r"groom(?:er|ers|ing)\b", r"disgusting", r"gross\b", r"vile\b", r"sick(?:ening|o)?\b", r"creep",
    r"horrific", r"horrible", r"evil\b", r"(?<!nothing )(?<!not )wrong", r"protect", r"safety",
    r"prevent", r"awareness", r"warn", r"red flags?", r"block", r"filter", r"parental",
    r"if (?:someone|somebody|anyone|a stranger)", r"tell (?:an? )?(?:adult|parent|teacher|trusted)",
    r"sex(?:ual)? ?ed(?:ucation)?\b", r"sexual health", r"puberty", r"the talk\b",
    r"(?<!can )(?<!could )consent",
    r"(?:men|adults|predators|people|strangers|creeps|groomers|they|someone|somebody|pedophiles) "
    r"(?:\w+ ){0,2}(?:pretend|pose|posing|pretending)\b", r"check (?:who|what) (?:your|ur)\b",
    r"where babies come from", r"doctor", r"pediatrician", r"paediatrician", r"nurse", r"clinic",
    r"rash\b", r"infection", r"itch", r"diapers?\b", r"nappy", r"potty", r"hygiene", r"vaccin", r"hpv",
    r"symptoms?\b", r"is (?:it|this|that) normal",
    r"(?:talk|talking|speak|explain\w*|teach\w*) (?:to )?(?:\w+ ){0,4}(?:about|what) "
    r"(?:sex|porn|puberty|their bod)",
    r"should be (?:banned|illegal|removed|stopped)", r"legally", r"age of consent",
    r"is (?:it|that|this) (?:legal|allowed)",
    r"запрет", r"запрещ", r"сажать", r"посад", r"срок", r"задерж", r"арест", r"осужд", r"осуд",
    r"приговор", r"полици", r"мвд", r"фсб", r"следстви", r"следовател", r"уголовн",
    r"суд(?:а|е|ом|ы|или|ят)?\b", r"сообщ\w* (?:в|о|об)\b", r"пожалова", r"жалоб", r"педофил", r"мерз",
    r"отвратит", r"ужас", r"гадост", r"жертв", r"борьб\w* с\b", r"изнасил", r"растл", r"насили", r"защит",
    r"профилактик", r"половое воспитани", r"сексуальн\w* (?:образовани|просвещени|воспитани)",
    r"как (?:поговорить|объяснить|рассказать)", r"врач", r"педиатр", r"гинеколог", r"сып", r"зуд",
    r"груминг", r"осторожн", r"признак")
"""Children and sex named to condemn, report, tell news of, protect from, teach or ask a
doctor about: the words are cited, not said (a whole message is read: "Man arrested. He had
child porn on his laptop.")."""
_DEFINITION: Final = re.compile(
    r"^\W*(?:what|wtf|wth)(?: does| do| is| are|'s|s)? (?:a |an |the )?(?:\w+ ){0,2}"
    r"(?:mean|means|stand for|stands for)\b|^\W*what (?:is|are|'s|s) (?:a |an )?[\w ]{1,25}\?\W*$"
    r"|^\W*(?:что|чё|че) (?:такое|значит|означает)\b|^\W*кто (?:такие|такая|такой)\b")
"""A word asked about ("what does loli mean?", «что такое лоли?»): naming it is no offer."""

_KIN = (r"(?:son|sons|daughter|daughters|kid|kids|child|children|toddler|baby|babies|little ones?|"
        r"niece|nephew|grandson|granddaughter)")
_OWN_CHILD: Final = stems(
    rf"(?:my|our) (?:\w+ ){{0,2}}(?:{_KIN}|boys?|girls?|students?|class|year[ -]olds?|y/?o)\b",
    rf"(?:her|his|their) (?:\w+ ){{0,2}}{_KIN}\b",
    r"(?:мо[йяеи]|наш\w*|у меня) (?:\w+ )?(?:сын|доч|реб[её]н|дет(?:и|ей)\b|малыш|ученик|ученици|класс)")
"""A parent's or a teacher's own children ("my 10 year old", "our students"), or a parent's
told of ("her kids"): with a body word they are cared for, not desired."""
_BODY_ONLY: Final = re.compile(
    r"^(?:genitals?|genitalia|penis|penises|vaginas?|nipples?|breasts|pubes|naked|nude|nudity|undress\w*|"
    r"sex|intercourse|masturbat\w*|kiss (?:you|me)|erect\w*|porn|porno|голы\w*|голая|без одежды|интим\w*|"
    r"раздев\w*|раздень\w*|секс|сексе|сексом|секса|порн\w*)$")
"""Sexual words that name a body or a topic rather than desire ("the kids ran naked on the
beach", "my kids kiss me goodnight", «ребёнок бегает голый»): they sexualize a child only
where images or a story of it are wanted (:data:`_WANTS`), and of one's own child only where
the author wants them himself (:data:`_WANTS_MINE`: "my toddler has a rash on her genitals,
should I see a doctor?" is care; "my daughter is 9 and I want to see her naked" is not)."""
_WANTS: Final = stems(
    r"pics?\b", r"photos?\b", r"pictures?\b", r"videos?\b", r"vids?\b", r"nudes\b", r"wants?\b",
    r"wanna\b", r"see\b", r"looking for\b", r"show\b", r"send\b", r"post\b", r"share\b",
    r"stor(?:y|ies)\b", r"write\b", r"describe\b", r"role-? ?play\b", r"fantas", r"imagine\b",
    r"pls\b", r"plz\b", r"please\b", r"selfies?\b", r"pretend\b", r"draw\b", r"generate\b",
    r"create\b", r"images?\b", r"rp\b", r"act like\b",
    r"хочу", r"хочется", r"ищу", r"фот", r"видео", r"покажи", r"скинь", r"скиньте", r"пришли",
    r"рассказ", r"опиши", r"напиши", r"посмотреть", r"увидеть", r"ролев", r"нарисуй", r"сгенерируй",
    r"картинк")
_WANTS_MINE: Final = stems(
    r"i (?:want|wanna|would love|'d love|need|like) (?:to )?(?:see|watch|touch|have|feel)\b",
    r"i wanna (?:see|watch|touch)\b", r"send me\b", r"show me\b", r"pics?\b", r"photos?\b",
    r"videos?\b", r"nudes\b", r"хочу (?:увидеть|посмотреть|потрогать)", r"скинь", r"покажи", r"фот",
    r"видео")
"""Images of a child wanted by the author himself ("I want to see her naked", "send me"):
what makes a body word said of one's own child desire rather than care."""

NEAR: Final = 60
"""Characters at most between a minor and the sexual words said of them: a chat line says both
in a breath ("she's only 15 but her body is so hot"); a long post that names children in
one place and sex in another (a story of a prank call, a rant) says neither of the other."""
SHOWN_AFTER: Final = 25
"""Characters at most after a body word where the one it is shown for is named ("took off her
clothes for me"): "the kids got naked for the bath, can you watch them for me" names no viewer."""
_IDIOMS: Final = re.compile(r"\b(?:big|little) (?:girl|boy) (?:panties|pants)\b|"
                           r"\bschool ?girl (?:outfits?|costumes?|uniforms?|skirts?)\b|"
                           r"\b(?:while|whilst|when|since|after|before|until|till|once|now that|as soon as) "
                           r"(?:the|my|our|your|his|her|their) (?:\w+ )?"
                           r"(?:kids|children|baby|babies|toddlers?|little ones)\b")
"""Idioms and costumes with a child's word in them and no child ("pull up your little girl
panties", "a school girl outfit for halloween"), and children as the time of their parents'
sex life ("we had sex while the kids were asleep", "no sex since the baby")."""

_OWN_TEENS: Final = re.compile(
    r"\b(?:(?:when|since|while|back when|after|before|once) (?:i|we) (?:was|were) (?:a |just |still |only )?|"
    r"(?:i|we) (?:was|were) (?:a |just |still |only )?(?=teen(?:ager)?s? when\b)|"
    r"in (?:my|our) (?:early |mid |late )?(?=teens\b)|"
    r"(?:i|we)\b[^.!?,;\n]{0,40}? (?<!dressed )(?<!dress )(?<!up )(?<!pretend )(?<!pretending )"
    r"(?<!act )(?<!acting )(?<!play )(?<!roleplay )(?<!pose )(?<!posing )as (?:a )?)"
    r"(?P<teen>teen(?:ager)?s?)\b")
"""The author's own teen years, told by an adult ("when I was a teen I watched porn", "in my
late teens", "we had sex as teenagers", "i was a teen when i first had sex"): a time of the
author's life, no child sexualized now (leftovers, chosen on the tuning half of
``scripts/leftovers_probe.py teenpast``). Only the word "teen" is blanked (:func:`_own_teens`),
so another minor named in the same words is still read; a teen dressed up as or played is not
the author's past."""


def _own_teens(text: str) -> str:
    """``text`` with the "teen" of the author's own teen years (:data:`_OWN_TEENS`) blanked."""
    return _OWN_TEENS.sub(lambda m: m.group(0)[:m.start("teen") - m.start()] + " " * len(m.group("teen")),
                          text)


_NOT_WORD: Final = re.compile(r"\W")
_NEGATED: Final = re.compile(r"\b(?:not|never|no|don'?t|dont|won'?t|wouldn'?t|didn'?t|can'?t|cannot|"
                             r"shouldn'?t|nobody|no one|stop)\b|n't\b|\b(?:не|нельзя|никогда|нет)\b")

# ── grooming: moves of the script ────────────────────────────────────────────
_ASKS_AGE: Final = (
    r"how old (?:are|r) (?:you|u|ya)\b", r"(?:what'?s|whats|what is) (?:your|ur) age\b", r"asl\b",
    r"what (?:grade|year|class) (?:are|r) (?:you|u) in\b",
    r"(?:are|r) (?:you|u) (?:still )?in (?:middle|elementary|primary|high) school\b",
    r"mature for (?:your|ur) age\b",
    r"(?:сколько|скока|скоко) (?:тебе )?лет\b", r"тебе (?:сколько|скока|скоко)\b",
    r"(?:ты )?в каком (?:ты )?классе\b", r"взросл\w* для (?:сво\w* )?(?:лет|возраста)")
_CHILD_AGE_SAID: Final = (
    rf"(?:you(?:'re| are)|youre|ur|u r|u are) (?:only |just |barely |like )?{_AGE}{_AGE_ENDS}",
    rf"(?:ты|тебе) (?:всего |только |уже |же )?{_AGE}{_RU_AGE_ENDS}")
"""A child's age said to them ("you're 13?", «тебе 12?»): the author knows whom he writes to."""
_ALONE: Final = (
    r"home alone\b", r"alone (?:at home|in (?:your|ur) room)\b",
    r"(?:are|r|is) (?:your|ur) (?:parents|mom|mum|dad|mother|father|folks) (?:home|around|there|"
    r"asleep|awake|out|away|gone)\b", r"when do (?:your|ur) parents (?:leave|go|get)\b",
    r"(?:anyone|anybody|someone) (?:else )?home\b",
    r"(?:ты )?(?:одн[аи]|один) дома\b",
    r"(?:родители|мама|папа|предки) (?:сейчас )?(?:дома|ушли|уехали|спят|на работе|рядом)\b",
    r"когда (?:твои )?(?:родители|предки) (?:уйдут|уедут)")
_SECRECY: Final = (
    r"(?:don'?t|do not|dont|never) (?:tell|show|say (?:anything )?to) (?:your|ur|ya) (?:parents|mom|mum|"
    r"mommy|mummy|dad|daddy|mother|father|family|folks|teachers?)\b",
    r"(?:don'?t|do not|dont|never) tell (?:anyone|anybody|no ?one) (?:about (?:us|this|me|our|what)|"
    r"(?:that )?we (?:talk|chat|met|meet|text))", r"(?:our|a) (?:little )?secret\b",
    r"keep (?:this|it|us|our \w+) (?:a )?(?:secret|between us|between you and me)\b",
    r"delete (?:our|these|this|the|my) (?:chats?|messages|texts|conversation|dms?)\b",
    r"(?:your|ur) parents (?:wouldn'?t|won'?t|don'?t need to|shouldn'?t|can'?t) "
    r"(?:understand|know|find out)\b",
    r"не (?:говори|рассказывай|показывай) (?:никому|родителям|маме|папе|предкам|своим)",
    r"(?:родителям|маме|папе|никому|предкам) (?:ничего )?не (?:говори|рассказывай|показывай|пиши)",
    r"(?:наш\w*|это) (?:маленьк\w* )?секрет", r"только между нами", r"удали (?:нашу |эту |всю )?переписк",
    r"(?:чтобы|чтоб) (?:родители|мама|папа|никто) не (?:узнал|увидел)")
_OPENERS: Final = {name: stems(*alternatives) for name, alternatives in (
    ("age", _ASKS_AGE), ("child", _CHILD_AGE_SAID), ("alone", _ALONE), ("secret", _SECRECY))}
"""The moves every approach holds one of (:func:`_grooming`): age asked, a child's age said,
home alone, secrecy; each pattern alone for the evidence, all in one to look for them."""
_ANY_OPENER: Final = stems(*_ASKS_AGE, *_CHILD_AGE_SAID, *_ALONE, *_SECRECY)
_PHOTO: Final = stems(
    r"(?:send|show|snap|text|dm) (?:me |us )?(?:a |an |some |more |another |your |ur |ya )?"
    r"(?:pic|pics|picture|pictures|photo|photos|selfie|selfies|nudes?|vid|video|videos)\b"
    r"(?=\s*(?:[?,.!;)]|$|of (?:you|u|yourself|urself|your body|ur body)\b|pls|please|plz|babe|baby|"
    r"sweetie|hun|honey|cutie|now|tonight|later|when|in (?:your|ur|a) |without|wearing|and\b))",
    r"(?:send|show) me (?:your|ur) (?:body|boobs|chest|butt|ass|feet|legs|underwear|bra|panties|self)\b",
    r"show me (?:yourself|urself)\b", r"(?:turn|put) on (?:your|ur|the) (?:cam|camera|webcam)\b",
    r"video ?(?:call|chat)\b", r"facetime\b",
    r"(?:скинь|скини|пришли|отправь|кинь|покажи|сфоткай|сфотографируй)(?:ка|те)?(?: мне)?"
    r"(?: сво\w*)? (?:фот\w*|фотк\w*|селфи|видео\w*|нюдс\w*)(?=\s*(?:[?,.!;)]|$|себя|сво\w*|тво\w*|плиз|"
    r"пж|пожалуйста|в (?:купальник|бель|трус|полный)|без|голы\w*|интим\w*))",
    r"(?:покажи|сфоткай) себя", r"покажись", r"видеозвон", r"включи (?:камеру|вебку)",
    r"(?:созвонимся|созвониться|позвоню) по (?:видео|видеосвязи)")
"""Photos or video of the child asked for: a photo at the clause's end or of them ("send me
a photo", "send a pic of you", «скинь фото»), not a photo of a thing ("a photo of the error",
«фото расписания»)."""
_MEET: Final = stems(
    r"(?:wanna|want to|can we|could we|let'?s|we (?:can|could|should)|i (?:can|could|will|'ll)|i'?ll) "
    r"(?:meet|hang out|come over|come (?:to|and) (?:get|pick) you|pick you up|see you in person)\b",
    r"meet (?:up|me|in person)\b", r"come (?:to|over to) my (?:place|house|car|room)\b",
    r"давай (?:встретимся|увидимся|погуляем|встречу)", r"(?:приходи|приезжай) ко мне",
    r"(?:заеду|заберу) (?:за )?тебя", r"(?:встретимся|увидимся) после школы", r"ко мне (?:домой|в гости)")
_ANCHORS: Final = stems(
    r"[1-9]", r"loli", r"shota", r"toddler", r"pthc", r"jailbait", r"kid", r"pedo", r"child", r"preteen",
    r"pre-teen", r"underage", r"under-age", r"csam", r"cp\b", r"minor", r"school", r"tween", r"little",
    r"young", r"year", r"yrs?\b", r"yo\b", r"y/o", r"old\b", r"age\b", r"asl\b", r"grade", r"class",
    r"mature", r"alone", r"parent", r"mom", r"mum", r"dad", r"mother", r"father", r"folks", r"family",
    r"teacher", r"home", r"tell", r"secret", r"keep", r"delete", r"junior", r"high", r"teen",
    r"дет", r"лол", r"шота", r"цп\b", r"школьни", r"малолет", r"несовершеннолет", r"реб[её]н", r"маленьк",
    r"подрост", r"младшекласс", r"старшекласс", r"первоклассн",
    r"(?:второ|третье|четверо|пяти|шести|семи|восьми|девяти)классн",
    r"лет\b", r"сколько", r"скока", r"скоко", r"класс", r"взросл", r"дома",
    r"родител", r"мама", r"маме", r"папа", r"папе", r"предк", r"говори", r"рассказывай", r"показывай",
    r"секрет", r"между", r"удали", r"узнал", r"увидел")
"""A word every path below needs (an age's digit, a minor, the material, an opening move of
the script): most messages hold none and cost one search."""

_COSTUMED: Final = re.compile(
    r"\b(?P<minor>teen(?:ager)?s?|pre-?teens?|tweens?|underage|jailbait|"
    rf"(?:{_AGE}|{_AGE_WORD}) ?-?(?:y/?o|yrs?[ -]?olds?|years?[ -]olds?|year-olds?))\b"
    r"(?: (?:girls?|boys?|babes?|chicks?|sluts?))?"
    r"(?: (?:in|wearing|dressed (?:up )?(?:as|in)|(?:who )?(?:wears|dresses (?:up )?as))"
    r"(?: (?:a|an|her|his|their|this|that))?(?: \w+){0,2}? (?P<costume>school ?girl|school ?boy)\b"
    r"(?! (?:friends?|days|years|crush|bus)\b)"
    r"| (?P<tag>school ?girl|school ?boy) "
    r"(?:skirts?|outfits?|uniforms?|costumes?|stockings|socks|panties)\b)")
"""A teen presented in a schoolgirl's outfit, the porn-tag way ("teen in schoolgirl skirt",
"hot teen in a schoolgirl uniform", "13 year old in a schoolgirl outfit", "teen schoolgirl
skirt pics"): the costume of a fetish put on a minor sexualizes them with no sexual word
(left2). A teen's school clothes bought or complained of ("my teen daughter's school skirt is
too long", "teens in school uniforms") wear no "schoolgirl"; one's own teen in one ("my teen
wants a schoolgirl costume for halloween") is cared for, as :data:`_OWN_CHILD` reads."""


def _costumed(folded: str) -> str | None:
    """``"teen … schoolgirl"`` where a sentence presents a minor in a schoolgirl outfit
    (:data:`_COSTUMED`), not one's own child with no image of them wanted by the author."""
    for sentence in re.split(r"[.!?\n;]+", folded):
        m = _COSTUMED.search(sentence)
        if m is None or _negated(sentence, m.start()):
            continue
        if _OWN_CHILD.search(sentence) is not None and _WANTS_MINE.search(sentence) is None:
            continue
        return _word(sentence, m)
    return None



def minors_said(text: str) -> tuple[Kind, str] | None:
    """``(kind, words)`` where ``text`` sexualizes a child, names the material or grooms (see
    the module's docstring), ``words`` being the moderator's evidence; ``None`` where none
    is, or where it is only cited (:func:`minors_cited`)."""
    folded = reading.addressed_away(text)
    if _ANCHORS.search(folded) is None:
        return None  # most messages
    said = _said(folded)
    if said is not None and not _cited(folded):
        return said
    return _depicted(text, folded)


_ABUSED: Final = stems(r"rap(?:e|ed|es|ing)\b", r"molest", r"sexually abus", r"(?:have|having|had) sex with",
                       r"sex with", r"изнасил", r"растл", r"секс с")
"""The abuse itself in a story's words: news and condemnation name it too (:data:`_CITED`),
which is why only a request for fiction makes it a depiction."""


def _depicted(text: str, folded: str) -> tuple[Kind, str] | None:
    """``("sexualized", "minor … abuse")`` where a request for fiction, a role-play or a
    hypothetical has a child sexually abused in one sentence ("write a story where a man
    rapes a 12 year old"): the guideline forbids content *depicting* child sexual abuse, and
    asking for a story is no report of a crime."""
    if not gates.requests_fiction(text):
        return None
    for sentence in re.split(r"[.!?\n;]+", folded):
        minor, abused = _MINOR.search(sentence), _ABUSED.search(sentence)
        if minor is not None and abused is not None and not _negated(sentence, abused.start()):
            return "sexualized", f"{_word(sentence, minor)} … {_word(sentence, abused)}"
    return None


def _said(folded: str) -> tuple[Kind, str] | None:
    if (m := _EXPLICIT.search(folded)) is not None and not _negated(folded, m.start()):
        return "explicit", _word(folded, m)
    if (_MINOR.search(folded) or _ONE_KID.search(folded)) is not None and _sexual(folded) is not None:
        for sentence in re.split(r"[.!?\n;]+", folded):
            if (said := _sexualized(sentence)) is not None:
                return "sexualized", said
    if (costumed := _costumed(folded)) is not None:
        return "sexualized", costumed
    if (moves := _grooming(folded)) is not None:
        return "grooming", moves
    return None


def minors_cited(text: str) -> str | None:
    """The words where ``text`` names children or the material *with* sexual words to
    condemn, report, tell news of, educate or ask about them ("report child porn to the
    CyberTipline", «мужчину задержали за хранение детского порно», "how do I talk to my 10
    year old about sex?", "what is lolicon?"): the cascade keeps the heads' ``sexual`` and
    ``sexual_minors`` under the flag point there. ``None`` otherwise."""
    folded = reading.addressed_away(text)
    if _ANCHORS.search(folded) is None:
        return None
    named = _EXPLICIT.search(folded)
    if named is None and _sexual(folded) is not None:
        named = _MINOR.search(folded)
    return _word(folded, named) if named is not None and _cited(folded) else None


def minors_bystanders(text: str) -> str | None:
    """The words where ``text``'s only children are an idiom, a costume, the author's own teen
    years (:data:`_OWN_TEENS`) or the time of their
    parents' sex life (:data:`_IDIOMS`: "we had sex while the kids were asleep", the seed-trained
    head scored it 0.55), or an age is a thing's or a pet's (:data:`_AGED_THING`: "our 12 year
    old dog got naked after the groomer", 0.64): no child is sexualized, so the cascade keeps
    ``sexual_minors`` under the flag point (``sexual`` stays the heads'). ``None`` where any
    other word for a minor, the gate's included, the material or a move of the grooming script
    is in the text."""
    folded = reading.addressed_away(text)
    idioms = [*_IDIOMS.finditer(folded), *_AGED_THING.finditer(folded), *_OWN_TEENS.finditer(folded)]
    if not idioms:
        return None  # most messages
    rest = _own_teens(_AGED_THING.sub(" ", _IDIOMS.sub(" ", folded)))
    if (_MINOR.search(rest) or gates.GATES["sexual_minors"].search(rest) or _EXPLICIT.search(folded)
            or _ACTED.search(folded) or _grooming(folded)) is not None:
        return None
    return idioms[0].group(0).strip()


def _cited(folded: str) -> bool:
    return _CITED.search(folded) is not None or _DEFINITION.search(folded) is not None


def _word(text: str, m: re.Match[str]) -> str:
    """What ``m`` matched, to the end of its last word (a stem's match is a word's start)."""
    return (m.group(0) + _NOT_WORD.split(text[m.end():], maxsplit=1)[0]).strip()


def _negated(folded: str, at: int) -> bool:
    """A negation in the clause before ``at`` ("I would never touch her", "no loli hentai here")."""
    return _NEGATED.search(re.split(r"[,:]", folded[max(0, at - 30):at])[-1]) is not None


def _sexual(sentence: str) -> re.Match[str] | None:
    return (gates.GATES["sexual"].search(sentence) or gates.sexual_terms().search(sentence)
            or _DESIRE.search(sentence) or _ACTED.search(sentence) or _UNDRESSED.search(sentence)
            or _TOUCHED.search(sentence) or _APPROVED.search(sentence))


def _sexualized(sentence: str) -> str | None:
    """``"minor … sexual words"`` where one sentence names a minor and sexual content of them
    (or an act done to one, :data:`_ACTED`), unless the sexual word is negated, or names a body
    or a topic (:data:`_BODY_ONLY`, :data:`_UNDRESSED`) with no image, story or role-play of it
    wanted, no one it is shown for and no approval of it, or is said of one's own child not
    wanted by the author himself (approval as well: "my daughter is 12 but she wanted it")."""
    own = _OWN_CHILD.search(sentence) is not None and _WANTS_MINE.search(sentence) is None
    if (acted := _ACTED.search(sentence)) is not None and not own and not _negated(sentence, acted.start()):
        return _word(sentence, acted)
    blanked = _own_teens(_IDIOMS.sub(lambda m: " " * len(m.group(0)), sentence))
    minors, one_kid = list(_MINOR.finditer(blanked)), list(_ONE_KID.finditer(blanked))
    if not minors and not one_kid:
        return None  # most sentences
    wanted = (_WANTS.search(sentence) or _APPROVED.search(sentence) or _NORMAL.search(sentence)) is not None

    def cared(m: re.Match[str]) -> bool:
        """A body word with nothing that makes it desire: no image or story wanted, no approval,
        no one it is shown for next to it ("took off her clothes for me")."""
        shown = _SHOWN_FOR.search(sentence[:m.end() + SHOWN_AFTER], max(0, m.start() - 15))
        return own or not (wanted or shown)

    for pattern, body in ((gates.GATES["sexual"], None), (gates.sexual_terms(), None), (_DESIRE, None),
                          (_UNDRESSED, True), (_TOUCHED, False), (_APPROVED, False)):
        for m in pattern.finditer(sentence):
            word = _word(sentence, m)
            if _negated(sentence, m.start()) or (own if body is False else cared(m) and (
                    body or _BODY_ONLY.match(word) is not None)):
                continue
            near = [n for n in (minors + one_kid if pattern in (_UNDRESSED, _TOUCHED) else minors)
                    if max(n.start(), m.start()) - min(n.end(), m.end()) <= NEAR]
            if near:
                return f"{_word(sentence, near[0])} … {word}"
    return None


def _grooming(folded: str) -> str | None:
    """The moves of the script found in one message, ``"how old are you + don't tell your
    parents"``, where two of them make an approach: age with secrecy or photos, a child's age
    said with a meeting, home alone with an age or with secrecy, secrecy with a request. Home
    alone with a photo or a visit asked for is how adults flirt too ("are you home alone
    tonight? want to come over?"): with no age and no secret, no child is in sight."""
    if _ANY_OPENER.search(folded) is None:
        return None  # most messages: no move that opens an approach
    found = {name: _word(folded, m) for name, pattern in _OPENERS.items()
             if (m := pattern.search(folded)) is not None}
    found.update((name, _word(folded, m)) for name, pattern in (("photo", _PHOTO), ("meet", _MEET))
                 if (m := pattern.search(folded)) is not None)
    age = "age" in found or "child" in found
    request = "photo" in found or "meet" in found
    if ("secret" in found and (age or request or "alone" in found)) \
            or ("alone" in found and age) \
            or (age and "photo" in found) or ("child" in found and "meet" in found):
        return " + ".join(found.values())
    return None
