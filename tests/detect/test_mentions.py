"""One reading of ``@member`` for every detector that looks members up (companions, the
'addresses' fact, PII's "another member"), and the advertising detector's own reading of a
Telegram @channel, which is meant to differ."""

from __future__ import annotations

from chatwarden.detect.advertising import Advertising
from chatwarden.detect.companions import Companions
from chatwarden.detect.context import mentioned
from chatwarden.detect.facts import Addresses, RoleParams
from chatwarden.detect.pii import Pii
from tests.detect.contract import run
from tests.detect.test_membership import Room, _pair_room


def test_mentioned_reads_member_keys() -> None:
    assert mentioned("@anna.k и @jo, спасибо @boris.") == ["anna.k", "jo", "boris"]
    assert mentioned("пиши на vasya@mail.ru или @@x") == []
    assert mentioned(None) == []


def test_a_mention_ending_a_sentence_counts_for_companions() -> None:
    """Fixed: companions read ``@boris.`` as the member ``boris.``, known to nobody, so a
    newcomer who spoke only to their friend by name, sentence by sentence, was never flagged
    (the 'addresses' fact already dropped the dot)."""
    room = _pair_room()
    last = None
    for i in range(5):
        room.say("boris", f"сообщение {i}")
        last = room.say("anna", f"ответ {i}, @boris.")
    (signal,) = Companions().detect(last, room.ctx("anna"))  # type: ignore[arg-type]
    assert signal.flagged and signal.members == ("boris",) and len(signal.evidence) == 5


def test_a_mention_of_an_admin_ending_a_sentence_is_addressed_to_them() -> None:
    room = Room()
    room.windows.roles["olga.m"] = "admin"
    event = room.say("anna", "вопрос к @olga.m.")
    (signal,) = Addresses(RoleParams()).detect(event, room.ctx("anna"))
    assert signal.flagged and signal.members == ("olga.m",)


def test_a_short_member_name_is_another_member_for_pii() -> None:
    """Fixed: PII read only names of three characters or more starting with a letter, so a
    two-letter member (a Matrix localpart such as ``jo``) was not "another member"."""
    (signal,) = run(Pii(), "@jo +7 916 123-45-67")
    assert "next to an @mention of another member" in signal.explanation


def test_advertising_counts_telegram_usernames_only() -> None:
    """Four to 32 characters from a letter: ``@jo`` and ``@2ch`` are no channel to go to."""
    five = " ".join(f"@{name}" for name in ("durov", "bank", "tonkeeper", "wallet", "fragment"))
    (mass,) = run(Advertising(), f"всем привет {five}")
    assert mass.flagged and mass.explanation == "mass mention of 5 accounts"
    (short,) = run(Advertising(), "всем привет @jo @ab @2ch @x1 @a_b")
    assert not short.flagged
