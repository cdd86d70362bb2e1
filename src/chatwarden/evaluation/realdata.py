"""Real chat from the data folder as event streams, for the false-sanction benchmark.

A developer tool, read only when ``chatwarden eval realchat`` or ``bench realchat``
asks; every reader returns None when its data is absent, so callers can say so.

How each source becomes chat (the choices the figures depend on):

- **IRC** (Ubuntu and four other channels, CC BY 4.0): real nicks, real times
  (minute resolution in the Ubuntu logs: the lines of one minute are spread
  evenly over it), real joins and quits. One chat per log file. The ``test`` and
  ``new-domains`` splits only: ``dev`` trains the shipped spam model.
- **Sources with no users or times** (Telegram ham, ConvAbuse, XSTest): messages
  are spoken by established members (each joined 30 days before with a join
  event, joins 20+ minutes apart so no raid or company is seen; so newcomer
  heuristics do not apply), a few talkative and many quiet (Zipf weights), with
  gaps of about a minute in the daytime and none at night (23:00-09:00 UTC).
- **Newcomers** (``-new`` sources): the same texts, each the first message of a
  member who joined 1 to 120 minutes before, so every one is judged at the
  policy's newcomer points. A chat export replayed from its start (an
  applicants' group where most members join to ask one question) meets these
  points far more often than the established-member streams do; this is the
  worst case, where every message is a newcomer's.
- **tizhproger placeholders**: the author replaced links, usernames and numbers
  with ``[LINK]``, ``[USERNAME]``, ``[PHONE]``, ... A detector must never see
  them (it would learn or trip on the placeholder), so each becomes what it
  stood for: a link to a popular shop or video site, an ``@name``, a plain
  number (the anonymizer's ``[PHONE]`` and ``[TIME]`` mostly replaced prices,
  frequencies and counts), ``руб``, a hashtag, a mail address.
"""

from __future__ import annotations

import csv
import json
import random
import re
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from chatwarden.evaluation.datasets import split_of
from chatwarden.events import Event

START = datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
"""Where synthetic chat time begins (a Monday morning)."""
JOINED_BEFORE = timedelta(days=30)

# -- placeholders --------------------------------------------------------------------------

_LINKS = ("https://www.dns-shop.ru/product/4f1a2c/videokarta-palit-geforce-rtx-4060/",
          "https://www.youtube.com/watch?v=3JZ_D3ELwOQ", "https://market.yandex.ru/product--ssd/1779",
          "https://habr.com/ru/articles/754321/", "https://www.avito.ru/moskva/tovary_dlya_kompyutera",
          "https://www.ozon.ru/product/monitor-27-1342/")
_NAMES = ("@sergey_k", "@anna_v", "@dimon88", "@kate_lis", "@maxim_pc", "@oleg_petrov",
          "@ira_m", "@vlad_tech", "@nikita_dev", "@lena_s")
_PLACEHOLDER = re.compile(r"\[(LINK|USERNAME|PHONE|TIME|CURRENCY|HASHTAG|EMAIL)\]")
_STANDS_FOR: dict[str, Sequence[str]] = {
    "LINK": _LINKS, "USERNAME": _NAMES, "PHONE": ("2600", "3200", "16", "512"),
    "TIME": ("10", "15", "20"), "CURRENCY": ("руб",), "HASHTAG": ("#сборка", "#пк"),
    "EMAIL": ("ivan.petrov@mail.ru",),
}


def unplaceholder(text: str) -> str:
    """``text`` with each placeholder replaced by a realistic value, the same for the same
    text on every machine (a CRC of the text and the position picks it)."""
    seed = zlib.crc32(text.encode())

    def pick(m: re.Match[str]) -> str:
        options = _STANDS_FOR[m.group(1)]
        return options[(seed + m.start()) % len(options)]

    return _PLACEHOLDER.sub(pick, text)


# -- building chat ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Said:
    """One line of chat before it becomes an event: who, when (None: pick a time), what."""

    user: str
    text: str
    ts: datetime | None = None


def established(users: Iterable[str], chat: str, before: datetime) -> Iterator[Event]:
    """Join events for ``users`` spread over the 30 days before ``before``."""
    names = list(dict.fromkeys(users))
    step = min(timedelta(minutes=37), JOINED_BEFORE / max(len(names), 1))
    for i, user in enumerate(names):
        yield Event(f"{chat}:join:{i}", "join", chat, user, before - JOINED_BEFORE + i * step)


def _daytime(ts: datetime) -> datetime:
    if ts.hour >= 23 or ts.hour < 9:
        day = ts.date() + timedelta(days=1) if ts.hour >= 23 else ts.date()
        return datetime.combine(day, time(9, tzinfo=UTC))
    return ts


def synthetic_chat(texts: Sequence[str], chat: str, members: int, seed: int) -> list[Event]:
    """``texts`` spoken in order by ``members`` established members at daytime pace."""
    rng = random.Random(seed)
    users = [f"{chat}-m{i}" for i in range(members)]
    weights = [1 / (i + 1) for i in range(members)]
    said = [Said(u, t) for u, t in zip(rng.choices(users, weights, k=len(texts)), texts,
                                       strict=True)]
    return to_events(said, chat, rng)


def newcomer_chat(texts: Sequence[str], chat: str, seed: int) -> list[Event]:
    """Each of ``texts`` the first message of its own member, who joined 1-120 minutes
    before it (joins at least a minute apart, so no raid is seen)."""
    rng = random.Random(seed)
    out: list[Event] = []
    ts = START
    for i, text in enumerate(texts):
        ts = _daytime(ts + timedelta(seconds=60 + rng.expovariate(1 / 60)))
        user = f"{chat}-n{i}"
        out.append(Event(f"{chat}:join:{i}", "join", chat, user,
                         ts - timedelta(minutes=rng.randint(1, 120))))
        out.append(Event(f"{chat}:{i}", "message", chat, user, ts, text=text))
    return sorted(out, key=lambda e: e.ts)


def to_events(said: Sequence[Said], chat: str, rng: random.Random) -> list[Event]:
    """Events for lines of chat; lines with no time get one a minute or so after the last."""
    speakers = [s.user for s in said]
    ts = (said[0].ts or START) if said else START
    out = list(established(speakers, chat, ts))
    for i, line in enumerate(said):
        ts = line.ts or _daytime(ts + timedelta(seconds=5 + rng.expovariate(1 / 60)))
        out.append(Event(f"{chat}:{i}", "message", chat, line.user, ts, text=line.text))
    return out


# -- the sources ---------------------------------------------------------------------------

_LINE = re.compile(r"^(?:\S+ (\d{4}-\d\d-\d\d) )?\[(\d\d):(\d\d)(?::(\d\d))?\]\s+"
                   r"(?:<([^>]+)>\s?(.*)|\* (\S+) (.*))$")
_SYSTEM = re.compile(r"^(?:\S+ \d{4}-\d\d-\d\d )?=== (\S+) .*has (joined|quit|left)")
Row = tuple[str, str, str, datetime | None]  # (type, user, text, minute or second of a line)


def _irc_file(path: Path, chat: str) -> list[Event]:
    """One IRC log as events: messages and /me actions, joins and quits, in order.
    Ubuntu logs give the date in the file name, the others on each line."""
    day = date.fromisoformat(path.name[:10]) if path.name[:4].isdigit() else None
    rows: list[Row] = []
    last_minute = -1
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if (m := _SYSTEM.match(line)) is not None:
            rows.append(("join" if m.group(2) == "joined" else "leave", m.group(1), "", None))
            continue
        if (m := _LINE.match(line.rstrip())) is None:
            continue
        minute = int(m.group(2)) * 60 + int(m.group(3))
        if m.group(1):
            day = date.fromisoformat(m.group(1))
        elif day is not None and minute < last_minute:  # past midnight
            day += timedelta(days=1)
        last_minute = minute
        if day is None:
            continue
        ts = datetime.combine(day, time(tzinfo=UTC)) + timedelta(minutes=minute,
                                                                 seconds=int(m.group(4) or 0))
        # a /me action reads "* nick waves": the text is the nick and the action
        user, text = (m.group(5), m.group(6)) if m.group(5) else (m.group(7), f"{m.group(7)} {m.group(8)}")
        if text.strip():
            rows.append(("message", user.strip(), text.strip(), ts))
    return _irc_events(rows, chat)


def _irc_events(rows: list[Row], chat: str) -> list[Event]:
    """Spread the lines stamped with one time over the minute (when a log has no
    seconds, they are all ``:00``), never back in time; system lines take the time of the line before;
    members who speak before any join of theirs joined long before the log starts."""
    per_stamp = Counter(ts for _, _, _, ts in rows if ts is not None and ts.second == 0)
    seen: Counter[datetime] = Counter()
    first_ts = next((ts for _, _, _, ts in rows if ts is not None), START)
    first_kind: dict[str, str] = {}
    events: list[Event] = []
    ts = first_ts
    for i, (kind, user, text, stamp) in enumerate(rows):
        first_kind.setdefault(user, kind)
        if stamp is not None:
            spread = seen[stamp] * 60 / per_stamp[stamp] if stamp in per_stamp else 0
            ts = max(ts, stamp + timedelta(seconds=spread))  # a few logs step back in time
            seen[stamp] += 1
        events.append(Event(f"{chat}:{i}", kind, chat, user, ts, text=text or None))
    old = [u for u, k in first_kind.items() if k != "join"]
    return list(established(old, chat, first_ts)) + events


def irc(root: Path) -> list[Event] | None:
    base = root / "chat-irc-disentanglement"
    files = sorted((base / "test").glob("*.raw.txt")) + sorted((base / "new-domains").glob("*.ascii.txt"))
    if not files:
        return None
    return [e for f in files
            for e in _irc_file(f, f"irc:{f.name.removesuffix('.raw.txt').removesuffix('.ascii.txt')}")]


def tizhproger(root: Path, label: str, test_only: bool,
                part: str | None = None) -> list[str] | None:
    """Messages of one label; ``test_only``: the test split the shipped spam model never
    trained on (:func:`~chatwarden.evaluation.datasets.split_of` of the original text);
    ``part``: that split only (``val``: the one the spam model's thresholds are chosen on)."""
    path = root / "ru-spam-telegram-tizhproger" / "telegram_spam_ru.csv"
    if not path.is_file():
        return None
    want = "test" if test_only else part
    with path.open(encoding="utf-8", newline="") as fh:
        return [unplaceholder(r["message"]) for r in csv.DictReader(fh)
                if r["label"] == label and r["message"].strip()
                and (want is None or split_of(r["message"].strip()) == want)]


def tg_ham(root: Path) -> list[Event] | None:
    texts = tizhproger(root, "0", test_only=False)
    return None if texts is None else synthetic_chat(texts, "tg-ham", members=150, seed=1)


def tg_ham_test(root: Path) -> list[Event] | None:
    texts = tizhproger(root, "0", test_only=True)
    return None if texts is None else synthetic_chat(texts, "tg-ham-test", members=100, seed=5)


def tg_spam_test(root: Path) -> list[Event] | None:
    texts = tizhproger(root, "1", test_only=True)
    return None if texts is None else synthetic_chat(texts, "tg-spam-test", members=100, seed=2)


def tg_ham_test_new(root: Path) -> list[Event] | None:
    texts = tizhproger(root, "0", test_only=True)
    return None if texts is None else newcomer_chat(texts, "tg-ham-test-new", seed=6)


def tg_spam_test_new(root: Path) -> list[Event] | None:
    texts = tizhproger(root, "1", test_only=True)
    return None if texts is None else newcomer_chat(texts, "tg-spam-test-new", seed=7)


def tg_ham_valid_new(root: Path) -> list[Event] | None:
    """tizhproger ham of the validation split, each a newcomer's first message: where the
    newcomer points of Клинт's spam rules are chosen, so that ``tg-ham-test-new`` is
    measured, not tuned on (the train split is what the spam model learnt)."""
    texts = tizhproger(root, "0", test_only=False, part="val")
    return None if texts is None else newcomer_chat(texts, "tg-ham-valid-new", seed=8)


def tg_spam_valid_new(root: Path) -> list[Event] | None:
    """tizhproger spam of the validation split as newcomers' first messages: the recall
    side of :func:`tg_ham_valid_new`."""
    texts = tizhproger(root, "1", test_only=False, part="val")
    return None if texts is None else newcomer_chat(texts, "tg-spam-valid-new", seed=9)


_VOTE = re.compile(r"^Annotator\d+_is_abuse\.(-?\d)$")


def _convabuse(root: Path, abusive: bool,
               parts: tuple[str, ...] = ("train", "valid", "test")) -> list[Event] | None:
    """User turns, one established member per conversation: benign = every annotator said
    not abusive; abusive = most votes abusive (ambiguous turns are in neither)."""
    folder = root / "en-convabuse-chatbot-abuse"
    files = [folder / f"ConvAbuseEMNLP{s}.csv" for s in parts]
    if not all(f.is_file() for f in files):
        return None
    said: list[Said] = []
    for file in files:
        with file.open(encoding="utf-8", newline="") as fh:
            reader = csv.reader(fh)
            header = next(reader)
            grade = {i: int(m.group(1)) for i, h in enumerate(header) if (m := _VOTE.match(h))}
            col = {h: i for i, h in enumerate(header)}
            for row in reader:
                votes = [g for i, g in grade.items() for _ in range(row[i].count("1"))]
                bad = sum(1 for g in votes if g < 0)
                keep = bad * 2 > len(votes) if abusive else (votes and bad == 0 and 0 not in votes)
                text = row[col["user"]].strip()
                if keep and text:
                    said.append(Said(f"conv{row[col['conv_id']].split('.')[0]}", text))
    name = "convabuse-" + ("abusive" if abusive else "benign") + ("-test" if parts == ("test",) else "")
    return to_events(said, name, random.Random(3))


def convabuse_benign(root: Path) -> list[Event] | None:
    return _convabuse(root, abusive=False)


def convabuse_benign_test(root: Path) -> list[Event] | None:
    """The benign turns of ConvAbuse's test split: the judgement models train on its train
    and valid turns, never on these."""
    return _convabuse(root, abusive=False, parts=("test",))


def convabuse_abusive(root: Path) -> list[Event] | None:
    return _convabuse(root, abusive=True)


def convabuse_abusive_test(root: Path) -> list[Event] | None:
    """The abusive turns of ConvAbuse's test split: no model, gate or word list was chosen
    on them."""
    return _convabuse(root, abusive=True, parts=("test",))


def _xstest(root: Path, label: str) -> list[Event] | None:
    path = root / "en-xstest-safe-unsafe-prompts" / "xstest_prompts.csv"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8", newline="") as fh:
        texts = [r["prompt"] for r in csv.DictReader(fh) if r["label"] == label]
    return synthetic_chat(texts, f"xstest-{label}", members=50, seed=4)


def xstest_safe(root: Path) -> list[Event] | None:
    return _xstest(root, "safe")


def xstest_unsafe(root: Path) -> list[Event] | None:
    return _xstest(root, "unsafe")


def _ru_comments(root: Path, toxic: int) -> list[Event] | None:
    """2ch/pikabu comments of one class from the test split the judgement models never
    trained on (the split :func:`~chatwarden.training.judge.data.ru_2ch` makes)."""
    if not (root / "ru-toxic-2ch-pikabu" / "labeled.csv").is_file():
        return None
    from chatwarden.training.judge.data import ru_2ch

    test = ru_2ch(root)["test"]
    texts = [t for t, y in zip(test.texts, test.targets["toxicity"], strict=True) if y == toxic]
    return synthetic_chat(texts, f"ru-comments-{'toxic' if toxic else 'benign'}", members=150,
                          seed=6 + toxic)


def ru_comments_benign(root: Path) -> list[Event] | None:
    return _ru_comments(root, 0)


def ru_comments_toxic(root: Path) -> list[Event] | None:
    return _ru_comments(root, 1)


def _toxicchat(root: Path, toxic: str) -> list[Event] | None:
    """ToxicChat's test split, user prompts to a chatbot by the human majority's toxicity
    (CC BY-NC: evaluation only, never trained on)."""
    path = root / "en-toxicchat-human-judgebench" / "toxic_chat_test.json"
    if not path.is_file():
        return None
    rows = json.loads(path.read_text(encoding="utf-8"))["instances"]
    texts = [r["instance"] for r in rows
             if r["annotations"]["toxicity"]["majority_human"] == toxic and r["instance"].strip()]
    return synthetic_chat(texts, f"toxicchat-{'toxic' if toxic == '1' else 'benign'}",
                          members=100, seed=9)


def toxicchat_benign(root: Path) -> list[Event] | None:
    return _toxicchat(root, "0")


def toxicchat_toxic(root: Path) -> list[Event] | None:
    return _toxicchat(root, "1")


def sms_ham_test(root: Path) -> list[Event] | None:
    """The SMS Spam Collection's ham in the test split (20%): real private texting that no
    model here trained, calibrated or chose a threshold on (the spam model trains on the
    train split; the judgement heads on none of it). Casual English the way people text —
    abbreviations, shouting, endearments — said by established members."""
    return _sms_test(root, spam=False)


def sms_spam_test(root: Path) -> list[Event] | None:
    """The SMS Spam Collection's spam in the test split (20%) that the spam model never
    trained or calibrated on (``chatwarden.training.spam`` splits it by :func:`split_of`),
    said by established members: English spam where only review can catch it."""
    return _sms_test(root, spam=True)


def sms_ham_valid(root: Path) -> list[Event] | None:
    """The SMS Spam Collection's ham in the validation split (20%, ``split_of`` = ``val``):
    the rows the judgement trainer chooses thresholds on (``training.judge.data.sms_ham``;
    its ``train`` rows are the threat head's casual-chat negatives). The texting set to
    decide words and rules on, so that ``sms-ham-test`` is measured, not tuned on."""
    return _sms_test(root, spam=False, part="val")


def _sms_test(root: Path, *, spam: bool, part: str = "test") -> list[Event] | None:
    from chatwarden.evaluation.datasets import sms_cases

    cases = sms_cases(root)
    kind = "spam" if spam else "ham"
    chat = f"sms-{kind}-{'valid' if part == 'val' else part}"
    seed = 3 if spam else 4 if part == "test" else 5
    return None if cases is None else synthetic_chat(
        [c.text for c in cases if c.positive == spam and split_of(c.text) == part], chat,
        members=100, seed=seed)


CONFLICT_TOPICS = ("politics", "racism", "religion", "terrorism")
"""ru-sensitive-topics columns on Клинт 5.1's topics: wars, ethnic and religious conflict,
ideological pressure (a row on them is not always a provocation)."""
NEAR_CONFLICT = ("sexual_minorities", "social_injustice")
"""Columns a moderator could fairly read as 5.1's "ideological pressure": a row with them is
in neither set, so neither the benign nor the conflict figure rests on that call."""


def _sensitive_topics(root: Path, conflict: bool) -> list[Event] | None:
    """ru-sensitive-topics v2 *test* rows (CC BY-NC-SA: evaluation only, never trained on,
    no word or threshold chosen on them): ``conflict`` = labelled with one of
    :data:`CONFLICT_TOPICS`; else rows with none of them nor :data:`NEAR_CONFLICT` (no
    topic at all, or only crime, drugs, shaming, ... that 5.1 does not name)."""
    path = root / "ru-sensitive-topics" / "v2_sensitive_topics_test.csv"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["text"].strip()]
    on = CONFLICT_TOPICS if conflict else CONFLICT_TOPICS + NEAR_CONFLICT
    texts = [r["text"] for r in rows if any(r[c] == "1" for c in on) == conflict]
    name = "ru-topics-" + ("conflict" if conflict else "none")
    return synthetic_chat(texts, name, members=100, seed=11 + conflict)


def ru_topics_none(root: Path) -> list[Event] | None:
    return _sensitive_topics(root, conflict=False)


def ru_topics_conflict(root: Path) -> list[Event] | None:
    return _sensitive_topics(root, conflict=True)

Reader = Callable[[Path], list[Event] | None]
