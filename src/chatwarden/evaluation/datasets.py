"""Labeled cases for measuring detectors, read from the project's data folder.

A developer tool: the data folder (``../shared/data`` beside the project, or
``--data``/``$CHATWARDEN_DATA``) is read only when a command asks for it, and
every loader returns None when its set is absent so callers can say so.
Splits are by a CRC-32 of the text, so they are the same on every machine.
"""

from __future__ import annotations

import csv
import json
import os
import random
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from chatwarden.detect.blocklist import parse_entries


@dataclass(frozen=True, slots=True)
class Case:
    """One text with its truth: ``positive`` when the detector should flag it."""

    id: str
    text: str
    positive: bool
    label: str = ""


def data_dir(explicit: Path | None = None) -> Path:
    """``explicit``, else ``$CHATWARDEN_DATA``, else ``../shared/data`` from the working dir."""
    if explicit is not None:
        return explicit
    env = os.environ.get("CHATWARDEN_DATA")
    return Path(env) if env else Path.cwd().parent / "shared" / "data"


@dataclass(frozen=True)
class TgSpam:
    spam: list[str]
    ham: list[str]
    stop_phrases: list[str]


def _lines(path: Path) -> list[str]:
    return list(dict.fromkeys(ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()
                              if ln.strip()))


def tg_spam(root: Path) -> TgSpam | None:
    """tg-spam's samples (MIT): two spam files, one ham file, stop phrases."""
    folder = root / "spam-tg-umputun"
    if not folder.is_dir():
        return None
    spam = list(dict.fromkeys(_lines(folder / "spam-samples.txt")
                              + _lines(folder / "testdata-spam-ru.txt")))
    ham = [t for t in _lines(folder / "ham-samples.txt") if t not in set(spam)]
    return TgSpam(spam, ham, _lines(folder / "stop-words.txt"))


_IRC_LINE = re.compile(r"^(?:\S+ \d{4}-\d\d-\d\d )?\[[\d:]+\] <[^>]+> (.+)$")


def irc_lines(root: Path, split: str = "dev") -> list[str] | None:
    """English chat lines of the IRC disentanglement logs (CC BY 4.0): everyday ham.

    ``dev`` trains and validates the shipped spam model; ``test`` only measures it.
    """
    folder = root / "chat-irc-disentanglement" / split
    if not folder.is_dir():
        return None
    out: list[str] = []
    for file in sorted(folder.glob("*.raw.txt")) + sorted(folder.glob("*.ascii.txt")):
        for line in file.read_text(encoding="utf-8", errors="replace").splitlines():
            m = _IRC_LINE.match(line)
            if m and len(m.group(1).split()) >= 3:
                out.append(m.group(1))
    return list(dict.fromkeys(out))


def spam_cases(data: TgSpam) -> list[Case]:
    return [Case(f"spam-{i}", t, True, "spam") for i, t in enumerate(data.spam)] + \
           [Case(f"ham-{i}", t, False, "ham") for i, t in enumerate(data.ham)]


# How chat users write a link so that filters miss it: each a function of a domain.
DISGUISES = {
    "plain": lambda d: d,
    "https": lambda d: f"https://{d}/login",
    "hxxp": lambda d: f"hxxp://{d}/",
    "hxxps-brackets": lambda d: f"hxxps[:]//{d.replace('.', '[.]')}",
    "brackets": lambda d: d.replace(".", "[.]"),
    "parens-dot": lambda d: d.replace(".", " (dot) "),
    "spelled-dot": lambda d: d.replace(".", " dot "),
    "russian-dot": lambda d: d.replace(".", " точка "),
    "spaces": lambda d: d.replace(".", " . "),
    "upper": lambda d: d.upper(),
    "punycode": lambda d: d.encode("idna").decode("ascii"),
}
_SENTENCES = ("смотри тут {} бесплатно", "check this out: {}", "{}", "го сюда {} быстрее",
              "кто пробовал {} ?")


def _bad_domains(root: Path) -> dict[str, str] | None:
    sources = {"url-blocklistproject/phishing-domains.txt": "phishing",
               "url-blocklistproject/scam-domains.txt": "scam",
               "url-urlhaus-malware/urlhaus-filter-domains.txt": "malware"}
    out: dict[str, str] = {}
    for rel, label in sources.items():
        path = root / rel
        if not path.is_file():
            return None
        for entry in parse_entries(path.read_text(encoding="utf-8").splitlines()):
            if "/" not in entry and not entry.replace(".", "").isdigit():
                out.setdefault(entry, label)
    return out


def benign_domains() -> list[str]:
    text = resources.files("chatwarden.evaluation").joinpath("benign_domains.txt").read_text()
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def link_cases(root: Path, n: int = 2000, seed: int = 20261122) -> list[Case] | None:
    """``n`` listed domains (a seeded sample never used for tuning) each written in one
    disguise inside a chat sentence, plus every benign domain in every disguise."""
    bad = _bad_domains(root)
    if bad is None:
        return None
    rng = random.Random(seed)
    names = list(DISGUISES)
    cases = []
    for i, domain in enumerate(rng.sample(sorted(bad), min(n, len(bad)))):
        how = names[i % len(names)]
        text = rng.choice(_SENTENCES).format(DISGUISES[how](domain))
        cases.append(Case(f"bad-{i}-{how}", text, True, bad[domain]))
    for i, domain in enumerate(benign_domains()):
        for how in names:
            text = _SENTENCES[i % len(_SENTENCES)].format(DISGUISES[how](domain))
            cases.append(Case(f"benign-{i}-{how}", text, False, "clean"))
    return cases


PII_KINDS = {"PHONE_NUMBER": "pii.phone", "EMAIL_ADDRESS": "pii.email",
             "CREDIT_CARD": "pii.card", "STREET_ADDRESS": "pii.address"}


def pii_cases(root: Path) -> list[Case] | None:
    """Presidio's synthetic sentences (MIT): positive when they hold a kind we detect."""
    path = root / "pii-presidio-synthetic-en" / "synth_dataset_v2.json"
    if not path.is_file():
        return None
    rows = json.loads(path.read_text(encoding="utf-8"))
    cases = []
    for i, row in enumerate(rows):
        kinds = sorted({PII_KINDS[s["entity_type"]] for s in row["spans"]
                        if s["entity_type"] in PII_KINDS})
        cases.append(Case(f"presidio-{i}", row["full_text"], bool(kinds), ",".join(kinds)))
    return cases


def sms_cases(root: Path) -> list[Case] | None:
    """The UCI SMS Spam Collection (English, 2000s SMS): a generic baseline only."""
    path = root / "sms-spam-collection" / "SMSSpamCollection.tsv"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [Case(f"sms-{i}", text, label == "spam", label)
            for i, (label, text) in enumerate(rows[1:])]


def telegram_spam_cases(root: Path) -> list[Case] | None:
    """tizhproger's Russian Telegram spam vs chat (GPL-3.0): links, handles, phones and
    currency signs are placeholders (``[LINK]``, ``[USERNAME]``…), which the spam
    model's canonical form maps to the same slots as the real things."""
    path = root / "ru-spam-telegram-tizhproger" / "telegram_spam_ru.csv"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    seen = dict.fromkeys((r["message"].strip(), r["label"] == "1") for r in rows
                         if r["message"].strip())
    return [Case(f"tg-{i}", text, spam, "spam" if spam else "ham")
            for i, (text, spam) in enumerate(seen)]


def split_of(text: str) -> str:
    """A deterministic 60/20/20 split by CRC-32: models train on ``train``, thresholds
    are chosen on ``val``, figures are reported on ``test``."""
    k = zlib.crc32(text.encode()) % 10
    return "train" if k < 6 else "val" if k < 8 else "test"


_NEGATIVE = {"", "0", "false", "no", "ham", "clean", "none", "benign", "ok"}


def read_labeled(path: Path) -> Iterator[Case]:
    """A labeled file: JSON Lines ``{"id"?, "text", "label"}`` (label a bool or a word;
    ham/clean/none/false/0 are negative), or TSV ``label<TAB>text``."""
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            if line.lstrip().startswith("{"):
                row = json.loads(line)
                label = row.get("label", "")
                positive = bool(label) if isinstance(label, bool | int) else \
                    str(label).strip().lower() not in _NEGATIVE
                yield Case(str(row.get("id", n)), str(row["text"]), positive, str(label))
            else:
                label, _, text = line.rstrip("\n").partition("\t")
                if n == 1 and label.lower() == "label":
                    continue
                yield Case(str(n), text, label.strip().lower() not in _NEGATIVE, label)


def texts(cases: Iterable[Case]) -> list[str]:
    return [c.text for c in cases]
