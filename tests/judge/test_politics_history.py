"""Клинт 5.1 asks members to avoid wars that strain the group; a war of history named as a
course names it is a study topic (an applicants' and students' chat talks of exam tickets)."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import gates


@pytest.mark.parametrize("text", [
    "Преподаватель сказал, что про Великую Отечественную войну будет отдельный билет",
    "На истории будет вопрос про Холодную войну и распад СССР",
    "Кто написал реферат про Первую мировую войну?",
    "Доклад по истории про Гражданскую войну в США, кто сделал?",
    "Экзамен по истории России: Крымская война, реформы Александра II",
    "essay on the causes of World War I due Friday",
])
def test_a_war_of_history_named_as_a_course_names_it_shuts_the_gate(text: str) -> None:
    assert "politics" not in gates.gated(text)


@pytest.mark.parametrize("text", [
    "Что думаете про войну? Сколько ещё это будет продолжаться",
    "Вторая мировая война и война на Украине — одно и то же",   # a war of today beside it
    "в стране опять гражданская война, всё из-за них",           # no place or year: of today
    "чеченская война до сих пор всех делит",
])
def test_a_war_of_today_keeps_it_open(text: str) -> None:
    assert "politics" in gates.gated(text)
