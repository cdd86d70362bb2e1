"""The мат lexicon: obfuscations caught, look-alike clean words left alone."""

from __future__ import annotations

import pytest

from chatwarden.detect.judge import lexicon

OBSCENE = ["х у й", "xуй", "3аебал", "pizdec", "blyad", "бл*ть", "п**дец", "f**k", "Н А Х У Й",
           "ХУУУУЙЛО", "х\u200bу\u200bй", "выебываться", "распиздяй", "f.u.c.k", "fuuuck"]
CLEAN = ["застрахуйте машину", "колебаться", "оскорблять", "употреблять", "себя", "команда",
         "мандарин", "хулиган", "психуй", "hello class", "cocktail", "assassin", "сукно",
         "страховка", "хлеба", "небеса", "рубля"]


@pytest.mark.parametrize("text", OBSCENE)
def test_obfuscated_obscenity_is_found(text: str) -> None:
    hits = lexicon.find(text)
    assert hits and hits[0].strength == "mat"


@pytest.mark.parametrize("text", CLEAN)
def test_lookalike_words_stay_clean(text: str) -> None:
    assert not lexicon.find(text)


def test_span_points_at_the_original_word() -> None:
    text = "ну ты и ХУУУУЙЛО, правда"
    (hit,) = lexicon.find(text)
    assert text[hit.start:hit.end] == "ХУУУУЙЛО"


def test_vulgar_is_weaker_than_mat() -> None:
    assert lexicon.score(lexicon.find("вот говно")) == 0.7
    assert lexicon.score(lexicon.find("иди нахуй")) == 1.0


@pytest.mark.parametrize("word", ["shit", "damn", "asshole", "cock", "dick"])
def test_an_exclamation_after_a_swear_word_changes_nothing(word: str) -> None:
    """"shit!" was read "shiti", its "!" a leet "i", and found clean."""
    text = f"holy {word}!"
    (hit,) = lexicon.find(text)
    assert text[hit.start:hit.end] == word
    assert hit.strength == lexicon.find(word)[0].strength


@pytest.mark.parametrize("text", ["sh!t", "what the sh!t"])
def test_an_exclamation_inside_a_word_is_still_a_leet_i(text: str) -> None:
    assert [h.strength for h in lexicon.find(text)] == ["vulgar"]


@pytest.mark.parametrize("text", ["hello class!", "a cocktail!", "assassin!", "hi!"])
def test_clean_words_with_an_exclamation_stay_clean(text: str) -> None:
    assert not lexicon.find(text)


@pytest.mark.parametrize("text, word", [("**пиздец**", "пиздец"), ("*Иди нахуй*", "нахуй"),
                                        ("**fuck** this", "fuck"), ("#пиздец", "пиздец")])
def test_a_swear_word_wrapped_in_emphasis_is_found(text: str, word: str) -> None:
    """Markdown bold typed by hand is no censorship: «**пиздец**» was read as a starred word
    that fills no swear word and found clean."""
    (hit,) = lexicon.find(text)
    assert (text[hit.start:hit.end], hit.strength) == (word, "mat")


@pytest.mark.parametrize("text", ["**привет**", "*хулиган*", "#хлеба", "**"])
def test_clean_words_in_emphasis_stay_clean(text: str) -> None:
    assert not lexicon.find(text)


def test_stars_that_end_a_word_still_censor_it() -> None:
    assert [h.strength for h in lexicon.find("иди на х**")] == ["mat"]


@pytest.mark.parametrize("text", ["хули ты тут", "Россия хуле", "ну пздц"])
def test_chat_forms_of_the_roots_are_mat(text: str) -> None:
    assert [h.strength for h in lexicon.find(text)] == ["mat"]


@pytest.mark.parametrize("text", ["хулить власть", "хула и похвала", "хулиганы во дворе"])
def test_blame_words_near_the_root_stay_clean(text: str) -> None:
    assert not lexicon.find(text)
