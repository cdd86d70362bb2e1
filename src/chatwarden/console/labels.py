"""The console's words in the policy's language (Клинт: Russian, Calimero: English).

Only labels: data (rule words, messages, names) is shown as written. A missing Russian
label falls back to the English one, never to a key."""

from __future__ import annotations

from typing import Final

EN: Final = {
    "queue": "Queue", "dashboard": "Dashboard", "audit": "Audit log", "policy": "Policy",
    "purge": "Purge preview", "logout": "Log out", "login": "Log in", "name": "Name",
    "password": "Password", "member": "Member", "chat": "Chat", "rule": "Rule", "kind": "Kind",
    "reporter": "Reporter", "age": "Age", "priority": "Priority", "claimed": "Claimed",
    "message": "Message", "filter": "Filter", "pull_next": "Claim the next item",
    "context": "Context", "evidence": "Evidence", "rule_words": "The rule's words",
    "next_step": "Confirming applies now", "record": "Member's record", "decide": "Decide",
    "decide_next": "Decide and take the next", "reason": "Reason (required)",
    "claim": "Claim for 15 minutes", "release": "Release", "sanctions": "Sanctions",
    "complaints_received": "Complaints received", "complaints_filed": "Complaints filed",
    "accuracy": "Reporter accuracy", "returns_left": "Returns left (12.1)",
    "week_count": "Messages this week (7.1)", "appeals": "Appeals", "empty": "Nothing here.",
    "older_than": "Older than (hours)", "status": "Status", "any": "any",
    "queue_size": "Open items", "oldest": "Oldest (hours)", "median_age": "Median age (hours)",
    "time_to_decision": "Median time to decision (hours)", "overturn_rate": "Overturn rate per rule",
    "per_moderator": "Acts per moderator", "per_rule_week": "Sanctions per rule and week",
    "export_csv": "Export CSV", "who": "Who", "what": "What", "when": "When (UTC)",
    "outcome": "Outcome", "versions": "Versions", "diff": "Diff with the previous version",
    "removed_next": "The next purge would remove", "exempt": "Exempt members (owner's grant)",
    "bulk": "Bulk dismiss this filter", "bulk_preview": "Items this would dismiss",
    "undo": "Undo", "referral": "Law-enforcement referral bundle (JSON)", "apply": "Apply",
    "ladder": "the rule's next ladder step", "writer_yes": "this console writes the ledger",
    "writer_no": "the bot writes the ledger",
    "signals": "Signals", "step": "Step", "term": "Term", "until": "Until", "state": "State",
    "offences": "Offences", "text": "Text", "sanction": "Sanction", "all": "all",
    "from": "From", "why": "Why", "overturned": "Overturned", "last_active": "last message",
    "narrow": "the highest priorities; filter to see others",
    "discussion": "Discussion", "add_note": "Add", "note": "note",
    "filter_name": "name of this filter", "save_filter": "Save filter",
    "publish": "Publish a new version", "policy_restart": "The bot and this console enforce the "
    "version they were started with; a published version takes effect when they are restarted "
    "with its file (yaml link).",
    "joins": "joins", "times": "times in", "waiting": "acts waiting for it",
    "confirm": "confirm", "dismiss": "dismiss", "escalate": "escalate", "overturn": "overturn",
    "uphold": "uphold", "detection": "detection", "complaint": "complaint",
    "admin-abuse": "about an admin", "appeal": "appeal", "escalated": "escalated",
}
RU: Final = {
    "queue": "Очередь", "dashboard": "Сводка", "audit": "Журнал", "policy": "Правила",
    "purge": "Чистка: прогноз", "logout": "Выйти", "login": "Войти", "name": "Имя",
    "password": "Пароль", "member": "Участник", "chat": "Чат", "rule": "Правило", "kind": "Вид",
    "reporter": "Жалобщик", "age": "Возраст", "priority": "Приоритет", "claimed": "Взято",
    "message": "Сообщение", "filter": "Фильтр", "pull_next": "Взять следующее",
    "context": "Контекст", "evidence": "Доказательства", "rule_words": "Текст правила",
    "next_step": "Подтверждение применит", "record": "История участника", "decide": "Решить",
    "decide_next": "Решить и взять следующее", "reason": "Причина (обязательно)",
    "claim": "Взять на 15 минут", "release": "Отпустить", "sanctions": "Наказания",
    "complaints_received": "Жалобы на участника", "complaints_filed": "Жалобы участника",
    "accuracy": "Точность жалоб", "returns_left": "Возвратов осталось (12.1)",
    "week_count": "Сообщений за неделю (7.1)", "appeals": "Обжалования", "empty": "Пусто.",
    "older_than": "Старше (часов)", "status": "Статус", "any": "любой",
    "queue_size": "Открыто", "oldest": "Самое старое (ч)", "median_age": "Медиана возраста (ч)",
    "time_to_decision": "Медиана времени до решения (ч)",
    "overturn_rate": "Доля отменённых по правилам", "per_moderator": "Решения модераторов",
    "per_rule_week": "Наказания по правилам и неделям", "export_csv": "Выгрузить CSV",
    "who": "Кто", "what": "Что", "when": "Когда (UTC)", "outcome": "Итог",
    "versions": "Версии", "diff": "Отличия от предыдущей", "removed_next": "Ближайшая чистка удалит",
    "exempt": "Исключения (выдал владелец)", "bulk": "Отклонить всё по фильтру",
    "bulk_preview": "Будут отклонены", "undo": "Отменить", "referral": "Пакет для правоохранителей (JSON)",
    "apply": "Применить", "ladder": "следующую ступень правила",
    "writer_yes": "консоль сама пишет журнал", "writer_no": "журнал пишет бот",
    "signals": "Сигналы", "step": "Ступень", "term": "Срок", "until": "До", "state": "Состояние",
    "offences": "Нарушения", "text": "Текст", "sanction": "Наказание", "all": "все",
    "from": "С", "why": "Почему", "overturned": "Отменено", "last_active": "последнее сообщение",
    "narrow": "самые срочные; остальные — через фильтр",
    "discussion": "Обсуждение", "add_note": "Добавить", "note": "заметка",
    "filter_name": "название фильтра", "save_filter": "Сохранить фильтр",
    "publish": "Опубликовать новую версию", "policy_restart": "Бот и консоль применяют версию, "
    "с которой запущены; опубликованная версия вступает в силу, когда их перезапустят с её "
    "файлом (ссылка yaml).",
    "joins": "входов", "times": "время:", "waiting": "решений ждут его",
    "confirm": "подтвердить", "dismiss": "отклонить", "escalate": "передать выше",
    "overturn": "отменить наказание", "uphold": "оставить в силе", "detection": "обнаружение",
    "complaint": "жалоба", "admin-abuse": "жалоба на админа", "appeal": "обжалование",
    "escalated": "передано выше",
}


def labels(language: str) -> dict[str, str]:
    return EN if language != "ru" else {**EN, **RU}
