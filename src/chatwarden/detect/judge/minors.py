"""Children sexualized or groomed, in the guideline's own words.

"No Child Sexual Abuse" forbids content "depicting, promoting or normalizing child sexual
abuse" and "sexualizing children, including animations (e.g. lolicon)"; "No Grooming"
forbids "soliciting sexual content from or grooming individuals under 18". No labelled
text of either exists to train a head on (the ``sexual_minors`` head learnt fourteen seed
phrases), so it scored "she's only 15 but her body is so hot" and the grooming script
("how old are you? don't tell your parents") 0, and "report child porn to the
CyberTipline" 0.91. What the guideline names is a composition of words, read here the
way :func:`~chatwarden.detect.judge.gates.harm_said` reads a threat:

- ``explicit``: the material by its name (lolicon, shotacon, child porn, CP offered or
  asked for, «детское порно», loli + hentai);
- ``sexualized``: a minor (an age under 18 said of a person, "underage", "schoolgirl",
  «малолетка», "little girls") in the same sentence as sexual content, the gates' sexual
  stems and terms (``gates.GATES["sexual"]``, ``gates._sexual_terms``) or the words that
  make a person an object of desire there ("so hot", "tap that", "the younger the better",
  "pics of … in underwear");
- ``grooming``: an approach to a child in one message, two moves of the known script:
  age asked or a child's age said to them, "are you home alone", secrecy from parents,
  a request for photos or a meeting (age + secrecy, age + photos, alone + anything, secrecy
  + a request).

Precision first (a wrong CSAM flag is grave): the words are *cited*, not said, where the
message condemns, reports or tells news of them ("lolicon should be banned", "man arrested
for child porn"), educates or asks a doctor ("how do I talk to my 10 year old about sex?"),
warns of groomers, or asks what a word means (:func:`minors_cited`); there the cascade
keeps the head's score under the flag point too. A parent's own child named with a body
word ("my toddler has a rash on her genitals") is care, not desire, and so is a negated
clause ("I would never touch her"). A member's own age ("im 15 lol", «мне 17, поступаю»)
sexualizes no one: it is Teen Safety's concern, a human rule.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from chatwarden.detect.judge import gates

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

_MINOR: Final = re.compile(
    rf"\b(?:{_AGE}|{_AGE_WORD}) ?-?{_YEARS_OLD}(?! (?:me|self)\b)"
    rf"|\b(?:s?he(?:'?s| is)|they(?:'re| are)|you(?:'re| are)|youre|ur|u r|u are|aged?) "
    rf"(?:only |just |barely |like )?{_AGE}{_AGE_ENDS}"
    r"|\b(?:underage\w*|under-age\w*|minors\b|(?:a|the|with|underage) minor\b|school ?girls?\b|"
    r"school ?boys?\b|pre-?teens?\b|tweens\b|little (?:girls?|boys?|kids?|ones|children)\b|"
    r"young(?:er)? (?:girls?|boys?|kids|children|teens?)\b|kid(?:s|'s|s')\b|kiddies\b|children\b|"
    r"child\b(?! ?-?(?:sized?|proof|friendly|safe|care|support|labou?r|process\w*|node|theme|element)\b)|"
    r"toddlers?\b|(?:middle|elementary|primary) school(?:ers?)?\b|jailbait\b|lolis?\b|shotas?\b)"
    # Russian: «школьница», «малолетка», «ребёнок», «детей», «маленькие девочки», «девочка 12
    # лет», «12-летняя», «ей 14» (not «девочки», which is how adult women are hailed)
    r"|(?<!\w)(?:школьниц\w*|школьник\w*|малолет\w*|несовершеннолет\w*|реб[её]н\w*|дет(?:и|ей|ям|ьми|ях|"
    r"ишк\w*|очк\w*)\b|маленьк\w* (?:девоч|мальчик|дет)\w*|подрост\w*|младшекласс\w*|лол(?:и|ей|ек)\b)"
    rf"|(?<!\w){_AGE} ?-?(?:летн\w*|лет(?:ок|очк)\w*)"
    rf"|(?<!\w)(?:девоч\w*|мальчик\w*|доч(?:к\w*|ь|ери)|сын\w*) (?:всего |только |уже )?{_AGE}{_RU_AGE_ENDS}"
    rf"|(?<!\w)(?:ей|ему|ты|тебе) (?:всего |только |уже |же )?{_AGE}{_RU_AGE_ENDS}")
"""A person under 18: an age said of someone other than the author (first-person ages are
no one sexualized), the words for minors and young children (not "teen", which an adult
genre names, nor "baby", a pet name)."""

_DESIRE: Final = re.compile(
    r"\b(?:(?:so|really|very|super|damn|fucking|fuckin) (?:hot|fine|sexy)\b|hot (?:body|bod|ass|legs|little)|"
    r"(?:s?he|they)(?:'?s| is|'re| are| looks?) (?:so |really |very )?hot\b|"
    r"(?:body|bodies|ass|legs|figure|butt) (?:is|are|looks?) (?:so |really |very )?(?:hot|fine|tight)|"
    r"tap that|hit that|(?:i'?d|i would|would) (?:smash|bang|fuck|tap|hit)|the younger the better|"
    r"turns? me on|turned on|fap\w*|wank\w*|grop\w*|fondl\w*|"
    r"(?:i'?d|i would|i want to|i wanna|wanna|i'?m gonna|i'?m going to|i'?ll|let me) (?:\w+ )?"
    r"(?:rape|molest|touch|fuck|bang|smash)\b|"
    r"(?:till|until|when) (?:s?he|they)(?:'?s| is| are|'re) legal)"
    r"|(?:looking for|want\w*|wanna|need|send|post|share|got any|any ?one (?:got|have)|"
    r"(?:pics?|photos?|pictures?|videos?|vids?) of)\b.{0,40}\b(?:in|without) (?:their |her |his )?"
    r"(?:underwear|panties|bikinis?|swimsuits?|bras?|briefs|undies|lingerie)"
    r"|(?<!\w)(?:возбужда\w*|вдул\w*|вдуть|вдую|хочу (?:\w+ )?(?:выебать|изнасиловать|потрогать|полапать)|"
    r"лапать|полапать|облапа\w*|"
    r"(?:такая|такие|классн\w*|горяч\w*|аппетитн\w*) (?:фигур|попк|жоп|ножк|груд|тел)\w*|"
    r"в (?:трус(?:ах|иках|ишках)|купальник\w*|бель[её])|без трус\w*)")
"""What makes a person an object of desire where the gates' sexual stems see no sexual word
("her body is so hot", "I'd tap that", "the younger the better", pictures of someone in
underwear wanted; «я бы вдул», «в трусиках», «такая фигура»)."""

_EXPLICIT: Final = re.compile(
    r"\b(?:lolicon|shotacon|toddlercon|pthc|jailbait|kiddie ?porn|kiddy ?porn|kid porn|pedo ?porn|"
    r"child ?porn\w*|preteen (?:porn|nudes?|hardcore|sex)|underage (?:porn|nudes?|sex (?:videos?|pics))|"
    r"csam\b|child sex(?:ual)? (?:abuse )?(?:material|videos?|pics|images|content)|"
    r"(?:loli|shota)s? (?:hentai|porn|nsfw|lewds?|r34|rule ?34|doujins?|nudes?|ero\w*)|"
    r"(?:hentai|porn|nsfw|lewd|r34|rule ?34|ero) (?:of )?(?:lolis?|shotas?)\b|"
    r"(?:sell\w*|buy\w*|trad\w*|shar\w*) (?:some |any |me |more |the )?cp\b(?! -)|"
    r"cp (?:links?|vids?|videos?|pics?|folders?|collection|"
    r"content|porn|for (?:sale|trade)|trading)\b)"
    r"|(?<!\w)(?:детск\w* порн\w*|детск\w* порнограф\w*|лоликон\w*|шотакон\w*|"
    r"(?:лоли|шота) (?:хентай|порн\w*|нюдс\w*)|(?:хентай|порн\w*) (?:с )?(?:лоли|шота)\b|"
    r"(?:продам|продаю|куплю|обмен\w*) цп\b|"
    r"цп (?:ссылк|видео|фото|канал|чат|архив)\w*)")
"""The material by its name: the guideline's "lolicon", child pornography and its trading
words. "cp" alone is the Unix copy command, Pokémon's combat power or Club Penguin, ЦП a
processor: they count only sold, bought, traded or named as videos, links or a collection."""

_CITED: Final = re.compile(
    r"\b(?:report\w*|ban|bans|banned|banning|illegal|crimes?|criminal|arrest\w*|charged|convict\w*|"
    r"sentenc\w*|jail(?!bait)\w*|prison|got \d+ years|years (?:in|behind) (?:jail|prison|bars)|"
    r"police|fbi|interpol|cops?|investigat\w*|accused|guilty|prosecut\w*|"
    r"court|trial|lawsuit|victims?|survivors?|abus(?:e|ed|er|ers|es|ive)|predators?|pedo(?:phile)?s?|"
    r"sex offenders?|sex crimes?|molest\w*|rap(?:e|ed|es|ist|ists|ing)\b|"
    r"paedo(?:phile)?s?|groom(?:er|ers|ing)|disgusting|gross|vile|sick(?:ening|o)?|creepy|creep|"
    r"horrific|horrible|evil|(?<!nothing )(?<!not )wrong|protect\w*|safety|prevent\w*|awareness|"
    r"warn\w*|red flags?|block\w*|filter\w*|parental|if (?:someone|somebody|anyone|a stranger)|"
    r"tell (?:an? )?(?:adult|parent|teacher|trusted)|sex(?:ual)? ?ed(?:ucation)?\b|sexual health|"
    r"puberty|the talk\b|consent|where babies come from|doctor|pediatrician|paediatrician|nurse|"
    r"clinic|rash|infection|itch\w*|diapers?|nappy|potty|hygiene|vaccin\w*|hpv|symptoms?|"
    r"is (?:it|this|that) normal|(?:talk|talking|speak|explain\w*|teach\w*) (?:to )?(?:\w+ ){0,4}"
    r"(?:about|what) (?:sex|porn|puberty|their bod)|should be (?:banned|illegal|removed|stopped))"
    r"|(?<!\w)(?:запрет\w*|запрещ\w*|сажать|посад\w*|срок\w*|задерж\w*|арест\w*|осужд\w*|осуд\w*|"
    r"приговор\w*|полици\w*|мвд|фсб|следстви\w*|следовател\w*|уголовн\w*|суд(?:а|е|ом|ы|или|ят)?\b|"
    r"сообщ\w* (?:в|о|об)\b|пожалова\w*|жалоб\w*|педофил\w*|мерз\w*|отвратит\w*|ужас\w*|гадост\w*|"
    r"жертв\w*|борьб\w* с|изнасил\w*|растл\w*|насили\w*|защит\w*|профилактик\w*|половое воспитани\w*|"
    r"сексуальн\w* (?:образовани|просвещени|воспитани)\w*|как (?:поговорить|объяснить|рассказать)|"
    r"врач\w*|педиатр\w*|гинеколог\w*|сып\w*|зуд\w*|груминг\w*|осторожн\w*|признак\w*)")
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
_OWN_CHILD: Final = re.compile(
    rf"\b(?:my|our) (?:\w+ ){{0,2}}(?:{_KIN}|boys?|girls?|students?|class|year[ -]olds?|y/?o)\b"
    rf"|\b(?:her|his|their) (?:\w+ ){{0,2}}{_KIN}\b"
    r"|(?<!\w)(?:мо[йяеи]|наш\w*|у меня) (?:\w+ )?(?:сын\w*|доч\w*|реб[её]н\w*|дет(?:и|ей)|малыш\w*|"
    r"ученик\w*|ученици\w*|класс\w*)")
"""A parent's or a teacher's own children ("my 10 year old", "our students"), or a parent's
told of ("her kids"): with a body word they are cared for, not desired."""
_BODY_ONLY: Final = re.compile(
    r"^(?:genitals?|genitalia|penis|penises|vaginas?|nipples?|breasts|pubes|naked|nude|nudity|undress\w*|"
    r"sex|intercourse|masturbat\w*|kiss (?:you|me)|erect\w*|porn|porno|голы\w*|голая|без одежды|интим\w*|"
    r"раздев\w*|раздень\w*|секс|сексе|сексом|секса|порн\w*)$")
"""Sexual words that name a body or a topic rather than desire ("the kids ran naked on the
beach", "my kids kiss me goodnight", «ребёнок бегает голый»): they sexualize a child only
where images or a story of it are wanted (:data:`_WANTS`), and never of one's own child
("my toddler has a rash on her genitals, should I see a doctor?")."""
_WANTS: Final = re.compile(
    r"\b(?:pics?|photos?|pictures?|videos?|vids?|nudes|wants?|wanna|see|looking for|show|send|post|"
    r"share|stor(?:y|ies)|write|describe|role-? ?play|fantas\w*|imagine|pls|plz|please)\b"
    r"|(?<!\w)(?:хочу|хочется|ищу|фот\w*|видео\w*|покажи|скинь\w*|скиньте|пришли\w*|рассказ\w*|"
    r"опиши|напиши|посмотреть|увидеть)")

NEAR: Final = 60
"""Characters at most between a minor and the sexual words said of them: a chat line says both
in a breath ("she's only 15 but her body is so hot"); a long post that names children in
one place and sex in another (a story of a prank call, a rant) says neither of the other."""
_IDIOMS: Final = re.compile(r"\b(?:big|little) (?:girl|boy) (?:panties|pants)\b|"
                           r"\bschool ?girl (?:outfits?|costumes?|uniforms?|skirts?)\b")
"""Idioms and costumes with a child's word in them and no child ("pull up your little girl
panties", "a school girl outfit for halloween")."""

_NOT_WORD: Final = re.compile(r"\W")
_NEGATED: Final = re.compile(r"\b(?:not|never|no|don'?t|dont|won'?t|wouldn'?t|didn'?t|can'?t|cannot|"
                             r"shouldn'?t|nobody|no one|stop)\b|n't\b|(?<!\w)(?:не|нельзя|никогда|нет)(?!\w)")

# ── grooming: moves of the script ────────────────────────────────────────────
_ASKS_AGE: Final = re.compile(
    r"\bhow old (?:are|r) (?:you|u|ya)\b|\b(?:what'?s|whats|what is) (?:your|ur) age\b|\basl\b|"
    r"\bwhat (?:grade|year|class) (?:are|r) (?:you|u) in\b|"
    r"\b(?:are|r) (?:you|u) (?:still )?in (?:middle|elementary|primary|high) school\b|"
    r"\bmature for (?:your|ur) age\b|"
    r"(?<!\w)(?:сколько|скока|скоко) (?:тебе )?лет\b|(?<!\w)тебе (?:сколько|скока|скоко)\b|"
    r"(?<!\w)(?:ты )?в каком (?:ты )?классе\b|(?<!\w)взросл\w* для (?:сво\w* )?(?:лет|возраста)")
_CHILD_AGE_SAID: Final = re.compile(
    rf"\b(?:you(?:'re| are)|youre|ur|u r|u are) (?:only |just |barely |like )?{_AGE}{_AGE_ENDS}"
    rf"|(?<!\w)(?:ты|тебе) (?:всего |только |уже |же )?{_AGE}{_RU_AGE_ENDS}")
"""A child's age said to them ("you're 13?", «тебе 12?»): the author knows whom he writes to."""
_ALONE: Final = re.compile(
    r"\bhome alone\b|\balone (?:at home|in (?:your|ur) room)\b|"
    r"\b(?:are|r|is) (?:your|ur) (?:parents|mom|mum|dad|mother|father|folks) (?:home|around|there|"
    r"asleep|awake|out|away|gone)\b|\bwhen do (?:your|ur) parents (?:leave|go|get)\b|"
    r"\b(?:anyone|anybody|someone) (?:else )?(?:home|with you)\b|"
    r"(?<!\w)(?:ты )?(?:одн[аи]|один) дома\b|(?<!\w)(?:родители|мама|папа|предки) (?:сейчас )?"
    r"(?:дома|ушли|уехали|спят|на работе|рядом)\b|(?<!\w)когда (?:твои )?(?:родители|предки) (?:уйдут|уедут)")
_SECRECY: Final = re.compile(
    r"\b(?:don'?t|do not|dont|never) (?:tell|show|say (?:anything )?to) (?:your|ur|ya) (?:parents|mom|mum|"
    r"mommy|mummy|dad|daddy|mother|father|family|folks|teachers?)\b|"
    r"\b(?:don'?t|do not|dont|never) tell (?:anyone|anybody|no ?one) (?:about (?:us|this|me|our|what)|"
    r"(?:that )?we (?:talk|chat|met|meet|text))|\b(?:our|a) (?:little )?secret\b|"
    r"\bkeep (?:this|it|us|our \w+) (?:a )?(?:secret|between us|between you and me)\b|"
    r"\bdelete (?:our|these|this|the|my) (?:chats?|messages|texts|conversation|dms?)\b|"
    r"\b(?:your|ur) parents (?:wouldn'?t|won'?t|don'?t need to|shouldn'?t|can'?t) "
    r"(?:understand|know|find out)\b|"
    r"(?<!\w)не (?:говори|рассказывай|показывай) (?:никому|родителям|маме|папе|предкам|своим)|"
    r"(?<!\w)(?:родителям|маме|папе|никому|предкам) (?:ничего )?не (?:говори|рассказывай|показывай|пиши)|"
    r"(?<!\w)(?:наш\w*|это) (?:маленьк\w* )?секрет\w*|(?<!\w)только между нами|"
    r"(?<!\w)удали (?:нашу |эту |всю )?переписк\w*|"
    r"(?<!\w)(?:чтобы|чтоб) (?:родители|мама|папа|никто) не (?:узнал\w*|увидел\w*)")
_PHOTO: Final = re.compile(
    r"\b(?:send|show|snap|text|dm) (?:me |us )?(?:a |an |some |more |another |your |ur |ya )?"
    r"(?:pic|pics|picture|"
    r"pictures|photo|photos|selfie|selfies|nudes?|vid|video|videos)\b"
    r"(?=\s*(?:[?,.!;)]|$|of (?:you|u|yourself|urself|your body|ur body)\b|pls|please|plz|babe|baby|"
    r"sweetie|hun|honey|cutie|now|tonight|later|when|in (?:your|ur|a) |without|wearing|and\b))|"
    r"\b(?:send|show) me (?:your|ur) (?:body|boobs|chest|butt|ass|feet|legs|underwear|bra|panties|self)\b|"
    r"\bshow me (?:yourself|urself)\b|\b(?:turn|put) on (?:your|ur|the) (?:cam|camera|webcam)\b|"
    r"\bvideo ?(?:call|chat)\b|\bfacetime\b|"
    r"(?<!\w)(?:скинь|скини|пришли|отправь|кинь|покажи|сфоткай|сфотографируй)(?:ка|те)?(?: мне)?"
    r"(?: сво\w*)? (?:фот\w*|фотк\w*|селфи|видео\w*|нюдс\w*)(?=\s*(?:[?,.!;)]|$|себя|сво\w*|тво\w*|плиз|"
    r"пж|пожалуйста|в (?:купальник|бель|трус|полный)|без|голы\w*|интим\w*))|"
    r"(?<!\w)(?:покажи|сфоткай) себя|(?<!\w)покажись|(?<!\w)видеозвон\w*|(?<!\w)включи (?:камеру|вебку)|"
    r"(?<!\w)(?:созвонимся|созвониться|позвоню) по (?:видео|видеосвязи)")
"""Photos or video of the child asked for: a photo at the clause's end or of them ("send me
a photo", "send a pic of you", «скинь фото»), not a photo of a thing ("a photo of the error",
«фото расписания»)."""
_MEET: Final = re.compile(
    r"\b(?:wanna|want to|can we|could we|let'?s|we (?:can|could|should)|i (?:can|could|will|'ll)|i'?ll) "
    r"(?:meet|hang out|come over|come (?:to|and) (?:get|pick) you|pick you up|see you in person)\b|"
    r"\bmeet (?:up|me|in person)\b|\bcome (?:to|over to) my (?:place|house|car|room)\b|"
    r"(?<!\w)давай (?:встретимся|увидимся|погуляем|встречу)|(?<!\w)(?:приходи|приезжай) ко мне|"
    r"(?<!\w)(?:заеду|заберу) (?:за )?тебя|(?<!\w)(?:встретимся|увидимся) после школы|"
    r"(?<!\w)ко мне (?:домой|в гости)")


def minors_said(text: str) -> tuple[Kind, str] | None:
    """``(kind, words)`` where ``text`` sexualizes a child, names the material or grooms (see
    the module's docstring), ``words`` being the moderator's evidence; ``None`` where none
    is, or where it is only cited (:func:`minors_cited`)."""
    folded = gates._addressed_away(text)
    if _cited(folded):
        return None
    if (m := _EXPLICIT.search(folded)) is not None and not _negated(folded, m.start()):
        return "explicit", m.group(0)
    for sentence in re.split(r"[.!?\n;]+", folded):
        if (said := _sexualized(sentence)) is not None:
            return "sexualized", said
    if (moves := _grooming(folded)) is not None:
        return "grooming", moves
    return None


def minors_cited(text: str) -> str | None:
    """The words where ``text`` names children or the material *with* sexual words to
    condemn, report, tell news of, educate or ask about them ("report child porn to the
    CyberTipline", «мужчину задержали за хранение детского порно», "how do I talk to my 10
    year old about sex?", "what is lolicon?"): the cascade keeps the heads' ``sexual`` and
    ``sexual_minors`` under the flag point there. ``None`` otherwise."""
    folded = gates._addressed_away(text)
    named = _EXPLICIT.search(folded)
    if named is None and _sexual(folded) is not None:
        named = _MINOR.search(folded)
    return named.group(0) if named is not None and _cited(folded) else None


def _cited(folded: str) -> bool:
    return _CITED.search(folded) is not None or _DEFINITION.search(folded) is not None


def _negated(folded: str, at: int) -> bool:
    """A negation in the clause before ``at`` ("I would never touch her", "no loli hentai here")."""
    return _NEGATED.search(re.split(r"[,:]", folded[max(0, at - 30):at])[-1]) is not None


def _sexual(sentence: str) -> re.Match[str] | None:
    return (gates.GATES["sexual"].search(sentence) or gates._sexual_terms().search(sentence)
            or _DESIRE.search(sentence))


def _sexualized(sentence: str) -> str | None:
    """``"minor … sexual words"`` where one sentence names a minor and sexual content of them,
    unless the sexual word is negated, or names a body or a topic (:data:`_BODY_ONLY`) of one's
    own child or with no image or story of it wanted."""
    minors = list(_MINOR.finditer(_IDIOMS.sub(" ", sentence)))
    if not minors:
        return None  # most sentences
    cared = _OWN_CHILD.search(sentence) is not None or _WANTS.search(sentence) is None
    for pattern in (gates.GATES["sexual"], gates._sexual_terms(), _DESIRE):
        for m in pattern.finditer(sentence):
            word = (m.group(0) + _NOT_WORD.split(sentence[m.end():], maxsplit=1)[0]).strip()
            if _negated(sentence, m.start()) or (cared and _BODY_ONLY.match(word)):
                continue
            near = [n for n in minors if max(n.start(), m.start()) - min(n.end(), m.end()) <= NEAR]
            if near:
                return f"{near[0].group(0)} … {word}"
    return None


def _grooming(folded: str) -> str | None:
    """The moves of the script found in one message, ``"how old are you + don't tell your
    parents"``, where two of them make an approach: age with secrecy or photos, a child's age
    said with a meeting, home alone with anything, secrecy with a request."""
    found = {name: m.group(0) for name, pattern in (
        ("age", _ASKS_AGE), ("child", _CHILD_AGE_SAID), ("alone", _ALONE), ("secret", _SECRECY),
        ("photo", _PHOTO), ("meet", _MEET)) if (m := pattern.search(folded)) is not None}
    if len(found) < 2:
        return None  # most messages
    age = "age" in found or "child" in found
    request = "photo" in found or "meet" in found
    if ("secret" in found and (age or request or "alone" in found)) \
            or ("alone" in found and (age or request)) \
            or (age and "photo" in found) or ("child" in found and "meet" in found):
        return " + ".join(found.values())
    return None
