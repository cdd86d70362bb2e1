"""The HTML report of a replay: totals, per-rule table, top offenders, sanctions over time.

One self-contained file (inline SVG, no scripts, no network), so it opens from
a laptop's disk or an e-mail attachment.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from chatwarden.console.summary import Summary
from chatwarden.policy.sanctions import COLOURS
from chatwarden.policy.schema import Policy

LABELS = {
    "en": {"events": "events", "decisions": "decisions", "sanctions": "sanctions",
           "unreadable": "unreadable lines", "duplicates": "already processed",
           "over_time": "Sanctions over time", "none": "No sanctions.", "per_rule": "Per rule",
           "rule": "rule", "title": "title", "violations": "violations", "offenders": "Top offenders",
           "member": "member", "calibration": "calibration",
           "shadow": "{n} messages replayed in shadow. Review budget: {budget} per 10,000 "
                     "messages. Figures per 10,000 messages, before and after the overlay.",
           "sanctions_before": "sanctions before", "after": "after",
           "reviews_before": "review items before", "threshold": "new min_score", "all": "all"},
    "ru": {"events": "событий", "decisions": "решений", "sanctions": "наказаний",
           "unreadable": "нечитаемых строк", "duplicates": "уже обработано",
           "over_time": "Наказания по дням", "none": "Наказаний нет.", "per_rule": "По правилам",
           "rule": "правило", "title": "название", "violations": "нарушений",
           "offenders": "Чаще всего наказаны", "member": "участник", "calibration": "калибровка",
           "shadow": "{n} сообщений прогнано в теневом режиме. Бюджет очереди проверки: "
                     "{budget} на 10 000 сообщений. Всё — на 10 000 сообщений, до и после "
                     "поправок.",
           "sanctions_before": "наказаний до", "after": "после",
           "reviews_before": "на проверку до", "threshold": "новый min_score", "all": "всего"},
}
"""The report speaks the policy's language."""

KIND_NAMES: dict[str, dict[str, str]] = {
    "ru": {"warning": "предупреждение", "warn": "варн", "mute": "мут", "delete": "удаление сообщения",
           "kick": "удаление из чата", "ban": "бан", "suspend": "приостановка",
           "suspend_room": "закрытие чата", "refer_law_enforcement": "в правоохранительные органы",
           "pardon": "снятие санкций"},
}
"""The legend's short names of sanction kinds where the policy's language is not English
(the member's notices say more: :mod:`chatwarden.delivery.texts`); a kind missing here is
shown by its name."""


def chart(summary: Summary, width: int = 760, height: int = 220,
          names: dict[str, str] | None = None) -> dict[str, object]:
    """Stacked bars of sanctions per day, as SVG rectangles computed here."""
    names = names or {}
    if not summary.per_day:
        return {"bars": [], "width": width, "height": height, "labels": [], "max": 0}
    first, last = min(summary.per_day), max(summary.per_day)
    days = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    peak = max(sum(c.values()) for c in summary.per_day.values())
    slot = width / len(days)
    bars, labels = [], []
    for i, day in enumerate(days):
        y = float(height)
        for kind, n in sorted(summary.per_day.get(day, {}).items()):
            h = n / peak * (height - 10)
            y -= h
            bars.append({"x": round(i * slot + 1, 1), "y": round(y, 1), "w": round(max(slot - 2, 1), 1),
                         "h": round(h, 1), "colour": COLOURS.get(kind, "#888"),
                         "title": f"{day}: {n} {names.get(kind, kind)}"})
        if len(days) <= 14 or i % max(1, len(days) // 10) == 0:
            labels.append({"x": round(i * slot + slot / 2, 1), "text": _short(day)})
    return {"bars": bars, "width": width, "height": height, "labels": labels, "max": peak}


def _short(day: date) -> str:
    return day.strftime("%d.%m")


def _env() -> Environment:
    return Environment(loader=PackageLoader("chatwarden.console", "templates"),
                       autoescape=select_autoescape(["html", "j2"]))


def _titles(policy: Policy) -> dict[str, str]:
    return {r.id: r.title for r in policy.rules} | {e.id: e.text for e in policy.escalations}


def write_calibration(path: Path, policy: Policy, rows: Sequence[Any], source: str, messages: int,
                      budget: float) -> None:
    """``chatwarden calibrate``'s before/after per rule (rows: ``evaluation.calibrate.RuleRow``)."""
    html = _env().get_template("calibration.html.j2").render(
        policy=policy, rows=rows, source=source, messages=messages, budget=budget,
        titles=_titles(policy), t=LABELS[policy.language])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")


def write_report(path: Path, policy: Policy, summary: Summary, source: str) -> None:
    env = _env()
    titles = _titles(policy)
    names = KIND_NAMES.get(policy.language, {})
    html = env.get_template("report.html.j2").render(
        policy=policy, summary=summary, source=source, chart=chart(summary, names=names),
        titles=titles, colours=COLOURS, kind_names=names, t=LABELS[policy.language])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(html, encoding="utf-8")
