"""The false-sanction benchmark: what a policy would do to real benign chat, per 10,000 messages.

Each source is replayed through the real processing loop (:class:`Runtime` with
an in-memory ledger, as ``chatwarden replay`` runs), so the figures are what a
community would see, not what a detector scores alone. Every decision is
counted per rule as an **automatic sanction** (an ``auto`` rule acted: delete,
warning, mute, ...) or a **review item** (an ``assist`` rule queued it), and an
automatic sanction is **judgement-driven** when a content detector made the rule
hold (spam, links, pii, advertising, toxicity, ...) or **rules-only** when only
behaviour did (flood, repeats, raid, bot commands; see :data:`BEHAVIOUR`).
Workflow rules (quota, inactivity, returns: ``enforced_by``) act on the
synthetic membership, not on what was said, and are counted apart.

Labelled positive sets are replayed the same way for recall, so a precision
gain that costs recall shows in the same table.
"""

from __future__ import annotations

import heapq
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from chatwarden.detect.base import Signal
from chatwarden.engine.decision import Decision
from chatwarden.evaluation import realdata
from chatwarden.evaluation.audit import Audit
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.overlay import leaf_key
from chatwarden.policy.schema import Policy, Rule, leaves
from chatwarden.runtime import Runtime

BEHAVIOUR = frozenset({"reply", "role", "permit", "addresses", "repeats", "flood", "raid",
                       "company", "bot_usage", "command_spam"})
"""Detectors that read what members do, not what they say: a rule held by these alone is
a pure rule (flood, repeats), the rest is judgement (the detectors issue 10 is about)."""
QUEUED = frozenset({"review", "notify_owner"})
GOAL_AUTO, GOAL_REVIEW = 2.0, 20.0
"""Issue 10's goal per 10,000 benign messages: judgement-driven sanctions, review items."""
EXAMPLES = 3


@dataclass(frozen=True, slots=True)
class Source:
    """Benign real chat for one language's policy."""

    name: str
    language: str
    read: realdata.Reader
    note: str
    silent: frozenset[str] = frozenset()
    """Guideline numbers (a rule's ``cite``) the source's labels say nothing about: its
    decisions under them are listed per rule but not counted against the goal (a comment
    labelled non-toxic may still discuss a war, which Клинт 5.1 rightly queues)."""
    counted: frozenset[str] | None = None
    """Where set, the only guideline numbers the labels speak for; they are silent on every
    other (a set labelled for topics says nothing of insults, spam or links), whatever
    rules the policy has or gains."""

    def silences(self, cite: str) -> bool:
        """Whether the source's labels say nothing about the rule cited ``cite``."""
        return cite in self.silent or (self.counted is not None and cite not in self.counted)

    def silent_names(self) -> str:
        """The report's words for what is not counted."""
        every = [] if self.counted is None else [f"all but {', '.join(sorted(self.counted))}"]
        return ", ".join([*every, *sorted(self.silent)]) or "—"


@dataclass(frozen=True, slots=True)
class Positives:
    """A labelled positive set and the guideline numbers (a rule's ``cite``) that should catch it."""

    name: str
    language: str
    read: realdata.Reader
    rules: tuple[str, ...]
    note: str


SOURCES = (
    Source("irc", "en", realdata.irc, "Ubuntu + 4 channels' IRC (test, new-domains), real nicks/times"),
    Source("convabuse-benign", "en", realdata.convabuse_benign,
           "ConvAbuse user turns every annotator called not abusive (train/valid turns "
           "train the judgement models)"),
    Source("convabuse-benign-test", "en", realdata.convabuse_benign_test,
           "the same, test split only: never trained on"),
    Source("xstest-safe", "en", realdata.xstest_safe, "XSTest's 250 safe prompts"),
    Source("tg-ham", "ru", realdata.tg_ham, "tizhproger Telegram ham, placeholders mapped; 60% of it "
           "trains the spam model (datasets.split_of), so 6.1 there is optimistic"),
    Source("tg-ham-test", "ru", realdata.tg_ham_test,
           "the test split (20%) of tizhproger ham, never trained on"),
    Source("tg-ham-test-new", "ru", realdata.tg_ham_test_new,
           "the same texts, each a newcomer's first message (joined 1-120 minutes before): "
           "judged at the policy's newcomer points, as a chat export replayed from its start "
           "often is"),
    Source("tg-ham-valid-new", "ru", realdata.tg_ham_valid_new,
           "tizhproger ham's validation split (20%), each a newcomer's first message: where "
           "the newcomer points are chosen (tg-ham-test-new is measured, not tuned on)"),
    Source("ru-comments-test", "ru", realdata.ru_comments_benign,
           "2ch/pikabu comments labelled non-toxic, test split (20%): never trained on; "
           "labelled for toxicity only, so 5.1 (wars, ethnic and religious conflict) is not "
           "counted", silent=frozenset({"5.1"})),
    Source("sms-ham-test", "en", realdata.sms_ham_test,
           "SMS Spam Collection ham, test split (20%): real private texting, never trained on"),
    Source("sms-ham-valid", "en", realdata.sms_ham_valid,
           "the same, validation split (20%): the texting set words and thresholds are "
           "chosen on (the threat head learns the train split as negatives)"),
    Source("toxicchat-benign", "en", realdata.toxicchat_benign,
           "ToxicChat test prompts humans called non-toxic (evaluation only)"),
    Source("ru-topics-none", "ru", realdata.ru_topics_none,
           "ru-sensitive-topics v2 test rows on none of politics, racism, religion, terrorism, "
           "sexual minorities, social injustice (CC BY-NC-SA: evaluation only, never trained "
           "or chosen on); labelled for topics only, so only 5.1 is counted",
           counted=frozenset({"5.1"})),
)
POSITIVES = (
    Positives("convabuse-abusive", "en", realdata.convabuse_abusive, ("harassment",),
              "ConvAbuse turns most annotators called abusive (train/valid turns shaped the "
              "judgement models and the insult words)"),
    Positives("convabuse-abusive-test", "en", realdata.convabuse_abusive_test, ("harassment",),
              "the same, test split only: never trained or chosen on"),
    Positives("xstest-unsafe", "en", realdata.xstest_unsafe, (),
              "XSTest's 200 unsafe contrast prompts (any rule; informative)"),
    Positives("tg-spam-test", "ru", realdata.tg_spam_test, ("6.1", "6.2"),
              "the test split (20%) of tizhproger Telegram spam, placeholders mapped"),
    Positives("tg-spam-test-new", "ru", realdata.tg_spam_test_new, ("6.1", "6.2"),
              "the same spam, each a newcomer's first message (as spam mostly arrives)"),
    Positives("tg-spam-valid-new", "ru", realdata.tg_spam_valid_new, ("6.1", "6.2"),
              "tizhproger spam's validation split as newcomers' first messages: the recall "
              "side of tg-ham-valid-new"),
    Positives("sms-spam-test", "en", realdata.sms_spam_test, ("spam",),
              "the test split (20%) of the SMS Spam Collection's spam, never trained on"),
    Positives("ru-comments-toxic", "ru", realdata.ru_comments_toxic, ("3.1",),
              "2ch/pikabu comments labelled toxic, test split: queued or sanctioned as insults"),
    Positives("toxicchat-toxic", "en", realdata.toxicchat_toxic, (),
              "ToxicChat test prompts humans called toxic (any rule; informative)"),
    Positives("ru-topics-conflict", "ru", realdata.ru_topics_conflict, ("5.1",),
              "ru-sensitive-topics v2 test rows labelled politics, racism, religion or "
              "terrorism (evaluation only): on 5.1's topics, not every one a provocation"),
)


@dataclass(slots=True)
class RuleTally:
    """What one rule did to a stream."""

    sanctions: int = 0
    judged: int = 0
    reviews: int = 0
    worst: list[tuple[float, str, str]] = field(default_factory=list)  # min-heap (score, id, text)

    def example(self, score: float, event_id: str, text: str) -> None:
        item = (score, event_id, text)
        if len(self.worst) < EXAMPLES:
            heapq.heappush(self.worst, item)
        elif item > self.worst[0]:
            heapq.heapreplace(self.worst, item)


@dataclass(frozen=True, slots=True)
class Item:
    """One rule's decision on one message, kept for calibration and for moderators' samples."""

    rule: str
    outcome: str  # "sanction" or "review"
    event: str
    user: str
    ts: str
    text: str
    scores: dict[str, float]
    """Per content-detector condition of the rule (``detector:label``), the score that held."""

    @property
    def score(self) -> float:
        return max(self.scores.values(), default=0.0)


@dataclass(slots=True)
class Tally:
    """Decisions on one stream, per rule, plus the per-message counts the goal is set on."""

    messages: int = 0
    auto_judged: int = 0
    auto_rules: int = 0
    reviews: int = 0
    workflow: int = 0
    flagged: set[str] = field(default_factory=set)
    reviewed: set[str] = field(default_factory=set)
    """The events counted as review items (queued, and sanctioned under no counted rule)."""
    silent: set[str] = field(default_factory=set)
    """Events acted on or queued only under rules the source's labels say nothing about."""
    caught: dict[str, set[str]] = field(default_factory=dict)
    """Per rule, the events it acted on or queued (recall counts messages, not decisions)."""
    sanctioned: dict[str, set[str]] = field(default_factory=dict)
    """Per rule, the events it acted on automatically."""
    rules: dict[str, RuleTally] = field(default_factory=dict)
    items: list[Item] | None = None
    """Every rule decision on a message, when the caller asked to keep them."""

    def per_10k(self, n: int) -> float:
        return n * 10_000 / self.messages if self.messages else 0.0


def rule_kind(rule: Rule) -> str:
    """``workflow``, ``judgement`` (any content detector in ``when``) or ``rules``."""
    if rule.enforced_by is not None:
        return "workflow"
    detectors = {leaf.detector for leaf in leaves(rule.when)}
    return "judgement" if detectors - BEHAVIOUR else "rules"


def condition_scores(rule: Rule, signals: Sequence[Signal]) -> dict[str, float]:
    """The score each content condition of ``rule`` held with (behaviour conditions have
    none worth tuning), keyed as an overlay names it (``detector:label`` or ``detector``).
    A decision's signals are those that held, for every rule that held on the message."""
    out: dict[str, float] = {}
    for leaf in leaves(rule.when):
        if leaf.detector in BEHAVIOUR:
            continue
        seen = [s.score for s in signals
                if s.detector == leaf.detector and (leaf.label is None or s.label == leaf.label)]
        if seen:
            out[leaf_key(leaf)] = max(seen)
    return out


def _never(cite: str) -> bool:
    return False


def count(tally: Tally, policy: Policy, decision: Decision, text: str | None,
          silent: Callable[[str], bool] = _never) -> None:
    """Add one decision to ``tally``, rule by rule. A message whose decision holds a
    judgement-driven sanction counts once as such, else once as rules-only or review;
    rules whose cite is ``silent`` (:meth:`Source.silences`) are tallied per rule only."""
    by_id = {r.id: r for r in policy.rules}
    acted = any(a.type not in QUEUED for a in decision.actions)
    kinds: set[str] = set()
    for rule_id in decision.rules:
        rule = by_id.get(rule_id)  # None: an escalation, a consequence of earlier sanctions
        if rule is not None and rule.enforced_by is not None:
            tally.workflow += 1
            continue
        rt = tally.rules.setdefault(rule_id, RuleTally())
        tally.caught.setdefault(rule_id, set()).add(decision.event)
        if rule is None:  # an escalation: counted under its id, the message already under its rule
            rt.sanctions += acted
            rt.reviews += not acted
            continue
        scores = condition_scores(rule, decision.signals)
        auto = rule.mode == "auto" and acted
        if tally.items is not None and text is not None:
            tally.items.append(Item(rule_id, "sanction" if auto else "review", decision.event,
                                    decision.user, decision.ts.isoformat(), text, scores))
        if auto:
            rt.sanctions += 1
            tally.sanctioned.setdefault(rule_id, set()).add(decision.event)
            judged = bool(scores) or (not decision.signals and rule_kind(rule) == "judgement")
            rt.judged += judged
            kind = "judgement" if judged else "rules"
        else:
            rt.reviews += 1
            kind = "review"
        if silent(rule.cite):
            tally.silent.add(decision.event)
        else:
            kinds.add(kind)
        if text is not None:
            rt.example(max(scores.values(), default=0.0), decision.event, text)
    if kinds:
        tally.flagged.add(decision.event)
    if "judgement" in kinds:
        tally.auto_judged += 1
    elif "rules" in kinds:
        tally.auto_rules += 1
    elif "review" in kinds:
        tally.reviews += 1
        tally.reviewed.add(decision.event)


def replay(policy: Policy, events: Iterable[Event], limit: int | None = None,
           keep: bool = False, silent: Callable[[str], bool] = _never) -> Tally:
    """Run ``events`` through ``policy`` as ``chatwarden replay`` does (in-memory ledger,
    scheduled jobs included) and tally the decisions; at most ``limit`` messages;
    ``keep``: every rule decision on a message as an :class:`Item` too."""
    tally = Tally(items=[] if keep else None)
    ledger = Ledger("sqlite://")
    runtime = Runtime(policy, ledger, batch=2000)
    try:
        for event in events:
            if event.type == "message":
                if limit is not None and tally.messages >= limit:
                    break
                tally.messages += 1
            for decision in runtime.handle(event) or ():
                text = event.text if decision.event == event.id else None
                count(tally, policy, decision, text, silent)
    finally:
        runtime.flush()
        ledger.close()
    return tally


# -- the report -------------------------------------------------------------------------------

_UNSAFE = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]+")


def cell(text: str, width: int = 120) -> str:
    """Text made safe for one markdown table cell: one line, no pipes or tags, trimmed."""
    text = _UNSAFE.sub(" ", text).strip()
    if len(text) > width:
        text = text[: width - 1] + "…"
    return (text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
            .replace("`", "\\`"))


def _rate(tally: Tally, n: int) -> str:
    return f"{tally.per_10k(n):.1f}"


def summary_rows(results: Sequence[tuple[Source, Policy, Tally]]) -> list[str]:
    rows = ["| source | policy | messages | judgement sanctions /10k | rules-only sanctions /10k "
            "| review items /10k | goal (≤2, ≤20) | workflow decisions | not counted (labels silent) |",
            "|---|---|---|---|---|---|---|---|---|"]
    for source, policy, t in results:
        ok = t.per_10k(t.auto_judged) <= GOAL_AUTO and t.per_10k(t.reviews) <= GOAL_REVIEW
        rows.append(f"| {source.name} | {policy.id} | {t.messages} | {_rate(t, t.auto_judged)} "
                    f"({t.auto_judged}) | {_rate(t, t.auto_rules)} ({t.auto_rules}) | "
                    f"{_rate(t, t.reviews)} ({t.reviews}) | {'met' if ok else 'not met'} | {t.workflow} | "
                    f"{source.silent_names()}"
                    f"{f' ({len(t.silent - t.flagged)})' if source.silent_names() != '—' else ''} |")
    return rows


def rule_rows(results: Sequence[tuple[Source, Policy, Tally]]) -> list[str]:
    rows = ["| source | rule | mode | detectors | kind | sanctions (judgement) | reviews | per 10k |",
            "|---|---|---|---|---|---|---|---|"]
    for source, policy, t in results:
        by_id = {r.id: r for r in policy.rules}
        for rule_id, rt in sorted(t.rules.items(), key=lambda kv: -(kv[1].sanctions + kv[1].reviews)):
            rule = by_id.get(rule_id)
            mode = rule.mode if rule else "escalation"
            detectors = ", ".join(dict.fromkeys(leaf.detector for leaf in leaves(rule.when))) \
                if rule else ""
            kind = rule_kind(rule) if rule else "escalation"
            if rule is not None and source.silences(rule.cite):
                kind += ", not counted (labels silent)"
            rows.append(f"| {source.name} | {rule_id} | {mode} | {detectors} | {kind} | "
                        f"{rt.sanctions} ({rt.judged}) | {rt.reviews} | "
                        f"{_rate(t, rt.sanctions + rt.reviews)} |")
    return rows


def example_lines(results: Sequence[tuple[Source, Policy, Tally]]) -> list[str]:
    out: list[str] = []
    for source, _, t in results:
        for rule_id, rt in sorted(t.rules.items()):
            for score, event_id, text in sorted(rt.worst, reverse=True):
                out.append(f"| {source.name} | {rule_id} | {score:.2f} | {cell(event_id, 40)} | "
                           f"{cell(text)} |")
    if not out:
        return []
    return ["| source | rule | score | event | text |", "|---|---|---|---|---|", *out]


def recall_rows(results: Sequence[tuple[Positives, Policy, Tally]]) -> list[str]:
    """Per positive set, the share of its messages that the rules citing its guideline numbers
    sanctioned, and sanctioned or queued (and any rule, for comparison)."""
    rows = ["| positive set | policy | messages | rules | sanctioned by them | sanctioned or queued "
            "| flagged by any rule |", "|---|---|---|---|---|---|---|"]
    for pos, policy, t in results:
        mine = [r.id for r in policy.rules if r.cite in pos.rules]
        acted = set().union(*(t.sanctioned.get(r, set()) for r in mine))
        caught = set().union(*(t.caught.get(r, set()) for r in mine))
        named = ", ".join(mine) or "any"
        rows.append(f"| {pos.name} | {policy.id} | {t.messages} | {named} | "
                    f"{_share(len(acted), t.messages) if mine else '—'} | "
                    f"{_share(len(caught), t.messages) if mine else '—'} | "
                    f"{_share(len(t.flagged), t.messages)} |")
    return rows


def counted_items(source: Source, policy: Policy, tally: Tally) -> Iterator[Item]:
    """The kept decisions of ``tally`` that make its review items: a rule of ``policy`` that
    queued a message counted as a review, under a guideline number the source's labels speak for."""
    by_id = {r.id: r for r in policy.rules}
    for item in tally.items or ():
        rule = by_id.get(item.rule)
        if item.event in tally.reviewed and rule is not None and not source.silences(rule.cite):
            yield item


def verdicts(source: Source, policy: Policy, tally: Tally, audit: Audit) -> dict[str, str]:
    """Per review item (event) of ``tally``, the audit's word on it: ``right`` when every
    counted rule that queued it was audited ``right``, ``wrong`` when any was audited wrong,
    else ``unread`` (no verdict, or a stale one)."""
    seen: dict[str, set[str]] = {}
    for item in counted_items(source, policy, tally):
        v = audit.verdict(source.name, item.event, item.rule, item.text)
        seen.setdefault(item.event, set()).add(v if v in ("right", "wrong") else "unread")
    return {event: "wrong" if "wrong" in vs else "unread" if "unread" in vs else "right"
            for event, vs in seen.items()}


def audit_rows(results: Sequence[tuple[Source, Policy, Tally]], audit: Audit) -> list[str]:
    """Per benign row, its review items split by the audit: what the judgement got wrong
    (wrong, or not yet read) against messages that do break the rule the set's labels
    never spoke about."""
    rows = ["| source | policy | review items | audited right (rule broken) | audited wrong (false alarm) "
            "| not audited | wrong or not audited /10k | goal on them (≤20) |",
            "|---|---|---|---|---|---|---|---|"]
    for source, policy, t in results:
        said = list(verdicts(source, policy, t, audit).values())
        right, wrong, unread = (said.count(k) for k in ("right", "wrong", "unread"))
        rate = t.per_10k(wrong + unread)
        rows.append(f"| {source.name} | {policy.id} | {t.reviews} | {right} | {wrong} | {unread} | "
                    f"{rate:.1f} | {'met' if rate <= GOAL_REVIEW else 'not met'} |")
    return rows


def item_records(results: Sequence[tuple[Source, Policy, Tally]], audit: Audit) -> list[dict[str, object]]:
    """Every counted review item of the benign rows with the audit's verdict on it, as
    ``--items`` writes them (one JSON object per line): what an auditor reads."""
    out: list[dict[str, object]] = []
    for source, policy, t in results:
        for item in counted_items(source, policy, t):
            out.append({"source": source.name, "policy": policy.id, "event": item.event,
                        "rule": item.rule, "text": item.text, "scores": item.scores,
                        "verdict": audit.verdict(source.name, item.event, item.rule, item.text)})
    return out


def _share(n: int, of: int) -> str:
    return f"{n / of:.1%} ({n})" if of else "—"


def benchmark(root: Path, policies: Sequence[Policy], *, limit: int | None = None,
              only: Sequence[str] = (), say: Callable[[str], None] = lambda _: None,
              sets: Sequence[Source | Positives] = (*SOURCES, *POSITIVES),
              audit: Audit | None = None, items: list[dict[str, object]] | None = None) -> str:
    """The whole report as markdown: every source and positive set whose data is present,
    each through every given policy of its language (``only``: these names alone); with
    ``audit``, the review items split by its verdicts; ``items`` gets every counted review
    item (:func:`item_records`)."""
    benign: list[tuple[Source, Policy, Tally]] = []
    positive: list[tuple[Positives, Policy, Tally]] = []
    skipped: list[str] = []
    for item in sets:
        if only and item.name not in only:
            continue
        chosen = [p for p in policies if p.language == item.language]
        events = item.read(root) if chosen else None
        if events is None:
            why = f"no {item.language} policy given" if not chosen else f"its data is absent under {root}"
            skipped.append(f"- {item.name}: skipped, {why}")
            say(skipped[-1][2:])
            continue
        for policy in chosen:
            started = time.perf_counter()
            tally = replay(policy, events, limit, keep=isinstance(item, Source),
                           silent=item.silences if isinstance(item, Source) else _never)
            say(f"{item.name} through {policy.id}: {tally.messages} messages in "
                f"{time.perf_counter() - started:.0f}s")
            if isinstance(item, Source):
                benign.append((item, policy, tally))
            else:
                positive.append((item, policy, tally))
    parts = ["## Benign real chat: decisions per 10,000 messages", "", *summary_rows(benign), "",
             "## Per rule", "", *rule_rows(benign), ""]
    if audit is not None:
        parts += ["## Review items read against their rule (`evaluation/realchat_audit.yaml`)", "",
                  *audit_rows(benign, audit), ""]
    if items is not None:
        items.extend(item_records(benign, audit or Audit({})))
    if positive:
        parts += ["## Recall on labelled positive sets", "", *recall_rows(positive), ""]
    examples = example_lines(benign)
    if examples:
        parts += ["## Worst examples (highest scores first)", "", *examples, ""]
    notes = [f"- {s.name}: {s.note}" for s in sets if not only or s.name in only]
    parts += ["## Sources", "", *notes, *skipped, ""]
    return "\n".join(parts)
