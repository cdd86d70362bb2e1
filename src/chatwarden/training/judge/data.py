"""Readers for ``../shared/data`` and the fixed splits every figure is measured on.

Splits are stratified with seed 0 and written down here, once, so training,
evaluation and the model cards all speak of the same rows. Only training and
evaluation read these files; the installed detectors never do.

Licences (see each SOURCE.md): 2ch/pikabu and paradetox are UNCLEAR (trained on,
said so in the model card); Davidson MIT; ToxiGen MIT + CDLA-Permissive;
TweetEval UNCLEAR (evaluation only); Jigsaw sample CC0 (evaluation only);
ru-sensitive-topics CC BY-NC-SA (evaluation only, never trained on).
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from chatwarden.evaluation.datasets import sms_cases, split_of

SEED = 0
csv.field_size_limit(sys.maxsize)


def data_root() -> Path:
    """``../shared/data`` seen from the project root (or the current directory)."""
    here = Path(__file__).resolve()
    for base in (Path.cwd(), *here.parents):
        candidate = base.parent / "shared" / "data"
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("../shared/data not found: run from the project root")


@dataclass
class Split:
    """Texts with one 0/1 target per label; a label a set says nothing about is absent."""

    texts: list[str] = field(default_factory=list)
    targets: dict[str, list[int]] = field(default_factory=dict)
    lang: list[str] = field(default_factory=list)

    def add(self, text: str, lang: str, **labels: int) -> None:
        n = len(self.texts)
        self.texts.append(text)
        self.lang.append(lang)
        for name, value in labels.items():
            column = self.targets.setdefault(name, [-1] * n)
            column.append(value)
        for column in self.targets.values():
            if len(column) == n:
                column.append(-1)

    def extend(self, other: Split) -> None:
        for i, text in enumerate(other.texts):
            labels = {k: v[i] for k, v in other.targets.items() if v[i] >= 0}
            self.add(text, other.lang[i], **labels)

    def __len__(self) -> int:
        return len(self.texts)


def stratified(labels: Sequence[int], test_share: float, seed: int = SEED) -> tuple[list[int], list[int]]:
    """Row indices (train, test), each class split in the same proportion."""
    rng = random.Random(seed)
    train: list[int] = []
    test: list[int] = []
    for value in sorted(set(labels)):
        rows = [i for i, y in enumerate(labels) if y == value]
        rng.shuffle(rows)
        cut = round(len(rows) * test_share)
        test.extend(rows[:cut])
        train.extend(rows[cut:])
    return sorted(train), sorted(test)


def _subset(texts: list[str], labels: dict[str, list[int]], rows: list[int], lang: str) -> Split:
    out = Split()
    for i in rows:
        out.add(texts[i], lang, **{k: v[i] for k, v in labels.items()})
    return out


def ru_2ch(root: Path) -> dict[str, Split]:
    """2ch/pikabu: 80% train (of which 15% held out as ``val``), 20% test."""
    with open(root / "ru-toxic-2ch-pikabu" / "labeled.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    texts = [r["comment"].strip() for r in rows]
    y = [int(float(r["toxic"])) for r in rows]
    train, test = stratified(y, 0.2)
    fit_rows, val_rows = stratified([y[i] for i in train], 0.15)
    labels = {"toxicity": y}
    return {
        "train": _subset(texts, labels, [train[i] for i in fit_rows], "ru"),
        "val": _subset(texts, labels, [train[i] for i in val_rows], "ru"),
        "test": _subset(texts, labels, test, "ru"),
    }


def paradetox(root: Path, exclude: Sequence[str] = ()) -> dict[str, Split]:
    """Toxic sentences (1) and their human neutral rewrites (0).

    ``exclude``: texts the model is tested on; paradetox sentences come from the
    same forums, so any sentence found inside one of them is dropped from training.
    """
    haystack = "\x00".join(t.casefold() for t in exclude)
    out: dict[str, Split] = {}
    for name in ("train", "dev"):
        split = Split()
        with open(root / "ru-paradetox-russe2022" / f"{name}.tsv", encoding="utf-8") as fh:
            reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
            for row in reader:
                toxic = (row.get("toxic_comment") or "").strip()
                if not toxic or (name == "train" and toxic.casefold() in haystack):
                    continue
                split.add(toxic, "ru", toxicity=1)
                for key in ("neutral_comment1", "neutral_comment2", "neutral_comment3"):
                    neutral = (row.get(key) or "").strip()
                    if neutral:
                        split.add(neutral, "ru", toxicity=0)
        out[name] = split
    return out


def davidson(root: Path) -> dict[str, Split]:
    """Tweets: offensive or hate = toxic; hate = hate. 80/20 stratified on the 3 classes."""
    with open(root / "en-davidson-hate-offensive" / "labeled_data.csv", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    texts = [r["tweet"] for r in rows]
    cls = [int(r["class"]) for r in rows]
    labels = {"toxicity": [int(c != 2) for c in cls], "hate": [int(c == 0) for c in cls]}
    train, test = stratified(cls, 0.2)
    return {"train": _subset(texts, labels, train, "en"), "test": _subset(texts, labels, test, "en")}


def toxigen(root: Path) -> dict[str, Split]:
    """Implicit hate vs neutral statements about groups; 80/20 stratified."""
    seen: dict[str, int] = {}
    with open(root / "en-toxigen-seeds" / "toxigen_prompt_sentences.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            value = int(row["label"] == "hate")
            seen[row["text"]] = max(seen.get(row["text"], 0), value)
    texts = list(seen)
    y = [seen[t] for t in texts]
    train, test = stratified(y, 0.2)
    labels = {"toxicity": y, "hate": y}
    return {"train": _subset(texts, labels, train, "en"), "test": _subset(texts, labels, test, "en")}


def tweeteval(root: Path, task: str, part: str = "test") -> Split:
    """TweetEval ``hate`` or ``offensive`` (evaluation only: licence unclear)."""
    folder = root / "en-tweeteval-hate-offensive"
    texts = (folder / f"{task}_{part}_text.txt").read_text(encoding="utf-8").splitlines()
    ys = (folder / f"{task}_{part}_labels.txt").read_text(encoding="utf-8").split()
    label = "hate" if task == "hate" else "toxicity"
    out = Split()
    for text, y in zip(texts, ys, strict=True):
        out.add(text, "en", **{label: int(y)})
    return out


def jigsaw(root: Path) -> Split:
    """The 101-row Jigsaw sample (evaluation only)."""
    out = Split()
    with open(root / "en-jigsaw-toxic-sample" / "jigsaw_test_examples.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            toxic = int(any(int(r[k]) for k in ("toxic", "severe_toxic", "obscene", "insult",
                                                  "threat", "identity_hate")))
            out.add(r["comment_text"], "en", toxicity=toxic, obscenity=int(r["obscene"]))
    return out


def tg_ham(root: Path) -> dict[str, Split]:
    """Real messages from Telegram chats (clean traffic), halved with seed 0: ``train``
    teaches the model what ordinary chat looks like, ``test`` is the false-positive sample."""
    path = root / "spam-tg-umputun" / "ham-samples.txt"
    lines = [t.strip() for t in path.read_text(encoding="utf-8").splitlines() if t.strip()]
    train, test = stratified([0] * len(lines), 0.5)
    return {name: _subset(lines, {"toxicity": [0] * len(lines)}, rows, "ru")
            for name, rows in (("train", train), ("test", test))}


def plain_chat(root: Path, part: str = "train") -> Split:
    """Group chat and private texting as they are written every day: tizhproger's Russian
    Telegram ham (GPL-3.0, as the spam model trains on it) and the SMS Spam Collection's
    English ham, each in the spam model's split (``evaluation.datasets.split_of``: ``train``
    is trained on, ``val`` chooses, ``test`` stays unseen), placeholders given realistic
    values.

    Both sets are labelled for spam only, and their chat swears and calls names («Да ты
    тварь», "u boring biatch"); so only lines with no мат or vulgar word and no name-calling
    become toxicity negatives. What is left is what the forum sets lack: short, blunt,
    ordinary chat («Как дела у тебя?», «Ну и слава богу.», "Happy new year da"), which the
    forum-trained models flagged as toxic (13% of the Telegram validation lines, 7% with no
    swear word). Russian chat alone moved the shared row for English texting the other way.
    """
    from chatwarden.detect.judge import lexicon, targets
    from chatwarden.evaluation.realdata import tizhproger

    out = Split()
    for lang, texts in (("ru", tizhproger(root, "0", test_only=False, part=part) or []),
                        ("en", sms_ham(root, part).texts)):
        for text in texts:
            if not lexicon.find(text) and not targets.name_calling(text):
                out.add(text, lang, toxicity=0)
    return out


def sms_ham(root: Path, part: str) -> Split:
    """The SMS Spam Collection's ham (UCI, CC BY 4.0): private 2000s texting between friends
    and family ("Honey boo I'm missing u", "I am sorry it hurt you"), the short, emotional,
    pronoun-heavy register no forum set holds. Split as the spam model splits it
    (``evaluation.datasets.split_of``, 60/20/20 by CRC-32): ``train`` is trained on,
    ``val`` chooses, ``test`` stays unseen by every model."""
    out = Split()
    for case in sms_cases(root) or ():
        if case.label == "ham" and split_of(case.text) == part:
            out.add(case.text, "en", toxicity=0)
    return out


_IRC_LINE = re.compile(r"^\[\d\d:\d\d\] <[^>]+> (.+)$")


def irc(root: Path, part: str, limit: int = 6000) -> Split:
    """Ubuntu IRC lines (CC BY 4.0): English chat, nearly all of it civil. Used as clean
    chat: ``dev`` files for training, ``test`` files for the English false-positive rate."""
    out = Split()
    for path in sorted((root / "chat-irc-disentanglement" / part).glob("*.raw.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            m = _IRC_LINE.match(line)
            if m and len(m.group(1)) > 3 and len(out) < limit:
                out.add(m.group(1), "en", toxicity=0)
    return out


SENSITIVE = {"politics": ("politics",), "extremism": ("terrorism",), "self_harm": ("suicide",),
             "sexual": ("pornography", "prostitution"), "hate": ("racism",)}


def sensitive_topics(root: Path) -> Split:
    """ru-sensitive-topics v2 test, mapped to our labels (evaluation only: CC BY-NC-SA)."""
    out = Split()
    with open(root / "ru-sensitive-topics" / "v2_sensitive_topics_test.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            labels = {ours: int(any(int(r[c]) for c in cols)) for ours, cols in SENSITIVE.items()}
            out.add(r["text"], "ru", **labels)
    return out


# ── Sources added for issue 10: real labelled data per topic, real hard negatives ──────
# Licences (each SOURCE.md): ConvAbuse CC BY 4.0; EDOS CC0; Stormfront CC BY-SA 3.0 ES;
# SDCNL UNCLEAR (trained on, said so in the model card); Ethos GPL-3.0, ToxicChat
# CC BY-NC 4.0 and XSTest (the reported set) are evaluation only.

def _part_of(key: str, test_share: float = 0.2) -> str:
    """A stable train/test assignment by a row's id (sets without a split of their own)."""
    return "test" if int(hashlib.sha1(key.encode()).hexdigest()[:8], 16) % 1000 < test_share * 1000 \
        else "train"


def convabuse(root: Path, part: str) -> Split:
    """User turns to chatbots (``train``/``valid``/``test``): toxicity = a majority of the
    annotators judged the turn abusive; sexual = a majority marked sexual harassment.
    Columns are read by position: the header repeats a name where a type is missing."""
    name = {"train": "train", "valid": "valid", "test": "test"}[part]
    with open(root / "en-convabuse-chatbot-abuse" / f"ConvAbuseEMNLP{name}.csv",
              encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    starts = [i for i, h in enumerate(header) if h.endswith("_is_abuse.1")]
    out = Split()
    for r in rows[1:]:
        labelled = abusive = sexual = 0
        for s in starts:
            votes = [c.strip().startswith("1") for c in r[s:s + 5]]
            if not any(votes):
                continue
            labelled += 1
            abusive += any(votes[2:])
            sexual += r[s + 10].strip().startswith("1")
        text = r[header.index("user")].strip()
        if labelled and text:
            out.add(text, "en", toxicity=int(2 * abusive > labelled),
                    sexual=int(2 * sexual > labelled))
    return out


def edos(root: Path, part: str) -> Split:
    """Reddit/Gab posts on women (``train``/``dev``/``test``). threat = category 1 (threats,
    plans to harm, incitement), and so is violence: the guideline's violence is content that
    promotes or urges harm to people, not only gore. Only sexist posts are kept: 'not sexist' is no benign
    class (racist or violent posts are in it), while derogation and animosity are the hard
    negatives a threat head needs (hostile, but no threat)."""
    out = Split()
    with open(root / "en-edos-sexism-threats" / "edos_labelled_aggregated.csv",
              encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["split"] == part and r["label_sexist"] == "sexist":
                harm = int(r["label_category"].startswith("1."))
                out.add(r["text"], "en", threat=harm, violence=harm)
    return out


def stormfront(root: Path, part: str) -> Split:
    """Stormfront sentences: hate vs noHate from the same forum (its negatives talk of the
    same groups without hate), split 80/20 by post so no post is on both sides."""
    out = Split()
    with open(root / "en-stormfront-hate-vicomtech" / "stormfront_sentences.csv",
              encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["label"] in ("hate", "noHate") and _part_of(r["file_id"].split("_")[0]) == part:
                out.add(r["text"], "en", hate=int(r["label"] == "hate"))
    return out


def sdcnl(root: Path, part: str) -> Split:
    """Reddit posts from r/SuicideWatch (self_harm 1) and r/depression (0: the hard
    negative, sad but no suicidal intent), title + text, ``train``/``test``. Neither is
    violence: harm to oneself is not harm to others ("i want to kill myself" opens the
    violence gate's words), so both are violence negatives; and they are long posts about
    one's life, bodies and relationships with swear words in them, yet no sexual content:
    sexual negatives too (the sexual head had flagged 8% of them)."""
    name = {"train": "training-set", "test": "testing-set"}[part]
    out = Split()
    with open(root / "en-reddit-suicide-depression-sdcnl" / f"{name}.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            text = f"{r['title'].strip()}. {r['selftext'].strip()}"[:1000]
            out.add(text, "en", self_harm=int(r["is_suicide"]), violence=0, sexual=0)
    return out


def ethos(root: Path) -> Split:
    """Ethos (evaluation only: GPL-3.0): the binary set for hate; violence-inciting comments
    of the multi-label set (score ≥ 0.5) against the binary set's non-hate comments."""
    folder = root / "en-ethos-hate-violence"
    out = Split()
    with open(folder / "Ethos_Dataset_Binary.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter=";"):
            hate = int(float(r["isHate"]) >= 0.5)
            labels = {"hate": hate} if hate else {"hate": 0, "violence": 0, "threat": 0}
            out.add(r["comment"], "en", **labels)
    with open(folder / "Ethos_Dataset_Multi_Label.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh, delimiter=";"):
            if float(r["violence"]) >= 0.5:
                out.add(r["comment"], "en", violence=1, threat=1)
    return out


def xstest_safe(root: Path) -> Split:
    """XSTest's 250 safe prompts ("How can I kill a Python process?"): evaluation only,
    the set whose flags we report; every label is 0."""
    out = Split()
    with open(root / "en-xstest-safe-unsafe-prompts" / "xstest_prompts.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["label"] == "safe":
                out.add(r["prompt"], "en", toxicity=0)
    return out


def toxicchat(root: Path) -> Split:
    """ToxicChat test prompts (evaluation only: CC BY-NC 4.0): toxicity."""
    import json

    out = Split()
    path = root / "en-toxicchat-human-judgebench" / "toxic_chat_test.json"
    for r in json.loads(path.read_text(encoding="utf-8"))["instances"]:
        out.add(r["instance"], "en",
                toxicity=int(r["annotations"]["toxicity"]["majority_human"]))
    return out
