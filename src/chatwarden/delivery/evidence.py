"""Evidence kept and referrals written: the worker's own steps, before any platform call.

A policy step with ``preserve_evidence`` (the platform guidelines' "account banned,
evidence preserved") copies the texts of the messages a decision is about into the
stored plan and into an evidence file *before* the plan's deletion runs, with a
sha256 of each text so a later reader can show it was not altered. A
``refer_law_enforcement`` step writes the referral bundle: that evidence plus the
member's timeline of decisions from the ledger, as one JSON file under the
referrals directory; the admins' copy of the decision names the file.

Both are keyed by the decision's event, written whole (temporary file, then
rename), so a repeat after a crash rewrites the same file instead of adding one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from chatwarden.delivery.port import LOCAL, Outcome, Result, Step
from chatwarden.delivery.texts import Texts
from chatwarden.engine.decision import Decision
from chatwarden.ledger.store import Ledger
from chatwarden.policy.schema import Policy
from chatwarden.policy.schema import Sanction as Spec

PRESERVE = LOCAL + "preserve"
REFERRAL = LOCAL + "referral"
FORMAT = "chatwarden.referral/1"
_UNSAFE = re.compile(r"[^\w.-]+")


def specs(policy: Policy, d: Decision) -> list[Spec]:
    """The policy's sanction steps behind a decision (its rules' content and ladder steps,
    its escalations' steps): what the engine applied, with the flags an action lacks."""
    names: list[str] = []
    for rule_id, step in zip(d.rules, d.steps, strict=False):
        rule = next((r for r in policy.rules if r.id == rule_id), None)
        if rule is not None:
            names += rule.content + (rule.ladder[step - 1] if 0 < step <= len(rule.ladder) else [])
        elif (esc := next((e for e in policy.escalations if e.id == rule_id), None)) is not None:
            names += esc.then
    return [policy.sanctions[n] for n in names if n in policy.sanctions]


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Keeper:
    """Plans and performs the worker's own steps for one policy and ledger."""

    def __init__(self, policy: Policy, ledger: Ledger, directory: Path) -> None:
        self.policy, self.ledger, self.directory = policy, ledger, directory
        self.texts = Texts(policy)

    def complete(self, d: Decision) -> Decision:
        """The decision as the platform plans it: a room suspension gets the policy's term
        (the engine records none for a kind without a sanction row), a referral the
        bundle's path in its note, so the admins' copy names the file."""
        found = specs(self.policy, d)
        actions = []
        for a in d.actions:
            if a.until is None and a.term_days is None:
                term = next((s.term_days for s in found if s.type == a.type and s.term_days), None)
                if term is not None:
                    a = replace(a, term_days=term, until=d.ts + timedelta(days=term))
            if a.type == "refer_law_enforcement":
                a = replace(a, note=self.texts("referral", path=self.path(d.event, d.user)))
            actions.append(a)
        return replace(d, actions=actions)

    def plan(self, d: Decision) -> list[Step]:
        """The steps that must run before the platform's: keep the texts, write a referral."""
        refer = any(a.type == "refer_law_enforcement" for a in d.actions)
        keep = refer or any(s.preserve_evidence for s in specs(self.policy, d))
        if not keep:
            return []
        params = {"chat": d.chat, "user": d.user, "event": d.event, "ts": d.ts.isoformat(),
                  "messages": self.messages(d)}
        return [Step(REFERRAL if refer else PRESERVE, params)]

    def messages(self, d: Decision) -> list[dict[str, Any]]:
        """The texts the decision is about (its event, the messages it deletes, its signals'
        evidence) as the ledger recorded them, each with its sha256."""
        ids = [d.event, *(a.message for a in d.actions if a.message),
               *(e.event_id for s in d.signals for e in s.evidence)]
        out = []
        for event_id in dict.fromkeys(ids):
            for row in self.ledger.rows("events", id=event_id):
                raw = json.loads(row["raw"])
                if raw.get("text"):
                    out.append({"event": event_id, "user": raw.get("user"), "ts": raw.get("ts"),
                                "text": raw["text"], "sha256": sha256(raw["text"])})
        return out

    def path(self, event: str, user: str, method: str = REFERRAL) -> Path:
        """Where a decision's referral bundle (or its evidence alone) is written."""
        name = f"{_UNSAFE.sub('_', event)}-{_UNSAFE.sub('_', user)}.json"
        return self.directory / ("referral-" + name if method == REFERRAL else f"evidence/{name}")

    async def perform(self, step: Step) -> Result:
        p = step.params
        body: dict[str, Any] = {"format": FORMAT, "chat": p["chat"], "user": p["user"],
                                "event": p["event"], "decided": p["ts"],
                                "written": datetime.now(UTC).isoformat(timespec="seconds"),
                                "messages": p["messages"]}
        if step.method == REFERRAL:
            body["timeline"] = [
                {k: v for k, v in x.items() if k in ("ts", "event", "rules", "actions", "actor",
                                                      "mode", "evidence")}
                for x in self.ledger.decisions(chat=p["chat"], user=p["user"])]
            body["sanctions"] = self.ledger.rows("sanctions", chat=p["chat"], user=p["user"])
        text = json.dumps(body, ensure_ascii=False, sort_keys=True, default=str)
        body["sha256"] = sha256(text)  # of the bundle without this key, as the console's
        target = self.path(p["event"], p["user"], step.method)
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(body, ensure_ascii=False, indent=1, default=str),
                             encoding="utf-8")
        os.replace(temporary, target)
        return Result(Outcome.DONE, str(target))
