"""Build examples/klint-chat.jsonl: two weeks of a Russian group chat that exercises every
enforceable rule of policies/klint.ru.yaml. Deterministic (seed 0); rerun after changing it:

    .venv/bin/python scripts/make_example.py
"""

from __future__ import annotations

import json
import random
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

MSK = ZoneInfo("Europe/Moscow")
OUT = Path(__file__).resolve().parents[1] / "examples" / "klint-chat.jsonl"
WORDS = [
    "сегодня", "вчера", "завтра", "игра", "фильм", "музыка", "работа", "учёба", "кот", "собака",
    "погода", "вечер", "утро", "дом", "город", "книга", "чай", "кофе", "смешно", "правда",
    "думаю", "знаю", "давай", "пойдём", "смотрел", "слушал", "читал", "новый", "старый",
    "хороший", "интересно", "скучно", "кстати", "ладно", "сериал", "футбол", "пицца", "дождь",
    "снег", "метро", "экзамен", "отпуск", "море", "горы", "концерт", "билет", "подарок",
    "праздник", "друзья", "семья",
]
COMPLAINT = ("Роль человека на которого жалоба: участник\nЕго юз: @{target}\n"
             "Ссылка на соо/скрин: https://t.me/c/1824/{n}\nПричина жалобы: {reason}")


class Script:
    def __init__(self) -> None:
        self.rng = random.Random(0)
        self.now = datetime(2026, 11, 16, 9, 0, tzinfo=MSK)
        self.events: list[dict] = []

    def emit(self, kind: str, user: str, after: float = 20, **fields: object) -> str:
        self.now += timedelta(seconds=after)
        ident = f"klint:{len(self.events) + 1}"
        event = {"id": ident, "type": kind, "chat": "klint", "user": user,
                 "ts": self.now.isoformat(), **{k: v for k, v in fields.items() if v is not None}}
        self.events.append(event)
        return ident

    def say(self, user: str, text: str | None = None, after: float = 20, **fields: object) -> str:
        text = text if text is not None else " ".join(self.rng.sample(WORDS, self.rng.randint(3, 7)))
        return self.emit("message", user, after, text=text, **fields)

    def at(self, day: int, hour: int, minute: int = 0) -> None:
        when = datetime(2026, 11, day, hour, minute, tzinfo=MSK)
        assert when >= self.now, (when, self.now)
        self.now = when


def build() -> list[dict]:
    s = Script()
    regulars = ["vasya", "masha", "olya", "katya", "dima"]
    s.emit("role", "kaanizel", role="owner")
    s.emit("role", "lena_admin", role="admin")
    # The regulars were members before the bot came: no join events, first seen when they speak.
    for user in [*regulars, "petya", "student", "boomer", "troll"]:
        s.say(user, after=120)
    s.emit("join", "quiet", after=600)
    s.say("quiet", "всем привет, я тут новенький")
    welcome = s.say("kaanizel", "Добро пожаловать! Правила в закрепе.")

    # 1.1 flood: 3 stickers are fine, the 4th draws a 14-day warn.
    for _ in range(4):
        s.emit("message", "petya", after=3, media="sticker")
    # 1.1 repeats: the 3rd repeat draws a warning, the next offence a 7-day warn.
    for _ in range(3):
        s.say("vasya", "го в доту", after=5)
    s.say("masha", "вась, хватит")
    for _ in range(3):
        s.say("vasya", "го в доту!!!", after=5)
    # 1.1 storytelling and replies are not spam.
    first = s.say("olya", "Короче, вчера пошла в магазин")
    s.say("olya", "а там очередь до самой двери", after=5)
    s.say("olya", "и касса сломалась, ушла без хлеба", after=5)
    for _ in range(3):
        s.say("katya", "ахах", after=5, reply_to=first)
    # 1.2 «Зазывала» from a member: a warning; the owner may permit it.
    s.say("dima", "Собираю всех на игру!", via_bot="@Zazyvala_Bot")
    s.emit("command", "kaanizel", text="/permit @katya зазывала")
    s.say("katya", "Интерактив через зазывалу!", via_bot="@zazyvala_bot")
    # 1.3 bot commands: fine until they become spam (5 in 5 minutes).
    for text in ("чанджми", "!топ", "ирис кто я", "чанджми", "!баланс"):
        s.say("katya", text, after=40)
    # 1.1 raid: five accounts join within a minute and flood: each is banned.
    for i in range(5):
        s.emit("join", f"raider{i}", after=8)
    for i in range(5):
        s.emit("message", f"raider{i}", after=1, media="gif")
    # 9.2 joining as a company: three through one personal link go to review.
    for user in ("c_lev", "c_gleb", "c_ira"):
        s.emit("join", user, after=30, invite_link="https://t.me/+friendsOfLev", invited_by="lev")
    # 4.2 scam link, 6.1 mass advertising spam, 6.2 role-play ads, 11.1 personal data.
    s.emit("join", "scammer", after=60)
    s.say("scammer", "Бесплатные подарки от Telegram: http://telegram-gift-premium.xyz/claim")
    s.emit("join", "spammer", after=60)
    s.say("spammer", "Заработок от 5000 рублей в день без вложений! Пиши в лс, обучу бесплатно 💰💰")
    s.say("advertiser", "Вступайте в нашу ролевую! Набор открыт: t.me/+RolePlayKingdom")
    s.say("masha", "кстати, у меня свой канал про котиков: t.me/masha_cats")
    s.say("troll", "вот номер петиного отца: +7 912 345-67-89, звоните ночью")
    # Human rules through moderator commands (/punish cites the rule's words).
    question = s.say("petya", "кто знает, во сколько сегодня стрим?")
    joke = s.say("troll", "петя, ты как всегда, тупишь", reply_to=question)
    s.emit("command", "lena_admin", text="/punish 3.1 шутка задела", reply_to=joke)
    s.say("troll", "ой, ну и обидчивые")
    s.emit("command", "lena_admin", text="/punish @troll 3.3")
    photo = s.emit("message", "dima", media="photo")
    s.emit("command", "lena_admin", text="/punish 4.1", reply_to=photo)
    s.say("olya", "а вы слышали, что там опять на границе?")
    s.emit("command", "lena_admin", text="/punish @olya 5.1 острая тема")
    # 10.3: the insult model queues an insult aimed at the owner; the owner confirms it.
    insult = s.say("troll", "ты тупой идиот, а не админ", reply_to=welcome)
    s.emit("command", "kaanizel", text="/punish 10.3 оскорбление администрации", reply_to=insult)
    s.emit("command", "lena_admin", text="наказать @dima 2.2 влез в ссору")
    s.emit("command", "lena_admin", text="/punish @vasya 10.4 просили перестать")
    # A member's moderator command is refused and changes nothing.
    s.emit("command", "petya", text="/ban @vasya")
    # 7.1 exemption, granted by the owner.
    s.emit("command", "kaanizel", text="/exempt @student")
    # 10.2 appeal of the flood warn, overturned by the owner.
    s.emit("appeal", "petya", text="Это был не флуд, а ответ стикерами", sanction="1")
    s.emit("command", "kaanizel", text="/overturn 1")
    # 12.2 complaints: a malformed one is refused, five distinct reporters remove the troll.
    s.emit("complaint", "masha", text="троль достал, удалите его")
    for n, reporter in enumerate(["masha", "olya", "katya", "dima", "student"]):
        s.emit("complaint", reporter, after=300, text=COMPLAINT.format(target="troll", n=100 + n,
                                                                       reason="оскорбления"))
    # 10.1 a complaint about an admin goes to the owner.
    s.emit("complaint", "vasya", text=COMPLAINT.format(target="lena_admin", n=7,
                                                       reason="злоупотребляет властью"))
    # 12.1 returns: the troll was removed for conflict; boomer comes back a 4th time.
    s.emit("join", "troll", after=600)
    for _ in range(4):
        s.emit("leave", "boomer", after=600)
        s.emit("join", "boomer", after=600)
    # 9.1: a pair who joined together and answer only each other.
    s.emit("join", "sasha", after=60, invite_link="https://t.me/+pairLink")
    s.emit("join", "anya", after=60, invite_link="https://t.me/+pairLink")
    last = s.say("sasha", "ань, ты тут?")
    for i in range(12):
        last = s.say("anya" if i % 2 == 0 else "sasha", None, reply_to=last)

    # Two weeks of ordinary talk; quiet stays silent (7.2), petya writes too little (7.1).
    for day in range(16, 29):
        for hour in (10, 14, 19):
            if (day == 16 and hour < 19) or (day == 28 and hour > 10):
                continue
            s.at(day, hour)
            plan = {u: 9 for u in regulars} | {"student": 6, "petya": 3, "anya": 2, "sasha": 2,
                                               "c_lev": 1, "c_gleb": 1, "c_ira": 1}
            speakers = [u for u, n in plan.items() for _ in range(n)]
            s.rng.shuffle(speakers)
            for user in speakers:
                s.say(user, after=s.rng.randint(5, 40))
    s.at(28, 13)
    s.say("kaanizel", "Чистка прошла, всем спасибо!")
    return s.events


def main() -> None:
    events = build()
    with OUT.open("w", encoding="utf-8") as fh:
        for event in events:
            fh.write(json.dumps(event, ensure_ascii=False) + "\n")
    print(f"{OUT}: {len(events)} events")


if __name__ == "__main__":
    main()
