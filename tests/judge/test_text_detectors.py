"""The text judgement detectors against the shared contract, in both languages."""

from __future__ import annotations

from datetime import timedelta
from typing import ClassVar

from chatwarden.detect.base import Detector
from chatwarden.detect.context import ChatWindows, Context, MemberFacts, remember
from chatwarden.detect.judge.detectors import Obscenity, Toxicity
from tests.judge.detector_base import T0, DetectorContract, message


class TestToxicity(DetectorContract):
    detector: ClassVar[type[Detector]] = Toxicity
    flags: ClassVar[list[tuple[str, str]]] = [
        ("ты тупой дебил", "toxicity"),
        ("ты тупой дебил", "insult"),
        ("ты конченый дебил, заткнись уже и не позорься", "insult"),  # no reply, no mention
        ("иди нахуй", "obscenity"),
        ("you are a stupid idiot", "toxicity"),
        ("я тебя найду и убью", "threat"),
        ("хочу покончить с собой", "self_harm"),
        ("война на украине, путин и зеленский", "politics"),
        ("send nudes", "sexual"),
    ]
    clean: ClassVar[list[tuple[str, str]]] = [
        ("привет, как дела?", "toxicity"),
        ("отличная погода сегодня", "toxicity"),
        ("have a nice day", "toxicity"),
        ("застрахуйте машину заранее", "obscenity"),
        ("застрахуйте машину заранее", "sexual"),
        ("спасибо за помощь", "insult"),
        ("ань, ты тут?", "insult"),  # second person, but no name-calling
        ("kill esd", "extremism"),
        ("up to you", "threat"),
    ]

    def test_every_label_is_scored(self) -> None:
        assert set(self.judge("hello there")) == set(Toxicity.labels)

    def test_policy_overrides_a_threshold(self) -> None:
        strict = Toxicity.from_params({"thresholds": {"toxicity": 0.0}})
        ev = message("hello there")
        (tox,) = [s for s in strict.detect(ev, Context.bare(ev)) if s.label == "toxicity"]
        assert tox.flagged

    def test_insult_of_the_administration_needs_an_admin_target(self) -> None:
        windows = ChatWindows()
        admin_msg = message("прошу не флудить", ident="a1")
        admin_msg.user = "admin42"
        remember(windows, admin_msg)
        det = Toxicity.from_params({"insult_targets": ["admin42", "@boss"]})
        reply = message("ты тупой дебил", ident="r1", reply_to="a1")
        reply.ts = T0 + timedelta(seconds=5)
        remember(windows, reply)
        ctx = Context(windows, "u1", reply.ts, MemberFacts())
        (insult,) = [s for s in det.detect(reply, ctx) if s.label == "insult"]
        assert insult.flagged and insult.members == ("admin42",)
        other = message("ты тупой дебил", ident="r2")
        (insult,) = [s for s in det.detect(other, Context.bare(other)) if s.label == "insult"]
        assert not insult.flagged
        mention = message("@boss ты тупой дебил", ident="r3")
        (insult,) = [s for s in det.detect(mention, Context.bare(mention)) if s.label == "insult"]
        assert insult.flagged and insult.members == ("boss",)

    def test_embedding_budget_is_per_chat_and_said(self) -> None:
        det = Toxicity.from_params({"embed_per_minute": 0})
        ev = message("война на украине")
        signals = det.detect(ev, Context.bare(ev))
        assert all("budget" in s.explanation for s in signals)


class TestObscenity(DetectorContract):
    detector: ClassVar[type[Detector]] = Obscenity
    flags: ClassVar[list[tuple[str, str]]] = [("иди н а х у й", "obscenity"), ("f*ck", "obscenity"),
                                              ("pizdec", "obscenity")]
    clean: ClassVar[list[tuple[str, str]]] = [("застрахуйте", "obscenity"),
                                              ("колебаться", "obscenity"),
                                              ("оскорблять", "obscenity"),
                                              ("вот говно", "obscenity")]


class TestObscenityVulgar(DetectorContract):
    detector: ClassVar[type[Detector]] = Obscenity
    params: ClassVar[dict[str, object]] = {"level": "vulgar"}
    flags: ClassVar[list[tuple[str, str]]] = [("вот говно", "obscenity"), ("shit", "obscenity")]
