"""Toxicity that survives obfuscation: the linear row reads what the text says."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge.linear import shipped
from chatwarden.detect.normalize import fold
from chatwarden.training.judge import obfuscate as O


@pytest.mark.parametrize(("text", "read"), [
    ("ты т у п о й и д и о т", "ты тупой идиот"),  # spaced letters split back into words
    ("ты п1д0р", "ты пидор"),  # digits inside a Cyrillic word
    ("т*пой", "тупой"),  # a masked vowel
    ("ид@от", "идиот"),
    ("ублю_док", "ублюдок"),
    ("ты tyпoй идиот", "ты тупой идиот"),  # Latin look-alikes
    ("ty tupoy idiot", "ты тупой идиот"),  # transliteration
    ("я т у п о й", "я тупой"),  # a word of one letter before letters written apart
    ("ты с у к а", "ты сука"),  # but «с» of «сука» is its first letter
    ("you are a wh0r3", "you are a whore"),  # the edge digit of a word that hides one
])
def test_obfuscated_text_is_read_as_the_words_it_hides(text: str, read: str) -> None:
    model = shipped()
    assert model.reading(text) == read
    assert model.scores(text)["toxicity"] >= model.scores(read)["toxicity"] - 1e-6


@pytest.mark.parametrize("text", [
    "Ссылка на сайт", "ты тупой идиот", "hello my friend, how are you?", "цена 3000 руб",
    "Встреча в 10:30 у корпуса 2", "mp3 и 5G",
])
def test_plain_text_scores_exactly_as_before(text: str) -> None:
    model = shipped()
    assert model.reading(text) is None
    assert (model.logits(text) == model._logits(text)).all()


def test_english_text_is_not_read_as_transliteration() -> None:
    assert shipped().reading("i need a new stop sign for the road") is None


def test_obfuscator_is_seeded_and_changes_every_row() -> None:
    text = "Ты тупой идиот, иди отсюда со своими советами"
    assert O.obfuscate(text, 3) == O.obfuscate(text, 3)
    for kind in O.KINDS:
        assert O.obfuscate(text, 0, (kind,)) != text, kind
    # invisible characters are all a zero-width row adds: folding takes them out again
    assert fold(O.obfuscate(text, 0, ("zwsp",))) == fold(text)
    assert O.kind_of(text, 3) in (*O.KINDS, O.MIX)


def test_a_flood_of_long_distinct_words_is_read_but_not_cached() -> None:
    """Hostile traffic of ever-new long "words" must not grow memory: only chat-sized words
    keep their n-grams, and a long one is still read the same way."""
    from chatwarden.detect.judge import linear

    before = linear._cached_grams.cache_info().currsize
    for i in range(50):
        # each word new (no two letters alike side by side, which folding would squeeze)
        word = "abcdefghij" * 200 + "k" + chr(ord("a") + i // 10) + "z" + chr(ord("a") + i % 10)
        assert len(linear.features(word)) > 6_000  # its 3-5-grams, all read
    assert linear._cached_grams.cache_info().currsize == before
