"""A flood of distinct long messages is read as any other, but no text cache keeps them: memory
stays bounded by ``maxsize × LONGEST`` characters per cache, not by what a raid sends."""

from __future__ import annotations

from chatwarden.detect import linkfind, normalize, repeats
from chatwarden.detect.judge import targets
from chatwarden.detect.textcache import LONGEST, text_cache


def test_long_distinct_texts_are_read_but_not_kept() -> None:
    caches = (normalize.fold, normalize.normalize, repeats._key, linkfind.find_links,
              targets.said_in_words)
    before = [c.cache_info().currsize for c in caches]
    for i in range(50):
        text = f"ТЫ ИДИОТ {i} " + "купите слона на https://example.com " * 200
        assert len(text) > LONGEST
        assert normalize.fold(text).startswith(f"ты идиот {i} купите слона")
        assert normalize.normalize(text).text.startswith("ты идиот")
        assert repeats._key(text).startswith(f"ты идиот {i}")
        assert linkfind.find_links(text)[0].registrable == "example.com"
        assert targets.said_in_words(text) is targets.said_in_words.__wrapped__(text)
    assert [c.cache_info().currsize for c in caches] == before


def test_a_short_text_is_read_once() -> None:
    calls: list[str] = []

    @text_cache(4)
    def read(text: str) -> str:
        calls.append(text)
        return text.upper()

    assert read("да") == read("да") == "ДА"
    long = "а" * (LONGEST + 1)
    assert read(long) == read(long) == long.upper()
    assert calls == ["да", long, long]
    assert read.cache_info().currsize == 1
    read.cache_clear()
    assert read.cache_info().currsize == 0
