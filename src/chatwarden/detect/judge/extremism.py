"""Violent extremism promoted, in the guideline's own words; and where it is only named.

"No Violent Extremism" forbids "the promotion of violent extremism, glorification of violent
events, or perpetrators of violent acts". The ``extremism`` head learnt ~25 seed phrases and
keyword rows, and its gate opens on the names of things ("terror", "ISIS", "bomb", «теракт»):
it scored the news ("ISIS claimed the bomb attack", «ИГИЛ взяло на себя ответственность»),
condemnation ("terrorism is never justified"), a question ("why do people join ISIS?"), a
game round ("terrorists win, plant the bomb on B") and "this party is the bomb" at the flag
point, and missed "Breivik was right" or "we need another Breivik", whose names no gate
held. What the guideline names is a composition of words, read here the way
:mod:`~chatwarden.detect.judge.minors` reads a child sexualized:

- ``glorified``: an extremist organisation, an attacker or an attack praised: a hero, a
  saint, a legend, right, did nothing wrong, justified, deserved, "we need another Breivik",
  "long live", "glory to", «слава», «да здравствует», «герой», «молодцы», «прав»;
- ``recruited``: members sought or the organisation backed: join, enlist, fight for, pledge
  allegiance to, I support, I stand with, donate to; «вступай», «присоединяйтесь»,
  «иди на джихад», «поддерживаю»; "become a martyr", «стань шахидом»;
- ``threatened``: an attack called for or promised in a cause's name: "death to the
  infidels", "we will bomb your church", "do another 9/11", "like Tarrant did",
  «смерть неверным», «надо взорвать их всех», «повторим Крокус».

Each needs its object, an organisation, an attacker or an attack by name or by role (the
shooter, the hijackers, «шахиды»), in the same clause: "the firefighters who died on 9/11
were heroes" and «слава героям, спасшим детей в Беслане» praise no attacker. A clause that
negates ("ISIS are not heroes", «не герои»), asks ("was the shooter a hero?"), puts the
words in someone else's mouth ("people who say Breivik was right") or sits in a relative
clause ("the officer who stopped the shooter is a hero") says none of it.

Where the words are not said, extremism is often only *named*: reported, told as history,
condemned or mourned, asked about, played, filmed, or an idiom ("the bomb", "f-bomb",
«бомбит», Isis the goddess) (:func:`extremism_cited`); there the cascade keeps the head
under the flag point, as it does for children named to condemn them.
"""

from __future__ import annotations

import re
from typing import Final, Literal

from chatwarden.detect.judge import gates, reading
from chatwarden.detect.judge.reading import stems

Kind = Literal["glorified", "recruited", "threatened"]

EXTREMISM_SAID_SCORE: Final[dict[Kind, float]] = {"threatened": 0.9, "recruited": 0.85,
                                                  "glorified": 0.8}
"""The ``extremism`` floor of each kind: over the head's 0.5 and the label's default 0.6, under
a model's certainty. An attack called for ranks first in the review queue, recruitment next,
praise (which a moderator may read as provocation or irony) last."""
NOT_EXTREMISM: Final = 0.3
"""The score kept where extremism is only named (:func:`extremism_cited`): under every shipped
threshold, so not queued, still shown to whoever looks."""

# ── what promotion is about: organisations, attackers, attacks ───────────────
_ORG_EN = (r"isis\b", r"isil\b", r"islamic state\b", r"daesh\b", r"al[- ]?q[aeu]'?[ei]?da\b",
           r"al[- ]?qaida\b", r"taliban\b", r"boko haram\b", r"al[- ]?shabaa?b\b", r"hamas\b",
           r"hez?b[ou]llah?\b", r"hizbullah\b", r"kkk\b", r"ku klux klan\b", r"the klan\b",
           r"atomwaffen\b", r"combat 18\b", r"aryan nations?\b", r"the caliphate\b",
           r"the mujah[ei]d(?:ee|i)n\b", r"mujah[ei]d(?:ee|i)n\b", r"jihadis?\b", r"jihadists?\b",
           r"the nazis\b", r"the ss\b", r"the third reich\b", r"the reich\b")
"""Organisations the guideline's "violent extremism" means, by name."""
_NAMED = r"(?:(?!\w+(?:ing|ed)\b)[\w/-]+ )"
"""A word naming which attackers ("the Christchurch shooter", "the 9/11 hijackers"), not what
was done to them ("stopped the shooter", "killing terrorists")."""
_ATTACKER_EN = (r"hitler\b", r"adolf\b", r"breivik\b", r"(?:brenton )?tarrant\b", r"mcveigh\b",
                r"(?:osama )?bin laden\b", r"dylann roof\b", r"the unabomber\b", r"kaczynski\b",
                r"elliot rodger\b", r"harris and klebold\b", r"klebold\b", r"payton gendron\b",
                rf"{_NAMED}?(?:mass |school )?shooters?\b", rf"(?:the |those |these |our |{_NAMED})?"
                r"(?:gunm[ae]n|(?:suicide )?bombers?|hijackers|attackers|terrorists|"
                r"perpetrators)\b", r"the attacker\b", r"the perpetrator\b", r"terrorists\b")
"""Attackers by name or by role ("the Christchurch shooter", "the 9/11 hijackers")."""
_ATTACK_EN = (r"9/11\b", r"9-11\b", r"(?:the |that |this |those )?(?:\w+ )?(?:terror(?:ist)? )?"
              r"(?:attacks?|bombings?|massacres?)\b", r"terrorism\b", r"christchurch\b",
              r"columbine\b", r"bataclan\b", r"oklahoma city\b", r"ut[oø]ya\b", r"the holocaust\b")
"""Attacks by name or by kind."""
_ORG_RU_NOM = (r"игил\b", r"исламск\w* государств\w*", r"даиш\b", r"аль[- ]?каид[аы]\b",
               r"талиб(?:ы|ан)\b", r"хамас\b", r"хезболл\w*", r"джихадист(?:ы)?\b",
               r"моджахед(?:ы)?\b", r"нацист(?:ы)?\b", r"боевики игил\b")
_ATTACKER_RU_NOM = (r"гитлер\b", r"брейвик\b", r"тар?рант\b", r"(?:усама )?бен ладен\b",
                    r"шахид(?:ы)?\b", r"террорист(?:ы)?\b", r"смертник(?:и)?\b", r"стрел(?:ок|ки)\b",
                    r"колумбайнер(?:ы)?\b", r"скулшутер(?:ы)?\b")
"""Organisations and attackers as a Russian sentence's subject (nominative: «воевал с
нацистами» makes the Nazis no subject of «герой»)."""
_ORG_RU_ANY = (r"игил", r"исламск\w* государств", r"даиш", r"аль[- ]?каид", r"талиб", r"хамас",
               r"хезболл", r"джихад", r"халифат", r"моджахед", r"шахид", r"террорист", r"брейвик",
               r"тар?рант", r"бен ладен", r"гитлер", r"колумбайн", r"скулшутер")
"""The same in any case, after a word that governs it («слава ИГИЛ», «героям-шахидам»)."""
_ATTACK_RU = (r"теракт\w*", r"взрыв\w*", r"бойн[яюиейе]\w*", r"беслан\w*",
              r"крокус\w*", r"норд-ост\w*", r"11 сентября", r"колумбайн\w*", r"резн[яюие]")

_ORG_ATTACKER_EN = "(?:" + "|".join(_ORG_EN + _ATTACKER_EN) + ")"
_ATTACK_EN_ = "(?:" + "|".join(_ATTACK_EN) + ")"
_SUBJECT_RU = "(?:" + "|".join(_ORG_RU_NOM + _ATTACKER_RU_NOM) + ")"
_ANY_RU = "(?:" + "|".join(_ORG_RU_ANY) + r")\w*"
_ATTACK_RU_ = "(?:" + "|".join(_ATTACK_RU) + ")"

_GAP = r"(?:(?!against\b|versus\b|vs\b|on\b|off\b|from\b|против\b|от\b)\w+ )"
"""A word between a verb and its object that is no "against" ("join forces against ISIS")."""
_COPULA_EN = r"(?:'s|'re| is| was| are| were| will always be| remains?| became)"
_PRAISE_EN = (r"(?:heroe?s?|legends?|saints?|patriots?|freedom fighters?|idols?|role models?|"
              r"icons?|martyrs?|kings?|gods?|geniuses|genius|brave|based|goats?|inspirations?|"
              r"inspiring|soldiers of (?:god|allah)|(?:(?:great|good|brave|true|real|fine|best|"
              r"greatest|bravest|finest|truest) )+(?:m[ae]n|leaders?|soldiers?|warriors?|believers?|"
              r"guys?|people|examples?)\b|"
              r"right\b(?! (?:there|here|next|behind|outside|in|at|on|now|away|after|before|by|"
              r"around|across|under|over|back|into|up|down|near|to|of|wing)\b))")
_PRAISE_RU = (r"(?:геро(?:й|и|ем|ями)\b|молод(?:ец|цы)\b|красав(?:чик|чики|цы)\b|прав[ыа]?\b|"
              r"свят(?:ой|ые)\b|мученик(?:и)?\b|легенд[аы]\b|кумир(?:ы)?\b|гени(?:й|и)\b|"
              r"(?:настоящ\w* )?мужик(?:и)?\b|велик\w* (?:человек\w*|люд\w*|лидер\w*|вожд\w*)|"
              r"пример\w* для подражания|вдохновля\w*)")
_MEMBERS_EN = r"(?: (?:fighters|members|militants|soldiers|men|guys|brothers|warriors))"
"""Members named by their organisation ("ISIS fighters are …"): praise of the organisation."""
_JUST_EN = (r"(?:justified|deserved|well deserved|glorious|beautiful|a beautiful thing|"
            r"a good thing|a great (?:thing|day)|the right thing)")
_JUST_RU = r"(?:правильн|справедлив|заслуженн|оправданн)\w*"

_GLORIFIED: Final = stems(
    # an organisation or an attacker praised: "ISIS are heroes", "Dylann Roof is my hero"
    rf"{_ORG_ATTACKER_EN}{_MEMBERS_EN}?{_COPULA_EN}(?: (?:truly|really|a|an|the|my|our|true|real|fucking|"
    rf"absolute|great|national|such|total|literally|all))* {_PRAISE_EN}",
    rf"{_ORG_ATTACKER_EN} did nothing wrong", rf"{_ORG_ATTACKER_EN} (?:was|were) right about",
    rf"{_ORG_ATTACKER_EN} did (?:the right thing|(?:a |the )?(?:good|great) (?:job|thing)|god'?s work)",
    # the need of another attacker: "we need another Breivik"
    rf"(?:we|the world|this country|america|europe) (?:\w+ )?needs? (?:another|more|a new|a second) "
    rf"{_ORG_ATTACKER_EN}",
    # hails and salutes
    rf"(?:long live|glory to|all hail|hail|praise (?:be )?(?:to )?|god bless) (?:\w+ ){{0,4}}?"
    rf"{_ORG_ATTACKER_EN}", r"heil hitler", r"sieg heil", r"hail victory",
    # an attack praised: "the attack was justified", "the bombing was a beautiful thing"
    rf"{_ATTACK_EN_}(?: \w+){{0,3}}? (?:was|is|were|are) (?:totally |completely |fully |so |"
    rf"absolutely |100% )?{_JUST_EN}",
    # Russian: «Брейвик был прав», «шахиды — настоящие герои», «стрелок в школе герой»
    rf"{_SUBJECT_RU}(?: (?:в|из) \w+)?(?: ?[—–-])?(?: (?:был|была|были|есть|это|—|просто|прям|"
    rf"реально|настоящ\w*|истинн\w*|наш\w*|мо[йиея]))* {_PRAISE_RU}",
    rf"(?:слава|да здравствует|да здравствуют|аллах благослови) (?:\w+[ -]){{0,2}}?{_ANY_RU}",
    rf"(?:нужен|нужны|нужно) (?:ещ[её] )?(?:один|одного|новый|нового|второй|больше) {_ANY_RU}",
    rf"{_ATTACK_RU_}(?: \w+){{0,3}}? (?:был |была |было |были |—|- )?{_JUST_RU}",
    rf"{_SUBJECT_RU} (?:всё|все) правильно сделал\w*", rf"{_ATTACK_RU_}.{{0,40}}так им и надо",
    rf"{_SUBJECT_RU}.{{0,40}}так им и надо")

_RECRUITED: Final = stems(
    rf"(?:join|joining|enlist (?:in|with)|sign up (?:for|with|and fight for)|fight (?:for|with|"
    rf"alongside)|recruit\w* (?:for|into)|pledge allegiance to|swear allegiance to|donate to|"
    rf"send money to|fund) {_GAP}{{0,2}}?(?:{_ORG_ATTACKER_EN}|the jihad\b|jihad\b)",
    rf"(?:i|we|i'?m|we'?re)(?: \w+)? (?:support|stand with|back|am with|are with) "
    rf"(?:the |an? )?{_ORG_ATTACKER_EN}",
    r"(?:become|be|die as) (?:a )?(?:martyr|shah[ei]ed)\b", r"martyrdom operations?",
    r"take up arms\b(?=.{0,60}(?:race war|jihad|caliphate|infidel|kuffar|kafir|white race|zog\b))",
    r"(?:race war|jihad|caliphate)\b.{0,60}take up arms",
    r"(?:wage|start|begin|fight) (?:the |a )?(?:holy war|jihad|race war)\b",
    # Russian: imperative, first person; not «люди вступают», which tells
    rf"(?:вступа(?:й|йте|ю|ем)|вступи(?:те)?|вступим|присоедин(?:яйся|яйтесь|ись|итесь|яюсь|имся)|"
    rf"ид(?:и|ите|[её]м) на|поддержива(?:ю|ем)|поддержи(?:те)?|сражайся за|воюй за|"
    rf"(?:собираем|соберём|соберем|переведи|переведите|задонат\w*)(?: деньги)?(?: на| для)?) "
    rf"{_GAP}{{0,2}}?(?:{_ANY_RU}|иг\b)",
    r"стан(?:ь|ьте|ем|у) шахид\w*", r"(?:священн\w* войн|джихад)\w* (?:против|неверн)")

_CREED_ENEMY_EN = r"(?:infidels?|kuffar|kafirs?|unbelievers|apostates|crusaders|race traitors)\b"
_TARGET_EN = (r"(?:your |the |a |this |that |their |our )?(?:church|mosque|synagogue|temple|school|"
              r"concert|station|subway|metro|mall|embassy|parade|market|city|country|office)\b")
_THREATENED: Final = stems(
    rf"death to (?:the |all |every )?{_CREED_ENEMY_EN}",
    rf"(?:the )?{_CREED_ENEMY_EN} (?:will|shall|must|should|are going to|gonna) (?:all )?"
    r"(?:burn|die|pay|bleed|be (?:killed|slaughtered|beheaded|exterminated))",
    rf"(?:we|i)(?:'ll| will| are going to|'re going to|'re gonna| gonna| shall| are gonna) "
    rf"(?:bomb|blow up|shoot up|attack|behead) {_TARGET_EN}",
    r"(?:do|pull|commit|carry out|need|want|deserves?) (?:another|a second|a new|more) "
    r"(?:9/11|9-11|holocaust|columbine|christchurch|oklahoma city|bataclan|beslan|utoya)\b",
    rf"(?:shoot|kill|gas|bomb|blow up|massacre|slaughter)\w* (?:\w+ ){{0,2}}like {_ORG_ATTACKER_EN} did",
    r"смерть (?:всем )?(?:неверн|кафир|гяур|крестоносц|отступник)\w*",
    r"(?:надо|нужно|пора|давайте|давай|будем|скоро|мы|я) (?:\w+ )?(?:взорвать|взорв[её]м|подорвать|"
    r"подорв[её]м|расстрелять|расстреляем|перестрелять|перестреляем) (?:их|вас|всех|ваш\w*|эт\w*|"
    r"школу|церковь|мечеть|синагогу|метро|вокзал|концерт|город|рынок)\b",
    r"(?:устроим|устроить|повторим|повторить|повторят|будет) (?:им |вам )?(?:втор\w* |ещ[её] од\w* |"
    r"нов\w* |очередн\w* )?(?:беслан|крокус|норд-ост|11 сентября|колумбайн)\w*")

_READINGS: Final[tuple[tuple[Kind, re.Pattern[str]], ...]] = (
    ("threatened", _THREATENED), ("recruited", _RECRUITED), ("glorified", _GLORIFIED))
"""The kinds in the order a moderator ranks them: an attack called for first."""

_ANCHORS: Final = stems(
    r"isis", r"isil", r"islamic", r"daesh", r"al", r"taliban", r"boko", r"hamas", r"hez", r"hiz",
    r"kkk", r"ku klux", r"klan", r"atomwaffen", r"combat", r"aryan", r"caliphate", r"mujah",
    r"jihad", r"nazi", r"ss\b", r"reich", r"hitler", r"adolf", r"breivik", r"tarrant", r"mcveigh",
    r"bin laden", r"roof", r"unabomber", r"kaczynski", r"rodger", r"klebold", r"gendron",
    r"shooter", r"gunm", r"bomb", r"hijacker", r"attack", r"terror", r"perpetrator", r"9", r"shoot",
    r"massacre", r"christchurch", r"columbine", r"bataclan", r"oklahoma", r"ut[oø]ya", r"holocaust",
    r"heil", r"sieg", r"hail", r"martyr", r"shah[ei]ed", r"race war", r"holy war", r"infidel",
    r"kuffar", r"kafir", r"unbeliever", r"apostate", r"crusader", r"race traitor",
    r"игил", r"исламск", r"даиш", r"аль", r"талиб", r"хамас", r"хезболл", r"джихад", r"халифат",
    r"моджахед", r"нацист", r"гитлер", r"брейвик", r"тар?рант", r"бен ладен", r"шахид", r"террор",
    r"смертник", r"стрел", r"колумбайн", r"скулшутер", r"теракт", r"взрыв", r"взорв", r"подорв",
    r"расстрел", r"перестрел", r"бойн", r"беслан", r"крокус", r"норд", r"11 сентября", r"резн",
    r"слава", r"здравствует", r"неверн", r"кафир", r"гяур", r"крестоносц", r"отступник", r"иг\b",
    r"священн")
"""A word every reading below needs: most messages hold none and cost one search."""

_NEGATION: Final = re.compile(
    r"\b(?:not|never|no|nothing but|don'?t|dont|doesn'?t|didn'?t|won'?t|wouldn'?t|isn'?t|aren'?t|"
    r"wasn'?t|weren'?t|can'?t|cannot|hardly|nobody|no one|stop)\b|n't\b|"
    r"\b(?:не|нет|ни|никогда|никакой|никакие|никакого|хватит)\b")
_AGAINST: Final = re.compile(r"\b(?:against|anti|против)\b")
"""Against what follows ("I'm against ISIS, not with them"): only before the words, for the
words themselves may hold it ("jihad against the infidels")."""
_ATTRIBUTED: Final = re.compile(
    r"\b(?:who|whoever|that|which|if|whether|claims?|claimed|claiming|says|said|saying|calls|called|"
    r"calling|pretends?|pretended|argues|argued|quote|quoted|quoting|chant\w*|shout\w*|scream\w*|"
    r"yell\w*|wrote|writes|posted|tweeted|slogan|banner|graffiti|manifesto)\b|[\"«“]|"
    r"\b(?:people|they|he|she|some|many|idiots?|morons?|anyone|anybody|nazis|fans|supporters) "
    r"(?:\w+ )?(?:say|think|thinks|thought|believe|believes|claim|call|argue)\b|"
    r"\b(?:кто|которы\w*|если|ли|говор\w*|сказал\w*|счита\w*|дума\w*|называ\w*|пишут|"
    r"написал\w*|крича\w*|орал\w*|лозунг\w*|плакат\w*|собирал\w*|планировал\w*|пытал\w*|"
    r"хотел\w*|угрожал\w*|грозил\w*|обещал\w*)\b|"
    r"\b(?:planned|plotted|was going to|were going to|tried to|threatened to|wanted to|vowed to)\b")
"""Words that put what follows in someone else's mouth, intent or plan, in a relative clause or
in a condition ("people who say Breivik was right", "the officer who stopped the shooter is a
hero", "if ISIS are heroes then …", «чувак собирался устроить колумбайн»): the author says
none of it."""


_WH_ASKS: Final = re.compile(
    r"^\W*(?!why (?:not|don'?t (?:you|we|u))\b|почему (?:бы|не)\b)"
    r"(?:(?:why|what|how|where|when|who)(?: the \w+)? (?:do|does|did|don'?t|doesn'?t|didn'?t)|"
    r"how come|why (?:would|should|are|is|were|was|have|has)|what (?:made|makes|drives|drove|led)|"
    r"почему|зачем|отчего)\b[^.!?\n]*$")
"""A sentence that asks by its words where chat drops the mark ("why do people join isis",
"what made the columbine shooters snap"): a wh-word with "do" or an inverted verb, not a
wh-word alone ("what is needed is another 9/11" states), and no suggestion ("why not join
them", "why don't we join", «почему бы не вступить»)."""


def _asks(sentence: str) -> bool:
    """The sentence asks: its mark, a yes/no opening (:func:`gates.asks`) or :data:`_WH_ASKS`."""
    return sentence.rstrip().endswith("?") or gates.asks(sentence) \
        or _WH_ASKS.search(sentence) is not None


def extremism_said(text: str) -> tuple[Kind, str] | None:
    """``(kind, words)`` where ``text`` glorifies, recruits for or threatens in the name of
    violent extremism (see the module's docstring), ``words`` being the moderator's evidence;
    ``None`` where it does not, or only names it."""
    folded = reading.addressed_away(text)
    if _ANCHORS.search(folded) is None:
        return None  # most messages
    for sentence in _sentences(folded):
        if _asks(sentence):
            continue  # "was the shooter a hero?" asks
        for kind, pattern in _READINGS:
            for m in pattern.finditer(sentence):
                if not _unsaid(sentence, m):
                    return kind, _word(sentence, m)
    return None


def _sentences(folded: str) -> list[str]:
    """Sentences, each with its closing mark ("?" tells a question)."""
    out: list[str] = []
    start = 0
    for m in re.finditer(r"[.!?\n;]+", folded):
        out.append(folded[start:m.end()])
        start = m.end()
    out.append(folded[start:])
    return [s for s in out if s.strip()]


def _unsaid(sentence: str, m: re.Match[str]) -> bool:
    """The match is negated inside ("ISIS are not heroes" never matches; "the attack was not
    justified" might), or its clause puts it in someone else's mouth, a relative clause or a
    condition (:data:`_ATTRIBUTED`), or negates it before ("I don't support ISIS")."""
    clause = re.split(r"[,:()]|\s[—–]\s", sentence[:m.start()])[-1]
    before = " ".join(clause.split()[-4:])
    return _NEGATION.search(m.group(0)) is not None or _NEGATION.search(before) is not None \
        or _AGAINST.search(before) is not None or _ATTRIBUTED.search(before) is not None


def _word(text: str, m: re.Match[str]) -> str:
    """What ``m`` matched, to the end of its last word (a stem's match is a word's start)."""
    return (m.group(0) + re.split(r"\W", text[m.end():], maxsplit=1)[0]).strip()


# ── only named: reported, told, condemned, asked, played, filmed, an idiom ───
_CITED: Final = stems(
    # news
    r"claim\w*", r"responsib", r"killed\b", r"kills\b", r"dead\b", r"died\b", r"deaths?\b", r"injur",
    r"wounded", r"casualt", r"victims?\b", r"survivors?\b", r"arrest", r"police", r"cops?\b",
    r"authorities", r"officials?\b", r"report", r"according to", r"news\b", r"sentenc", r"convict",
    r"trial\b", r"charged", r"jail", r"prison", r"life without parole", r"defus", r"evacuat",
    r"bomb (?:squad|scare|threat|disposal)", r"investigat", r"suspects?\b", r"manhunt", r"troops",
    r"army\b", r"airstrike", r"counter-?terror", r"anti-?terror", r"ceasefire", r"truce",
    # history
    r"histor", r"in (?:1[89]|20)\d\d\b", r"(?:1[89]|20)\d\d\b", r"century", r"world war", r"ww ?(?:2|ii)\b",
    r"documentar", r"museum", r"class\b", r"lesson", r"anniversar", r"memorial", r"never forget",
    r"remember",
    # condemnation, grief
    r"condemn", r"horribl", r"horrific", r"terribl", r"tragic", r"traged", r"awful", r"evil\b",
    r"sick\b", r"sickening", r"disgust", r"monsters?\b", r"cowards?\b", r"cowardly", r"murderers?\b",
    r"no hero", r"not (?:a )?heroe?s?\b", r"never justified", r"rip\b", r"rest in peace",
    r"thoughts (?:and prayers|are with|with)", r"pray(?:ing)? for", r"condolence", r"heartbreak",
    r"mourn", r"bewar", r"be (?:careful|aware|alert|vigilant)", r"warn", r"alert\b",
    r"(?:pl[sz]|please|pls) note", rf"i hate (?:\w+ )?{_ORG_ATTACKER_EN}", r"ненавижу (?:\w+ )?" + _ANY_RU,
    r"fuck (?:isis|the taliban|al[- ]?qaeda|terrorists|nazis|hitler)\b",
    # fighting them: "the officer who stopped the shooter", "fought the nazis"
    rf"(?:stopp\w*|caught|catch\w*|fought|fight\w*|defeat\w*|against|took down|neutraliz\w*|"
    rf"war on|killed) (?:\w+ ){{0,2}}?(?:{_ORG_ATTACKER_EN}|terror)",
    # games, films, books
    r"movies?\b", r"films?\b", r"series\b", r"episode", r"netflix", r"book\b", r"novel\b", r"anime",
    r"games?\b", r"gaming", r"counter-?strike", r"cs ?go\b", r"cs ?2\b", r"valorant", r"call of duty",
    r"cod\b", r"battlefield", r"bomberman", r"zombies\b", r"round\b", r"respawn", r"gg\b",
    r"terrorists win", r"(?:plant|defus)\w* (?:the )?bomb", r"[ab] ?site\b", r"plays?\b", r"actor",
    # idioms and other senses
    r"(?:is|was|be|are|were|'s) (?:the|da|a) bomb\b", r"da bomb\b", r"f-? ?bombs?\b", r"bath bombs?\b",
    r"bomb(?:ed)? (?:my|the|that|this|an?) (?:exam|test|quiz|interview|presentation|audition|midterm|final)",
    r"photobomb", r"bomb(?:-| )?ass\b", r"grammar nazi", r"soup nazi", r"feminazi", r"goddess",
    r"egypt", r"(?:named|name is|called) isis", r"greater jihad", r"inner jihad",
    r"jihad (?:of|against|with) (?:the |one'?s |my |your )?(?:soul|ego|self|nafs|desires)",
    r"blew up on", r"went viral",
    # Russian: news, history, condemnation, grief, games, idioms
    r"погиб", r"жертв", r"ранен", r"пострада", r"задерж", r"арест", r"полици", r"мвд\b", r"фсб\b",
    r"по данным", r"сообща", r"сообщил", r"новост", r"ответственност", r"приговор", r"осужд", r"осуд",
    r"суд(?:а|е|ом|ы|или|ят)?\b", r"срок", r"сап[её]р", r"обезвред", r"эвакуир", r"истори", r"урок",
    r"(?:1[89]|20)\d\d", r"годовщин", r"памят", r"помним", r"ужас", r"кошмар", r"трагед", r"соболезн",
    r"скорб", r"царство небесное", r"зверств", r"убийц", r"урод", r"нелюд(?:и|ь|ей|ям|ями)?\b",
    r"осторожн", r"предупрежд", r"бдительн", r"нет оправдани",
    r"не геро", r"мрази", r"твари",
    rf"(?:воевал\w*|сражал\w*|борол\w*|борьб\w*|против|остановил\w*|победил\w*|задержал\w*) "
    rf"(?:\w+ ){{0,2}}?(?:с |со )?(?:{_ANY_RU}|нацист\w*|фашист\w*)",
    r"фильм", r"кино\b", r"сериал", r"игр[аеуыо]", r"кс\b", r"cs\b", r"раунд", r"катк",
    r"бомбу (?:поставил|заложил|плент|дефьюз)", r"плент", r"дефуз",
    r"(?:была|был|было|просто|прям|это|вот это|реально|ваще|вообще) бомб[аы]?\b", r"бомба!", r"бомбит",
    r"бомбануло", r"бомбанул", r"взорвал\w* от смеха", r"слава бог")
"""Extremism named to report, tell, condemn, mourn, ask about, fight, play, film or joke:
the words are cited, not said."""
_DEFINITION: Final = re.compile(
    r"^\W*(?:what|who|why|how|when|where)\b[^.!\n]*\?|^\W*(?:что|кто|почему|зачем|как|когда|где)\b"
    r"[^.!\n]*\?")
"""A question about the matter ("what is al-Qaeda?", «почему люди вступают в ИГИЛ?»)."""
_FOR_ONESELF: Final = stems(
    r"how (?:do|can|could|should|would|to) (?:i|we|you|one|u)\b", r"how to\b",
    r"where (?:do|can|could|should) (?:i|we|u)\b", r"как (?:мне|нам|бы|можно)\b", r"как вступить",
    r"где (?:мне |нам )?(?:найти|купить|вступить)")
"""A question asked for oneself ("how do I join ISIS?", "how to make a bomb?"): a way wanted,
which the head judges; no question about the matter."""


def extremism_cited(text: str) -> str | None:
    """The words where ``text`` names extremism only to report, tell history, condemn or mourn,
    ask, fight it, play, film or as an idiom (:data:`_CITED`, a question): the cascade keeps
    the head's ``extremism`` under the flag point there. ``None`` otherwise."""
    folded = reading.addressed_away(text)
    if (m := _CITED.search(folded)) is not None:
        return _word(folded, m)
    asked = _DEFINITION.search(folded) is not None or any(
        _asks(sentence) for sentence in _sentences(folded) if _ANCHORS.search(sentence))
    if asked and _FOR_ONESELF.search(folded) is None:
        return "a question"
    return None
