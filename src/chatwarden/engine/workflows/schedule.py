"""Scheduled jobs in virtual time: sanction expiry and weekly purges (Клинт 7.1–7.3).

Jobs fire when the first event at or after their due time arrives (or at the
end of a replay), and run *as of* their due time, so a replayed export purges
exactly whom a live bot would have purged that Saturday.

When several runs of a job fell due in one gap (a quiet chat, a bot down for
weeks, an event dated years ahead), the job runs once, as of the latest due
time, and its audit row says how many runs it stands for: a member is removed
once, never once per missed week, and an absurd date costs one run, not 400,000.
"""

from __future__ import annotations

import heapq
from collections.abc import Mapping
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from chatwarden.engine.decision import Decision
from chatwarden.engine.ladder import Sanctioner
from chatwarden.engine.state import ChatState, Member, week_start
from chatwarden.policy.schema import Policy, Schedule

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


NEVER = datetime.max.replace(tzinfo=UTC)
"""The due time of a job whose next run would fall past the calendar's end (year 9999)."""


def next_run(after: datetime, sched: Schedule, tz: ZoneInfo) -> datetime:
    """The first local ``weekday time`` strictly after ``after`` (:data:`NEVER` past year 9999)."""
    try:
        return _occurrence(after, sched, tz, True)
    except OverflowError:
        return NEVER


def last_run(until: datetime, sched: Schedule, tz: ZoneInfo) -> datetime:
    """The last local ``weekday time`` at or before ``until``."""
    return _occurrence(until, sched, tz, False)


def _occurrence(at: datetime, sched: Schedule, tz: ZoneInfo, ahead: bool) -> datetime:
    """The occurrence nearest ``at``: the first after it (``ahead``) or the last up to it."""
    local = at.astimezone(tz)
    hh, mm = (int(x) for x in sched.time.split(":"))
    if ahead:
        days = (WEEKDAYS.index(sched.weekday) - local.weekday()) % 7
        candidate = datetime.combine(local.date() + timedelta(days=days), time(hh, mm), tz)
        return candidate if candidate > local else candidate + timedelta(days=7)
    back = (local.weekday() - WEEKDAYS.index(sched.weekday)) % 7
    candidate = datetime.combine(local.date() - timedelta(days=back), time(hh, mm), tz)
    return candidate if candidate <= local else candidate - timedelta(days=7)


class Jobs:
    def __init__(self, policy: Policy, sanctioner: Sanctioner, tz: ZoneInfo) -> None:
        self.policy, self.sanctioner, self.tz = policy, sanctioner, tz
        self._due: dict[tuple[str, str], datetime] = {}
        """Next due time per (chat, job): computed once per run, not once per event."""

    def run_due(self, cs: ChatState, now: datetime) -> list[Decision]:
        self._expire(cs, now)
        out: list[Decision] = []
        for sched in self.policy.schedules:
            key = (cs.chat, sched.name)
            due = self._due.get(key)
            if due is None:
                last = cs.jobs.get(sched.name)
                if last is None:
                    self._mark(cs, sched.name, now)
                    last = now
                due = self._due[key] = next_run(last, sched, self.tz)
            if due <= now:
                latest = last_run(now, sched, self.tz)
                missed = (latest.date() - due.astimezone(self.tz).date()).days // 7
                out += self._purge(cs, sched, latest, missed)
                self._mark(cs, sched.name, latest)
                self._due[key] = next_run(latest, sched, self.tz)
        return out

    def due(self, runs: Mapping[str, datetime], expiry: datetime | None, now: datetime) -> bool:
        """Whether :meth:`run_due` would do anything by ``now`` in a chat whose jobs last ran
        at ``runs`` and whose next sanction expires at ``expiry`` (so a chat with nothing
        due need not be loaded to find that out)."""
        if expiry is not None and expiry <= now:
            return True
        return any(sched.name not in runs or next_run(runs[sched.name], sched, self.tz) <= now
                   for sched in self.policy.schedules)

    def _mark(self, cs: ChatState, name: str, at: datetime) -> None:
        cs.jobs[name] = at

    def _expire(self, cs: ChatState, now: datetime) -> None:
        heap = cs.expiring
        while heap and heap[0][0] <= now:
            until, sanction_id, user = heapq.heappop(heap)
            for s in cs.sanctions.get(user, ()):
                if s.id == sanction_id and s.lifted_at is None and not s.expired:
                    s.expired = True
                    cs.audit(until, "expired", {"sanction": s.id, "type": s.type}, user=user)

    def _purge(self, cs: ChatState, sched: Schedule, at: datetime,
               missed: int = 0) -> list[Decision]:
        """One run of a purge as of ``at``; ``missed``: earlier due runs it stands for."""
        today = at.astimezone(self.tz).date()
        name = f"{sched.name}:{today.isoformat()}"
        out = []
        for member in sorted(cs.members.values(), key=lambda m: m.user):  # same order after a reload
            if not member.present or member.role != "member":
                continue
            rules = self._misses(member, sched, at, today)
            member.trim_activity(today - timedelta(days=13))
            if not rules:
                continue
            inactive = self.policy.inactivity
            spec = inactive if inactive is not None and inactive.rule in rules else self.policy.quota
            assert spec is not None
            actions = self.sanctioner.apply_names(cs, member.user, spec.sanction, at, name,
                                                  rules[0], None, None)
            cited = [self.policy.rule(r) for r in rules]
            out.append(Decision(name, cs.chat, member.user, at, rules, actions,
                                "\n\n".join(r.citation for r in cited),
                                [0] * len(rules), self._why(member, at, today)))
        payload: dict[str, object] = {"job": name, "removed": [d.user for d in out]}
        if missed:
            payload["note"] = (f"caught up: {missed} earlier due run(s) not run separately; "
                               f"this run as of {at.isoformat()} stands for them")
            payload["missed"] = missed
        cs.audit(at, "job", payload)
        return out

    def _misses(self, member: Member, sched: Schedule, at: datetime, today: date) -> list[str]:
        rules = []
        inactivity, quota = self.policy.inactivity, self.policy.quota
        if "inactivity" in sched.does and inactivity is not None:
            last = member.last_active or member.joined_at or at
            if at - last >= timedelta(days=inactivity.days):
                rules.append(inactivity.rule)
        if "quota" in sched.does and quota is not None:
            joined = member.joined_at or member.first_seen or at
            if at - joined >= timedelta(days=quota.min_days_present):
                need = quota.exempted_weekly_messages if member.exempt else quota.weekly_messages
                if member.messages_between(week_start(today), today) < need:
                    rules.append(quota.rule)
        return rules

    def _why(self, member: Member, at: datetime, today: date) -> str:
        last = member.last_active or member.joined_at or at
        count = member.messages_between(week_start(today), today)
        return (f"last message {last.astimezone(self.tz):%Y-%m-%d %H:%M}, "
                f"{count} messages in the 7 days to {today}")
