"""Rules 6.1 and 6.2 (advertising; advertising floods, role-play and similar
projects) and Calimero's spam rule — while "you may mention your own Telegram
channel".

An advertisement, as the guidelines use the word, **offers** something and
**calls to act** on it; neither alone is one. "Здравствуйте, когда заработает
личный кабинет на сайте?" names a site and offers nothing; "у меня свой канал
про котиков" offers and asks nothing. So the score is ``offer × call``, each
side adding up its independent families (``1 - Π(1 - w)``):

- offers: a chat, channel or project (invite links, "наш канал", "набор в флуд",
  "ролевая", "our server"); goods and services ("продам", "скидка", "курс",
  adult bait, betting, loans); earnings and jobs ("заработок", "доход в день",
  "work from home", "нужен человек"); a sum of money ("от 5000 ₽", "$500");
- calls to act: contact ("пиши в лс", "dm me", "для связи"); join, subscribe,
  buy, go ("подписывайтесь", "переходи", "закажи", "join", "sign up"); where to go
  ("по ссылке", "link in bio", a link or an @channel after the offer); a
  forwarded post carries the channel's own call; an invite link on its own is a
  weak call (0.5), so "зацени t.me/durov" alone is not an ad.

A question with no call of its own ("где купить подешевле по ссылке?") is capped
below the threshold: asking is not advertising. Nor is what a member asks the chat
for: an offer word inside a seeker's question ("Кто нашёл подработку на лето?
Напишите, поделитесь", "where can I buy a cheap laptop?") is what they look for,
not what they sell, and is not read as an offer; nor is the sum beside a roommate or a
room they look for («Ищу соседа в съёмную квартиру, 15 тыс в месяц»). A question put to the reader
("Хочешь узнать, где найти подработку?") stays the advert's hook. Mass mentions (``mass_mentions``
or more ``@members``) are flagged on their own. Matching runs on normalized text
(look-alike letters, zero-width characters, leet), evidence spans the original.

The own-channel allowance (6.2): when the only offer is a channel or chat and it
is the author's — declared by the adapter (``event.extra["own_channels"]``) or
presented as theirs ("мой канал", "наш канал", "my channel") without flood or role-play
recruiting — or a chat the policy allows, the signal is reported with score 0.3
and not flagged. Goods, earnings or prices next to one's own channel are an ad.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field

from chatwarden.detect.base import Detector, Evidence, Signal
from chatwarden.detect.context import Context
from chatwarden.detect.linkfind import Link, find_links
from chatwarden.detect.links import invite_kind
from chatwarden.detect.normalize import normalize
from chatwarden.detect.spam_patterns import combine, machine_text
from chatwarden.detect.wording import words
from chatwarden.events import Event

OfferKind = Literal["chat", "goods", "earnings", "invest", "price"]
OFFERS: tuple[OfferKind, ...] = ("chat", "goods", "earnings", "invest", "price")


@dataclass(frozen=True, slots=True)
class _Family:
    side: Literal["offer", "call"]
    name: str
    weight: float
    says: str
    pattern: re.Pattern[str]


def _family(side: Literal["offer", "call"], name: str, weight: float, says: str,
            *alternatives: str) -> _Family:
    """Alternatives are regexes over normalized text (lower case, ё as е), whole words."""
    return _Family(side, name, weight, says, words(*alternatives))


_RECRUITING = (r"набор\w* (?:в|на|участник\w*|игрок\w*|открыт)", r"ролев\w*", r"рп", r"флуд\w*",
               r"взаимопиар\w*", r"roleplay", r"role-play")
# "free" as a price, not as a state: "I've been set free", "feel free", "are you free
# tonight?", "sugar-free" offer nothing (SMS ham: "…set free, think you could text me …" read
# as goods + a call and was deleted); "get free coins", "free airdrop" still offer
_FREE = (r"(?<!set )(?<!feel )(?<!break )(?<!u )(?<!im )(?<!i'm )(?<!you )(?<!-)free"
         r"(?!-| (?:time|to|will|speech|tonight|today|now|later|after|at|on|this|tomorrow|"
         r"period|evening|weekend|day|hand)\b)")
_FAMILIES = (
    _family("offer", "chat", 0.8, "a chat, channel or project", *_RECRUITING,
            r"(?:наш|нашу|наша|наше|нашего|новый|новую|новая|мой|мою|свой|свою)"
            r"(?: \w+)? (?:чат\w*|канал\w*|сервер\w*|паблик\w*|групп\w*|проект\w*|сообществ\w*)",
            r"(?:our|my|new) (?:\w+ )?(?:server|channel|chat|group|community|project)",
            r"(?:закрыт\w*|приватн\w*|vip) (?:канал\w*|чат\w*|клуб\w*|групп\w*)"),
    _family("offer", "goods", 0.7, "goods or a service",
            r"прода(?:м|ю|ется|ются|жа)", r"куплю", r"скупаю", r"в наличии", r"товар\w*",
            r"услуг\w*", r"курс(?:ы|ов|ами|ах)", r"тренинг\w*", r"марафон\w*", r"обучени\w*",
            r"обучающ\w*", r"обучаем", r"обучу", r"доставк\w*", r"магазин\w*", r"скидк\w*",
            r"к[эе]шб[эе]к\w*", r"cashback", r"дар(?:ит|им)", r"печата(?:ем|ю)", r"фальш\w*",
            r"купюр\w*", r"оголенн\w*", r"голы[ехм]\w*", r"обнаженн\w*",
            r"акци(?:я|и)", r"промокод\w*", r"распродаж\w*", r"бесплатн\w*", r"подар\w*",
            r"бонус\w*", r"розыгрыш\w*", r"интим\w*", r"18\+", r"эскорт\w*", r"без трусик\w*",
            r"прогноз\w*", r"ставк\w*", r"казино", r"кредит\w*", r"займ\w*", r"поддельн\w*",
            r"sale", r"discount\w*", r"promo\w*", r"coupon\w*", _FREE, r"giveaway\w*",
            r"bonus\w*", r"exclusive", r"deal", r"tickets", r"airdrop", r"presale", r"signals",
            r"escort", r"nudes?", r"casino", r"betting"),
    _family("offer", "earnings", 0.9, "earnings, a job or an investment",
            r"заработ(?:ок|ка|ку|ком|ать|аешь|аете|ай|айте)", r"зарабатыва\w*", r"доход\w*",
            r"прибыл(?:ь|и|е|я)\w*", r"пассивн\w*", r"выплат\w*", r"зарплат\w*", r"заработн\w* плат\w*",
            r"подработ\w*", r"удал[её]нн\w* (?:работ\w*|заработ\w*|деятельност\w*)",
            r"ваканси\w*", r"требу(?:ется|ются)", r"набира\w* (?:людей|в команду)",
            # a team for a contest is no job: «Кто хочет в команду на хакатон?»
            r"в команду(?! (?:на|для|по) (?:хакатон\w*|олимпиад\w*|кейс\w*|квн|турнир\w*|"
            r"соревновани\w*|чемпионат\w*|матч\w*|игр[уы]|футбол\w*|волейбол\w*|баскетбол\w*))",
            r"ищ(?:у|ем) (?:людей|партнер\w*|сотрудник\w*)",
            r"нуж(?:ен|на|ны)(?: \w+){0,2} (?:человек|люди|сотрудник\w*)", r"оплата хорош\w*",
            r"earn\w*", r"income", r"profit\w*", r"make money", r"passive income", r"salary",
            r"work from home", r"hiring"),
    _family("offer", "invest", 0.6, "an investment",
            r"инвест\w*", r"трейдинг\w*", r"арбитраж\w*", r"крипт\w*", r"бирж\w*",
            r"invest\w*", r"trading", r"forex", r"crypto\w*", r"wallets?", r"tokens?",
            r"altcoins?", r"nft"),
    _family("offer", "price", 0.6, "a sum of money",
            r"\d[\d .,]{0,12}? ?(?:\$|usdt|usd|руб\w*|р|₽|💵|k|к|тыс\w*|eur|€|грн)",
            r"[$€₽] ?\d[\d.,]*", r"от \d+", r"\${2,}"),
    _family("call", "contact", 0.9, "contact in private",
            r"(?:пиши(?:те)?|напиши(?:те)?|обращайтесь)(?: мне)?(?: в (?:лс|личку|личные\w*|директ))?",
            r"жду (?:в лс|в личк\w*|сообщени\w*)", r"в (?:лс|личку|личные\w*|директ)",
            r"за подробност\w*", r"подробност\w* (?:в|у)", r"для связи", r"кому интересно",
            r"кто заинтересован", r"заинтересовал\w*", r"ставь(?:те)? ?\+", r"\(\+\)",
            r"(?:dm|pm|message|text|contact|inbox) me", r"write me(?! (?:a|an|the|some)\b)",
            r"write me an? (?:message|dm|pm|line)", r"hit me up", r"whatsapp me",
            r"send me a message", r"reach out"),
    _family("call", "act", 0.8, "a call to join, subscribe, buy or go",
            r"подпиш(?:ись|итесь)", r"подписыва(?:йся|йтесь)", r"вступа(?:й|йте)",
            r"вступи(?:те)?", r"присоединя(?:йся|йтесь)", r"присоедини(?:сь|тесь)",
            r"заходи(?:те)?(?: к нам)?", r"залета(?:й|йте)", r"переходи(?:те)?", r"перейди(?:те)?",
            r"жми(?:те)?", r"нажми(?:те)?", r"кликай(?:те)?", r"регистрир(?:уйся|уйтесь)",
            r"зарегистрир(?:уйся|уйтесь)", r"скачива(?:й|йте)", r"скача(?:й|йте)",
            r"успе(?:й|йте)", r"забира(?:й|йте)", r"забери(?:те)?", r"получи(?:те)?",
            r"закажи(?:те)?", r"заказыва(?:й|йте)", r"купи(?:те)?", r"покупа(?:й|йте)",
            r"оформи(?:те)?", r"проверь(?:те)?", r"ищ(?:ем|у) (?:игрок\w*|участник\w*)",
            r"напиши(?:те)? в поиск\w*", r"ждем (?:тебя|вас)", r"subscribe", r"join (?:us|our|now)",
            r"follow us", r"check out our", r"sign up", r"register now", r"buy now",
            r"order now", r"get yours", r"grab (?:it|yours)", r"hurry", r"head over",
            r"drop your", r"book your", r"claim (?:it|yours|your)", r"don'?t miss"),
    _family("call", "where", 0.7, "where to go",
            r"по ссылке", r"ссылк\w* (?:в|ниже)", r"в (?:профиле|описании|био|шапке)",
            r"link (?:in bio|below|in (?:my )?profile)", r"details in"),
)
_MINE = (r"мо[йеёи]\w*", r"сво[йеёи]\w*", r"my", r"у меня")
_OURS = (r"наш\w*", r"our", r"у нас")
"""A channel the member presents as theirs alone or as theirs with others («Наш староста
сделал канал»): either is the member's own in 6.2's sense."""


def _own_channel(*possessives: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{'|'.join(possessives)})\s+(?:\w+\s+){{0,2}}"
                      r"(?:канал\w*|блог\w*|channel|blog)", re.I)


_OWN = _own_channel(*_MINE, *_OURS)
_RECRUIT = words(*_RECRUITING)
# A Telegram @username or @channel, what an advertisement points to on any platform: a
# letter, then 4 to 32 characters in all (five is the free minimum; four-letter names are
# sold on Fragment since 2022), the whole word or none. Not ``context.mentioned``, which
# reads a member's key (a Matrix localpart: dots, two characters) to look the member up.
_USERNAME = re.compile(r"(?<![\w@])@([A-Za-z]\w{3,31})\b")
_QUESTION = re.compile(r"\?[\s)\]»\"'.!…\W]*$")
# A sentence that asks the chat for something: a question (who knows, found, tried; where
# or how to find, buy, get) or a plea for advice, with or without "?". Not one put to the
# reader (want, interested): that is an advert's hook.
_SENTENCE = re.compile(r"[^.!?…\n]+[.!?…]*")
_ADVICE = words(r"подскажите", r"подскажи", r"посоветуйте", r"посоветуй", r"порекомендуйте",
                r"порекомендуй", r"recommend me", r"any tips", r"any advice")
_SEEKING = words(
    r"кто(?:[- ]?(?:нибудь|то))?(?: \w+)? (?:знает|знаете|нашел|нашла|нашли|находил\w*|"
    r"искал\w*|пробовал\w*|в курсе|подскажет|посоветует|сталкивал\w*|устраивал\w*|"
    r"работал\w*|покупал\w*|брал\w*|заказывал\w*|продает|сдает)",
    r"где(?: \w+){0,2} (?:найти|купить|взять|искать|посмотреть|оформить|получить|заказать|"
    r"продают|продается|можно)", r"как(?: \w+){0,2} (?:найти|оформить|купить|"
    r"устроиться|записаться)", r"не подскажете", r"не знаете", r"есть ли",
    r"у кого (?:есть|был\w*)", r"знает ли кто", r"сколько (?:стоит|стоят|платят|получают)",
    r"можно ли", r"where (?:can|do|should|would) (?:i|you|we|one) (?:buy|find|get|order)",
    r"(?:does|do) (?:anyone|anybody|someone|you guys) know", r"any ?(?:one|body) knows?",
    r"has any ?(?:one|body)", r"how (?:do|can|would) i (?:find|get|buy)",
    r"can (?:someone|anyone|anybody) recommend", r"any recommendations?")
# What a member looks for for themselves: a roommate, a room, a tutor, a team. The sum in
# such a sentence is the rent they would share, not a price asked («Ищу соседа в съёмную
# квартиру, 15 тыс в месяц с человека»). People sought for work («ищу людей в команду») are
# the earnings offer and are not here.
_LOOKING_FOR = words(
    r"ищу (?:\w+ )?(?:соседа|соседку|соседей|сожител\w*|попутчик\w*|комнату|квартиру|жиль\w*|"
    r"репетитор\w*)", r"ищу (?:себе )?(?:команду|напарник\w*)",
    r"сниму (?:\w+ )?(?:комнату|квартиру|жиль\w*)",
    r"looking for (?:a |an )?(?:\w+ )?(?:roommate|flatmate|room|flat|apartment|tutor)",
    r"looking for (?:a )?(?:team|teammates?|study buddy|study group)")
_PUT_TO_READER = words(r"хоч\w*", r"хотите", r"хотел\w*", r"жела\w*", r"интерес\w*",
                       r"ищешь", r"ищете", r"устал\w*", r"надоел\w*", r"want\w*", r"wanna",
                       r"interested", r"tired of")
_INVITE_CALL, _LINK_CALL, _FORWARD_CALL, _NO_CALL, _MASS = 0.5, 0.7, 0.7, 0.25, 0.9


def _asked(text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` (normalized) that ask the chat for something."""
    spans = []
    for q in _SENTENCE.finditer(text):
        said = q.group()
        asks = _ADVICE.search(said) or _LOOKING_FOR.search(said) or (
            said.rstrip().endswith("?") and _SEEKING.search(said))
        if asks and not _PUT_TO_READER.search(said):
            spans.append(q.span())
    return spans


def _within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(start <= span[0] and span[1] <= end for start, end in spans)


class AdvertisingParams(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    threshold: float = Field(0.6, gt=0, le=1, description="score that flags a message")
    offers: tuple[OfferKind, ...] = Field(OFFERS, min_length=1,
                                          description="offers that count: chat, goods, "
                                                      "earnings, invest, price")
    mass_mentions: int = Field(5, ge=2, description="@mentions in one message that are mass")
    allow_own_channel: bool = Field(True, description="rule 6.2: one's own channel is allowed")
    allow: tuple[str, ...] = Field((), description="chat links/usernames never counted")


def _key(link_or_name: str) -> str:
    """A channel as a comparable key: ``t.me/Name``, ``@name``, ``name`` → ``name``."""
    text = link_or_name.strip().lower().removeprefix("@")
    return text.rsplit("/", 1)[-1].removeprefix("+") if "/" in text else text


@dataclass(slots=True)
class _Reading:
    """What one message offers and asks, with evidence."""

    offers: dict[str, float]
    calls: dict[str, float]
    says: list[str]
    evidence: list[Evidence]

    def add(self, side: str, name: str, weight: float, says: str, ev: Evidence) -> None:
        bucket = self.offers if side == "offer" else self.calls
        if name not in bucket:
            self.says.append(f"{'offer' if side == 'offer' else 'call to action'}: {says}")
        bucket[name] = max(bucket.get(name, 0.0), weight)
        self.evidence.append(ev)


class Advertising(Detector):
    name = "advertising"
    labels = ("advertising",)
    Params: ClassVar[type[BaseModel]] = AdvertisingParams
    description = "Advertising: an offer (a chat or project, goods, earnings, a price) with a " \
                  "call to act on it; mass mentions; one's own channel is allowed."

    def __init__(self, params: BaseModel | None = None) -> None:
        super().__init__(params)
        assert isinstance(self.params, AdvertisingParams)
        self._allow = frozenset(_key(a) for a in self.params.allow)
        self._families = [f for f in _FAMILIES
                          if f.side == "call" or f.name in self.params.offers]

    def detect(self, event: Event, ctx: Context) -> list[Signal]:
        assert isinstance(self.params, AdvertisingParams)
        p = self.params
        text = event.text or ""
        if not text.strip():
            return [self.miss(explanation="no text")]
        read, invites, allowed, mentions = self._read(event, text)
        # code's @arrays and decorators («@input_fields, @other_fields») mention nobody
        if len(mentions) >= p.mass_mentions and not machine_text(text):
            return [Signal(self.name, "advertising", _MASS, True,
                           f"mass mention of {len(mentions)} accounts",
                           tuple(Evidence(event.id, m.start(), m.end(), "mention")
                                 for m in mentions))]
        if not read.offers:
            return [self.miss(explanation="no offer")]
        score = combine(list(read.offers.values())) * max(_NO_CALL,
                                                          combine(list(read.calls.values())))
        why = "; ".join(read.says) if read.calls else "; ".join([*read.says, "no call to act"])
        excuse = self._excuse(event, text, read, invites, allowed, mentions)
        if excuse:
            return [Signal(self.name, "advertising", min(score, 0.3), False, excuse,
                           tuple(read.evidence))]
        if _QUESTION.search(text) and not ({"contact", "act"} & read.calls.keys()):
            score = min(score, 0.3)
            why += "; a question, not an offer"
        flagged = score >= p.threshold
        return [Signal(self.name, "advertising", score, flagged, why,
                       tuple(read.evidence) if flagged else ())]

    def _read(self, event: Event, text: str,
              ) -> tuple[_Reading, list[Link], list[Link], list[re.Match[str]]]:
        assert isinstance(self.params, AdvertisingParams)
        norm = normalize(text)
        read = _Reading({}, {}, [], [])
        asked: list[tuple[int, int]] | None = None  # read only where an offer word is
        for fam in self._families:
            m = fam.pattern.search(norm.text)
            if m and fam.side == "offer":
                asked = _asked(norm.text) if asked is None else asked
                m = next((m for m in fam.pattern.finditer(norm.text)
                          if not _within(m.span(), asked)), None)
            if m:
                start, end = norm.span(m.start(), m.end())
                read.add(fam.side, fam.name, fam.weight, f"{fam.says} ('{text[start:end]}')",
                         Evidence(event.id, start, end, f"{fam.side}: {fam.says}"))
        links = find_links(text)
        invites = [lk for lk in links if invite_kind(lk)]
        allowed = [lk for lk in invites if _key(lk.path or lk.host) in self._allow]
        # by identity: `lk not in list` compares every field of every link, quadratic in a
        # message of thousands of links (8,000 chars of "t.me/+ " took 0.46 s, now 0.05 s)
        allowed_ids = {id(lk) for lk in allowed}
        invite_ids = {id(lk) for lk in invites}
        counted = [lk for lk in invites if id(lk) not in allowed_ids]
        # A mention that opens the message addresses someone; later ones point somewhere.
        mentions = [m for m in _USERNAME.finditer(text)
                    if _key(m.group(1)) not in self._allow]
        pointers = [m for m in mentions if text[:m.start()].strip()]
        # Something to go to: a link or an @channel after another offer is where to buy or
        # earn; an invitation alone ("зацени t.me/durov") is a weak call.
        sold = bool(read.offers)
        if counted and "chat" in self.params.offers:
            for lk in counted:
                read.add("offer", "chat", 0.9, "a chat or channel (invitation link)",
                         Evidence(event.id, lk.start, lk.end, "offer: invitation link"))
        targets = [(lk.start, lk.end) for lk in links if id(lk) not in invite_ids or sold]
        targets += [m.span() for m in pointers]
        if targets:
            read.add("call", "link", _LINK_CALL, "a link or an @channel to go to",
                     Evidence(event.id, *min(targets), "where to go"))
        elif counted:
            read.add("call", "invite", _INVITE_CALL, "an invitation link to follow",
                     Evidence(event.id, counted[0].start, counted[0].end, "invitation link"))
        if event.forwarded_from:
            read.add("call", "forward", _FORWARD_CALL, "a forwarded post",
                     Evidence(event.id, note="forwarded"))
        return read, invites, allowed, mentions

    def _excuse(self, event: Event, text: str, read: _Reading, invites: list[Link],
                allowed: list[Link], mentions: list[re.Match[str]]) -> str | None:
        """Why an offer of only a chat or channel is allowed here (6.2), or None."""
        assert isinstance(self.params, AdvertisingParams)
        if set(read.offers) != {"chat"}:
            return None
        if invites and len(allowed) == len(invites):
            return "a chat the policy allows"
        if not self.params.allow_own_channel:
            return None
        channels = {_key(lk.path or lk.host) for lk in invites} | {_key(m.group(1))
                                                                  for m in mentions}
        declared = event.extra.get("own_channels") or ()
        if (channels and isinstance(declared, list | tuple)
                and channels <= {_key(str(c)) for c in declared}):
            return "the member's own channel (declared by the adapter); rule 6.2 allows " \
                   "mentioning it"
        if len(channels) <= 1 and not _RECRUIT.search(normalize(text).text) and _OWN.search(text):
            return "the member's own channel (presented as the member's own); rule 6.2 " \
                   "allows mentioning it"
        return None
