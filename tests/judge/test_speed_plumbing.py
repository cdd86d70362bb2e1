"""What makes a judged event cheaper without changing what is decided: the encoder's BLAS
thread limit, models loaded by ``warm()`` before the first event, and one spam reading per
text however many spam rules ask for it."""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

from chatwarden.detect import spam_model
from chatwarden.detect.judge import embed
from chatwarden.detect.judge.cascade import Cascade, CascadeConfig
from chatwarden.detect.judge.embed import Encoder, blas_threads
from chatwarden.detect.spam_model import default_scorer


def _blas_threads() -> int:
    infos = embed._blas().select(user_api="blas").info()
    if not infos:
        pytest.skip("numpy here is linked to no BLAS threadpoolctl knows")
    return int(infos[0]["num_threads"])


def test_blas_threads_limits_inside_the_block_and_restores_after() -> None:
    before = _blas_threads()
    with embed._blas().limit(limits=2, user_api="blas"):
        with blas_threads(1):
            assert _blas_threads() == 1
        assert _blas_threads() == 2
    assert _blas_threads() == before


def test_blas_threads_zero_leaves_the_count_alone() -> None:
    before = _blas_threads()
    with blas_threads(0):
        assert _blas_threads() == before


class CountingEncoder(Encoder):
    """An encoder whose model is a counter: how often it loaded and what it embedded."""

    def __init__(self) -> None:
        super().__init__(cache_size=8)
        self.loads = 0
        self.embedded: list[str] = []

    def _load(self) -> Any:
        self.loads += 1
        return object()

    def _embed(self, model: Any, texts: list[str]) -> np.ndarray:
        self.embedded.extend(texts)
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32)


def test_load_loads_once_and_leaves_the_cache_empty() -> None:
    enc = CountingEncoder()
    enc.load()
    enc.load()
    assert enc.loads == 1
    assert enc._cache == {}  # the throwaway text is not remembered as a real one
    enc.encode(["привет"])
    assert enc.loads == 1  # encode found the model loaded
    assert enc.embedded[-1] == "привет"


def test_warm_loads_the_encoder_only_where_the_embedding_stage_can_run() -> None:
    on, off = CountingEncoder(), CountingEncoder()
    Cascade(CascadeConfig(embedding=True), encoder=on).warm()
    Cascade(CascadeConfig(embedding=False), encoder=off).warm()
    assert on.loads == 1
    assert off.loads == 0


def test_spam_scorer_reads_a_text_once_for_several_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    scorer = default_scorer()
    text = "Заработок от 5000 в день, пиши в личку @earnbot_speed_plumbing"  # read nowhere else
    calls: list[str] = []
    real = spam_model.features

    def counting(t: str, stop: Any) -> list[str]:
        calls.append(t)
        return real(t, stop)

    monkeypatch.setattr(spam_model, "features", counting)
    first = scorer.features(text)
    p = scorer.probability(text, first)
    again = scorer.features(text)
    assert scorer.probability(text, again) == p == scorer.probability(text)
    assert calls == [text]
    assert first == again == real(text, scorer.model.stop_phrases)
    first.append("__mutated")  # a caller's list is its own
    assert "__mutated" not in scorer.features(text)


def test_spam_probability_of_other_features_is_computed_not_cached() -> None:
    scorer = default_scorer()
    text = "Заработок от 5000 в день, пиши в личку @earnbot"
    p = scorer.probability(text)
    other = scorer.probability(text, ["w:привет"])
    assert other != p
    assert other == scorer._calibrated(text, scorer.model.logit(["w:привет"]))


def _runtime() -> Any:
    from pathlib import Path

    from chatwarden.ledger.store import Ledger
    from chatwarden.policy.loader import load_policy
    from chatwarden.runtime import Runtime

    policy = load_policy(Path(__file__).parents[2] / "policies" / "calimero.en.yaml")
    return Runtime(policy, Ledger("sqlite://"), batch=1)


def test_warm_soon_loads_on_its_own_thread_and_the_caller_goes_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from chatwarden.engine.engine import Engine

    loading, release = threading.Event(), threading.Event()
    on: list[str] = []

    def slow_warm(self: Engine) -> None:
        on.append(threading.current_thread().name)
        loading.set()
        release.wait(30)

    monkeypatch.setattr(Engine, "warm", slow_warm)
    thread = _runtime().warm_soon()
    assert loading.wait(30)
    assert thread.is_alive()  # a server's start did not wait for the load
    release.set()
    thread.join(30)
    assert on == ["chatwarden-warm"] and not thread.is_alive()


def test_warm_soon_logs_a_failed_load_and_the_runtime_still_judges(
        monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    from datetime import UTC, datetime

    from chatwarden.engine.engine import Engine
    from chatwarden.events import Event

    def broken(self: Engine) -> None:
        raise OSError("model file unreadable")

    monkeypatch.setattr(Engine, "warm", broken)
    runtime = _runtime()
    runtime.warm_soon().join(30)
    assert "models could not be loaded ahead" in caplog.text
    assert "model file unreadable" in caplog.text
    event = Event("e1", "message", "c", "u", datetime(2026, 1, 1, tzinfo=UTC),
                  text="you are a fucking idiot")
    outcome = runtime.handle(event)
    runtime.flush()
    assert outcome is not None and outcome.decisions  # judged: the models loaded at first use


def test_warm_freezes_what_it_loaded_out_of_the_collectors_scans(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    from chatwarden.engine.engine import Engine

    model = {"w:idiot": [0.5]}  # a loaded model: a container the collector would walk

    def loading(self: Engine) -> None:
        self.loaded = model  # type: ignore[attr-defined]

    import chatwarden.runtime

    monkeypatch.setattr(Engine, "warm", loading)
    monkeypatch.setattr(chatwarden.runtime, "_FROZEN", False)  # as in a fresh process
    runtime = _runtime()
    try:
        assert any(o is model for o in gc.get_objects())
        runtime.warm()
        assert gc.get_freeze_count() > 0
        assert not any(o is model for o in gc.get_objects())  # frozen: no scan walks it
        later = {"w:fool": [0.25]}
        assert any(o is later for o in gc.get_objects())  # what comes after is collected
        _runtime().warm()  # a runtime built again freezes nothing more: `later` stays collectable
        assert any(o is later for o in gc.get_objects())
    finally:
        gc.unfreeze()


def test_linear_vector_keeps_known_ngrams_in_the_order_they_were_counted() -> None:
    from collections import Counter

    from chatwarden.detect.judge.linear import features

    model = Cascade(CascadeConfig(embedding=False)).linear
    text = "ты тупой идиот, zzqx"
    counted = [f for f in Counter(features(text)) if f in model.vocab]
    idx, x = model.vector(text)
    assert idx.tolist() == [model.vocab[f] for f in counted]
    assert "w:zzqx" not in model.vocab and x.dtype == np.float32
    assert abs(float(np.linalg.norm(x)) - 1.0) < 1e-6


def test_the_group_frames_compile_at_first_need_or_at_warm_up() -> None:
    """A start (``replay``, ``scan``) no longer compiles the ~740 KB of frames said of a
    group; the first line that names one does, and a warmed process has them ready."""
    import subprocess
    import sys

    script = (
        "from chatwarden.detect.judge import group_frames as f, groups\n"
        "from chatwarden.detect.judge.cascade import Cascade, CascadeConfig\n"
        "print(f.SAID.ready, f.SAID_AGAIN.ready)\n"
        "groups.said_of_group('the weather is nice today')\n"
        "print(f.SAID.ready)\n"
        "said = groups.said_of_group('all immigrants are vermin')\n"
        "print(f.SAID.ready, said is not None and said.kind)\n"
        "Cascade(CascadeConfig(embedding=False)).warm()\n"
        "print(f.SAID_AGAIN.ready)\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True, timeout=300).stdout.split("\n")
    assert out[:4] == ["False False", "False", "True derogate", "True"]
