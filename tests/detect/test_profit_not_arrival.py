"""«прибыль» (profit) is easy-money wording; «прибыла» (arrived) is not: «ваша посылка
прибыла», a shop's notice a member retells, was read as earnings by the spam patterns and
the advertising offers alike and queued a newcomer's first message for 6.1 review."""

from __future__ import annotations

import pytest

from chatwarden.detect.advertising import Advertising
from chatwarden.detect.spam_model import MODEL_NORMALIZE
from chatwarden.detect.spam_patterns import family_hits
from tests.detect.contract import run


def _families(text: str) -> set[str]:
    return {h.family for h in family_hits(MODEL_NORMALIZE(text).text)}


@pytest.mark.parametrize(("text", "money"), [
    ("Мне алик присылает сообщение: ваша посылка прибыла", False),
    ("Курьер прибыл, а меня нет дома", False),
    ("Стабильная прибыль каждый день", True),
    ("Получай прибыли без вложений", True),
    ("Прибыльный проект, пиши", True),
    ("Рост прибылей в 3 раза", True),
])
def test_profit_is_money_and_arrival_is_not(text: str, money: bool) -> None:
    assert ("money" in _families(text)) is money


@pytest.mark.parametrize(("text", "offer"), [
    ("Моя посылка прибыла, пишите кто ждал свою", False),
    ("Стабильная прибыль каждый день, пишите", True),
])
def test_an_arrival_offers_no_earnings(text: str, offer: bool) -> None:
    (signal,) = run(Advertising(), text)
    assert ("earnings" in signal.explanation) is offer
