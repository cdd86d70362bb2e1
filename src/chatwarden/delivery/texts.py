"""What the bot says, in the policy's language (ru/en): notices, admin summaries, replies.

Rendered from the typed decision and the kinds table's ``notice`` key, as HTML (the
markup Telegram and Matrix both take); a member's mention is the platform's own
(``who``). A notice is short on purpose (member, sanction with its end date, the
rule's number, title and first line of its words, the sanction id to appeal):
members read it in a busy chat, and the full text is one ``/rules`` away.
"""

from __future__ import annotations

import html
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from chatwarden.engine.decision import Action, Decision
from chatwarden.policy.sanctions import KINDS, NOTICED
from chatwarden.policy.schema import Policy

PHRASES: dict[str, dict[str, str]] = {
    "ru": {
        "warning": "предупреждение", "warn": "варн", "mute": "мут", "delete": "сообщение удалено",
        "kick": "удаление из чата (можно вернуться)", "kick_conflict": "удаление из чата без возврата",
        "ban": "перманентное удаление", "ban_timed": "бан", "pardon": "санкции сняты",
        "suspend": "аккаунт приостановлен в чате", "suspend_room": "чат приостановлен",
        "refer_law_enforcement": "материалы переданы для обращения в правоохранительные органы",
        "days": "{n} дн.", "until": "до {date}", "rule": "Правило",
        "appeal": "Обжаловать: /appeal {id} в личке боту",
        "shadow": "Теневой режим — сделал бы в «{chat}»:",
        "missing": "Мне не хватает прав администратора в «{chat}»: "
        "{rights}. Пока их нет, я только записываю решения (теневой режим).",
        "no_room_act": "{platform} не умеет приостанавливать чат целиком: {done}",
        "room_until": "я закрыл «{chat}» на запись для участников до {date}, потом открою сам.",
        "room_closed": "я закрыл «{chat}» на запись для участников; откройте его, когда решите.",
        "room_manual": "у меня нет права менять права участников, приостановите «{chat}» вручную.",
        "referral": "Пакет для правоохранительных органов (доказательства, sha256 текстов, "
                    "хронология решений): {path}",
        "unknown_user": "Не знаю @{name}: ответьте командой на его сообщение или укажите числовой id.",
        "pick_group": "Напишите это в группе: я не знаю, о каком чате речь.",
        "appeal_usage": "Формат: /appeal <номер санкции> <ваши аргументы>",
        "appeal_ok": "Апелляция принята, администрация рассмотрит её.",
        "complaint_ok": "Жалоба принята.",
        "me_none": "Активных санкций нет.", "me_returns": "Возвращений осталось: {n}",
        "me_week": "Сообщений за неделю: {n} из {quota}", "me_head": "{name}:",
    },
    "en": {
        "warning": "a warning", "warn": "a warn", "mute": "a mute", "delete": "message deleted",
        "kick": "removed from the chat (may return)", "kick_conflict": "removed, may not return",
        "ban": "banned for good", "ban_timed": "banned", "pardon": "sanctions lifted",
        "suspend": "account suspended in this chat", "suspend_room": "chat room suspended",
        "refer_law_enforcement": "referred to law enforcement",
        "days": "{n} days", "until": "until {date}", "rule": "Rule",
        "appeal": "Appeal: /appeal {id} to the bot in private",
        "shadow": "Shadow mode — in “{chat}” I would have:",
        "missing": "I lack admin rights in “{chat}”: {rights}. "
        "Until I have them I only record decisions (shadow mode).",
        "no_room_act": "{platform} cannot suspend a whole chat room: {done}",
        "room_until": "I made “{chat}” read-only for members until {date}; then I open it again.",
        "room_closed": "I made “{chat}” read-only for members; open it again when you decide.",
        "room_manual": "I may not change members' permissions there; suspend “{chat}” yourself.",
        "referral": "Law-enforcement referral bundle (evidence, sha256 of the texts, "
                    "the timeline of decisions): {path}",
        "unknown_user": "I don't know @{name}: reply to their message with the command "
                        "or use their numeric id.",
        "pick_group": "Write this in the group: I can't tell which chat you mean.",
        "appeal_usage": "Usage: /appeal <sanction number> <your arguments>",
        "appeal_ok": "Appeal received; the administration will review it.",
        "complaint_ok": "Complaint received.",
        "me_none": "No active sanctions.", "me_returns": "Returns left: {n}",
        "me_week": "Messages this week: {n} of {quota}", "me_head": "{name}:",
    },
}
assert all(KINDS[k].notice in words for k in NOTICED for words in PHRASES.values()), \
    "a noticed kind without its words"
ASIDE = frozenset({"review", "notify_owner"})
"""Kinds that are the telling itself: the admins' summary lists what was done besides."""


def typed(d: Decision | dict[str, Any]) -> Decision:
    """A decision in its ``to_json`` form is read back (callers written before the port)."""
    return d if isinstance(d, Decision) else Decision.from_json(d)


class Texts:
    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.words = PHRASES[policy.language]
        self.tz = ZoneInfo(policy.timezone)

    def __call__(self, key: str, **kw: Any) -> str:
        return self.words[key].format(**kw)

    def when(self, moment: datetime | str) -> str:
        if isinstance(moment, str):
            moment = datetime.fromisoformat(moment)
        return moment.astimezone(self.tz).strftime("%d.%m.%Y %H:%M %Z")

    def action(self, a: Action) -> str:
        """One sanction in words: ``варн, 14 дн., до 06.12.2026 15:00 MSK``."""
        key = KINDS[a.type].notice or a.type if a.type in KINDS else a.type
        if a.type == "kick" and a.conflict:
            key = "kick_conflict"
        if a.type == "ban" and a.until:
            key = "ban_timed"
        parts = [self(key)] if key in self.words else [a.type]
        if a.term_days:
            parts.append(self("days", n=f"{a.term_days:g}"))
        if a.until:
            parts.append(self("until", date=self.when(a.until)))
        if a.type == "pardon" and a.note:
            parts.append(a.note)
        return ", ".join(parts)

    def rule_lines(self, rule_ids: list[str]) -> list[str]:
        lines = []
        for rid in rule_ids:
            rule = next((r for r in self.policy.rules if r.id == rid), None)
            if rule is not None:
                first = rule.citation.splitlines()[0].strip()
                lines.append(f"{self('rule')} {rule.cite}: {rule.title}\n«{first}»")
            else:
                esc = next((e for e in self.policy.escalations if e.id == rid), None)
                lines.append(f"{self('rule')} {rid}" + (f": «{esc.text.strip()}»" if esc else ""))
        return lines

    def notice(self, d: Decision | dict[str, Any], who: str) -> str:
        """The public notice for a decision's sanctions (HTML)."""
        d = typed(d)
        acts = [a for a in d.actions if a.type in NOTICED]
        head = f"⚠️ {who}: " + "; ".join(html.escape(self.action(a)) for a in acts)
        lines = [head, *(html.escape(x) for x in self.rule_lines(d.rules))]
        if d.actor and d.explanation:
            lines.append(html.escape(d.explanation))  # the moderator's stated reason
        ids = [a.sanction_id for a in acts if a.sanction_id and a.type != "kick"]
        if ids:
            lines.append(html.escape(self("appeal", id=ids[0])))
        return "\n".join(lines)

    def summary(self, d: Decision | dict[str, Any], who: str, chat: str) -> str:
        """A decision for the admins: what, whom, which rules, why, the notes."""
        d = typed(d)
        lines = [f"[{html.escape(chat)}] {who}: "
                 + "; ".join(html.escape(self.action(a)) for a in d.actions
                             if a.type not in ASIDE)]
        lines += [html.escape(x) for x in self.rule_lines(d.rules)]
        notes = {a.note for a in d.actions if a.note and a.type != "pardon"}
        lines += [html.escape(n) for n in sorted(notes)]
        if d.explanation:
            lines.append(html.escape(d.explanation))
        if d.actor:
            lines.append(f"actor: {html.escape(d.actor)}")
        lines.append(f"event: {html.escape(d.event)}")
        return "\n".join(lines)
