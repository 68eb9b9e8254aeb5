"""The e5-small encoder in PyTorch, for fine-tuning only (needs the ``train`` extra).

A post-LayerNorm BERT exactly as ``e5.c`` runs it: word + position + token-type
embeddings, LayerNorm, then per layer self-attention (12 heads), residual + LayerNorm,
GELU feed-forward, residual + LayerNorm. The word-embedding matrix is restricted to the
pieces the caller lists (``vocab_ids``) and frozen.
"""

from __future__ import annotations

import math

import numpy as np
import torch
from torch import nn

from rasd.ner.encoder.e5bin import E5File


class Layer(nn.Module):
    def __init__(self, h: int, heads: int, ffn: int, eps: float, dropout: float) -> None:
        super().__init__()
        self.heads = heads
        self.drop = nn.Dropout(dropout)
        self.q, self.k, self.v, self.ao = (nn.Linear(h, h) for _ in range(4))
        self.aln = nn.LayerNorm(h, eps=eps)
        self.fi = nn.Linear(h, ffn)
        self.fo = nn.Linear(ffn, h)
        self.oln = nn.LayerNorm(h, eps=eps)

    def forward(self, x: torch.Tensor, bias: torch.Tensor) -> torch.Tensor:
        b, t, h = x.shape
        hd = h // self.heads

        def split(y: torch.Tensor) -> torch.Tensor:
            return y.view(b, t, self.heads, hd).transpose(1, 2)

        q, k, v = split(self.q(x)), split(self.k(x)), split(self.v(x))
        att = (q @ k.transpose(-1, -2)) / math.sqrt(hd) + bias
        ctx = (att.softmax(-1) @ v).transpose(1, 2).reshape(b, t, h)
        x = self.aln(x + self.drop(self.ao(ctx)))
        return self.oln(x + self.drop(self.fo(nn.functional.gelu(self.fi(x)))))


class Encoder(nn.Module):
    """Encoder + a linear tag head over the final hidden states."""

    def __init__(self, hidden: int, heads: int, ffn: int, layers: int, eps: float,
                 vocab: int, max_pos: int, n_tags: int = 0, dropout: float = 0.1) -> None:
        super().__init__()
        self.n_layers = layers
        self.word = nn.Embedding(vocab, hidden)
        self.word.weight.requires_grad = False
        self.pos = nn.Parameter(torch.zeros(max_pos, hidden))
        self.typ = nn.Parameter(torch.zeros(hidden))
        self.eln = nn.LayerNorm(hidden, eps=eps)
        self.layers = nn.ModuleList(Layer(hidden, heads, ffn, eps, dropout) for _ in range(layers))
        self.drop = nn.Dropout(dropout)
        self.head = nn.Linear(hidden, n_tags) if n_tags else None

    def lower(self, ids: torch.Tensor, mask: torch.Tensor, upto: int) -> torch.Tensor:
        """Hidden states after the first ``upto`` layers; ``ids`` index the kept vocabulary."""
        t = ids.shape[1]
        x = self.word(ids) + self.pos[:t] + self.typ
        x = self.drop(self.eln(x))
        bias = (1.0 - mask[:, None, None, :].float()) * -1e4
        for ly in self.layers[:upto]:
            x = ly(x, bias)
        return x

    def upper(self, x: torch.Tensor, mask: torch.Tensor, start: int) -> torch.Tensor:
        """Tag logits from the hidden states after layer ``start``."""
        assert self.head is not None
        bias = (1.0 - mask[:, None, None, :].float()) * -1e4
        for ly in self.layers[start:]:
            x = ly(x, bias)
        return self.head(self.drop(x))

    def hidden(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """Final hidden states ``[B, T, H]``."""
        return self.lower(ids, mask, self.n_layers)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return self.upper(self.lower(ids, mask, 0), mask, 0)


def from_e5(f: E5File, vocab_ids: np.ndarray, n_layers: int | None = None, n_tags: int = 0,
            dropout: float = 0.1) -> Encoder:
    """The pretrained encoder with the word embeddings of ``vocab_ids`` only (frozen)."""
    h = f.hidden
    model = Encoder(h, f.heads, f.ffn, n_layers or f.layers, f.eps, len(vocab_ids), f.max_pos,
                    n_tags, dropout)
    state = {
        "word.weight": f.word_rows(vocab_ids),
        "pos": f.tensor("emb.pos").reshape(f.max_pos, h),
        "typ": f.tensor("emb.type").reshape(-1, h)[0],
        "eln.weight": f.tensor("emb.ln.w"),
        "eln.bias": f.tensor("emb.ln.b"),
    }
    for i in range(model.n_layers):
        for name in ("q", "k", "v", "ao", "fi", "fo"):
            rows = f.ffn if name == "fi" else h
            state[f"layers.{i}.{name}.weight"] = f.tensor(f"l{i}.{name}.w", rows)
            state[f"layers.{i}.{name}.bias"] = f.tensor(f"l{i}.{name}.b")
        for name in ("aln", "oln"):
            state[f"layers.{i}.{name}.weight"] = f.tensor(f"l{i}.{name}.w")
            state[f"layers.{i}.{name}.bias"] = f.tensor(f"l{i}.{name}.b")
    missing = model.load_state_dict({k: torch.from_numpy(np.ascontiguousarray(v))
                                     for k, v in state.items()}, strict=False)
    assert not missing.unexpected_keys and all(k.startswith("head") for k in missing.missing_keys)
    return model
