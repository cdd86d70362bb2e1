"""Spam: stop phrases, known-spam similarity, naive Bayes with patterns, newcomers;
the same verdict for the plain and the disguised text."""

from __future__ import annotations

from datetime import timedelta
from typing import ClassVar

import pytest

from chatwarden.detect.context import ChatWindows, Context, Join, MemberFacts, remember, remember_join
from chatwarden.detect.spam import Spam, SpamParams
from chatwarden.detect.spam_model import SpamModel, SpamScorer
from tests.detect.contract import TS, DetectorContract, flagged_labels, message

SPAM = ("Ищу партнёров для сотрудничества! Заработок от 500$ в день, опыт не требуется, "
        "обучение бесплатно. Пишите в личные сообщения")
HAM = ("Коллеги, кто-нибудь обновлял кластер до новой версии? У меня после апгрейда "
       "перестали подниматься поды с сайдкаром")


class TestSpamContract(DetectorContract):
    detector = Spam
    hits: ClassVar[tuple[str, ...]] = (SPAM,)
    misses: ClassVar[tuple[str, ...]] = (*DetectorContract.misses, HAM, "всем привет",
                                         "привет всем, как дела?")


@pytest.mark.parametrize("disguise", [
    lambda t: t.replace("а", "a").replace("о", "o").replace("е", "e"),   # homoglyphs
    lambda t: "\u200b".join(t),                                          # zero-width
    lambda t: t.replace("Заработок", "З.а.р.а.б.о.т.о.к"),               # separators
    lambda t: t.replace("Заработок", "Зарабооооток"),                     # stretching
])
def test_disguised_spam_gets_the_plain_verdict(disguise) -> None:  # type: ignore[no-untyped-def]
    spam = Spam()
    plain = spam.score(SPAM)[0]
    disguised = spam.score(disguise(SPAM))[0]
    assert flagged_labels(spam, disguise(SPAM)) == flagged_labels(spam, SPAM) == {"spam"}
    assert disguised == pytest.approx(plain, abs=0.15)


def test_similarity_to_a_known_sample() -> None:
    sample = ("Мы набираем людей в команду удалённой работы на маркетплейсе, платим каждую "
              "неделю на карту, нужен только смартфон и два часа свободного времени")
    scorer = SpamScorer(SpamModel.train([sample], ["обычный разговор о погоде"]))
    score, why, _ = Spam(scorer=scorer).score(sample.replace("каждую", "каждую же"))
    assert score >= 0.9 and "similar to known spam sample #0" in why


def test_stop_phrase_is_spam_outright() -> None:
    scorer = SpamScorer(SpamModel.train([], [], ["пишите в лс"]))
    score, why, spans = Spam(scorer=scorer).score("Подробности — пишите в ЛС!")
    assert (score, why) == (1.0, "a stop phrase of known spam") and spans


def test_shipped_model_loads_and_holds_no_readable_text() -> None:
    from importlib import resources
    blob = resources.files("chatwarden.detect").joinpath("data/spam_model.json.gz").read_bytes()
    import gzip
    raw = gzip.decompress(blob).decode()
    assert "заработ" not in raw.split('"stop_phrases"')[0]
    assert Spam().scorer.model.signatures


def _newcomer_context(text: str, joined_minutes_ago: int) -> tuple[Context, object]:
    windows = ChatWindows()
    remember_join(windows, Join("u1", TS - timedelta(minutes=joined_minutes_ago), None, None,
                                False))
    event = message(text)
    remember(windows, event)
    return Context(windows, "u1", TS, MemberFacts()), event


def test_newcomers_first_message_is_judged_stricter() -> None:
    text = "Кому интересен доход в крипте, заходите @best_signals"
    spam = Spam(SpamParams(threshold=0.95, newcomer_threshold=0.45))
    bare = message(text)
    (old,) = spam.detect(bare, Context.bare(bare))
    ctx, event = _newcomer_context(text, joined_minutes_ago=5)
    (new,) = spam.detect(event, ctx)  # type: ignore[arg-type]
    assert not old.flagged and new.flagged
    assert new.score > old.score and "newcomer" in new.explanation
    ctx, event = _newcomer_context(text, joined_minutes_ago=60 * 48)
    (late,) = spam.detect(event, ctx)  # type: ignore[arg-type]
    assert not late.flagged
