"""Spam: the shipped model on real-looking chat and typical spam, links and their
placeholders read alike, known-spam similarity, newcomers and members who give no
way to reach them; the same verdict for the plain and the disguised text."""

from __future__ import annotations

import re
import socket
from datetime import timedelta
from pathlib import Path
from typing import ClassVar

import numpy as np
import pytest

from chatwarden.detect.context import ChatWindows, Context, Join, MemberFacts, remember, remember_join
from chatwarden.detect.spam import Spam, SpamParams
from chatwarden.detect.spam_model import (
    MODEL_NORMALIZE,
    SpamModel,
    SpamScorer,
    bucket,
    default_scorer,
    features,
    load,
    signature,
)
from chatwarden.detect.spam_patterns import pattern_hits
from chatwarden.events import Event
from tests.detect.contract import TS, DetectorContract, flagged_labels, message

SPAM = ("Ищу партнёров для сотрудничества! Заработок от 500$ в день, опыт не требуется, "
        "обучение бесплатно. Пишите в личные сообщения")
HAM = ("Коллеги, кто-нибудь обновлял кластер до новой версии? У меня после апгрейда "
       "перестали подниматься поды с сайдкаром")
# Real benign chat the 9b08772 model deleted (Ubuntu IRC) or queued, and lines like them.
BENIGN = ("Thank you for giving me a second chance.",
          "it's a laptop.. and volume is at 100% and unmuted",
          "how can i kill a process if I have it's id?",
          "anyone know a good guide for setting up nginx? https://nginx.org/en/docs/",
          "Ребят, а кто-нибудь брал rtx 4060 за 30к? Норм тянет или лучше доплатить?",
          "кинь ссылку в чат плиз, а то я потерял")
TYPICAL_SPAM = (
    SPAM,
    "Привет всем! Кто хочет заработать от 3000₽ в день на удалёнке, пишите мне в личку",
    "Earn $500 a day from home, no experience needed. DM me for details!",
    "🔥🔥 Crypto giveaway! Send 0.1 BTC and get 1 BTC back, only today: https://btc-gift.xyz",
    "Набираю людей в команду, доход от 200 USDT в неделю, подробности в ЛС @invest_pro")


class TestSpamContract(DetectorContract):
    detector = Spam
    hits: ClassVar[tuple[str, ...]] = (SPAM,)
    misses: ClassVar[tuple[str, ...]] = (*DetectorContract.misses, HAM, "всем привет",
                                         "привет всем, как дела?")


@pytest.mark.parametrize("text", BENIGN)
def test_real_chat_is_not_flagged(text: str) -> None:
    assert flagged_labels(Spam(), text) == set()


@pytest.mark.parametrize("text", [
    "Здравствуйте, когда заработает личный кабинет на сайте?",
    "спасибо, завтра скину ссылку на доку @anna_v",
])
def test_chat_that_reads_a_little_like_spam_stays_below_the_policies_review_point(
        text: str) -> None:
    """Polite Russian and @handles read a little like spam to a model trained on Telegram
    banter whose handles were nearly all spammers' (``scan`` at 0.5 flags these); the
    shipped policies queue spam from 0.8 and delete from 0.9."""
    score, why, _ = Spam().score(text)
    assert 0.1 < score < 0.8, why
    assert "patterns" not in why  # "заработает" (will work) is not "заработок" (earnings)


@pytest.mark.parametrize("question", [
    "подскажите, где посмотреть расписание на следующую неделю?",
    "скажите пожалуйста, когда заработает личный кабинет на сайте?",
])
@pytest.mark.parametrize("greeting", ["Здравствуйте", "Добрый день", "Hello everyone"])
def test_a_greeting_opening_a_plain_question_is_no_evidence(greeting: str, question: str) -> None:
    """Bulk mail greets and banter rarely does, so the model took «Здравствуйте» for spam;
    an applicant's first question scored over Клинт's newcomer review point (0.6)."""
    spam = Spam()
    greeted = spam.score(f"{greeting}, {question}", newcomer=True)[0]
    assert greeted == spam.score(question, newcomer=True)[0]
    assert greeted < 0.6


def test_a_greeting_still_counts_where_the_text_offers_or_gives_a_way_back() -> None:
    """Most spam that greets also offers or gives a contact: there the greeting is kept."""
    spam = Spam()
    for text, bare in (("Здравствуйте, куплю аккаунт авито, цена 500 руб",
                        "куплю аккаунт авито, цена 500 руб"),
                       ("Всем привет! Нужны люди на удалёнку, пишите @vasya_job",
                        "Нужны люди на удалёнку, пишите @vasya_job")):
        assert spam.score(text)[0] != spam.score(bare)[0]
        assert spam.score(text)[0] >= 0.8


@pytest.mark.parametrize("text", TYPICAL_SPAM)
def test_typical_spam_is_flagged_and_sure(text: str) -> None:
    """Earnings with a call to write in private, crypto giveaways: flagged, and past the
    sure point (0.9) that the policies delete at."""
    score, why, _ = Spam().score(text)
    assert score >= 0.9, why


@pytest.mark.parametrize(("placeholder", "real"), [
    ("Пиши [USERNAME], ссылка [LINK], от 200 [CURRENCY] в день",
     "Пиши @vasya_p, ссылка https://t.me/Best_Signals?start=1, от 200$ в день"),
    ("звони [PHONE] или пиши на [EMAIL] #[HASHTAG]",
     "звони +7 (912) 345-67-89 или пиши на a.b@gmail.com #крипта"),
    ("look at [LINK] at [TIME]", "look at www.example.com/x at 12:30"),
])
def test_placeholder_and_real_thing_give_the_same_features(placeholder: str, real: str) -> None:
    assert features(placeholder) == features(real)
    assert default_scorer().probability(placeholder) == default_scorer().probability(real)


@pytest.mark.parametrize("disguise", [
    lambda t: t.replace("а", "a").replace("о", "o").replace("е", "e"),   # homoglyphs
    lambda t: "\u200b".join(t),                                          # zero-width
    lambda t: t.replace("Заработок", "З.а.р.а.б.о.т.о.к"),               # separators
    lambda t: t.replace("Заработок", "Зарабооооток"),                     # stretching
    lambda t: "".join(c + "\u0336" if c.isalpha() else c for c in t),     # struck through
    lambda t: "".join(c + "\u0332" if c.isalpha() else c for c in t),     # underlined
    lambda t: t.replace(" ", "\n"),                                       # a word a line
    lambda t: t.replace(" ", "\r\n"),
])
def test_disguised_spam_gets_the_plain_verdict(disguise) -> None:
    spam = Spam()
    plain = spam.score(SPAM)[0]
    disguised = spam.score(disguise(SPAM))[0]
    assert flagged_labels(spam, disguise(SPAM)) == flagged_labels(spam, SPAM) == {"spam"}
    assert disguised == pytest.approx(plain, abs=0.15)


def _model(**weights: float) -> SpamModel:
    """A model that knows only the given features (and nothing else: logit 0 → 0.5); a
    weight counts divided by the root of the number of features the text has."""
    model = SpamModel(bias=0.0)
    for feature, w in weights.items():
        model.weights[bucket(feature)] = w
    return model


def test_similarity_to_a_known_sample_is_sure() -> None:
    sample = ("Мы набираем людей в команду удалённой работы на маркетплейсе, платим каждую "
              "неделю на карту, нужен только смартфон и два часа свободного времени")
    model = _model()
    model.signatures.append(signature(sample) or [])
    score, why, _ = Spam(scorer=SpamScorer(model)).score(sample.replace("каждую", "каждую же"))
    assert score >= 0.9 and "similar to known spam sample #0" in why


@pytest.mark.parametrize("text", [
    "Требуются люди на подработку, оплата 6000р в день, пишите в лс @job_boss",
    "URGENT! You have won a £1000 prize. Call 09061701461 now to claim",
])
def test_offer_call_and_contact_together_are_one_marker_in_both_languages(text: str) -> None:
    """What the text does, not its words, is what carries from one source to another."""
    assert {"__offer+call", "__offer+reach", "__call+reach",
            "__offer+call+reach"} <= set(features(text))
    score, why, _ = Spam().score(text)
    assert score >= 0.9
    assert "an offer, a call to act and a way to reach the sender" in why


@pytest.mark.parametrize("text", [
    "for now, best to look at the subscribed list",
    "call me when you are back, I'll send the windows iso later",
    "is your irc account registered? join #ubuntu-offtopic for that",
])
def test_a_call_or_urgency_alone_is_no_structure_marker(text: str) -> None:
    feats = set(features(text))
    assert not {f for f in feats if f.startswith("__role:") or "+" in f}
    assert "__offers0" in feats


def test_stop_phrase_is_evidence_the_model_weighs() -> None:
    model = _model(__stop=40.0)
    model.stop_phrases.append("пишите в лс")
    spam = Spam(scorer=SpamScorer(model))
    with_phrase, _, _ = spam.score("Подробности — пишите в ЛС!")
    without, _, _ = spam.score("Подробности — на сайте завтра")
    assert with_phrase > 0.99 and without == pytest.approx(0.5, abs=0.01)


def test_a_member_who_gives_no_way_to_reach_them_is_at_most_reviewed() -> None:
    """Money talk with no link, handle or call to write: below the sure point for a member
    who is not new, past it for a newcomer's first message."""
    text = "Хочешь деньги? Просто сделай пару шагов и получи!"
    spam = Spam(scorer=SpamScorer(_model(**{"w:деньги": 60.0})))
    member, why, _ = spam.score(text)
    newcomer, _, _ = spam.score(text, newcomer=True)
    assert member == 0.89 and "no link, handle or call to write" in why
    assert newcomer > 0.99


@pytest.mark.parametrize("text", [
    '$order = \\Shop\\Order::create(["amount" => $total * 100, "currency" => "usd"]);',
    "nginx     812  0.0  0.1  55280  4412 ?  Ss   10:02   0:00 nginx: master process",
    "try sudo apt-get install --reinstall libc6 and check /var/log/dpkg.log",
])
def test_code_logs_and_command_output_stay_below_review_or_deletion(text: str) -> None:
    """Technical chats paste code and output with prices, numbers and symbols: capped
    below the review point for a member who is not new, below the sure point (reviewed,
    never deleted unseen) for a newcomer."""
    spam = Spam(scorer=SpamScorer(_model(**{"w:amount": 60.0, "w:nginx": 60.0, "w:sudo": 60.0})))
    member, why, _ = spam.score(text)
    newcomer, why_new, _ = spam.score(text, newcomer=True)
    assert member == 0.45 and "code, a log or command output" in why
    assert newcomer == 0.89 and "a newcomer's code" in why_new


def test_a_newcomers_perl_arrays_are_no_handles() -> None:
    """``@users`` in code is an array: a newcomer's paste gets no link-or-mention boost, so
    a model that finds it a little spam-like keeps it where it found it."""
    code = "my @names = map { $_->name } @users; print join(', ', @names);"
    spam = Spam(scorer=SpamScorer(_model(**{"w:map": 2.0})))
    assert "__mention:lat" in spam.scorer.features(code)
    newcomer, why, _ = spam.score(code, newcomer=True)
    assert newcomer == spam.scorer.probability(code) > 0.5 and "link or mention" not in why


@pytest.mark.parametrize(("text", "contact"), [
    ("Can you write me a short story about a lighthouse keeper?", False),
    ("write me a poem about autumn, free verse please", False),
    ("Hiring drivers, 9-11k a week. Write me in pm!", True),
    ("Interested? Write me a message for the details", True),
])
def test_write_me_is_a_call_to_contact_only_when_it_asks_for_a_message(
        text: str, contact: bool) -> None:
    from chatwarden.detect.spam_patterns import family_hits

    families = {h.family for h in family_hits(MODEL_NORMALIZE(text).text)}
    assert ("contact" in families) is contact


@pytest.mark.parametrize("text", [
    "Write a cover letter for a junior data analyst position. I have two years of experience "
    "with SQL and Excel, and I am good at explaining results to people who are not technical.",
    "Explain the difference between a process and a thread in Linux, and when I would use one "
    "over the other.",
    "Give me a weekly meal plan for a family of four on a budget, with a shopping list.",
    "I have been feeling really low lately and I don't know who to talk to. My friends are busy "
    "and my family doesn't understand.",
    "Can you please write me a free verse poem about the first cold morning of the year?",
    "Convert this perl to python: my @names = map { $_->name } @users; print join(', ', @names);",
])
def test_english_requests_prose_and_code_from_a_newcomer_are_not_deleted(text: str) -> None:
    """What people ask a bot or tell a support group: the English ham was SMS and IRC lines,
    and such texts went to spam review (ToxicChat prompts, 172.6 per 10,000); a newcomer's
    are judged strictest, and stay below the sure point the policies delete at."""
    score, why, _ = Spam().score(text, newcomer=True)
    assert score < 0.9, why
    if "perl" not in text:
        assert score < 0.5, why


@pytest.mark.parametrize("text", TYPICAL_SPAM)
def test_spam_is_never_mistaken_for_code(text: str) -> None:
    from chatwarden.detect.spam_patterns import machine_text

    assert not machine_text(text)


def test_shipped_model_loads_offline_and_holds_no_readable_text(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib import resources

    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("the spam model must load without the network")

    monkeypatch.setattr(socket, "socket", no_network)
    blob = resources.files("chatwarden.detect").joinpath("data/spam_model.json.gz").read_bytes()
    scorer = load(blob)
    assert scorer.model.signatures and set(scorer.model.calibration) == {"cyr", "lat"}
    assert np.count_nonzero(scorer.model.weights) > 10_000
    import gzip
    raw = gzip.decompress(blob).decode()
    assert "заработ" not in raw.split('"stop_phrases"')[0]
    assert Spam(SpamParams()).scorer.probability(SPAM) > 0.9


def test_a_model_file_of_the_old_format_is_refused(tmp_path: Path) -> None:
    import gzip
    path = tmp_path / "old.json.gz"
    path.write_bytes(gzip.compress(b'{"num_perm": 64, "threshold": 0.5, "signatures": []}'))
    with pytest.raises(ValueError, match=re.escape("rebuild it with `python -m chatwarden.training.spam`")):
        Spam(SpamParams(model=str(path)))


def _newcomer_context(text: str, joined_minutes_ago: int) -> tuple[Context, Event]:
    windows = ChatWindows()
    remember_join(windows, Join("u1", TS - timedelta(minutes=joined_minutes_ago), None, None,
                                False))
    event = message(text)
    remember(windows, event)
    return Context(windows, "u1", TS, MemberFacts()), event


def test_newcomers_first_message_is_judged_stricter() -> None:
    text = "Кому интересно, заходите @best_signals"
    spam = Spam(SpamParams(threshold=0.999, newcomer_threshold=0.4))
    bare = message(text)
    (old,) = spam.detect(bare, Context.bare(bare))
    ctx, event = _newcomer_context(text, joined_minutes_ago=5)
    (new,) = spam.detect(event, ctx)
    assert not old.flagged and new.flagged
    assert new.score > old.score and "newcomer" in new.explanation
    ctx, event = _newcomer_context(text, joined_minutes_ago=60 * 48)
    (late,) = spam.detect(event, ctx)
    assert not late.flagged


def test_a_newcomers_only_rule_leaves_established_members_to_review() -> None:
    text = TYPICAL_SPAM[2]
    spam = Spam(SpamParams(newcomers_only=True, newcomer_threshold=0.9))
    bare = message(text)
    (member,) = spam.detect(bare, Context.bare(bare))
    ctx, event = _newcomer_context(text, joined_minutes_ago=5)
    (new,) = spam.detect(event, ctx)
    assert member.score >= 0.9 and not member.flagged and not member.evidence
    assert "newcomers' first messages only" in member.explanation
    assert new.flagged and new.evidence


@pytest.mark.parametrize(("text", "member", "newcomer"), [
    ("Напиши мне", 0.45, 0.81),        # Telegram ham the 6.1-review rule queued at 0.81
    ("Напиши мне в лс", 0.93, 0.93),   # a third word: a call to private messages
    ("пиши @user", 0.98, 0.98),        # an address: short is no excuse
])
def test_a_members_two_words_with_no_address_stay_below_review(
        text: str, member: float, newcomer: float) -> None:
    """Fewer than ``min_words`` words with no link, handle or phone carry no advert and no
    way to reach its sender: capped below the review point for a member who is not new;
    a newcomer's first messages and texts with an address are scored as before."""
    spam = Spam()
    assert spam.score(text)[0] == pytest.approx(member, abs=0.01)
    assert spam.score(text, newcomer=True)[0] == pytest.approx(newcomer, abs=0.01)
    assert Spam(SpamParams(min_words=0)).score(text)[0] == pytest.approx(newcomer, abs=0.01)


def _review_rule(policy: str, rule_id: str) -> Spam:
    """The spam detector as a shipped policy's review rule configures it."""
    from chatwarden.policy.loader import load_policy
    from chatwarden.policy.schema import Leaf

    rules = load_policy(Path(__file__).resolve().parents[2] / "policies" / policy).rules
    when = next(r.when for r in rules if r.id == rule_id)
    assert isinstance(when, Leaf)
    return Spam(SpamParams(**when.params))


ONE_OFF_MONEY_TALK = (
    "I made a nice profit trading bitcoin this year, thinking of investing more of my income "
    "in crypto",
    "what do you think about investing in bitcoin vs index funds for passive income?",
    "Looking for partners for a crypto trading business, income from 2000 USD a month")


@pytest.mark.parametrize("text", ONE_OFF_MONEY_TALK)
def test_an_established_members_contactless_money_talk_is_not_queued_under_spam_review(
        text: str) -> None:
    """Calimero's "No Spam" is about unsolicited *bulk* messages: a member who is not new,
    giving no way to reach them and no offer with a call to act, sends nothing a spammer
    could use, however much it talks of money (the model scores these past 0.9)."""
    review = _review_rule("calimero.en.yaml", "spam-review")
    (signal,) = review.detect(message(text), Context.bare(message(text)))
    assert review.scorer.probability(text) > 0.9
    assert not signal.flagged and signal.score == 0.79
    assert "no way to reach them and no offer with a call to act: at most 0.79" in \
        signal.explanation


@pytest.mark.parametrize("tail", [", DM me @trade_boss", ": https://tradeboss.xyz",
                                  ". Join us today!"])
def test_the_same_offer_with_a_handle_a_link_or_a_call_to_act_is_still_queued(tail: str) -> None:
    text = ONE_OFF_MONEY_TALK[-1] + tail
    review = _review_rule("calimero.en.yaml", "spam-review")
    (signal,) = review.detect(message(text), Context.bare(message(text)))
    assert signal.flagged and signal.score >= 0.89, signal.explanation


def test_a_newcomers_first_message_is_judged_as_before_the_bare_cap() -> None:
    """The bare cap is for members who are not new: a newcomer's first message with the
    same money talk is judged on the model's score, as with the default parameters."""
    text = ONE_OFF_MONEY_TALK[-1]
    review = _review_rule("calimero.en.yaml", "spam-review")
    ctx, event = _newcomer_context(text, joined_minutes_ago=5)
    (signal,) = review.detect(event, ctx)
    assert signal.flagged and "newcomer" in signal.explanation
    assert signal.score == Spam().score(text, newcomer=True)[0] > 0.9


def test_klints_review_keeps_contactless_offers_queued() -> None:
    """Russian Telegram spam often gives no address (the sender's profile is the way back):
    on validation a bare cap would have dropped 30% of the spam 6.1-review queues (1,217 →
    852) and spared one chat message of ~4,500, so Клинт's rule keeps the plain cap."""
    text = "Требуются люди на склад, оплата 5000 за смену, без опыта"
    review = _review_rule("klint.ru.yaml", "6.1-review")
    (signal,) = review.detect(message(text), Context.bare(message(text)))
    assert signal.flagged and signal.score == 0.89, signal.explanation


DATA = Path(__file__).resolve().parents[3] / "shared" / "data"


@pytest.mark.shared
@pytest.mark.skipif(not (DATA / "sms-spam-collection").is_dir(), reason=f"{DATA} is absent")
def test_the_english_spam_recall_set_is_spam_the_model_never_trained_on() -> None:
    """``eval realchat``'s sms-spam-test replays only the SMS spam of the test split, which
    ``chatwarden.training.spam`` neither trains nor calibrates on."""
    from chatwarden.evaluation import datasets, realdata

    said = [e.text for e in realdata.sms_spam_test(DATA) or [] if e.type == "message"]
    spam = {c.text for c in datasets.sms_cases(DATA) or [] if c.positive}
    assert len(said) == 137
    assert all(t in spam and datasets.split_of(t) == "test" for t in said)



@pytest.mark.parametrize(("text", "names"), [
    ("Call 09061701461 to claim your prize", {"act", "prize"}),   # before a slot: matches
    ("DM @deals_bot for the details", {"act"}),
    ("txt WIN now for a free gift", {"prize", "urgent"}),         # before a word: does not
    ("I use windows, the calling convention is cdecl", set()),
])
def test_a_stem_ending_in_a_space_matches_only_before_a_slot(text: str, names: set[str]) -> None:
    """The known defect the shipped model learnt with ("call ", "txt ", "free " are keyed
    with two spaces): pinned, because matching them everywhere changes the model's
    features and was measured worse (spam_patterns._compiled)."""
    from chatwarden.detect.spam_model import canonical

    norm = MODEL_NORMALIZE(canonical(text)).text
    assert {h.family for h in pattern_hits(norm)} == names


@pytest.mark.parametrize(("text", "phone"), [
    ("0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15", False),     # a ruler or a header diagram
    ("counting down: 9 8 7 6 5 4 3 2 1 0!", False),
    ("звоните 8 (912) 345-67-89", True),
    ("звоните +7 999 123 45 67", True),
])
def test_a_row_of_single_digits_is_no_phone(text: str, phone: bool) -> None:
    """A phone is written in groups; five single digits a space apart are a row (a ruler,
    a diagram, a count), which the phone pattern read as a number and the model as a
    way to reach the sender."""
    assert any(f.startswith("__phone:") for f in features(text)) is phone


@pytest.mark.parametrize(("text", "phone"), [
    ("Txt WIN to 80086 for a free gift", True),
    ("send STOP to 87239", True),
    ("Just answer 4 easy questions. Send HMV to: No 86688", True),
    ("call 09061701461 to claim", True),
    ("we moved from 2005 to 2010, text it to me later", False),
    ("send the logs to room 1203 please", False),
])
def test_a_short_code_to_text_is_a_phone(text: str, phone: bool) -> None:
    """A premium short code with the ask to text it is the sender's number; a bare 4-6
    digit number is a year, a price or a room."""
    assert ("__phone:lat" in features(text)) is phone


@pytest.mark.parametrize("call", ["write to me", "get in touch", "reply YES", "PM me",
                                  "message me", "text me"])
def test_english_calls_to_write_are_a_way_back(call: str) -> None:
    """A call to write is how spam is answered when the sender's number or profile is the
    address: an offer with one is not capped as giving no way to reach the sender. The
    first three are also the model's ``contact`` family; the rest chat says as often."""
    spam = Spam(SpamParams(bare_cap=0.79), scorer=SpamScorer(_model(**{"w:deal": 60.0})))
    assert spam.score(f"Great deal this week, {call}")[0] > 0.99
    capped, why, _ = spam.score("Great deal this week, see you")
    assert capped == 0.79 and "no way to reach them" in why


def test_a_short_code_sms_ad_from_an_established_member_is_queued_by_calimero() -> None:
    """English SMS spam gives a short code as its way back; Calimero's spam-review queues
    it from a member who is not new (before the short code was read, it was capped at
    0.79 as giving no way back)."""
    text = "Think you're smart? Win £200 this week in our weekly quiz, txt PLAY to 85222 now!"
    review = _review_rule("calimero.en.yaml", "spam-review")
    (signal,) = review.detect(message(text), Context.bare(message(text)))
    assert signal.flagged and signal.score >= 0.89, signal.explanation


@pytest.mark.parametrize(("text", "contact"), [
    ("Загляни в мой профиль, не пожалеешь", True),
    ("Ссылка в шапке профиля", True),
    ("Свободна сегодня вечером, жду твоего сообщения", True),
    ("Посмотрел твой профиль, там всего один пост", False),
    ("Поменял профиль в BIOS, теперь грузится", False),
    ("Жду сообщения от курьера уже час", False),
])
def test_the_senders_profile_and_awaiting_a_message_are_calls_to_write(
        text: str, contact: bool) -> None:
    """Russian Telegram spam that gives no address names the sender's profile as the way
    back («загляни в профиль», «ссылка в шапке профиля») or waits for the reader's message;
    chat about a profile, or about a message one waits for, is neither."""
    from chatwarden.detect.spam_model import canonical

    hits = {h.family for h in pattern_hits(MODEL_NORMALIZE(canonical(text)).text)}
    assert ("contact" in hits) is contact


def test_scan_flags_profile_bait_it_used_to_miss() -> None:
    """`chatwarden scan` judges a text as from a member who is not new, at 0.5: the bait
    scored 0.39 before the profile was read as a call to write; chat about a profile
    stays far below."""
    from chatwarden.detect.textscan import Text, pick, scan_one

    detectors = pick(["spam"])
    bait = scan_one(detectors, Text("1", "Загляни в мой профиль, не пожалеешь"))["signals"][0]
    chat = scan_one(detectors, Text("2", "Посмотрел твой профиль, там всего один пост"))["signals"][0]
    assert bait["flagged"] and bait["score"] >= 0.5
    assert not chat["flagged"] and chat["score"] < 0.3


def test_a_call_to_write_broken_over_lines_is_still_one() -> None:
    """Every training text is one line; a real message's line break inside «пишите в лс»
    must not hide the call to write (from the model or from the moderator's explanation)."""
    text = "Ищу людей на подработку, оплата каждый день.\nПишите в\nлс"
    score, why, _ = Spam().score(text)
    assert "contact" in why and score == pytest.approx(Spam().score(text.replace("\n", " "))[0])
