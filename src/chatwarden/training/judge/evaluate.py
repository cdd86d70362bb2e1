"""The figures of the judgement models, on the fixed splits of ``data.py``.

Systems side by side: the linear model alone, the default cascade (as it runs
in production: the tuned Russian model and the embeddings only in their bands
or behind a topic gate), ``cascade-full`` (both on every message: the quality
ceiling of the offline models, on request), and ``alt-profanity-check`` for English (when
installed: train extra).
Every row says which system, which set, how many rows, P/R/F1 and msg/s.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Literal

import numpy as np

from chatwarden.detect.context import Context
from chatwarden.detect.judge import lexicon
from chatwarden.detect.judge.cascade import Cascade, CascadeConfig
from chatwarden.detect.judge.detectors import Toxicity, thresholds
from chatwarden.detect.judge.embed import Encoder
from chatwarden.detect.judge.labels import LABELS
from chatwarden.detect.judge.linear import shipped
from chatwarden.detect.judge.params import ToxicityParams
from chatwarden.detect.judge.tuned import TunedEncoder, TunedHead
from chatwarden.detect.textscan import Text, pick, scan_one
from chatwarden.events import Event
from chatwarden.training.judge import data as D
from chatwarden.training.judge import obfuscate as O
from chatwarden.training.judge import obfuscate_real as R

Scorer = Callable[[list[str]], list[float]]


@dataclass
class Row:
    system: str
    dataset: str
    label: str
    n: int
    precision: float
    recall: float
    f1: float
    positive_rate: float
    msg_per_s: float
    macro_f1: float = float("nan")
    """The mean of both classes' F1: what the published 2ch/pikabu figures are
    (multinomial NB 0.832, mBERT 0.912, RuBERT 0.922; our NB on our split: 0.823)."""

    def line(self) -> str:
        macro = "" if np.isnan(self.macro_f1) else f" macroF1={self.macro_f1:.3f}"
        if self.dataset.endswith(BENIGN):  # no positives: only the flags matter
            quality = (f"flags={round(self.positive_rate * self.n)} "
                       f"({self.positive_rate * 1e4:.1f} per 10k)")
        else:
            quality = f"P={self.precision:.3f} R={self.recall:.3f} F1={self.f1:.3f}{macro}"
        return (f"{self.system:<14} {self.dataset:<30} {self.label:<10} n={self.n:<6} "
                f"{quality} flagged={self.positive_rate:.3f} {self.msg_per_s:,.0f} msg/s"
                f"{cross_source(self.dataset, self.label)}")


BENIGN = "(benign)"
"""Data sets of benign text only (real chat, XSTest's safe prompts): a flag is a false one."""

TRAINED_ON: dict[str, tuple[str, ...]] = {
    "toxicity": ("ru-2ch-pikabu", "ru-paradetox", "en-davidson", "en-toxigen", "en-convabuse"),
    "hate": ("en-davidson", "en-toxigen", "en-stormfront", "en-convabuse"),
    "threat": ("en-edos", "seeds"),
    "self_harm": ("en-sdcnl", "seeds", "weak"),
    "sexual": ("en-convabuse", "en-sdcnl", "seeds", "weak"),
    "violence": ("en-edos", "en-sdcnl", "seeds", "weak"),
    "extremism": ("seeds", "weak"),
    "politics": ("seeds", "weak"),
    "sexual_minors": ("seeds",),
    "insult": ("en-convabuse",),
}
"""The labelled sources each label learns from (``fit.labelled_sources``; 'weak' = rows of
those sources that name the topic, see ``seeds.WEAK_STEMS``); every head also learns from
the real benign chat (tg ham training half, Ubuntu IRC dev files) as negatives."""


def cross_source(dataset: str, label: str) -> str:
    """' [cross-source: A+B -> C]' when ``label`` never learnt from ``dataset``'s source."""
    sources = TRAINED_ON.get(label)
    source = dataset.split("/")[0]
    if (sources is None or dataset.endswith(BENIGN) or source in sources
            or source in (OBFUSCATED, REAL_OBFUSCATED)):
        return ""
    return f" [cross-source: {'+'.join(sources)} -> {dataset.split('/')[0]}]"


def measure(system: str, dataset: str, label: str, texts: list[str], y: list[int],
            scorer: Scorer, threshold: float) -> Row:
    start = time.perf_counter()
    scores = np.asarray(scorer(texts))
    rate = len(texts) / max(1e-9, time.perf_counter() - start)
    truth = np.asarray(y)
    pred = scores >= threshold
    tp = float(np.sum(pred & (truth == 1)))
    p = tp / max(1.0, float(pred.sum()))
    r = tp / max(1.0, float((truth == 1).sum()))
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    macro = float("nan")
    if 0 < truth.sum() < len(truth):  # both classes present: the negatives' F1 too
        tn = float(np.sum(~pred & (truth == 0)))
        f1_neg = 2 * tn / float((~pred).sum() + (truth == 0).sum())
        macro = (f1 + f1_neg) / 2
    return Row(system, dataset, label, len(texts), p, r, f1, float(pred.mean()), rate, macro)


def linear_scorer(label: str) -> Scorer:
    model = shipped()
    return lambda texts: [model.scores(t)[label] for t in texts]


def cascade_scorer(label: str, cascade: Cascade | None = None) -> Scorer:
    """The production path, one message at a time, in one chat with realistic spacing."""
    c = cascade or Cascade()
    t0 = datetime(2026, 1, 1, tzinfo=UTC)

    def score(texts: list[str]) -> list[float]:
        return [c.judge(t, f"chat{i % 20}", t0 + timedelta(seconds=i)).scores[label]
                for i, t in enumerate(texts)]
    return score


def detector_scores(texts: list[str], tuned: bool = False) -> tuple[dict[str, list[float]], float]:
    """Every label's score from the ``toxicity`` detector as a policy runs it (``insult``
    needs the event: second person, name-calling, a reply; here each text is a message of
    its own, no reply), and the messages per second it took."""
    detector = Toxicity(ToxicityParams(tuned=tuned))
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    out: dict[str, list[float]] = {}
    start = time.perf_counter()
    for i, text in enumerate(texts):
        ev = Event(id=str(i), type="message", chat=f"chat{i % 20}", user="u",
                   ts=t0 + timedelta(seconds=i), text=text)
        for sig in detector.detect(ev, Context.bare(ev)):
            out.setdefault(sig.label, []).append(sig.score)
    return out, len(texts) / max(1e-9, time.perf_counter() - start)


DETECTOR_ONLY: tuple[str, ...] = ("insult",)
"""Labels only the detector scores (``insult`` reads the event: second person, a reply,
name-calling); the cascade leaves them 0, so their rows are the detector's."""


def detector_scorer(label: str) -> Scorer:
    """``label`` from the ``toxicity`` detector as a policy runs it (:func:`detector_scores`)."""
    return lambda texts: detector_scores(texts)[0][label]


def _fixed(values: list[float]) -> Scorer:
    """A scorer that answers scores computed already (one detector pass, every label)."""
    return lambda _: values


def profanity_check_scorer() -> Scorer | None:
    try:
        from profanity_check import predict_prob
    except ImportError:
        return None
    return lambda texts: list(predict_prob(texts))


def _tuned_cascade(system: str) -> Cascade:
    return Cascade(CascadeConfig(tuned=True, tuned_calibration=TUNED[system]))


def nb_anchor_scorer(train: D.Split) -> Scorer | None:
    """The published anchor's model, rebuilt on our split: multinomial NB on word counts,
    trained on train + validation. It shows which F1 the published figures are."""
    try:
        from sklearn.feature_extraction.text import CountVectorizer
        from sklearn.naive_bayes import MultinomialNB
    except ImportError:
        return None
    vec = CountVectorizer()
    model = MultinomialNB().fit(vec.fit_transform(train.texts), train.targets["toxicity"])
    return lambda texts: list(model.predict_proba(vec.transform(texts))[:, 1])


def _labelled(split: D.Split, label: str) -> tuple[list[str], list[int]]:
    col = split.targets.get(label, [])
    rows = [i for i, v in enumerate(col) if v >= 0]
    return [split.texts[i] for i in rows], [col[i] for i in rows]


def obfuscation_suite() -> tuple[list[str], list[int]]:
    """Swear words written the ways members dodge filters, and clean look-alike words."""
    words = ("хуй", "пиздец", "блядь", "ебать", "нахуй", "заебал", "сука", "fuck", "shit")
    tricks: list[Callable[[str], str]] = [
        lambda w: w, lambda w: " ".join(w), lambda w: ".".join(w), lambda w: w.upper(),
        lambda w: w.replace("е", "e").replace("а", "a").replace("у", "y").replace("х", "x"),
        lambda w: w[0] + "*" * (len(w) - 2) + w[-1] if len(w) > 3 else w,
        lambda w: w[:2] + w[2] * 4 + w[3:], lambda w: w.replace("о", "0").replace("з", "3"),
        lambda w: "\u200b".join(w), lambda w: w.replace("и", "1").replace("i", "1"),
    ]
    translit = ("pizdec", "blyad", "huy", "nahuy", "zaebal", "suka", "ebat")
    bad = sorted({t(w) for w in words for t in tricks} | set(translit))
    clean = sorted(lexicon.ALLOW | {
        "колебаться", "оскорблять", "застрахуйте", "употреблять", "хлебать", "небеса", "хулиган",
        "команда", "себестоимость", "скипидар", "страховка", "психуй", "рубля", "корабля",
        "classic", "assess", "passage", "cocktail", "scunthorpe", "hello", "шучу", "спасибо"})
    return bad + clean, [1] * len(bad) + [0] * len(clean)


GROUPS = ("women", "trans people", "gay people", "black people", "disabled people", "Muslims",
          "immigrants", "Jews")
HATEFUL = (
    "I hate {g}.", "{g} are disgusting.", "All {g} should be killed.", "{g} are nothing but vermin.",
    "{g} are a plague on society.", "I will never trust {g}, they are all scum.",
    "{g} should not be allowed to vote.", "Why are {g} so stupid?", "{g} belong in a zoo.",
    "Fucking {g} ruin everything.", "Go back where you came from, you filthy {g}.",
    "{g} are subhuman.", "It's disgusting that {g} are allowed in our schools.")
NOT_HATEFUL = (
    "I love {g}.", "{g} are welcome here.", "I am friends with many {g}.",
    "We need more {g} in leadership.", "{g} deserve equal rights.",
    "Saying {g} are vermin is hateful and wrong.", "I don't hate {g}.", "Many {g} live in my city.",
    "My neighbours are {g}.", "Statements like 'I hate {g}' have no place here.",
    "Why do some people discriminate against {g}?", "What holidays do {g} celebrate?",
    "I hate bankers.", "Fuck yeah, what a day!")


def hate_templates() -> tuple[list[str], list[int]]:
    """Functional tests of hate, written for this project in the manner of HateCheck (not
    its items): attacks on a group against mentions, support, counter-speech, negation and
    abuse of no protected group, each over 8 groups. A check of behaviour, tuned on nothing."""
    def fill(templates: tuple[str, ...]) -> list[str]:
        return [(s := tpl.format(g=g))[0].upper() + s[1:] for tpl in templates for g in GROUPS]
    bad, fine = fill(HATEFUL), fill(NOT_HATEFUL)
    return bad + fine, [1] * len(bad) + [0] * len(fine)


def suites(root: object = None) -> Iterator[tuple[str, str, D.Split]]:
    """(dataset, label, split) for every figure we report."""
    base = D.data_root()
    ru = D.ru_2ch(base)
    pd = D.paradetox(base, exclude=ru["test"].texts + ru["val"].texts)
    yield "ru-2ch-pikabu/test", "toxicity", ru["test"]
    yield "ru-paradetox/dev", "toxicity", pd["dev"]
    dv = D.davidson(base)
    yield "en-davidson/test", "toxicity", dv["test"]
    yield "en-davidson/test", "hate", dv["test"]
    yield "en-toxigen/test", "hate", D.toxigen(base)["test"]
    yield "en-tweeteval-offensive/test", "toxicity", D.tweeteval(base, "offensive")
    yield "en-tweeteval-hate/test", "hate", D.tweeteval(base, "hate")
    yield "en-jigsaw-sample", "toxicity", D.jigsaw(base)
    yield "en-jigsaw-sample", "obscenity", D.jigsaw(base)
    sens = D.sensitive_topics(base)
    for label in D.SENSITIVE:
        if label != "hate":
            yield "ru-sensitive-topics/test", label, sens
    yield "en-stormfront/test", "hate", D.stormfront(base, "test")
    conv = D.convabuse(base, "test")
    yield "en-convabuse/test", "toxicity", conv
    yield "en-convabuse/test", "sexual", conv
    # harassment: Calimero's harassment rule reads ``insult``; ConvAbuse's abusive turns are
    # abuse aimed at the one spoken to (the chatbot), its other turns the benign side
    yield "en-convabuse/test", "insult", D.Split(conv.texts, {"insult": conv.targets["toxicity"]},
                                                 conv.lang)
    edos = D.edos(base, "test")
    yield "en-edos/test", "threat", edos
    yield "en-edos/test", "violence", edos
    yield "en-sdcnl/test", "self_harm", D.sdcnl(base, "test")
    eth = D.ethos(base)  # evaluation only (GPL-3.0): never trained on
    for label in ("hate", "violence", "threat"):
        yield "en-ethos", label, eth
    yield "en-toxicchat/test", "toxicity", D.toxicchat(base)  # CC BY-NC: evaluation only


OBFUSCATED = "ru-obfuscated"
"""Test rows of sets toxicity trained on (other rows), obfuscated: not a cross-source figure."""
OBFUSCATION_SEED = 10
"""One fixed seed: the obfuscated texts are the same in every run and every commit."""


def obfuscated_suites() -> Iterator[tuple[str, list[str], list[int]]]:
    """(name, texts, toxicity) of the Russian test sets no toxicity model trained on: the
    2ch/pikabu test split and RuParaDetox dev (its sentences inside 2ch test or val dropped
    from training, as in :func:`suites`)."""
    base = D.data_root()
    ru = D.ru_2ch(base)
    pd = D.paradetox(base, exclude=ru["test"].texts + ru["val"].texts)
    for name, split in ((f"{OBFUSCATED}/2ch-test", ru["test"]),
                        (f"{OBFUSCATED}/paradetox-dev", pd["dev"])):
        yield name, *_labelled(split, "toxicity")


def scan_scorer(label: str) -> Scorer:
    """``chatwarden scan --detectors toxicity``: each text a chat of its own, no history."""
    detectors = pick(["toxicity"])

    def score(texts: list[str]) -> list[float]:
        out = []
        for i, t in enumerate(texts):
            signals = scan_one(detectors, Text(str(i), t))["signals"]
            out.append(next(s["score"] for s in signals if s["label"] == label))
        return out
    return score


def obfuscation_rows(systems: tuple[str, ...], log: Callable[[str], None],
                     only: str) -> list[Row]:
    """Toxicity on clean text, on the same rows obfuscated (:mod:`obfuscate`, seeded), and
    per kind of obfuscation (rows with two kinds are ``mix``), through the cascade and
    through ``scan``'s path. The obfuscation is synthetic: a floor, not the held-out set."""
    th = thresholds({})["toxicity"]
    paths = {"cascade": cascade_scorer, "scan": scan_scorer}
    rows: list[Row] = []
    for name, texts, y in obfuscated_suites():
        if only not in name:
            continue
        obf = [O.obfuscate(t, OBFUSCATION_SEED) for t in texts]
        kinds = [O.kind_of(t, OBFUSCATION_SEED) for t in texts]
        for system in (s for s in paths if s in systems or s == "scan"):
            for variant, batch in (("clean", texts), ("obfuscated", obf)):
                start = time.perf_counter()
                scores = paths[system]("toxicity")(batch)
                rate = len(batch) / max(1e-9, time.perf_counter() - start)
                per_kind = (*O.KINDS, O.MIX) if variant == "obfuscated" else ()
                for kind in (variant, *per_kind):
                    keep = [i for i, k in enumerate(kinds) if kind in (variant, k)]
                    row = measure(system, f"{name} {kind}", "toxicity", [batch[i] for i in keep],
                                  [y[i] for i in keep], _fixed([scores[i] for i in keep]), th)
                    row.msg_per_s = rate
                    rows.append(row)
                    log(row.line())
    return rows


REAL_OBFUSCATED = "ru-real-obfuscation"
"""The same test rows with their offensive words hidden as chats hide them
(:mod:`obfuscate_real`): a name ``--only ru-obfuscated`` does not select, so its rows stay."""


def real_obfuscation_rows(systems: tuple[str, ...], log: Callable[[str], None],
                          only: str) -> list[Row]:
    """Toxicity on the rows of :func:`obfuscated_suites` with their offensive words hidden
    (:mod:`obfuscate_real`, seeded): once with a kind of the tuning set per row, once with a
    kind of the held set, per kind, and on the rows whose hidden words were offensive ones
    (``offensive``; the others hid a decoy word), through the default cascade."""
    if "cascade" not in systems:
        return []
    th = thresholds({})["toxicity"]
    rows: list[Row] = []
    for name, texts, y in obfuscated_suites():
        name = name.replace(OBFUSCATED, REAL_OBFUSCATED)
        if only not in name:
            continue
        for variant, kinds in (("tuning", R.TUNING), ("held", R.HELD)):
            obf, chosen, hid = R.obfuscated(texts, kinds)
            start = time.perf_counter()
            scores = cascade_scorer("toxicity")(obf)
            rate = len(obf) / max(1e-9, time.perf_counter() - start)
            for part in (variant, f"{variant} offensive", *kinds):
                keep = [i for i, k in enumerate(chosen)
                        if part in (variant, k) or (part.endswith("offensive") and hid[i])]
                row = measure("cascade", f"{name} {part}", "toxicity", [obf[i] for i in keep],
                              [y[i] for i in keep], _fixed([scores[i] for i in keep]), th)
                row.msg_per_s = rate
                rows.append(row)
                log(row.line())
    return rows


TUNED: dict[str, Literal["chat", "forum"]] = {"cascade+tuned": "chat",
                                              "cascade+tuned-forum": "forum"}
"""The cascade with the tuned Russian stage on, per calibration (the Клинт policy: chat)."""
SYSTEMS = ("linear", "cascade", "cascade+tuned", "cascade+tuned-forum", "cascade-full",
           "profanity-check", "nb-anchor")


def run(systems: tuple[str, ...] = ("linear", "cascade", "profanity-check"),
        log: Callable[[str], None] = print, only: str = "") -> list[Row]:
    """Every figure of ``systems``; ``only`` keeps the data sets whose name contains it."""
    th = thresholds({})
    rows: list[Row] = []
    lin_th = dict(th)  # the linear model alone is judged at its own calibrated 0.5
    lin_th.update({"toxicity": 0.5, "hate": 0.5})
    for dataset, label, split in suites():
        if only not in dataset:
            continue
        texts, y = _labelled(split, label)
        if "linear" in systems and label in shipped().labels:
            rows.append(measure("linear", dataset, label, texts, y, linear_scorer(label),
                                lin_th[label]))
            log(rows[-1].line())
        if label in DETECTOR_ONLY:
            if "cascade" in systems:
                rows.append(measure("detector", dataset, label, texts, y, detector_scorer(label),
                                    th[label]))
                log(rows[-1].line())
            continue
        if "cascade" in systems:
            rows.append(measure("cascade", dataset, label, texts, y, cascade_scorer(label),
                                th[label]))
            log(rows[-1].line())
        for system in (s for s in TUNED if s in systems):
            rows.append(measure(system, dataset, label, texts, y,
                                cascade_scorer(label, _tuned_cascade(system)), th[label]))
            log(rows[-1].line())
        if "cascade-full" in systems:  # both model stages on every message
            full = Cascade(CascadeConfig(band=(0.0, 1.0), tuned=True, tuned_band=(0.0, 1.0)))
            rows.append(measure("cascade-full", dataset, label, texts, y,
                                cascade_scorer(label, full), th[label]))
            log(rows[-1].line())
        pc = profanity_check_scorer() if "profanity-check" in systems else None
        if pc is not None and dataset.startswith("en-") and label == "toxicity":
            rows.append(measure("profanity-check", dataset, label, texts, y, pc, 0.5))
            log(rows[-1].line())
        if "nb-anchor" in systems and dataset == "ru-2ch-pikabu/test":
            ru = D.ru_2ch(D.data_root())
            seen = D.Split()
            for part in ("train", "val"):
                seen.extend(ru[part])
            nb = nb_anchor_scorer(seen)
            if nb is not None:
                rows.append(measure("nb-anchor", dataset, label, texts, y, nb, 0.5))
                log(rows[-1].line())
    rows.extend(obfuscation_rows(systems, log, only))
    rows.extend(real_obfuscation_rows(systems, log, only))
    if only in "мат-obfuscations":
        texts, y = obfuscation_suite()
        rows.append(measure("lexicon", "мат-obfuscations", "obscenity", texts, y,
                            lambda ts: [lexicon.score(lexicon.find(t)) for t in ts], 0.7))
        log(rows[-1].line())
    if only in "hate-templates":
        texts, y = hate_templates()
        row = measure("cascade", "hate-templates", "hate", texts, y, cascade_scorer("hate"),
                      th["hate"])
        rows.append(row)
        positives = sum(y)
        tp = row.recall * positives
        tn = len(y) - positives - (row.positive_rate * len(y) - tp)
        log(f"{row.line()} accuracy={(tp + tn) / len(y):.3f}")
    base = D.data_root()
    for name, chat, tuned in (
            (f"tg-ham/test {BENIGN}", D.tg_ham(base)["test"], True),
            (f"irc-ubuntu/test {BENIGN}", D.irc(base, "test", limit=10_000), False),
            (f"en-xstest/safe {BENIGN}", D.xstest_safe(base), False)):
        if only not in name:
            continue
        # the detector as the shipped policies run it: Клинт (Russian) with the tuned stage
        scores, rate = detector_scores(chat.texts, tuned)
        for label in LABELS:
            row = measure("detector+tuned" if tuned else "detector", name, label, chat.texts,
                          [0] * len(chat), _fixed(scores[label]), th[label])
            row.msg_per_s = rate
            rows.append(row)
            log(row.line())
        for system in (s for s in TUNED if s in systems):
            rows.append(measure(system, name, "toxicity", chat.texts, [0] * len(chat),
                                cascade_scorer("toxicity", _tuned_cascade(system)),
                                th["toxicity"]))
            log(rows[-1].line())
        if "linear" in systems:
            rows.append(measure("linear", name, "toxicity", chat.texts, [0] * len(chat),
                                linear_scorer("toxicity"), lin_th["toxicity"]))
            log(rows[-1].line())
    return rows


def traffic(n: int) -> list[Event]:
    """Mostly clean chat: held-out Telegram ham, Ubuntu IRC lines and paradetox neutral
    rewrites, with 10% toxic messages mixed in; 20 chats, one message a second in all
    (so the per-chat embedding budget is not what limits the rate)."""
    base = D.data_root()
    pd = D.paradetox(base)["dev"]
    pairs = list(zip(pd.texts, pd.targets["toxicity"], strict=True))
    clean = (D.tg_ham(base)["test"].texts + D.irc(base, "test", limit=2000).texts
             + [t for t, y in pairs if y == 0])
    toxic = [t for t, y in pairs if y == 1]
    rng = np.random.default_rng(D.SEED)
    texts = [toxic[rng.integers(len(toxic))] if rng.random() < 0.1 else
             clean[rng.integers(len(clean))] for _ in range(n)]
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    return [Event(id=str(i), type="message", chat=f"chat{i % 20}", user=f"u{i % 300}",
                  ts=t0 + timedelta(seconds=i), text=t) for i, t in enumerate(texts)]


def _worker(events: list[Event], tuned: bool = False) -> tuple[float, list[float], int, int]:
    """One worker's share: (seconds, per-message latencies, messages embedded, tuned)."""
    detector = Toxicity(ToxicityParams(tuned=tuned))
    # no cache: the generated traffic repeats texts far more than a live chat does
    detector.cascade.encoder = Encoder(cache_size=0)
    detector.cascade.tuned = (TunedEncoder(cache_size=0), TunedHead.load())
    detector.detect(events[0], Context.bare(events[0]))  # load the artifacts
    detector.cascade.encoder.encode(["warm-up"])  # and the encoders, outside the timing
    if tuned:
        detector.cascade.tuned[0].encode(["warm-up"])
    lat: list[float] = []
    embedded = tuned_calls = 0
    start = time.perf_counter()
    for ev in events:
        s = time.perf_counter()
        signals = detector.detect(ev, Context.bare(ev))
        lat.append(time.perf_counter() - s)
        embedded += "+embedding" in signals[0].explanation
        tuned_calls += "+tuned" in signals[0].explanation
    return time.perf_counter() - start, lat, embedded, tuned_calls


def bench(n: int = 5000, workers: int = 1, log: Callable[[str], None] = print,
          tuned: bool = False) -> dict[str, float]:
    """The ``toxicity`` detector (default, or ``tuned`` on) on :func:`traffic`: msg/s, latency.

    With ``workers`` > 1 the chats are partitioned over processes, as the engine's
    workers are (one chat's events stay in one worker, in order).
    """
    events = traffic(n)
    shares = [[e for e in events if int(e.chat[4:]) % workers == k] for k in range(workers)]
    if workers == 1:
        results = [_worker(shares[0], tuned)]
    else:
        import multiprocessing

        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.starmap(_worker, [(share, tuned) for share in shares])
    wall = max(r[0] for r in results)
    arr = np.asarray([x for r in results for x in r[1]]) * 1000
    out = {"messages": float(n), "workers": float(workers), "msg_per_s": n / wall,
           "embedded_share": sum(r[2] for r in results) / n,
           "tuned_share": sum(r[3] for r in results) / n,
           "p50_ms": float(np.percentile(arr, 50)), "p99_ms": float(np.percentile(arr, 99)),
           "max_ms": float(arr.max())}
    log(" ".join(f"{k}={v:,.3f}" for k, v in out.items()))
    return out
