"""Advertising (6.1, 6.2): invitations, promotion, mass mentions; one's own channel allowed."""

from __future__ import annotations

from typing import ClassVar

from chatwarden.detect.advertising import Advertising, AdvertisingParams
from tests.detect.contract import DetectorContract, flagged_labels, run


class TestAdvertisingContract(DetectorContract):
    detector = Advertising
    hits: ClassVar[tuple[str, ...]] = ("Набор в новый флуд! Заходите к нам t.me/+AbCdEf",
                                       "@aaaa1 @bbbb2 @cccc3 @dddd4 @eeee5 гоу")
    misses: ClassVar[tuple[str, ...]] = (*DetectorContract.misses,
                                         "у меня есть канал про котиков t.me/mycats")


def test_role_play_recruiting_with_a_channel_mention() -> None:
    assert flagged_labels(Advertising(), "Ролевая по ГП, ищем игроков! @hp_rp_chat") == {
        "advertising"}


def test_disguised_call_gets_the_plain_verdict() -> None:
    plain = "Подпишись на канал t.me/xyz_news"
    disguised = "Пoдпuшuсь нa кaнaл t.me/xyz_news"  # Latin look-alikes
    assert flagged_labels(Advertising(), plain) == flagged_labels(Advertising(), disguised) == {
        "advertising"}


def test_own_channel_is_allowed_but_reported() -> None:
    (signal,) = run(Advertising(), "подписывайтесь на мой канал t.me/mycats")
    assert not signal.flagged and signal.score <= 0.3 and "6.2" in signal.explanation


def test_own_channel_declared_by_the_adapter() -> None:
    text = "вступайте t.me/mychan"
    assert flagged_labels(Advertising(AdvertisingParams(threshold=0.5)), text) == {"advertising"}
    assert flagged_labels(Advertising(AdvertisingParams(threshold=0.5)), text,
                          extra={"own_channels": ["@mychan"]}) == set()


def test_own_channel_wording_does_not_cover_flood_recruiting() -> None:
    text = "мой канал t.me/myflood, набор в флуд, заходите"
    assert flagged_labels(Advertising(), text) == {"advertising"}


def test_forwarded_invitation_adds_up() -> None:
    (plain,) = run(Advertising(), "зацени t.me/durov")
    (forwarded,) = run(Advertising(), "зацени t.me/durov", forwarded_from="some_channel")
    assert not plain.flagged and forwarded.flagged and forwarded.score > plain.score


def test_allowed_chat_links_do_not_count() -> None:
    params = AdvertisingParams(allow=("t.me/+Sister",))
    assert flagged_labels(Advertising(params), "наш второй чат t.me/+Sister, заходите") == set()
