"""Generated chat traffic for benchmarks: mostly ordinary talk, with the usual share of
stickers, replies, links, bot commands, joins, leaves and a few violations.

Deterministic for a seed, so two bench runs measure the same work.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from chatwarden.events import Event

_WORDS = [
    "привет", "как", "дела", "сегодня", "завтра", "вчера", "игра", "фильм", "музыка", "работа",
    "учёба", "кот", "собака", "погода", "вечер", "утро", "дом", "город", "книга", "чай", "кофе",
    "смешно", "правда", "думаю", "знаю", "может", "быть", "давай", "пойдём", "смотрел",
    "слушал", "читал", "новый", "старый", "хороший", "плохой", "интересно", "скучно", "вообще",
    "кстати", "ладно", "hello", "game", "movie", "stream", "lol", "nice",
]
_START = datetime(2026, 9, 7, 8, 0, tzinfo=UTC)


def generate(count: int, *, chats: int = 4, members: int = 80, seed: int = 0) -> Iterator[Event]:
    rng = random.Random(seed)
    ts = _START
    users = [f"u{i}" for i in range(members)]
    last_id: dict[str, str] = {}
    n = 0

    def make(kind: str, chat: str, user: str, **fields: object) -> Event:
        nonlocal n
        n += 1
        return Event(f"g{n}", kind, chat, user, ts, **fields)  # type: ignore[arg-type]

    for c in range(chats):
        for user in users:
            yield make("join", f"chat{c}", user)
            if n >= count:
                return
    while n < count:
        ts += timedelta(seconds=rng.randint(1, 40))
        chat = f"chat{rng.randrange(chats)}"
        user = users[min(int(rng.expovariate(1 / 12)), members - 1)]
        roll = rng.random()
        if roll < 0.80:
            text = " ".join(rng.choices(_WORDS, k=rng.randint(2, 12)))
            reply = last_id.get(chat) if rng.random() < 0.2 else None
            ev = make("message", chat, user, text=text, reply_to=reply)
        elif roll < 0.87:
            ev = make("message", chat, user, media=rng.choice(("sticker", "gif", "photo")))
        elif roll < 0.89:
            text = rng.choice(("ахаха", "ну да", "👍", "😂😂"))
            for _ in range(2):
                yield make("message", chat, user, text=text)
            ev = make("message", chat, user, text=text)
        elif roll < 0.92:
            ev = make("message", chat, user, text=rng.choice((
                "смотри https://example.com/page", "вот t.me/somechannel", "/start", "!топ")))
        elif roll < 0.97:
            ev = make("message", chat, user, text="ок")
        elif roll < 0.985:
            ev = make("leave", chat, user)
        else:
            ev = make("join", chat, user)
        if ev.type == "message":
            last_id[chat] = ev.id
        yield ev
