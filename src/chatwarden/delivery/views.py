"""Read-only answers from the engine's state: ``/rules`` and ``/me``.

They decide nothing, so they are rendered here rather than in the engine; the
numbers come from the same state the engine sanctions with.
"""

from __future__ import annotations

import html
from datetime import datetime, timedelta

from chatwarden.delivery.texts import Texts
from chatwarden.engine.decision import Action
from chatwarden.engine.state import ChatState, week_start
from chatwarden.policy.schema import Policy

CHUNK = 3500
"""Telegram caps a message at 4096 characters (Matrix an event at ~64 KiB); long texts are
split below the smaller."""


def rules(policy: Policy, wanted: str | None = None) -> list[str]:
    """The policy as a list of rules, or one rule's full words; split into messages."""
    if wanted:
        hits = [r for r in policy.rules if wanted in (r.id, r.cite)]
        body = "\n\n".join(html.escape(r.citation) for r in hits) or html.escape(f"? {wanted}")
        return _chunks(body)
    lines = [f"<b>{html.escape(policy.title)}</b>"]
    lines += [f"{html.escape(r.cite)} — {html.escape(r.title)}" for r in policy.rules]
    lines.append("/rules 4.2")
    return _chunks("\n".join(lines))


def _chunks(text: str) -> list[str]:
    out, cur = [], ""
    for line in text.split("\n"):
        if len(cur) + len(line) + 1 > CHUNK and cur:
            out.append(cur)
            cur = ""
        cur = f"{cur}\n{line}" if cur else line
    return [*out, cur] if cur else out


def me(texts: Texts, cs: ChatState, user: str, who: str, now: datetime) -> str:
    """A member's active sanctions with their expiry, returns left, this week's count."""
    policy = texts.policy
    lines = [texts("me_head", name=who)]
    since = now - timedelta(days=policy.recidivism_days)
    for s in cs.sanctions.get(user, ()):
        if s.type not in ("warning", "warn", "mute") or not s.active(now) or s.expired:
            continue
        if s.until is None and s.start < since:
            continue
        act = Action(s.type, s.term_days, s.until)
        lines.append(f"#{s.id} " + html.escape(texts.action(act)) + (f" ({s.rule_id})" if s.rule_id else ""))
    if len(lines) == 1:
        lines.append(texts("me_none"))
    member = cs.members.get(user)
    if policy.returns is not None:
        used = member.returns if member else 0
        lines.append(texts("me_returns", n=max(0, policy.returns.max_returns - used)))
    if policy.quota is not None:
        today = now.astimezone(texts.tz).date()
        count = member.messages_between(week_start(today), today) if member else 0
        exempt = member is not None and member.exempt
        quota = policy.quota.exempted_weekly_messages if exempt else policy.quota.weekly_messages
        lines.append(texts("me_week", n=count, quota=quota))
    return "\n".join(lines)
