"""``preserve_evidence`` and ``refer_law_enforcement`` do something real: the texts a
decision is about are copied (with their sha256) before the deletion runs, and a
referral bundle with the member's timeline is written and named to the owner."""

from __future__ import annotations

import asyncio
import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from chatwarden.delivery.evidence import PRESERVE, REFERRAL, Keeper
from chatwarden.delivery.port import Outcome
from chatwarden.engine.decision import Action, Decision
from chatwarden.events import Event
from chatwarden.ledger.store import Ledger
from chatwarden.policy.loader import load_policy
from chatwarden.runtime import Runtime

ROOT = Path(__file__).resolve().parents[2]
CHAT, USER = "-100", "7"
TS = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
TEXT = "a message that must survive its deletion"


def setup(tmp_path: Path) -> tuple[Keeper, Ledger]:
    policy = load_policy(ROOT / "policies" / "calimero.en.yaml")
    ledger = Ledger(str(tmp_path / "ledger.db"))
    runtime = Runtime(policy, ledger, batch=1)
    runtime.handle(Event(f"{CHAT}:9", "message", CHAT, USER, TS, text=TEXT))
    return Keeper(policy, ledger, tmp_path / "referrals"), ledger


def decision(rule: str, step: int, *kinds: str) -> Decision:
    return Decision(f"{CHAT}:9", CHAT, USER, TS, [rule], [Action(k) for k in kinds], steps=[step])


def test_ban_evidence_keeps_the_text_before_the_deletion(tmp_path: Path) -> None:
    keeper, ledger = setup(tmp_path)
    try:
        d = decision("ncii", 1, "ban", "review")  # ncii: [[ban_evidence, review]]
        (keep,) = keeper.plan(keeper.complete(d))
        assert keep.method == PRESERVE
        assert keep.params["messages"] == [{"event": f"{CHAT}:9", "user": USER, "ts": TS.isoformat(),
                                            "text": TEXT,
                                            "sha256": hashlib.sha256(TEXT.encode()).hexdigest()}]
        result = asyncio.run(keeper.perform(keep))
        assert result.outcome is Outcome.DONE
        kept = json.loads(Path(result.detail).read_text(encoding="utf-8"))
        assert kept["messages"] == keep.params["messages"] and "timeline" not in kept
        assert keeper.plan(decision("threats", 1, "suspend", "review")) == []  # nothing to keep
    finally:
        ledger.close()


def test_a_referral_bundle_holds_the_evidence_and_the_timeline(tmp_path: Path) -> None:
    keeper, ledger = setup(tmp_path)
    try:
        d = keeper.complete(decision("csam", 1, "delete", "ban", "refer_law_enforcement",
                                     "suspend_room"))
        refer = next(a for a in d.actions if a.type == "refer_law_enforcement")
        bundle = keeper.path(d.event, d.user)
        assert refer.note is not None and str(bundle) in refer.note  # the owner is told where
        (step,) = keeper.plan(d)
        assert step.method == REFERRAL
        for _ in range(2):  # a repeat after a crash rewrites the same file
            assert asyncio.run(keeper.perform(step)).outcome is Outcome.DONE
        assert [p.name for p in bundle.parent.iterdir()] == [bundle.name]
        body = json.loads(bundle.read_text(encoding="utf-8"))
        assert body["format"] == "chatwarden.referral/1" and body["user"] == USER
        assert body["messages"][0]["sha256"] == hashlib.sha256(TEXT.encode()).hexdigest()
        assert len(body["timeline"]) == len(list(ledger.decisions(chat=CHAT, user=USER)))
        digest = body.pop("sha256")
        assert digest == hashlib.sha256(json.dumps(body, ensure_ascii=False, sort_keys=True,
                                                   default=str).encode()).hexdigest()
    finally:
        ledger.close()


def test_a_room_suspension_gets_the_policys_term(tmp_path: Path) -> None:
    keeper, ledger = setup(tmp_path)
    try:
        policy = keeper.policy.model_copy(update={"sanctions": {
            **keeper.policy.sanctions,
            "suspend_room": keeper.policy.sanctions["suspend_room"].model_copy(
                update={"term_days": 2.0})}})
        keeper.policy = policy
        d = keeper.complete(decision("csam", 1, "suspend_room"))
        assert (d.actions[0].term_days, d.actions[0].until) == (2.0, TS + timedelta(days=2))
    finally:
        ledger.close()
