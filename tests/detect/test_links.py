"""Links: verdicts with reasons, and the same verdict however the link is disguised."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

import pytest

from chatwarden.detect.blocklist import Blocklist, default_entries, install, parse_entries
from chatwarden.detect.linkfind import find_links
from chatwarden.detect.links import LinkParams, Links
from tests.detect.contract import DetectorContract, flagged_labels, run

BAD = "evil-example.com"


@pytest.fixture
def links(tmp_path: Path) -> Links:
    """Only the user's own list (one scam domain), so tests do not hang on the default's contents."""
    (tmp_path / "list.txt").write_text(f"{BAD}\n", encoding="utf-8")
    install([tmp_path / "list.txt"], "scam", tmp_path)
    return Links(LinkParams(default_list=False, home=str(tmp_path)))


class TestLinksContract(DetectorContract):
    detector = Links
    hits: ClassVar[tuple[str, ...]] = ("зайди на telegram-premium.xyz за подарком",
                                       "вход: https://tеlegram.org/login")
    misses: ClassVar[tuple[str, ...]] = (*DetectorContract.misses, "docs at https://python.org/",
                                         "подробности на t.me/durov")


@pytest.mark.parametrize("written", [
    f"hxxp://{BAD}/login",                      # hxxp
    f"hxxps[:]//{BAD.replace('.', '[.]')}",     # defanged
    BAD.replace(".", " dot "),                   # spelled-out dot
    BAD.replace(".", " (dot) "),
    BAD.replace(".", " точка "),
    BAD.replace(".", " . "),                     # spaces around the dot
    BAD.upper(),
    "evil\u200b-example.com",                   # zero-width inside the domain
])
def test_disguised_link_gets_the_plain_verdict(links: Links, written: str) -> None:
    assert flagged_labels(links, f"смотри {BAD}") == {"scam"}
    assert flagged_labels(links, f"смотри {written} быстрее") == {"scam"}


def test_evidence_spans_the_disguised_text(links: Links) -> None:
    text = f"go hxxp://{BAD.replace('.', ' dot ')}/x now"
    (signal,) = [s for s in run(links, text) if s.flagged]
    (ev,) = signal.evidence
    assert text[ev.start:ev.end] == "hxxp://evil-example dot com/x"
    assert "written disguised" in (ev.note or "")


def test_punycode_and_unicode_forms_get_the_same_verdict(links: Links) -> None:
    unicode_form = "аррӏе.com"  # Cyrillic look-alikes of apple.com
    puny = unicode_form.encode("idna").decode()
    assert puny.startswith("xn--")
    assert flagged_labels(links, unicode_form) == flagged_labels(links, puny) == {"phishing"}


def test_homoglyph_brand_lookalike_is_phishing_and_the_real_domain_is_not(links: Links) -> None:
    assert flagged_labels(links, "telegram.org") == set()
    assert flagged_labels(links, "tеlegram.org") == {"phishing"}   # Cyrillic е
    assert flagged_labels(links, "teIegram.org") == {"phishing"}   # capital I for l
    assert flagged_labels(links, "web-telegram.ru") == {"phishing"}


@pytest.mark.parametrize(("written", "label"), [
    ("https://docs.python-telegram-bot.org/en/stable/", "suspicious"),   # a library's docs
    ("https://www.sberbank-insurance.ru/", "suspicious"),               # a subsidiary
    ("telegram-token.io", "suspicious"),                                # an old ICO scam
    ("sberbank-online.ru", "phishing"),                                 # the bank's own service
    ("lk-gosuslugi.ru", "phishing"),
    ("telegram-premium.xyz", "phishing"),                               # a lure word
    ("apple-pie-recipes.com", None),                                    # an everyday word
    ("https://www.youtube-nocookie.com/embed/x", None),                 # YouTube's own embeds
])
def test_a_brand_joined_with_plain_words_is_a_lead_not_phishing(
        links: Links, written: str, label: str | None) -> None:
    """Deciding on a brand spelled inside a domain is deciding on a substring: projects and
    subsidiaries are named so too. Joined with a lure or with a word for the brand's own
    service, it stands in for the brand; with plain words, a moderator decides."""
    assert flagged_labels(links, written) == ({label} if label else set())


def test_subdomain_of_listed_domain_is_listed(links: Links) -> None:
    assert flagged_labels(links, f"login.secure.{BAD}/a") == {"scam"}
    assert flagged_labels(links, "example.com") == set()


@pytest.mark.parametrize(("text", "label"), [
    ("bit.ly/3xYz", "shortener"),
    ("clck.ru/abc", "shortener"),
    ("t.me/+AbCdEf012", "invite"),
    ("https://t.me/joinchat/AbC", "invite"),
    ("tg://join?invite=AbC", "invite"),
    ("discord.gg/abcd", "invite"),
    ("t.me/some_channel", "invite"),
])
def test_unflagged_verdicts_are_reported(links: Links, text: str, label: str) -> None:
    (signal,) = run(links, text)
    assert (signal.label, signal.flagged, signal.score) == (label, False, 1.0)


def test_policy_can_flag_shorteners(tmp_path: Path) -> None:
    strict = Links(LinkParams(default_list=False, home=str(tmp_path),
                              flag=("scam", "shortener")))
    assert flagged_labels(strict, "bit.ly/3xYz") == {"shortener"}


def test_allow_list_clears_a_domain(tmp_path: Path) -> None:
    ours = Links(LinkParams(default_list=False, home=str(tmp_path), allow=("telegram-premium.xyz",)))
    assert flagged_labels(ours, "telegram-premium.xyz") == set()


def test_things_that_are_not_links() -> None:
    for text in ("т.е. 1.5 раза", "user@mail.ru", "v1.2.3", "в 12.30"):
        assert find_links(text) == (), text


def test_default_list_ships_and_blocks_its_entries() -> None:
    entries = default_entries()
    assert len(entries) > 100_000
    assert set(entries.values()) == {"phishing", "scam", "malware"}
    domain = next(e for e, c in sorted(entries.items()) if c == "phishing" and "/" not in e)
    assert flagged_labels(Links(LinkParams(user_lists=False)), f"see {domain}") == {"phishing"}
    assert "telegram.org" not in entries and "t.me" not in entries


def test_list_formats_are_parsed() -> None:
    lines = ["# comment", "! adblock comment", "Example.COM", "0.0.0.0 evil.net",
             "||ads.bad.org^", "https://host.io/path/file.exe?x=1", "", "localhost",
             "пример.рф"]
    assert list(parse_entries(lines)) == ["example.com", "evil.net", "ads.bad.org",
                                          "host.io/path/file.exe", "xn--e1afmkfd.xn--p1ai"]


def test_path_entries_block_only_that_path() -> None:
    bl = Blocklist({"host.io/files/bad.exe": "malware"})
    assert bl.lookup("host.io", "host.io", "/files/bad.exe") == ("malware", "host.io/files/bad.exe")
    assert bl.lookup("host.io", "host.io", "/files/good.txt") is None


def test_user_lists_override_the_default(tmp_path: Path) -> None:
    (tmp_path / "mine.txt").write_text("my-bad.site\n", encoding="utf-8")
    target, count = install([tmp_path / "mine.txt"], "malware", tmp_path)
    assert count == 1 and target.parent.name == "malware"
    detector = Links(LinkParams(default_list=False, home=str(tmp_path)))
    assert flagged_labels(detector, "my-bad.site") == {"malware"}
    with pytest.raises(ValueError, match="unknown category"):
        install([tmp_path / "mine.txt"], "nsfw", tmp_path)


@pytest.fixture(scope="module")
def shipped() -> Links:
    """The detector as a chat gets it: the shipped list and the scam-URL model."""
    return Links(LinkParams(user_lists=False))


@pytest.mark.parametrize("text", [
    "https://www.google.co.uk/search?q=alsa",   # a brand's own site under a country suffix
    "google.com.br", "yandex.ru", "https://gosuslugi.ru/600", "https://docs.python.org/3/",
    "mail.google.com", "https://google.github.io/styleguide/",  # the brand's own pages
])
def test_registered_domains_of_well_known_sites_are_never_flagged(shipped: Links, text: str) -> None:
    assert flagged_labels(shipped, text) == set()


@pytest.mark.parametrize(("text", "reason"), [
    ("https://steamcommunnity.com/tradeoffer/new", "imitates 'steamcommunity'"),
    ("discord-nitro-gift.xyz", "spells 'discord' with 'gift'"),
    ("discоrd.com".encode("idna").decode(), "imitates 'discord'"),  # Cyrillic о, as punycode
    ("steamcommunity.xyz", "spells 'steamcommunity'"),           # the name on a TLD Steam never used
    ("freediscordnitro.com", "embeds 'discord' with 'nitro'"),
])
def test_brand_lookalikes_are_judged_on_the_registrable_label(shipped: Links, text: str,
                                                             reason: str) -> None:
    (signal,) = [s for s in run(shipped, text) if s.flagged]
    assert (signal.label, signal.score) == ("phishing", 0.9)
    assert reason in signal.explanation


def test_a_brand_in_a_subdomain_is_not_the_domain(shipped: Links) -> None:
    assert [s.label for s in run(shipped, "https://google.evil-example.com/x")] == ["clean"]
    assert flagged_labels(shipped, "apple-pie-recipes.com") == set()  # a word, no lure


def test_a_domain_only_the_model_suspects_goes_to_review_not_to_sanctions(shipped: Links) -> None:
    (signal,) = [s for s in run(shipped, "заходи https://kqzvbxw.cn/") if s.flagged]
    assert signal.label == "suspicious"  # no brand, no lure: not called phishing
    assert "model" in signal.explanation and "unpronounceable name" in signal.explanation
    off = Links(LinkParams(user_lists=False, model=False))
    assert flagged_labels(off, "https://kqzvbxw.cn/") == set()


def test_a_punycode_tld_is_read_whole() -> None:
    (link,) = find_links("https://xn--e1afmkfd.xn--p1ai/path")  # пример.рф, as punycode
    assert (link.host, link.registrable, link.path) == ("пример.рф", "xn--e1afmkfd.xn--p1ai", "/path")
