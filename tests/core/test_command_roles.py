"""Who may order which act by a command: the sanction commands take the kinds table's role.

Клинт's practice, which the rules tests pin: a moderator warns, mutes and kicks; banning
and pardoning are an admin's. The table (``policy/sanctions.py: KINDS``) once said the
opposite for kick and pardon while the command desk kept its own list; now the desk reads
the table, so the two cannot drift apart again.
"""

from __future__ import annotations

import pytest

from chatwarden.engine.workflows.commands import LEAST_ROLE, SANCTION_COMMANDS
from chatwarden.policy.sanctions import KINDS
from tests.conftest import Chat, actions


def test_sanction_commands_take_the_tables_least_role() -> None:
    assert {name: LEAST_ROLE[name] for name in SANCTION_COMMANDS} == {
        name: KINDS[name].least_role for name in SANCTION_COMMANDS}
    assert {name: KINDS[name].least_role for name in SANCTION_COMMANDS} == {
        "warn": "moderator", "mute": "moderator", "kick": "moderator",
        "ban": "admin", "pardon": "admin"}


@pytest.mark.parametrize(("command", "done"), [
    ("/warn @vasya 1w", "warn"), ("/mute @vasya 12h", "mute"), ("/kick @vasya", "kick"),
    ("/ban @vasya", "refuse"), ("/pardon @vasya", "refuse"),
])
def test_a_moderator_warns_mutes_and_kicks_but_neither_bans_nor_pardons(
        chat: Chat, command: str, done: str) -> None:
    chat.send("role", "modik", role="moderator")
    out = chat.command("modik", command)
    assert [a for a, _ in actions(out)] == [done]
