"""The second obfuscated-Russian check: offensive words hidden as chats hide them."""

from __future__ import annotations

import zlib

import pytest

from chatwarden.detect.judge.linear import shipped
from chatwarden.detect.normalize import fold
from chatwarden.training.judge import evaluate as E
from chatwarden.training.judge import obfuscate_real as R

TEXT = "Ты тупой дебил, иди нахуй со своими советами"


def test_the_kind_split_is_the_committed_crc_split() -> None:
    assert set(R.TUNING) | set(R.HELD) == set(R.KINDS)
    assert not set(R.TUNING) & set(R.HELD)
    for kind in R.KINDS:
        even = zlib.crc32(kind.encode("utf-8")) % 2 == 0
        assert (kind in R.TUNING) == even == (R.split_of(kind) == "tuning")


def test_every_kind_hides_the_offensive_words_only() -> None:
    for kind in R.KINDS:
        out = R.obfuscate(TEXT, kind)
        assert out == R.obfuscate(TEXT, kind), kind  # seeded
        assert out != TEXT, kind
        spans, offensive = R.targets(TEXT, kind)
        assert offensive, kind
        hidden = {TEXT[a:b] for a, b in spans}
        assert hidden <= {"тупой", "дебил", "нахуй"}, (kind, hidden)
        if kind != "shout":  # a shouted line is upper-cased as a whole
            assert "советами" in out and "иди" in out, kind


def test_a_row_without_offensive_words_hides_a_decoy() -> None:
    text = "Хорошая погода сегодня на улице"
    spans, offensive = R.targets(text, "mask_any")
    assert not offensive and [text[a:b] for a, b in spans] == ["Хорошая"]
    assert R.obfuscate(text, "mask_any") != text


def test_examples_of_the_shapes() -> None:
    assert R.no_vowels("пидор", None) == "пдр"  # type: ignore[arg-type]
    assert R.layout("тупой", None) == "negjq"  # type: ignore[arg-type]
    assert R.at_a("бля", None) == "бл@"  # type: ignore[arg-type]
    assert R.stars_tail("хуй", __import__("random").Random(0)) == "х**"


def test_each_row_gets_one_kind_of_its_set() -> None:
    texts = [f"{TEXT} {i}" for i in range(50)]
    for kinds in (R.TUNING, R.HELD):
        obf, chosen, hid = R.obfuscated(texts, kinds)
        assert set(chosen) <= set(kinds) and all(hid) and len(obf) == len(texts)
        assert len(set(chosen)) > 3


def test_its_rows_are_not_selected_by_the_old_name() -> None:
    assert E.OBFUSCATED not in E.REAL_OBFUSCATED
    assert E.cross_source(f"{E.REAL_OBFUSCATED}/2ch-test held", "toxicity") == ""


# the readers, on shapes of the tuning kinds (chosen on their misses on 2ch validation rows)
@pytest.mark.parametrize(("text", "read"), [
    ("Ты negjq lt,bk, иди отсюда", "ты тупой дебил, иди отсюда"),  # English layout on
    ("ты дeбuл", "ты дебил"),  # look-alikes beyond the confusable pairs (u for «и»)
    ("ты д3бил", "ты дебил"),  # «3» for «е»
    ("ты 7уп0й", "ты тупой"),  # «7» for «т», at the word's start
    ("ты ду🤡рак", "ты дурак"),  # an emoji inside
    ("ты debil", "ты дебил"),  # one word transliterated inside Cyrillic
    ("idi nahui, сука", "idi нахуй, сука"),  # «-ui» for «-уй»
    ("ларин клоуη", "ларин клоун"),  # a Greek look-alike
    ("ты гJIупый", "ты глупый"),  # «JI» for «л»
    ("ты т у.п_о,й", "ты тупой"),  # «_» between letters written apart hides no letter
    ("ты г л у п ы й и не", "ты глупый и не"),  # a word of one letter ran on
    ("ну ты пдр", "ну ты пидор"),  # consonants only: an offensive word of the model
])
def test_hidden_words_are_read(text: str, read: str) -> None:
    assert shipped().reading(text) == read


@pytest.mark.parametrize("text", [
    "я читаю pikabu.ru и politforums.net",  # addresses stay as written
    "купил на ebay модель",  # "ebay" is English
    "встреча в 10:30 у корпуса 2, 9ти этажка",  # numerals with a suffix
    "дебил** это markdown",  # emphasis, not a mask
    "себеnnно не то",  # no lexicon root is searched for letter by letter
    "конечно кнчн",  # a skeleton some plain word shares is no insult
    "спасибо❤️ за помощь",  # an emoji at a word's edge
    "**Ты че **",  # Telegram's bold markup is no mask
    "#тег и *курсив*",
    "ok, it's fine",  # English: no Cyrillic, nothing decoded
])
def test_plain_text_is_not_misread(text: str) -> None:
    model = shipped()
    read = model.reading(text) or fold(text)
    for word in ("ебай", "себенпно", "конченый", "шею", "нет", "хуй"):
        assert word not in read.split(), (text, read)
    assert model._decode(fold(text)) == fold(text)
